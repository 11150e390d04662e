"""A brief as one Markdown document to paste into a wiki or a message: a pure function.

Deterministic: the same input gives the same bytes (no dates of the run, no timings).
Every piece of article text goes through md(), so that a "|", "*", "#" or "<script>" in an
article can neither break a table nor add markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Article, DiffKind, RenderOptions, Report, SentenceRef
from .._text import marked, md, md_failures, md_link, near_sides, ref_with_speaker
from ..compare.diff import diff_markdown
from ..labels import (
    DISPUTES_HEADING,
    DISPUTES_NOTE,
    FIGURES_NOTE,
    NEAR_HEADING,
    NEAR_NOTE,
    absent_note,
    dates_note,
    figures_heading,
    match_words,
    near_count,
    whose_words,
)
from .plan import FULL_FLAG, Brief, Cut, Point, plan_brief
from .words import (
    CHANGED_HEADING,
    CHANGED_NOTE,
    CLOSEST,
    COPY_ADDS,
    JSON_FLAG,
    NONE_STATED,
    POSSIBLE_HEADING,
    POSSIBLE_NOTE,
    TIMELINE_HEADING,
    TIMELINE_NOTE,
    UNIQUE_MORE,
    WEAKER,
    WORD_FOR_WORD,
    another_of,
    another_says,
    brief_title,
    clip_quote,
    copies_said,
    glance,
    headline,
    in_a_row,
    left_out,
    more_unique,
    named_as,
    none_shared,
    passage,
    passage_left,
    ran_between,
    source_facts,
    spread_note,
    stories_by_event,
    stories_note,
    topic_heading,
    undated_note,
    unique_caveat,
    words_note,
)

__all__ = ["brief_markdown"]


def brief_markdown(report: Report, options: RenderOptions = RenderOptions()) -> str:
    brief = plan_brief(report, options)
    out = [f"# {md(brief_title(brief, options))}", "", md(glance(brief)), ""]
    if options.index:
        out[1:1] = ["", f"[← All stories](<{options.index}>)"]
    out += _stories(brief)
    out += _in_short(brief)
    out += _timeline(brief)
    out += ["## What the sources agree on", "", *_points(brief)]
    out += ["## Where they differ", "", *_conflicts(brief)]
    out += ["## What only one source says", "", *_unique(brief), *_near(brief)]
    out += ["## Who covers what", "", *_coverage(brief)]
    out += ["## Topic by topic", "", *_topics(brief)]
    out += ["## Quotes", "", *_quotes(brief)]
    out += ["## Sources", "", *_sources(brief)]
    out += md_failures(report.failures)
    return marked("\n".join(out))


def _stories(brief: Brief) -> list[str]:
    """A brief on articles that report different events says so first, and which they are."""
    note = stories_note(brief)
    if note is None:
        spread = spread_note(brief)
        return [f"> **Note.** {md(spread)}", ""] if spread else []
    events = "; ".join(_who(brief, ids) for ids in stories_by_event(brief))
    return [f"> **Note.** {md(note)}" + (f" By event: {events}." if events else ""), ""]


def _in_short(brief: Brief) -> list[str]:
    """The merged summary, each sentence with the sources that report it."""
    if not brief.report.in_short:
        return []
    speakers = brief.report.comparison.speaker()
    otherwise = brief.report.comparison.told_otherwise()

    def by(text: str, ids: Sequence[str]) -> str:
        who = speakers.get((ids[0], text))
        day = brief.day_of(ids[0])
        others, in_words = otherwise.get((ids[0], text), ((), False))
        differ = f" ({_who(brief, others)}: {another_of(in_words)})" if others else ""
        said = (f"{md(who)}, " if who else "") + _who(brief, ids) + (f", {day}" if day else "")
        return said + differ

    lines = [f"- {md(text)} — {by(text, ids)}" for text, ids in brief.report.in_short]
    return ["## In short", "", *lines, ""]


def _timeline(brief: Brief) -> list[str]:
    """The sources by date, earliest first, each with its headline (plan.Timeline)."""
    timeline = brief.timeline
    if timeline is None:
        return []

    def line(a: Article) -> str:
        return (
            f"- **{md((a.date or '')[:10])}** · {_who(brief, [a.id])} {md_link(headline(a), a.url)}"
        )

    out = ["## " + TIMELINE_HEADING, "", TIMELINE_NOTE, "", *map(line, timeline.early)]
    if timeline.left:
        gap = md(ran_between(timeline.left)).replace(FULL_FLAG, f"`{FULL_FLAG}`")
        out += [f"- *{gap}*", *map(line, timeline.late)]
    out.append("")
    if timeline.undated:
        out += [f"{undated_note(len(timeline.undated))} {_who(brief, timeline.undated)}.", ""]
    return out


def _who(brief: Brief, ids: Sequence[str]) -> str:
    return ", ".join(f"**{md(brief.labels[i])}**" for i in ids)


def _codes(text: str) -> str:
    """Words of the brief's own (not article text: nothing to escape) with the flag and the
    JSON field in them as code."""
    return text.replace(JSON_FLAG, f"`{JSON_FLAG}`").replace(UNIQUE_MORE, f"`{UNIQUE_MORE}`")


def _more(left: int) -> list[str]:
    """The note a cut leaves: how many it left out, and the flag that shows them."""
    return [f"*{md(left_out(left)).replace(FULL_FLAG, f'`{FULL_FLAG}`')}*", ""] if left else []


def _points(brief: Brief) -> list[str]:
    out = _point_list(brief, brief.points.shown, brief.points.left)
    if brief.points.shown:
        heading = f"**{POSSIBLE_HEADING}** {md(POSSIBLE_NOTE)}"
    elif brief.possible.shown:
        out, heading = [], f"{NONE_STATED} {CLOSEST} {md(POSSIBLE_NOTE)}"
    else:
        return [md(none_shared(brief)), ""]
    if brief.possible.shown:
        out += [heading, "", *_point_list(brief, brief.possible.shown, brief.possible.left)]
    return out


def _point_list(brief: Brief, shown: Sequence[Point], left: int) -> list[str]:
    out = []
    for n, point in enumerate(shown, 1):
        tag = match_words(point.alignment.confidence) + words_note(point) + in_a_row(point)
        differ = f" ({_who(brief, point.differ)}: {another_says(point)})" if point.differ else ""
        differ += f" ({_who(brief, point.weaker)}: {WEAKER})" if point.weaker else ""
        before = point.context
        after = (
            f" *(after, in {_who(brief, [before.article])}: “{md(clip_quote(before.text, brief.full))}”)*"
            if before
            else ""
        )
        text, unshown = passage(point, point.lead.article, brief.full)
        cut_short = f" *({passage_left(unshown)})*" if unshown else ""
        out.append(f"{n}. {md(text)}{cut_short} — {_carried(brief, point)}{differ} · {tag}{after}")
        if brief.full:
            out += [
                _said(
                    brief,
                    ref,
                    "   - ",
                    less_surely=ref.article in point.weaker,
                    text=passage(point, ref.article, True)[0],
                )
                for ref in point.alignment.sentences
            ]
            for part in (point.alignment, *point.then):  # (a passage's: each sentence's)
                if not part.diff:
                    continue
                first, second = part.closest
                pair = f"{_who(brief, [first.article])} → {_who(brief, [second.article])}"
                if all(op.op is DiffKind.KEEP for op in part.diff):
                    # as the page does: no diff of one text printed twice
                    out.append(f"   - Wording, {pair}: {WORD_FOR_WORD}")
                else:
                    out.append(f"   - Wording, {pair}: {diff_markdown(part.diff, separate=True)}")
        else:
            # How the other sources put it, as the page folds it away: the sentence shown is
            # one source's, and may say more than the others do (a review read "52 people
            # died and approximately 700 were injured" as said by four sources, two of which
            # give no injured; and the sample's "Austin said he also discussed ..." as said
            # by 000 and 003, which name no Austin).
            out += [
                f"   - {_who(brief, sources)}"
                + (f" ({WEAKER})" if set(sources) <= set(point.weaker) else "")
                + f": {md(text)}"
                for text, sources in _other_wordings(point)
            ]
    return [*out, "", *_more(left)]


def _carried(brief: Brief, point: Point) -> str:
    """The point's sources, those that print the lead first: "**M0017**; also **M0014**,
    **M0015**" (Point.in_its_words)."""
    own, others = point.in_its_words
    return _who(brief, own) + (f"; also {_who(brief, others)}" if others else "")


def _other_wordings(point: Point) -> list[tuple[str, list[str]]]:
    """Each text a point's other sources print it in (a passage's as far as the lead's is
    shown), once, with the sources that print it word for word (a wire story two outlets
    run), in the members' order; not the lead's own text. Texts only nearly the same
    (Alignment.same_words) are each listed: one may change a word, and a review read 014's
    "as a breach of human rights" given to two sources that do not say it."""
    out: dict[str, tuple[str, list[str]]] = {}
    lead = " ".join(passage(point, point.lead.article, False)[0].split())
    for ref in point.alignment.sentences:
        text = passage(point, ref.article, False)[0]
        key = " ".join(text.split())
        if ref != point.lead and key != lead:
            out.setdefault(key, (text, []))[1].append(ref.article)
    return list(out.values())


def _said(
    brief: Brief, ref: SentenceRef, prefix: str, less_surely: bool = False, text: str = ""
) -> str:
    mark = f" ({WEAKER})" if less_surely else ""
    return f"{prefix}{_who(brief, [ref.article])}{mark}: {md(text or ref.text)}"


def _conflicts(brief: Brief) -> list[str]:
    return [*_disagreements(brief), *_disputes(brief), *_figures(brief), *_copy_changes(brief)]


def _figures(brief: Brief) -> list[str]:
    """The toll as each source gives it (FIGURES_HEADING): a row per figure, its measure
    named on the first."""
    if not brief.figures:
        return []
    heading = figures_heading([measure for measure, _ in brief.figures])
    out = [f"**{heading}** {md(FIGURES_NOTE)}", ""]
    out += ["| measure | source | date | figure | in its words |", "|---|---|---|---|---|"]
    left = 0
    for measure, shown in brief.figures:
        left += shown.left
        for n, f in enumerate(shown.shown):
            what = md(measure.what) if n == 0 else ""
            out.append(
                f"| {what} | {_who(brief, [f.sentence.article])} | {brief.day_of(f.sentence.article)}"
                f" | {md(f.shown)} | {md(f.sentence.text)} |"
            )
    return [*out, "", *_more(left)]


def _read_after(before: SentenceRef | None, full: bool) -> str:
    """The sentence a dispute that points back is read after, in brackets ("" for none)."""
    return f" *(after: “{md(clip_quote(before.text, full))}”)*" if before else ""


def _disputes(brief: Brief) -> list[str]:
    """The disputes the sources report (DISPUTES_HEADING), each with its source."""
    if not brief.disputes.shown:
        return []
    speakers = brief.report.comparison.speaker()
    out = [f"**{DISPUTES_HEADING}** {md(DISPUTES_NOTE)}", ""]
    comparison = brief.report.comparison
    out += [
        f"- {md(ref_with_speaker(r, speakers))} — {_who(brief, ids)}"
        + (f"; also {_who(brief, also)}" if also else "")
        + _read_after(comparison.read_after(r), brief.full)
        for r, ids, also in brief.disputes.shown
    ]
    return [*out, "", *_more(brief.disputes.left)]


def _copy_changes(brief: Brief) -> list[str]:
    """A near copy's sentences worded otherwise than its original's (CHANGED_HEADING)."""
    if not brief.changed.shown:
        return []
    out = [f"**{CHANGED_HEADING}** {md(CHANGED_NOTE)}", ""]
    for mine, theirs, original in brief.changed.shown:
        line = f"- {_who(brief, [mine.article])}: {_quoted(mine.text)}"
        if theirs is not None:
            line += f" — {_who(brief, [theirs.article])}: {_quoted(theirs.text)}"
        else:
            line += f" — {md(COPY_ADDS)} {_who(brief, [original])}"
        out.append(line)
    return [*out, "", *_more(brief.changed.left)]


def _quoted(text: str) -> str:
    """A sentence in quotation marks, unless it opens with its own."""
    return md(text) if text[:1] in "\"“‘'" else f"“{md(text)}”"


def _disagreements(brief: Brief) -> list[str]:
    if not brief.conflicts.shown:
        return ["No disagreement between the sources found in the points they share.", ""]
    out = ["| what | one source says | another says |", "|---|---|---|"]
    for d in brief.conflicts.shown:
        sides = [
            f"{_who(brief, [r.article for r in refs])}: **{md(says)}** — "
            + " / ".join(md(r.text) for r in refs)
            for says, refs in d.figures
        ]
        when = dates_note(brief.articles, d)
        what = md(d.what) + (f"<br>*{md(when[0].upper() + when[1:])}*" if when else "")
        out.append(f"| {what} | {sides[0]} | {'<br>'.join(sides[1:])} |")
    return [*out, "", *_more(brief.conflicts.left)]


def _unique(brief: Brief) -> list[str]:
    out = []
    left = 0
    speakers = brief.report.comparison.speaker()

    def text(r: SentenceRef) -> str:
        return md(ref_with_speaker(r, speakers))

    for lines in brief.unique:
        left += lines.lines.left
        if not lines.lines.shown:
            continue
        first, *rest = lines.lines.shown
        out.append(f"- {_who(brief, [first.article])}: {text(first)}")
        out += [f"  - {text(r)}" for r in rest]
    if not out:
        return ["Every point is made by two sources or more.", ""]
    more = (
        [f"*{_codes(more_unique(brief.unique_more_count))}*", ""] if brief.unique_more_count else []
    )
    return [unique_caveat(brief), "", *out, "", *_more(left), *more]


def _near(brief: Brief) -> list[str]:
    """The near matches, not grouped (NEAR_HEADING), each beside its closest sentence."""
    if not brief.near.shown:
        note = md(near_count(brief.near.left)).replace(FULL_FLAG, f"`{FULL_FLAG}`")
        return [f"*{note}*", ""] if brief.near.left else []
    speakers = brief.report.comparison.speaker()
    out = [f"**{NEAR_HEADING}** {md(NEAR_NOTE)}", ""]
    for u in brief.near.shown:
        (a, first), (b, second) = near_sides(u, speakers)
        out.append(
            f"- {_who(brief, [a])}: {md(first)} ↔ {_who(brief, [b])}: {md(second)}"
            f" · near ({u.score:.2f})"
        )
    return [*out, "", *_more(brief.near.left)]


def _coverage(brief: Brief) -> list[str]:
    rows = brief.report.comparison.coverage()
    if not rows:
        return ["No topics.", ""]
    sources = brief.report.comparison.sources()
    head = "| topic | " + " | ".join(md(brief.labels[a.id]) for a in sources) + " |"
    rule = "|---|" + "---:|" * len(sources)
    body = [
        f"| {md(label)} | " + " | ".join(str(c) if c else "—" for c in counts) + " |"
        for label, counts in rows
    ]
    return ["Sentences each source gives each topic (— for none found).", "", head, rule, *body, ""]


def _topics(brief: Brief) -> list[str]:
    if not brief.topics:
        return ["No topics.", ""]
    out: list[str] = []
    left = 0
    speakers = brief.report.comparison.speaker()
    for topic, by_source in brief.topics:
        out += [f"### {md(topic_heading(topic))}", ""]
        if not topic.sentences:
            out += [f"No sentence matches “{md(topic.query or topic.label)}”.", ""]
            continue
        note = absent_note(topic)
        if note:
            out += [f"*{md(note)}*", ""]
        named = named_as(topic)
        if named:
            said = (
                f"{_who(brief, [a])} {', '.join(f'“{md(p.text)}”{md(whose_words(p))}' for p in ps)}"
                for a, ps in named
            )
            out += [f"Named as: {'; '.join(said)}.", ""]
        covering = [s for s in by_source if s.lines.shown]
        out += ["| source | says |", "|---|---|"]
        for lines in covering:
            left += lines.lines.left
            out.append(f"| {_who(brief, [lines.article])} | {_cell(lines.lines, speakers)} |")
        silent = [s.article for s in by_source if not s.lines.shown]
        # (found: a topic's sentences are matched by their words, and a source may tell it in
        # others: four "Not covered by" lines of session 46's blind reads were refused)
        out += ["", f"None found in {_who(brief, silent)}.", ""] if silent else [""]
    return [*out, *_more(left)]


def _cell(lines: Cut[SentenceRef], speakers: dict[tuple[str, str], str]) -> str:
    """A source's sentences on a topic (a quote with its speaker where only another sentence
    names them), and how many more."""
    text = "<br>".join(md(ref_with_speaker(r, speakers)) for r in lines.shown)
    return text + (f" *(+{lines.left} more)*" if lines.left else "")


def _quotes(brief: Brief) -> list[str]:
    comparison = brief.report.comparison
    if not comparison.quotes:
        return ["No quotes found.", ""]
    out: list[str] = []
    for group in brief.matched_quotes:
        out += ["| source | quote | speaker |", "|---|---|---|"]
        out += [
            f"| {_who(brief, [q.article])} | “{md(q.text)}” | {md(q.speaker or '')} |"
            for q in group.quotes
        ]
        out.append("")
        if group.diff and any(op.op != DiffKind.KEEP for op in group.diff):
            out += [f"Wording: {diff_markdown(group.diff, separate=True)}", ""]
    single = brief.single_quotes
    if single.shown:
        out += [
            "Quoted by one source only:" if brief.matched_quotes else "Each quoted by one source:",
            "",
            "| source | quote | speaker |",
            "|---|---|---|",
        ]
        for group in single.shown:
            q = group.quotes[0]
            said = md(clip_quote(q.text, brief.full))
            out.append(f"| {_who(brief, [q.article])} | “{said}” | {md(q.speaker or '')} |")
        out.append("")
    return [*out, *_more(single.left)]


def _sources(brief: Brief) -> list[str]:
    out = ["| source | title | outlet, author, date | words |", "|---|---|---|---:|"]
    for a in brief.articles:
        facts = " · ".join(md(f) for f in source_facts(a)) or "—"
        out.append(
            f"| {_who(brief, [a.id])} | {md_link(a.title, a.url)} | {facts} | {a.word_count} |"
        )
    out.append("")
    for line in brief.copies:
        between, after = copies_said(line)
        copies = _who(brief, [d.copy for d in line.copies])
        after = md(after).replace(FULL_FLAG, f"`{FULL_FLAG}`")
        out.append(f"- {copies}{between}{_who(brief, [line.original])}{after}")
    if brief.copies:
        out.append("")
    summaries = brief.summaries
    if brief.full and summaries:
        algorithm = next(iter(summaries.values())).algorithm
        # (an analyst read "summaries by `news`" as unexplained jargon, session 54)
        out += [
            f"### Each source in brief (its central sentences, as the `{md(algorithm)}`"
            " summariser picks them)",
            "",
        ]
        for a in brief.articles:
            if a.id in summaries:
                out += [f"{_who(brief, [a.id])}", ""]
                out += [f"{n}. {md(s.text)}" for n, s in enumerate(summaries[a.id].sentences, 1)]
                out.append("")
    elif summaries:
        out += [f"*Each source's summary: `{FULL_FLAG}`.*", ""]
    return out
