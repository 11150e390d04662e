"""Summaries rendered as text, a table, Markdown or JSON: pure functions, model in, str out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

from ..models import Article, Failure, RenderOptions, Summary, SummarySentence
from ._text import (
    TABLE_WIDTH,
    marked,
    md,
    md_code,
    md_failures,
    plural,
    positioned,
    safe,
    style,
    wrap,
)
from .json import article_record, to_json

__all__ = [
    "render_article",
    "sentence_table",
    "summary_markdown",
    "summary_table",
    "summary_text",
]


def _headed_by_id(article: Article) -> bool:
    """Whether an article is headed by its id: it has no headline, and its title is only its
    first sentence (Article.titled), which would be shown twice (a user's test, session 51,
    on CNN/DM rows without a title)."""
    return not article.titled


def render_article(summary: Summary, fmt: str, record: dict[str, Any] | None = None) -> str:
    """One article's summary as a file of its own: md, json or txt (batch outputs).
    ``record``: article_record(summary), when the caller has it already."""
    if fmt == "json":
        return to_json(record if record is not None else article_record(summary)) + "\n"
    if fmt == "txt":
        return summary_text([summary])
    article = summary.article
    meta = [md_code(article.id)] + ([article.date] if article.date else [])
    meta.append(f"{len(article.sentences)} sentences · {md_code(summary.algorithm)}")
    title = md_code(article.id) if _headed_by_id(article) else md(article.title)
    lines = [f"# {title}", "", " · ".join(meta), ""]
    lines += [_positioned(s) for s in summary.sentences]
    return marked("\n".join(lines))


def summary_text(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    blocks = []
    for s in summaries:
        by_id = _headed_by_id(s.article)
        title = s.article.id if by_id else s.article.title
        head = style(wrap(safe(title), options.width), "bold", options)
        shown = (s.article.date,) if by_id else (s.article.id, s.article.date)
        meta = " · ".join(safe(x) for x in shown if x)
        lines = [f"{head}\n{style(meta, 'dim', options)}" if meta else head]
        for sentence in s.sentences:
            lines.append(positioned(sentence.index, safe(sentence.text), options.width))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def sentence_table(rows: Sequence[Sequence[object]], heading: str, options: RenderOptions) -> str:
    """Rows of (article id, position in the article, sentence) as a table, wrapped to the
    terminal's width (a grid) or, when piped, to TABLE_WIDTH columns."""
    if not rows:
        return ""
    width = options.width or TABLE_WIDTH
    id_width = min(max(len(str(row[0])) for row in rows), 24, max(8, width // 4))
    widths = [id_width, 5, max(20, width - id_width - 5 - 10)]

    def table() -> str:
        return tabulate(
            rows,
            headers=["article", "#", heading],
            tablefmt="simple_grid" if options.width else "simple",
            maxcolwidths=widths,
        )

    # The columns' padding, borders and headers are tabulate's: measured, the sentences'
    # column gives back what the table is over (a user's case: 86 columns at --width 80
    # beside a short id, 53 at --width 40).
    out = table()
    over = max(map(len, out.splitlines())) - width
    if over > 0 and widths[2] > 12:
        widths[2] = max(12, widths[2] - over)
        out = table()
        over = max(map(len, out.splitlines())) - width
        if over > 0:  # at the narrowest widths the ids give way too
            widths[0] = max(4, widths[0] - over)
            out = table()
    return out + "\n"


def summary_table(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    rows = [
        [safe(s.article.id) if n == 0 else "", sentence.index + 1, safe(sentence.text)]
        for s in summaries
        for n, sentence in enumerate(s.sentences)
    ]
    return sentence_table(rows, "summary sentence", options)


def _positioned(sentence: SummarySentence) -> str:
    """A summary sentence as a Markdown list item with its position in its article, "#4" as
    the text format shows it (a numbered list read 1, 2, 3 where the sentences were the 1st,
    2nd and 4th)."""
    return f"- **#{sentence.index + 1}** {md(sentence.text)}"


def summary_markdown(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    algorithm = summaries[0].algorithm if summaries else ""
    out = [
        "# Summaries",
        "",
        f"Algorithm: `{algorithm}` · {plural(len(summaries), 'article')}",
        "",
    ]
    for s in summaries:
        a = s.article
        by_id = _headed_by_id(a)
        out.append(f"## {md_code(a.id) if by_id else md(a.title)}")
        out.append("")
        meta = ([] if by_id else [md_code(a.id)]) + [md(a.path)] + ([a.date] if a.date else [])
        meta.append(f"{len(a.sentences)} sentences")
        out.append(" · ".join(meta))
        out.append("")
        out += [_positioned(sentence) for sentence in s.sentences]
        out.append("")
    out += md_failures(failures)
    return marked("\n".join(out))
