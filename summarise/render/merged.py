"""A merged summary of a set of articles as text, a table, Markdown or JSON: pure functions."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Failure, MergedSummary, RenderOptions
from ._text import marked, md, md_code, md_failures, numbered, plural, safe, style
from .labels import short_labels
from .summary import sentence_table

__all__ = [
    "merged_markdown",
    "merged_table",
    "merged_text",
]


def _labels(merged: MergedSummary) -> dict[str, str]:
    """Each source's short id, as compare and a brief show it ("002" of "002_8a5d771b...")."""
    return short_labels([s.article.id for s in merged.summaries])


def _heading(merged: MergedSummary) -> str:
    return (
        f"Merged summary of {plural(len(merged.summaries), 'article')} ({merged.word_count} words)"
    )


def merged_text(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    lines = [style(_heading(merged), "bold", options)]
    labels = _labels(merged)
    for n, s in enumerate(merged.sentences, 1):
        tag = style(f"[{safe(labels.get(s.article, s.article))} #{s.index + 1}]", "dim", options)
        lines.append(numbered(n, f"{safe(s.text)} {tag}", options.width))
    return "\n".join(lines) + "\n"


def merged_table(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    labels = _labels(merged)
    rows = [
        [safe(labels.get(s.article, s.article)), s.index + 1, safe(s.text)]
        for s in merged.sentences
    ]
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
    labels = _labels(merged)
    for n, s in enumerate(merged.sentences, 1):
        label = labels.get(s.article, s.article)
        out.append(f"{n}. {md(s.text)} ({md_code(label)} #{s.index + 1})")
    out.append("")
    out += md_failures(failures)
    return marked("\n".join(out))
