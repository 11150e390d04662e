"""Another name in the same words: "A merger between MCI and Verizon would be the fifth
billion-dollar telecoms deal since October" against "A merger between MCI and Qwest would be
the fifth billion-dollar telecoms deal since October" (session 26's blind review found the two
shown as one strong point, with no disagreement). Two sources that say one thing of two
parties disagree on who (align: measure "named").

Read in one form only: the two sentences are word for word the same but for one name in
each, where the other has another, that neither sentence holds elsewhere. A name is one to
three capitalised words, none of them a weekday, a month or a word that opens a sentence
("But", "It"); at a sentence's start only an acronym ("IBM test results show..." / "DOE test
results show...") is read as one, since any word is capitalised there ("Its leader, Roger
Knapman" / "UKIP's leader, Roger Knapman"). A name just after "in", "at", "from", "to" or
"near" is a place, and a place may hold the other ("set in post-war London" / "set in
post-war England"): it is left alone. Two spellings of one name ("Damien" / "Damian"
Hockney) are left alone: names that open on the same two letters are not told apart.
"""

from __future__ import annotations

import re

from .claims import NOT_NAMES, mentions

__all__ = ["other_name"]

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_LONGEST = 3  # words of a name, at most
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:['’]s)?$")
_WHERE = frozenset(["in", "at", "from", "to", "near"])
_WHERE_BEFORE = 2  # words before a name read for a preposition of place


def _name(words: list[str], opening: bool) -> bool:
    if not 0 < len(words) <= _LONGEST:
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
    if not (_name(ours, start == 0) and _name(theirs, start == 0)):
        return None
    if _WHERE.intersection(w.lower() for w in a[max(0, start - _WHERE_BEFORE) : start]):
        return None  # a place: "set in post-war London" / "... England"
    said, other = " ".join(ours), " ".join(theirs)
    if said[:2].lower() == other[:2].lower():
        return None  # one name spelt two ways ("Damien" / "Damian"), or cut short
    if mentions(first, other) or mentions(second, said):
        return None  # each names both: the sentences set them side by side
    return said, other
