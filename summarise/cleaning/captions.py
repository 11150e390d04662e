"""Photo captions glued into an article's text: "Air France A330-200 F-GZCP lands at
Paris-Charles de Gaulle Airport on March 28, 2007." opens a report of May 2010, and
"Ambulances at Russell Square, London after the July 7, 2005 bombings." one of 2009.

A caption tells what a picture shows, in the present tense or with no verb at all, and when
it was taken ("on March 28, 2007", "after the July 7, 2005 bombings", "in Geneva, 3 March
2009"); reporting tells what happened, in the past or the perfect tense. So a short sentence
with a full date (day, month and year) a month or more before its article's own date, given
as a picture's time (after "on", "in", "at", "after", "before", "during" or a comma), and with
no verb in the past tense nor a past participle, is a caption. Background is not: a date
after "since", "of", "from" or "until" ("under house arrest since May 30, 2003", "the
ceasefire of 14 August 2006"), "has been", "born on". Over the 1,463 sentences of MultiLing
2011's dated articles (the only shared set with dates) exactly the two captions above match;
few sentences there are short and hold a full past date, so background sentences written for
the tests check the rule's wording too. Without the article's date nothing is decided.

A caption may also be told by the credit after it: a short sentence that opens its line and
is followed on that line by a picture's credit in brackets ("An inflatable British patrol
boat similar to the two seized by Iran on March 23, 2007. (File photo: ...)", MultiLing's
M0023, an undated article). That is the one such line in the shared sets.
"""

from __future__ import annotations

import datetime
import re

from .dates import FULL_DATE, date_from_match
from .rules import MEDIA_CREDIT

__all__ = [
    "PAST_FORMS",
    "credits_caption",
    "is_dated_caption",
    "is_past_form",
    "past_words",
    "tells_past",
]

# Verbs in the past tense or a past participle that end in neither -ed nor -s: the irregular
# ones news uses most (compare's caption rule reads them too).
PAST_FORMS = frozenset(
    [
        "been",
        "born",
        "gone",
        "done",
        "seen",
        "given",
        "taken",
        "known",
        "shown",
        "written",
        "fallen",
        "risen",
        "begun",
        "chosen",
        "spoken",
        "stolen",
        "driven",
        "eaten",
        "forgotten",
        "frozen",
        "hidden",
        "ridden",
        "broken",
        "woken",
        "worn",
        "torn",
        "sworn",
        "drawn",
        "grown",
        "thrown",
        "flown",
        "blown",
        "sunk",
        "sung",
        "rung",
        "drunk",
        "swum",
        "beaten",
        "bitten",
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "took",
        "made",
        "came",
        "went",
        "found",
        "gave",
        "began",
        "won",
        "lost",
        "left",
        "held",
        "met",
        "saw",
        "became",
        "got",
        "kept",
        "led",
        "ran",
        "sent",
        "spent",
        "stood",
        "struck",
        "fell",
        "hit",
        "shot",
        "put",
        "set",
        "cut",
        "quit",
        "read",
        "built",
        "bought",
        "brought",
        "caught",
        "fought",
        "taught",
        "thought",
        "sold",
        "paid",
        "laid",
        "flew",
        "drew",
        "grew",
        "knew",
        "threw",
        "wrote",
        "rode",
        "rose",
        "broke",
        "chose",
        "spoke",
        "stole",
        "woke",
        "froze",
        "drove",
        "forgot",
        "ate",
        "sat",
        "felt",
        "dealt",
        "meant",
        "heard",
        "hid",
        "slid",
        "swam",
        "sang",
        "rang",
        "drank",
        "sank",
        "fled",
        "lit",
        "bore",
        "wore",
        "tore",
        "swore",
        "shook",
        "forgave",
        "withdrew",
        "overtook",
        "undertook",
        "arose",
        "beat",
        "bid",
        "bled",
        "bent",
        "bound",
        "burnt",
        "clung",
        "crept",
        "dug",
        "fed",
        "forbade",
        "hung",
        "knelt",
        "leapt",
        "lent",
        "oversaw",
        "sought",
        "shone",
        "slept",
        "spun",
        "sprang",
        "stung",
        "stuck",
        "strove",
        "swept",
        "swung",
        "wept",
        "wound",
        "upheld",
        "underwent",
    ]
)
# A verb in the past tense or a past participle: an irregular one (PAST_FORMS), or a word in
# -ed written in lower case (a name is none: "Mohammed", "Leeds United") that is no common
# noun or adjective ("need", "speed", "red", "hundred"). compare's claims read it too.
_PAST = re.compile(
    r"\b(?:(?!(?:need|speed|seed|feed|bed|red|shed|hundred|indeed|proceed|exceed|succeed"
    r"|sacred|naked|wicked|hatred|kindred|seabed|greed|creed|breed)\b)(?-i:[a-z]+ed)|"
    + "|".join(sorted(PAST_FORMS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def is_past_form(word: str) -> bool:
    """Whether one word is a verb in the past tense or a past participle (_PAST)."""
    return _PAST.fullmatch(word) is not None


def tells_past(text: str) -> bool:
    """Whether a text holds a verb in the past tense or a past participle (_PAST)."""
    return _PAST.search(text) is not None


def past_words(text: str) -> list[str]:
    """The text's verbs in the past tense and past participles, in order (_PAST)."""
    return _PAST.findall(text)


# Words that make a dated sentence background or a plan, not a picture: "since May 30, 2003",
# "due for release on 5 May 2008".
_NOT_A_PICTURE = re.compile(r"\b(?:since|until|till|due|scheduled|expected|will)\b", re.I)
# A picture's time follows one of these words ("the" aside), or a comma.
_WHEN_TAKEN = frozenset(["on", "in", "at", "after", "before", "during"])
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_MOST_WORDS = 30  # a caption is short
_MONTH_OF_DAYS = 30


def is_dated_caption(sentence: str, article_date: str | None) -> bool:
    """Whether a sentence is a photo caption: at most _MOST_WORDS words, no verb in the past
    tense, no word of background or plans, and a full date given as a picture's time at least
    a month before ``article_date`` (ISO 8601)."""
    if not article_date or len(sentence.split()) > _MOST_WORDS:
        return False
    if tells_past(sentence) or _NOT_A_PICTURE.search(sentence):
        return False
    try:
        published = datetime.date.fromisoformat(article_date[:10])
    except ValueError:
        return False
    return any(_taken_before(m, sentence, published) for m in FULL_DATE.finditer(sentence))


def _taken_before(found: re.Match[str], sentence: str, published: datetime.date) -> bool:
    """Whether a full date of the sentence (cleaning.dates.FULL_DATE) reads as a picture's
    time, a month or more before the article was published. A month is written with its
    capital: "30 may 2000 be homeless" holds the verb "may"."""
    month = found.group("m1") or found.group("m2")
    day = date_from_match(found)  # None for "February 30, 2009"
    if day is None or (month is not None and not month[0].isupper()):
        return False
    taken = datetime.date.fromisoformat(day)
    before = sentence[: found.start()].rstrip()
    before = before.removesuffix(" the").rstrip()
    word = _WORD_BEFORE.search(before)
    introduced = before.endswith(",") or (word is not None and word.group(1).lower() in _WHEN_TAKEN)
    return introduced and (published - taken).days >= _MONTH_OF_DAYS


# A picture's credit in brackets ("(File photo: Patrol boat assigned to HMS Cardiff seen in
# Iraq in 2002)"); the furniture rules drop it, and the sentence it follows on its line is
# the picture's caption.
_PICTURE_CREDIT = re.compile(rf"\({MEDIA_CREDIT}", re.IGNORECASE)


def credits_caption(text: str, previous: tuple[int, int], credit: int) -> bool:
    """Whether the kept sentence text[previous[0]:previous[1]] is a picture's caption: the
    credit in brackets at ``credit`` follows it on its line, and it opens that line and is
    short ("An inflatable British patrol boat similar to the two seized by Iran on March 23,
    2007. (File photo: ...)", in a report on the sailors' capture)."""
    start, end = previous
    return (
        _PICTURE_CREDIT.match(text, credit) is not None
        and (start == 0 or text[start - 1] == "\n")
        and not text[end:credit].strip()
        and "\n" not in text[end:credit]
        and len(text[start:end].split()) <= _MOST_WORDS
    )
