"""Comparisons of articles and briefs: shared and unique points, topics, quotes, wording."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import OptionError
from .article import Article, Failure
from .summary import Summary

__all__ = [
    "LIKELY",
    "STRONG",
    "Alignment",
    "CompareOptions",
    "Comparison",
    "Conflict",
    "DiffKind",
    "DiffOp",
    "Distinctive",
    "Duplicate",
    "Figure",
    "MeasureFigures",
    "Names",
    "Naming",
    "Quote",
    "QuoteGroup",
    "Report",
    "SentenceRef",
    "Topic",
    "Unmatched",
    "agreed_match",
    "every_figure_read",
]


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of one article: the article's id, its candidate index, and its text."""

    article: str
    index: int
    text: str


class DiffKind(enum.StrEnum):
    """What a piece of a word diff is; the values are those of the JSON contract."""

    KEEP = "="  # in both texts
    DELETE = "-"  # only in the first
    INSERT = "+"  # only in the second


# A group's confidence (the mean same-point probability of its pairs, compare/pairs.py) from
# which it reads "strong" or "likely"; below LIKELY, down to the threshold (0.3), "possible".
# Read against the hand labels (benchmarks/alignment_eval.py --groups, three sets, session
# 15): right 21 times in 22 from 0.5, 7 in 9 from 0.35 to 0.5, 10 in 11 from 0.3 to 0.35.
# Judged whole by readers (every member against the texts), "possible" groups were right
# about 16 times in 38 on MultiLing and 8 in 25 on BBC stories (session 13), 15 in 39 over
# both (session 15): the labels judge only the labelled members. So a brief states as
# agreed only what is strong (agreed_match: likely groups, pinned down by one specific thing
# or not, were right about half the time or less), and credits a sentence of "In short" to
# the other members of such a group only. "Strong" starts at 0.5: of session 15's groups from 0.4 to
# 0.5 that were called strong, a reader found 6 of 13 wrong and 5 partly right; of those
# at 0.5 and above none wrong (32 of 35 right, 3 partly).
STRONG = 0.5
LIKELY = 0.35
# The least probability of a near match (Comparison.near_matches), below which a sentence is
# unique (compare.pairs.UNIQUE): a sentence of a quote another source gives is unmatched
# whatever its probability ("near (0.00)", a blind reader's case, session 55).
NEAR_MATCH = 0.2


def agreed_match(confidence: float) -> bool:
    """Whether a group's match is sure enough to state as agreed: a strong match. Of the
    1,381 groups blind readers judged (benchmarks/reviewed_groups.py, scored by the
    comparator of session 47), strong ones read 680 right, 76 partly, 7 wrong; likely ones
    134 / 111 / 77, and those of them pinned down by one specific thing (Alignment.pinned: a
    figure, a designation, a denial), which sessions 31 to 46 stated as agreed too, 22 / 20
    / 3: right about half the time, as "LSE rejected ... the offer valued the exchange at
    about £1.35bn" beside "TCI ... has complained that the £1.35bn offer for the LSE is too
    high" (a reader's story brief, session 47: one offer, opposite verdicts)."""
    return confidence >= STRONG


def every_figure_read(confidence: float, pinned: bool) -> bool:
    """Whether a group's disagreements are read in every figure its members give, not only
    in an event's (what it did, where it struck): a strong group, or a likely one pinned
    down by one specific thing (Alignment.pinned), which sessions 31 to 46 stated as agreed.
    Other groups set side by side figures of two things or two days ("590 pence" one day,
    "605 pence" another) more often than they disagree."""
    return agreed_match(confidence) or (confidence >= LIKELY and pinned)


@dataclass(frozen=True, slots=True, init=False)
class DiffOp:
    """One piece of a word diff: kept, only in the first text, or only in the second.

    ``op`` may be given as the DiffKind or its value ("=", "-", "+"); it is always a
    DiffKind, and any other value raises ValueError."""

    op: DiffKind
    text: str

    def __init__(self, op: DiffKind | str, text: str) -> None:
        object.__setattr__(self, "op", DiffKind(op))
        object.__setattr__(self, "text", text)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sources giving the same measure different values inside one point."""

    measure: str  # what is counted: "dead", "injured", "usd", or the counted word
    first: SentenceRef
    first_says: str  # the figure as the first source writes it
    second: SentenceRef
    second_says: str
    # The figures as numbers, where they are ("20 dead" and "Twenty dead" are one figure).
    first_value: float | None = None
    second_value: float | None = None


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One measure on which the sources of one point disagree: each figure given, with the
    sentences that give it ("1.5 million homeless": two sources; "1 million": one), where
    Conflict holds one pair of them."""

    measure: str
    figures: tuple[tuple[str, tuple[SentenceRef, ...]], ...]  # (as written, who says it)

    @property
    def what(self) -> str:
        """The measure as a reader names it: "distance (km)", not "km"; "distance (km) from
        Pichilemu", not "km from Pichilemu" ("responsible": who is); a counted noun as its
        figures write it ("detainees" for "three detainees")."""
        unit, _, place = self.measure.partition(" from ")
        name = _MEASURE_NAMES.get(unit, unit)
        if name == unit and self.figures:
            # a counted noun as the figures write it: "detainees", not "detainee"
            written = self.figures[0][0].rsplit(" ", 1)[-1]
            if written != unit and written.lower().startswith(unit) and written.isalpha():
                name = written.lower()
        return f"{name} from {place}" if place else name


# Disagreements that set words side by side, not figures: who is responsible, a denial, who
# is favourite, another name in the same words, an act told as done and as to come, an act
# and its undoing.
NOT_FIGURES = frozenset(["responsible", "denied", "favourite", "odds", "named", "stage", "undone"])

# Measures whose unit alone does not say what was measured (JSON keeps the unit).
_MEASURE_NAMES = {
    "km": "distance (km)",
    "mile": "distance (miles)",
    "depth (mile)": "depth (miles)",
    "usd": "money (US$)",
    "gbp": "money (£)",
    "eur": "money (€)",
    "minute": "minutes",
    "responsible": "who is responsible",
    "denied": "said by one, denied by another",
    "favourite": "who is favourite",
    "odds": "a favourite's odds",
    "named": "who or what is named",
    "stage": "done, or still to come",
    "undone": "done, and undone",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure a source gives for a measure of the story's toll (compare.figures)."""

    sentence: SentenceRef
    says: str  # the figure as the source writes it, with its bound: "at least 75,000"
    value: float
    # the year the sentence dates it to, when it names years and none is its article's ("In
    # June 2004, ... eight Royal Navy personnel were detained", in a report of 2007)
    year: str | None = None
    # a figure the toll may come to, not one it has reached: "the toll could increase to
    # over 100,000"
    forecast: bool = False

    @property
    def shown(self) -> str:
        """The figure as a table shows it: "eight (2004)", "at least 100,000 (forecast)"."""
        notes = [n for n in (self.year, "forecast" if self.forecast else None) if n]
        return f"{self.says} ({', '.join(notes)})" if notes else self.says


@dataclass(frozen=True, slots=True)
class MeasureFigures:
    """The figures two or more sources give for one measure (the dead, the homeless...),
    earliest source first, each with its sentence: a toll set against a toll, agreed or not,
    whether or not the sentences make one point."""

    measure: str  # "dead", "injured", "missing", "homeless", "affected", "arrested"
    figures: tuple[Figure, ...]

    @property
    def what(self) -> str:
        """The measure as a reader names it: "the dead", "people affected"."""
        return _FIGURE_NAMES.get(self.measure, self.measure)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.sentence.article for f in self.figures))

    @property
    def values(self) -> tuple[float, ...]:
        """The different figures given, in the order first given."""
        return tuple(dict.fromkeys(f.value for f in self.figures))


_FIGURE_NAMES = {
    "dead": "the dead",
    "bodies": "bodies found or buried",
    "injured": "the injured",
    "missing": "the missing",
    "homeless": "the homeless",
    "affected": "people affected",
    "arrested": "people arrested or held",
}


def disagreements(conflicts: Sequence[Conflict]) -> tuple[Disagreement, ...]:
    """Pairwise conflicts of one point merged by measure, the sentences grouped by the figure
    they give (the first figure each sentence is compared with), in the order first met."""
    by_measure: dict[str, dict[SentenceRef, tuple[str, float | None]]] = {}
    for c in conflicts:
        said = by_measure.setdefault(c.measure, {})
        said.setdefault(c.first, (c.first_says, c.first_value))
        said.setdefault(c.second, (c.second_says, c.second_value))
    out = []
    for measure, said in by_measure.items():
        figures: dict[object, tuple[str, list[SentenceRef]]] = {}
        for ref, (figure, value) in said.items():
            key = figure if value is None else value
            figures.setdefault(key, (figure, []))[1].append(ref)
        out.append(Disagreement(measure, tuple((f, tuple(r)) for f, r in figures.values())))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An article that is a copy (or near copy) of another: counted once."""

    copy: str
    original: str
    overlap: float  # share of the copy's word 5-grams found in the original
    # A near copy's sentences whose words the original does not hold, each beside the
    # original's sentence it rewords (None: none close), in the copy's order
    # (compare.copies.changed_sentences): one version of a story may change a fact
    # ("Melzer, who twisted his ankle" against "The Frenchman twisted his ankle").
    changed: tuple[tuple[SentenceRef, SentenceRef | None], ...] = ()


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A sentence neither aligned nor unique: it has a near point elsewhere, not the same one."""

    sentence: SentenceRef
    best: SentenceRef | None  # its most likely match in another article
    score: float  # that match's probability of being the same point


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences from different articles that report the same point."""

    similarity: float  # mean pairwise similarity of the members, in [0, 1]
    sentences: tuple[SentenceRef, ...]
    closest: tuple[SentenceRef, SentenceRef]
    diff: tuple[DiffOp, ...]  # word diff of the closest pair
    confidence: float = 1.0  # the mean probability of the same point over its member pairs
    conflicts: tuple[Conflict, ...] = ()  # where the members disagree
    # The member that best stands for the point: one that does not point back ("He has never
    # won"), and of those the one whose words the others say most (None: the shorter of the
    # closest pair).
    lead: SentenceRef | None = None
    # Where every member points back ("This includes setting ... targets"; a quote that ends
    # '..., he said.'), the sentence the lead is read after: the nearest before it in its
    # article that does not point back itself ("The Roadmap establishes a time frame...").
    # None otherwise.
    context: SentenceRef | None = None
    # Whether every two members from different articles name one specific thing: a
    # designation ("S-400"), the same figure for the same measure, or a denial of what the
    # other states (PairScorer.tied).
    pinned: bool = False
    # The sources that print the point as one text (compare.align._same_words: word for word
    # or nearly, with the same figures and negations, as the confidence counts copies), one
    # tuple of article ids per text printed by two or more: wire copy, a report's update.
    same_words: tuple[tuple[str, ...], ...] = ()
    # The sources of a strong group of three texts or more whose sentence is a weaker match
    # (compare.align._weaker: its own mean probability with the others is below STRONG, the
    # group's being carried by its strong pairs); never the lead's. A brief names them apart
    # and credits no point to them.
    weaker: tuple[str, ...] = ()
    # The sources whose sentence carries two points and is here for its second: it is in
    # another group too (compare.align._second_points). Never the lead.
    joined: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.sentences))

    @property
    def agreed(self) -> bool:
        """Whether its match is sure enough for a brief to state its point as agreed and
        credit its sources with it (agreed_match)."""
        return agreed_match(self.confidence)

    @property
    def disagreements(self) -> tuple[Disagreement, ...]:
        """The conflicts merged by measure: one row per measure, each figure with its sources."""
        return disagreements(self.conflicts)

    def differing(self) -> dict[SentenceRef, set[str]]:
        """For each member sentence in a conflict, the sources that give another figure."""
        out: dict[SentenceRef, set[str]] = {}
        for c in self.conflicts:
            out.setdefault(c.first, set()).add(c.second.article)
            out.setdefault(c.second, set()).add(c.first.article)
        return out

    @property
    def point_lead(self) -> SentenceRef:
        """The sentence that stands for a point: the comparator's lead (Alignment.lead; else the
        shorter of the closest pair). Where the sources give different figures, the sentence whose
        figure most of them give (the others are named apart, Point.differ): "12 killed" said by
        one of three, against "15 killed", is not the point the three share. Where they differ in
        words (who is favourite, responsible, named; a denial), a sentence of one side: one in
        no such disagreement may hold the same claim in words it was not read from ("Eastwood's
        boxing drama had become the new favourite" beside "Million Dollar Baby has become the new
        favourite" and "All expect The Aviator to win", a blind reader's Oscars brief, where the
        first had stood for all three); figures are read from every sentence that gives one."""
        best = self.lead or min(self.closest, key=lambda ref: (len(ref.text.split()), ref.article))
        if not self.conflicts:
            return best
        differ = self.differing()
        in_words = any(c.measure in NOT_FIGURES for c in self.conflicts)
        return min(
            self.sentences,
            key=lambda ref: (
                ref.article in self.weaker,  # never one matched less surely
                ref.article in self.joined,  # nor one here for its second point
                in_words and ref not in differ,
                len(differ.get(ref, ())),
                ref != best,
                ref not in self.closest,
                len(ref.text.split()),
                ref.article,
            ),
        )

    def disputed_in_words(self, ref: SentenceRef) -> bool:
        """Whether a disagreement with ``ref`` is in words (who is responsible or favourite,
        a denial, an act done or to come: NOT_FIGURES), not in figures: the sources that
        disagree give "another account" of it, not "another figure"."""
        return any(c.measure in NOT_FIGURES for c in self.conflicts if ref in (c.first, c.second))

    def saying_lead(self) -> tuple[str, ...]:
        """The sources that say the point as its lead sentence (point_lead) does: not those
        that give another figure or account of it (differing)."""
        other = self.differing().get(self.point_lead, set())
        return tuple(a for a in self.articles if a not in other)


def _two_say_it(a: Alignment) -> bool:
    """Whether two sources or more say the point as its lead sentence does: one that only
    one source says so, the others giving another figure or account, is a disagreement, not
    a shared point (a brief lists it under "where they differ" only)."""
    return len(a.saying_lead()) >= 2


def _stated_first(a: Alignment) -> tuple[bool, bool]:
    """The order a brief lists points in: stated as agreed first, then likely, then possible."""
    return (not a.agreed, a.confidence < LIKELY)


@dataclass(frozen=True, slots=True)
class Distinctive:
    """Words one article uses for a topic more than the others (weighted log-odds z-scores)."""

    article: str
    terms: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Naming:
    """A phrase an article names a topic with ("Russia's unprovoked war in Ukraine"), how
    close in meaning it comes to the topic, and whether the article quotes it (and whom,
    when the text names the speaker): a quoted phrase is the speaker's framing, not the
    outlet's."""

    text: str
    closeness: float
    quoted: bool = False
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Names:
    """How one article names a topic."""

    article: str
    phrases: tuple[Naming, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    label: str
    query: str | None  # the user's text for a --topic query; None for a discovered topic
    terms: tuple[str, ...]
    sentences: tuple[SentenceRef, ...]
    distinctive: tuple[Distinctive, ...] = ()
    # A query's words, as the user wrote them, that no article uses ("podium" of "who made up
    # the final podium"): the sentences found match the rest of it, or its meaning.
    absent: tuple[str, ...] = ()
    # How each article names the topic: its phrases holding a word close in meaning to the
    # label or query, each with that closeness ("Russia's unprovoked war in Ukraine").
    names: tuple[Names, ...] = ()

    def by_article(self, article_id: str) -> tuple[SentenceRef, ...]:
        return tuple(s for s in self.sentences if s.article == article_id)

    def by_articles(self) -> dict[str, tuple[SentenceRef, ...]]:
        """by_article of every article that has sentences, in one pass over them (a caller
        asking each article in turn went over every sentence once per article: at 8,000
        articles a table took 10 s so)."""
        grouped: dict[str, list[SentenceRef]] = {}
        for s in self.sentences:
            grouped.setdefault(s.article, []).append(s)
        return {article_id: tuple(refs) for article_id, refs in grouped.items()}


@dataclass(frozen=True, slots=True)
class Quote:
    article: str
    index: int  # the candidate sentence the quote starts in
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One quote, or the same quote as several articles give it, with the word diff."""

    quotes: tuple[Quote, ...]
    similarity: float | None = None
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True, slots=True)
class CompareOptions:
    topics: tuple[str, ...] = ()  # --topic queries; empty: discover topics
    language: str = "english"
    max_topics: int = 6
    threshold: float | None = None  # same-point probability floor; None: the calibrated default
    model: str | None = None  # a static embedding model folder; None: $SUMMARISE_MODEL or WordLlama
    unique_per_article: int = 5

    def __post_init__(self) -> None:
        # An empty query had been dropped (the CLI) or made an empty topic (the library).
        if any(not topic.strip() for topic in self.topics):
            raise OptionError("topics", "a topic needs words; one given is empty")


@dataclass(frozen=True, slots=True)
class Comparison:
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    alignments: tuple[Alignment, ...]
    unique: tuple[tuple[str, tuple[SentenceRef, ...]], ...]  # (article id, its unique points)
    shared: tuple[Alignment, ...]  # alignments that most or all articles take part in
    quotes: tuple[QuoteGroup, ...]
    duplicates: tuple[Duplicate, ...] = ()  # copies, left out of alignment
    unmatched: tuple[Unmatched, ...] = ()  # sentences neither aligned nor unique
    # unique sentences past CompareOptions.unique_per_article (id, refs), in article order
    unique_more: tuple[tuple[str, tuple[SentenceRef, ...]], ...] = ()
    # disagreements in sentences of no one point, one tuple per person: their ages
    # ("Mr Mubanga, 29," / "Mr Mubanga, 32,"; compare.ages.ages_apart); then one tuple per
    # sentence reporting an act undone, with the sentences of other sources that report the
    # act ("has suspended" / "has reversed a ban"; compare.undone.undone_apart)
    apart: tuple[tuple[Conflict, ...], ...] = ()
    # whose words a sentence listed alone (a unique point; in a report, one "In short" gives)
    # is, when it opens with a quote whose speaker only another sentence names:
    # compare.quotes.speakers_elsewhere
    speakers: tuple[tuple[SentenceRef, str], ...] = ()
    # sentences that report one side denying or contesting what another says ("Iran says
    # they were in Iranian waters while the UK insists ..."): compare.disputes
    disputes: tuple[SentenceRef, ...] = ()
    # (a dispute, the sentence it is read after) for each dispute that opens pointing back
    # ("They have all denied any wrongdoing."): compare.disputes.read_after
    dispute_context: tuple[tuple[SentenceRef, SentenceRef], ...] = ()
    # (a dispute, who it says disputes: "the tobacco companies") for each dispute:
    # compare.disputes.side; one point's denials by one side are one line (dispute_lines)
    dispute_sides: tuple[tuple[SentenceRef, str], ...] = ()
    # the figures two or more sources give for each measure of the story's toll, earliest
    # source first (the dead, the injured, ...): compare.figures
    figures: tuple[MeasureFigures, ...] = ()

    def dispute_lines(self) -> list[tuple[SentenceRef, tuple[str, ...], tuple[str, ...]]]:
        """``disputes`` as they are shown, in order, each as (the sentence, the articles that
        print it, the articles that tell it in other words): each text once, with every article
        that prints it (a wire story three sources run is one dispute reported, not three); and
        the denials of one point stated as agreed (Alignment.agreed) once, told by the point's
        lead where the lead is one of them, the others' "also": "The tobacco companies deny
        that they illegally conspired", "... denied the charges, saying that they never
        illegally conspired" and "But the tobacco companies denied that they illegally
        conspired" were three lines of a blind reader's brief (session 47), beside the one
        point they make."""
        point: dict[SentenceRef, int] = {}
        for k, a in enumerate(self.alignments):
            if a.agreed:
                point.update((ref, k) for ref in a.sentences)
        lines: dict[object, list[SentenceRef]] = {}
        sides = dict(self.dispute_sides)
        for ref in self.disputes:
            text = " ".join(ref.text.split())
            # (one side's denials only: "Iran rejected British claims ..." and "Britain
            # rejected Iranian claims ..." stay two lines, whatever group holds them)
            side = sides.get(ref, "")
            key = ("point", point[ref], side) if ref in point and side else text
            lines.setdefault(key, []).append(ref)
        out = []
        for refs in lines.values():
            lead = self.alignments[point[refs[0]]].lead if refs[0] in point else None
            shown = lead if lead in refs else refs[0]
            text = " ".join(shown.text.split())
            printing = [r.article for r in refs if " ".join(r.text.split()) == text]
            printing.sort(key=lambda a: a != shown.article)  # (stable: the others in order)
            others = [r.article for r in refs if r.article not in printing]
            out.append((shown, tuple(dict.fromkeys(printing)), tuple(dict.fromkeys(others))))
        return out

    def read_after(self, ref: SentenceRef) -> SentenceRef | None:
        """The sentence a dispute needs before it to be read (dispute_context), or None; as
        dispute_lines shows one text once for every source that prints it, None when those
        sources read it after different sentences ("They deny the charges." after two
        officers charged in one report, after two developers questioned in another)."""
        text = " ".join(ref.text.split())
        context = dict(self.dispute_context)
        found = {
            " ".join(b.text.split()) if (b := context.get(r)) is not None else None
            for r in self.disputes
            if " ".join(r.text.split()) == text
        }
        return context.get(ref) if len(found) == 1 else None

    def told_otherwise(self) -> dict[tuple[str, str], tuple[tuple[str, ...], bool]]:
        """By (article id, sentence text), for each sentence in a disagreement (of a point, or
        a person's age): the sources that give another figure or account against it, and
        whether the disagreement is in words (NOT_FIGURES) for any of them. "In short" says so
        beside such a sentence (a blind reader found "DOE test results show ..." taking one
        side of the brief's own "IBM" / "DOE" row unremarked)."""
        found: dict[tuple[str, str], tuple[dict[str, None], bool]] = {}
        for c in self.conflicts:  # (a person's two ages in no point too: a code review's case)
            words = c.measure in NOT_FIGURES
            for ref, other in ((c.first, c.second), (c.second, c.first)):
                ids, before = found.get((ref.article, ref.text), ({}, False))
                ids[other.article] = None
                found[(ref.article, ref.text)] = (ids, before or words)
        return {key: (tuple(ids), words) for key, (ids, words) in found.items()}

    def unique_and_more(
        self, full: bool = False
    ) -> tuple[tuple[str, tuple[SentenceRef, ...], tuple[SentenceRef, ...]], ...]:
        """(article id, its unique points, its other unique sentences), article by article
        (unique, unique_more); ``full``: every one of them as its points, in the article's
        order, none left over, as --full lists them. Its points first, then the others, had
        put "Instead, he pointed to how Tony Blair had in 1997 complained ..." just after
        "Labour campaign spokesman Fraser Kemp said the poster had been misunderstood.", and
        a reader took Mr Howard's words for Mr Kemp's (session 55)."""
        more = dict(self.unique_more)
        if full:
            return tuple(
                (article, tuple(sorted((*refs, *more.get(article, ())), key=lambda r: r.index)), ())
                for article, refs in self.unique
            )
        return tuple((article, refs, more.get(article, ())) for article, refs in self.unique)

    def near_matches(self) -> tuple[Unmatched, ...]:
        """The sentences neither aligned nor unique (``unmatched``), each with its closest
        sentence in another source, each two sentences once, the likeliest first: what
        compare lists as near matches. Shown nowhere before, they had read as dropped: blind
        readers looked for "they have lost eight of their last 13 matches" beside "lost nine
        of their last 14", and for "the party's sums do not add up", and found neither in
        shared or unique points (session 55)."""
        seen: set[frozenset[tuple[str, int]]] = set()
        out = []
        for u in sorted(
            self.unmatched, key=lambda u: (-u.score, u.sentence.article, u.sentence.index)
        ):
            if u.best is None or u.score < NEAR_MATCH:
                continue  # (a sentence of a quote another source gives: under "Quotes")
            pair = frozenset(
                ((u.sentence.article, u.sentence.index), (u.best.article, u.best.index))
            )
            if pair not in seen:
                seen.add(pair)
                out.append(u)
        return tuple(out)

    def speaker(self) -> dict[tuple[str, str], str]:
        """``speakers`` by (article id, sentence text): what such a sentence is shown with."""
        return {(ref.article, ref.text): who for ref, who in self.speakers}

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Every pair of sentences that disagree: the points' first, then those apart."""
        in_points = (c for a in self.alignments for c in a.conflicts)
        return (*in_points, *(c for person in self.apart for c in person))

    @property
    def disagreements(self) -> tuple[Disagreement, ...]:
        in_points = (d for a in self.alignments for d in a.disagreements)
        return (*in_points, *(d for person in self.apart for d in disagreements(person)))

    @property
    def agreed_points(self) -> tuple[Alignment, ...]:
        """What 'shared points' lists, as a brief states them: the points matched surely
        enough to state as agreed (Alignment.agreed), most sources first, then the surest.
        With ``possible_points`` it holds every alignment once but those that only one
        source says as their lead sentence does, the others giving another figure or account
        (Alignment.saying_lead), which "where they differ" shows, as a brief does. (Until session 53 'shared
        points' were those most sources make, strong or not, and a strong pair of two sources
        stood under 'same point, different wording': a blind analyst found one pair "agreed"
        in a brief and not shared in compare, and took it as the two contradicting.)"""
        agreed = (a for a in self.alignments if a.agreed and _two_say_it(a))
        return tuple(sorted(agreed, key=lambda a: (-len(a.articles), -a.confidence)))

    @property
    def possible_points(self) -> tuple[Alignment, ...]:
        """The other alignments, shown apart as a brief shows them ('possibly also shared':
        read each before relying on it): likely matches before possible ones, then most
        sources, then the surest."""
        rest = (a for a in self.alignments if not a.agreed and _two_say_it(a))
        return tuple(
            sorted(rest, key=lambda a: (*_stated_first(a), -len(a.articles), -a.confidence))
        )

    def sources(self) -> tuple[Article, ...]:
        """The articles less the copies (``duplicates``): each report counted once."""
        copies = {d.copy for d in self.duplicates}
        return tuple(a for a in self.articles if a.id not in copies)

    def coverage(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Topics x sources (sources()): how many sentences each gives each topic."""
        counts = [(t.label, Counter(s.article for s in t.sentences)) for t in self.topics]
        return tuple((label, tuple(n[a.id] for a in self.sources())) for label, n in counts)


@dataclass(frozen=True, slots=True)
class Report:
    """A brief on a set of articles: each one's summary, and how they compare."""

    summaries: tuple[Summary, ...]
    comparison: Comparison
    failures: tuple[Failure, ...] = ()
    # In short: the merged summary of the set, each sentence with the ids of the articles
    # that report its point (its own first).
    in_short: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The articles grouped by the event they report (compare.events), when that is more than
    # one: a brief on several stories says so, since few points can then be shared.
    stories: tuple[tuple[str, ...], ...] = ()
    # The title of the article that stands best for the others when they are one story
    # (compare.events.titled_groups), which heads the brief; None for several stories, or
    # when `stories` has grouped them (it titles each story itself).
    title: str | None = None
