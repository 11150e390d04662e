"""A brief as one self-contained HTML page: a pure function, str out.

No network and nothing beside the file: the style sheet is inlined, there is no script,
and the only links are to the sources' own http(s) URLs and to places in the page. Every
piece of input text (sentences, titles, ids, labels, metadata) goes through _e(), which
makes it terminal-safe and HTML-escaped, quotes included, so no input can add markup or
an attribute. The same input gives the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from ...models import (
    GENERATOR_META,
    Alignment,
    Article,
    DiffKind,
    DiffOp,
    QuoteGroup,
    RenderOptions,
    Report,
    SentenceRef,
)
from ...safe_text import safe
from .._text import near_sides, ref_with_speaker, safe_url, with_speaker
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
from .style import CSS, HEAT_STEPS
from .words import (
    CHANGED_HEADING,
    CHANGED_NOTE,
    CLOSEST,
    COPY_ADDS_SIDE,
    JSON_FLAG,
    NONE_STATED,
    POSSIBLE_HEADING,
    POSSIBLE_NOTE,
    TIMELINE_HEADING,
    TIMELINE_NOTE,
    UNIQUE_MORE,
    WEAKER,
    agreed_points,
    another_of,
    another_says,
    brief_title,
    clip_quote,
    copies_said,
    glance,
    headline,
    in_a_row,
    in_the_same_words,
    left_out,
    more_unique,
    named_as,
    none_shared,
    passage,
    passage_left,
    plural,
    possibly,
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

__all__ = ["brief_html"]


def _e(text: str) -> str:
    return html.escape(safe(text), quote=True)


def brief_html(report: Report, options: RenderOptions = RenderOptions()) -> str:
    brief = plan_brief(report, options)
    title = brief_title(brief, options)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        GENERATOR_META,
        f"<title>{_e(title)}</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        *([f'<p><a href="{_e(options.index)}">← All stories</a></p>'] if options.index else []),
        *_header(brief, title),
        *_stories(brief),
        *_in_short(brief),
        *_timeline(brief),
        *_section("agree", "What the sources agree on", _points(brief)),
        *_section("differ", "Where they differ", _conflicts(brief)),
        *_section("unique", "What only one source says", [*_unique(brief), *_near(brief)]),
        *_section("coverage", "Who covers what", _coverage(brief)),
        *_section("topics", "Topic by topic", _topics(brief)),
        *_section("quotes", "Quotes", _quotes(brief)),
        *_section("sources", "Sources", _sources(brief)),
        *_failures(brief),
        "<footer>Made with summarise, offline: the same articles give the same page.</footer>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _section(anchor: str, heading: str, body: list[str]) -> list[str]:
    return [f'<section id="{anchor}">', f"<h2>{heading}</h2>", *body, "</section>"]


def _header(brief: Brief, title: str) -> list[str]:
    """The title, what was read, and the three answers, each a link to its section."""
    comparison = brief.report.comparison
    agreed, maybe = agreed_points(brief)
    answers = [
        (
            "agree",
            agreed,
            "point",
            "found in two or more sources"
            + in_the_same_words(agreed, brief.same_words, brief.nearly)
            + possibly(agreed, maybe),
        ),
        (
            "differ",
            len(comparison.disagreements),
            "disagreement",
            "found where they match"
            + (
                f"; {plural(len(comparison.dispute_lines()), 'dispute')} reported"
                if comparison.disputes
                else ""
            ),
        ),
        ("unique", brief.unique_count, "point", "found in one source only"),
    ]
    items = [
        f'<li><a href="#{anchor}"><span class="n">{n:,}</span> {_e(plural(n, what).split(" ", 1)[1])} {rest}</a></li>'
        if n
        else f'<li><a href="#{anchor}"><span class="n">No</span> {what}s {rest}</a></li>'
        for anchor, n, what, rest in answers
    ]
    return [
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="glance">{_e(glance(brief, answers=False))}</p>',
        '<ul class="answers">',
        *items,
        "</ul>",
        "</header>",
    ]


def _stories(brief: Brief) -> list[str]:
    """A brief on articles that report different events says so first, and which they are."""
    note = stories_note(brief)
    if note is None:
        spread = spread_note(brief)
        return [f'<p class="note"><strong>Note.</strong> {_e(spread)}</p>'] if spread else []
    events = "; ".join(_chips(brief, ids) for ids in stories_by_event(brief))
    more = f" By event: {events}." if events else ""
    return [f'<p class="note"><strong>Note.</strong> {_e(note)}{more}</p>']


def _chip(brief: Brief, article_id: str) -> str:
    k, article = next((k, a) for k, a in enumerate(brief.articles) if a.id == article_id)
    return (
        f'<a class="src" href="#source-{k}" title="{_e(article.title)}">'
        f"{_e(brief.labels[article_id])}</a>"
    )


def _chips(brief: Brief, ids: Iterable[str]) -> str:
    return " ".join(_chip(brief, i) for i in ids)


def _codes(text: str) -> str:
    """Words of the brief's own, escaped, with the flag and the JSON field in them as code."""
    out = _e(text)
    for name in (JSON_FLAG, UNIQUE_MORE):
        out = out.replace(_e(name), f"<code>{_e(name)}</code>")
    return out


def _more(left: int) -> list[str]:
    if not left:
        return []
    note = _e(left_out(left)).replace(FULL_FLAG, f"<code>{FULL_FLAG}</code>")
    return [f'<p class="more">{note}</p>']


def _open(brief: Brief) -> str:
    return " open" if brief.full else ""


def _diff(ops: Sequence[DiffOp]) -> str:
    """A word diff inline: <del> removed, <ins> added, every space kept (the page shows
    diffs with white-space: pre-wrap), and a space between words removed and the words put
    in their place: copied, or read aloud, "involved</del><ins>New Delhi's" had run together
    as "involvedNew Delhi's"."""
    tags = {DiffKind.DELETE: "del", DiffKind.INSERT: "ins"}
    out = []
    for k, op in enumerate(ops):
        if op.op == DiffKind.KEEP:
            out.append(_e(op.text))
            continue
        if op.op == DiffKind.INSERT and k and ops[k - 1].op == DiffKind.DELETE:
            out.append(" ")
        out.append(f"<{tags[op.op]}>{_e(op.text)}</{tags[op.op]}>")
    return "".join(out)


def _day(day: str) -> str:
    return f' <time datetime="{_e(day)}">{_e(day)}</time>' if day else ""


def _in_short(brief: Brief) -> list[str]:
    """The merged summary, each sentence with the sources that report it."""
    if not brief.report.in_short:
        return []
    speakers = brief.report.comparison.speaker()
    otherwise = brief.report.comparison.told_otherwise()

    def differ(text: str, ids: Sequence[str]) -> str:
        others, in_words = otherwise.get((ids[0], text), ((), False))
        return f" ({_chips(brief, others)}: {_e(another_of(in_words))})" if others else ""

    items = [
        f"<li>{_e(with_speaker(text, speakers.get((ids[0], text))))} "
        f'<span class="by">{_chips(brief, ids)}{_day(brief.day_of(ids[0]))}'
        f"{differ(text, ids)}</span></li>"
        for text, ids in brief.report.in_short
    ]
    return _section("short", "In short", ['<ul class="short">', *items, "</ul>"])


def _points(brief: Brief) -> list[str]:
    out = _point_list(brief, brief.points.shown, brief.points.left)
    if not brief.points.shown and not brief.possible.shown:
        return [f"<p>{_e(none_shared(brief))}</p>"]
    if not brief.points.shown:
        out = [f"<p>{_e(NONE_STATED)}</p>"]
    if brief.possible.shown:
        # under NONE_STATED, "The closest", as Markdown says: "also" would follow nothing
        heading = POSSIBLE_HEADING if brief.points.shown else CLOSEST
        out += [
            f'<h3 class="possible">{_e(heading)}</h3>',
            f'<p class="note">{_e(POSSIBLE_NOTE.strip("():").capitalize())}.</p>',
            *_point_list(brief, brief.possible.shown, brief.possible.left),
        ]
    return out


def _point_list(brief: Brief, shown: Sequence[Point], left: int) -> list[str]:
    out = ['<ol class="points">']
    for point in shown:
        before = point.context
        after = (
            [
                f'<p class="context">After, in {_e(brief.labels[before.article])}: '
                f"“{_e(clip_quote(before.text, brief.full))}”</p>"
            ]
            if before
            else []
        )
        text, unshown = passage(point, point.lead.article, brief.full)
        cut_short = (
            f' <span class="context">({_e(passage_left(unshown))})</span>' if unshown else ""
        )
        out += ["<li>", f"<p>{_e(text)}{cut_short}</p>", *after, *_wordings(brief, point), "</li>"]
    return [*out, "</ol>", *_more(left)]


def _carried(brief: Brief, point: Point) -> str:
    """The point's sources, those that print the lead first (Point.in_its_words)."""
    own, others = point.in_its_words
    return _chips(brief, own) + (f"; also {_chips(brief, others)}" if others else "")


def _wordings(brief: Brief, point: Point) -> list[str]:
    """Who carries a point and how sure the match is; unfolded, each source's sentence
    for it and the word diff of the closest pair."""
    a: Alignment = point.alignment
    out = [
        f'<details class="by"{_open(brief)}>',
        f"<summary>{_carried(brief, point)}"
        + (f" ({_chips(brief, point.differ)}: {_e(another_says(point))})" if point.differ else "")
        + (f" ({_chips(brief, point.weaker)}: {_e(WEAKER)})" if point.weaker else "")
        + " · "
        f'<span class="match">{match_words(a.confidence)}{_e(words_note(point))}'
        f"{_e(in_a_row(point))}</span> · "
        '<span class="how">their words</span></summary>',
        '<ul class="said">',
        *(
            f"<li>{_chip(brief, r.article)}"
            + (f" ({_e(WEAKER)})" if r.article in point.weaker else "")
            + f" {_e(passage(point, r.article, True)[0])}</li>"
            for r in a.sentences
            if r != point.lead
        ),
        "</ul>",
    ]
    for part in (a, *point.then):  # (a passage's: each sentence's)
        if part.diff and any(op.op != DiffKind.KEEP for op in part.diff):
            first, second = part.closest
            out.append(
                f'<p class="diff">{_chip(brief, first.article)} → '
                f"{_chip(brief, second.article)}: {_diff(part.diff)}</p>"
            )
    return [*out, "</details>"]


def _conflicts(brief: Brief) -> list[str]:
    return [*_disagreements(brief), *_disputes(brief), *_figures(brief), *_copy_changes(brief)]


def _figures(brief: Brief) -> list[str]:
    """The toll as each source gives it (FIGURES_HEADING): a row per figure, under its
    measure's name."""
    if not brief.figures:
        return []
    out = [
        f"<h3>{_e(figures_heading([measure for measure, _ in brief.figures]))}</h3>",
        f'<p class="note">{_e(FIGURES_NOTE.strip("():").capitalize())}.</p>',
        '<table class="figures">',
        "<thead><tr><th>measure</th><th>source</th><th>date</th><th>figure</th>"
        "<th>in its words</th></tr></thead>",
        "<tbody>",
    ]
    left = 0
    for measure, shown in brief.figures:
        left += shown.left
        for n, f in enumerate(shown.shown):
            what = f'<th scope="row">{_e(measure.what)}</th>' if n == 0 else "<td></td>"
            out.append(
                f"<tr>{what}<td>{_chip(brief, f.sentence.article)}</td>"
                f'<td class="date">{_e(brief.day_of(f.sentence.article))}</td>'
                f'<td class="says">{_e(f.shown)}</td><td>{_e(f.sentence.text)}</td></tr>'
            )
    return [*out, "</tbody>", "</table>", *_more(left)]


def _disputes(brief: Brief) -> list[str]:
    """The disputes the sources report (DISPUTES_HEADING), each with its source."""
    if not brief.disputes.shown:
        return []
    speakers = brief.report.comparison.speaker()
    comparison = brief.report.comparison
    items = [
        f"<li>{_chips(brief, ids)} {_e(ref_with_speaker(r, speakers))}"
        + (f" (also {_chips(brief, also)})" if also else "")
        + (
            f' <span class="context">(after: “{_e(clip_quote(before.text, brief.full))}”)</span>'
            if (before := comparison.read_after(r))
            else ""
        )
        + "</li>"
        for r, ids, also in brief.disputes.shown
    ]
    return [
        f"<h3>{_e(DISPUTES_HEADING)}</h3>",
        f'<p class="note">{_e(DISPUTES_NOTE.strip("():").capitalize())}.</p>',
        '<ul class="disputes">',
        *items,
        "</ul>",
        *_more(brief.disputes.left),
    ]


def _copy_changes(brief: Brief) -> list[str]:
    """A near copy's sentences worded otherwise than its original's (CHANGED_HEADING)."""
    if not brief.changed.shown:
        return []
    out = [
        f"<h3>{_e(CHANGED_HEADING)}</h3>",
        f'<p class="note">{_e(CHANGED_NOTE.strip("():").capitalize())}.</p>',
    ]
    for mine, theirs, original in brief.changed.shown:
        out.append('<div class="pair">')
        out += [
            f'<div class="side">{_chip(brief, r.article)} <p>{_e(r.text)}</p></div>'
            for r in (mine, theirs)
            if r is not None
        ]
        if theirs is None:
            out.append(
                f'<div class="side">{_chip(brief, original)} '
                f'<p class="note">{_e(COPY_ADDS_SIDE)}</p></div>'
            )
        out.append("</div>")
    return [*out, *_more(brief.changed.left)]


def _disagreements(brief: Brief) -> list[str]:
    if not brief.conflicts.shown:
        return ["<p>No disagreement between the sources found in the points they share.</p>"]
    out = []
    for d in brief.conflicts.shown:
        when = dates_note(brief.articles, d)
        out.append(f"<h3>{_e(d.what)}</h3>")
        out += [f'<p class="more">{_e(when[0].upper() + when[1:])}.</p>'] if when else []
        out.append('<div class="pair">')
        for says, refs in d.figures:
            if len(refs) == 1:
                head, texts = f"{_chip(brief, refs[0].article)} ", f"<p>{_e(refs[0].text)}</p>"
            else:  # each sentence under its source's chip
                head = ""
                texts = "".join(f"<p>{_chip(brief, r.article)} {_e(r.text)}</p>" for r in refs)
            out.append(f'<div class="side">{head}<span class="says">{_e(says)}</span>{texts}</div>')
        out.append("</div>")
    return [*out, *_more(brief.conflicts.left)]


def _unique(brief: Brief) -> list[str]:
    items = []
    left = 0
    speakers = brief.report.comparison.speaker()
    for lines in brief.unique:
        left += lines.lines.left
        items += [
            f"<li>{_chip(brief, r.article)} {_e(ref_with_speaker(r, speakers))}</li>"
            for r in lines.lines.shown
        ]
    if not items:
        return ["<p>Every point is made by two sources or more.</p>"]
    return [
        f'<p class="legend">{_e(unique_caveat(brief))}</p>',
        '<ul class="said">',
        *items,
        "</ul>",
        *_more(left),
        *(
            [f'<p class="more">{_codes(more_unique(brief.unique_more_count))}</p>']
            if brief.unique_more_count
            else []
        ),
    ]


def _near(brief: Brief) -> list[str]:
    """The near matches, not grouped (NEAR_HEADING), each beside its closest sentence."""
    if not brief.near.shown:
        note = _e(near_count(brief.near.left)).replace(FULL_FLAG, f"<code>{FULL_FLAG}</code>")
        return [f'<p class="more">{note}</p>'] if brief.near.left else []
    speakers = brief.report.comparison.speaker()
    items = []
    for u in brief.near.shown:
        (a, first), (b, second) = near_sides(u, speakers)
        items.append(
            f"<li>{_chip(brief, a)} {_e(first)} ↔ {_chip(brief, b)} {_e(second)}"
            f" · near ({u.score:.2f})</li>"
        )
    return [
        f"<h3>{_e(NEAR_HEADING)}</h3>",
        f'<p class="note">{_e(NEAR_NOTE.strip("():").capitalize())}.</p>',
        '<ul class="said">',
        *items,
        "</ul>",
        *_more(brief.near.left),
    ]


def _coverage(brief: Brief) -> list[str]:
    rows = brief.report.comparison.coverage()
    if not rows:
        return ["<p>No topics.</p>"]
    most = max((c for _, counts in rows for c in counts), default=0) or 1
    sources = brief.report.comparison.sources()
    head = "".join(f'<th scope="col">{_chip(brief, a.id)}</th>' for a in sources)
    out = [
        '<div class="scroll">',
        '<table class="heat">',
        f'<thead><tr><th scope="col">topic</th>{head}</tr></thead>',
        "<tbody>",
    ]
    for label, counts in rows:
        cells = "".join(f'<td class="n h{_level(c, most)}">{c if c else "—"}</td>' for c in counts)
        out.append(f'<tr><th scope="row" class="topic">{_e(label)}</th>{cells}</tr>')
    legend = "".join(f'<span class="h{k}">&nbsp;</span>' for k in range(HEAT_STEPS))
    return [
        *out,
        "</tbody>",
        "</table>",
        "</div>",
        f'<p class="legend">Sentences each source gives each topic: {legend} none to {most}.</p>',
    ]


def _level(count: int, most: int) -> int:
    """A count's step on the heat scale: 0 for none, then up to HEAT_STEPS - 1 for the most."""
    steps = HEAT_STEPS - 1
    return 0 if count <= 0 else min(steps, -(-steps * count // most))


def _topics(brief: Brief) -> list[str]:
    if not brief.topics:
        return ["<p>No topics.</p>"]
    out: list[str] = []
    left = 0
    speakers = brief.report.comparison.speaker()
    for topic, by_source in brief.topics:
        out.append(f"<h3>{_e(topic_heading(topic))}</h3>")
        if not topic.sentences:
            out.append(f"<p>No sentence matches “{_e(topic.query or topic.label)}”.</p>")
            continue
        note = absent_note(topic)
        if note:
            out.append(f'<p class="by">{_e(note)}</p>')
        named = named_as(topic)
        if named:
            said = (
                f"{_chip(brief, a)} {', '.join(f'“{_e(p.text)}”{_e(whose_words(p))}' for p in ps)}"
                for a, ps in named
            )
            out.append(f'<p class="by">Named as: {"; ".join(said)}.</p>')
        out.append('<div class="grid">')
        for lines in by_source:
            if lines.lines.shown:
                left += lines.lines.left
                cell = _cell(lines.lines, speakers)
                out.append(f'<div class="cell">{_chip(brief, lines.article)}{cell}</div>')
        out.append("</div>")
        silent = [s.article for s in by_source if not s.lines.shown]
        if silent:
            out.append(f'<p class="by">None found in {_chips(brief, silent)}.</p>')
    return [*out, *_more(left)]


def _cell(lines: Cut[SentenceRef], speakers: dict[tuple[str, str], str]) -> str:
    """A source's sentences on a topic (a quote with its speaker where only another sentence
    names them), and how many more."""
    said = (ref_with_speaker(r, speakers) for r in lines.shown)
    text = "".join(f"<p>{_e(t)}</p>" for t in said)
    return text + (f'<p class="more">+{lines.left} more</p>' if lines.left else "")


def _quotes(brief: Brief) -> list[str]:
    if not brief.report.comparison.quotes:
        return ["<p>No quotes found.</p>"]
    out: list[str] = []
    for group in brief.matched_quotes:
        out += ["<h3>Quoted by more than one source</h3>", *_quote_group(brief, group)]
    if brief.single_quotes.shown:
        if brief.matched_quotes:
            out.append("<h3>Quoted by one source only</h3>")
        for group in brief.single_quotes.shown:
            out += _quote_group(brief, group)
    return [*out, *_more(brief.single_quotes.left)]


def _quote_group(brief: Brief, group: QuoteGroup) -> list[str]:
    out = []
    for q in group.quotes:
        who = f"{_e(q.speaker)}, " if q.speaker else ""
        said = q.text if len(group.quotes) > 1 else clip_quote(q.text, brief.full)
        out.append(
            f"<blockquote><p>“{_e(said)}”</p>"
            f'<p class="by">— {who}{_chip(brief, q.article)}</p></blockquote>'
        )
    if len(group.quotes) > 1 and any(op.op != DiffKind.KEEP for op in group.diff):
        out.append(f'<p class="diff">Wording: {_diff(group.diff)}</p>')
    return out


def _sources(brief: Brief) -> list[str]:
    summaries = brief.summaries
    out = ['<ul class="sources">']
    for k, a in enumerate(brief.articles):
        title = _linked(a.title, a.url)
        facts = [*source_facts(a), f"{a.word_count:,} words"]
        out += [
            f'<li id="source-{k}">',
            f'<span class="src">{_e(brief.labels[a.id])}</span> {title}',
            f'<br><span class="facts">{" · ".join(_e(f) for f in facts)}</span>',
        ]
        if brief.full and a.id in summaries and summaries[a.id].sentences:
            out += [
                f"<details{_open(brief)}><summary>Its summary</summary><ol>",
                *(f"<li>{_e(s.text)}</li>" for s in summaries[a.id].sentences),
                "</ol></details>",
            ]
        out.append("</li>")
    out.append("</ul>")
    if summaries and not brief.full:
        out.append(f'<p class="more">Each source\'s summary: <code>{FULL_FLAG}</code>.</p>')
    for line in brief.copies:
        between, after = copies_said(line)
        copies = ", ".join(_chip(brief, d.copy) for d in line.copies)
        after = _e(after).replace(FULL_FLAG, f"<code>{FULL_FLAG}</code>")
        out.append(f"<p>{copies}{_e(between)}{_chip(brief, line.original)}{after}</p>")
    return out


def _linked(text: str, url: str | None) -> str:
    """``text`` escaped, as a link to ``url`` when that is a safe http(s) one (safe_url)."""
    href = safe_url(url)
    return f'<a href="{_e(href)}">{_e(text)}</a>' if href else _e(text)


def _timeline(brief: Brief) -> list[str]:
    """The sources by date, earliest first, each with its headline (plan.Timeline)."""
    timeline = brief.timeline
    if timeline is None:
        return []

    def item(a: Article) -> str:
        title = _linked(headline(a), a.url)
        return f'<li><span class="date">{_e((a.date or "")[:10])}</span> {_chip(brief, a.id)} {title}</li>'

    out = [f"<p>{_e(TIMELINE_NOTE)}</p>", '<ul class="timeline">', *map(item, timeline.early)]
    if timeline.left:
        gap = _e(ran_between(timeline.left)).replace(FULL_FLAG, f"<code>{FULL_FLAG}</code>")
        out += [f'<li class="more">{gap}</li>', *map(item, timeline.late)]
    out.append("</ul>")
    if timeline.undated:
        out.append(
            f"<p>{_e(undated_note(len(timeline.undated)))} {_chips(brief, timeline.undated)}.</p>"
        )
    return _section("dates", TIMELINE_HEADING, out)


def _failures(brief: Brief) -> list[str]:
    failures = brief.report.failures
    if not failures:
        return []
    items = [f"<li>{_e(f.path)}: {_e(f.reason)}</li>" for f in failures]
    return _section("not-read", "Not read", ["<ul>", *items, "</ul>"])
