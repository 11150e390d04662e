"""A Comparison as terminal text: side-by-side tables or stacked blocks, wrapped to a width."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from tabulate import tabulate

from ...models import (
    Alignment,
    Comparison,
    DiffKind,
    DiffOp,
    Duplicate,
    Quote,
    RenderOptions,
    SentenceRef,
    Unmatched,
)
from .._text import TABLE_WIDTH, ref_with_speaker, safe, style, wrap
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
    pad_width,
    same_words_note,
    short_labels,
    whose_words,
)
from .limits import COPY_CHANGED, NONE_AGREED, cut, more_line

__all__ = ["compare_table"]

_MIN_COLUMN = 24  # narrower columns than this are unreadable: switch to the stacked layout
_PER_CELL = 3  # sentences shown per cell; the rest are counted


def _labelled(label: str, text: str, pad: int, width: int, first_line: bool = True) -> str:
    """Text wrapped beside a label padded to ``pad`` columns (see labels.pad_width); the
    text's later lines, and a later sentence of the same label, line up under the first.
    Labels wider than a third of the width (ids that share a long prefix) stand on a line
    of their own, the text under them: beside them it ran past the width on every line (a
    code review's case)."""
    if pad > width // 3:
        head = [f"  {label}"] if first_line else []
        return "\n".join([*head, wrap(text, width, indent="      ")])
    first = f"  {label.ljust(pad)}" if first_line else " " * (pad + 2)
    return wrap(text, width, indent=" " * (pad + 2), first=first)


def compare_table(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    """Topics as rows and articles as columns, then coverage, shared and unique points."""
    labels = short_labels([a.id for a in comparison.articles])
    width = options.width or TABLE_WIDTH
    ids = min(max(len(v) for v in labels.values()), max(8, width // 3))
    out = [_heading("Articles", options)]
    out.append(
        tabulate(
            [[labels[a.id], a.date or "", safe(a.title)] for a in comparison.articles],
            headers=["", "date", "title"],
            tablefmt="simple",
            # (the title's room is what the ids and dates leave: ids that share a long
            # prefix had pushed it past the width)
            maxcolwidths=[ids, None, max(20, width - max(25, ids + 16))],
        )
    )
    out.append(_heading("Topics side by side", options))
    out.append(_side_by_side(comparison, labels, width, options))
    out.append(_heading("Coverage (sentences per topic)", options))
    out.append(_coverage_table(comparison, labels, width))
    if comparison.duplicates:
        out.append(_heading("Copies (counted once)", options))
        out.append("\n".join(_copy_line(d, labels, width, options) for d in comparison.duplicates))
    # The brief's two lists, in its words: points stated as agreed, then the weaker matches.
    out.append(_heading("Shared points", options))
    agreed, possible = comparison.agreed_points, comparison.possible_points
    out.append(
        _alignments_list(agreed, labels, width, options)
        or (wrap(f"({NONE_AGREED})", width) if possible else "(none)")
    )
    out.append(_heading(POSSIBLE_HEADING, options))
    if possible:
        note = wrap(POSSIBLE_NOTE.rstrip(":"), width)
        out.append(f"{note}\n\n{_alignments_list(possible, labels, width, options)}")
    else:
        out.append("(none)")
    out.append(_heading("Where they differ", options))
    out.append(_conflicts_text(comparison, labels, width, options))
    out.append(_heading("Unique points", options))
    out.append(_unique_text(comparison, labels, width, options))
    near = comparison.near_matches()
    if near:
        out.append(_heading(NEAR_HEADING, options))
        out.append(_near_text(comparison, near, labels, width, options))
    out.append(_heading("Quotes", options))
    out.append(_quotes_text(comparison, labels, width, options))
    out.append(_heading("How each names the topics", options))
    out.append(_by_topic_text(comparison, labels, width, names=True))
    out.append(_heading("Distinctive wording by topic", options))
    out.append(_by_topic_text(comparison, labels, width, names=False))
    return "\n\n".join(part.rstrip("\n") for part in out) + "\n"


def _heading(text: str, options: RenderOptions) -> str:
    return style(wrap(text.upper(), options.width or TABLE_WIDTH), "bold", options)


def _cell(refs: Sequence[SentenceRef], said: dict[tuple[str, str], str]) -> str:
    """A topic's sentences from one article, side by side with the others' (a quote with its
    speaker where only another sentence names them: Comparison.speakers)."""
    if not refs:
        return "—"
    shown = [f"• {safe(ref_with_speaker(r, said))}" for r in refs[:_PER_CELL]]
    if len(refs) > _PER_CELL:
        shown.append(f"(+{len(refs) - _PER_CELL} more)")
    return "\n".join(shown)


def _side_by_side(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    if not comparison.topics:
        return "(no topics)"
    sources = comparison.sources()  # a copy is counted once: its original's column
    n = len(sources)
    label_width = min(18, max(len(t.label) for t in comparison.topics) + 2)
    column = (width - label_width - 3 * (n + 1) - 1) // n
    if column < _MIN_COLUMN:
        return _stacked(comparison, labels, width, options)
    rows = []
    said = comparison.speaker()
    for t in comparison.topics:
        grouped = t.by_articles()
        cells = [_cell(grouped.get(a.id, ()), said) for a in sources]
        rows.append([safe(t.label), *cells])
    return tabulate(
        rows,
        headers=["topic"] + [labels[a.id] for a in sources],
        tablefmt="grid",
        maxcolwidths=[label_width] + [column] * n,
    )


def _stacked(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    blocks = []
    pad = pad_width(labels)
    said = comparison.speaker()
    for topic in comparison.topics:
        lines = [style(f"▸ {safe(topic.label)}", "cyan", options)]
        if not topic.sentences:
            lines.append(f"  no sentence matches “{safe(topic.query or topic.label)}”")
            blocks.append("\n".join(lines))
            continue
        note = absent_note(topic)
        if note:
            lines.append(wrap(f"({safe(note)})", width, "  "))
        grouped = topic.by_articles()
        for article in comparison.sources():
            refs = grouped.get(article.id, ())
            lines += _labelled_refs(labels[article.id], refs, pad, width, said)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _labelled_refs(
    label: str,
    refs: Sequence[SentenceRef],
    pad: int,
    width: int,
    speakers: dict[tuple[str, str], str] | None = None,
) -> list[str]:
    """An article's sentences under its label (a quote with its speaker, from ``speakers``,
    where only another sentence names them), or a dash for none."""
    if not refs:
        return [f"  {label.ljust(pad)}—"]
    said = speakers or {}
    return [
        _labelled(
            label,
            safe(ref_with_speaker(ref, said)),
            pad,
            width,
            k == 0,
        )
        for k, ref in enumerate(refs)
    ]


def _coverage_table(comparison: Comparison, labels: dict[str, str], width: int) -> str:
    """Topics by sources, the sources' columns in as many tables as ``width`` needs (a
    user's case: ten sources made a table of 112 columns in an 80-column terminal), each
    table led by the topics."""
    rows = [
        [safe(label)] + [str(c) if c else "—" for c in counts]
        for label, counts in comparison.coverage()
    ]
    if not rows:
        return "(no topics)"
    headers = ["topic"] + [labels[a.id] for a in comparison.sources()]
    topic = max(len(headers[0]) + 2, *(len(r[0]) for r in rows)) + 2
    # a source's label wider than what is left beside the topics is wrapped (a code
    # review's case: labels of 60 characters, one table each, still over the width)
    room = max(8, width - topic - 4)
    # (tabulate's columns: the header and 2, or the widest cell; 2 spaces between them)
    wide = [topic] + [
        max(min(len(headers[k]), room) + 2, *(len(r[k]) for r in rows)) + 2
        for k in range(1, len(headers))
    ]
    parts: list[list[int]] = [[]]
    used = wide[0]
    for k in range(1, len(headers)):
        if parts[-1] and used + wide[k] > width:
            parts.append([])
            used = wide[0]
        parts[-1].append(k)
        used += wide[k]
    return "\n\n".join(
        tabulate(
            [[r[0], *(r[k] for k in part)] for r in rows],
            headers=[headers[0], *(headers[k] for k in part)],
            tablefmt="simple",
            maxheadercolwidths=[None, *(room for _ in part)],
        )
        for part in parts
    )


def _alignments_list(
    alignments: Sequence[Alignment], labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    """The first LIST_LIMIT alignments (_alignments_text), and how many more there are;
    all of them with --full."""
    first, left = cut(alignments, options)
    shown = _alignments_text(first, labels, width, options)
    return shown + (f"\n\n{more_line(left)}" if left else "")


def _alignments_text(
    alignments: Sequence[Alignment], labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    """Each point: its header, its sentences, and the word diff of its closest pair."""
    blocks = []
    pad = pad_width(labels)
    for a in alignments:
        head = (
            f"{len(a.articles)} articles · {confidence_words(a.confidence)} ({a.confidence:.2f})"
            + same_words_note(a)
            + safe(differ_note(a, labels))
        )
        lines = [style(wrap(head, width), "dim", options)]
        lines += [
            _labelled(
                labels[r.article],
                (f"({WEAKER}) " if r.article in a.weaker else "") + safe(r.text),
                pad,
                width,
            )
            for r in a.sentences
        ]
        if a.diff and any(d.op is not DiffKind.KEEP for d in a.diff):
            first, second = a.closest
            caption = f"  {labels[first.article]} → {labels[second.article]}: "
            lines.append(_diff_terminal(a.diff, width, caption, options))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _copy_line(d: Duplicate, labels: dict[str, str], width: int, options: RenderOptions) -> str:
    """A copy's line, and under it its sentences worded otherwise than the original's, each
    beside the original's (Duplicate.changed), at most COPY_CHANGED of them (all with
    --full); wrapped to the width, as the rest (a QA user's 69 columns at --width 60)."""
    said = f"{labels[d.copy]} is a copy of {labels[d.original]} ({d.overlap:.0%} of its wording)"
    lines = [wrap(said, width, indent="    ", first="  ")]
    changed, left = cut(d.changed, options, COPY_CHANGED)
    for mine, theirs in changed:
        said = f"worded otherwise: {mine.text}"
        if theirs is not None:
            said += f" — {labels[theirs.article]}: {theirs.text}"
        else:
            said += f" — no such sentence in {labels[d.original]}"
        lines += textwrap.wrap(
            said, width, initial_indent="    ", subsequent_indent="      ", break_on_hyphens=False
        )
    if left:
        lines.append(more_line(left, "    "))
    return "\n".join(lines)


def _conflicts_text(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    pad = pad_width(labels)
    lines = []
    found, left = cut(comparison.disagreements, options)
    for d in found:
        said = " vs ".join(
            f"{safe(says)} ({', '.join(labels[r.article] for r in refs)})"
            for says, refs in d.figures
        )
        lines.append(wrap(f"{safe(d.what)}: {said}", width, indent="  ", first="▸ "))
        note = dates_note(comparison.articles, d)
        if note:
            lines.append(wrap(f"({note})", width, "  "))
        lines += [
            _labelled(labels[r.article], safe(r.text), pad, width)
            for _, refs in d.figures
            for r in refs
        ]
    if left:
        lines.append(more_line(left))
    lines = lines or [
        wrap("(no disagreement between the sources found in the points they share)", width)
    ]
    if comparison.disputes:
        speakers = comparison.speaker()
        lines += ["", wrap(f"{DISPUTES_HEADING} {DISPUTES_NOTE}", width)]
        shown, left = cut(comparison.dispute_lines(), options)
        for r, ids, also in shown:
            text = safe(ref_with_speaker(r, speakers))
            if len(ids) > 1:  # one text several sources print: their labels after it
                text += f" ({', '.join(labels[i] for i in ids)})"
            if also:  # ... and those telling it in other words (one point's denials)
                text += f" (also {', '.join(labels[i] for i in also)})"
            before = comparison.read_after(r)
            if before is not None:  # "They have all denied any wrongdoing.": who they are
                text += f" (after: “{safe(before.text)}”)"
            lines.append(_labelled(labels[ids[0]], text, pad, width))
        if left:
            lines.append(more_line(left))
    if comparison.figures:
        day = article_days(comparison.articles)
        heading = figures_heading(comparison.figures)
        lines += ["", wrap(f"{heading} {FIGURES_NOTE}", width, "")]
        for m in comparison.figures:
            lines.append(f"▸ {safe(m.what)}")
            figures, left = cut(m.figures, options)
            for f in figures:
                when = f"{day[f.sentence.article]}: " if day[f.sentence.article] else ""
                text = f"{when}{safe(f.shown)} — {safe(f.sentence.text)}"
                lines.append(_labelled(labels[f.sentence.article], text, pad, width))
            if left:
                lines.append(more_line(left))
    return "\n".join(lines)


def _diff_terminal(ops: Sequence[DiffOp], width: int, first: str, options: RenderOptions) -> str:
    """A word diff as [-removed-] and {+added+} (git's --word-diff=plain), wrapped. Colour,
    when on, only adds to the marks and is put on after wrapping, so the diff reads, wraps
    and copies the same with or without it (and to a colour-blind reader)."""
    parts = []
    for op in ops:
        text = safe(op.text)
        if op.op == DiffKind.KEEP:
            parts.append(text)
        elif op.op == DiffKind.DELETE:
            parts.append(f"[-{text}-]")
        else:
            parts.append(f"{{+{text}+}}")
    caption = ""
    if len(first) > width // 2:  # long labels: the caption on its own line
        caption, first = wrap(first.strip(), width, indent="    ", first="  ") + "\n", "    "
    wrapped = caption + wrap("".join(parts), width, indent="    ", first=first)
    if not options.color:
        return wrapped
    return _MARKS.sub(
        lambda m: style(m.group(0), "red" if m.group(0)[0] == "[" else "green", options), wrapped
    )


_MARKS = re.compile(r"\[-.*?-\]|\{\+.*?\+\}", re.DOTALL)


def _unique_text(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    """Each article's unique points (Comparison.unique), the rest too with --full
    (Comparison.unique_more), else how many more there are."""
    pad = pad_width(labels)
    lines = []
    speakers = comparison.speaker()
    for article_id, refs, rest in comparison.unique_and_more(options.full):
        shown = refs  # (with --full, every unique sentence: unique_and_more(full))
        if not shown and rest:  # (less central ones only: "—" had read as none, a QA case)
            lines.append(f"  {labels[article_id].ljust(pad)}{more_line(len(rest), '')}")
            continue
        lines += _labelled_refs(labels[article_id], shown, pad, width, speakers)
        if rest:
            # (under the sentences, where the label leaves room for it)
            lines.append(more_line(len(rest), " " * min(pad + 2, max(2, width - 36))))
    return "\n".join(lines)


def _near_text(
    comparison: Comparison,
    near: Sequence[Unmatched],
    labels: dict[str, str],
    width: int,
    options: RenderOptions,
) -> str:
    """Each near match (``near``: Comparison.near_matches): how likely, then the two sentences."""
    pad = pad_width(labels)
    speakers = comparison.speaker()
    shown, left = cut(near, options)
    lines = [wrap(NEAR_NOTE.rstrip(":"), width)]
    for u in shown:
        assert u.best is not None  # (near_matches keeps those with one)
        lines += ["", f"near ({u.score:.2f})"]
        lines += _labelled_refs(labels[u.sentence.article], [u.sentence], pad, width, speakers)
        lines += _labelled_refs(labels[u.best.article], [u.best], pad, width, speakers)
    if left:
        lines.append(more_line(left))
    return "\n".join(lines)


def _quotes_text(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    pad = pad_width(labels)
    matched = [g for g in comparison.quotes if len(g.quotes) > 1]
    single = [g for g in comparison.quotes if len(g.quotes) == 1]
    count = sum(len(g.quotes) for g in comparison.quotes)
    lines = [wrap(f"{count} quotes; {len(matched)} given by more than one article", width)]
    shown, left = cut(matched, options)
    for group in shown:
        lines += [_quote_line(q, labels, pad, width) for q in group.quotes]
        if group.diff:
            lines.append(_diff_terminal(group.diff, width, "    diff: ", options))
    if left:
        lines.append(more_line(left))
    alone, left = cut(single, options)
    lines += [_quote_line(g.quotes[0], labels, pad, width) for g in alone]
    if left:
        lines.append(more_line(left))
    return "\n".join(lines)


def _quote_line(q: Quote, labels: dict[str, str], pad: int, width: int) -> str:
    who = f" ({safe(q.speaker)})" if q.speaker else ""
    return _labelled(labels[q.article], f"“{safe(q.text)}”{who}", pad, width)


def _by_topic_text(comparison: Comparison, labels: dict[str, str], width: int, names: bool) -> str:
    """Topic by topic, each article's phrases naming it (``names``: "Russia’s war against
    Ukraine; Russia’s unprovoked war in Ukraine") or its distinctive words."""
    pad = pad_width(labels)
    lines = []
    for topic in comparison.topics:
        found = (
            [
                (n.article, "; ".join(p.text + whose_words(p) for p in n.phrases))
                for n in topic.names
            ]
            if names
            else [(d.article, ", ".join(w for w, _ in d.terms)) for d in topic.distinctive]
        )
        if not found:
            continue
        lines.append(f"▸ {safe(topic.label)}")
        lines += [_labelled(labels[a], safe(words), pad, width) for a, words in found]
    return "\n".join(lines) or "(none)"
