"""One act told as still to come and as done: "The US is poised to push Japan off the top of
the supercomputing chart" against "The US has pushed Japan off the top of the supercomputing
chart" (a blind reader's strong point, session 24: "same actors but different status not
flagged"); "will be unveiled as the new Wolves manager on Tuesday" against "has been unveiled
as the new Wolves manager". Two sources of one point that tell it at two stages disagree on
whether it is done or still to come (align: measure "stage"), which may be no more than one
report being older than the other: the brief says when they carry no date or were
published days apart.

Read in one form only: the same verb, followed by the same two words, is foretold in one
sentence ("will", "is set to", "is poised to", "is expected to", "is due to", "is to", "is
about to", "is going to", "plans to", "is hoping to"; "be" or "have been" and a participle,
or the plain verb) and told as done in the other (its past form). Not "would", "could",
"may" or "might": a condition or a guess is no stage ("would be the fifth deal"); nor a
promise quoted or made on a condition ('"We will raise taxes," he said', "If elected, he
will ..."), nor "is to" of an aim ("The aim is to reduce the deficit", "is to blame"), nor
"due to" a cause ("is due to increased competition"). The act done is not after a negation
within two words ("has not yet sold", "No fans were allowed"), "yet to", "failed to", "if",
"whether" or a denial, nor under way ("are being shown"), nor set off as a description ("The
program, updated monthly, is ..."), nor the plain verb itself ("will succeed" / "the rebels
succeed"). Verbs of carrying on (continue, remain, stay, keep) tell no stage. Not when either
sentence tells both stages, says "again", names another time than the other (a year, a month,
a weekday, "next week", "last month": "will meet again next week" / "met on Monday" are two
meetings) or a year the other does not ("faced Germany in the final in 1966"), or names
another actor just before the verb ("Britain will send troops" / "France
has sent troops").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from ..nlp import stemmer
from .claims import MONTHS, WEEKDAYS

__all__ = ["foretells", "foretold_verbs", "stage_conflict", "verb_stem"]

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
    "stand": ("stood",),
    "withdraw": ("withdrew", "withdrawn"),
    "hear": ("heard",),
    "uphold": ("upheld",),
    "shoot": ("shot",),
    "freeze": ("froze", "frozen"),
    "fight": ("fought",),
    "lay": ("laid",),
    "get": ("got",),
    "catch": ("caught",),
    "teach": ("taught",),
    "throw": ("threw", "thrown"),
    "oversee": ("oversaw", "overseen"),
    "sing": ("sang", "sung"),
    "sign": ("signed",),
}
PAST_FORMS_OF = {past: verb for verb, pasts in _IRREGULAR.items() for past in pasts}
# Verbs of carrying on: "will continue to search" and "continued to search" are one search
# at two times, not a plan and its act; "be" tells a state.
_GOING_ON = frozenset(["continu", "remain", "stay", "keep", "kept", "be"])
# What foretells the verb after it, in lower case: (the foretelling and its verb) (the two
# words after: any run of non-space, "10,000 jobs", "yahoo's search").
_FORETOLD = re.compile(
    r"(?:\b|(?<=\w)(?=['’]))((will|['’]ll|shall"
    r"|(?:is|are|am)\s+(?:(set|poised|expected|due|going|scheduled|about|hoping|planning)\s+)?to"
    r"|plans?\s+to|hopes?\s+to|intends?\s+to)"
    r"\s+(?:(?:be|have\s+been)\s+([a-z]+)|(?!not\b|be\b|have\b)([a-z]+)))"
    r"\s+(\S+\s+\S+)"
)
# "is to" of an aim, a duty or a cause: "The aim is to reduce", "is to blame".
_AN_AIM = re.compile(
    r"\b(?:aim|aims|plan|idea|job|task|key|goal|role|hope|intention|priority|challenge"
    r"|problem|point|answer|solution|purpose|mission|duty|way|option|objective)\s+$"
)
# A promise made on a condition: "If elected, he will ...", "unless the deal ..."
_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;:]*$")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# What makes a past form no act done, just before it (the last _BEFORE characters): a
# negation within two words, an act not yet done or not known to be, a foretelling ("will be
# unveiled", "to have pushed"), an act under way ("are being shown").
_BEFORE = 80
_NOT_DONE_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nor|neither|den(?:y|ies|ied)|if|whether|unless)(?:\s+\S+){0,2}"
    r"|n['’]t(?:\s+\S+){0,2}"
    r"|\b(?:yet\s+to|failed\s+to|to|will|would|could|may|might|shall|should|must|can|cannot"
    r"|be|being)(?:\s+\w+ly)?(?:\s+(?:been|be|have))?)\s+$"
)
_SET_OFF = re.compile(r"(?:\s+[a-z]+){0,3},")  # ", updated monthly, is ..."
_HELPER = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:(?:\w+ly|already|also|now|just)\s+)?"
    r"(?:been\s+)?$"
)
# Times a sentence names: a year, a month, a weekday, a week or month or year before or ahead.
_TIMES = re.compile(
    r"\b(?:(?:19|20)\d\d|" + "|".join((*MONTHS, *WEEKDAYS)) + r"|today|tomorrow|yesterday"
    r"|(?:next|last|this|coming)\s+"
    r"(?:week|month|year|season|weekend|spring|summer|autumn|winter))\b"
)
_AGAIN = re.compile(r"\bagain\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MARKS = '.,;:!?"“”‘’()'  # what may stand at a word's edges
_MOST_PLANS = 20  # acts read from one sentence, at most (each is sought in the other)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


@functools.lru_cache(maxsize=1)
def _stem() -> Callable[[str], str]:
    return stemmer("english")


def _base(word: str) -> str:
    """A verb's stem, its irregular past forms read as their plain verb ("sold": "sell")."""
    return _stem()(PAST_FORMS_OF.get(word, word))


def _plans(text: str, lowered: str) -> dict[tuple[str, str], tuple[str, str]]:
    """{(the verb's stem, the two words after it): (the words that foretell it, the word
    just before them as written)} for each act the sentence foretells."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    marks = _marks(lowered)
    for m in _FORETOLD.finditer(lowered):
        verb = m[4] or m[5]
        before = lowered[max(0, m.start() - _BEFORE) : m.start()]
        bare_to = m[2].startswith(("is", "are", "am")) and m[3] is None
        if (
            (m[5] is not None and (verb.endswith("ed") or verb in PAST_FORMS_OF))
            or (bare_to and (_AN_AIM.search(before) or verb == "blame"))
            or _CONDITION.search(before)
            or _quoted(marks, m.start())
            or _base(verb) in _GOING_ON
        ):
            continue
        after = " ".join(w.strip(_MARKS) for w in m[6].split())
        if len(after.split()) < 2:
            continue
        word = _WORD_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start())
        out.setdefault((_base(verb), after), (m[1], word[1] if word else ""))
        if len(out) == _MOST_PLANS:
            break
    return out


@functools.lru_cache(maxsize=64)
def _marks(lowered: str) -> list[int]:
    """Where a text's double quotation marks stand."""
    return [m.start() for m in _QUOTE_MARKS.finditer(lowered)]


def _quoted(marks: list[int], at: int) -> bool:
    """Whether a place is inside a quotation: an odd number of marks before it."""
    return bisect.bisect_left(marks, at) % 2 == 1


@functools.lru_cache(maxsize=4_096)
def _done_pattern(after: str) -> re.Pattern[str]:
    """A word followed by the words ``after`` (_done), made once for each: more patterns
    than re's own cache holds were made again and again."""
    words = r"\s+".join(rf"{re.escape(w)}[{_MARKS}]*" for w in after.split())
    return re.compile(rf"\b([a-z]+)\s+[{_MARKS}]*{words}(?!\S)")


def _done(text: str, lowered: str, stem: str, after: str) -> tuple[str, str] | None:
    """(the words that tell the act of ``stem`` followed by the words ``after`` as done: "has
    pushed", "was unveiled", "sold"; the word just before them as written), or None."""
    for m in _done_pattern(after).finditer(lowered):
        word = m[1]
        if _base(word) != stem:
            continue
        before = lowered[max(0, m.start() - _BEFORE) : m.start()]
        helper = _HELPER.search(before)
        perfect = helper is not None and helper[0].split()[0] in ("has", "have", "had")
        # a past form; or after "has", "have" or "had" one written as the plain verb ("has
        # cut 10,000 jobs"); not the plain verb itself elsewhere ("the rebels succeed")
        past = word in PAST_FORMS_OF or (word.endswith("ed") and _stem()(word) != word)
        if not (past or perfect) or _NOT_DONE_BEFORE.search(before):
            continue
        if before.rstrip().endswith(",") and _SET_OFF.match(lowered, m.start(1) + len(word)):
            continue
        if _quoted(_marks(lowered), m.start()):
            continue
        start = m.start() - (len(helper[0]) if helper else 0)
        subject = _WORD_BEFORE.search(text, max(0, start - _BEFORE), start)
        return (helper[0] if helper else "") + word, subject[1] if subject else ""
    return None


def _other_actor(first: str, second: str) -> bool:
    """Whether two words just before the verbs name two actors: both capitalised, not the
    same ("Britain will send" / "France has sent"; not "Hoddle" / "Hoddle", nor "it")."""
    a, b = first.strip(",;:"), second.strip(",;:")
    return a[:1].isupper() and b[:1].isupper() and a.lower() != b.lower()


def stage_conflict(first: str, second: str) -> tuple[str, str] | None:
    """(how the first tells the act, how the second does) when one foretells what the other
    tells as done; None otherwise."""
    a, b = first.lower(), second.lower()
    if _AGAIN.search(a) or _AGAIN.search(b):
        return None
    times_a, times_b = set(_TIMES.findall(a)), set(_TIMES.findall(b))
    if times_a and times_b and not times_a & times_b:
        return None
    if bool(_YEAR.search(a)) != bool(_YEAR.search(b)):
        return None  # a year sets an occasion: "will face Germany" / "faced Germany in 1966"
    # (the words before a verb are read as written, for capitals, where lower case keeps
    # each character in its place)
    first, second = (x if len(x) == len(x.lower()) else x.lower() for x in (first, second))
    plans = {first: _plans(first, a), second: _plans(second, b)}
    for text, plan, act_text, act, flip in (
        (first, a, second, b, False),
        (second, b, first, a, True),
    ):
        for (stem, after), (foretelling, subject) in plans[text].items():
            done = _done(act_text, act, stem, after)
            # (not where either sentence tells both stages, nor of two actors)
            if (
                done is None
                or (stem, after) in plans[act_text]
                or _done(text, plan, stem, after) is not None
                or _other_actor(subject, done[1])
            ):
                continue
            return (done[0], foretelling) if flip else (foretelling, done[0])
    return None


def foretells(says: str) -> bool:
    """Whether one side of a stage conflict (its ``says``) is the one that foretells."""
    said = says.lower()
    return _FORETOLD.search(("it" if said[:1] in "'’" else "") + said + " a b") is not None


def verb_stem(says: str) -> str:
    """The stem of the verb one side of a stage conflict tells ("will be released":
    "releas"; "sold": "sell")."""
    return _base(says.lower().split()[-1])


def foretold_verbs(text: str) -> frozenset[str]:
    """The stems of the verbs a sentence foretells (as stage_conflict reads it)."""
    lowered = text.lower()
    return frozenset(
        stem for stem, _ in _plans(text if len(text) == len(lowered) else lowered, lowered)
    )
