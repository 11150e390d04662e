"""One source denies what another says: "no tsunami warning was issued" against "A tsunami
alert was initially issued following the tremor"; "A trial date has not been set" against
"A US judge has set a preliminary trial date" (not "No official trial date has been set": a
thing denied as official is not one stated as preliminary).

A denial is read only in three narrow forms, each naming the thing denied in two content words
or more (one word, "there was no prize", "There were no reports", matched anything of its
kind over BBC News and MultiLing): a thing and its act ("no tsunami warning was issued", "No
official trial date has been set"), a thing and its act negated ("the flight recorders have
not been found"), and a thing's being ("There was no tsunami warning"). Another sentence
affirms it when one of its clauses, neither negated nor hedged ("if", "whether", "would"),
holds the thing's head word (or a word of like meaning: "alert" for "warning"), most of its
other words, and the act near the head; a thing's being, its words together ("The tsunami
warning was lifted"). English only."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ..nlp import stemmer, stop_words

_LANGUAGE = "english"
_PARTICIPLE = (
    r"(?:\w+ed|set|found|made|given|seen|known|taken|held|heard|shown|paid|sold|built|brought"
    r"|caught|told|won|lost|hit|put|sent|spent|struck|thrown|broken|chosen|drawn|driven"
    r"|fallen|hidden|risen|spoken|stolen|sworn|written|begun|done|kept|left|met|cut|spread)"
)
_BEING = r"(?:has been|have been|had been|was|were|is|are|will be|would be|be|been)"
_THING = r"((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
_ACT_DENIED = re.compile(
    rf"\bno\s+(?:other\s+|further\s+|official\s+|formal\s+)?{_THING}\s+"
    r"(?:(?:of|for|from)\s+(?:the\s+)?[\w-]+\s+)?(?:has\s+|have\s+|had\s+)?"
    rf"(?:yet\s+|so far\s+)?{_BEING}\s+(?:yet\s+|immediately\s+|officially\s+|formally\s+)?"
    rf"({_PARTICIPLE})\b",
    re.IGNORECASE,
)
_ACT_NEGATED = re.compile(
    rf"\b(?:the|a|an|any)\s+{_THING}\s+(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+"
    rf"(?:yet\s+)?(?:been\s+)?(?:officially\s+|formally\s+)?({_PARTICIPLE})\b",
    re.IGNORECASE,
)
_BEING_DENIED = re.compile(
    r"\bthere\s+(?:was|were|is|are|has been|have been|had been|will be)\s+(?:no|not\s+an?y?)\s+"
    rf"{_THING}(?=\s*(?:[,.;:]|$|\s+(?:and|but|from|for|of|in|at|on|to|after|before|since|when"
    r"|as|issued|reported)\b))",
    re.IGNORECASE,
)
# What makes a clause no plain statement: a negation, a doubt, a condition.
_NOT_PLAIN = re.compile(
    r"\b(?:no|not|never|none|neither|nor|without|yet to|failed to|fails to|denied|denies"
    r"|if|whether|should|would|could|might|may|unless)\b|n[’']t\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;!?]|[:.](?!\d)|,\s+(?:but|while|although|though|which|who)\b|\sbut\s")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_NEAR = 6  # words between a thing's head and its act
# A thing denied as final is not the thing stated as tentative (session 24's second blind
# review: "No official trial date has been set" beside "A US judge has set a preliminary
# trial date" had been shown as a disagreement; they can both be true).
_FINAL = re.compile(r"\b(?:official|formal|final|firm|definite)\b", re.IGNORECASE)
_TENTATIVE = frozenset(
    ["preliminary", "provisional", "tentative", "informal", "unofficial", "interim", "initial"]
)
_LEAST = 2  # content words that name the thing denied
# Words that say how much of a thing there is, before "of", not what it is: "There was not a
# huge amount of rugby played" denies no "huge amount" that "the huge amount of information
# available on the web" states (a disagreement shown over 1,000 BBC articles, session 31).
# Without "of" they name things: "No ceasefire deal was signed", "no working majority".
_QUANTITIES = frozenset(
    [
        *("amount", "amounts", "number", "numbers", "lot", "lots", "deal", "quantity"),
        *("plenty", "range", "variety", "host", "majority", "minority", "bit", "proportion"),
        "share",
    ]
)


# Before a denial that is an aim, not a fact: "Opec closely watches global stocks to ensure
# that there is not an excessive supply in the market" denies nothing that "excess supply and
# low demand means one thing - cut prices" states (a disagreement shown over 1,000 BBC
# articles, session 33).
# (Not "ensured" or "made sure": an aim met is a fact.)
_AIM = re.compile(
    r"\b(?:ensur(?:e|es|ing)|mak(?:e|es|ing)\s+sure|so|in\s+order|see\s+to\s+it)"
    r"\s+that\s+$|\b(?:ensur(?:e|es|ing)|mak(?:e|es|ing)\s+sure)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Denial:
    """What a sentence denies: its words as written, the thing's content words (head last)
    and the act denied of it ("issued"; None when the thing's being is denied)."""

    said: str
    thing: tuple[str, ...]
    act: str | None


def denials(text: str) -> tuple[Denial, ...]:
    """The denials a sentence makes, in the three forms this module reads."""
    if not re.search(r"\b(?:no|not|never)\b", text, re.IGNORECASE):
        return ()
    found = [
        *((m, m.group(2)) for m in _ACT_DENIED.finditer(text)),
        *((m, m.group(2)) for m in _ACT_NEGATED.finditer(text)),
        *((m, None) for m in _BEING_DENIED.finditer(text)),
    ]
    stops = stop_words(_LANGUAGE)
    out = []
    for match, act in found:
        if _AIM.search(text, max(0, match.start() - 30), match.start()):
            continue  # "to ensure that there is not an excessive supply": an aim
        thing = match.group(1)
        words = tuple(w for w in _WORD.findall(thing) if w.lower() not in stops and len(w) > 2)
        of = text[match.end(1) :].lstrip().lower().startswith("of ")
        if len(words) >= _LEAST and not (of and words[-1].lower() in _QUANTITIES):
            out.append(Denial(match.group(0), words, act))
    return tuple(out)


def affirmation(denial: Denial, text: str, alike: Callable[[str, str], bool]) -> str | None:
    """The clause of ``text`` that states what ``denial`` denies, plainly (no negation, doubt
    or condition in it), or None. ``alike`` says whether two lower-case words mean the same
    (a head word may be said another way: "alert" for "warning"); other words match by stem."""
    stem = stemmer(_LANGUAGE)

    def same(a: str, b: str) -> bool:
        return stem(a) == stem(b)

    *rest, head = (w.lower() for w in denial.thing)
    for clause in _clauses(text):
        if _NOT_PLAIN.search(clause):
            continue
        words = [w.lower() for w in _WORD.findall(clause)]
        at = next((k for k, w in enumerate(words) if same(w, head) or alike(w, head)), None)
        if at is None:
            continue
        if denial.act is None:
            # a thing's being: its words together ("There was no network connection" is not
            # stated by "a dial-up phone connection ... broadband networks")
            if at < len(rest) or not all(map(same, words[at - len(rest) : at], rest)):
                continue
        elif 3 * sum(any(same(w, r) for w in words) for r in rest) < 2 * len(rest):
            continue
        near = words[max(0, at - _NEAR) : at + _NEAR + 1]
        if denial.act is not None and not any(same(w, denial.act.lower()) for w in near):
            continue
        if _FINAL.search(denial.said) and _TENTATIVE.intersection(near):
            continue  # "No official trial date has been set" / "set a preliminary trial date"
        return clause.strip().removesuffix(" but").rstrip(" ,;:.!?")
    return None


def _clauses(text: str) -> list[str]:
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if text[a:b].strip()]


def contradiction(
    first: str,
    first_denials: tuple[Denial, ...],
    second: str,
    second_denials: tuple[Denial, ...],
    alike: Callable[[str, str], bool],
) -> tuple[str, str] | None:
    """(what the first says, what the second says) when one denies what the other states."""
    for denial in first_denials:
        stated = affirmation(denial, second, alike)
        if stated is not None:
            return denial.said, stated
    for denial in second_denials:
        stated = affirmation(denial, first, alike)
        if stated is not None:
            return stated, denial.said
    return None
