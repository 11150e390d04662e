"""A merged summary of a set of articles as text, a table, Markdown or JSON: pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import Failure, MergedSummary
from ._text import RenderOptions, md, md_code, md_failures, safe, style, to_json, wrap
from .summary import sentence_table, summary_payload

__all__ = [
    "MERGED_RENDERERS",
    "merged_json",
    "merged_markdown",
    "merged_payload",
    "merged_table",
    "merged_text",
]


def merged_payload(merged: MergedSummary, failures: Sequence[Failure] = ()) -> dict[str, Any]:
    """The JSON contract: the merged summary, then each article as in the summary JSON."""
    payload = summary_payload(merged.summaries, failures)
    return {
        "algorithm": merged.algorithm,
        "merged": {
            "summary": [
                {"article": s.article, "index": s.index, "text": s.text, "score": round(s.score, 6)}
                for s in merged.sentences
            ]
        },
        "articles": payload["articles"],
        "failures": payload["failures"],
    }


def merged_json(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    return to_json(merged_payload(merged, failures)) + "\n"


def _heading(merged: MergedSummary) -> str:
    return f"Merged summary of {len(merged.summaries)} articles ({merged.word_count} words)"


def merged_text(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    lines = [style(_heading(merged), "bold", options)]
    for n, s in enumerate(merged.sentences, 1):
        tag = style(f"[{safe(s.article)} #{s.index + 1}]", "dim", options)
        lines.append(wrap(f"{safe(s.text)} {tag}", options.width, indent="    ", first=f"{n:>2}. "))
    return "\n".join(lines) + "\n"


def merged_table(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    rows = [[safe(s.article), s.index + 1, safe(s.text)] for s in merged.sentences]
    return sentence_table(rows, "merged summary sentence", options)


def merged_markdown(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    out = [
        "# Merged summary",
        "",
        f"Algorithm: `{merged.algorithm}` · {_heading(merged)[len('Merged summary of ') :]}",
        "",
    ]
    for n, s in enumerate(merged.sentences, 1):
        out.append(f"{n}. {md(s.text)} ({md_code(s.article)} #{s.index + 1})")
    out.append("")
    out += md_failures(failures)
    return "\n".join(out)


MERGED_RENDERERS = {
    "text": merged_text,
    "table": merged_table,
    "markdown": merged_markdown,
    "json": merged_json,
}
