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

from .claims import LOWER_CASE_TITLES, NOT_NAMES, ROLE_TITLES, SAYING, mentions

__all__ = ["holders", "other_holders"]

_TITLES = (*ROLE_TITLES, *LOWER_CASE_TITLES)
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2}"
# Longer titles first: "Prime Minister" before "Minister", "chief executive" before "executive".
_HOLDER = re.compile(
    r"\b(?P<title>"
    + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
    + rf")\s+(?P<name>{_NAME})"
)
_BEFORE = re.compile(r"\b([A-Za-z][\w'’-]*)\s+$")  # the word before a title
_SPEAKS_AFTER = re.compile(
    r"(?:\s*,[^,]{1,80},)?\s+(?:has\s+|had\s+)?(?:"
    + "|".join((*SAYING, "insisted", "warned", "explained", "admitted", "claimed", "argued"))
    + r")\b"
)
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|told|added|according\s+to|quoted|quoting|asked)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\s*(?:[,.;:!?\"”’')]|$)")  # "..., said coach Andy Robinson."
_LOWER_TITLES = frozenset(t.split()[0] for t in LOWER_CASE_TITLES)
# Capitalised words of firms and bodies after a title, which are no surname ("General
# Motors", "President Hotel"), besides claims.NOT_NAMES.
_NOT_SURNAMES = frozenset(
    [
        *("Motors", "Electric", "Dynamics", "Mills", "Airlines", "Airways", "Petroleum"),
        *("Holdings", "Industries", "Systems", "Technologies", "Communications", "Hotel"),
        *("Entertainment", "Pictures", "Records", "Studios", "Inc", "Ltd", "Corp", "Co"),
        *("Bank", "Group", "Company", "Corporation", "Council", "Assembly", "Court", "Office"),
        *("Department", "Ministry", "Government", "Party", "Foundation", "University", "Club"),
    ]
)
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
    first = text.split(maxsplit=1)[:1]
    if first and first[0].lower() in _LOWER_TITLES:  # "Coach Sven-Goran Eriksson named..."
        text = text[0].lower() + text[1:]
    found: dict[str, set[str]] = {}
    for match in _HOLDER.finditer(text):
        words = [w.removesuffix("'s").removesuffix("’s") for w in match.group("name").split()]
        words = [w for w in words if w not in NOT_NAMES and w not in _NOT_SURNAMES]
        if not words or len(words[-1]) < 3:
            continue
        end = match.end()
        if _SPEAKS_AFTER.match(text, end) or (
            _ENDS.match(text, end)
            and _SPOKEN_BEFORE.search(text, max(0, match.start() - 120), match.start())
        ):
            continue
        title = match.group("title").lower()
        word = _BEFORE.search(text, max(0, match.start() - 40), match.start())
        # not a possessive ("The film's director Martin Scorsese")
        before = None if word is None or word.group(1)[-2:] in ("'s", "’s") else word.group(1)
        before = None if before is None else before.lower()
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
        if not any(mentions(second_text, name.lower()) for name in mine) and not any(
            mentions(first_text, name.lower()) for name in theirs
        ):
            return True
    return False


def _one_name(first: str, second: str) -> bool:
    """Whether two surnames are one, perhaps spelt two ways ("Khodorkovsky", "Khordokovsky";
    "Gaddafi", "Kadhafi": read past letters that transliterations trade)."""
    if first == second:
        return True
    a, b = _spelling(first), _spelling(second)
    return a == b or SequenceMatcher(None, a, b).ratio() >= _SPELT_ALIKE


_SPELT_ALIKE = 0.8
_TRADED = (("kh", "k"), ("dh", "d"), ("ph", "f"), ("q", "k"), ("c", "k"), ("ou", "u"), ("y", "i"))


def _spelling(name: str) -> str:
    """A surname as transliterations agree on it: lower case, letters they trade made one,
    doubled letters single."""
    out = name.lower()
    for old, new in _TRADED:
        out = out.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", out)
