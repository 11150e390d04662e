"""Another name in the same words: "A merger between MCI and Verizon would be the fifth
billion-dollar telecoms deal since October" against "A merger between MCI and Qwest would be
the fifth billion-dollar telecoms deal since October" (session 26's blind review found the two
shown as one strong point, with no disagreement). Two sources that say one thing of two
parties disagree on who (align: measure "named").

Read in one form only: the two sentences are word for word the same but for one name in
each, where the other has another, that neither sentence holds elsewhere. A name is one to
three capitalised words, none of them one of NOT_NAMES (a weekday, a month, "The", "It"...),
a title ("Mr", "Minister": "Michael Howard" / "Mr Howard" is one man), a people's or a
party's adjective or a country's other name ("US" / "American", "Conservative" / "Tory"), or
a time zone. Where a sentence opens (its first word, or one after a stop, a colon, a bracket
or a quotation mark) any word is capitalised, so there only an acronym is read as a name
("IBM test results show..." / "DOE test results show..."; not "Its leader" / "UKIP's
leader", '"Our aim' / '"My aim'). A name just before a verb of saying or "reported", or after
"told", "to" ("according to") or "by", is whom a fact was told to or by ("..., Reuters reported" / "...,
AP reported"), not what the sources disagree on; a name one or two words after "in", "at",
"from", "to" or "near" is a place, and a place may hold the other ("set in post-war London"
/ "set in post-war England"): both are left alone. So are two spellings of one name
("Damien" / "Damian" Hockney): names that open on the same two letters are not told apart
(nor, so, Iran and Iraq).
"""

from __future__ import annotations

import re

from .claims import HONORIFICS, NOT_NAMES, ROLE_TITLES, SAYING, mentions
from .diff import WORD

__all__ = ["other_name"]

_TOKEN = re.compile(rf"{WORD}|[^\w\s]")  # words as the diff reads them, and marks
_LONGEST = 3  # words of a name, at most
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:['’]s)?$")
_WHERE = frozenset(["in", "at", "from", "to", "near"])
_WHERE_BEFORE = 2  # words before a name read for a preposition of place
_OPENERS = frozenset([".", ":", ";", '"', "“", "‘", "'", "(", "!", "?"])
# Capitalised words that are no party of their own: titles, peoples' and parties' adjectives
# and a country's other names (one government is "US" and "American"), time zones.
_NOT_PARTIES = frozenset(
    [
        *(w for title in ROLE_TITLES for w in title.split()),
        *HONORIFICS,
        *("US", "USA", "America", "American", "Americans", "United", "States", "UK", "Britain"),
        *("British", "Briton", "Britons", "Kingdom", "England", "English", "Scotland"),
        *("Scottish", "Wales", "Welsh", "Ireland", "Irish", "European", "Europe", "EU"),
        *("Conservative", "Conservatives", "Tory", "Tories", "Labour", "Liberal", "Democrat"),
        *("Democrats", "Republican", "Republicans", "GMT", "UTC", "BST", "CET", "EST", "PST"),
    ]
)
_TOLD = frozenset(["told", "to", "by"])  # "told BBC News", "according to Reuters", "said by"
_TELLING = frozenset([*SAYING, "reported", "reports", "reporting", "quoted", "reveals"])


def _name(words: list[str], opening: bool) -> bool:
    if not 0 < len(words) <= _LONGEST or any(w in _NOT_PARTIES for w in words):
        return False
    if opening:
        return all(_ACRONYM.match(w) for w in words)
    return all(w[0].isupper() and w[:1].isalpha() and w not in NOT_NAMES for w in words)


def other_name(first: str, second: str) -> tuple[str, str] | None:
    """(the name the first gives, the one the second gives in its place) when the sentences
    differ in that name only; None otherwise."""
    a, b = _TOKEN.findall(first), _TOKEN.findall(second)
    if abs(len(a) - len(b)) > _LONGEST - 1:
        return None
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    ours, theirs = a[start : len(a) - end], b[start : len(b) - end]
    opening = start == 0 or a[start - 1] in _OPENERS
    if not (_name(ours, opening) and _name(theirs, opening)):
        return None
    before = [w.lower() for w in a[max(0, start - _WHERE_BEFORE) : start]]
    if _WHERE.intersection(before):
        return None  # a place: "set in post-war London" / "... England"
    after = a[len(a) - end].lower() if end else ""
    if after in _TELLING or (before and before[-1] in _TOLD):
        return None  # whom it was told to or by: "..., Reuters reported" / "..., AP reported"
    said, other = " ".join(ours), " ".join(theirs)
    if said[:2].lower() == other[:2].lower():
        return None  # one name spelt two ways ("Damien" / "Damian"), or cut short
    if mentions(first, other) or mentions(second, said):
        return None  # each names both: the sentences set them side by side
    return said, other
