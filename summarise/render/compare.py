"""A Comparison rendered as side-by-side tables, Markdown or JSON: pure functions, str out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

from ..models import Alignment, Comparison, Conflict, DiffOp, SentenceRef
from ._text import RenderOptions, md, md_code, safe, style, to_json, wrap

__all__ = [
    "compare_json",
    "compare_markdown",
    "compare_payload",
    "compare_table",
    "confidence_words",
    "diff_markdown",
    "md_conflicts",
    "md_copies",
    "md_coverage",
    "md_distinctive",
    "md_quotes",
    "md_shared",
    "md_topics",
    "md_unique",
    "md_wording",
    "short_labels",
]

_MIN_COLUMN = 24  # narrower columns than this are unreadable: switch to the stacked layout
_PER_CELL = 3  # sentences shown per cell; the rest are counted
_LIST_LIMIT = 8  # aligned points and quotes shown in text and Markdown (JSON has all)
# Same-point probability (summarise/compare/pairs.py) above which a group reads "strong" or "likely".
STRONG = 0.4
LIKELY = 0.3


def short_labels(ids: Sequence[str]) -> dict[str, str]:
    """The shortest prefix (at least 3 characters) that tells each id apart."""
    labels = {}
    for article_id in ids:
        for size in range(3, len(article_id) + 1):
            prefix = article_id[:size]
            if sum(1 for other in ids if other.startswith(prefix)) == 1:
                labels[article_id] = prefix
                break
        else:
            labels[article_id] = article_id
    # Ids come from file names and JSONL rows: shown, they must be terminal-safe.
    return {article_id: safe(label) for article_id, label in labels.items()}


# --------------------------------------------------------------------------- JSON


def _ref(ref: SentenceRef) -> dict[str, Any]:
    return {"article": ref.article, "index": ref.index, "text": ref.text}


def _diff(ops: Sequence[DiffOp]) -> list[dict[str, str]]:
    return [{"op": op.op, "text": op.text} for op in ops]


def compare_payload(comparison: Comparison) -> dict[str, Any]:
    """The JSON contract as plain data."""
    ids = [a.id for a in comparison.articles]
    return {
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "date": a.date,
                "sentence_count": len(a.sentences),
            }
            for a in comparison.articles
        ],
        "topics": [
            {
                "label": t.label,
                "query": t.query,
                "terms": list(t.terms),
                "sentences": [_ref(s) for s in t.sentences],
                "coverage": {article_id: len(t.by_article(article_id)) for article_id in ids},
                "distinctive": {d.article: [[w, z] for w, z in d.terms] for d in t.distinctive},
            }
            for t in comparison.topics
        ],
        "duplicates": [
            {"copy": d.copy, "original": d.original, "overlap": d.overlap}
            for d in comparison.duplicates
        ],
        "alignments": [_alignment(a) for a in comparison.alignments],
        "conflicts": [_conflict(c) for c in comparison.conflicts],
        "unique": {article_id: [_ref(s) for s in refs] for article_id, refs in comparison.unique},
        "unmatched": [
            {
                "sentence": _ref(u.sentence),
                "best": _ref(u.best) if u.best else None,
                "score": u.score,
            }
            for u in comparison.unmatched
        ],
        "shared": [_alignment(a) for a in comparison.shared],
        "quotes": [
            {
                "similarity": g.similarity,
                "quotes": [
                    {"article": q.article, "index": q.index, "text": q.text, "speaker": q.speaker}
                    for q in g.quotes
                ],
                "diff": _diff(g.diff) if g.diff else None,
            }
            for g in comparison.quotes
        ],
    }


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "measure": c.measure,
        "sources": [
            {**_ref(c.first), "says": c.first_says},
            {**_ref(c.second), "says": c.second_says},
        ],
    }


def confidence_words(confidence: float) -> str:
    """A group's confidence as a reader would say it."""
    if confidence >= STRONG:
        return "same point, strong match"
    if confidence >= LIKELY:
        return "likely the same point"
    return "possibly the same point"


def _alignment(a: Alignment) -> dict[str, Any]:
    return {
        "similarity": a.similarity,
        "confidence": a.confidence,
        "confidence_words": confidence_words(a.confidence),
        "conflicts": [_conflict(c) for c in a.conflicts],
        "articles": list(a.articles),
        "sentences": [_ref(s) for s in a.sentences],
        "closest": [_ref(s) for s in a.closest],
        "diff": _diff(a.diff),
    }


def compare_json(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    return to_json(compare_payload(comparison)) + "\n"


# --------------------------------------------------------------------------- terminal


def compare_table(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    """Topics as rows and articles as columns, then coverage, shared and unique points."""
    labels = short_labels([a.id for a in comparison.articles])
    width = options.width or 100
    out = [_heading("Articles", options)]
    out.append(
        tabulate(
            [[labels[a.id], a.date or "", safe(a.title)] for a in comparison.articles],
            headers=["", "date", "title"],
            tablefmt="simple",
            maxcolwidths=[None, None, max(20, width - 25)],
        )
    )
    out.append(_heading("Topics side by side", options))
    out.append(_side_by_side(comparison, labels, width, options))
    out.append(_heading("Coverage (sentences per topic)", options))
    out.append(_coverage_table(comparison, labels))
    if comparison.duplicates:
        out.append(_heading("Copies (counted once)", options))
        out.append("\n".join(_copy_line(d, labels) for d in comparison.duplicates))
    out.append(_heading("Shared points", options))
    out.append(
        _alignments_text(comparison.shared[:_LIST_LIMIT], labels, width, options) or "(none)"
    )
    out.append(_heading("Where they differ", options))
    out.append(_conflicts_text(comparison, labels, width))
    out.append(_heading("Unique points", options))
    out.append(_unique_text(comparison, labels, width))
    out.append(_heading("Same point, different wording (closest pairs)", options))
    others = [a for a in comparison.alignments if a not in comparison.shared][:_LIST_LIMIT]
    out.append(_alignments_text(others, labels, width, options, diff=True) or "(none)")
    out.append(_heading("Quotes", options))
    out.append(_quotes_text(comparison, labels, width, options))
    out.append(_heading("Distinctive wording by topic", options))
    out.append(_distinctive_text(comparison, labels, width))
    return "\n\n".join(part.rstrip("\n") for part in out) + "\n"


def _heading(text: str, options: RenderOptions) -> str:
    return style(text.upper(), "bold", options)


def _cell(refs: Sequence[SentenceRef]) -> str:
    if not refs:
        return "—"
    shown = [f"• {safe(r.text)}" for r in refs[:_PER_CELL]]
    if len(refs) > _PER_CELL:
        shown.append(f"(+{len(refs) - _PER_CELL} more)")
    return "\n".join(shown)


def _side_by_side(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    if not comparison.topics:
        return "(no topics)"
    n = len(comparison.articles)
    label_width = min(18, max(len(t.label) for t in comparison.topics) + 2)
    column = (width - label_width - 3 * (n + 1) - 1) // n
    if column < _MIN_COLUMN:
        return _stacked(comparison, labels, width, options)
    rows = [
        [safe(t.label)] + [_cell(t.by_article(a.id)) for a in comparison.articles]
        for t in comparison.topics
    ]
    return tabulate(
        rows,
        headers=["topic"] + [labels[a.id] for a in comparison.articles],
        tablefmt="grid",
        maxcolwidths=[label_width] + [column] * n,
    )


def _stacked(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    blocks = []
    pad = max(len(v) for v in labels.values()) + 2
    for topic in comparison.topics:
        lines = [style(f"▸ {safe(topic.label)}", "cyan", options)]
        if not topic.sentences:
            lines.append(f"  no sentence matches “{safe(topic.query or topic.label)}”")
            blocks.append("\n".join(lines))
            continue
        for article in comparison.articles:
            refs = topic.by_article(article.id)
            label = labels[article.id].ljust(pad)
            if not refs:
                lines.append(f"  {label}—")
                continue
            for k, ref in enumerate(refs):
                first = f"  {label}" if k == 0 else " " * (pad + 2)
                lines.append(wrap(safe(ref.text), width, indent=" " * (pad + 2), first=first))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _coverage_table(comparison: Comparison, labels: dict[str, str]) -> str:
    rows = [
        [safe(label)] + [str(c) if c else "—" for c in counts]
        for label, counts in comparison.coverage()
    ]
    if not rows:
        return "(no topics)"
    return tabulate(
        rows, headers=["topic"] + [labels[a.id] for a in comparison.articles], tablefmt="simple"
    )


def _alignments_text(
    alignments: Sequence[Alignment],
    labels: dict[str, str],
    width: int,
    options: RenderOptions,
    diff: bool = False,
) -> str:
    blocks = []
    pad = max((len(v) for v in labels.values()), default=3) + 2
    for a in alignments:
        head = f"{len(a.articles)} articles · {confidence_words(a.confidence)} ({a.confidence:.2f})"
        lines = [style(head, "dim", options)]
        for ref in a.sentences:
            lines.append(
                wrap(
                    safe(ref.text),
                    width,
                    indent=" " * (pad + 2),
                    first=f"  {labels[ref.article].ljust(pad)}",
                )
            )
        if diff and a.diff:
            first, second = a.closest
            caption = f"  {labels[first.article]} → {labels[second.article]}: "
            lines.append(wrap(_diff_terminal(a.diff, options), width, indent="    ", first=caption))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _copy_line(d: Any, labels: dict[str, str]) -> str:
    return f"  {labels[d.copy]} is a copy of {labels[d.original]} ({d.overlap:.0%} of its wording)"


def _conflicts_text(comparison: Comparison, labels: dict[str, str], width: int) -> str:
    pad = max(len(v) for v in labels.values()) + 2
    lines = []
    for c in comparison.conflicts[:_LIST_LIMIT]:
        lines.append(f"▸ {safe(c.measure)}: {safe(c.first_says)} vs {safe(c.second_says)}")
        for ref in (c.first, c.second):
            lines.append(
                wrap(
                    safe(ref.text),
                    width,
                    indent=" " * (pad + 2),
                    first=f"  {labels[ref.article].ljust(pad)}",
                )
            )
    if len(comparison.conflicts) > _LIST_LIMIT:
        lines.append(f"  (+{len(comparison.conflicts) - _LIST_LIMIT} more in --format json)")
    return "\n".join(lines) or "(no differing figures found in shared points)"


def _diff_terminal(ops: Sequence[DiffOp], options: RenderOptions) -> str:
    parts = []
    for op in ops:
        text = safe(op.text)
        if op.op == "=":
            parts.append(text)
        elif options.color:
            parts.append(style(text, "red" if op.op == "-" else "green", options))
        else:
            parts.append(f"[-{text}-]" if op.op == "-" else f"{{+{text}+}}")
    return "".join(parts)


def _unique_text(comparison: Comparison, labels: dict[str, str], width: int) -> str:
    pad = max(len(v) for v in labels.values()) + 2
    lines = []
    for article_id, refs in comparison.unique:
        if not refs:
            lines.append(f"  {labels[article_id].ljust(pad)}—")
        for k, ref in enumerate(refs):
            first = f"  {labels[article_id].ljust(pad)}" if k == 0 else " " * (pad + 2)
            lines.append(wrap(safe(ref.text), width, indent=" " * (pad + 2), first=first))
    return "\n".join(lines)


def _quotes_text(
    comparison: Comparison, labels: dict[str, str], width: int, options: RenderOptions
) -> str:
    matched = [g for g in comparison.quotes if len(g.quotes) > 1]
    single = [g for g in comparison.quotes if len(g.quotes) == 1]
    lines = [
        f"{sum(len(g.quotes) for g in comparison.quotes)} quotes; {len(matched)} given by more than one article"
    ]
    for group in matched[:_LIST_LIMIT]:
        for q in group.quotes:
            who = f" ({safe(q.speaker)})" if q.speaker else ""
            lines.append(
                wrap(
                    f"“{safe(q.text)}”{who}",
                    width,
                    indent="      ",
                    first=f"  {labels[q.article]}  ",
                )
            )
        if group.diff:
            lines.append(
                wrap(_diff_terminal(group.diff, options), width, indent="    ", first="    diff: ")
            )
    for group in single[:_LIST_LIMIT]:
        q = group.quotes[0]
        who = f" ({safe(q.speaker)})" if q.speaker else ""
        lines.append(
            wrap(f"“{safe(q.text)}”{who}", width, indent="      ", first=f"  {labels[q.article]}  ")
        )
    if len(single) > _LIST_LIMIT:
        lines.append(f"  (+{len(single) - _LIST_LIMIT} more in --format json)")
    return "\n".join(lines)


def _distinctive_text(comparison: Comparison, labels: dict[str, str], width: int) -> str:
    pad = max(len(v) for v in labels.values()) + 2
    lines = []
    for topic in comparison.topics:
        if not topic.distinctive:
            continue
        lines.append(f"▸ {safe(topic.label)}")
        for d in topic.distinctive:
            words = ", ".join(w for w, _ in d.terms)
            lines.append(
                wrap(
                    safe(words),
                    width,
                    indent=" " * (pad + 2),
                    first=f"  {labels[d.article].ljust(pad)}",
                )
            )
    return "\n".join(lines) or "(none)"


# --------------------------------------------------------------------------- Markdown


def diff_markdown(ops: Sequence[DiffOp]) -> str:
    """A word diff as Markdown: ~~removed~~ and **added**, spaces kept outside the marks."""
    parts = []
    for op in _flankable(ops):
        text = md(op.text)
        if op.op == "=" or not text.strip():
            parts.append(text)
            continue
        core = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        mark = "~~" if op.op == "-" else "**"
        parts.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(parts)


_EDGE_WORD = re.compile(r"(\w[\w'’.-]*)$")
_START_WORD = re.compile(r"^(\w[\w'’.-]*)")


def _flankable(ops: Sequence[DiffOp]) -> list[DiffOp]:
    """The same diff, regrouped so that every mark can open and close in CommonMark.

    A mark cannot open between a letter and punctuation ("Australia~~, Japan~~") nor close
    between punctuation and a letter; there the neighbouring word joins the edit, on both
    sides, which keeps the diff true: "Australia, Japan" removed, "Australia" added.
    """
    groups: list[list[DiffOp]] = []  # runs of "=" alone, or of edits
    for op in ops:
        if groups and (op.op == "=") == (groups[-1][0].op == "="):
            groups[-1].append(op)
        else:
            groups.append([op])
    out: list[list[DiffOp]] = [list(g) for g in groups]
    for k, group in enumerate(out):
        if group[0].op == "=":
            continue
        texts = {
            "-": "".join(o.text for o in group if o.op == "-"),
            "+": "".join(o.text for o in group if o.op == "+"),
        }
        before = out[k - 1][0].text if k > 0 and out[k - 1] else ""
        after = out[k + 1][0].text if k + 1 < len(out) and out[k + 1] else ""
        lead = trail = ""
        if any(t and not t[0].isspace() and not t[0].isalnum() for t in texts.values()):
            match = _EDGE_WORD.search(before)
            if match:
                lead = match.group(1)
                out[k - 1] = [DiffOp("=", before[: match.start()])]
        if any(t and not t[-1].isspace() and not t[-1].isalnum() for t in texts.values()):
            match = _START_WORD.search(after)
            if match:
                trail = match.group(1)
                out[k + 1] = [DiffOp("=", after[match.end() :])]
        if lead or trail:
            out[k] = [DiffOp(side, lead + texts[side] + trail) for side in "-+"]
    return [op for group in out for op in group if op.text]


def _md_cell(refs: Sequence[SentenceRef]) -> str:
    if not refs:
        return "—"
    return "<br>".join(md(r.text) for r in refs)


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
    out += md_copies(comparison, labels)
    out += [f"{h}# Shared points", "", *md_shared(comparison, labels)]
    out += [f"{h}# Where they differ", "", *md_conflicts(comparison, labels)]
    out += [f"{h}# Unique points", "", *md_unique(comparison, labels)]
    out += [f"{h}# Same point, different wording", "", *md_wording(comparison, labels)]
    out += [f"{h}# Quotes", "", *md_quotes(comparison, labels)]
    return "\n".join(out).rstrip("\n") + "\n"


def md_topics(
    comparison: Comparison, labels: dict[str, str], heading: str, distinctive: bool = True
) -> list[str]:
    """A section per topic: its key terms, then each article's sentences on it side by side."""
    out: list[str] = []
    if not comparison.topics:
        return ["No topics.", ""]
    for topic in comparison.topics:
        query = f" (query: “{md(topic.query)}”)" if topic.query else ""
        out += [f"{heading} {md(topic.label)}{query}", ""]
        if topic.terms:
            out += [f"Key terms: {', '.join(md(t) for t in topic.terms)}", ""]
        if not topic.sentences:
            out += [f"No sentence matches “{md(topic.query or topic.label)}”.", ""]
            continue
        out.append("| article | sentences |")
        out.append("|---|---|")
        for a in comparison.articles:
            out.append(f"| **{md(labels[a.id])}** | {_md_cell(topic.by_article(a.id))} |")
        if distinctive and topic.distinctive:
            out += ["", "Distinctive wording:", ""]
            for d in topic.distinctive:
                out.append(f"- **{md(labels[d.article])}**: {', '.join(md(w) for w, _ in d.terms)}")
        out.append("")
    return out


def md_shared(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    return _md_alignments(comparison.shared[:_LIST_LIMIT], labels) or ["None.", ""]


def md_copies(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    """A line per article that copies another: such copies are counted once."""
    if not comparison.duplicates:
        return []
    lines = [
        f"- **{md(labels[d.copy])}** is a copy of **{md(labels[d.original])}** "
        f"({d.overlap:.0%} of its wording); counted once."
        for d in comparison.duplicates
    ]
    return [*lines, ""]


def md_conflicts(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    """Figures that sources give differently for the same point, side by side."""
    if not comparison.conflicts:
        return ["No differing figures found in the shared points.", ""]
    out = ["| what | source | says | sentence |", "|---|---|---|---|"]
    for c in comparison.conflicts[:_LIST_LIMIT]:
        for ref, says in ((c.first, c.first_says), (c.second, c.second_says)):
            out.append(
                f"| {md(c.measure)} | **{md(labels[ref.article])}** | {md(says)} | {md(ref.text)} |"
            )
    if len(comparison.conflicts) > _LIST_LIMIT:
        out += ["", f"And {len(comparison.conflicts) - _LIST_LIMIT} more (see `--format json`)."]
    return [*out, ""]


def md_unique(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    out = []
    for article_id, refs in comparison.unique:
        out.append(f"- **{md(labels[article_id])}**" + ("" if refs else ": —"))
        out += [f"  - {md(r.text)}" for r in refs]
    return [*out, ""]


def md_wording(comparison: Comparison, labels: dict[str, str]) -> list[str]:
    """The same point in different words: aligned sentences with the closest pair's diff."""
    others = [a for a in comparison.alignments if a not in comparison.shared][:_LIST_LIMIT]
    return _md_alignments(others, labels, diff=True) or ["None.", ""]


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
    head = "| topic | " + " | ".join(md(labels[a.id]) for a in comparison.articles) + " |"
    rule = "|---|" + "---:|" * len(comparison.articles)
    body = [
        f"| {md(label)} | " + " | ".join(str(c) if c else "—" for c in counts) + " |"
        for label, counts in rows
    ]
    return [head, rule, *body]


def _md_alignments(
    alignments: Sequence[Alignment], labels: dict[str, str], diff: bool = False
) -> list[str]:
    out: list[str] = []
    for a in alignments:
        out.append(
            f"**{len(a.articles)} articles** · {confidence_words(a.confidence)} ({a.confidence:.2f})"
        )
        out.append("")
        out.append("| article | sentence |")
        out.append("|---|---|")
        for ref in a.sentences:
            out.append(f"| **{md(labels[ref.article])}** | {md(ref.text)} |")
        out.append("")
        if diff and a.diff:
            first, second = a.closest
            out.append(
                f"Word diff {md(labels[first.article])} → {md(labels[second.article])}: {diff_markdown(a.diff)}"
            )
            out.append("")
    return out


def md_quotes(comparison: Comparison, labels: dict[str, str]) -> list[str]:
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
        if group.diff and any(op.op != "=" for op in group.diff):
            out += [f"Wording: {diff_markdown(group.diff)}", ""]
    if single:
        shown = single[: _LIST_LIMIT * 2]
        out += ["Quoted in one article only:", "", "| article | quote | speaker |", "|---|---|---|"]
        out += [
            f"| **{md(labels[q.article])}** | “{md(q.text)}” | {md(q.speaker or '')} |"
            for q in shown
        ]
        if len(single) > len(shown):
            out += ["", f"And {len(single) - len(shown)} more (see `--format json`)."]
        out.append("")
    return out
