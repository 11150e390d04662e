"""How sources and confidences are named to a reader: short labels, confidence words, and
what a disagreement's dates say."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..models import (
    LIKELY,
    NOT_FIGURES,
    STRONG,
    Alignment,
    Article,
    Conflict,
    Disagreement,
    MeasureFigures,
    Naming,
    Topic,
)
from ..safe_text import one_line, safe

# Under "Where they differ", after the disagreements between sources, in every format: the
# disputes a source reports inside its own story (compare.disputes).
DISPUTES_HEADING = "Disputes the sources report"
# (a blind reader took "what another says" for another source's words, session 57)
DISPUTES_NOTE = (
    "(a side in the story denying or contesting another side's claim, as one source reports"
    " it; not a disagreement between the sources):"
)
# The toll as each source gives it (compare.figures): set side by side, not judged.
FIGURES_HEADING = "The toll, source by source"
FIGURES_NOTE = (
    "(every figure each source gives for a measure two or more give, earliest source first,"
    " with the year a sentence dates it to when not its report's: figures of other days,"
    " places or events may all be right, so read each sentence):"
)


def near_count(count: int) -> str:
    """What a short brief says of its near matches (NEAR_HEADING), which `--full` lists: a
    blind reader had found such sentences "nowhere in the brief" (session 56), and listed,
    they made the sample's brief longer than a brief may be."""
    some = "1 sentence is" if count == 1 else f"{count:,} sentences are"
    return (
        f"{NEAR_HEADING}: {some} near a sentence of another source without being matched"
        " surely enough to group; --full lists each beside it."
    )


def figures_heading(measures: Sequence[MeasureFigures]) -> str:
    """FIGURES_HEADING, saying so when every source gives each measure one figure: a blind
    reader took a toll of "more than 30,000" twice, under "Where they differ", for a
    disagreement (session 56)."""
    # (as each is shown, its bound, year and forecast with it: "more than 30,000" and "fewer
    # than 30,000" are one value and two figures, a code review's case)
    if measures and all(len({f.shown.lower() for f in m.figures}) == 1 for m in measures):
        return f"{FIGURES_HEADING}: the same figures"
    return FIGURES_HEADING


# Under "What the sources agree on" (a brief) or "Shared points" (compare), apart: groups not
# stated as agreed (Alignment.agreed), which blind readers judged right less than half the
# time (likely ones 17 times in 49, session 31). Shown, since one may be a point the sources
# share in other words, but not stated as agreed.
POSSIBLE_HEADING = "Possibly also shared"
POSSIBLE_NOTE = "(weaker matches: read each before relying on it):"

# Last of compare's point lists: a sentence neither in a point nor said by one source only,
# beside its closest sentence in another source (Comparison.near_matches).
NEAR_HEADING = "Near matches, not grouped"
NEAR_NOTE = (
    "(a sentence and the closest sentence of another source: near the same point, but not"
    " matched surely enough to group; read them side by side):"
)

# Beside a member of a shared point whose sentence is a weaker match (Alignment.weaker):
# named apart, in every format.
WEAKER = "matched less surely"

__all__ = [
    "DISPUTES_HEADING",
    "DISPUTES_NOTE",
    "FIGURES_HEADING",
    "FIGURES_NOTE",
    "LIKELY",
    "POSSIBLE_HEADING",
    "POSSIBLE_NOTE",
    "STRONG",
    "WEAKER",
    "absent_note",
    "article_days",
    "confidence_words",
    "dates_note",
    "differ_note",
    "match_words",
    "pad_width",
    "same_words_note",
    "short_labels",
    "source_labels",
    "whose_words",
    "word_for_word",
]

_LONGEST = 24  # characters of an outlet's name shown in a label


def short_labels(ids: Sequence[str]) -> dict[str, str]:
    """The shortest prefix (at least 3 characters) that tells each id apart; never one that
    ends inside a number ("business/00" of "business/003" would read as another id) or a word
    ("spo" of "sport-124": "sport"), nor between a word and its number but in a hash
    ("covid19" whole; "9cf" of "9cf42e"), nor after a separator ("reuters-" of "reuters-2"), nor
    before an id's last slash: "bbc-tech" of "bbc-tech/182", the one article of its folder
    among others, read as an outlet to a blind reader, not as an article; nor before a
    separator and a number ("bbc-sport" of "bbc-sport-124", the same reading).

    A prefix tells an id apart when it is longer than what the id shares with its neighbours
    in sorted order (the ids that start with a prefix sit together there): one sort, not a
    scan of every id for each prefix of each (8,000 ids of 400 characters: 1.4e9 startswith)."""
    order = sorted(ids)
    shared = [0] + [_common(a, b) for a, b in pairwise(order)] + [0]
    unique = {}  # id -> the shortest size at which no other id starts with its prefix
    for k, article_id in enumerate(order):
        unique[article_id] = max(shared[k], shared[k + 1]) + 1
    labels = {}
    for article_id in ids:
        labels[article_id] = article_id
        # (past the last slash: "bbc-tech/182", not "bbc-tech" nor "bbc", which a blind
        # reader took for an outlet)
        least = max(3, unique[article_id], article_id.rfind("/") + 2)
        hashed: list[bool] | None = None  # _hash_positions, found when first asked
        for size in range(least, len(article_id) + 1):
            pair = article_id[size - 1 : size + 1]
            if size < len(article_id) and (
                pair.isdigit() or pair.isalpha() or not article_id[size - 1].isalnum()
            ):
                continue
            if size < len(article_id) and pair.isalnum():
                hashed = hashed if hashed is not None else _hash_positions(article_id)
                if not hashed[size]:
                    continue
            if _numbered_next(article_id, size):
                continue
            labels[article_id] = article_id[:size]
            break
    # Ids come from file names and JSONL rows: shown, they must be terminal-safe.
    return {article_id: safe(label) for article_id, label in labels.items()}


_RUN = re.compile(r"[0-9A-Za-z]+")
_NUMBER_NEXT = re.compile(r"[^0-9A-Za-z]+[0-9]+(?![0-9A-Za-z])")


def _numbered_next(article_id: str, size: int) -> bool:
    """Whether a separator and a number follow the first ``size`` characters ("-124" after
    "bbc-sport"): the name before is a series the id numbers ("bbc-sport" of "bbc-sport-124"
    read to a blind reader as the outlet, not the article; session 54), so a label does not
    stop there."""
    return _NUMBER_NEXT.match(article_id, size) is not None


_HASH = re.compile(r"[0-9a-fA-F]{6,}")
_DIGITS_AND_LETTERS = re.compile(r"[0-9]+|[A-Za-z]+")


def _hash_positions(article_id: str) -> list[bool]:
    """For each place in the id, whether it falls inside a hash's run ("9cf42e": hexadecimal
    digits, six or more, letters and digits taking turns at least twice), where a label may
    end between a letter and a digit; not inside a word and its number ("covid19",
    "decade2019": "covid" read as another file's name, a user's test of session 51). Found
    once for the id: asked at each place, the run was read again each time (30,000
    characters took 26 s, a code review's case)."""
    inside = [False] * (len(article_id) + 1)
    for run in _RUN.finditer(article_id):
        text = run.group()
        if _HASH.fullmatch(text) and len(_DIGITS_AND_LETTERS.findall(text)) >= 3:
            for at in range(run.start() + 1, run.end()):
                inside[at] = True
    return inside


def _common(first: str, second: str) -> int:
    """How many characters two strings share at their start (found by halving, in C)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if second.startswith(first[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


def pad_width(labels: dict[str, str]) -> int:
    """The column a label is padded to before text: the longest label and two spaces, so
    that no label, however long, runs into the text beside it."""
    return max((len(v) for v in labels.values()), default=3) + 2


def confidence_words(confidence: float) -> str:
    """A group's confidence as a reader would say it."""
    if confidence >= STRONG:
        return "same point, strong match"
    if confidence >= LIKELY:
        return "likely the same point"
    return "possibly the same point"


def same_words_note(alignment: Alignment) -> str:
    """What a point's header adds when sources print it in the same words (Alignment.
    same_words): " · in the same words", " · 2 of 3 in the same words", or when two texts
    are each printed twice, " · 4 of 4 in the same words as another"; else nothing. "Nearly
    the same words" when one word or a few differ ("want to increase the amount of aid" /
    "want to boost the amount of aid": a reader of session 49 refused "the same words")."""
    same = sum(map(len, alignment.same_words))
    if not same:
        return ""
    words = "the same words" if word_for_word(alignment) else "nearly the same words"
    total = len(alignment.articles)
    if len(alignment.same_words) > 1:
        return f" · {same} of {total} in {words} as another"
    return f" · in {words}" if same == total else f" · {same} of {total} in {words}"


def differ_note(alignment: Alignment, labels: dict[str, str]) -> str:
    """What a point's header adds when some of its sources give another figure or account
    of it than its lead sentence (Alignment.saying_lead), as a brief names them apart:
    " · M0065: another figure (see where they differ)"; else nothing."""
    saying = set(alignment.saying_lead())
    others = [labels.get(a, a) for a in alignment.articles if a not in saying]
    if not others:
        return ""
    what = (
        "another account" if alignment.disputed_in_words(alignment.point_lead) else "another figure"
    )
    return f" · {', '.join(others)}: {what} (see where they differ)"


def word_for_word(alignment: Alignment) -> bool:
    """Whether the sources of each text a group's sources print (Alignment.same_words) print
    it word for word: the same words, whatever the spaces between them."""
    said = {s.article: s.text.split() for s in alignment.sentences}
    return all(
        len({tuple(said[a]) for a in text if a in said}) <= 1 for text in alignment.same_words
    )


def match_words(confidence: float) -> str:
    """A group's confidence in two words, for a brief: strong, likely or possible match."""
    if confidence >= STRONG:
        return "strong match"
    if confidence >= LIKELY:
        return "likely match"
    return "possible match"


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A short readable name for each article's source, all distinct: the label the user
    gave, else its outlet (with the short id when two articles share an outlet), else the
    short id."""
    short = short_labels([a.id for a in articles])
    outlets = Counter(a.outlet for a in articles if a.outlet and not a.label)
    labels = {}
    for a in articles:
        if a.label:
            name = a.label
        elif a.outlet:
            name = _clip(a.outlet) + (f" {short[a.id]}" if outlets[a.outlet] > 1 else "")
        else:
            name = short[a.id]
        labels[a.id] = one_line(name).strip() or short[a.id]
    repeated = Counter(labels.values())
    return {
        a.id: f"{labels[a.id]} ({short[a.id]})" if repeated[labels[a.id]] > 1 else labels[a.id]
        for a in articles
    }


def _clip(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= _LONGEST else name[: _LONGEST - 1].rstrip() + "…"


# Beside a disagreement, when its sources do not say they report one day: a review of 239
# story briefs over BBC and MultiLing found 8 of 17 disagreement rows were readings of a
# market, a box office or a jobless count on different days, which articles without dates
# cannot tell from one figure reported two ways.
UNDATED = "these sources carry no date: the {what} may be of different days"
SOME_UNDATED = "{n} of these sources {carry} no date: the {what} may be of different days"
DAYS_APART = "reported {n} days apart: one may be a later {one}"


def absent_note(topic: Topic) -> str | None:
    """What a reader of a query's sentences should know of the query's words that no article
    uses; None when there are none, or when no sentence matches (which says more)."""
    if not topic.absent or not topic.sentences:
        return None
    quoted = [f"“{w}”" for w in topic.absent]
    words = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"No article uses {words}: these sentences match the rest of the query or its meaning."


def dates_note(articles: Sequence[Article], sources: Disagreement | Conflict) -> str | None:
    """What a reader should know of a disagreement's dates (or one conflicting pair's): its
    sources give none, or were published two days or more apart; None when they say one day."""
    if isinstance(sources, Conflict):
        ids = {sources.first.article, sources.second.article}
    else:
        ids = {r.article for _, refs in sources.figures for r in refs}
    days = [a.day for a in articles if a.id in ids]
    what, one = ("reports", "report") if sources.measure in NOT_FIGURES else ("figures", "figure")
    undated = sum(1 for d in days if d is None)  # (a date it cannot read is none to go by)
    if undated:
        if undated == len(days):
            return UNDATED.format(what=what)
        carry = "carries" if undated == 1 else "carry"
        return SOME_UNDATED.format(n=undated, carry=carry, what=what)
    known = [d for d in days if d is not None]
    if known and max(known) - min(known) >= 2:
        return DAYS_APART.format(n=max(known) - min(known), one=one)
    return None


def whose_words(naming: Naming) -> str:
    """What a reader should know of a phrase naming a topic that its source quotes, to add
    after it: " (quoting Ryder)", " (in a quote)"; nothing for the source's own words."""
    if not naming.quoted:
        return ""
    return f" (quoting {naming.speaker})" if naming.speaker else " (in a quote)"


def article_days(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's date as a day (YYYY-MM-DD), "" when it gives none (a brief's "In
    short" and the toll's rows show it)."""
    return {a.id: (a.date or "")[:10] if a.day is not None else "" for a in articles}
