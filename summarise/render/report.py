"""A Report as one Markdown document to paste into a brief or a wiki: a pure function.

Deterministic: the same input gives the same bytes (no dates of the run, no timings).
Every piece of article text goes through md(), so that a "|", "*", "#" or "<script>" in an
article can neither break a table nor add markup.
"""

from __future__ import annotations

from ..models import Report
from ._text import md, md_code, md_failures
from .compare import (
    md_conflicts,
    md_copies,
    md_coverage,
    md_distinctive,
    md_quotes,
    md_shared,
    md_topics,
    md_unique,
    md_wording,
    short_labels,
)

__all__ = ["report_markdown"]


def report_markdown(report: Report) -> str:
    comparison = report.comparison
    articles = comparison.articles
    labels = short_labels([a.id for a in articles])
    algorithm = report.summaries[0].algorithm if report.summaries else ""
    queries = [t.query for t in comparison.topics if t.query]
    topics = (
        "topics asked for: " + ", ".join(f"“{md(q)}”" for q in queries)
        if queries
        else f"{len(comparison.topics)} topics found in the articles"
    )
    out = [
        f"# News brief: {len(articles)} articles",
        "",
        f"Summaries by `{md(algorithm)}` · {topics} · made with summarise.",
        "",
        "## Corpus",
        "",
        "| | id | title | date | words | sentences |",
        "|---|---|---|---|---:|---:|",
    ]
    for a in articles:
        out.append(
            f"| **{md(labels[a.id])}** | {md_code(a.id)} | {md(a.title)} | {a.date or '—'} | "
            f"{a.word_count} | {len(a.sentences)} |"
        )
    out += ["", *md_copies(comparison, labels)]
    out += ["## Summaries", ""]
    for summary in report.summaries:
        a = summary.article
        out += [f"### {md(labels[a.id])} · {md(a.title)}", ""]
        out += [f"{n}. {md(s.text)}" for n, s in enumerate(summary.sentences, 1)]
        out.append("")
    out += [
        "## Coverage",
        "",
        "Sentences each article gives each topic (— for none).",
        "",
        *md_coverage(comparison, labels),
        "",
    ]
    out += ["## Topics side by side", "", *md_topics(comparison, labels, "###", distinctive=False)]
    out += ["## Points every article or most articles share", "", *md_shared(comparison, labels)]
    out += ["## Where the sources differ", "", *md_conflicts(comparison, labels)]
    out += ["## Points only one article makes", "", *md_unique(comparison, labels)]
    out += ["## The same point in different words", "", *md_wording(comparison, labels)]
    out += ["## Quotes", "", *md_quotes(comparison, labels)]
    out += [
        "## Distinctive wording",
        "",
        "Words and phrases an article uses on a topic far more than the others do "
        "(weighted log-odds, Monroe et al. 2008).",
        "",
        *md_distinctive(comparison, labels),
    ]
    out += md_failures(report.failures)
    return "\n".join(out).rstrip("\n") + "\n"
