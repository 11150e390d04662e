"""One act told as still to come and as done: "The US is poised to push Japan off the top of
the supercomputing chart" against "The US has pushed Japan off the top of the supercomputing
chart" (a blind reader's strong point, session 24: "same actors but different status not
flagged"); "will be unveiled as the new Wolves manager on Tuesday" against "has been unveiled
as the new Wolves manager". Two sources of one point that tell it at two stages disagree on
whether it has happened (align: measure "stage"), which may be no more than one report being
older than the other: the brief says when they carry no date or were published days apart.

Read in one form only: the same verb, followed by the same two words, is foretold in one sentence
("will", "is set to", "is poised to", "is expected to", "is due to", "is to", "is about to",
"is going to", "plans to", "is hoping to"; "be" or "have been" and a participle, or the
plain verb) and told as done in the other (its past form, not after "not", "never", "yet
to", "failed to", nor foretold itself, "will be unveiled"). Not "would", "could", "may" or
"might": a condition or a guess is no stage ("would be the fifth deal"). A denial of the act
("will not", "has not") is no stage either (disputes and denials are read elsewhere).
"""

from __future__ import annotations

import functools
import re

from ..nlp import stemmer

__all__ = ["foretells", "stage_conflict"]

# Irregular verbs' past forms (tense and participle) and their plain verb.
_IRREGULAR = {
    "sell": ("sold",),
    "win": ("won",),
    "take": ("took", "taken"),
    "give": ("gave", "given"),
    "make": ("made",),
    "go": ("went", "gone"),
    "become": ("became",),
    "begin": ("began", "begun"),
    "leave": ("left",),
    "meet": ("met",),
    "buy": ("bought",),
    "hold": ("held",),
    "lose": ("lost",),
    "find": ("found",),
    "bring": ("brought",),
    "build": ("built",),
    "send": ("sent",),
    "pay": ("paid",),
    "choose": ("chose", "chosen"),
    "fall": ("fell", "fallen"),
    "rise": ("rose", "risen"),
    "grow": ("grew", "grown"),
    "show": ("showed", "shown"),
    "tell": ("told",),
    "see": ("saw", "seen"),
    "strike": ("struck",),
    "seek": ("sought",),
    "spend": ("spent",),
    "lead": ("led",),
    "run": ("ran",),
    "come": ("came",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "break": ("broke", "broken"),
    "fly": ("flew", "flown"),
    "draw": ("drew", "drawn"),
    "keep": ("kept",),
    "stand": ("stood",),
}
PAST_FORMS_OF = {past: verb for verb, pasts in _IRREGULAR.items() for past in pasts}
# What foretells the verb after it, in lower case: (the foretelling and its verb) (the word after).
_FORETOLD = re.compile(
    r"\b((?:will|['’]ll|shall"
    r"|(?:is|are|am)\s+(?:(?:set|poised|expected|due|going|scheduled|about|hoping|planning)\s+)?to"
    r"|plans?\s+to|hopes?\s+to|intends?\s+to)"
    r"\s+(?:(?:be|have\s+been)\s+([a-z]+)|(?!not\b|be\b|have\b)([a-z]+)))"
    r"\s+([a-z]+\s+[a-z]+)"
)
# What makes a past form no act done: a negation or an act not yet done before it, or a
# foretelling ("will be unveiled", "to have pushed").
_NOT_DONE_BEFORE = re.compile(
    r"(?:\b(?:not|never|yet\s+to|failed\s+to|to|will|would|could|may|might|shall|should|must"
    r"|can|cannot|be)|n['’]t)\s+(?:\w+ly\s+)?(?:been\s+|be\s+|have\s+)?$"
)
_UNDER_WAY = re.compile(r"\bbeing\s*$")
_SET_OFF = re.compile(r"(?:\s+[a-z]+){0,3},")  # ", updated monthly, is ..."


@functools.lru_cache(maxsize=1)
def _stem() -> object:
    return stemmer("english")


def _base(word: str) -> str:
    """A verb's stem, its irregular past forms read as their plain verb ("sold": "sell")."""
    stem = _stem()
    return stem(PAST_FORMS_OF.get(word, word))  # type: ignore[operator]


def _plans(lowered: str) -> list[tuple[str, str, str]]:
    """(the verb's stem, the two words after it, the words that foretell it) for each act the
    sentence foretells."""
    out = []
    for m in _FORETOLD.finditer(lowered):
        out.append((_base(m[2] or m[3]), m[4], m[1]))
    return out


def _done(lowered: str, stem: str, after: str) -> str | None:
    """The words that tell the act of ``stem`` followed by the words ``after`` as done ("has pushed",
    "was unveiled", "sold"), or None."""
    words = r"\s+".join(map(re.escape, after.split()))
    for m in re.finditer(rf"\b([a-z]+)\s+{words}\b", lowered):
        word = m[1]
        if not (word.endswith("ed") or word in PAST_FORMS_OF) or _base(word) != stem:
            continue
        before = lowered[: m.start()]
        # (nor one under way, "are being shown", nor a participle set off as a description,
        # "The program, updated monthly, is ...")
        if _NOT_DONE_BEFORE.search(before) or _UNDER_WAY.search(before):
            continue
        if before.rstrip().endswith(",") and _SET_OFF.match(lowered, m.end()):
            continue
        helper = re.search(
            r"\b(?:has|have|had|was|were|is|are)\s+(?:(?:\w+ly|already|also|now|just)\s+)?"
            r"(?:been\s+)?$",
            before,
        )
        return (helper[0] if helper else "") + word
    return None


def stage_conflict(first: str, second: str) -> tuple[str, str] | None:
    """(how the first tells the act, how the second does) when one foretells what the other
    tells as done; None otherwise."""
    a, b = first.lower(), second.lower()
    for plan, act, flip in ((a, b, False), (b, a, True)):
        for stem, after, foretelling in _plans(plan):
            done = _done(act, stem, after)
            # (not where either sentence tells both stages)
            if done is None or _plans_it(act, stem) or _done(plan, stem, after) is not None:
                continue
            return (done, foretelling) if flip else (foretelling, done)
    return None


def _plans_it(lowered: str, stem: str) -> bool:
    """Whether a sentence foretells the act too (then it tells both stages)."""
    return any(s == stem for s, _, _ in _plans(lowered))


def foretells(says: str) -> bool:
    """Whether one side of a stage conflict (its ``says``) is the one that foretells."""
    return _FORETOLD.match(says.lower() + " a b") is not None
