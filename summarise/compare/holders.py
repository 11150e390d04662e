"""One role, two holders: "The highest ranking executive pleading guilty on Tuesday was former
Marsh senior vice president Joshua Bewlay" and "Spitzer said senior vice president Robert
Stearns had pleaded guilty to scheming to defraud" report what two people did (session 24's
blind review found them shown as one point, a likely match: two guilty pleas of one running
story). A role is a title written before a name ("vice president", "Foreign Minister",
"coach"), with the word before it ("vice president", "Foreign Minister", not "the coach"); two
sentences that each name the holder of a role, different people, and neither the other's,
speak of different people.

A holder who speaks is left out: "spokesman Paul Conneally said", "said coach Andy Robinson",
"according to analyst Jane Smith": two sources quote two people on one point. So are roles
that are always someone's source or opposite number (spokesman, analyst, reporter,
counterpart) and personal titles ("Mr", "Dr": pairs._subject reads those when they open a
sentence).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .claims import LOWER_CASE_TITLES, NOT_NAMES

__all__ = ["holders", "other_holders"]

_TITLES = (
    "President",
    "Prime Minister",
    "Minister",
    "Secretary",
    "Senator",
    "Governor",
    "General",
    "Ambassador",
    "ambassador",
    "Chancellor",
    "Mayor",
    "Judge",
    "envoy",
    *LOWER_CASE_TITLES,
)
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2}"
# Longer titles first: "Prime Minister" before "Minister", "chief executive" before "executive".
_HOLDER = re.compile(
    r"\b(?P<title>"
    + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
    + rf")\s+(?P<name>{_NAME})"
)
_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+$")  # the word before a title
_SPEAKS_AFTER = re.compile(
    r"(?:\s*,[^,]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|says|told|added|stated|announced"
    r"|remarked|commented|insisted|warned|explained|admitted|claimed|argued)\b"
)
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|told|added|according\s+to|quoted|quoting|asked)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\s*(?:[,.;:!?\"”’')]|$)")  # "..., said coach Andy Robinson."
# Lower-case words before a title that are no part of the role: "the coach", "former
# president", "its chairman".
_NOT_ROLE = frozenset(
    [
        *("the", "a", "an", "its", "his", "her", "their", "our", "former", "then", "new"),
        *("current", "acting", "interim", "and", "of", "by", "to", "with", "as", "was", "is"),
        *("that", "who", "when", "at", "for", "from", "on", "in", "said", "says", "now"),
    ]
)


def holders(text: str) -> dict[str, frozenset[str]]:
    """{role: the surnames of its holders} for the roles a sentence names a holder of, who is
    not the one speaking in it."""
    found: dict[str, set[str]] = {}
    for match in _HOLDER.finditer(text):
        words = [w.removesuffix("'s").removesuffix("’s") for w in match.group("name").split()]
        words = [w for w in words if w not in NOT_NAMES]
        if not words or len(words[-1]) < 3:
            continue
        if _SPEAKS_AFTER.match(text, match.end()) or (
            _SPOKEN_BEFORE.search(text, 0, match.start()) and _ENDS.match(text, match.end())
        ):
            continue
        title = match.group("title").lower()
        word = _BEFORE.search(text, max(0, match.start() - 40), match.start())
        before = None if word is None else word.group(1).lower()
        role = title if before is None or before in _NOT_ROLE else f"{before} {title}"
        found.setdefault(role, set()).add(words[-1])
    return {role: frozenset(names) for role, names in found.items()}


def other_holders(
    first: dict[str, frozenset[str]],
    first_text: str,
    second: dict[str, frozenset[str]],
    second_text: str,
) -> bool:
    """Whether two sentences (their holders, and their texts in lower case) name different
    holders of one role, neither naming the other's."""
    for role in first.keys() & second.keys():
        mine, theirs = first[role], second[role]
        if any(_one_name(x, y) for x in mine for y in theirs):
            continue
        if not any(name.lower() in second_text for name in mine) and not any(
            name.lower() in first_text for name in theirs
        ):
            return True
    return False


def _one_name(first: str, second: str) -> bool:
    """Whether two surnames are one, perhaps spelt two ways ("Khodorkovsky", "Khordokovsky")."""
    return first == second or SequenceMatcher(None, first, second).ratio() >= _SPELT_ALIKE


_SPELT_ALIKE = 0.8
