"""Who a source says is favourite: "Nineteen-year-old Blazin' Squad singer Kenzie is currently
favourite to win the £50,000 charity prize" against "The bookmakers have made former Happy
Mondays dancer Bez favourite to win the show at 7/4" (session 23's blind review found them
shown as one point, a strong match, with no disagreement).

A favourite is read in three narrow forms only: a name, a verb of being and "favourite" ("Bez
is now 2-1 favourite", "Reeves remains 3/1 favourite", "Million Dollar Baby has become the
new favourite"), "made" a name "favourite", and those who say (all, most, pundits, critics,
bookmakers...) expecting, tipping or backing a name to win ("All expect The Aviator to win
best film"; "best film" and "best picture" are one prize). Not "one of the favourites" or any plural,
not a "second", "joint", "previous" or "pre-race" favourite, not a favourite named before a
noun ("European medal favourite Christine Arron"), not a name that owns the favourite
("Eastwood's boxing drama is favourite"). A sentence that tips two ("Swank is favourite to win
best actress while Jamie Foxx is tipped to win best actor") says whom for two prizes, and is
not read. The role is what the favourite is tipped to do: to win, or to be voted out ("the
favourite to be evicted"); two sentences that name different prizes ("best actor", "best
actress") are about different roles. English only.
"""

from __future__ import annotations

import re

from .claims import NOT_NAMES

__all__ = ["favourite", "favourite_conflict", "odds_conflict"]

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w'’-]*)*"
_BE = (
    r"(?:is|was|remains|remained|has\s+become|had\s+become|became|has\s+been|had\s+been"
    r"|is\s+now|was\s+now)"
)
# What may stand between the verb and "favourite": "now", "the new", "2-1", "bookmakers'".
_BESIDE = (
    r"(?:\s+(?:now|currently|still|already|probably|clearly|the|a|an|new|clear|hot|firm|strong"
    r"|overwhelming|outright|odds[- ]on|short-priced|red-hot|bookmakers['’]|\d+[-/]\d+))*"
)
_IS = re.compile(rf"(?<![\w'’])({_NAME})\s+{_BE}{_BESIDE}\s+favou?rite\b(?!s|\s+[a-z]+s?\s+of)")
_MADE = re.compile(
    rf"\bmade\s+(?:[\w'’-]+\s+){{0,5}}?({_NAME})\s+(?:the\s+)?(?:clear\s+)?favou?rite\b(?!s)"
)
# ... or those who say expect the name to win: "All expect The Aviator to win best film"
# (session 46: beside "Million Dollar Baby has become the new favourite to win best picture",
# shown as one point, as a blind reader found, with no disagreement)
_EXPECTING = r"(?:expects?|expected|predicts?|predicted|tips?|tipped|backs?|backed)"
_EXPECT = re.compile(
    r"\b(?i:all|most|many|everyone|pundits|critics|experts|bookmakers|bookies|they)\s+"
    rf"(?:still\s+|now\s+|widely\s+)?{_EXPECTING}\s+({_NAME})\s+to\s+win\b(?!\s+back)"
)
# Another tip in the same sentence: "while Jamie Foxx is tipped to win best actor".
_TIPPED = re.compile(
    rf"\btipped\s+(?:to|for)\b|\bfavou?rite\b|\b{_EXPECTING}\s+[A-Z][^,;]{{0,60}}?\s+to\s+win\b"
)
_TO_WIN = re.compile(r"\bto\s+win\b")
# ... not when few or none of them do: "Not many expect Greece to win", "Few critics expect
# Sideways to win", "No bookmakers expect ..." (a code review's cases)
_FEW = re.compile(
    r"\b(?:few|not|no|hardly|scarcely|barely|nobody|none|neither|nor)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... nor when another name is tipped for another prize after it: "Most expect Jamie Foxx to
# win best actor and Hilary Swank best actress"
_AND_ANOTHER = re.compile(rf"\b(?:and|while|with)\s+{_NAME}\s+(?:[\w'’-]+\s+){{0,3}}?best\b")
_OUT = re.compile(
    r"\s+(?:to\s+(?:be\s+)?(?:evicted|voted|axed|sacked|dropped|relegated|leave|go|lose|quit"
    r"|exit|depart)|for\s+(?:eviction|the\s+chop|the\s+sack|relegation))",
    re.IGNORECASE,
)
# A prize: "best" and up to three words, to a word that does not name it ("best film at the
# Baftas", "best actress prize": "best film", "best actress"; "best film editing" whole).
_PRIZE = re.compile(
    r"\bbest(?:\s+(?!(?:at|in|on|for|and|but|or|with|the|this|next|award|awards|prize|category"
    r"|oscar|oscars|title|trophy|statuette|nomination|nominations)\b)[a-z]+){1,3}"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|for|in|from|with|by|to|on|and|or)\s+$", re.IGNORECASE)
# Capitalised words that are no name (claims.NOT_NAMES, and determiners, adverbs and
# adjectives a subject may open with: "Its star Hilary Swank", "Former Happy Mondays dancer").
_NOT_NAMES = NOT_NAMES | frozenset(
    [
        *("Its", "His", "Her", "Their", "Our", "My", "This", "That", "These", "Those", "Yet"),
        *("So", "Now", "Still", "Former", "Current", "New"),
    ]
)


def favourite(text: str) -> tuple[str, frozenset[str]] | None:
    """(role, the holder's name words) when a sentence names one favourite: the role is "win"
    or "out" (the favourite to be voted out), with the prize named after the favourite
    ("win: best actress") when there is one; None when it names none, or tips two."""
    named = "favo" in text
    if not named and "to win" not in text:
        return None
    found = [
        *((m, True) for m in (_IS.finditer(text) if named else ())),
        *((m, False) for m in (_MADE.finditer(text) if named else ())),
        *((m, False) for m in _EXPECT.finditer(text)),
    ]
    if len(found) != 1 or len(_TIPPED.findall(text)) != 1:
        return None
    if found[0][0].re is _EXPECT and (
        len(_TO_WIN.findall(text)) > 1
        or _FEW.search(text, max(0, found[0][0].start() - 30), found[0][0].start())
        or _AND_ANOTHER.search(text, found[0][0].end())
    ):
        return None  # two tipped ("... to win best actor and Swank to win ..."), or few expect
    match, _ = found[0]
    if _AFTER_PREPOSITION.search(text, 0, match.start()):
        return None  # "Souness's former assistant at Rangers is hot favourite": not Rangers
    words = [w for w in match.group(1).split() if w not in _NOT_NAMES and w not in ("of", "de")]
    if not words or words[-1].endswith(("'s", "’s", "'", "’")):
        return None  # "Eastwood's boxing drama": the favourite is the drama, unnamed here
    rest = text[match.end() :]
    role = "out" if _OUT.match(rest) else "win"
    prize = _PRIZE.search(rest)
    if prize:
        named_prize = prize.group(0).lower()
        # (one prize, two names: "best film" is "best picture"; not "best film editing", nor
        # the Baftas' best film)
        if named_prize == "best film" and "bafta" not in text.lower():
            named_prize = "best picture"
        role = f"{role}: {named_prize}"
    return role, frozenset(words)


def favourite_conflict(first: str, second: str) -> tuple[str, str] | None:
    """(whom the first names, whom the second names) when both name the favourite for the
    same role and share no word of the name: one outlet's favourite is not another's."""
    ours, theirs = favourite(first), favourite(second)
    if ours is None or theirs is None:
        return None
    (role, mine), (other_role, yours) = ours, theirs
    same_role = role.partition(":")[0] == other_role.partition(":")[0]
    if not same_role or (":" in role and ":" in other_role and role != other_role):
        return None
    if mine & yours:
        return None
    return _said(first, mine), _said(second, yours)


def _said(text: str, words: frozenset[str]) -> str:
    """The holder's name as the sentence writes it."""
    found = _IS.search(text) or _MADE.search(text) or _EXPECT.search(text)
    assert found is not None
    return " ".join(w for w in found.group(1).split() if w in words)


# A favourite's odds, in the clause that names the favourite: "Bez is now 2-1 favourite",
# "made ... Bez favourite to win the show at 7/4" (BBC entertainment/203 and 225: a strong
# match whose two prices a blind reader found nowhere under "Where they differ", session 57).
_ODDS = re.compile(r"(?<![\d.,])(\d{1,3})\s?[-/]\s?(\d{1,3})(?!\d|[.,/-]\d)")
# (no one else named between: "ahead of Brigitte Nielsen at 3-1" is her price; nor a score,
# "at 2-1 up": a code review's cases)
_ODDS_AFTER = re.compile(
    r"[^.;,A-Z]{0,60}?\bat\s+(?:odds\s+of\s+)?(\d{1,3}\s?[-/]\s?\d{1,3})(?!\d|[.,/-]\d)"
    r"(?!\s+(?:up|down|ahead|behind|lead|win|victory|defeat|loss|draw)\b)"
)


def _odds(text: str) -> str | None:
    """The odds a sentence gives its one favourite, as written ("2-1", "7/4"), or None."""
    found = _IS.search(text) or _MADE.search(text)
    if found is None:
        return None
    inside = _ODDS.search(found.group(0))
    if inside is not None:
        return inside.group(0)
    after = _ODDS_AFTER.match(text, found.end())
    return after.group(1) if after is not None else None


def _price(odds: str) -> float:
    first, second = (int(x) for x in re.split(r"\s?[-/]\s?", odds))
    return first / second if second else float("inf")


def odds_conflict(first: str, second: str) -> tuple[str, str] | None:
    """(the first's favourite and odds, the second's) when both name one favourite for one
    role at different odds: "Bez at 7/4" against "Bez 2-1"."""
    ours, theirs = favourite(first), favourite(second)
    if ours is None or theirs is None or ours[0] != theirs[0] or not ours[1] & theirs[1]:
        return None
    mine, yours = _odds(first), _odds(second)
    if mine is None or yours is None or _price(mine) == _price(yours):
        return None
    return f"{_said(first, ours[1])} at {mine}", f"{_said(second, theirs[1])} at {yours}"
