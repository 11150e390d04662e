"""Topic labels people would write: short noun phrases ("CAATSA sanctions", "S-400
purchase"), never dates, weekdays, reporting words or editing notes."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise, repeat
from typing import Any

from ..cleaning.captions import PAST_FORMS
from ..nlp import NAME_PARTICLES, stop_words, words
from .claims import MONTHS, NUMBER_WORDS, WEEKDAYS

__all__ = ["NOT_IN_LABELS", "label_topics", "wording"]


# Words that make poor labels: dates, reporting and linking words, editing notes.
NOT_IN_LABELS = frozenset(
    [
        *WEEKDAYS,
        *MONTHS,
        *NUMBER_WORDS,
        "today",
        "yesterday",
        "tomorrow",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "said",
        "says",
        "told",
        "added",
        "stated",
        "asked",
        "noted",
        "according",
        "reported",
        "reports",
        "reuters",
        "ap",
        "afp",
        "also",
        *("gmt", "bst", "utc", "cet", "cest", "edt", "est", "pst"),  # hours of a zone
        "however",
        "meanwhile",
        "last",
        "next",
        "first",
        "second",
        "third",
        # (and the rest: "seventh", of "seventh seed" and "the seventh game", named a topic of
        # three Dubai tennis reports, a blind reader's case, session 55)
        *("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        "new",
        "mr",
        "mrs",
        "ms",
        "dr",
        "percent",
        "per",
        "cent",
        "photo",
        "video",
        "image",
        "caption",
        "update",
        "updated",
        "editing",
        "read",
        "comment",
        "comments",
        "share",
        "click",
        "including",
        "well",
        "would",
        "could",
        "should",
        "will",
        "might",
        "must",
        "one",
        "talks",
        "meeting",
        "meetings",
        "statement",
        "minister",
        "ministers",
        "official",
        "officials",
        "secretary",
        "people",
        "hope",
        "thousand",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "run",
        "en",  # "en route"
        # units and their scraps: "million USD", "time UTC", "kilometers" say how much
        "million",
        "billion",
        "usd",
        "utc",
        "gmt",
        "bst",
        "edt",
        "est",
        "pdt",
        "pst",
        "cet",
        "cest",
        "km",
        "kilometers",
        "kilometres",
        "mile",
        "miles",
        "seconds",
        "minutes",
        "hours",
        # bylines: "Wikinews reporter Diego Grez reports..."
        "reporter",
        "reporters",
        "correspondent",
        "wikinews",
    ]
)


# Words too general to name a topic alone ("country"), though fine in a phrase
# ("Indo-Pacific region", "capital Port-au-Prince").
_GENERAL = frozenset(
    [
        "country",
        "countries",
        "nation",
        "nations",
        "world",
        "government",
        "governments",
        "region",
        "area",
        "issue",
        "issues",
        "situation",
        "voice",
        "way",
        "part",
        "number",
        "group",
        "place",
        "capital",
        "city",
        "state",
        "states",
        "side",
        "sides",
        "move",
        "plan",
        "plans",
        "time",
        "team",
        "start",
        "lead",
        "event",
        "events",
        # news of film and products says these of anything: blind readers found "movie" and
        # "computer" naming topics of unrelated sentences (session 55)
        *("movie", "movies", "film", "films", "computer", "computers"),
    ]
)
_COUNTS = frozenset(NUMBER_WORDS) | frozenset(str(n) for n in range(1, 1000))
# A count of a unit alone ("five-year", "10-year", "two-day") says how long, not what.
_COUNTED = re.compile(
    r"^(?:\d+|[a-z]+)-(?:year|day|week|month|hour|minute|point|man|match|game)s?$"
)


# The words of NOT_IN_LABELS that end a title: the words before them are its other words.
_TITLE_NOUNS = frozenset(["minister", "ministers", "secretary", "official", "officials"])


def _phrases(
    text: str, stops: frozenset[str], seen: dict[str, str | None] | None = None
) -> tuple[dict[tuple[str, ...], None], set[tuple[str, ...]]]:
    """The one- to three-word runs of usable words in a text, as written, and those of them
    that cut a name ("Ghraib prison" of "Abu Ghraib prison", "de France", "frigate HMS" of
    "frigate HMS Cornwall"). ``seen`` remembers each word's verdict (its form in a run, or
    None) across the texts of one call."""
    seen = {} if seen is None else seen
    # in the text's order, so that the form a label is written in does not hang on the order
    # of a set (the hash seed): "Billboard Hot chart" or "Digital sales" for one topic
    found: dict[tuple[str, ...], None] = {}
    cut: set[tuple[str, ...]] = set()
    run: list[str] = []
    told = False  # whether the run follows "told" or "tells"
    previous = ""  # the word before, in lower case
    for word in [*words(text), "."]:
        kept = seen[word] if word in seen else _verdict(word, stops, seen)
        if kept is None and previous and word in _NAMED_COUNTS:
            kept = word  # a name's word past a sentence's start: "Million Dollar Baby"
        lowered = word.lower()
        # "on board AF447" is no "board AF447"; "local time" says when, as a weekday does
        on_board = previous == "on" and lowered == "board"
        # nor is "fact" of "did not in fact exist" a thing ("fact exist" had labelled a topic)
        on_board |= (previous, lowered) in _ADVERBIAL
        hour = previous == "local" and lowered == "time"
        if hour and run and run[-1].lower() == "local":
            run.pop()
        previous = lowered
        if kept is not None and not on_board and not hour:
            run.append(kept)
            continue
        if run:  # its one-, two- and three-word runs
            found.update(
                dict.fromkeys(
                    (*zip(run), *pairwise(run), *zip(run, run[1:], run[2:], strict=False))
                )
            )
            if told:
                # whom a source told is an outlet, not a topic: "BBC News" of "told BBC News"
                cut.update(tuple(run[:size]) for size in (1, 2, 3) if size <= len(run))
            if word.lower() in _TITLE_NOUNS:
                # a title goes on in a word no label holds: "prime" of "prime minister",
                # "Home" of "Home Secretary" is no label (the Blunkett story's were both)
                cut.update(tuple(run[k:]) for k in range(max(0, len(run) - 3), len(run)))
            if len(run) > 1 and sum(w[:1].isupper() for w in run) > 1:  # a name to cut
                named = _name_words(run)
                cut.update(
                    tuple(run[k : k + size])
                    for size in (1, 2, 3)
                    for k in range(len(run) - size + 1)
                    if _cuts_a_name(named, k, k + size)
                )
            run = []
        # (right after it: "told the Hutton inquiry" is whom, and what the topic is)
        told = word.lower() in _TOLD
    return found, cut


# Units of a count that, written with a capital inside a sentence, are part of a name: "Million
# Dollar Baby" had labelled an Oscars topic "Dollar Baby" (a blind reader's case, session 55).
_NAMED_COUNTS = frozenset(["Million", "Billion", "Thousand", "Hundred"])
# A figure as words() leaves it, its currency sign dropped ("800m" of "$800m", "1.5bn", "60"),
# or an ordinal ("22nd"); not "3G" or "1960s", which name things.
_FIGURE = re.compile(r"\d[\d.,]*(?:m|bn|k|km|kg|p|ft|cm|mm|mph|pc|st|nd|rd|th)?")
_TOLD = frozenset(["told", "tells", "tell", "telling"])
# Phrases that say how, not what: their noun names no topic.
_ADVERBIAL = frozenset(
    [
        *(("in", "fact"), ("of", "course"), ("in", "particular"), ("in", "turn")),
        *(("in", "effect"), ("into", "effect")),
    ]
)


# The last words of names that join two capitalised words with "and": "Securities and
# Exchange Commission", "Food and Drug Administration", "Department of Trade and Industry";
# not two names side by side ("Jamie Foxx and Hilary Swank", "Britain and France").
_INSTITUTIONS = frozenset(
    [
        *("commission", "administration", "industry", "affairs", "agency", "authority"),
        *("board", "bureau", "council", "committee", "company", "corporation", "department"),
        *("development", "institute", "office", "organisation", "organization", "service"),
        *("services", "society", "trust", "association", "fund", "ministry", "forces"),
    ]
)


def _joins_a_name(tokens: list[str], k: int) -> bool:
    """Whether the "and" or "&" at ``k`` joins two capitalised words into one name that ends
    in a word of _INSTITUTIONS: "Securities and Exchange Commission"; not two bodies, each a
    name of its own ("IMF and World Bank", "Home Office and Foreign Office": the word before
    is an acronym or a body's word, or a body's word comes before the last)."""
    if not 0 < k < len(tokens) - 1 or tokens[k].lower() not in ("and", "&"):
        return False
    first, rest = tokens[k - 1], tokens[k + 1 :]
    if not first[:1].isupper() or first.isupper() or first.lower() in _INSTITUTIONS:
        return False
    if not all(w[:1].isupper() for w in rest):
        return False
    return rest[-1].lower() in _INSTITUTIONS and not any(
        w.lower() in _INSTITUTIONS for w in rest[:-1]
    )


def _keys(
    text: str, stops: frozenset[str], seen: dict[str, str | None], lowered: dict[str, str | None]
) -> set[tuple[str | None, ...]]:
    """The runs _phrases finds in a text, in lower case (as label_topics counts them), and
    runs across a word that cannot be in one (holding None, as no key does): each word's
    form in lower case looked up at once (``lowered`` remembers them across the texts of
    one call), the runs zipped, no name cuts (0.45 s less over 1,000 articles' sentences)."""
    found = words(text)
    forms: list[Any] = list(map(lowered.get, found, repeat(_UNSEEN)))
    if _UNSEEN in forms:
        forms = [
            _lowered(w, stops, seen, lowered) if f is _UNSEEN else f
            for w, f in zip(found, forms, strict=True)
        ]
    return {*zip(forms), *pairwise(forms), *zip(forms, forms[1:], forms[2:], strict=False)}


_UNSEEN = object()  # a word label_topics has not lower-cased yet


def _lowered(
    word: str, stops: frozenset[str], seen: dict[str, str | None], lowered: dict[str, str | None]
) -> str | None:
    kept = seen[word] if word in seen else _verdict(word, stops, seen)
    low = lowered[word] = None if kept is None else kept.lower()
    return low


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` run inside ``long`` ("airbus a330" in "airbus a330
    crash"; not "war" in "warsaw police")."""

    def same(a: str, b: str) -> bool:  # "a330" and "a330-200" name one thing
        return a == b or a.startswith(b + "-") or b.startswith(a + "-")

    n = len(short)
    return any(
        all(same(a, b) for a, b in zip(long[k : k + n], short, strict=True))
        for k in range(len(long) - n + 1)
    )


def _name_words(run: list[str]) -> list[bool]:
    """Which words of a run belong to a name: capitalised ones, and a particle between two
    of them ("Tour de France"; not the "bin" of "Leeds bin strike")."""
    capital = [w[:1].isupper() for w in run]
    return [
        capital[k]
        or (
            w.lower() in NAME_PARTICLES
            and 0 < k < len(run) - 1
            and capital[k - 1]
            and capital[k + 1]
        )
        for k, w in enumerate(run)
    ]


def _cuts_a_name(named: list[bool], start: int, end: int) -> bool:
    """Whether the words start..end of a run begin or end inside a name (``named``: which
    words of the run are a name's), at a particle or between two name words."""
    return (start > 0 and named[start - 1] and named[start]) or (
        end < len(named) and named[end] and named[end - 1]
    )


# Bearings, written in lower case ("40 km northwest of"): where from, not what. Capitalised,
# they are part of a name ("North Korea", "West Bank").
_BEARINGS = frozenset(
    ["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"]
)


# Asked of each word many times in a run (distinctive wording, topic labels): remembered.
@functools.lru_cache(maxsize=100_000)
def wording(key: str) -> bool:
    """Whether a word (lower case, its possessive dropped) can be part of a label or of an
    article's distinctive wording: no date, reporting word or unit (NOT_IN_LABELS), number,
    adverb ("finally"; not "Sicily", "supply"), abbreviation's scrap ("U.S"), age
    ("29-year-old") or figure's scrap ("000m" of "10,000m")."""
    return (
        key not in NOT_IN_LABELS
        and len(key) > 1
        and not key.isdigit()
        and not (key.endswith("ly") and key not in _NOT_ADVERBS)
        and any(c.isalpha() for c in key)
        and "." not in key
        and not (key[0] == "0" and key[1].isdigit())  # "000m", the scrap of "10,000m"
        and not (key[0].isdigit() and "-year-old" in key)  # an age: "29-year-old"
    )


# Words in -ly that are no adverb ("finally", "reportedly" are; "Sicily", "supply" are not).
_NOT_ADVERBS = frozenset(
    [
        "ally",
        "anomaly",
        "apply",
        "assembly",
        "belly",
        "bully",
        "comply",
        "family",
        "fly",
        "holly",
        "imply",
        "italy",
        "july",
        "kelly",
        "lily",
        "monopoly",
        "multiply",
        "rally",
        "rely",
        "reply",
        "sicily",
        "supply",
        "willy",
    ]
)


def _verdict(word: str, stops: frozenset[str], seen: dict[str, str | None]) -> str | None:
    """A word's form in a run (its possessive dropped), or None when it cannot be part of
    one; remembered in ``seen``."""
    key = word.lower().replace("’", "'").removesuffix("'s")
    usable = key not in stops and word not in _BEARINGS and wording(key)
    kept = seen[word] = word.removesuffix("’s").removesuffix("'s") if usable else None
    return kept


def label_topics(
    topics: Sequence[tuple[Sequence[str], Sequence[str]]], corpus: Sequence[str], language: str
) -> list[str | None]:
    """A short noun phrase a person would write for each topic ("CAATSA sanctions", "S-400
    purchase"), given as (its sentences, its characteristic terms best first): the one- to
    three-word run of content words the topic's sentences use most, relative to the whole
    corpus, two-word phrases preferred; never a date, a weekday or a reporting word; a
    phrase holding the characteristic terms counts more, a name less (names say who, a label
    says what). None for a topic in which nothing recurs. The corpus is read once."""
    stops = stop_words(language) | NOT_IN_LABELS
    seen: dict[str, str | None] = {}
    # a topic's sentences are corpus sentences too
    phrases: dict[str, tuple[dict[tuple[str, ...], None], set[tuple[str, ...]]]] = {}
    inside: list[Counter[tuple[str, ...]]] = []
    forms: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    cuts: Counter[tuple[str, ...]] = Counter()  # a key's uses that cut a name
    for texts, _ in topics:
        counts: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            if text not in phrases:
                phrases[text] = _phrases(text, stops, seen)
            found, cut = phrases[text]
            for phrase in found:
                key = tuple(w.lower() for w in phrase)
                counts[key] += 1
                forms.setdefault(key, Counter())[phrase] += 1
                cuts[key] += phrase in cut
        inside.append(Counter({k: n for k, n in counts.items() if n >= 2}))
    wanted = set().union(*(c.keys() for c in inside)) if inside else set()
    everywhere: Counter[tuple[str, ...]] = Counter()
    if wanted:
        lowered: dict[str, str | None] = {}
        for text in corpus:
            everywhere.update(wanted & _keys(text, stops, seen, lowered))
    labels: list[str | None] = []
    for counts, (texts, terms) in zip(inside, topics, strict=True):
        rank = {t.lower(): n for n, t in enumerate(terms)}
        # (not when the longer phrase cuts a name: "prison guards" of "Ghraib prison guards")
        always_longer = _always_longer(counts, lambda k: 2 * cuts[k] > sum(forms[k].values()))

        def score(
            key: tuple[str, ...],
            counts: Counter[tuple[str, ...]] = counts,
            rank: dict[str, int] = rank,
            cut_short: set[tuple[str, ...]] = always_longer,
        ) -> float:
            concentration = counts[key] / max(everywhere[key], counts[key])
            shape = {1: 1.0, 2: 2.5, 3: 2.0}[len(key)]
            written = forms[key].most_common(1)[0][0]
            # "collapsed", "called Bali", "struck London": a verb's form says what happened, not
            # what it is about.
            verb = (
                0.25
                if written[0].islower() and (written[0].endswith("ed") or written[0] in PAST_FORMS)
                else 0.5
                if key[-1].endswith(("ed", "ing"))
                or any(w.endswith("ed") and w.islower() for w in written)
                else 1.0
            )
            name = all(
                w[:1].isupper() and not w.isupper() and not any(c.isdigit() for c in w)
                for w in written
            )
            characteristic = 1.0 + sum(1.0 / (1 + rank.get(w, 99)) for w in key)
            general = (
                0.2
                if len(key) == 1
                and (
                    key[0] in _GENERAL
                    or (_COUNTED.match(key[0]) and key[0].split("-")[0] in _COUNTS)
                )
                else 1.0
            )
            # "de France", "Ghraib prison": a name cut in most of its uses is no label; nor is
            # a phrase the topic always says longer ("wooden cargo" of "wooden cargo pallet").
            whole = 0.1 if 2 * cuts[key] > sum(forms[key].values()) or key in cut_short else 1.0
            return (
                counts[key]
                * concentration
                * shape
                * verb
                * general
                * whole
                * (0.2 if name else 1.0)
                * characteristic
            )

        if not counts:
            labels.append(None)
            continue
        # Two topics are not called the same: a label another topic's holds or is held in
        # ("Airbus A330", "Airbus A330-200") gives way to the next best.
        taken = [tuple(label.lower().split()) for label in labels if label]
        best: list[tuple[float, tuple[str, ...]]] = []
        for key in sorted(sorted(counts), key=score, reverse=True):
            if _FIGURE.fullmatch(key[-1]):
                continue  # a figure says how much, not what: "800m 424m" of "$800m (£424m)"
            if not any(_within(key, t) or _within(t, key) for t in taken):
                best.append((score(key), key))
                if len(best) == _RERANKED:
                    break
        # a label names a thing: a word its sentences use as a verb or an adjective ("make",
        # "play", "win", "good") gives way to the best phrase used as a noun's, nearly as good
        chosen = None
        if best:
            written = {key: forms[key].most_common(1)[0][0] for _, key in best}
            top, key = best[0]
            if len(key) == 1 and not _a_noun(written[key], texts, stops, strict=False):
                key = next(
                    (
                        other
                        for mark, other in best[1:]
                        if mark >= top * _NOT_A_NOUN and _a_noun(written[other], texts, stops)
                    ),
                    key,
                )
            chosen = _whole_name(" ".join(written[key]), texts, stops)
        labels.append(chosen)
    return labels


def _whole_name(label: str, texts: Sequence[str], stops: frozenset[str]) -> str:
    """The label, or the name it is part of across an "and" where its sentences write it so
    in most of its uses: "Exchange Commission" is "Securities and Exchange Commission" (a blind
    reader's Fannie Mae brief, session 47: _joins_a_name)."""
    if not label[:1].isupper():
        return label
    word = r"[A-Z][\w’'-]*"
    # (each part bounded: a run of capitalised words is read once from each start)
    around = re.compile(
        rf"(?:(\S+)\s+)?(?:({word})\s+(and|&)\s+)?(?<![\w’'-]){re.escape(label)}(?![\w’'-])"
        rf"((?:\s+{word}){{0,3}})(?:\s+(and|&)\s+({word}(?:\s+{word}){{0,3}}))?((?:\s+\S+)?)"
    )
    found: Counter[str] = Counter()
    uses = 0
    for text in texts:
        for m in around.finditer(text):
            uses += 1
            before, left, joined, rest, joins, right, after = m.groups()
            # (the word before no name's: "The", "by the Securities and ...")
            free = not before or not before[:1].isupper() or before.lower() in stops
            if left and free:
                whole = f"{left} {joined} {label}{rest}"
                if _joins_a_name(whole.split(), 1) and not _goes_on(m.group(7)):
                    found[whole] += 1
            elif right and not left:
                tokens = label.split() + rest.split()
                whole = " ".join([*tokens, joins, right])
                if (
                    len(tokens) == 1
                    and free
                    and _joins_a_name(whole.split(), 1)
                    and not _goes_on(after)
                ):
                    found[whole] += 1
    if 2 * sum(found.values()) <= uses:
        return label
    return found.most_common(1)[0][0]


def _goes_on(after: str | None) -> bool:
    """Whether a name goes on past what was read, into another: "of" ("the Treasury and Bank
    of England" are two bodies)."""
    return after is not None and after.split()[:1] == ["of"]


_RERANKED = 8  # the best labels of a topic, read for a verb's or an adjective's use
_NOT_A_NOUN = 0.3  # how much worse a noun's label may be than a verb's it replaces
# The words before a verb ("will make", "they carry", "not agree"; "to", which comes before
# nouns too, counts only beside another), before a noun ("the game", "a chance") and before an
# adjective ("very competitive").
_BEFORE_A_VERB = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "did",
        "does",
        "do",
        "not",
        "never",
        "i",
        "we",
        "they",
        "you",
        "he",
        "she",
        "who",
    ]
)
_BEFORE_A_NOUN = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "every",
        "each",
    ]
)
_BEFORE_AN_ADJECTIVE = frozenset(["very", "too", "quite", "really", "extremely"])


def _a_noun(
    phrase: tuple[str, ...], texts: Sequence[str], stops: frozenset[str], strict: bool = True
) -> bool:
    """Whether the texts use a label's last word as a noun's: a name, or a word put after
    "the" or "a" more often than after a verb's words ("will make", "to play") or an
    adjective's ("very good"). ``strict``: only when they do so at least once (else whenever
    they use it so no less often, or use it so but once: "Part I drama")."""
    word = phrase[-1]
    if not word.islower():
        return True
    verb = to = noun = adjective = 0
    around = re.compile(r"([\w']+)\s+" + re.escape(word) + r"\b(?:\s+([\w'-]+))?", re.IGNORECASE)
    for text in texts:
        if word in text.lower():
            for match in around.finditer(text):
                prior, after = match.group(1).lower(), match.group(2)
                if prior in _BEFORE_A_NOUN:
                    # not "a great goal", "the mobile phone": a word before a noun's
                    noun += not (after and after.islower() and after not in stops)
                elif prior in _BEFORE_AN_ADJECTIVE:
                    adjective += 1
                elif prior in _BEFORE_A_VERB or prior.endswith("n't"):
                    verb += 1
                elif prior == "to":
                    to += 1
    verb += to if verb else 0
    other = max(verb, adjective)
    return noun > other if strict else noun >= other or other < 2


def _always_longer(
    counts: Counter[tuple[str, ...]], cut: Callable[[tuple[str, ...]], bool]
) -> set[tuple[str, ...]]:
    """The two-word phrases of a topic that one longer phrase of it holds every time they are
    used ("wooden cargo", always "wooden cargo pallet"); not when the word that makes it
    longer is a verb's form ("military jury" of "military jury sentenced")."""
    out: set[tuple[str, ...]] = set()
    for key, n in counts.items():
        if len(key) == 3 and not cut(key):
            for part, extra in ((key[:2], key[2]), (key[1:], key[0])):
                if counts.get(part) == n and not extra.endswith(("ed", "ing")):
                    out.add(part)
    return out
