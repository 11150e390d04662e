"""The index of a batch run: summaries.jsonl for pipelines, index.md for people."""

from __future__ import annotations

from ..models import BatchOptions, BatchResult, Status
from ._text import md, md_code

__all__ = [
    "index_markdown",
]

_PREVIEW = 160


def index_markdown(result: BatchResult, options: BatchOptions) -> str:
    done = [o for o in result.outcomes if o.status != Status.FAILED]
    failed = [o for o in result.outcomes if o.status == Status.FAILED]
    summary = options.summary
    out = [
        "# Batch summaries",
        "",
        f"{len(done)} articles summarised, {len(failed)} failed · algorithm `{md(summary.algorithm)}` · "
        f"{md(summary.budget.label)} · one `{options.format}` file each",
        "",
        "| # | article | title | sentences | summary | file |",
        "|---:|---|---|---:|---|---|",
    ]
    for n, outcome in enumerate(done, 1):
        record = outcome.record or {}
        text = " ".join(s["text"] for s in record.get("summary", []))
        preview = text if len(text) <= _PREVIEW else text[:_PREVIEW].rsplit(" ", 1)[0] + "…"
        link = f"[{md(outcome.output or '')}](<{(outcome.output or '').replace('>', '%3E')}>)"
        out.append(
            f"| {n} | {md_code(outcome.id)} | {md(record.get('title', ''))} | "
            f"{record.get('sentence_count', '')} | {md(preview)} | {link} |"
        )
    if failed:
        out += ["", "## Failed", "", "| article | reason |", "|---|---|"]
        out += [f"| {md(o.path)} | {md(o.reason or '')} |" for o in failed]
    return "\n".join(out) + "\n"
