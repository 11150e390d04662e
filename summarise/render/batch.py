"""The index of a batch run: summaries.jsonl for pipelines, index.md for people (paged
when the batch is long: index.md lists the pages, index/001.md, index/002.md...)."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import BatchOptions, BatchResult, Outcome, Status
from ..safe_text import shown_path
from ._text import marked, md, md_code

__all__ = [
    "INDEX_FOLDER",
    "INDEX_PAGE",
    "index_markdown",
    "index_pages",
    "page_name",
]

_PREVIEW = 160

# Articles a page of the index lists: a page of 500 rows is about 130 KB of Markdown, which
# a browser or an editor shows at once (one table of 2,225 rows was 588 KB).
INDEX_PAGE = 500
INDEX_FOLDER = "index"  # the pages' folder, beside index.md


def page_name(number: int) -> str:
    """The relative file name of page ``number`` (from 1) of a paged index."""
    return f"{INDEX_FOLDER}/{number:03d}.md"


def index_pages(
    result: BatchResult,
    options: BatchOptions,
    page: int | None = None,
    interrupted: bool = False,
) -> tuple[str, dict[str, str]]:
    """index.md, and for a batch of more than ``page`` articles the pages it lists, by
    their file names relative to the output folder (page_name). ``page``: INDEX_PAGE.
    ``interrupted``: the run was stopped, and the index says it lists what it finished."""
    page = page or INDEX_PAGE
    done = [o for o in result.outcomes if o.status != Status.FAILED]
    failed = [o for o in result.outcomes if o.status == Status.FAILED]
    out = ["# Batch summaries", "", _facts(len(done), len(failed), options), ""]
    if interrupted:
        out += [INTERRUPTED, ""]
    pages: dict[str, str] = {}
    if len(done) <= page:
        out += _table(done, 1, "")
    else:
        count = (len(done) + page - 1) // page
        out += ["## Pages", ""]
        for number in range(1, count + 1):
            rows = done[(number - 1) * page : number * page]
            first, last = (number - 1) * page + 1, (number - 1) * page + len(rows)
            name = page_name(number)
            out.append(
                f"- [Page {number}](<{name}>): articles {first:,}–{last:,}, "
                f"{md_code(rows[0].id)} to {md_code(rows[-1].id)}"
            )
            pages[name] = marked(
                "\n".join(
                    [
                        f"# Batch summaries, page {number} of {count}",
                        "",
                        f"Articles {first:,}–{last:,} of {len(done):,} · [all pages](<../index.md>)",
                        "",
                        *_table(rows, first, "../"),
                    ]
                )
            )
    if failed:
        out += ["", "## Failed", "", "| article | reason |", "|---|---|"]
        out += [f"| {md(shown_path(o.path))} | {md(o.reason or '')} |" for o in failed]
    return marked("\n".join(out)), pages


# What an index written by a stopped run says, under its counts.
INTERRUPTED = (
    "**Interrupted:** the run was stopped; this index lists what it finished. Run the same"
    " command again to do the rest."
)


def index_markdown(result: BatchResult, options: BatchOptions) -> str:
    """index.md alone (see index_pages)."""
    return index_pages(result, options)[0]


def _facts(done: int, failed: int, options: BatchOptions) -> str:
    summary = options.summary
    return (
        f"{done:,} articles summarised, {failed:,} failed · algorithm {md_code(summary.algorithm)} · "
        f"{md(summary.budget.label)} · one `{options.format}` file each"
    )


def _table(outcomes: Sequence[Outcome], first: int, up: str) -> list[str]:
    """Rows numbered from ``first`` ("n": the article's place in the batch; "#" means a
    sentence's position in its article everywhere else); links prefixed with ``up``."""
    rows = [
        "| n | article | title | sentences | summary | file |",
        "|---:|---|---|---:|---|---|",
    ]
    for n, outcome in enumerate(outcomes, first):
        record = outcome.record or {}
        text = " ".join(s["text"] for s in record.get("summary", []))
        preview = text if len(text) <= _PREVIEW else text[:_PREVIEW].rsplit(" ", 1)[0] + "…"
        target = up + (outcome.output or "").replace(">", "%3E")
        link = f"[{md(outcome.output or '')}](<{target}>)"
        rows.append(
            f"| {n} | {md_code(outcome.id)} | {md(record.get('title', ''))} | "
            f"{record.get('sentence_count', '')} | {md(preview)} | {link} |"
        )
    return rows
