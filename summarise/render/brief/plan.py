"""What a brief shows, in its order, and what it leaves out: one plan for every format.

The order answers a reader's questions first: what the sources agree on, where they
differ, what only one source says; then who covers what, topic by topic, quotes and the
sources themselves. Long sections are cut (Markdown) or cut and collapsed (HTML), and each
cut says how much it left out; RenderOptions(full=True) (`report --full`) keeps everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...models import (
    LIKELY,
    Alignment,
    Article,
    Disagreement,
    Duplicate,
    Figure,
    MeasureFigures,
    QuoteGroup,
    RenderOptions,
    Report,
    SentenceRef,
    Summary,
    Topic,
    Unmatched,
)
from .._text import Cut, cut
from ..labels import article_days, source_labels, word_for_word

__all__ = [
    "FULL_FLAG",
    "Brief",
    "Cut",
    "Limits",
    "Point",
    "SourceLines",
    "Timeline",
    "cut",
    "plan_brief",
]

FULL_FLAG = "--full"  # the flag that shows what a brief leaves out, named where it cuts


@dataclass(frozen=True, slots=True)
class Limits:
    """How many items of each section a brief shows; None: all of them."""

    points: int | None = 5  # points two or more sources share
    possible: int | None = 5  # points they may share (not stated as agreed: Alignment.agreed)
    conflicts: int | None = 6
    changed: int | None = 3  # a near copy's sentences worded otherwise, over all copies
    unique: int | None = 1  # per source
    topic_sentences: int | None = 1  # per source and topic
    quotes: int | None = 3  # quotes only one source gives (those with a speaker first)
    timeline: int | None = 10  # sources by date: the first half and the last
    copies: int | None = 3  # copies of one source named each on its own line; past it, one line
    figures: int | None = 8  # figures of one measure of the toll (compare.figures)
    near: int | None = 0  # near matches, not grouped (Comparison.near_matches): counted only

    @classmethod
    def everything(cls) -> Limits:
        return cls(None, None, None, None, None, None, None, None, None, None, None)


def ranked_points(points: Iterable[Point]) -> list[Point]:
    """Points in the order a brief lists them: most sources saying the lead sentence's point
    first, those that print it in the same words counted once (Point.voices), then most
    sources, then the surest; ties keep the given order."""
    return sorted(points, key=lambda p: (-p.voices, -len(p.sources), -p.alignment.confidence))


@dataclass(frozen=True, slots=True)
class Point:
    """A point two or more sources share: the sentence that stands for it, and the group."""

    lead: SentenceRef
    alignment: Alignment
    # the points that go on from it, sentence after sentence, in the same sources (_passages)
    then: tuple[Alignment, ...] = ()

    def passage(self, article: str) -> tuple[SentenceRef, ...]:
        """What a source says of the point: its sentence, and those after it that the
        points folded into this one hold (``then``), in order."""
        return tuple(
            r for a in (self.alignment, *self.then) for r in a.sentences if r.article == article
        )

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources that say the point as its lead sentence does."""
        apart = {*self.differ, *self.weaker}
        return tuple(a for a in self.alignment.articles if a not in apart)

    @property
    def in_its_words(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Its sources as (those that print the lead sentence, the lead's own first; the
        others): the sentence shown is one source's, and a reader took "52 people died and
        approximately 700 were injured ... — M0014, M0015, M0017, M0018" as four sources'
        words, two of which give no injured (MultiLing M001, session 43)."""
        lead = " ".join(self.lead.text.split())
        printing = {self.lead.article} | {
            r.article for r in self.alignment.sentences if " ".join(r.text.split()) == lead
        }
        own = [a for a in self.sources if a in printing]  # in the sources' order,
        own.sort(key=lambda a: a != self.lead.article)  # the lead's first (a stable sort)
        return tuple(own), tuple(a for a in self.sources if a not in printing)

    @property
    def voices(self) -> int:
        """Its sources, those that print it in the same words (Alignment.same_words) counted
        once: two versions of one report repeating a sentence are one voice, not two."""
        sources = set(self.sources)
        repeats = (len(sources.intersection(text)) for text in self.alignment.same_words)
        return len(self.sources) - sum(max(n - 1, 0) for n in repeats)

    @property
    def context(self) -> SentenceRef | None:
        """The sentence the lead needs to be read after (Alignment.context; None when the
        brief shows another member than the comparator's lead)."""
        return self.alignment.context if self.lead == self.alignment.lead else None

    @property
    def weaker(self) -> tuple[str, ...]:
        """The sources of the group whose sentence is a weaker match (Alignment.weaker), named
        apart: the group's strong pairs carry it, not theirs; not the lead's, nor one that
        gives another figure (named apart already)."""
        differ = self.differ
        return tuple(a for a in self.alignment.weaker if a != self.lead.article and a not in differ)

    @property
    def differ(self) -> tuple[str, ...]:
        """The sources of the group that give another figure than the lead sentence (shown
        under "Where they differ"): they report the point, not what the lead says of it."""
        other = self.alignment.differing().get(self.lead, set())
        return tuple(a for a in self.alignment.articles if a in other)


@dataclass(frozen=True, slots=True)
class SourceLines:
    """One source's sentences in a section (its unique points, or what it says on a topic)."""

    article: str
    lines: Cut[SentenceRef]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The sources by date, earliest first (same-day ones as given): a running story as it
    ran. Cut, it shows the first sources and the last, and says how many ran between."""

    early: tuple[Article, ...]
    late: tuple[Article, ...] = ()  # after the cut, when there is one
    left: int = 0  # how many ran between early and late, not shown
    undated: tuple[str, ...] = ()  # the sources that give no date (ids)


@dataclass(frozen=True, slots=True)
class CopyLine:
    """A line of the sources' section on copies: one copy of an original, or past
    Limits.copies of them (none with sentences worded otherwise), the first few and how many
    more, on one line (a feed that carries one wire report 30 times)."""

    original: str
    copies: tuple[Duplicate, ...]
    left: int = 0

    low: float = 1.0  # the least and the most of the copies' overlaps (shown and left out)
    high: float = 1.0


# A timeline needs this many dated sources at least, on two days or more: beside two, the
# sources' table says as much.
TIMELINE_LEAST = 3


@dataclass(frozen=True, slots=True)
class Brief:
    report: Report
    labels: dict[str, str]
    full: bool
    points: Cut[Point]  # matches stated as agreed (Alignment.agreed): what the sources agree on
    same_words: int  # of those, how many every source prints in the same words (Point.voices)
    nearly: bool  # whether one or more of those has a word or a few other (labels.word_for_word)
    possible: Cut[Point]  # the other matches, shown apart: read both before relying on one
    conflicts: Cut[Disagreement]
    # sentences that report a dispute, each text once with its sources (Comparison.dispute_lines)
    disputes: Cut[tuple[SentenceRef, tuple[str, ...], tuple[str, ...]]]
    # each measure of the toll two or more sources give, with the figures shown (Limits.figures)
    figures: tuple[tuple[MeasureFigures, Cut[Figure]], ...]
    # (in the copy, in its original or None, the original's id): None where the copy adds
    # a sentence the original has no likeness of
    changed: Cut[tuple[SentenceRef, SentenceRef | None, str]]
    unique: tuple[SourceLines, ...]
    topics: tuple[tuple[Topic, tuple[SourceLines, ...]], ...]
    matched_quotes: tuple[QuoteGroup, ...]
    single_quotes: Cut[QuoteGroup]
    # sentences neither in a point nor said by one source only, each beside its closest
    # sentence of another source (Comparison.near_matches): a blind reader found sentences
    # of a brief's sources "nowhere in the brief" (session 56), as compare had shown them
    # nowhere before session 55
    near: Cut[Unmatched]
    timeline: Timeline | None = None  # None: too few sources dated, or all on one day
    copies: tuple[CopyLine, ...] = ()  # the copies, as the sources' section names them

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.report.comparison.articles

    @property
    def summaries(self) -> dict[str, Summary]:
        return {s.article.id: s for s in self.report.summaries}

    @property
    def words(self) -> int:
        return sum(a.word_count for a in self.articles)

    def day_of(self, article: str) -> str:
        """The date an article gives (YYYY-MM-DD), or "": "In short" shows it beside a
        sentence, whose "today" or "last week" means nothing without it (two analysts
        found "Four strong aftershocks have occurred on today's early morning" and "... at
        15:30 today" reading as current news)."""
        return article_days(self.articles).get(article, "")

    @property
    def unique_count(self) -> int:
        """The points found in one source only that the brief lists (with --full, every one)."""
        listed = sum(len(refs) for _, refs in self.report.comparison.unique)
        return listed + (self._more_count if self.full else 0)

    @property
    def unique_more_count(self) -> int:
        """Sentences only one source gives beyond its most central ones, which the brief does
        not list (none with --full, which lists them)."""
        return 0 if self.full else self._more_count

    @property
    def _more_count(self) -> int:
        return sum(len(refs) for _, refs in self.report.comparison.unique_more)


def plan_brief(report: Report, options: RenderOptions = RenderOptions()) -> Brief:
    limits = Limits.everything() if options.full else Limits()
    comparison = report.comparison
    # In ranked_points' order. A point only one source says as its lead does (the others
    # give another figure) is no agreement: "Where they differ" shows it.
    made = [Point(a.point_lead, a) for a in comparison.alignments]
    ranked = ranked_points(p for p in made if len(p.sources) >= 2)
    # Stated as agreed: strong matches (Alignment.agreed). Likely ones are shown beside the
    # possible ones, not stated: blind readers found them right about half the time.
    agreed = _passages([p for p in ranked if p.alignment.agreed])
    points = cut(agreed, limits.points)
    # likely matches before possible ones, then as ranked
    maybe = sorted(
        _passages([p for p in ranked if not p.alignment.agreed]),
        key=lambda p: p.alignment.confidence < LIKELY,
    )
    possible = cut(maybe, limits.possible)
    sources = [a.id for a in comparison.sources()]  # a copy is counted once
    # A source's unique point that "In short" already gives makes way for its next one.
    in_short = {text for text, _ in report.in_short}
    # (with --full, every sentence only the source gives, in its order: a brief had pointed
    # to its JSON for them, "comparison.unique_more", session 54; and had put "In short"'s
    # own last, after the sentences that lean on them, a code review's case, session 55)
    unique = {
        s: cut(
            refs if options.full else sorted(refs, key=lambda r: r.text in in_short),
            limits.unique,
        )
        for s, refs, _ in comparison.unique_and_more(options.full)
    }
    # Sentences the sections above show already: topic by topic prefers others.
    above = {(p.lead.article, p.lead.index) for p in (*points.shown, *possible.shown)}
    above |= {(r.article, r.index) for lines in unique.values() for r in lines.shown}
    topics = []
    for topic in comparison.topics:
        grouped = topic.by_articles()
        lines = (
            SourceLines(s, _on_topic(topic, grouped.get(s, ()), above, limits)) for s in sources
        )
        topics.append((topic, tuple(lines)))
    singles = [g for g in comparison.quotes if len(g.quotes) == 1]
    # Those with a speaker first, then a source's first before any source's second, so the
    # few shown come from several sources (M009's brief showed three of Rogge's, all of
    # M0090's, a fresh reader's finding); else in their order (the sort is stable).
    rank: dict[str, int] = {}
    turn = []
    for group in singles:
        quote = group.quotes[0]
        key = f"{quote.speaker is None}:{quote.article}"
        turn.append(rank.get(key, 0))
        rank[key] = turn[-1] + 1
    order = sorted(
        range(len(singles)), key=lambda k: (singles[k].quotes[0].speaker is None, turn[k])
    )
    singles = [singles[k] for k in order]
    return Brief(
        report=report,
        labels=source_labels(comparison.articles),
        full=options.full,
        points=points,
        same_words=sum(p.voices == 1 for p in agreed),
        nearly=any(p.voices == 1 and not word_for_word(p.alignment) for p in agreed),
        possible=possible,
        conflicts=cut(comparison.disagreements, limits.conflicts),
        disputes=cut(comparison.dispute_lines(), limits.conflicts),
        figures=tuple((m, cut(m.figures, limits.figures)) for m in comparison.figures),
        changed=cut(
            [(*pair, d.original) for d in comparison.duplicates for pair in d.changed],
            limits.changed,
        ),
        unique=tuple(SourceLines(s, unique[s]) for s in sources if s in unique),
        topics=tuple(topics),
        matched_quotes=tuple(g for g in comparison.quotes if len(g.quotes) > 1),
        single_quotes=cut(singles, limits.quotes),
        timeline=_timeline(report, limits.timeline),
        copies=_copy_lines(comparison.duplicates, limits.copies),
        near=cut(comparison.near_matches(), limits.near),
    )


def _passages(points: Sequence[Point]) -> list[Point]:
    """The points, those that go on from another folded into it: the same sources, each
    giving this point's sentence right after that one's, when it points back to it or three
    points or more run so (a passage). Two versions of one report share passages sentence
    by sentence; a reader counted M004's "4 points found in two or more sources" as two
    (the Roadmap's time frame, then "This includes setting ... targets"), and over the 174
    stories of BBC and MultiLing 187 of 1,077 groups went on from another, up to 14 in a row
    (a readers' comments page that two versions of one report carry). Not a point whose
    sources differ or match less surely: it is shown as its own. A folded point keeps the
    first point's place among the others."""
    # (a sentence in two points, its second a point it carries too, goes on from its first)
    at = {
        (r.article, r.index): k
        for k, p in enumerate(points)
        for r in p.alignment.sentences
        if r.article not in p.alignment.joined
    }

    def plain(point: Point) -> bool:
        return not point.differ and not point.weaker

    after: dict[int, int] = {}  # a point -> the one that goes on from it
    for k, point in enumerate(points):
        before = {at.get((r.article, r.index - 1)) for r in point.alignment.sentences}
        if len(before) != 1:
            continue
        (j,) = before
        if (
            j is not None
            and j not in after
            and set(points[j].alignment.articles) == set(point.alignment.articles)
            and plain(point)
            and plain(points[j])
            # (a likely match and a possible one are not one surety: a review's case)
            and (point.alignment.confidence < LIKELY) == (points[j].alignment.confidence < LIKELY)
        ):
            after[j] = k
    chains: dict[int, list[int]] = {}  # a passage's first point -> the points after it
    for k in sorted(set(after) - set(after.values())):
        chain = chains[k] = []
        while k in after:
            k = after[k]
            chain.append(k)
    # Two points in a row are one when the second points back ("This includes ..."): a
    # verdict and its sentence, "found Graner guilty" / "The jury sentenced Graner to ten
    # years", are two points that read in a row.
    chains = {
        k: chain
        for k, chain in chains.items()
        if len(chain) > 1 or points[chain[0]].alignment.context is not None
    }
    folded = {j for chain in chains.values() for j in chain}
    return [
        Point(p.lead, p.alignment, tuple(points[j].alignment for j in chains[k]))
        if k in chains
        else p
        for k, p in enumerate(points)
        if k not in folded
    ]


def _copy_lines(duplicates: Sequence[Duplicate], limit: int | None) -> tuple[CopyLine, ...]:
    """Each copy on its own line, but past ``limit`` copies of one original with no sentence
    worded otherwise: those on one line, at the place of the first."""
    plain: dict[str, list[Duplicate]] = {}
    for d in duplicates:
        if not d.changed:
            plain.setdefault(d.original, []).append(d)
    out: list[CopyLine] = []
    for d in duplicates:
        many = plain.get(d.original, [])
        if d.changed or limit is None or len(many) <= limit:
            out.append(CopyLine(d.original, (d,), 0, d.overlap, d.overlap))
        elif d is many[0]:
            overlaps = [c.overlap for c in many]
            shown = tuple(many[:limit])
            out.append(CopyLine(d.original, shown, len(many) - limit, min(overlaps), max(overlaps)))
    return tuple(out)


def dated_sources(report: Report) -> list[Article]:
    """The sources that give a date (a copy counted once), earliest first."""
    sources = report.comparison.sources()
    return sorted((a for a in sources if a.day is not None), key=lambda a: (a.day, a.date or ""))


def _timeline(report: Report, limit: int | None) -> Timeline | None:
    """The sources (a copy counted once: not listed) by date, when TIMELINE_LEAST or more give
    one and not all the same day: M007's ten reports of the Abu Ghraib cases ran from January
    2005 to January 2007, a trial, a hearing, photos, a closure, told in the input's order."""
    sources = report.comparison.sources()
    dated = dated_sources(report)
    if len(dated) < TIMELINE_LEAST or len({a.day for a in dated}) < 2:
        return None
    undated = tuple(a.id for a in sources if a.day is None)
    if limit is None or len(dated) <= limit:
        return Timeline(tuple(dated), undated=undated)
    head = (limit + 1) // 2
    tail = len(dated) - (limit - head)
    return Timeline(tuple(dated[:head]), tuple(dated[tail:]), tail - head, undated)


# What a sentence must hold of a topic's terms (weighted 1, 1/2, 1/3, ... in their order) to
# be shown for it before others: one of its first four, or several after them.
ON_TOPIC = 0.25


def _on_topic(
    topic: Topic, refs: Sequence[SentenceRef], above: set[tuple[str, int]], limits: Limits
) -> Cut[SentenceRef]:
    """An article's sentences on a topic, cut to the limit: those holding most of the
    topic's terms and not shown above are kept, then shown in the article's order."""
    if limits.topic_sentences is None or len(refs) <= limits.topic_sentences:
        return Cut(tuple(refs))
    # Whole words, the topic's first terms weighing most ("Russian" is not "Russia").
    terms = [
        (re.compile(rf"(?<!\w){re.escape(t.lower())}(?!\w)"), 1.0 / (1 + k))
        for k, t in enumerate(topic.terms)
    ]

    def rank(ref: SentenceRef) -> tuple[bool, bool, float, int]:
        text = ref.text.lower()
        held = sum(weight for term, weight in terms if term.search(text))
        # A sentence on the topic's leading terms comes before one the sections above do not
        # show: "Austin had met with Indian Prime Minister Narendra Modi on Friday" (only the
        # topic's eighth term, "administration") had stood for a source under "border" in
        # place of its "deadly border clashes with China", shown among the shared points.
        return (held < ON_TOPIC, (ref.article, ref.index) in above, -held, ref.index)

    kept = sorted(sorted(refs, key=rank)[: limits.topic_sentences], key=lambda r: r.index)
    return Cut(tuple(kept), len(refs) - len(kept))
