"""The story's toll as each source gives it: the dead, the injured, the missing, the homeless,
the people affected or arrested, every figure two or more sources give set side by side.

A point is a claim two sources make alike; a toll is reported on different days in different
sentences that make no one point, and it is what an analyst sets side by side first. Two
analysts read the briefs of four MultiLing clusters against the texts in session 44; in three
of the four their most serious finding was a figure never set against another: Haiti's dead
as "about 200,000" (January 20), "estimated to be 110,000" (January 23) and "exactly 222,570"
(March 18), the brief showing one agreement on 200,000 and none of the rest under "Where they
differ"; the tsunami's homeless as 5 million and 1 million. Here each source's figures for
each such measure are listed, earliest source first, each with its sentence, so the reader
sees how the figure ran and from whom. Nothing
is called a disagreement: figures of different days, places or events may all be right (the
sentence says which).

The figures are those ``claims.facts`` reads, as the comparator weighs them; a figure whose
measure it does not read ("at least 124,000 ..." alone) is not listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..models import Article, Figure, MeasureFigures, SentenceRef
from .claims import Facts, base_measure, bound_words, word_char

__all__ = ["FIGURE_MEASURES", "figures_given"]

# What a story's toll counts, in the order listed: the measures claims.facts reads from a
# casualty's or a displaced person's words ("killed", "wounded", "unaccounted", "left without
# homes", "impacted", "detained"), the dead that are bodies found or buried apart: an
# analyst read M008's "Sixteen bodies have been recovered" beside "killing all 228 people on
# board" as a toll that jumped about.
FIGURE_MEASURES = ("dead", "bodies", "injured", "missing", "homeless", "affected", "arrested")

_BOUND_WORDS = {"least": "at least", "most": "up to"}
_LONGEST = 1000  # characters: a longer "sentence" is a list or page furniture, not a report
# A figure a toll may come to, not one it has reached: "the toll could increase to over
# 100,000", "the final death toll could climb beyond 150,000", "might eventually approach
# 80,000" (an analyst read the first as the day's toll).
_FORECAST = re.compile(
    r"\b(?:could|may|might|would|will|(?:is|are) (?:expected|likely) to)\s+(?:\w+ly\s+)?"
    r"(?:rise|increase|climb|reach|approach|exceed|top|pass|surpass|hit|double)"
    r"(?:\s+(?:to|beyond|above|over|past|more than|as high as|as many as|at least|well|even))*"
    r"\s+$",
    re.IGNORECASE,
)  # the verb governs the figure: not "the storm, which could hit the coast, has killed 30"
# A year a sentence dates its news to: after "in", "during", "of" or "on", perhaps with a
# month, a day or a named day ("In June 2004", "of Boxing Day 2004", "on July 7th 2005");
# not "since 1976" (a comparison), nor a figure that reads as a year ("about 2000 others").
_DATED = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Oo]f|[Oo]n)\s+(?:[A-Z][a-z]+\s+){0,2}(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(1[89]\d\d|20\d\d)\b"
)
# Counted nouns that are people held: listed with the arrested or held, the noun kept in the
# figure ("Eleven detainees"): a reader of the UK's terror detainees' story found its counts of
# nine, eleven and twelve detainees missing beside two "held".
_HELD_NOUNS = {"detainee": "arrested", "hostage": "arrested", "captive": "arrested"}
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those)\b", re.IGNORECASE)
# A figure of others or more is a part of a toll, not the toll: "Mr Mubanga and the three
# other freed British detainees" are four (a blind reader listed "three" as a source's count
# of the held, session 47), "two more bodies were found", "Three other people were injured".
# (Not "others", most often another measure's whole: "52 died and 700 others were injured".)
_PART_AFTER = re.compile(r"\s+(?:other|more)\b(?!\s+than\b)", re.IGNORECASE)
# A clause that compares with the past: its year is not the news' ("the deadliest single act
# of terrorism ... since the Lockerbie bombing in 1988", an analyst's case).
_SINCE = re.compile(r"\b(?:since|than)\b[^,;.]*$", re.IGNORECASE)
# A hedge just before a figure or just after it, kept as the sentence words it ("about
# 200,000", "fifty or so"): an analyst found them dropped where bounds were kept.
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|approximately|roughly|some|an estimated|estimated|almost|nearly)\s+$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"\s+or so\b", re.IGNORECASE)
# After a figure of the dead: they are bodies found or buried ("75,000 have been buried",
# "the fifty or so bodies that have been found", "2 male bodies"); the words between are a
# qualifier's, no verb, figure or clause of their own ("Two died as 30 bodies washed ashore").
_BODIES = re.compile(
    r"(?:\s+(?:or so|(?!(?:and|as|while|but|after|when|died|killed|dead|were|was|had|have|has"
    r"|who|which|that|of|in)\b)[a-z-]+)){0,2}?\s+bodies\b"
    r"|(?:\s+(?:people|more|others))?\s+(?:have |has |had )?been (?:buried|recovered|found"
    r"|pulled|retrieved)\b",
    re.IGNORECASE,
)


def figures_given(
    sources: Sequence[Article], facts: Sequence[Sequence[Facts | None]]
) -> tuple[MeasureFigures, ...]:
    """Each measure of FIGURE_MEASURES that two or more ``sources`` give a figure for
    (``facts[k][i]``: the facts of sentence ``i`` of ``sources[k]``, None when unread),
    with every figure given: sources dated earliest first, then undated ones in the given
    order; a source's sentences in its order, a figure it repeats listed once. A figure's
    sentence that names years, none its article's, dates it (``Figure.year``: "In June
    2004, ... eight Royal Navy personnel were detained" in a report of 2007)."""
    order = sorted(
        range(len(sources)),
        key=lambda k: (sources[k].day is None, sources[k].day or 0, k),
    )
    found: dict[str, list[Figure]] = {}
    for k in order:
        article = sources[k]
        own_year = (article.date or "")[:4] if article.day is not None else ""
        given: set[tuple[str, float]] = set()
        for sentence, fact in zip(article.sentences, facts[k], strict=True):
            if fact is None or len(sentence.text) > _LONGEST:
                continue
            text = sentence.text
            years = (
                {m.group(1) for m in _DATED.finditer(text) if not _SINCE.search(text, 0, m.start())}
                if own_year
                else set()
            )
            year = min(years) if years and own_year not in years else None
            tolls = {_toll(base_measure(unit)) for unit, _, _ in fact.numbers} & _TOLLS
            for unit, value, written in fact.numbers:
                number = written.removesuffix(f" {unit}")
                measure = base_measure(unit)
                head = number.split()[0]
                where = _at(text, head)
                if len(tolls) < 2 and _a_part(text, head):
                    continue
                if measure in _HELD_NOUNS:
                    if where >= 0 and _PART_OF.match(text, where + len(head)):
                        continue  # "who represents eight of the detainees": a part of them
                    measure = _HELD_NOUNS[measure]
                at = _at(text, number)
                if measure == "dead" and at >= 0:
                    end = at + len(number)
                    if _BODIES.match(text[end : end + 80]):
                        measure = "bodies"
                if measure not in FIGURE_MEASURES or (measure, value) in given:
                    continue
                given.add((measure, value))
                bound = next((b for u, v, b in fact.bounds if u == unit and v == value), None)
                says = number
                if bound in _BOUND_WORDS:  # as the sentence words it, where that can be read
                    said = bound_words(text, at) if at > 0 else None
                    says = f"{said or _BOUND_WORDS[bound]} {number}"
                elif at >= 0:
                    hedge = _HEDGE_BEFORE.search(text, max(0, at - 20), at) if at > 0 else None
                    says = f"{hedge.group(0).strip().lower()} {number}" if hedge else number
                    if _HEDGE_AFTER.match(text, at + len(number)):
                        says += " or so"
                ahead = at >= 0 and _FORECAST.search(text, max(0, at - 80), at) is not None
                ref = SentenceRef(article.id, sentence.index, text)
                found.setdefault(measure, []).append(Figure(ref, says, value, year, ahead))
    return tuple(
        MeasureFigures(measure, tuple(found[measure]))
        for measure in FIGURE_MEASURES
        if len({f.sentence.article for f in found.get(measure, ())}) >= 2
    )


# What a figure is a toll of, for _PART_AFTER: "detainee" counts the held.
_TOLLS = frozenset(FIGURE_MEASURES)


def _toll(measure: str) -> str:
    return _HELD_NOUNS.get(measure, measure)


def _a_part(text: str, head: str) -> bool:
    """Whether the figure written ``head`` is a part of a toll, "other" or "more" after it
    wherever the sentence writes it (_PART_AFTER). Not where it is written once so and once
    not ("Two other soldiers were injured in the blast, which killed two British troops":
    which two the facts read, the sentence does not say; a code review's case); and the
    caller asks only where the sentence gives no other toll: beside one, "others" and "more"
    count the rest ("killed five people and injured 20 more", "two soldiers were killed and
    three other soldiers were wounded" give the injured whole)."""
    found = [start + len(head) for start in _places(text, head)]
    return bool(found) and all(_PART_AFTER.match(text, end) for end in found)


def _at(text: str, number: str) -> int:
    """Where a figure as written stands in its sentence (-1 if it is not written so), as a
    word of its own, in any case: not inside a longer figure or word."""
    return next(_places(text, number), -1)


def _places(text: str, number: str) -> Iterator[int]:
    """Where a figure as written stands in its sentence, each time (_at). By str.find, not a
    pattern made for each figure: 3,694 of them took 0.36 s over 1,000 articles, and made
    for _a_part too, 2,300 patterns, more than re's cache holds, were made again and again."""
    low, figure = text.lower(), number.lower()
    if len(low) != len(text) or not figure:  # (a letter whose lower case is longer: rare)
        pattern = rf"(?<![\w.,]){re.escape(number)}(?![\w])"
        yield from (m.start() for m in re.finditer(pattern, text, re.IGNORECASE))
        return
    start = low.find(figure)
    while start >= 0:
        end = start + len(figure)
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if not (word_char(before) or before in ".,") and not word_char(after):
            yield start
        start = low.find(figure, start + 1)
