"""A Comparison as GitHub-flavoured Markdown, and the sections the report reuses."""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Alignment, Comparison, DiffKind, RenderOptions, SentenceRef, Unmatched
from .._text import marked, md, md_code, near_sides, ref_with_speaker
from ..labels import (
    DISPUTES_HEADING,
    DISPUTES_NOTE,
    FIGURES_NOTE,
    NEAR_HEADING,
    NEAR_NOTE,
    POSSIBLE_HEADING,
    POSSIBLE_NOTE,
    WEAKER,
    absent_note,
    article_days,
    confidence_words,
    dates_note,
    differ_note,
    figures_heading,
    same_words_note,
    short_labels,
    whose_words,
)
from .diff import diff_markdown
from .limits import COPY_CHANGED, LIST_LIMIT, NONE_AGREED, cut, more_markdown

__all__ = [
    "compare_markdown",
    "md_conflicts",
    "md_copies",
    "md_coverage",
    "md_distinctive",
    "md_possible",
    "md_quotes",
    "md_shared",
    "md_topics",
    "md_unique",
]


def _md_cell(refs: Sequence[SentenceRef], speakers: dict[tuple[str, str], str]) -> str:
    """A topic's sentences from one article (a quote with its speaker, where only another
    sentence names them: Comparison.speakers)."""
    if not refs:
        return "—"
    return "<br>".join(md(ref_with_speaker(r, speakers)) for r in refs)


def compare_markdown(
    comparison: Comparison, options: RenderOptions = RenderOptions(), level: int = 1
) -> str:
    """GitHub-flavoured Markdown; ``level`` is the heading level of the title."""
    h = "#" * level
    labels = short_labels([a.id for a in comparison.articles])
    out = [f"{h} Comparison of {len(comparison.articles)} articles", ""]
    out += [f"{h}# Articles", "", "| | id | title | date | sentences |", "|---|---|---|---|---:|"]
    for a in comparison.articles:
        out.append(
            f"| **{md(labels[a.id])}** | {md_code(a.id)} | {md(a.title)} | {a.date or ''} | {len(a.sentences)} |"
        )
    out += ["", f"{h}# Coverage", "", *md_coverage(comparison, labels), ""]
    out += [f"{h}# Topics side by side", "", *md_topics(comparison, labels, h + "##")]
    if comparison.duplicates:  # (under a heading of its own, as the table's; a QA user's case)
        out += [f"{h}# Copies (counted once)", "", *md_copies(comparison, labels, options)]
    out += [f"{h}# Shared points", "", *md_shared(comparison, labels, options)]
    out += [f"{h}# {POSSIBLE_HEADING}", "", *md_possible(comparison, labels, options)]
    out += [f"{h}# Where they differ", "", *md_conflicts(comparison, labels, options)]
    out += [f"{h}# Unique points", "", *md_unique(comparison, labels, options)]
    near = comparison.near_matches()
    if near:
        out += [f"{h}# {NEAR_HEADING}", "", *md_near(comparison, near, labels, options)]
    out += [f"{h}# Quotes", "", *md_quotes(comparison, labels, options)]
    return marked("\n".join(out))


def md_topics(
    comparison: Comparison, labels: dict[str, str], heading: str, distinctive: bool = True
) -> list[str]:
    """A section per topic: its key terms, then each article's sentences on it side by side."""
    out: list[str] = []
    if not comparison.topics:
        return ["No topics.", ""]
    speakers = comparison.speaker()
    for topic in comparison.topics:
        query = f" (query: “{md(topic.query)}”)" if topic.query else ""
        out += [f"{heading} {md(topic.label)}{query}", ""]
        if topic.terms:
            out += [f"Key terms: {', '.join(md(t) for t in topic.terms)}", ""]
        if not topic.sentences:
            out += [f"No sentence matches “{md(topic.query or topic.label)}”.", ""]
            continue
        note = absent_note(topic)
        if note:
            out += [f"*{md(note)}*", ""]
        out.append("| article | sentences |")
        out.append("|---|---|")
        grouped = topic.by_articles()
        for a in comparison.sources():
            cell = _md_cell(grouped.get(a.id, ()), speakers)
            out.append(f"| **{md(labels[a.id])}** | {cell} |")
        if topic.names:
            out += ["", "Named as:", ""]
            for n in topic.names:
                said = "; ".join(f"“{md(p.text)}”{md(whose_words(p))}" for p in n.phrases)
                out.append(f"- **{md(labels[n.article])}**: {said}")
        if distinctive and topic.distinctive:
            out += ["", "Distinctive wording:", ""]
            for d in topic.distinctive:
                out.append(f"- **{md(labels[d.article])}**: {', '.join(md(w) for w, _ in d.terms)}")
        out.append("")
    return out


def md_shared(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """The points matched surely enough to state as agreed (Comparison.agreed_points)."""
    found = _md_list(comparison.agreed_points, labels, options)
    return found or [NONE_AGREED.capitalize() + "." if comparison.possible_points else "None.", ""]


def md_possible(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """The weaker matches, apart (Comparison.possible_points), as a brief lists them."""
    found = _md_list(comparison.possible_points, labels, options)
    return (
        [md(POSSIBLE_NOTE.strip("():").capitalize()) + ".", "", *found] if found else ["None.", ""]
    )


def _md_list(
    alignments: Sequence[Alignment], labels: dict[str, str], options: RenderOptions
) -> list[str]:
    shown, left = cut(alignments, options)
    found = _md_alignments(shown, labels)
    return [*found, more_markdown(left), ""] if left else found


def md_copies(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """A line per article that copies another: such copies are counted once; under each, its
    sentences worded otherwise, the first COPY_CHANGED (every one with --full), as the
    table shows them."""
    if not comparison.duplicates:
        return []
    lines = []
    for d in comparison.duplicates:
        lines.append(
            f"- **{md(labels[d.copy])}** is a copy of **{md(labels[d.original])}** "
            f"({d.overlap:.0%} of its wording); counted once."
        )
        # its sentences worded otherwise (Duplicate.changed), each beside the original's
        changed, left = cut(d.changed, options, COPY_CHANGED)
        for mine, theirs in changed:
            other = (
                f" — no such sentence in {md(labels[d.original])}"
                if theirs is None
                else f" — {md(labels[theirs.article])}: {md(theirs.text)}"
            )
            lines.append(f"  - worded otherwise: {md(mine.text)}{other}")
        if left:
            lines.append(f"  - *{more_markdown(left)}*")
    return [*lines, ""]


def md_conflicts(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """Where sources disagree on a point (figures, who is responsible), side by side."""
    found, left = cut(comparison.disagreements, options)
    if not found:
        out = ["No disagreement between the sources found in the points they share."]
    else:
        out = ["| what | source | says | sentence |", "|---|---|---|---|"]
    for d in found:
        note = dates_note(comparison.articles, d)
        what = md(d.what) + (f"<br>*{md(note)}*" if note else "")
        for says, refs in d.figures:
            out += [
                f"| {what} | **{md(labels[r.article])}** | {md(says)} | {md(r.text)} |"
                for r in refs
            ]
    if left:
        out += ["", more_markdown(left)]
    return [
        *out,
        "",
        *md_disputes(comparison, labels, options),
        *md_figures(comparison, labels, options),
    ]


def md_figures(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """The toll as each source gives it (compare.figures), a row per figure."""
    if not comparison.figures:
        return []
    day = article_days(comparison.articles)
    out = [f"**{figures_heading(comparison.figures)}** {md(FIGURES_NOTE)}", ""]
    out += ["| measure | source | date | figure | sentence |", "|---|---|---|---|---|"]
    left = 0
    for m in comparison.figures:
        figures, more = cut(m.figures, options)
        left += more
        out += [
            f"| {md(m.what) if n == 0 else ''} | **{md(labels[f.sentence.article])}** "
            f"| {day[f.sentence.article]} | {md(f.shown)} | {md(f.sentence.text)} |"
            for n, f in enumerate(figures)
        ]
    if left:
        out += ["", more_markdown(left)]
    return [*out, ""]


def md_disputes(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """The disputes the sources report (compare.disputes), each with its source."""
    if not comparison.disputes:
        return []
    said = comparison.speaker()
    out = [f"**{DISPUTES_HEADING}** {md(DISPUTES_NOTE)}", ""]
    shown, left = cut(comparison.dispute_lines(), options)
    out += [
        f"- {md(ref_with_speaker(r, said))} — "
        + ", ".join(f"**{md(labels[i])}**" for i in ids)
        + ("; also " + ", ".join(f"**{md(labels[i])}**" for i in also) if also else "")
        + (f" *(after: “{md(before.text)}”)*" if (before := comparison.read_after(r)) else "")
        for r, ids, also in shown
    ]
    if left:
        out += ["", more_markdown(left)]
    return [*out, ""]


def md_unique(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """Each article's unique points (Comparison.unique), the rest too with --full
    (Comparison.unique_more), else how many more there are."""
    out = []
    speakers = comparison.speaker()
    for article_id, refs, rest in comparison.unique_and_more(options.full):
        shown = refs  # (with --full, every unique sentence: unique_and_more(full))
        if not shown and rest:  # (less central ones only: "—" had read as none, a QA case)
            out.append(f"- **{md(labels[article_id])}**: *{more_markdown(len(rest))}*")
            continue
        out.append(f"- **{md(labels[article_id])}**" + ("" if shown else ": —"))
        out += [f"  - {md(ref_with_speaker(r, speakers))}" for r in shown]
        if rest:
            out.append(f"  - *{more_markdown(len(rest))}*")
    return [*out, ""]


def md_near(
    comparison: Comparison,
    near: Sequence[Unmatched],
    labels: dict[str, str],
    options: RenderOptions,
) -> list[str]:
    """Each near match (``near``: Comparison.near_matches): how likely, then the two sentences."""
    speakers = comparison.speaker()
    shown, left = cut(near, options)
    out = [NEAR_NOTE, ""]
    for u in shown:
        (a, first), (b, second) = near_sides(u, speakers)
        out.append(
            f"- near ({u.score:.2f}): **{md(labels[a])}** {md(first)} ↔ **{md(labels[b])}**"
            f" {md(second)}"
        )
    if left:
        out.append(f"- *{more_markdown(left)}*")
    return [*out, ""]


def md_distinctive(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    """Each article's distinctive wording, topic by topic."""
    rows = [
        f"| **{md(labels[d.article])}** | {md(topic.label)} | {', '.join(md(w) for w, _ in d.terms)} |"
        for article in comparison.articles
        for topic in comparison.topics
        for d in topic.distinctive
        if d.article == article.id
    ]
    if not rows:
        return ["None.", ""]
    return ["| article | topic | distinctive words |", "|---|---|---|", *rows, ""]


def md_coverage(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    rows = comparison.coverage()
    if not rows:
        return ["No topics."]
    sources = comparison.sources()
    head = "| topic | " + " | ".join(md(labels[a.id]) for a in sources) + " |"
    rule = "|---|" + "---:|" * len(sources)
    body = [
        f"| {md(label)} | " + " | ".join(str(c) if c else "—" for c in counts) + " |"
        for label, counts in rows
    ]
    return [head, rule, *body]


def _md_alignments(alignments: Sequence[Alignment], labels: dict[str, str]) -> list[str]:
    """Each point: its header, its sentences, and the word diff of its closest pair."""
    out: list[str] = []
    for a in alignments:
        out.append(
            f"**{len(a.articles)} articles** · {confidence_words(a.confidence)} ({a.confidence:.2f})"
            + same_words_note(a)
            + md(differ_note(a, labels))
        )
        out.append("")
        out.append("| article | sentence |")
        out.append("|---|---|")
        for ref in a.sentences:
            weaker = f" ({WEAKER})" if ref.article in a.weaker else ""
            out.append(f"| **{md(labels[ref.article])}**{weaker} | {md(ref.text)} |")
        out.append("")
        if a.diff and any(d.op is not DiffKind.KEEP for d in a.diff):
            first, second = a.closest
            out.append(
                f"Word diff {md(labels[first.article])} → {md(labels[second.article])}: {diff_markdown(a.diff)}"
            )
            out.append("")
    return out


def md_quotes(
    comparison: Comparison, labels: dict[str, str], options: RenderOptions = RenderOptions()
) -> list[str]:
    """Quotes that several articles give, with the word diff of their wordings, then the rest."""
    if not comparison.quotes:
        return ["No quotes found.", ""]
    matched = [g for g in comparison.quotes if len(g.quotes) > 1]
    single = [g.quotes[0] for g in comparison.quotes if len(g.quotes) == 1]
    out: list[str] = []
    if not matched:
        out += ["No quote appears in more than one article.", ""]
    for group in matched:
        out += ["| article | quote | speaker |", "|---|---|---|"]
        for q in group.quotes:
            out.append(f"| **{md(labels[q.article])}** | “{md(q.text)}” | {md(q.speaker or '')} |")
        out.append("")
        if group.diff and any(op.op != DiffKind.KEEP for op in group.diff):
            out += [f"Wording: {diff_markdown(group.diff)}", ""]
    if single:
        shown, left = cut(single, options, LIST_LIMIT * 2)
        out += ["Quoted in one article only:", "", "| article | quote | speaker |", "|---|---|---|"]
        out += [
            f"| **{md(labels[q.article])}** | “{md(q.text)}” | {md(q.speaker or '')} |"
            for q in shown
        ]
        if left:
            out += ["", more_markdown(left)]
        out.append("")
    return out
