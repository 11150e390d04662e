"""What a sentence claims, as far as its surface shows: names, numbers and what they count, dates.

Two sentences report the same point only when they say the same thing about the same actors in
the same event. Names say who; the other content words say what; numbers, dates and weekdays pin
the event down. These facts veto a link (two different dates are two events) and, inside an
aligned group, show where the sources disagree (the same count, a different number).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from ..cleaning.captions import past_words, tells_past
from ..nlp import CALENDAR_WORDS, MONTHS, WEEKDAYS, stop_words

if TYPE_CHECKING:
    from ..models import Article

__all__ = [
    "HONORIFIC",
    "HONORIFICS",
    "MONTHS",
    "NOT_NAMES",
    "ROLE_TITLES",
    "SAYING",
    "SCALES",
    "WEEKDAYS",
    "Facts",
    "KnownFacts",
    "base_measure",
    "bound_words",
    "converted_figures",
    "event_day",
    "event_places",
    "facts",
    "incompatible",
    "meeting_place",
    "mentions",
    "number_conflicts",
    "one_event_figure",
    "one_figure",
    "people",
    "plural",
    "responsibility_conflict",
    "shared_figures",
    "slight_disagreement",
    "unshared_figures",
    "vague_counts",
    "word_char",
]

_WORD_NUMBERS = {
    w: n
    for n, w in enumerate(
        [
            "-",
            "-",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_WORD_NUMBERS.pop("-")
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_NUMBERS |= _TENS | {"hundred": 100, "dozen": 12}
_WORD_NUMBERS |= {
    f"{tens}-{unit}": value + n
    for tens, value in _TENS.items()
    for unit, n in _WORD_NUMBERS.items()
    if 0 < n < 10
}
NUMBER_WORDS = frozenset(_WORD_NUMBERS)  # "two", "fifty-two", "dozen": numbers written as words
# Currencies news names in words after a sum ("14bn euros", "4.3bn rupees", "a 4bn-euro hole").
_CURRENCY_WORDS = (
    r"(?:euros?|dollars?|pounds?|yen|yuan|rupees?|roubles?|rubles?|francs?|pesos?|kronor"
    r"|kroner|krona|won|rand|baht|dinars?|shekels?|lira)"
)
_CURRENCY_AFTER = re.compile(rf"[\s-]+({_CURRENCY_WORDS})\b", re.IGNORECASE)
# What a distance in metres names in a race report or a measure: "the 60m hurdles", "both
# 800m titles", "30m waves".
_METRE_NOUNS = (
    r"(?:hurdles|heats|titles|finals|races|relays|medals|records|events|runners|sprinters"
    r"|champions|golds|times|winners|specialists|crowns|swimmers|athletes|metres|meters"
    r"|indoors|outdoors|waves|swells|walls|rankings|hurdlers|divers|sprints|trials|laps|dashes)"
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}
SCALES = _SCALE  # what each word of scale multiplies by (pairs.changes reads them too)
_NUMBER = re.compile(
    r"(?<![\w.,+/:-])(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    # a scale after a space ("5 million", "$2 bn"), or glued to a sum of money ("$1.13bn",
    # "£600m"; "5m" alone may be metres)
    # (never part of a figure: "3" of "3.5m-a-year"), or to a sum a currency's name follows
    # ("14bn euros", "a 4bn-euro hole")
    + r")(?:(?P<glued>bn|m)(?(cur)(?![\w+/-]|\.\d)|(?=[\s-]+"
    + _CURRENCY_WORDS
    + r"\b"
    # or to a count of a plural noun, past up to two words of a name ("60m people", "almost
    # 4m DS consoles", "1.5bn people"; not the metres of "the 60m hurdles", "800m titles")
    + r"|(?-i:\s+(?:[A-Z][\w-]*\s+){0,2}(?!(?:"
    + _METRE_NOUNS
    + r"|reais|"  # (not a sum in a currency a name qualifies: "86.7bn Swiss francs")
    + _CURRENCY_WORDS
    + r")\b)(?:[a-z]+[^s\W]s|people|children|men|women|personnel)\b)))"
    r"|(?![\w+/-]|\.\d)(?:\s+(?P<scale>thousand|million|billion|trillion|bn|m)\b)?)"
    r"(?=(?P<tail>(?:\s+[\w%$.'’-]+){0,4}))",
    re.IGNORECASE,
)
_A_OR_THE = re.compile(r"\b(?:a|an|the)\s+$")  # "up to a four-year ban": "up to "
_SPAN_COMPOUND = re.compile(
    r"(?<![\w.,-])("
    + "|".join(sorted((w for w in _WORD_NUMBERS if "-" not in w), key=len, reverse=True))
    + r"|one|\d{1,3})-(year|month|week|day|match|game)(?![\w-])"
    # a level ("four-month highs"), an age ("a 17-year old"), a thing named by its term
    # ("10-year Treasury notes", "30-year bonds", "a one-day international")
    r"(?!\s+(?:high|low|peak|record|old|bond|note|treasury|gilt|yield|international|series)s?\b)",
    re.IGNORECASE,
)
# A bracket that converts the sum of money before it into other currencies ("$27.5bn
# (£14.5bn)", "£1.3bn ($2.48bn; 1.88bn euros)", "4bn euros ($5.2bn; £2.8bn)").
_CONVERSION = re.compile(
    r"(?:[$€£]\s?\d[\d.,]*(?:bn|m|\s+(?:thousand|million|billion|trillion|bn|m))?"
    r"|\d[\d.,]*(?:bn|m|\s+(?:thousand|million|billion|trillion|bn|m))?[\s-]+"
    + _CURRENCY_WORDS
    + r")\s*\((?P<inside>[^()]{1,60})\)",
    re.IGNORECASE,
)
# Time zones as news writes them, in capitals only ("west", "that" and "start" are words).
_ZONES = [
    "GMT",
    "UTC",
    "BST",
    "IST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "WET",
    "WEST",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "AKST",
    "AKDT",
    "HST",
    "AEST",
    "AEDT",
    "ACST",
    "AWST",
    "NZST",
    "NZDT",
    "JST",
    "KST",
    "HKT",
    "SGT",
    "PHT",
    "ICT",
    "WIB",
    "MSK",
    "CLT",
    "ART",
    "BRT",
    "ET",
    "PT",
]
_TIME = re.compile(
    r"\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s?(am|pm|a\.m\.|p\.m\.)?(?![\d.]*\d)"
    r"(?:\s*\(?(?P<zone>local\s+time|(?-i:" + "|".join(_ZONES) + r"))\b)?",
    re.IGNORECASE,
)
# A time written as four figures, as wire copy gives it: "0950 GMT", "(0750 UTC)", "1430 local
# time"; only with its zone, and a valid hour and minute ("in 1984" is a year). Its groups are
# _TIME's (an empty am/pm), so both are read as one.
_FOUR_FIGURE_TIME = re.compile(
    r"(?<![\w$€£.,])([01]\d|2[0-3])([0-5]\d)()\s+(?P<zone>local\s+time|(?-i:"
    + "|".join(_ZONES)
    + r"))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Words before a figure that make it a bound: a lower ("at least", "more than", "over") or an
# upper one ("up to", "as many as", "nearly", "almost"). Not "about" or "approximately": the
# hand labels count "fifteen kilometres" and "about sixteen kilometers" as a disagreement.
_AT_LEAST = re.compile(
    r"(?<!\bno )\b(?:at least|more than|in excess of|upwards of|greater than"
    # "over" straight after a figure is a span: "£960m ($1.8bn) over 15 years"
    r"|(?<![\d)]\s)(?<!\dm\s)(?<!\dbn\s)over)\s+$"
)
_AT_MOST = re.compile(
    r"\b(?:up to|as many as|as much as|as high as|nearly|almost|at most|fewer than|less than"
    r"|no more than|just under)\s+$"
)


def bound_words(text: str, at: int) -> str | None:
    """The words that make a figure at ``at`` in ``text`` a bound, as written ("more than",
    "nearly"), read as facts() reads bounds; None when none stands just before it."""
    before = text[max(0, at - 25) : at].lower()
    found = _AT_LEAST.search(before) or _AT_MOST.search(before)
    return found.group(0).strip() if found else None


# A figure with another in a rate or a share counts nothing by itself: "one in five people
# was injured", "nine out of 10 doctors" (not five injured, nor ten doctors); nor does the
# whole a part is taken from, when the verb counts the part: "three of the four bombers died",
# "half of the 200 passengers died" (not four dead, nor 200). And the top of a range bounds
# what it counts: "between 20 and 30 people were killed" holds a report of 25.
_A_COUNT = (
    r"(?<![\d,.])\b(?!(?:1[89]|20)\d\d\b)(?:\d[\d,]*(?:\.\d+)?|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + ")"
)  # (no year: "since 1912 in 38.07 seconds")
_A_FIGURE = rf"(?:{_A_COUNT}|\bone|\ban?)"
_RATE_BEFORE = re.compile(rf"\b(?P<other>{_A_FIGURE})\s+(?:in|out of)\s+(?:every\s+)?$")
_RATE_AFTER = re.compile(  # (not "killed 12 in a bombing", "five in 2005", "two in 10 days")
    rf"\s+(?:in|out of)\s+(?:every\s+)?(?P<other>{_A_COUNT})\b"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches)\b)"
)
_WHOLE_OF = re.compile(
    rf"\b(?:{_A_FIGURE}|half|most|some|many|none|several|few|majority|minority|thirds?"
    r"|quarters?|\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s+(?:of|out of)\s+(?:the|its|their|these|those)\s+$"
)
# A span a count is taken over counts nothing of its own: "eight of their last 13 matches"
# and "nine of their last 14" are two true reports a match apart, not a disagreement.
_WINDOW = re.compile(
    r"\bof\s+(?:the|their|its|his|her|our|my)\s+(?:last|past|previous|first|next)\s+$"
)
# ... unless the whole is itself the casualties: "94,000 of the 140,000 confirmed deaths"
_CASUALTY_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:deaths|dead|fatalities|casualties|bodies|injuries|wounded|injured"
    r"|killed|missing|arrests)\b"
)
# A range's first figure, and the three words before it: not a change and its end ("rose
# from 52 to 56", "rose $1.64 to $47.10", "cut from 155,000 to 110,000 staff", "lost more
# than $2 to $43.25": a review found this last taken for a range, which hid a disagreement).
_RANGE_TOP = re.compile(
    r"(?P<before>(?:\b\w+\s+){0,3})"
    rf"(?:(?P<between>between)\s+(?P<low>[$€£]?\s?{_A_FIGURE})\s+and"
    rf"|(?P<low2>[$€£]?\s?{_A_FIGURE}(?:bn|m)?)\s+to)"
    r"\s+$"
)
_A_CHANGE = frozenset(
    [
        *("from", "by", "up", "down", "adding", "added", "lost", "losing", "gaining", "rising"),
        *("falling", "slid", "shed", "sank", "cut", "raised", "lifted", "lowered", "trimmed"),
        *("reduced", "boosted", "widened", "narrowed", "revised"),
    ]
)
# ... but "ranged from 1,000 to 2,000", "anywhere from $300,000 to $600,000" are ranges
_A_RANGE = frozenset(["ranged", "ranging", "range", "ranges", "anywhere", "estimates"])
_MONTH = "|".join(MONTHS)  # the months in lower case, as a pattern's alternatives
# (a day may be written as an ordinal: "June 1st", "the 23rd of March"; "march" and "may"
# are months only written as names: _VERB_MONTHS)
_VERB_MONTHS = frozenset(["march", "may"])
_DATE = re.compile(
    r"\b(" + _MONTH + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(" + _MONTH + r")\b",
    re.IGNORECASE,
)
# Units that news reports count under different words: all the same measure.
_UNITS = {
    "dead": "dead killed killing died deaths death lives fatalities bodies perished",
    "injured": "injured wounded wounding injuring hurt injuries casualties",
    "arrested": "arrested detained held",
    "missing": "missing unaccounted",
    "usd": "usd dollars dollar us$",
    "percent": "percent % per",  # "per cent" ("cent" alone: "50 Cent", "5 cents")
    "km": "km kilometres kilometers kilometre kilometer",
    "mile": "mile miles mi",
    "nautical mile": "nautical",  # "1.7 nautical miles"
    "homeless": "homeless",
    "affected": "affected impacted",
    "magnitude": "magnitude",
}
_UNIT_OF = {w: unit for unit, words in _UNITS.items() for w in words.split()}
_SKIP = frozenset(
    [
        "people",
        "persons",
        "more",
        "than",
        "at",
        "least",
        "about",
        "some",
        "nearly",
        "over",
        "around",
        "almost",
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "were",
        "was",
        "have",
        "had",
        "has",
        "been",
        "are",
        "other",
        "others",
        "another",
        "u.s.",
        "us",
        "in",
        "to",
    ]
)


@dataclass(frozen=True, slots=True)
class Facts:
    numbers: tuple[tuple[str, float, str], ...]  # (unit, value, as written)
    years: frozenset[str]
    dates: frozenset[str]  # "march 20"
    weekdays: frozenset[str]
    place: str | None = None  # where the meeting or event the sentence reports took place
    stage: str | None = None  # "first" or "revised": which of a statement's versions it reports
    numbered: frozenset[tuple[str, str]] = frozenset()  # ("stage", "13"), ("flight", "447")
    # Two counts of different things given together, "216 passengers and 12 crew members":
    # each as ((unit, value), (unit, value)), sorted.
    tallies: frozenset[tuple[tuple[str, float], tuple[str, float]]] = frozenset()
    # Figures given as a bound, (unit, value, "least" or "most"): "killed more than 200,000"
    # is ("dead", 200000.0, "least"), "up to 80" ("...", 80.0, "most").
    bounds: frozenset[tuple[str, float, str]] = frozenset()
    # The months a sentence's news is of, "in January", "January's": "146,000 jobs in January"
    # and "stayed at 5.4% in December" are two months' figures, not one figure told two ways.
    months: frozenset[str] = frozenset()
    # Figures whose measure is not read, (value, as written), for statistics only (a sum, a
    # share, a figure of a thousand or more or with decimals): "rose a higher than expected
    # 17,000 to 4.483 million" says what it counts before its figures. other_figures reads them.
    loose: tuple[tuple[float, str], ...] = ()
    # Ranges of shares or of large figures, (low, top, "share" or the currency): "25-40%",
    # "between 25 and 40 percent", "$5bn to $10bn". Two sentences giving one range give one
    # figure (shared_figures).
    ranges: frozenset[tuple[float, float, str]] = frozenset()

    @property
    def pinned(self) -> bool:
        """Whether the sentence pins anything down that can tell it from another event."""
        return bool(
            self.numbers
            or self.dates
            or self.weekdays
            or self.months
            or self.place
            or self.stage
            or self.numbered
        )


@dataclass(frozen=True)
class KnownFacts:
    """Sentences' facts made elsewhere (compare's child): the distinct facts, and per
    article id each sentence's position among them."""

    distinct: tuple[Facts, ...]
    numbers: dict[str, list[int]]

    def of(self, article: Article) -> tuple[Facts, ...] | None:
        """The article's sentences' facts, None when they were not made."""
        found = self.numbers.get(article.id)
        if found is None or len(found) != len(article.sentences):
            return None
        return tuple(self.distinct[n] for n in found)


_MEETING = re.compile(
    r"\b(met|meet|meets|meeting|talks|held|hold|holds|visit|visited|summit|dialogue)\b", re.I
)
# Each pattern's hints: strings of which (lower-cased) every match holds one. A sentence with
# none of them is not searched (see _may_match): most sentences report no meeting, number or
# revision, and a search is dearer than a look for a few substrings.
_MEETING_HINTS = ("met", "meet", "talks", "held", "hold", "visit", "summit", "dialogue")
_ONE = re.compile(r"\b(?:a|an|another)\s+(thousand|million|billion|trillion)\b", re.I)
_ONE_HINTS = ("thousand", "million", "billion", "trillion")
# A unit glued to its figure, read as if a space were between: "912km", "30mph", "320kg",
# "6.46secs" (and "46.68seconds") had given no figure; 91 such over BBC and MultiLing.
# Not "m" (millions as often as metres: the figure's own pattern reads it, _NUMBER), a
# letter or two that name things ("3G", "3D", "4in"), a capitalised unit ("512MB of
# memory", "a 1.4GHz chip"), which reads as a name before the noun counted, a speed ("3km/h"
# is no distance), nor hours ("2000hrs" is a clock's time, no 2,000 hours; a code review's
# case). The unit is read in lower case ("165KM" as "165 km").
_GLUED_UNIT = re.compile(
    r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(km|kms|kmh|kph|mph|cm|mm|ft|kg|kgs|lbs?|mg|ml|secs?|seconds|mins|minutes)\b(?!/)",
    re.IGNORECASE,
)


def _spaced_unit(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(2).lower()}"


# A share of a large number, written out: "a half-billion dollar donation" ($500 million), "half
# a million", "one and a half million" (1.5 million, not half a million), "a quarter of a
# million", "three quarters of a million", "two thirds of a million", "one-and-a-half
# million". A third is one only with "of" ("the third million-dollar gift" is no figure).
_FRACTION = re.compile(
    r"\b(?:(?P<whole>one|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r"|\d{1,3})[- ]and[- ])?"
    r"(?:(?P<count>an?|one|two|three)[- ])?"
    r"(?:(?P<part>half|quarters?)[- ](?:of[- ])?|(?P<third>thirds?)[- ]of[- ])"
    r"(?:an?[- ])?(?P<unit>thousand|million|billion|trillion)\b",
    re.I,
)
# A range of shares or of large figures, told with a dash or in words: "25-40%", "a 25%-40%
# cut", "between 25 and 40 percent", "25 to 40 per cent", "$5bn-$10bn", "2 to 3 million",
# "estimates range from 25 to 40%". Not a score ("won 3-1"), a season ("2009-10"), a change
# ("rose from 2 to 3%", "raised rates by 0.25% to 4.75%", "profits slump 27% to $284m") nor a
# length ("waves of 3-4m": a glued "m" is millions only after a currency).
_RANGE_SCALE = (
    r"(?:\s?(?P<{0}share>%|per\s?cent\b|percent\b|pc\b)"
    r"|\s?(?P<{0}word>million|billion|trillion|bn|trn)\b|(?P<{0}glued>bn|m|trn)\b)"
)
_A_RANGE_OF = re.compile(
    r"(?<![\w.,+/:-])(?P<cur>[$€£])?(?P<low>\d+(?:\.\d+)?)"
    + f"{_RANGE_SCALE.format('low_')}?"
    + r"(?:\s?[-–—]\s?|\s+(?P<joint>to|and)\s+)(?P<top_cur>[$€£])?(?P<top>\d+(?:\.\d+)?)"
    + _RANGE_SCALE.format(""),
    re.I,
)
# Words before "X to Y" that make it a score or a poll, not a range ("Kerry trailed Bush 45 to
# 49 percent"), besides the past forms of change (_MOVED, _A_CHANGE): "prices could rise 10
# to 15%" is a range of a rise to come.
_CHANGING = frozenset(["trailed", "trails", "led", "leads", "beat", "beats", "won", "lost"])


def _ranges(text: str) -> frozenset[tuple[float, float, str]]:
    """The ranges a sentence gives (Facts.ranges): (low, top, what), ``what`` "share" for a
    percentage, else the currency, scaled figures of no currency "". A range in words needs
    "between", or "to" not after a verb of change ("25 and 40 percent" alone is two
    figures)."""
    found = set()
    at = 0
    while (m := _A_RANGE_OF.search(text, at)) is not None:
        at = m.end("low")  # a match refused may hold the next one's low: "2005 and 2.5% to 3%"
        share = m.group("share") is not None
        top_scale = 1.0 if share else _RANGE_SCALES[(m.group("word") or m.group("glued")).lower()]
        low_unit = m.group("low_word") or m.group("low_glued")
        low_scale = _RANGE_SCALES[low_unit.lower()] if low_unit else top_scale
        low, top = float(m.group("low")) * low_scale, float(m.group("top")) * top_scale
        if low >= top:
            continue  # "rose 5 to 3%": a change, not a range
        low_share = m.group("low_share") is not None
        if (low_share and not share) or (low_unit and share):
            continue  # "slump 27% to $284m": a share, then a sum
        currency = m.group("cur") or m.group("top_cur") or ""
        before = text[max(0, m.start() - 40) : m.start()].lower().split()[-3:]
        between = bool(before) and before[-1] == "between"
        glued = (m.group("glued") or "").lower() == "m"
        if glued and not (currency or between or (m.group("low_glued") or "").lower() == "m"):
            continue  # "waves of 3-4m": metres, as likely as millions ("2m-3m people" is not)
        ranged = bool(set(before) & _A_RANGE)  # "estimates range from 25 to 40%"
        if m.group("joint") == "and" and not between:
            continue
        changed = set(before) & (_MOVED | _A_CHANGE | _CHANGING) or before[-1:] == ["from"]
        if m.group("joint") == "to" and not (between or ranged) and changed:
            continue  # "rose from 2 to 3%", "by 0.25% to 4.75%": a change (_range_top)
        found.add((low, top, "share" if share else currency))
        at = m.end()
    return frozenset(found) if found else _NO_RANGES


_NO_RANGES: frozenset[tuple[float, float, str]] = frozenset()
_RANGE_SCALES = {
    "m": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "trn": 1e12,
    "trillion": 1e12,
}
_PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
# A thing known by its number: "stage 13", "Flight 447", "Resolution 1747", "Game 7". Two
# sentences naming the same kind of thing by different numbers speak of different things.
_NUMBERED_NOUNS = (
    "stage",
    "round",
    "game",
    "match",
    "flight",
    "resolution",
    "article",
    "chapter",
    "section",
    "leg",
    "race",
    "episode",
    "phase",
    "terminal",
    "gate",
    "platform",
    "route",
    "bus",
    "highway",
    "interstate",
    "district",
    "ward",
    "block",
    "camp",
    "building",
    "tower",
    "reactor",
    "unit",
    "lot",
    "hole",
)
_NUMBERED = re.compile(
    rf"\b({'|'.join(_NUMBERED_NOUNS)})\s+(?:no\.?\s*|number\s+|#)?([a-z]{{0,3}}\d+[a-z]?)\b"
    r"(?!-\d)"  # "won the game 19-13": a score (_scores), not game 19
    # not a figure that follows the noun: "a camp 20 km from the border", "the tower 300
    # metres high", "Bus 12 people were hurt"
    r"(?!\s*(?:km|kilomet|mile|metre|meter|feet|foot|ft\b|m\b|people|persons|percent|per\s+cent"
    r"|%))",
    re.I,
)
# A score or a vote: "beat Italy 28-17", "a 1-0 defeat", "leading 18-12 as the game
# entered the final quarter", "won 6-3 6-0", "MPs voted 272-219". Two sentences that give
# different scores, and none in common, speak of different matches or moments of one (a
# review's likely group: "leading 18-12 as the game entered the final quarter" against
# Italy, "extended Ireland's lead to 17-6 as the game entered the final quarter" against
# South Africa). Only beside a word of the game or a vote, or another score (a tennis
# match's sets): not a date's days ("11-26 March"), an age band ("the 25-54 age category"),
# a range of a count ("10-15 years ago"), a model ("Boeing 737-800").
_SCORE = re.compile(r"(?<![\w.,£$€/-])(\d{1,3})-(\d{1,3})(?![\w%/-]|[.,]\d)")
# a word of the game or a vote among the four words before the score ...
_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw"
    r"|led|lead|leads|leading|trailed|trailing|trail|edged|thrashed|defeated|defeat|crushed"
    r"|scored?|scoreline|made\s+it|level\s+at|voted|vote|passed)\b(?:\s+\S+){0,3}\s+$",
    re.I,
)
# ... or just after it
_SCORE_AFTER = re.compile(
    # (past a competition's name: "the 2-1 Uefa Cup win", "a 3-0 FA Cup defeat")
    r"\W*(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}"
    r"(?:wins?|victory|victories|defeats?|loss|losses|draw|lead|down|up|ahead|half-time"
    r"|half\s+time|aggregate|success|triumph|home|away|scoreline|thrashing|drubbing|reverse"
    r"|margin|result|in\s+favour|majority)\b",
    re.I,
)
# not a span of time or a share: "won 10-15 years ago", "a 25-40% cut"
_SCORE_NOT = re.compile(
    r"\s*(?:%|per\s*cent|percent|(?:"
    + _MONTH
    + r")\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|age[ds]?\b"
    r"|people\b|met(?:re|er)s?\b|km\b|kilomet|miles?\b|yards?\b|feet\b|kg\b|lb\b"
    r"|seats\b|jobs\b|points\b|goals\b|votes\b|favourite\b|aircraft\b|planes?\b|jets?\b)",
    re.I,
)


_NOT_BEFORE_A_SCORE = re.compile(
    r"\b(?:" + _MONTH + r"|aged|ages|between|odds\s+of|(?<!level\s)at)\s+$", re.I
)


def _scores(text: str) -> frozenset[tuple[str, str]]:
    """("score", "18-12") for each score or vote a sentence gives (_SCORE), higher first; a
    match's sets are one score, its tie-breaks left out ("3-6 7-6 (8-6) 7-5", "3-6, 7-6 (8-6),
    7-5" and "7-6(6) 6-3" alike: "6-3 7-6 7-5", "7-6 6-3"), so that two matches that share a
    set's score are still two results (a group's "Andy Roddick rallied to beat Sweden's Thomas
    Enqvist 3-6 7-6 (8-6) 7-5" / "The American top seed ... overcame Germany's Tommy Haas ...
    7-6 (7-3) 6-3", over 1,000 articles). A score opening a bracket of words ("4-2 (5-4 on
    aggregate)", "(1-0 at half-time)") is a score of its own, not a set."""
    found = [m for m in _SCORE.finditer(text) if not _SCORE_NOT.match(text, m.end())]
    out: set[tuple[str, str]] = set()
    match: list[str] = []  # the sets of the match being read

    def bracketed(m: re.Match[str]) -> bool:
        return text[m.start() - 1 : m.start()] == "("

    def tie_break(m: re.Match[str]) -> bool:
        return bracketed(m) and text[m.end() : m.end() + 1] == ")"

    def beside(first: re.Match[str], second: re.Match[str]) -> bool:
        return _SETS_GAP.fullmatch(text, first.end(), second.start()) is not None

    for k, m in enumerate(found):
        if _NOT_BEFORE_A_SCORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "on March 11-12", "voters aged 18-24"
        if tie_break(m):
            continue  # inside its set
        alone = bracketed(m)  # "(5-4 on aggregate)"
        # Beside the score before or after it, a tie-break between them read as part of
        # its set ("7-6 (7-3) 6-3").
        after = not alone and k > 0 and beside(found[k - 1], m)
        following = found[k + 1] if k + 1 < len(found) else None
        sets = not alone and (
            after
            or (
                following is not None
                and (tie_break(following) or not bracketed(following))
                and beside(m, following)
            )
        )
        if not (
            sets
            or out  # "beat Chelsea 2-1 on Saturday and Everton 3-0 on Tuesday"
            or match
            or _SCORE_AFTER.match(text, m.end())
            or _SCORE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        ):
            continue
        a, b = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
        if match and not after:
            out.add(("score", " ".join(match)))
            match = []
        if sets:
            match.append(f"{a}-{b}")
        else:
            out.add(("score", f"{a}-{b}"))
    if match:
        out.add(("score", " ".join(match)))
    return frozenset(out)


# What may stand between two sets of a match: a space or a comma, a short tie-break ("7-6(6)",
# "7-6 (6),"), or the brackets of a full one, read as a score of its own ("7-6 (8-6) 7-5").
_SETS_GAP = re.compile(r"\s{0,2}(?:\(\d{1,2}\))?[,;]?\s{0,2}\(?|\)[,;]?\s{0,2}")


# A place in a ranking or chart: "the iPod is at number one", "a new entry at number five",
# "went straight in at No 3". Two sentences that give one thing different places speak of
# different charts or weeks (a review's likely group: Stuff's top ten, "at number one", and
# Mobile PC's top 100, "at number 12"). Only after "at", "to", "in" or "from" (a position, not
# "number one priority", "the number of"); "No" only capitalised ("no 10-year-old"); not
# "Number 10" or "No 10", Downing Street.
_RANK_NUMBER = (
    r"\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_RANK = re.compile(
    # (not "from": "fell from number three to number five" is at number five this week; a
    # review's strong pair beside another week's "went in at number three")
    r"\b(?:at|to|in|(?i:reach|hit|enter|climb|peak|debut)(?:s|es|ed|ted)?)\s+(?:the\s+)?"
    r"(?!(?i:number)\s*1[01]\b|No\.?\s*1[01]\b)"  # not Downing Street (No 10, No 11)
    r"(?:(?i:number)\s+|No\.?\s*|(?P<many>(?i:numbers))\s+)"
    rf"(?P<rank>{_RANK_NUMBER})\b(?![,.]?\d)"
    # "numbers 19 and 10": the second only after "numbers" ("at number two and 120,000
    # copies were sold" holds one rank and a count)
    rf"(?:(?(many)\s+and\s+(?P<also>{_RANK_NUMBER})\b(?![,.]?\d)))?(?!\s*(?:%|per))"
)
_RANK_HINTS = ("number", "no")
# The how-manyth of a run: "topped the box office for a third week", "a second successive
# win", "for the first time". A sentence of a film's second weekend and one of its third
# report different weekends (a review's likely group of three weekly charts).
_ORDINALS = {
    w: str(n)
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ],
        start=1,
    )
}
_NTH = rf"(?:{'|'.join(_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))"  # "third", "3rd"
_RUN = re.compile(
    rf"\b(?P<nth>{_NTH})"
    r"\s+(?:(?:straight|consecutive|successive|running)\s+)?"
    r"(?P<kind>week|weekend|day|month|year|season|term|time|victory|win|defeat|place|position"
    # a competition's numbered parts: "the FA Cup fifth round" and "the FA Cup third round"
    # are two draws (a review's likely point); not "set", as often a verb or a group ("first
    # set up", "the second set of charges") as a tennis set
    r"|spot|round|stage|leg)s?\b",
    re.I,
)
# A round reached is where a winner goes next, not the round it won: "beat Kiefer to set up a
# second round clash" and "beat Kiefer in the first round" report one match, as "reached the
# third round" and "won his second-round match" do; such a round numbers nothing.
_REACHED = re.compile(
    r"\b(?:into|reach|reaches|reached|reaching|set up an?|sets up an?|setting up an?|"
    r"earn an?|earns an?|earned an?|"
    r"through to|advance to|advances to|advanced to|progress to|progressed to|"
    r"(?:place|berth|spot) in)(?: the)?(?: [a-z]+ cup)? $"
)
_RUN_HINTS = (
    *("week", "day", "month", "year", "season", "term", "time", "victor", "win", "defeat"),
    *("place", "position", "spot", "round", "stage", "leg"),
)


# The how-manyth of its kind to do a thing: "the first US movie released this year to top the
# $100m mark" is not "the ninth Jim Carrey film to hit the $100m mark" (a review's strong
# group), "the first woman to win" not "the second woman to win".
# Not a moment or a stage ("in the 89th minute to give Chelsea a 2-1 victory", "the second
# half to score", "the third quarter to September"), nor a movement ("the first flight to
# London": "to" and a verb in lower case), nor a reaction.
_NTH_TO = re.compile(
    rf"\b(?i:the)\s+(?P<nth>(?i:{_NTH}))\s+"
    r"(?!(?i:minute|minutes|half|quarter|period|hour|day|week|month|year|time|round|leg|stage|"
    r"reaction|step|flight|train|bus)\b)(?:[\w'’-]+\s+){1,6}?to\s+[a-z]"
)


def _runs_and_ranks(
    text: str, lowered: str, odd: bool
) -> tuple[set[tuple[str, str]], list[tuple[int, int]]]:
    """The ranks ("number", "1") and the how-manyth of a run ("week", "3") a sentence names
    (_RANK, _RUN), and where each rank's number is written (it counts nothing)."""
    found: set[tuple[str, str]] = set()
    spans: list[tuple[int, int]] = []
    if _may_match(lowered, _RANK_HINTS, odd):
        for m in _RANK.finditer(text):
            for group in ("rank", "also"):
                if m.group(group):
                    rank = m.group(group).lower()
                    found.add(
                        ("number", str(_WORD_NUMBERS.get(rank, 1 if rank == "one" else rank)))
                    )
                    spans.append(m.span(group))
    if _may_match(lowered, _RUN_HINTS, odd):
        for m in _RUN.finditer(text):
            nth = m.group("nth").lower()
            kind = m.group("kind").lower()
            if kind == "place" and nth == "first" and lowered[: m.start()].endswith("the "):
                continue  # "should never have been banned in the first place"
            if kind in ("round", "stage") and _REACHED.search(lowered[: m.start()]):
                continue  # a round reached is not the round played (_REACHED)
            found.add((_RUN_KINDS.get(kind, kind), _ordinal(nth)))
    if _may_match(lowered, _NTH_HINTS, odd):
        for m in _NTH_TO.finditer(text):
            nth = m.group("nth").lower()
            found.add(("nth", _ordinal(nth)))
    return found, spans


def _ordinal(nth: str) -> str:
    """An ordinal's number: "third" and "3rd" are "3"."""
    return _ORDINALS.get(nth) or nth.rstrip("stndrh")


_NTH_HINTS = ("the",)
# A win and a victory are one run; a weekend is a film's week at the box office; "second
# place" in a chart or a race is its number two ("entered the chart in second place" and
# "moved down the chart to fourth place" are two weekends, not a disagreement on takings).
_RUN_KINDS = {
    "victory": "win",
    "weekend": "week",
    "place": "number",
    "position": "number",
    "spot": "number",
}


# Measures that tell one event from another: two quakes, or two sightings, at times more than
# this many minutes apart, or of magnitudes more than this far apart, are two events (an
# aftershock is not the main quake); closer, they are one event the sources disagree on.
_SAME_EVENT_MINUTES = 15
_SAME_EVENT_MAGNITUDE = 0.5
_SAME_THING_RATIO = 2.0
# Two figures this close for one measure are one measurement reported two ways ("fifteen
# kilometres" and "sixteen kilometers" from the capital; 08:30 and 8.26am at King's Cross),
# not two events: a disagreement to flag, not a reason to keep the sentences apart.
_SLIGHT_RATIO = 1.25
_SLIGHT_MINUTES = 10
# A statement's first version and its revision are two events ("Iran initially gave the
# position as ..." / "Iran gave a revised position"), however alike their words.
_FIRST = re.compile(r"\b(initially|originally|at first|first reported|early reports)\b", re.I)
_FIRST_HINTS = ("initially", "originally", "first", "early reports")
_REVISED = re.compile(
    r"\b(revised|revising|revises|corrected|correcting|retracted|retracts|amended|"
    r"updated|later (?:said|revised|changed|admitted|corrected)|subsequently)\b",
    re.I,
)
_REVISED_HINTS = (
    "revis",
    "correct",
    "retract",
    "amended",
    "updated",
    "later ",
    "subsequently",
)
_NUMBER_HINTS = tuple(sorted(w for w in _WORD_NUMBERS if "-" not in w))  # in every number word
_FRACTION_HINTS = ("half", "quarter", "third")
_WEEKDAY = {d: re.compile(rf"\b{d}\b") for d in WEEKDAYS}
_DIGIT = re.compile(r"\d")  # dates, times, years and numbered things all have one
# Letters that re.IGNORECASE takes for ASCII letters though lower() does not make them so
# (dotted and dotless i, long s, the Kelvin sign): a text with one is always searched.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_IN_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)")


def meeting_place(text: str) -> str | None:
    """Where a sentence that reports a meeting or visit says it took place ("in New Delhi")."""
    if not _MEETING.search(text):
        return None
    return _first_place(text)


def _first_place(text: str) -> str | None:
    found = _IN_PLACE.findall(text)
    return found[0] if found else None


def _may_match(lowered: str, hints: tuple[str, ...], odd: bool) -> bool:
    """Whether a case-insensitive pattern with these hints can match the text: False only
    when the lower-cased text holds none of them (and no letter of _ODD_CASE)."""
    return odd or any(map(lowered.__contains__, hints))


def event_places(texts: list[str]) -> str | None:
    """Where the article's own event happened: the place its lede (first five sentences)
    first gives for a meeting, if it names one."""
    return next((p for p in map(meeting_place, texts[:5]) if p), None)


def _value(match: re.Match[str]) -> float:
    # casefold, not lower: the pattern matches without case, so "ſix" (a long s) is "six" too;
    # and "SİX" (a dotted capital I) casefolds to "si̇x", an i with a combining dot
    raw = match.group("num").casefold().replace("\u0307", "").replace(",", "")
    value = float(_WORD_NUMBERS[raw]) if raw in _WORD_NUMBERS else float(raw)
    scale = (match.group("scale") or match.group("glued") or "").casefold()
    return value * _SCALE.get(scale, 1.0)


# A distance's unit, a conversion in brackets, a bearing, then the place it is measured from:
# "45 kilometers southwest of San Antonio", "15 km (9 miles) southwest of Port-au-Prince",
# "41 miles) southeast of Pichilemu" (the conversion itself), "28 kilometers at the south of";
# not "20 km of Highway 1" (a stretch of it).
_UPPER = "A-ZÀ-ÖØ-Þ"
_FROM_PLACE = re.compile(
    r"\s*[\w.]+\)?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:(?:(?:at|to)\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of|off\s+the\s+coast\s+of"
    r"|(?:away\s+)?from)"
    rf"\s+([{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*){{0,2}})"
)
_NOT_A_PLACE = frozenset([*WEEKDAYS, *MONTHS, "on", "in", "at"])
_NO_TALLIES: frozenset[tuple[tuple[str, float], tuple[str, float]]] = frozenset()
# Between two counts given together: what the first counts, then "and" ("216 passengers and
# 12 crew", "12 crew members and 216 passengers").
_AND_THEN = re.compile(r"\s+[\w-]+(?:\s+[\w-]+){0,2}\s+and\s+")
_MAGNITUDE_AS = re.compile(r"\bmagnitude\s+as\s+$")
_ON_SCALE = re.compile(r"on the (?:\w+ )?(?:richter|magnitude)\b")


def _figure_word(word: str) -> bool:
    """Whether a word (lower case) is a figure: "222,570", "five"."""
    word = word.strip(",.;:()")
    return bool(word) and (word[0].isdigit() or word in NUMBER_WORDS)


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")
_HOMELESS = re.compile(r"\bhomeless\b|\bwithout (?:homes|shelter)\b|\blost (?:their|its) homes\b")
_CLAUSE_AFTER = re.compile(r"[,;:]| and | but | while ")
# A sentence's end: a stop after a figure or a word of three letters or more, then a capital
# ("150,000. About"; not "U.S. Army", "Mr. Smith").
_SENTENCE_END = re.compile(r"(?:(?<=\d)|(?<=[a-z]{3}))[.!?][\"”’)]*\s+[A-Z]")
# "sold 300 last year", "4.20 this week", "12 next month": when, not what the figure counts.
_RELATIVE = frozenset(["last", "next", "this"])
_TIME_WORDS = frozenset(
    [
        *WEEKDAYS,
        *MONTHS,
        "year",
        "week",
        "weekend",
        "month",
        "quarter",
        "season",
        "decade",
        "century",
        "night",
        "morning",
        "afternoon",
        "evening",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    ]
)
_CLAUSE_BEFORE = re.compile(r"[,;]| and | while ")
_STOP = re.compile(r"[.!?][\"”’)]*\s+")
# A death toll named earlier in the sentence, what a figure after it counts when it counts
# nothing named nearer: "The death toll, as of Friday, is estimated to be 110,000" (MultiLing
# M0063: an analyst found its toll missing from the brief), "the toll from the floods rose to
# 40". Not past a sentence's end, a semicolon or a figure; not a figure of people ("the death toll ...
# continues to rise, passing 80,000 people" stays a count of people: in M006 it is beside
# "Aceh province alone may have as many as 80,000 death", a labelled negative).
_TOLL_BEFORE = re.compile(r"\b(?:(?:death|casualty)\s+|the\s+)toll\b(?:(?![.;:!?\d])[^.;:!?\d])*$")
# Between a toll and a figure: a toll not given, or another clause's count ("The death toll
# has not been released, but the hospital said it had treated 150"; a code review's cases).
_NOT_THE_TOLL = re.compile(
    r"\b(?:not|no|unknown|unclear|but|while|although|though|whereas|yet|treated|injured"
    r"|wounded|hurt|missing|rescued|saved|survivors?)\b"
)
_UNIT_WORDS = {
    unit: [re.compile(rf"\b{w}\b") for w in _UNITS[unit].split()] for unit in ("dead", "injured")
}


def _an_age_at(lowered: str, match: re.Match[str], before: list[str]) -> bool:
    """ "died ... at 50": an age, not a toll ("The death toll stands at 45", "Officials put
    the death toll at 1,500", "Deaths were estimated at 3,000" are tolls)."""
    if not before or before[-1] != "at":
        return False
    clause = lowered[max(0, match.start() - 60) : match.start()]
    return _DIED.search(clause) is not None and _TOLL_OR_COUNT.search(clause) is None


_DETERMINERS = frozenset(["the", "these", "those", "all", "its", "their", "his", "her", "our"])
_DIED = re.compile(r"\b(?:died|dies)\b")
_TOLL_OR_COUNT = re.compile(r"\b(?:toll|number|deaths|estimated|put|stands?|stood)\b")


def _a_toll(lowered: str, match: re.Match[str]) -> bool:
    """Whether a death toll is named before the figure in its sentence (_TOLL_BEFORE), and
    the figure gives it: nothing between says it is not given or counts another thing, and
    "the toll" alone is one of the dead only in a sentence of death (not a road's toll)."""
    found = _TOLL_BEFORE.search(lowered, max(0, match.start() - 100), match.start())
    if found is None or _NOT_THE_TOLL.search(found.group(0)):
        return False
    return (
        found.group(0).startswith(("death", "casualty"))
        or _death_context(lowered)
        or _of_killing(lowered)
    )


# A number written as a word with a capital after a word, a figure or a comma (not after a
# dateline's dash or a colon: "(CNN) -- Three U.S. soldiers were killed", "Police: Two
# Americans killed"), before another capitalised word, is part of a name ("the old Five
# Nations became Six in 2000", "the 2005 Six Nations"): two sources naming the two
# tournaments did not disagree on a count.
_IN_A_NAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?\s+[A-Z]")
# A figure between two labels and their colons is an item of a list: "Att: 47,111 Ref: S
# Bennett (Kent)." counts no referees ("killed 20 Americans: 12 soldiers and ..." does count).
_LABEL_AFTER = re.compile(r"\s+[A-Z][a-z]*:")
_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]*:\s*$")


# Words that are no counted noun, besides _SKIP's: a figure before one counts nothing it
# names ("the top ten for the first time", "within two to three months", "ten of its 27
# plants"). A closed list, not the stop words: those hold nouns a figure counts ("tries",
# "changes"). And words that stand between a figure and its noun ("190,000 new jobs", "two
# further UK hits", "Ten former directors").
_FUNCTION_WORDS = frozenset(
    [
        *("for", "from", "out", "into", "onto", "on", "by", "with"),
        *("after", "before", "since", "until", "during", "across", "against", "among"),
        *("between", "per", "instead", "respectively", "each", "all"),
        *("it", "its", "he", "she", "they", "them", "their", "his", "her", "our", "your"),
        *("we", "you", "i", "me", "who", "whom", "which", "that", "this", "these"),
        *("those", "what", "will", "would", "could", "should", "can", "may", "might"),
        *("must", "shall", "did", "do", "does", "is", "be"),
        *("also", "just", "still", "even", "now", "then", "already"),
        *("currently", "only", "so", "too", "very", "rather", "nor", "if", "said"),
    ]
)
_BEFORE_A_NOUN = frozenset(
    [
        *("new", "further", "following", "additional", "extra", "different", "separate"),
        *("former", "possible", "old", "young", "major", "big", "small", "large", "top"),
        *("senior", "main", "key", "leading", "previous", "remaining", "consecutive", "plus"),
    ]
)


_CURRENCY_OF = {"euro": "eur", "dollar": "usd", "pound": "gbp"}
_CASUALTIES = frozenset(["dead", "injured", "arrested", "missing"])
# A casualty verb after a figure counts it only when said of the figure's noun: "5,000 people
# were held", "two soldiers were killed", "21 wounded", "two Britons held at Guantanamo Bay";
# not another subject's ("3,000 people attended a candlelit vigil held in Hyde Park", "five
# months before the event is held") nor the noun's own deed ("The two banks reportedly held
# talks", "Band Aid 20 has held on the chart top spot", "two soldiers killed three civilians").
_PASSIVE = frozenset(["were", "was", "are", "is", "been", "being", "be"])
_PERFECT = frozenset(["has", "have", "had"])
_TO_THE_VERB = frozenset(
    [
        *("who", "that", "which", "reportedly", "also", "later", "declared", "confirmed"),
        *("feared", "believed", "reported", "presumed", "thought", "known", "to", "still"),
        *("now", "already", "all", "left", "so", "far", "both", "apparently", "allegedly"),
        *("initially", "officially", "will", "would", "could", "may", "might", "either"),
        "found",
    ]
)
# Verbs that take an object ("killed three civilians", "held talks"): after a figure without
# "were" or "been", one counts the figure's noun only when no object follows ("Two killed in
# blast", "four Britons held by the US").
_TRANSITIVE = frozenset(
    ["killed", "killing", "wounding", "injuring", "held", "detained", "arrested"]
)
_NO_OBJECT = frozenset(
    [
        *("in", "at", "by", "on", "for", "without", "during", "after", "since", "under"),
        *("over", "from", "near", "inside", "outside", "across", "around", "as", "until"),
        *("overnight", "there", "here", "hostage", "captive", "incommunicado", "so", "far"),
        *("today", "yesterday", "last", "this", "when", "while", "before", "or", "to"),
        *("following", "including", "among", "worldwide", "earlier", "later", "again"),
    ]
)
# In the noun phrase, the words of a place or a group it belongs to: "15 protesters from the
# Fathers 4 Justice campaign group were arrested", "two of them".
_OF_THE_NOUN = frozenset(["of", "from", "in", "at", "on", "board", "aboard", "them", "us", "whom"])
# A span of time counted from a moment the sentence does not name: "Approximately fourteen
# minutes later, an automated message was sent" and "Four minutes after the problems began
# the last message indicated..." are one message (a labelled M008 pair the two figures had
# made two events). "Four minutes after the problems began" names its moment and is kept.
_LATER = re.compile(r"\s+[a-z]+\s+(?:later|earlier)\b(?!\s+than)")  # past the unit
_CLOCK_NOUNS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
# Verbs of motion or change, which a figure's name comes before ("The Boeing 747 landed",
# "The FTSE 100 rose 20 points", "Band Aid 20 slipped to six"): no counted noun.
_MOVED = frozenset(
    [
        *("rose", "fell", "climbed", "dropped", "jumped", "gained", "slipped", "surged"),
        *("soared", "plunged", "tumbled", "increased", "decreased", "declined", "grew"),
        *("shrank", "edged", "dipped", "slumped", "rallied", "landed", "flew", "arrived"),
        *("departed", "moved", "went", "came", "crashed", "inched", "eased", "returned"),
    ]
)


# A disaster's claiming of victims is their death: "claimed more than 175,000 victims".
_CLAIM_ENDS = re.compile(r"\s*(?:[.,;:)]|$|\s(?:in|and|when|since)\b)")
_CLAIMED = re.compile(r"\bclaim(?:ed|ing)\b(?:\s+\w+){0,3}\s+$")
# What claims victims by killing them (not a scam, nor a lawsuit that "claims 200 victims").
_KILLER = re.compile(
    r"\b(?:tsunami|earthquake|quake|flood\w*|attacks?|bomb\w*|blasts?|crash\w*|storms?"
    r"|hurricane|cyclone|typhoon|fires?|explosions?|disaster|epidemic|war|killed|died|dead"
    r"|deaths?|deadl\w+)\b"
)
# Verbs that spare a figure's noun what follows them: "two females escaped injuries".
_SPARED = frozenset(["escaped", "avoided", "survived", "spared", "evaded"])
# "bodies" count the dead beside a word of death or of finding them ("More than 75,000 bodies
# have been recovered"); else they are organisations: "about 100,000 public bodies", "the two
# bodies generating private income for the Queen" (a blind reader's cases, session 44).
_OF_THE_DEAD = re.compile(
    r"\b(?:dead|deaths?|killed|died|dying|recovered|found|buried|burial|pulled|identified"
    r"|retrieved|morgues?|remains|exhumed|victims|lying|lined|lining|washed|bags|graves?"
    r"|autops\w+|corpses?|drowned|floating|rubble|wreck\w*|crash\w*|discovered|counted"
    r"|located|seen|spotted|unidentified)\b"
)
# Words before "bodies" that make them organisations or stars, not the dead.
_NOT_CORPSES = frozenset(
    [
        *("public", "appointed", "national", "governing", "regulatory", "professional"),
        *("statutory", "sporting", "advisory", "official", "international", "local"),
        *("government", "representative", "olympic", "heavenly", "celestial", "other"),
        *("arms-length", "industry", "trade", "funding", "standards", "oversight"),
    ]
)
# A span of time after a figure: it counts no casualties, whatever verb is before it ("who
# died two years ago", "3000 died over 30 years").
_A_SPAN = re.compile(
    r"\s*(?:years|months|weeks|days|hours|minutes|decades)\b(?!-)"
    r"|\s*(?:year|month|week|day|hour|minute|decade)\s+ago\b"
)  # not "12 day labourers", "40 day-trippers"


def _unit_of(word: str, lowered: str, previous: str = "") -> str | None:
    """_UNIT_OF's measure for a word, "bodies" only as the dead: not after a word that makes
    them organisations or stars ("public bodies", "heavenly bodies"), and only in a sentence
    of death or of finding them (_death_context)."""
    unit = _UNIT_OF.get(word)
    if word == "bodies" and (previous in _NOT_CORPSES or not _death_context(lowered)):
        return None
    return unit


@functools.lru_cache(maxsize=256)
def _of_killing(lowered: str) -> bool:
    """Whether a sentence speaks of what kills (_KILLER); once per sentence."""
    return _KILLER.search(lowered) is not None


@functools.lru_cache(maxsize=256)
def _death_context(lowered: str) -> bool:
    """Whether a sentence speaks of death or of finding the dead (_OF_THE_DEAD); once per
    sentence, however many figures it gives."""
    return _OF_THE_DEAD.search(lowered) is not None


def _casualty_after(after: str, lowered: str = "") -> str | None:
    """The casualty measure (dead, injured, arrested, missing) a verb or adjective after a
    figure says of the figure's noun, if one does: first the noun and its words (no more than
    four, none a time's noun), then the verb's own words ("were", "have been declared")."""
    words = [w.strip("-.,'’\"“”()") for w in after.split()[:8]]
    content = 0
    verb = False  # past the noun, among the verb's own words
    passive = False
    for n, word in enumerate(words):
        unit = _unit_of(word, lowered or after, words[n - 1] if n else "")
        if unit in _CASUALTIES:
            if word in _TRANSITIVE and not passive:
                if n and words[n - 1] in _PERFECT:
                    return None  # "has held on the chart top spot"
                if n + 1 < len(words) and not (
                    words[n + 1] in _NO_OBJECT or words[n + 1].endswith("ly")
                ):
                    return None  # "held talks", "killed three civilians"
            return unit
        if (
            word in _PASSIVE
            or word in _PERFECT
            or word in _TO_THE_VERB
            or (verb and word.endswith("ly"))
        ):
            verb = True
            passive = passive or word in _PASSIVE
        elif verb and words[n + 1 : n + 3] == ["to", "death"]:
            return "dead"  # "96 supporters were crushed to death"
        elif verb and word == "buried" and words[n + 1 : n + 2] not in (["alive"], ["under"]):
            # "75,000 have been buried in mass graves" (the dead); not "40 people remain
            # buried alive", "were buried under rubble", nor "The landslide buried 200 homes"
            return "dead"
        elif verb or not word:
            return None
        elif word in ("a", "an", "the") and content and words[n - 1] not in _OF_THE_NOUN:
            return None  # "3,000 people attended a candlelit vigil held in Hyde Park"
        elif word in _OF_THE_NOUN or word in _SKIP or word in NUMBER_WORDS or word.isdigit():
            content += word in ("people", "persons")
        elif word in _FUNCTION_WORDS or (not content and word.removesuffix("s") in _CLOCK_NOUNS):
            return None  # "five months before the event is held", "a two minutes silence"
        elif word in _SPARED:
            return None  # "two females escaped injuries": none hurt
        else:
            content += 1
            if content > 4:
                return None
    return None


_CURRENCY_NOUN = re.compile(rf"{_CURRENCY_WORDS}\b", re.IGNORECASE)


def _name_before(text: str, at: int) -> bool:
    """Whether the word just before ``at`` is a name: capitalised and no function word
    ("Radio 5 Live", "Boeing 747", "Theresa May's"; not "The 15 British sailors", "Last
    May's figures")."""
    before = text[max(0, at - 30) : at].split()
    last = before[-1] if before else ""
    return last[:1].isupper() and last.isalpha() and last.lower() not in stop_words("english")


# Before a person's age, which is no count: "has died in Los Angeles at the age of 93" and
# "has died at the age of 79" had been two death tolls, 93 against 79, of two men's deaths
# over 1,000 BBC articles. Read as an age, the same age is a fact two reports share ("Brando,
# who died last July at the age of 80"), and two ages tell two people apart.
_AGE_BEFORE = re.compile(
    r"\b(?:aged(?:\s+(?:between|from|under|over|up\s+to))?|the\s+age\s+of|died\s+at)\s+$"
)
# Before a chart's top, which counts nothing: "two more top 20 hits" / "a UK top 10 hit".
_TOP_BEFORE = re.compile(r"\btop\s+$")


def _unit(match: re.Match[str], lowered: str) -> str | None:
    """What a number counts: a measure word just before it ("killing two"), else the first
    word after it in its clause ("21 wounded", "350 million dollars"), else a measure named
    earlier in the clause ("the death toll rose to 213"), else the counted noun."""
    if match.group("cur") == "$":
        return "usd"
    if match.group("cur"):
        return {"€": "eur", "£": "gbp"}[match.group("cur")]
    currency = _CURRENCY_AFTER.match(lowered, match.end()) if match.group("glued") else None
    if currency:  # "14bn euros", "a 4bn-euro hole", "4.3bn rupees"
        named = currency.group(1)
        return _CURRENCY_OF.get(named.removesuffix("s"), _singular(named))
    if _AGE_BEFORE.search(lowered, max(0, match.start() - 20), match.start()):
        return "age"  # "died at the age of 93": no toll; one age read as one fact
    if _TOP_BEFORE.search(lowered, max(0, match.start() - 8), match.start()):
        return None  # a chart's top: "two more top 20 hits" / "a UK top 10 hit"
    before = [
        w.strip(",.;:'’") for w in lowered[max(0, match.start() - 40) : match.start()].split()
    ]
    if (
        _MAGNITUDE_AS.search(lowered, max(0, match.start() - 20), match.start())
        and "." in match.group("num")
        and _value(match) <= 10
    ):
        return "magnitude"  # "measured the aftershock's magnitude as 6.6"
    spans = _A_SPAN.match(lowered, match.end()) is not None  # "two years": no casualties
    seen: list[str] = []  # the words between that measure word and the figure
    raw = lowered[max(0, match.start() - 40) : match.start()].split()
    for back, (word, written) in enumerate(
        zip(reversed(before[-4:]), reversed(raw[-4:]), strict=False)
    ):
        if word in ("and", "while", "but", "as", "when", "with") or written.endswith(
            (".", "!", "?")
        ):
            break  # (a stop: "Two people died. Three were injured.")
        at = len(raw) - 1 - back  # the word's place in raw
        if (
            written.endswith((",", ";"))
            and word in _UNIT_OF
            and _UNIT_OF[word] in _CASUALTIES
            and at > 0
            and _figure_word(raw[at - 1])
        ):
            # the noun of the list item before, after its own figure: "left exactly 222,570
            # deaths, 1,300,000 refugees in harbours" counts refugees, not more dead
            # (MultiLing M0069); not "The number of people killed, 52, was lower"
            break
        if word.startswith("("):
            # a bracket opened before the figure: only its first word can say what it counts
            # ("(magnitude 7.0)"; "(about 90 miles)" looks after it; "(US$13 million)"
            # converts a sum, and counts nothing of its own)
            if _UNIT_OF.get(word[1:]) not in (None, "usd"):
                return _UNIT_OF[word[1:]]
            break
        if word == "per":
            break  # a rate's base is no share: "80mg of alcohol per 100ml of blood"
        if word in ("held", "lives") and not (word == "lives" and seen == ["of"]):
            break  # "held 30 years ago", "held six break points", "he lives at 10 Downing Street"
        if (word == "missing" and not (at > 0 and raw[at - 1].lower() in _DETERMINERS)) or (
            word in _UNIT_OF and spans
        ):
            # "for missing three drugs tests", "Sale are missing 14 players" (not "the missing
            # 43 students"); "died two years ago"
            break
        if _unit_of(word, lowered):
            return _UNIT_OF[word]
        if word not in _SKIP:
            break
        seen.insert(0, word)
    after = _CLAUSE_AFTER.split(lowered[match.end() : match.end() + 80])[0]
    # not past a sentence's end the splitter left inside a quotation: "the final death toll
    # could climb beyond 150,000. About 1 million people are homeless" (MultiLing M0008)
    ended = _SENTENCE_END.search(match.string, match.end(), match.end() + len(after))
    if ended:
        after = after[: ended.start() - match.end()]
    # A share is no count of casualties: "Seventy percent of the population lives on less
    # than US$2 per day" gives no 70 dead (MultiLing M0062, beside M006's 200,000).
    share = _PERCENT_AFTER.match(after) is not None
    if _HOMELESS.search(after) and not share:
        return "homeless"  # "1.5 million people have been left without homes"
    casualty = None if share else _casualty_after(after, lowered)
    if casualty:
        return casualty  # "two Romanian tourists have been declared missing"
    tail = match.group("tail").split()
    # Up to three capitalised words before a word in lower case qualify the noun: "15 British
    # sailors", "six million UK households", "41 Grammy nominations", "15 Royal Navy
    # personnel", "Fifteen British Royal Navy personnel" (it had counted "British": session
    # 46's reader), "800,000 Britannia Building Society members", "4m DS consoles" (not "10 Downing Street", all capitalised; nor a plural,
    # which is the noun: "five million Britons had signed up", "2,530 Oscars have been
    # handed out"; "Swiss francs" is no plural). Not a currency's country ("10 million
    # Canadian dollars" are no US dollars), nor a figure inside a name ("Radio 5 Live
    # listeners", "Boeing 747 Jumbo jets").
    names = 0
    while names < min(3, len(tail) - 1):
        word = tail[names].strip("-.,'’")
        if not word[:1].isupper() or (word.endswith("s") and not word.endswith("ss")):
            break
        names += 1
    if (
        names
        and tail[names][:1].islower()
        and (names == 1 or tail[names] not in stop_words("english"))  # "10 Downing Street in"
        and not _CURRENCY_NOUN.match(tail[names])
        and not _name_before(match.string, match.start())
    ):
        tail = tail[names:]
    cased = [w.strip("-.,'’") for w in tail if w.strip("-.,'’").lower() not in ("u.s", "us")]
    words = [w.lower() for w in cased]
    # A chart's top before the noun counts nothing of it (_TOP_BEFORE): "nine UK top 30
    # singles" are nine singles, "two more top 20 hits" two hits.
    for n in range(min(3, len(words) - 1)):
        if words[n] == "top" and (words[n + 1].isdigit() or words[n + 1] in NUMBER_WORDS):
            del words[n : n + 2], cased[n : n + 2]
            break
    if _ON_SCALE.match(" ".join(words)) or (
        before
        and before[-1] == "registering"
        and _value(match) <= 10
        and (not words or not words[0].isalpha() or words[0] in ("on", "magnitude", "richter"))
    ):
        return "magnitude"  # "registering 7.0 on the moment magnitude scale"
    counted = None
    for n, word in enumerate(words):
        if word in ("and", "while", "but", "as", "when", "with"):
            break
        if word in _RELATIVE and n + 1 < len(words) and words[n + 1] in _TIME_WORDS:
            break  # "prices rose to 4.20 last year": the figure counts nothing named
        if word in _UNIT_OF and _UNIT_OF[word] in _CASUALTIES:
            break  # not said of the figure's noun (_casualty_after): "the two banks held talks"
        if word in _UNIT_OF:
            return _unit_of(word, lowered, words[n - 1] if n else "")
        if word in _MOVED and counted is None:
            return None  # "The Boeing 747 landed", "the FTSE 100 rose 20 points"
        if (
            counted is None
            and _ADJECTIVE_PARTICIPLE.match(word)
            and word not in NUMBER_WORDS  # "six hundred witnesses"
            and not (n and (words[n - 1] in _PASSIVE or words[n - 1] in _PERFECT))
            and _noun_next(words, n)
        ):
            # "the three other freed British detainees": the detainees are counted (and
            # "British" qualifies them, as after the figure above)
            qualifier = cased[n + 1]
            if (
                n + 2 < len(words)
                and qualifier[:1].isupper()
                and (not qualifier.endswith("s") or qualifier.endswith("ss"))  # "DVDs"
                and cased[n + 2][:1].islower()
            ):
                words[n + 1] = "the"
            continue
        if word in MONTHS and n and words[n - 1] == "the":
            return None  # "Three of the July 7 bombers": a date names the noun, out of reach
        if word in _SKIP or not word or word in ("people", "persons") or word in _BEFORE_A_NOUN:
            counted = counted or (word if word in ("people", "persons") else None)
            continue
        if word.isdigit():
            return None
        if counted is None and (word in NUMBER_WORDS or word in _FUNCTION_WORDS):
            # "back in the top ten for the first time", "two to three months"; a toll said
            # before it is counted ("The death toll rose to 1,200 on Monday")
            return "dead" if word in _FUNCTION_WORDS and _a_toll(lowered, match) else None
        if counted is None and word in _QUALIFIERS and n + 1 < len(words) and plural(words[n + 1]):
            continue  # "26 league goals", "101 international caps": the plural is counted
        counted = counted or word
        break
    if (counted is None or counted in ("people", "persons")) and not (
        spans or _an_age_at(lowered, match, before)  # "has died in Germany at 50"
    ):
        preceding = lowered[max(0, match.start() - 60) : match.start()]
        clause = _CLAUSE_BEFORE.split(preceding)[-1]
        clause = _STOP.split(clause)[-1]  # "Two people died. Three were injured."
        for unit in ("dead", "injured"):
            if any(w.search(clause) for w in _UNIT_WORDS[unit]):
                return unit
        if counted is None and _a_toll(lowered, match):
            return "dead"  # "The death toll, as of Friday, is estimated to be 110,000"
    if counted in ("people", "persons"):
        return "people"
    if (
        counted in ("victims", "lives")
        and _CLAIMED.search(lowered, max(0, match.start() - 40), match.start())
        and _CLAIM_ENDS.match(lowered, lowered.find(counted, match.end()) + len(counted))
        and _of_killing(lowered)
    ):
        # "the tsunami ... that claimed more than 175,000 victims" (MultiLing M0004); not
        # "he claimed 30 victims had been paid", "claims 500 victims of abuse"
        return "dead"
    if counted and counted.isalpha() and len(counted) > 2:
        # "4 billion euros" is a sum in euros, as "€4 billion" (not "euros" before a figure:
        # "380m euros, ten times more")
        return "eur" if counted == "euros" else _singular(counted)
    return None


# Nouns that qualify the plural after them, not counted themselves: "34 goals" and "26 league
# goals" count goals, so two players' careers ("34 goals in 90 appearances" / "26 league
# goals in 76 appearances") give two different goal tallies. Session 29 tried every singular
# noun and took it back ("three gold medals" beside "five medals" became a disagreement); not
# "crew" either, which "216 passengers and 12 crew" counts as "12 crew members" does.
_QUALIFIERS = frozenset(
    ["league", "cup", "test", "career", "international", "premiership", "championship"]
)


def plural(word: str) -> bool:
    """Whether a word (lower case) may be a plural of the word without its last letter: not
    "news", "bus", "crisis", "boss", nor a short word."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ws"))


# A past participle before the noun it qualifies: "freed", "armed", "reported", "planned".
_ADJECTIVE_PARTICIPLE = re.compile(r"^[a-z]{3,}ed$")


def _noun_next(words: list[str], n: int) -> bool:
    """Whether the word after words[n] may be the noun a participle qualifies: a word of
    letters, no function word, figure or unit ("freed British detainees", not "freed on
    Monday", "rated as", "recovered nine days later"). A participle after a verb of being or
    having is the verb ("52 were recovered", "Maroon 5 was named best"): the caller's."""
    if n + 1 >= len(words):
        return False
    following = words[n + 1]
    return (
        following.isalpha()
        and following not in _SKIP
        and following not in _FUNCTION_WORDS
        and following not in _NO_OBJECT
        and following not in _UNIT_OF
        and following not in NUMBER_WORDS
    )


def _noun_as_written(lowered: str, end: int, unit: str) -> str:
    """A counted noun as the text writes it after its figure ("three detainees", not "three
    detainee": the measure is its singular); a unit of _UNITS as it is ("21 injured")."""
    if unit in _UNITS:
        return unit
    for word in _WORDS.findall(lowered, end, end + 60):
        word = word.rstrip("'")  # "six months' paid leave"
        if _singular(word) == unit:
            return word
    return unit


_WORDS = re.compile(r"[a-z][a-z'-]*")


# Plurals in -ies of nouns in -ie, and words in -s that are no plural ("series", "news").
_IE_NOUNS = frozenset(
    [*("movies", "cookies", "calories", "rookies", "zombies", "goalies", "brownies"), "smarties"]
)
_NO_PLURAL = frozenset(["series", "species", "news", "means", "headquarters", "whereabouts"])


def _singular(word: str) -> str:
    """A counted noun in the singular, to name its measure: "copies" copy, "churches" church,
    "boxes" box, "businesses" business; "bus", "crisis" and "series" as they are."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in _NO_PLURAL:
        return word
    if word.endswith("ies") and len(word) > 4 and word not in _IE_NOUNS:
        return word[:-3] + "y"  # "companies", "families", "lorries"
    if word.endswith("aches") and not word.endswith(("eaches", "oaches")):
        return word[:-1]  # "headaches"; but "beaches", "coaches"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]  # "matches", "flashes", "boxes", "witnesses"
    return word[:-1]


# Where a figure can begin: a currency sign, a run of digits, or a word that begins a
# number written out ("two", "twenty" of "twenty-one", "dozen").
_NUMBER_FIRST_WORDS = frozenset(w.split("-")[0] for w in _WORD_NUMBERS)
# (a word is a whole run of a-z letters: none just before or after it)
_NUMBER_ANCHOR = re.compile(
    r"[$€£]|\d+|(?<![a-z])(?:"
    + "|".join(sorted(_NUMBER_FIRST_WORDS, key=len, reverse=True))
    + r")(?![a-z])"
)


def _numbers(text: str, lowered: str, odd: bool) -> Iterator[re.Match[str]]:
    """_NUMBER.finditer(text), found faster: the pattern is tried only where a figure can
    begin (an anchor, or the space just before one) instead of at every character, which
    costs the same matches (tests/test_claims.py holds the two equal). Texts whose lower
    case is not letter for letter (odd letters, _ODD_CASE) are searched in full."""
    if odd or len(lowered) != len(text):
        yield from _NUMBER.finditer(text)
        return
    starts: list[int] = []
    for anchor in _NUMBER_ANCHOR.finditer(lowered):
        # a match starts at the anchor, or at a space before it ("$ 5", "( 5")
        at = anchor.start()
        starts.extend((max(0, at - 1), at))
    end = 0
    for start in starts:
        if start >= end and (m := _NUMBER.match(text, start)):
            yield m
            end = m.end()


def _in_a_rate(lowered: str, m: re.Match[str], start: int, unit: str) -> bool:
    """Whether the figure ``m`` is a rate's part or base, which counts nothing by itself:
    "one in five people was injured", "nine out of 10 doctors". A rate's part is smaller than
    its base; a casualty the verb counts stays ("Thirty out of 42 miners were killed" is 30
    dead), and a larger figure is no rate's ("Tornadoes killed 38 in three states")."""
    base = _RATE_BEFORE.search(lowered, max(0, start - 30), start)
    if base is not None:  # the figure follows "one in": a base, if the part is smaller
        return _figure(base.group("other")) < _value(m)
    part = _RATE_AFTER.match(lowered, m.end())
    return part is not None and unit not in _CASUALTIES and _value(m) < _figure(part.group("other"))


def _figure(written: str) -> float:
    """The value of a figure as a rate writes it: digits, a number word, "one" or "a"."""
    bare = written.strip().casefold().replace(",", "")
    if bare in ("one", "a", "an"):
        return 1.0
    return float(_WORD_NUMBERS[bare]) if bare in _WORD_NUMBERS else float(bare)


def _range_top(lowered: str, start: int) -> bool:
    """Whether the figure at ``start`` ends a range ("between 20 and 30", "$300,000 to
    $600,000"), not a change ("rose $1.64 to $47.10")."""
    found = _RANGE_TOP.search(lowered, max(0, start - 60), start)
    if found is None:
        return False
    before = set(found.group("before").split())
    changed = before & (_MOVED | {"than"}) or (before & _A_CHANGE and not before & _A_RANGE)
    if changed and not found.group("between"):  # "cut between 6,000 and 7,000 jobs": a range
        return False
    # A range runs from the lower figure to the higher, in one currency: not "passed 220 to
    # 200 votes", "gave $5m to 300 families".
    written = (found.group("low") or found.group("low2")).strip()
    top = _NUMBER.match(lowered, start)
    if top is None or (written[0] in "$€£") != bool(top.group("cur")):
        return False
    low = _NUMBER.match(written)
    return (_value(low) if low else _figure(written)) < _value(top)


def _fraction(m: re.Match[str]) -> str:
    """A share of a large number in figures: "one and a half million" is "1.5 million"."""
    whole = m.group("whole") or "0"  # ("0": no whole; _figure reads digits and words)
    count = (m.group("count") or "a").lower()
    part = _PARTS[(m.group("part") or m.group("third")).lower()]
    value = _figure(whole) + _figure(count) * part
    return f"{round(value, 3):g} {m.group('unit')}"


# A part of a whole named before: "entitled to 12 months leave, but ... only six of those
# months were paid" gives six months beside the twelve, so it does not disagree with "six
# months' paid leave - and six unpaid" ("six of the months" is read as six months already:
# _unit passes over "of the"). Read only where the sentence gives the whole in that measure:
# "those" may point to a sentence before, whose whole another source's figure would then
# meet as a different count.
_PART_OF = re.compile(r"\s+of\s+(?:those|these)\s+([a-z]{3,})\b", re.IGNORECASE)


def _unit_of_noun(noun: str) -> str:
    """The measure a plural noun counts, as _unit names it ("months": "month")."""
    return _UNIT_OF.get(noun) or _singular(noun)


@functools.lru_cache(maxsize=200_000)
def facts(text: str, place: str | None = None) -> Facts:
    """What the text pins down; ``place`` is where its article's meetings happen, taken as
    the sentence's own place when it reports a meeting without saying where."""
    # Each search below is skipped where it cannot match (no digit, none of its hints): the
    # same facts, found faster (tests/test_claims.py holds the two equal).
    odd = _ODD_CASE.search(text) is not None
    lowered = text.lower()
    if _may_match(lowered, _FRACTION_HINTS, odd):
        text = _FRACTION.sub(_fraction, text)  # "a half-billion dollar donation": $0.5 billion
        lowered = text.lower()
    if _may_match(lowered, _ONE_HINTS, odd):
        text = _ONE.sub(r"1 \1", text)  # "another million have been left without homes"
        lowered = text.lower()
    digits = _DIGIT.search(text) is not None
    years = frozenset(_YEAR.findall(text)) if digits else frozenset()
    if digits:  # (after the years: "1930km" is no year)
        text = _GLUED_UNIT.sub(_spaced_unit, text)  # "912km": "912 km"
        lowered = text.lower()
    dates = set()
    for m in _DATE.finditer(lowered) if digits else ():
        month = m.group(1) or m.group(4)
        day = m.group(2) or m.group(3)
        if month == "may" and not (m.group(2) or m.group(3)):
            continue
        at = m.start(1) if m.group(1) else m.start(4)
        if month in _VERB_MONTHS and len(text) == len(lowered) and text[at].islower():
            continue  # "the 2nd march against tuition fees", "The 2nd may be played ..."
        dates.add(f"{month} {int(day)}")
    numbers = []
    times = set()
    clocks = [*_TIME.finditer(text), *_FOUR_FIGURE_TIME.finditer(text)] if digits else []
    for m in clocks:
        hour, minute = int(m.group(1)), int(m.group(2))
        dotted = "." in m.group(0)[: m.end(2) - m.start()]
        if hour > 23 or minute > 59 or (dotted and not m.group(3) and not m.group("zone")):
            continue  # "8.26" without am/pm or a time zone is a decimal, not a time
        if (m.group(3) or "").lower().startswith("p") and hour < 12:
            hour += 12
        times.add((m.start(), m.end()))
        # A time in a named zone is compared with times in that zone, or with times in no
        # zone when the other sentence names none (_measured): "02.10 GMT" and "23.10 local
        # time" may be one moment.
        zone = m.group("zone")
        measure = "time" if not zone else f"time in {_zone(zone)}"
        written = text[m.start() : m.end("zone") if zone else m.end(3) if m.group(3) else m.end(2)]
        numbers.append((measure, float(hour * 60 + minute), written.strip()))
    numbered_at = digits and _may_match(lowered, _NUMBERED_NOUNS, odd)
    found = list(_NUMBERED.finditer(text)) if numbered_at else []
    ranked, rank_spans = _runs_and_ranks(text, lowered, odd)
    # "Flight 447 was an Airbus A330": a numbered thing's number counts nothing.
    numbering = [(m.start(2), m.end(2)) for m in found] + rank_spans
    # "$27.5bn (£14.5bn)": a sum converted in brackets is the same sum, at the day's rate
    # (two outlets' conversions differ without disagreeing).
    converted = [m.span("inside") for m in _CONVERSION.finditer(text)] if digits else []
    counted = digits or _may_match(lowered, _NUMBER_HINTS, odd)
    written_at: list[tuple[tuple[str, float], int, int]] = []  # each count, where it is written
    parts: list[tuple[str, float, str]] = []  # "six of those months" (_PART_OF)
    bounds: set[tuple[str, float, str]] = set()
    loose: list[tuple[float, str]] = []
    for m in _numbers(text, lowered, odd) if counted else ():
        if any(a <= m.start() < b for a, b in (*times, *numbering)):
            continue
        written = (m.group("cur") or "") + " ".join(
            x for x in (m.group("num") + (m.group("glued") or ""), m.group("scale")) if x
        )
        if any(a <= m.start() < b for a, b in converted):
            # the sum in other money: no figure of its own, but one another source may give
            # ("$2bn" / "1.55bn euros ($2bn; £1.1bn)"; other_figures)
            loose.append((_value(m), written))
            continue
        at = m.start("num")
        if (
            at > 1
            and text[at - 1] == " "
            and (text[at - 2].isalnum() or text[at - 2] == ",")
            and _IN_A_NAME.match(text, at)
        ):
            continue  # "the Six Nations", "RBS Six Nations": a name, not a count
        if _LABEL_AFTER.match(text, m.end()) and _LABEL_BEFORE.search(text, max(0, at - 20), at):
            continue  # "Att: 47,111 Ref: S Bennett": a team sheet's labels
        if _YEAR.fullmatch(m.group("num") or "") and not m.group("cur") and not m.group("scale"):
            continue
        if m.group("num").isdigit() and f"{m.group('num')}" in {d.split()[1] for d in dates}:
            continue
        unit = _unit(m, lowered)
        if unit is None:
            value = _value(m)
            part = _PART_OF.match(text, m.end())
            if part:  # read once the sentence's figures are known (_PART_OF)
                noun = part.group(1).lower()
                parts.append((_unit_of_noun(noun), value, text[m.start() : part.end()]))
            if text.startswith("%", m.end()):
                loose.append((value, f"{written}%"))  # "a 26% increase"
            elif (value >= _STATISTIC_FROM or not value.is_integer()) and not _YEARLIKE.fullmatch(
                written
            ):
                loose.append((value, written))  # (not "in 1770": a year _YEAR does not read)
            continue
        start = m.start("cur" if m.group("cur") else "num")
        if unit not in _CLOCK_NOUNS and _in_a_rate(lowered, m, start, unit):
            continue  # "one in five people", "nine out of 10 doctors": a rate
        if unit in _CLOCK_NOUNS and _LATER.match(lowered, m.end()):
            continue  # "fourteen minutes later": after a moment the sentence does not name
        if _WINDOW.search(lowered, max(0, start - 40), start):
            continue  # "lost eight of their last 13 matches": 13 is the span counted over
        if (
            unit in _CASUALTIES
            and _WHOLE_OF.search(lowered, max(0, start - 40), start)
            and not _CASUALTY_NOUN.match(lowered, m.end())
        ):
            continue  # "three of the four bombers died": the four are not the dead
        # as a reader writes it: "£600m", "$5 million" for "5 million dollars", "21 injured"
        shown = (
            written
            if m.group("cur")
            else (f"${written}" if written[0].isdigit() else f"{written} dollars")
            if unit == "usd"
            else (f"€{written}" if written[0].isdigit() else f"{written} euros")
            if unit == "eur"
            else f"£{written}"
            if unit == "gbp" and written[0].isdigit()
            else f"aged {written}"
            if unit == "age"
            else f"{written} {_noun_as_written(lowered, m.end(), unit)}"
        )
        if unit in ("km", "mile") and "depth" in lowered[max(0, m.start() - 40) : m.start()]:
            unit = f"depth ({unit})"  # how deep, not how far: "at a depth of 10 km (6 miles)"
        elif unit in ("km", "mile"):
            # A distance from a named place is measured from there: "45 km southwest of San
            # Antonio" and "34 km northwest of Talca" do not disagree ("16 km from the
            # capital" names no place, and is compared with any distance).
            origin = _FROM_PLACE.match(text, m.end())
            named: list[str] = []
            for word in origin.group(1).split() if origin else ():
                if word.lower() in _NOT_A_PLACE:
                    break  # "west of Port-au-Prince Tuesday"
                named.append(word)
            if named:
                unit = f"{unit} from {' '.join(named)}"
        value = _value(m)
        numbers.append((unit, value, shown))
        said_before = lowered[
            max(0, m.start("cur" if m.group("cur") else "num") - 24) : m.start(
                "cur" if m.group("cur") else "num"
            )
        ]
        if _AT_LEAST.search(said_before):
            bounds.add((unit, value, "least"))
        elif _AT_MOST.search(said_before) or _range_top(lowered, start):
            bounds.add((unit, value, "most"))
        written_at.append(((unit, value), m.start(), m.end()))
    if "-" in text and (counted or "one-" in lowered):
        # a span in a compound: "a four-year ban", "a maximum one-year suspension" (a bound),
        # "a three-match ban" (not "an 18-year-old", nor a level, "a five-year high")
        for m in _SPAN_COMPOUND.finditer(text):
            raw = m.group(1).casefold()
            value = float(_WORD_NUMBERS.get(raw, 1 if raw == "one" else 0) or raw)
            unit = m.group(2).lower()
            numbers.append((unit, value, m.group(0)))
            # "up to a four-year ban", "a maximum one-year suspension": a bound
            said_before = _A_OR_THE.sub(" ", lowered[max(0, m.start() - 24) : m.start()])
            if _AT_MOST.search(said_before) or said_before.endswith(("maximum ", "max ")):
                bounds.add((unit, value, "most"))
            elif _AT_LEAST.search(said_before) or said_before.endswith("minimum "):
                bounds.add((unit, value, "least"))
    wholes = {u for u, _, _ in numbers}
    numbers += [part for part in parts if part[0] in wholes]
    weekdays = frozenset(d for d in WEEKDAYS if d in lowered and _WEEKDAY[d].search(lowered))
    meeting = _may_match(lowered, _MEETING_HINTS, odd) and bool(_MEETING.search(text))
    here = (_first_place(text) if meeting else None) or (place if meeting else None)
    first = _may_match(lowered, _FIRST_HINTS, odd) and bool(_FIRST.search(text))
    revised = _may_match(lowered, _REVISED_HINTS, odd) and bool(_REVISED.search(text))
    stage = "first" if first and not revised else "revised" if revised and not first else None
    numbered = frozenset((m.group(1).lower(), m.group(2).lower()) for m in found)
    numbered |= ranked
    if "-" in text:
        numbered |= _scores(text)
    tallies = (
        frozenset(
            (min(first, second), max(first, second))
            for (first, _, end), (second, start, _) in pairwise(written_at)
            if first[0] != second[0] and _AND_THEN.fullmatch(text, end, start)
        )
        if len(written_at) > 1
        else _NO_TALLIES
    )
    return Facts(
        tuple(numbers),
        years,
        frozenset(dates),
        weekdays,
        here,
        stage,
        numbered,
        tallies,
        frozenset(bounds),
        _months(text) if _may_match(lowered, MONTHS, odd) else _NO_MONTHS,
        tuple(loose),
        _ranges(text) if digits else _NO_RANGES,
    )


def _months(text: str) -> frozenset[str]:
    """The months a sentence's news is of (_IN_MONTH); "May's" after a name is a person's
    ("Theresa May's government", "Brian May's guitar"), not a month's ("Last May's figures"
    are)."""
    found: set[str] = set()
    for m in _IN_MONTH.finditer(text):
        if m.group(2) and _name_before(text, m.start()):
            continue
        found.update(w.lower() for w in _A_MONTH.findall(m.group(1) or m.group(2)))
    return frozenset(found) if found else _NO_MONTHS


# Words a question about a measure uses: nouns of a count ("death toll", "funding"), and
# verbs when the query asks how many ("how many people lost their lives"; not "why more
# women than men died").
_ASKED_NOUNS = {
    "dead": "deaths fatalities casualties casualty",
    "injured": "injuries casualties casualty",
    "homeless": "homeless shelter",
    "usd": "money funding funds pledge pledges donation donations dollars",
    "arrested": "arrests",
}
_ASKED_VERBS = {
    "dead": "died killed dead lives",
    "injured": "injured wounded hurt",
    "usd": "pledged donated raised",
    "missing": "missing",
    "arrested": "arrested detained",
    "affected": "affected",
}
# A word may ask for several measures: casualties are the dead and the injured (a topic
# "casualties" over MultiLing M005 had shown of M0050 only "No casualties have been
# reported." (of the Marquesas), not its lead's "killing at least 214 people", a blind
# analyst's case).
_ASKED_OF = {
    w: frozenset(unit for unit, ws in _ASKED_NOUNS.items() if w in ws.split())
    for w in " ".join(_ASKED_NOUNS.values()).split()
}
_ASKED_IF_COUNTED = {w: unit for unit, ws in _ASKED_VERBS.items() for w in ws.split()}
_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b|\btoll\b", re.IGNORECASE)
_DEATH_TOLL = re.compile(r"\b(?:death|casualty)\s+toll\b", re.IGNORECASE)
MONEY = frozenset(["usd", "gbp", "eur"])  # the measures a sum of money is given in
_MONEY = MONEY


# A penalty a court or a body gave: "what penalties did the convicted troops receive" asks
# for "The jury sentenced Graner to ten years in prison", "sentenced to ninety days of hard
# labour", "now serving an 8-year sentence" (MultiLing M007): a length of time in a sentence
# that speaks of a penalty (PENAL), asked as "term".
_ASKED_PENALTY = frozenset(
    ["penalty", "penalties", "punishment", "punishments", "sentence", "sentences", "jail"]
)
PENAL = re.compile(
    r"\b(?:sentenced|sentence|sentences|prison|jail|jailed|imprisonment|imprisoned|labour|labor"
    r"|confinement|custody|detention|probation|ban|banned|suspended|suspension)\b",
    re.IGNORECASE,
)
TERMS = frozenset(["year", "month", "week", "day", "hour"])  # the units a term is given in


def measures_asked(query: str) -> set[str]:
    """The measures a query asks about: "death toll" and "how many people lost their lives"
    ask for the dead, "funding promised for Haiti" for dollars, "what penalties did they
    receive" for a term ("term")."""
    words = re.findall(r"[a-z]+", query.lower())
    found = {unit for w in words for unit in _ASKED_OF.get(w, ())}
    if _ASKED_PENALTY.intersection(words):
        found.add("term")
    if _DEATH_TOLL.search(query):
        found.add("dead")
    if _HOW_MANY.search(query):
        found |= {_ASKED_IF_COUNTED[w] for w in words if w in _ASKED_IF_COUNTED}
    return found | _MONEY if "usd" in found else found


# A count given without a figure, and the measure it counts: what a query for a toll asks
# about, though no figure of it compares with another (measures_asked; topics read it, pairs
# do not). The count's own noun phrase ("Thousands of people", "hundreds of policemen") then
# only the words of its verb ("are feared to have been", "were left", "either") before the
# measure: "Thousands of people are feared to have been killed", "dozens of dead", "Millions
# have lost their homes"; or the measure's verb before the count, "The quake killed
# thousands"; or a toll "in the thousands", "could reach the tens of thousands". Not
# "Thousands attended a vigil for the dead", "Hundreds of homes were damaged but no one was
# killed", "Thousands of websites went dead", "Scores of fans missing the start" (a code
# review's cases).
_VAGUE = (
    r"(?:dozens|scores|hundreds|thousands|millions)(?:\s+(?:of|upon)\s+(?:thousands|millions))?"
)
_VAGUE_WORDS = {
    "dead": r"killed|dead|died|deaths|death\s+toll|loss\s+of\s+life|perished|fatalities"
    r"|lives\s+(?:were\s+|have\s+been\s+)?lost|lost\s+their\s+lives",
    "injured": r"injured|wounded|hurt|injuries|casualties",
    "missing": r"missing(?!\s+(?:the|a|an|his|her|their|its|out)\b)|unaccounted",
    "homeless": r"homeless|displaced|without\s+(?:homes|shelter)|lost\s+their\s+homes",
}
_VAGUE_VERBS = {  # the measure's verb before the count: "killed thousands"
    "dead": r"killed",
    "injured": r"injured|wounded",
    "homeless": r"displaced|made\s+homeless",
}
# The count's noun phrase, at most five words after "of" ("of innocent men, women and
# children"), none a verb's or a clause's ("of buildings collapsed, though no injuries",
# "of websites went dead"), and the words of a verb before its measure.
_OF_WHOM = (
    r"(?:\s+of\s+(?:(?!(?:no|not|never|nobody|though|but|although|while|after|as|for|on|at"
    r"|by|with|when|which|went|gone|go|goes|going|were|was|are|is|have|has|had)\b)"
    r"[\w'’-]+,?\s+){0,5}?)?"
)
_VERB_WORDS = (
    r"(?:(?:are|were|is|was|have|has|had|been|be|being|feared|believed|reported|thought|said"
    r"|to|already|now|still|more|also|left|either|or|and|who|many|reportedly|presumed|confirmed"
    r"|killed|dead|injured|wounded|missing)\s+){0,6}"
)
_VAGUE_COUNT = {
    measure: re.compile(
        rf"\b{_VAGUE}{_OF_WHOM}\s*{_VERB_WORDS}(?:{words})\b"
        rf"|\b(?:{words})\b(?:\W+\w+){{0,4}}?\W+(?:in|into|reach(?:es|ed)?|to)\s+the\s+"
        rf"(?:tens\s+of\s+)?{_VAGUE}\b"
        + (
            rf"|\b(?:{_VAGUE_VERBS[measure]})\s+(?:an\s+estimated\s+|at\s+least\s+|some\s+"
            rf"|about\s+|more\s+than\s+|tens\s+of\s+)?{_VAGUE}\b"
            if measure in _VAGUE_VERBS
            else ""
        ),
        re.IGNORECASE,
    )
    for measure, words in _VAGUE_WORDS.items()
}


def vague_counts(text: str) -> set[str]:
    """The measures a sentence gives a count of in words, no figure: "Thousands of people are
    feared to have been killed" gives the dead (_VAGUE_COUNT)."""
    return {measure for measure, pattern in _VAGUE_COUNT.items() if pattern.search(text)}


def numbered_apart(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """The same kind of numbered thing by different numbers: "stage 13" and "stage 15"; not
    "Flight AF447" and "Flight 447" (a number given with and without its airline's code)."""
    kinds = {k for k, _ in a} & {k for k, _ in b}
    return any(
        not any(
            _same_number(x, y, kind)
            for x in (n for k, n in a if k == kind)
            for y in (n for k, n in b if k == kind)
        )
        for kind in kinds
    )


def _same_number(x: str, y: str, kind: str) -> bool:
    """Whether two numbers of things name one: equal, or, for a flight, one is the other
    without its airline's two- or three-letter code ("447", "af447"; not gate "a1", "1")."""
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    code = long.removesuffix(short)
    return kind == "flight" and short.isdigit() and 2 <= len(code) <= 3 and code.isalpha()


# A month as the time of what a sentence reports: "in January", "during March", "for
# December", "January's figures" (a month with a day is a date, _DATE; "since September",
# "from May" look back). Capitalised: "in may" is no month.
_MONTH_NAME = "|".join(m.capitalize() for m in MONTHS)
_IN_MONTH = re.compile(
    r"(?:\b(?i:in|during|for|throughout)\s+(?:(?i:early|late|mid)[\s-]+)?"
    rf"((?:{_MONTH_NAME})(?:\s*(?:,|and|or|to|-)\s*(?:{_MONTH_NAME}))*)\b"
    # not a date ("in March 11"), nor a month of another year ("in July 1994", "born in May
    # 1970"): background, not the time of the news
    r"(?!\s+\d{1,2}\b)(?!,?\s+(?:19|20)\d\d\b)"
    rf"|\b({_MONTH_NAME})['’]s\b)"
)
_A_MONTH = re.compile(_MONTH_NAME)
_NO_MONTHS: frozenset[str] = frozenset()


# "last month", "this month"; not "over the last month" or "the past month", 30 days
_RELATIVE_MONTH = re.compile(r"(?<!\bthe )\b(last|this) month\b", re.IGNORECASE)


def with_months(article: Article, found: tuple[Facts, ...]) -> tuple[Facts, ...]:
    """The sentences' facts with "last month" and "this month" read as the months they are,
    beside any month a sentence names ("fell to 5.2% last month from 5.4% in February"):
    from the article's date; in an article without one, "last month" as the one month its
    first sentence names, of no other year ("The US created fewer jobs than expected in
    December" ... "157,000 new jobs were added last month": December's figure, not
    January's; not "In December 2003 an earthquake killed 26,000 people in Bam", which
    _IN_MONTH does not read)."""
    if not found or not article.sentences:
        return found
    months = _relative_months(article, found[0])
    return tuple(
        month_said(sentence.text, f, months)
        for sentence, f in zip(article.sentences, found, strict=True)
    )


def month_said(text: str, found: Facts, months: dict[str, str]) -> Facts:
    """A sentence's facts with the month its "last month" or "this month" names (``months``:
    _relative_months of its article)."""
    relative = _RELATIVE_MONTH.search(text) if months else None
    said = months.get(relative.group(1).lower()) if relative else None
    return dataclasses.replace(found, months=found.months | {said}) if said else found


def relative_months(article: Article) -> dict[str, str]:
    """What "this month" and "last month" name in an article (see with_months)."""
    first = facts(article.sentences[0].text) if article.sentences else None
    return _relative_months(article, first) if first is not None else {}


def _relative_months(article: Article, first: Facts) -> dict[str, str]:
    day = article.day
    if day is not None:
        at = datetime.date.fromordinal(day).month - 1  # 0-based, as MONTHS
        return {"this": MONTHS[at], "last": MONTHS[at - 1]}
    if len(first.months) == 1:
        return {"last": next(iter(first.months))}  # "this month" would be a guess
    return {}


def incompatible(a: Facts, b: Facts) -> bool:
    """Two sentences that name different dates or weekdays, meetings in different places, a
    statement's first version and its revision, the same kind of numbered thing by different
    numbers ("stage 13", "stage 15"), or the same measure with figures too far apart to be
    two reports of one thing (see _close), report different events or things. (Years are not
    enough: "the deadliest attack since 1988" and "on July 7th 2005" can report the same
    bombing.)"""
    if a.dates and b.dates and not a.dates & b.dates:
        return True
    if a.months and b.months and not a.months & b.months:
        return True
    if a.place and b.place and a.place != b.place:
        return True
    if a.stage and b.stage and a.stage != b.stage:
        return True
    if numbered_apart(a.numbered, b.numbered):
        return True
    mine, yours = _measured(a, b)
    for unit in {u for u, _, _ in mine} & {u for u, _, _ in yours}:
        ours = [v for u, v, _ in mine if u == unit]
        theirs = [v for u, v, _ in yours if u == unit]
        if not any(_close(base_measure(unit), x, y) for x in ours for y in theirs):
            return True
    return bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays)


_TODAY = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b", re.IGNORECASE
)
_YESTERDAY = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
# Words of a day to come ("will be held on Friday", "is due to meet on Monday"); not "due to"
# a cause ("Airlifts stopped Wednesday due to logistical issues").
_FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|expected|scheduled|next|tomorrow|upcoming"
    r"|(?:is|are|was|were)\s+due\s+to|due\s+to\s+be)\b",
    re.IGNORECASE,
)
# "Today is the fourth anniversary of the bombings, when 52 people were killed": the day
# named is not the day of the event the sentence reports.
_LOOKING_BACK = re.compile(r"\b(?:anniversary|ago|since|marks?|remember(?:s|ed)?)\b", re.I)
# "On March 11, Chile was hit by a second earthquake", "On Thursday, 11 March 2010, ...": a
# calendar date that opens a sentence after "On" is the day of the event it reports. Elsewhere
# a date may name another event than the sentence's own: "an aftershock of the February 27
# quake", "Flight 447, which crashed into the Atlantic on June 1" (in a report of bodies
# recovered a week later).
_ON_DATE = re.compile(
    rf"^\W*on\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:the\s+)?"
    rf"(?:({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}))"
    r"\b(?:,?\s+((?:19|20)\d\d)\b)?"
)


def event_day(text: str, published: int) -> int:
    """The day (a date's ordinal) a sentence says its event happened, from its article's
    publication day and the sentence's own words: "today" and "tonight" are that day,
    "yesterday" and "last night" the day before, a weekday ("on Saturday") the last such day
    up to it, a calendar date it opens with ("On March 11, Chile was hit") or one after its one
    act ("struck Haiti on January 12", _told_on) that date. -1 when the
    article has no date, the sentence names no such day, names two, or speaks of what is to
    come ("will be held on Friday") or looks back from the day named ("today is the
    anniversary of...")."""
    if published < 0:
        return -1
    lowered = _NEWSPAPER.sub(" ", text).lower()
    found, lowered = _days_back(lowered, published)
    # A day to come in a clause of another event after the day named ("A magnitude 6.9
    # earthquake struck Chile on Thursday, just 21 minutes before the country's new
    # president ... was due to be sworn in", MultiLing M005) is not the sentence's own, when
    # that clause tells what was to come then ("was due to", "would"), not now ("The trial
    # opens on Monday, when prosecutors will set out their case"), and the words before it
    # tell a past act in lower case ("struck", "was filed"; "The trial opens on Monday, after
    # prosecutors said they would ..." is a preview, "Leeds United" a name): the cases of
    # code reviews against earlier versions.
    main = lowered
    cut = _ANOTHER_EVENT.search(lowered)
    if (
        cut is not None
        and found
        and not _AHEAD_NOW.search(lowered, cut.start())
        and tells_past(text[: cut.start()])
        and _days_back(lowered[: cut.start()], published)[0] == found
    ):
        main = lowered[: cut.start()]
    if len(found) != 1 or _FUTURE.search(main) or _LOOKING_BACK.search(lowered):
        return -1
    return published - found.pop()


# A Sunday paper is no Sunday: "A report in the Sunday Business claimed ..." (bbc-politics/402).
# After "the", or before what a paper has ("Sunday Telegraph journalist Robert Peston"), or
# with a name no day has ("Sunday Telegraph", "Mail on Sunday"): "On Sunday Business
# Secretary Vince Cable said" and "Wales beat Scotland on Sunday" name the day (a third
# review's cases against a first version; a fourth review's of papers with no "the").
_PAPERS = r"(?:Times|Telegraph|Mirror|Express|Business|People|Herald|Post|Tribune|Independent|Sport|Mail|Star|World)"
_NEWSPAPER = re.compile(
    rf"\b[Tt]he\s+(?:Sunday\s+{_PAPERS}|(?:Mail|Independent|Observer|Scotland)\s+on\s+Sunday)\b"
    rf"|\bSunday\s+{_PAPERS}(?=\s+(?:journalist|reporter|editor|columnist|newspaper|investigation|poll|report)\b)"
    r"|\bSunday\s+(?:Telegraph|Mirror|Express)\b|\b(?:Mail|Independent)\s+on\s+Sunday\b"
    r"|\band\s+Sunday\s+(?:Times|Telegraph)\b"
)
_ANOTHER_EVENT = re.compile(r"\b(?:before|after|until|while|when)\b")
# Words of what is to come, told now: "will", "next week", "is expected (to)", "plan to".
_AHEAD_NOW = re.compile(
    r"\b(?:will|shall|tomorrow|next|upcoming|plans?\s+to"
    r"|(?:is|are)\s+(?:due|expected|set|scheduled|going)\b)"
)


def _days_back(lowered: str, published: int) -> tuple[set[int], str]:
    """How many days before its article's date each day a sentence (lower case) names falls
    (event_day), and the sentence without a calendar date that opens it."""
    found = set()
    if ("today" in lowered or "tonight" in lowered or "this " in lowered) and _TODAY.search(
        lowered
    ):
        found.add(0)
    if ("yesterday" in lowered or "last night" in lowered) and _YESTERDAY.search(lowered):
        found.add(1)
    if lowered.lstrip(" \"'“‘(").startswith("on ") and _DIGIT.search(lowered):
        found.update(published - day for day in _dates_on(lowered, published))
        lowered = _ON_DATE.sub(" ", lowered)  # "On Thursday, 11 March": the date's weekday
    elif " on " in lowered and _DIGIT.search(lowered):
        told = _told_on(lowered, published)
        if told is not None:
            day, start, end = told
            found.add(published - day)
            lowered = (
                f"{lowered[:start]} {lowered[end:]}"  # (and its weekday: "on Tuesday, January 12")
            )
    weekday = datetime.date.fromordinal(published).weekday()
    for number, name in enumerate(WEEKDAYS):
        if name in lowered and _WEEKDAY[name].search(lowered):
            found.add((weekday - number) % 7)
    return found, lowered


# ... or one the sentence's one act is told on, after it: "An earthquake, with a magnitude of
# 7.0, struck Haiti on January 12, killing ..." (MultiLing M0065, weeks later), "The sailors
# and marines were captured by Iranian border guards on March 23" (M0022). Not after a
# clause of its own ("Flight 447, which crashed into the Atlantic on June 1", "bodies found
# since the crash on June 1"), nor after a second verb ("found wreckage of the plane lost on
# June 1"): the date may be another event's.
_ON_DATE_INSIDE = re.compile(
    rf"\bon\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:the\s+)?"
    rf"(?:({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}))"
    r"\b(?:,?\s+((?:19|20)\d\d)\b)?"
)
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:which|who|whom|whose|that|since|after|before|until|till|when|while|following|as"
    r"|if|because|although|though|where)\b|[;:\"“”]"
)
# ... nor a date of an act not done ("was not arrested on May 5"), of a birth ("was born on
# January 12"), or of one to come ("decided to hold an election on May 5"): a code review's
# cases.
_NOT_THE_ACT = re.compile(
    r"\b(?:not|never|no longer|born)\b|n['’]t\b"
    r"|\b(?:decided|agreed|planned|voted|promised|pledged|vowed|expected|scheduled|set|hoped"
    r"|wanted|asked|called|moved|sought|offered|failed|refused|threatened|chose|began|started"
    r"|tried|attempted|intended|prepared|due|going|about)\s+to\b"
)
_AUXILIARIES = frozenset(["been", "had", "was", "were"])


def _told_on(lowered: str, published: int) -> tuple[int, int, int] | None:
    """The day of the one calendar date after "on" that a sentence's one act is told on
    (_ON_DATE_INSIDE), and where the date is written; None when it names none so."""
    dates = list(_ON_DATE_INSIDE.finditer(lowered))
    if len(dates) != 1:
        return None
    before = lowered[: dates[0].start()]
    if _CLAUSE_OF_ITS_OWN.search(before) or _NOT_THE_ACT.search(before):
        return None
    acts = [w for w in past_words(before) if w.lower() not in _AUXILIARIES]
    if len(acts) != 1:
        return None
    days = _dates_on(lowered[dates[0].start() :], published)
    return (days.pop(), *dates[0].span()) if len(days) == 1 else None


def _dates_on(lowered: str, published: int) -> set[int]:
    """The day of the calendar date a sentence opens with ("On March 11, ..."): in the year it
    gives, else in its article's year (or the next, on New Year's Eve); none when that is more
    than a day after its article's date (a day to come, or one of an earlier year: which, the
    words do not say)."""
    year = datetime.date.fromordinal(published).year
    days = set()
    for m in _ON_DATE.finditer(lowered):
        month = MONTHS.index(m.group(1) or m.group(4)) + 1
        day = int(m.group(2) or m.group(3))
        years = [int(m.group(5))] if m.group(5) else [year + 1, year]
        for candidate in years:
            try:
                when = datetime.date(candidate, month, day).toordinal()
            except ValueError:  # "February 30", or February 29 of another year
                continue
            if when <= published + 1:
                days.add(when)
                break
    return days


def _close(unit: str, x: float, y: float) -> bool:
    """Whether two figures of one measure could be two sources' reports of one thing: times
    within _SAME_EVENT_MINUTES, magnitudes within _SAME_EVENT_MAGNITUDE, other figures within
    a factor of _SAME_THING_RATIO ("21 injured" and "24 injured"; not "10 km deep" and "44 km
    deep", two quakes, nor a toll of 300 and one of 1,000, two days of a story)."""
    if unit == "time":
        return abs(x - y) <= _SAME_EVENT_MINUTES
    if unit == "magnitude":
        return abs(x - y) <= _SAME_EVENT_MAGNITUDE
    if unit == "age":
        # two ages, two people: "Jerry Scoggins has died ... at the age of 93" / "Saul Israel
        # Holiff, has died at the age of 79", and "Dame Alicia Markova, who has died in Bath
        # aged 94" beside the first (one person given two ages is ages.py's: "Thanou, 29,")
        return x == y
    low, high = sorted((abs(x), abs(y)))
    return high <= _SAME_THING_RATIO * low


def _same(x: float, y: float) -> bool:
    """Two figures that are one: equal, or within half a percent for figures in thousands
    (none too big to read: a figure of 400 digits is infinite as a float)."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    return abs(x - y) <= (0.005 * max(abs(x), abs(y)) if max(abs(x), abs(y)) >= 1000 else 0)


def _apart_as_written(x: float, written_x: str, y: float, written_y: str) -> bool:
    """Two different figures written to the same places in the same scale, neither ending in
    a zero ("$42.8m" and "$42.9m"): no rounding makes one the other, so within half a percent
    they are still two (session 24: a film's weekend takings and another film's total had
    been one figure). "222,000" may be "222,570" rounded."""
    if x == y:
        return False
    first, second = _WRITTEN_FIGURE.search(written_x), _WRITTEN_FIGURE.search(written_y)
    if first is None or second is None:
        return False
    digits = [(m.group(1) + "." + (m.group(2) or "")).rstrip(".") for m in (first, second)]
    return (
        first.group(3).lower() == second.group(3).lower()
        and len(first.group(2) or "") == len(second.group(2) or "")
        and not any(d.endswith("0") for d in digits)  # "222,000" may round "222,570"
    )


# Measures whose figure pins a point down even when small ("two killed", "$5 million").
# (Not magnitudes: a story retells its quake's magnitude in sentence after sentence, "eight days
# after a 7.0 magnitude quake", "survivors of the recent 7.0 magnitude earthquake"; as evidence
# of one point it joined those to the quake's first report, read in MultiLing M006.)
_MEASURES = frozenset(["dead", "injured", "arrested", "missing", "homeless", "usd", "time", "age"])


# Figures that measure (a time, a length, a share) rather than count things: two of them
# shared are not the two counts that pin a point down in shared_figures.
_NOT_COUNTS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        "time",
        "magnitude",
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "km",
        "mile",
        "depth (km)",
        "depth (mile)",
        "percent",
        "point",
        "mph",
        "kph",
        "knot",
        "feet",
        "foot",
        "ft",
        "inch",
        "metre",
        "meter",
        "cm",
        "mm",
        "degree",
        "kg",
        "kilogram",
        "gram",
        "pound",
        "lb",
        "ton",
        "tonne",
        "litre",
        "liter",
        "gallon",
        "barrel",
        "acre",
        "hectare",
    ]
)
_TWO_COUNTS_FROM = 10  # ... and counts this big: "two boats and three sailors" recur by chance


# The measures of an event that one figure of tells it from another told of the same day: not
# a distance, measured from a place many events are near ("50 km north of Baghdad" of a car
# bomb at Baquba and of a roadside bomb at Balad, a code review's case).
_ONE_EVENT = frozenset(["magnitude", "dead", "injured", "missing", "homeless", "affected"])


def one_event_figure(a: Facts, b: Facts) -> bool:
    """Both give the same figure for one measure of an event (_ONE_EVENT: a magnitude, a
    toll): "reached a magnitude of 6.9" and "A magnitude 6.9 earthquake". Alone it pins
    nothing (a story's magnitude recurs in its every report); beside one event day both
    sentences name, and no names apart, it does (PairScorer.probabilities)."""
    return _a_figure_in_common(a, b, lambda unit, _: base_measure(unit) in _ONE_EVENT)


def unshared_figures(a: Facts, b: Facts) -> int:
    """How many of the figures ``a`` gives for a measure ``b`` gives no figure like: "52
    people died and approximately 700 were injured" beside "52 people were killed by suicide
    bombers" gives one (the injured), beside "Fifty-two people were killed ... and about 700
    injured" none."""
    return sum(
        not any(
            base_measure(unit) == base_measure(other_unit) and _same(value, other)
            for other_unit, other, _ in b.numbers
        )
        for unit, value, _ in a.numbers
    )


def _a_figure_in_common(a: Facts, b: Facts, counts: Callable[[str, float], bool]) -> bool:
    """Both give one figure (the same, not two written apart: _apart_as_written) for one
    measure that ``counts(unit, value)`` keeps."""
    mine, yours = _measured(a, b)
    return any(
        unit == other_unit
        and _same(value, other)
        and not _apart_as_written(value, written, other, other_written)
        and counts(unit, value)
        for unit, value, written in mine
        for other_unit, other, other_written in yours
    )


def shared_figures(a: Facts, b: Facts, times: bool = True) -> bool:
    """Both give the same figure for the same measure: "52 people were killed" and "fifty-two
    dead", "5 million people". A count of another thing under a thousand ("fifteen British
    sailors", "two boats") recurs through a story's every point; two of them, of different
    things, given together in both (``Facts.tallies``: "216 passengers and 12 crew members",
    "a dozen crew members and 216 passengers"), each ten or more and counting things rather
    than measuring them (``_NOT_COUNTS``), pin the point down: articles months apart that both
    say so report that fact (MultiLing M008, three articles from June 2009 to May 2010). With
    ``times=False`` a clock time does not count: "began at 8 p.m." is said of an opening and
    of a closing ceremony. One range, however written ("25-40%", "between 25 and 40
    percent"), is one figure (Facts.ranges)."""
    if a.ranges & b.ranges:
        return True
    if _a_figure_in_common(
        a,
        b,
        lambda unit, value: (
            (value >= 1000 or base_measure(unit) in _MEASURES or _measured_distance(unit, value))
            and (times or base_measure(unit) != "time")
        ),
    ):
        return True
    return any(
        all(
            value >= _TWO_COUNTS_FROM and base_measure(unit) not in _NOT_COUNTS for unit, value in t
        )
        for t in a.tallies & b.tallies
    )


def _measured_distance(unit: str, value: float) -> bool:
    """A distance or a depth given to a decimal place ("1.7 nautical miles", "a depth of 44.3
    kilometers"): a measurement, which two sources give alike only of one thing (M002's
    "1.7 nautical miles inside Iraqi territorial waters" and "1.7 nautical miles from
    Iranian waters", session 46's reader)."""
    return value != int(value) and base_measure(unit).removeprefix("depth (").rstrip(")") in (
        "km",
        "mile",
        "nautical mile",
    )


_YEARLIKE = re.compile(r"1\d{3}")
_STATISTIC_FROM = 1000  # a whole figure this big is a statistic ("296,000"), not a count of things


def _statistics(facts: Facts) -> list[tuple[float, str]]:
    """A sentence's statistics, (value, as written): sums, shares, figures of a thousand or
    more or with decimals, whether or not their measure is read (not clock times)."""
    out = [
        (value, written)
        for unit, value, written in facts.numbers
        if base_measure(unit) != "time"
        and (
            _money(unit) or unit == "percent" or value >= _STATISTIC_FROM or not value.is_integer()
        )
    ]
    return out + list(facts.loose)


def other_figures(a: Facts, b: Facts) -> bool:
    """Both sentences give statistics and share no figure, nor any measure: "the number of
    people in work increased by 296,000 to 28.52 million" and "The figure of 5.216 million
    people, or 12.6% of the working-age population" are two statistics, not one reported two
    ways. (A measure both give is number_conflicts' to judge: "21 injured" and "24 injured"
    may be one count reported two ways.)"""
    mine, yours = _statistics(a), _statistics(b)
    if not mine or not yours:
        return False
    if {base_measure(u) for u, _, _ in a.numbers} & {base_measure(u) for u, _, _ in b.numbers}:
        return False
    return not share_a_figure(a, b)


def share_a_figure(a: Facts, b: Facts) -> bool:
    """Whether any figure of one sentence is one of the other's, told the same way or another
    (_near; sums in different currencies are not compared)."""
    every_a = [(u, v, w) for u, v, w in a.numbers] + [(None, v, w) for v, w in a.loose]
    every_b = [(u, v, w) for u, v, w in b.numbers] + [(None, v, w) for v, w in b.loose]
    return any(
        _near(x, wx, y, wy)
        for ux, x, wx in every_a
        for uy, y, wy in every_b
        if not (ux and uy and ux != uy and _money(ux) and _money(uy))  # "798m euro", "$793m"
    )


def _money(unit: str) -> bool:
    """Whether a measure is a sum in some currency: "usd", "eur", "gbp", "rupee", "kroner"."""
    return unit in _MONEY or _CURRENCY_NOUN.fullmatch(unit) is not None


_DIGITS_WRITTEN = re.compile(r"\d[\d,.]*")


def _near(x: float, written_x: str, y: float, written_y: str) -> bool:
    """Whether two figures may be one, told two ways: equal (_same), rounded (_rounded; "five
    million" for "4.8 million", a round figure within _NEAR), or the same digits in another
    scale or unit ("42.7 trillion calculations per second" / "42.7 teraflops")."""
    if _same(x, y) or _rounded(written_x, written_y):
        return True
    if (_round(x) or _round(y)) and abs(x - y) <= _NEAR * max(abs(x), abs(y)):
        return True
    digits_x, digits_y = _DIGITS_WRITTEN.search(written_x), _DIGITS_WRITTEN.search(written_y)
    return bool(digits_x and digits_y and digits_x.group(0) == digits_y.group(0))


def _round(x: float) -> bool:
    """A figure of one significant digit: 5 million, $3bn, 40%."""
    if x <= 0:
        return False
    scale = 10 ** math.floor(math.log10(x))
    return math.isclose(x / scale, round(x / scale))


_NEAR = 0.1


def slight_disagreement(a: Facts, b: Facts) -> bool:
    """Both give figures for a measure and disagree, each time only slightly: the closest
    figures within _SLIGHT_MINUTES (times) or a factor of _SLIGHT_RATIO (counts, distances,
    money). Magnitudes are left out: aftershocks a tenth apart are different quakes."""
    conflicts = number_conflicts(a, b)
    if not conflicts:
        return False
    mine, yours = _measured(a, b)
    for unit, _, _ in conflicts:
        if unit == "magnitude":
            return False
        ours = [v for u, v, _ in mine if u == unit]
        theirs = [v for u, v, _ in yours if u == unit]
        if base_measure(unit) == "time":
            close = min(abs(x - y) for x in ours for y in theirs) <= _SLIGHT_MINUTES
        else:
            close = any(
                max(abs(x), abs(y)) <= _SLIGHT_RATIO * min(abs(x), abs(y)) and min(x, y) > 0
                for x in ours
                for y in theirs
            )
        if not close:
            return False
    return True


def number_conflicts(a: Facts, b: Facts) -> list[tuple[str, str, str]]:
    """(measure, as a writes it, as b writes it) for each measure both give with different values."""

    out = []
    seen = set()
    mine, yours = _measured(a, b)
    for unit, value, written in mine:
        others = [(v, w) for u, v, w in yours if u == unit]
        if not others or unit in seen:
            continue
        if any(_same(v, value) for v, _ in others):
            continue
        ours = [v for u, v, _ in mine if u == unit]
        if any(_same(v, o) for v, _ in others for o in ours):
            continue  # the same figure is in both: the other numbers count something else
        if any(_same(v, o) for v, _ in others for o, _ in a.loose) or any(
            _same(o, loose) for o in ours for loose, _ in b.loose
        ):
            # ... read in one as a figure of no measure: "$322 million ... donated ..., in
            # addition to the 350 million that was promised" / "has pledged $350 million"
            continue
        if any(
            (_within(unit, o, a.bounds, v) or _within(unit, v, b.bounds, o))
            and not _two_bounds(unit, o, a.bounds, v, b.bounds)
            for v, _ in others
            for o in ours
        ):
            continue  # "killed more than 200,000" and "222,570 dead": within the bound
        if unit != "magnitude" and any(
            _rounded(w, ow) for u, _, w in mine if u == unit for _, ow in others
        ):
            continue  # "$27.5bn" and "a $27bn bill": one figure, written to fewer places
        if _converted(unit, mine, others) or _converted(
            unit, yours, [(v, w) for u, v, w in mine if u == unit]
        ):
            continue  # "fifteen kilometres (ten miles)" and "about sixteen kilometers"
        seen.add(unit)
        # the closest two figures of the measure, not the other's first: "$27.5bn" against
        # "sold for $9.3bn ... part of a $27bn bill" disagrees with the $27bn
        _, written, other = min(
            ((_apart(unit, v, o), w, ow) for u, v, w in mine if u == unit for o, ow in others),
            key=lambda t: t[0],
        )
        out.append((unit, written, other))
    # "28.4 kilometers (17.6 miles)": the miles restate the kilometres, one conflict not two.
    said = {unit for unit, _, _ in out}
    kilometres = {base_measure(u) for u in said}
    return [
        c
        for c in out
        if not ("mile" in c[0] and base_measure(c[0]).replace("mile", "km") in kilometres)
    ]


_MILE = 1.609344  # kilometres


def converted_figures(a: Facts, b: Facts) -> bool:
    """Whether one sentence's distance, converted from miles to kilometres or back as its
    own words give it, is the other's: "fifteen kilometres (ten miles) southwest of
    Port-au-Prince" and "about sixteen kilometers from the capital" place one epicentre."""
    mine, yours = _placed(a, b)
    return any(
        _converted(unit, mine, [(v, w) for u, v, w in yours if u == unit])
        or _converted(unit, yours, [(v, w) for u, v, w in mine if u == unit])
        for unit in {u for u, _, _ in (*mine, *yours)}
        if base_measure(unit) in ("km", "mile")
    )


def _converted(unit: str, figures: Figures, others: Sequence[tuple[float, str]]) -> bool:
    """Whether a sentence restates one of its distances in the other unit (the two within
    _RESTATED of each other: "fifteen kilometres (ten miles)"; not "10 km from the town ...
    in Leogane, 10 miles away") and that restatement, converted, is one of ``others`` (of
    ``unit``) as precisely as that is written (half its last place, or _AS_WRITTEN of it):
    a source that writes "fifteen kilometres (ten miles)" gives 16 km as well, so "about
    sixteen kilometers" is no disagreement (three readers refused it as one: MultiLing
    M006), while "0.6 miles (1 km)" and "1.4 km" still disagree (a code review's cases)."""
    base = base_measure(unit)
    if base == "km":
        other_unit, factor = unit.replace("km", "mile", 1), _MILE
    elif base == "mile":
        other_unit, factor = unit.replace("mile", "km", 1), 1 / _MILE
    else:
        return False
    own = [v for u, v, _ in figures if u == unit]
    restated = [
        v * factor
        for u, v, _ in figures
        if u == other_unit and any(abs(v * factor - k) <= _RESTATED * k for k in own)
    ]
    return any(
        o > 0 and abs(c - o) <= max(_half_a_place(written), _AS_WRITTEN * o)
        for c in restated
        for o, written in others
    )


_RESTATED = 0.12  # a distance and its conversion in brackets, rounded each their own way
_AS_WRITTEN = 0.02


def _half_a_place(written: str) -> float:
    """Half the last place a figure is written to: 0.5 for "16 km", 0.05 for "1.4 km"."""
    found = _WRITTEN_FIGURE.search(written.split()[0]) if written.strip() else None
    places = len(found.group(2)) if found and found.group(2) else 0
    return 0.5 * 10.0**-places


_WRITTEN_FIGURE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?(\D*)$")


def one_figure(x: float, written_x: str, y: float, written_y: str, within: float) -> bool:
    """Whether two figures are one: the same (_same), or one written rounded from the other
    and within ``within`` of it (_rounded): "29%" for "28.9%", "$1.1bn" for "$1.13bn"."""
    return _same(x, y) or _rounded(written_x, written_y, within)


def _rounded(first: str, second: str, within: float = 0.05) -> bool:
    """Whether one figure, as written, is the other cut or rounded to fewer decimal places in
    the same scale, and within ``within`` of it: "$27bn" for "$27.5bn", "$5bn" for "$4.8bn";
    not "200,000" for "222,570", nor 1 million for 1.5."""
    found = [_WRITTEN_FIGURE.search(first), _WRITTEN_FIGURE.search(second)]
    if not found[0] or not found[1] or found[0].group(3).lower() != found[1].group(3).lower():
        return False
    figures = sorted(
        (len(m.group(2) or ""), float(m.group(1).replace(",", "") + "." + (m.group(2) or "0")))
        for m in found
        if m
    )
    (places, rough), (more, fine) = figures
    if places == more or not math.isfinite(fine * 10**places):
        return False  # (a figure of 400 digits is no rounding of another)
    cut = math.floor(fine * 10**places) / 10**places
    near = abs(rough - fine) <= within * max(abs(rough), abs(fine))
    # rounded half up, as writers do: "$4.4bn" for "$4.35bn" (a float's round() gives 4.3)
    step = Decimal(1).scaleb(-places)
    half_up = float(Decimal(str(fine)).quantize(step, ROUND_HALF_UP))
    return near and (math.isclose(rough, cut) or math.isclose(rough, half_up))


def _within(
    unit: str, figure: float, bounds: frozenset[tuple[str, float, str]], other: float
) -> bool:
    """Whether a figure given as a bound holds the other figure on its side, and near it (see
    _close): "more than 200,000" holds 222,570, "up to 80" holds 75; "lost more than $2"
    does not hold "$48.62" (a price, not the fall)."""
    if not _close(base_measure(unit), figure, other):
        return False
    if (unit, figure, "least") in bounds:
        return other >= figure
    return (unit, figure, "most") in bounds and other <= figure


def _two_bounds(
    unit: str,
    figure: float,
    bounds: frozenset[tuple[str, float, str]],
    other: float,
    other_bounds: frozenset[tuple[str, float, str]],
) -> bool:
    """Whether both figures are bounds on one side: "more than seven million copies" and "more
    than eight million copies" are two figures (a review found them shown as one point, the
    figures unflagged), where "more than 200,000" and "222,570" are one."""
    return any(
        (unit, figure, side) in bounds and (unit, other, side) in other_bounds
        for side in ("least", "most")
    )


def _apart(unit: str, x: float, y: float) -> float:
    """How far apart two figures of one measure are: minutes for times, else as a share of
    the larger."""
    if base_measure(unit) == "time":
        return abs(x - y)
    return abs(x - y) / max(abs(x), abs(y), 1e-9)


# What an event did and where it struck: measures whose figures, in two sentences alike,
# are most often one fact told two ways (compare.align reads disagreements of these alone
# in a group only possibly of one point).
EVENT_MEASURES = frozenset(
    [
        *("dead", "injured", "missing", "homeless", "affected", "magnitude"),
        *("km", "mile", "depth (km)", "depth (mile)"),
    ]
)


def base_measure(unit: str) -> str:
    """A measure without the place it is measured from or the zone it is told in: "km from
    Talca" is a distance in km, "time in GMT" a time."""
    return unit.partition(" from ")[0].partition(" in ")[0]


def _zone(written: str) -> str:
    """A time zone as one name: GMT for UTC too; "local time" however it is written."""
    if written.lower().startswith("local"):
        return "local time"
    return "GMT" if written == "UTC" else written


Figures = tuple[tuple[str, float, str], ...]  # (unit, value, as written), as Facts.numbers


def _measured(a: Facts, b: Facts) -> tuple[Figures, Figures]:
    """_placed's figures, a part (_PART_OF) kept only beside a sentence that gives two
    figures or more: "six of those months" meets "six months' paid leave - and six unpaid",
    but "30 of those killed were children" is no total, and still disagrees with "killed 30
    people" (a code review's case)."""
    mine, yours = _placed(a, b)
    return _parts_beside(mine, b), _parts_beside(yours, a)


def _parts_beside(numbers: Figures, other: Facts) -> Figures:
    if len(other.numbers) > 1:
        return numbers
    return tuple(n for n in numbers if not _PART_OF.search(n[2]))


def _placed(a: Facts, b: Facts) -> tuple[Figures, Figures]:
    """Both sentences' figures, ready to compare unit by unit: a distance from a named place
    is compared with distances from that place only, unless the other sentence names no place
    for any distance ("15 km southwest of Port-au-Prince" and "16 km from the capital"); a
    time in a named zone likewise ("02:14 UTC" with "02.00 GMT" or "2:00", not with "23.00
    local time")."""
    if not any(" from " in u or " in " in u for u, _, _ in a.numbers + b.numbers):
        return a.numbers, b.numbers

    def placed(numbers: Figures) -> set[str]:
        return {base_measure(u) for u, _, _ in numbers if base_measure(u) != u}

    def plain(numbers: Figures, bases: set[str]) -> Figures:
        return tuple(
            (base_measure(u) if base_measure(u) in bases else u, v, w) for u, v, w in numbers
        )

    return plain(a.numbers, placed(a.numbers) - placed(b.numbers)), plain(
        b.numbers, placed(b.numbers) - placed(a.numbers)
    )


# People, as the text shows them: a name after a title ("Secretary Austin", "Prime Minister
# Narendra Modi") or a two-word name before a verb of saying ("Matthew Miller said").
# Titles of business, sport and entertainment in lower case, before a name: "senior vice
# president Robert Stearns", "Olympic 10,000m champion Kenenisa Bekele" (pairs._DESCRIBED
# reads a sentence's subject after them too).
LOWER_CASE_TITLES = (
    *("president", "chairman", "chairwoman", "chief executive", "executive", "director"),
    *("manager", "coach", "boss", "champion", "captain", "skipper", "striker", "midfielder"),
    *("defender", "goalkeeper", "winger", "leader", "star", "singer", "actor", "actress"),
    *("rapper", "novelist", "author", "producer"),
)
# Titles of office before a name ("Prime Minister Tony Blair", "envoy Richard Holbrooke"):
# each names one holder of one role (holders.py reads them so too).
ROLE_TITLES = (
    *("President", "Prime Minister", "Minister", "Secretary", "Senator", "Governor"),
    *("General", "Ambassador", "ambassador", "Chancellor", "Mayor", "Judge", "envoy"),
)
# Words of address before a person's name ("Mr Smith", "Dame Kelly Holmes", "Professor Roy
# Meadow"): named.py, ages.py and quotes.py read them.
HONORIFICS = frozenset(
    ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof"]
)
# ... as a pattern: one of them, perhaps with a stop, and the space after it ("Mr. ")
HONORIFIC = rf"(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+)"
_TITLE = (
    "(?:"
    + "|".join(re.escape(t) for t in ROLE_TITLES)
    + r"|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|spokesman|spokeswoman|spokesperson|"
    r"King|Queen|Prince|Pope|Lt\.|Col\.|Capt\.|analyst|reporter|counterpart|"
    + "|".join(LOWER_CASE_TITLES)
    + ")"
)
_AFTER_TITLE = re.compile(_TITLE + r"\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
# Verbs of saying after a speaker's name ("Matthew Miller said"): holders.py reads more.
SAYING = ("said", "says", "told", "added", "stated", "announced", "remarked", "commented")
_BEFORE_SAYING = re.compile(
    r"\b([A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s+(?:" + "|".join(SAYING) + r")\b"
)
# Words of institutions and titles, which the patterns above would take for surnames.
_NOT_PEOPLE = frozenset(
    [
        "A",
        "Agency",
        "Air",
        "Airport",
        "American",
        "An",
        "Army",
        "Association",
        "Bank",
        "Board",
        "Brig",
        "British",
        "Capt",
        "Center",
        "Centre",
        "Chinese",
        "Church",
        "Club",
        "Col",
        "Commission",
        "Committee",
        "Company",
        "Consul",
        "Corporation",
        "Council",
        "Court",
        "Cross",
        "Defence",
        "Defense",
        "Department",
        "Force",
        "Forces",
        "Foreign",
        "France",
        "French",
        "Fund",
        "Games",
        "Gen",
        "General",
        "Government",
        "Group",
        "Guard",
        "Guards",
        "Health",
        "Home",
        "Hospital",
        "House",
        "Indian",
        "Institute",
        "Interior",
        "International",
        "Iranian",
        "Kingdom",
        "Lt",
        "Minister",
        "Ministry",
        "Mission",
        "Monde",
        "National",
        "Nations",
        "Navy",
        "Network",
        "News",
        "Office",
        "Olympic",
        "Organisation",
        "Organization",
        "Party",
        "Police",
        "Post",
        "President",
        "Press",
        "Prime",
        "Program",
        "Programme",
        "Project",
        "Radio",
        "Red",
        "Region",
        "Russian",
        "Secretary",
        "Security",
        "Service",
        "Services",
        "State",
        "States",
        "Station",
        "Street",
        "Survey",
        "Team",
        "Television",
        "The",
        "Times",
        "Union",
        "United",
        "University",
        "Watch",
        "Yard",
    ]
)


def _introduced(text: str) -> Iterator[list[str]]:
    """The words of each name a text gives after a title ("Defense Secretary Lloyd Austin")
    or as two words before a verb of saying ("Matthew Miller said"), up to its possessive
    ("coach Sven-Goran Eriksson's England side": "Sven-Goran Eriksson"), which is cut off."""
    # (_BEFORE_SAYING searched only in a text holding one of its verbs: most hold none)
    saying = _BEFORE_SAYING.finditer(text) if _may_match(text, SAYING, False) else ()
    for match in [*_AFTER_TITLE.finditer(text), *saying]:
        words = match.group(1).split()
        ends = next((n for n, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
        words = words if ends is None else words[: ends + 1]
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
        yield words


def given_names(text: str) -> list[str]:
    """The people a text names in full (a first name and a surname at least, a_full_name),
    where it introduces them (_introduced)."""
    return [" ".join(words) for words in _introduced(text) if a_full_name(words)]


_TITLE_ALONE = re.compile(_TITLE + r"|[A-Z][a-z]+ess|Gen|Agent")  # Baroness, Countess
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*\.?")  # capitalised (any script), or "van"


def a_full_name(words: list[str]) -> bool:
    """Whether ``words`` name a person in full: two words or more, the first neither a word
    that opens a sentence ("Meanwhile Austin") nor a title ("Baroness Boothroyd"), the last
    no institution or date, each a name's word ("Brian 'Head' Welch" is not one)."""
    return (
        len(words) > 1
        and words[0].lower() not in stop_words("english")
        and words[0] not in _NOT_PEOPLE
        and words[-1] not in _NOT_PEOPLE
        and words[-1][:1].isupper()
        and not _TITLE_ALONE.fullmatch(words[0])
        and not CALENDAR_WORDS.intersection((words[0].lower(), words[-1].lower()))
        and all(
            _NAME_WORD.fullmatch(w)
            and (w[0].isupper() or (len(w) <= 3 and w.islower()))  # "Ban Ki-moon", "van"
            and not w.endswith(("'", "’"))
            for w in words
        )
        and not any(w.endswith(("'s", "’s")) for w in words[:-1])  # "Stephen's Green"
    )


def people(texts: list[str]) -> list[frozenset[str]]:
    """Per text, the people it names: surnames the set's texts show as people's (after a
    title, or as a two-word name before "said"), wherever a text names them."""
    surnames = set()
    for text in texts:
        for words in _introduced(text):
            last = words[-1]
            # "General Sergey Shoigu" is a person; "Pacific Tsunami Warning Center" is not,
            # nor a day or month after a title ("the company's chairman Monday said").
            if (
                len(last) > 2
                and last not in _NOT_PEOPLE
                and words[0] not in ("The", "A")
                and last.lower() not in CALENDAR_WORDS
            ):
                surnames.add(last)
    if not surnames:
        return [frozenset() for _ in texts]
    heads, lengths = _surname_index(surnames)
    return [frozenset(_named(text, surnames, heads, lengths)) for text in texts]


_WORD_START = re.compile(r"\b[A-Z]")  # where a surname can start: all start so
_NAME_CHARS = re.compile(r"[\w'’-]*")  # all a surname is made of
_BOUNDARY = re.compile(r"\b")


def _surname_index(surnames: set[str]) -> tuple[set[str], list[int]]:
    """The first three letters of the surnames, and their lengths in ascending order (for
    _named: a surname is longer than two letters)."""
    longer = [s for s in surnames if len(s) > 2]
    return {s[:3] for s in longer}, sorted({len(s) for s in longer})


def _named(
    text: str, surnames: set[str], heads: set[str] | None = None, lengths: list[int] | None = None
) -> list[str]:
    """What ``re.findall(r"\b(S1|S2|...)\b", text)`` gives for the surnames in sorted order,
    without a regular expression of every surname (which costs far more on a large set).

    At a position that expression takes the first surname in sorted order that matches
    there with a word boundary after it; all that match there are prefixes of one another,
    so that is the shortest. Then it searches on from the match's end. Only a word whose
    first three letters begin a surname (``heads``) is tried, and only at the surnames'
    lengths (``lengths``, ascending): the same shortest, found with fewer slices."""
    if heads is None or lengths is None:
        heads, lengths = _surname_index(surnames)
    found = []
    cursor = 0
    for start in _WORD_START.finditer(text):
        at = start.start()
        if at < cursor or text[at : at + 3] not in heads:
            continue
        stop = _NAME_CHARS.match(text, at).end()  # type: ignore[union-attr]
        for size in lengths:
            end = at + size
            if end > stop:
                break
            if text[at:end] in surnames and _BOUNDARY.match(text, end):
                found.append(text[at:end])
                cursor = end
                break
    return found


# Who a sentence says is responsible: the names of a sentence that claims or lays the blame.
# Responsibility for an act of violence or a disaster, not for a job ("responsible for
# training future scientists") or for a result ("blamed high fuel prices for a 40% drop in
# profits"): over BBC, MultiLing and CNN/DM, 115 sentences laid "responsibility" before, almost
# all of those, and two sources' "causes" made a disagreement ("European" against "Bad", from
# "a wet European summer" and "Bad weather ... were blamed").
_ACTS = (
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|assaults?|violence|deaths?"
    r"|massacres?|murders?|kidnappings?|abductions?|crash(?:es)?|fires?|bombs?|raids?|ambush"
    r"|strikes?|atrocit(?:y|ies)|unrest|riots?|assassinations?|hostage[\w-]*|plots?"
    r"|poisonings?|hijackings?|wars?|disasters?|accidents?|spills?|collapse|shelling|sinking"
    r"|derailments?|arson)"
)
_RESPONSIBLE = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:of )?responsibility\b"
    rf"|\bresponsib(?:le|ility) for (?:\S+ ){{0,5}}?{_ACTS}\b"
    # "blamed Hamas for the attack", "blamed the bombing on the Tamil Tigers"
    rf"|\bblam(?:ed|es|ing) (?:[^.;]{{0,60}}? )?for (?:\S+ ){{0,5}}?{_ACTS}\b"
    rf"|\bblam(?:ed|es|ing) (?:\S+ ){{0,6}}?{_ACTS}\b[^.;]{{0,40}}? on\b"
    # "the attacks, which killed 52 people, were widely blamed on al-Qaeda", "arson attacks
    # blamed on Welsh extremists"
    rf"|\b{_ACTS}\b[^.;]{{0,60}}? (?:\w+ly )?blamed on\b"
    r"|\b(?:was|were|is|are) behind (?:the|this|that|these)(?: \w+)? "
    rf"{_ACTS}\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(
    r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*)*"
)


def mentions(text: str, words: str) -> bool:
    """Whether a text holds words as words: "los angeles" in "... in New York and Los Angeles",
    not "us" in "unusually", "lee" in "fleet" (both in the same case). By str.find, not a
    pattern made for each name (559 of them over 1,000 articles, more than re's cache holds)."""
    if not words:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        if not (start and word_char(text[start - 1])) and not (
            end < len(text) and word_char(text[end])
        ):
            return True
        start = text.find(words, start + 1)
    return False


def word_char(char: str) -> bool:
    """Whether a character is one a pattern's \\w matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


# Capitalised words that name no party or person: a day, a month, a sentence's opening word,
# a pronoun, a body that is no name ("Police"). favourites and ages read names with them too.
NOT_NAMES = frozenset(
    [
        *(w.capitalize() for w in WEEKDAYS),
        *(m.capitalize() for m in MONTHS),
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "However",
        "Police",
        "Officials",
        "Authorities",
    ]
)


def responsible(text: str) -> frozenset[str]:
    """The parties a sentence names beside a claim of responsibility or a blame ("Islamic
    Jihad claimed responsibility", "police blamed the Tamil Tigers"); empty when it lays none."""
    if "respons" not in text.lower() and "blam" not in text.lower() and "behind" not in text:
        return frozenset()
    if not _RESPONSIBLE.search(text):
        return frozenset()
    names = set()
    for match in _CAPITALISED.finditer(text):
        words = [w for w in match.group(0).split() if w not in NOT_NAMES]
        # "Israeli officials said": a people's adjective says who speaks, not who is blamed.
        if len(words) == 1 and words[0].endswith(("ian", "ese", "ish", "i")):
            continue
        if words:
            names.add(" ".join(words).removesuffix("'s").removesuffix("’s"))
    return frozenset(names)


def responsibility_conflict(first: str, second: str) -> tuple[str, str] | None:
    """(who the first says, who the second says) when both lay responsibility and name no
    party in common: one outlet names one group, another a different one."""
    ours, theirs = responsible(first), responsible(second)
    if not ours or not theirs or ours & theirs:
        return None
    return ", ".join(sorted(ours)), ", ".join(sorted(theirs))
