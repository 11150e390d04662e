"""Copies: wire stories that several outlets run (near) word for word are one source, not many.

An article is a copy of a fuller one when most of its word 5-grams are found in it (of the
versions of one report the fullest is kept: find_copies). Candidate
pairs come from an inverted index of 5-gram hashes, so the work grows with the text, not with
the square of the number of articles; a 5-gram found in very many articles (boilerplate) is not
used to find candidates.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from ..models import Article, Duplicate, SentenceRef

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "COPY_OVERLAP",
    "COPY_SHARE",
    "VERSION_OVERLAP",
    "changed_sentences",
    "copy_roots",
    "find_copies",
]

COPY_OVERLAP = 0.8  # share of the shorter article's 5-grams the longer one holds
# ... or this share when both carry one headline of three words or more: two versions of one
# report, the later rewriting a third of it. A blind reader found BBC's two "Campaign 'cold
# calls' questioned" (73% of the one's wording in the other) counted as two sources agreeing
# on thirteen points (session 56). Over BBC and MultiLing, every pair under one headline holds
# 57% or more of the one's wording (two versions of "Wolves appoint Hoddle as manager", 68%;
# of "Chancellor rallies Labour voters", 57%); of the pairs under two headlines, those from
# 50% to 80% are updates under a new headline or two reports that share a passage
# (entertainment/152 and 163, the Beatles' suits and Elvis's recordings, 60%).
VERSION_OVERLAP = 0.5
_VERSION_TITLE_WORDS = 3
_SHINGLE = 5
_COMMON = 50  # a 5-gram in more articles than this is boilerplate, not evidence of copying
_WORD = re.compile(r"\w+")


# Many copies of one report: an article is a copy of an earlier one when this share of the
# sentences of each (of the one with more) are the other's, word for word (a feed carries one
# wire report many times, under its own byline; the share of the longer, not the shorter: a
# one-sentence teaser whose line ends forty other articles had made them its copies, a code
# review's case; read fullest first, as find_copies reads them, the later one's own share). Found through the least of each article's sentence hashes under
# _COPY_HASHES salts (min-hashing: two articles that share most of their sentences most
# likely share one of those least hashes), each checked only against the first article that
# gave it and that one's original, so the work stays linear however many copies there are:
# the 5-grams below tell nothing past _COMMON copies.
COPY_SHARE = 0.8
_COPY_HASHES = 4
_SALTS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)
_NOT_WORDS = re.compile(r"\W+")


def copy_roots(articles: Sequence[Sequence[str]], fullest_first: bool = False) -> np.ndarray:
    """For each article (its sentences), the position of the first article it is a copy of
    (COPY_SHARE), or its own. Copies of copies point to the first. ``fullest_first``: the
    articles come fullest first (find_copies), and the share is of the later article's own
    sentences: a roundup that holds a wire report and another would otherwise be the first
    holder of the report's copies' sentences and, holding more, the copy of none of them, so
    that sixty copies of the report went unfound beside it (a code review's case)."""
    import numpy as np

    n = len(articles)
    roots = np.arange(n)
    sets: list[frozenset[int]] = []
    first: dict[tuple[int, int], int] = {}
    for i, sentences in enumerate(articles):
        hashes = frozenset(
            int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
            for key in (_NOT_WORDS.sub(" ", s.lower()).strip() for s in sentences)
            if key
        )
        sets.append(hashes)
        if not hashes:
            continue
        for k in range(_COPY_HASHES):
            least = min(h ^ _SALTS[k] for h in hashes)
            j = first.setdefault((k, least), i)
            if j == i:
                continue
            if any(
                len(hashes & sets[other])
                >= COPY_SHARE
                * (len(hashes) if fullest_first else max(len(hashes), len(sets[other])))
                for other in dict.fromkeys((j, int(roots[j])))
            ):
                roots[i] = roots[j]
                break
    return roots


def _shingles(article: Article) -> set[int]:
    words = _WORD.findall(article.text.lower())
    if len(words) < _SHINGLE:
        return {hash(tuple(words))}
    runs = zip(*(words[k:] for k in range(_SHINGLE)), strict=False)  # shorter tails: on purpose
    return set(map(hash, runs))


def find_copies(articles: Sequence[Article]) -> tuple[Duplicate, ...]:
    """Each article that copies another, with the overlap (the share of the copy's own
    5-grams the other holds), in input order.

    Of the versions of one report, the fullest is the one kept: the articles are read from
    the one with the most 5-grams down (the earlier of equals first), and each is a copy of
    a fuller one read before it that holds COPY_OVERLAP of its wording. A later version that
    adds to an earlier one had been its copy, the additions hidden: a blind reader found
    Hewitt's reaction and quotes nowhere in a brief (bbc-sport/458, the whole of 444 and a
    paragraph more, had been "a copy of 444 (100% of its wording)", session 50), and
    bbc-politics/293's 133 sentences "94% of its wording" a copy of 111's 52 (111's share).
    Read in size order, the result does not hang on the input's order either. Two
    articles under one headline need VERSION_OVERLAP only."""
    import numpy as np

    if not articles:
        return ()
    shingles = [_shingles(a) for a in articles]
    order = sorted(range(len(articles)), key=lambda k: (-len(shingles[k]), k))
    versions = [articles[k] for k in order]
    shingles = [shingles[k] for k in order]
    sizes = [len(grams) for grams in shingles]  # (each at most the one before's)
    kept, holders = _telling(shingles)
    headlines = [_headline(a.title) for a in versions]
    sentences = [[s.text for s in a.sentences] for a in versions]
    roots = copy_roots(sentences, fullest_first=True).tolist()
    out: list[tuple[int, Duplicate]] = []
    copied = np.zeros(len(versions), dtype=bool)
    for n, grams in enumerate(kept):
        for m, count in _most_shared(grams, holders, n, copied):
            one_headline = headlines[n] is not None and headlines[n] == headlines[m]
            if count >= (VERSION_OVERLAP if one_headline else COPY_OVERLAP) * max(1, sizes[n]):
                # found by its telling 5-grams, its share told of all of them: a copy word for
                # word is 100% of its wording, boilerplate and all (it had read 96% where a
                # twentieth of its 5-grams were in more than _COMMON articles: a code review)
                overlap = len(shingles[n] & shingles[m]) / max(1, sizes[n])
                out.append((order[n], Duplicate(versions[n].id, versions[m].id, round(overlap, 3))))
                copied[n] = True
                break
        root = roots[n]
        if copied[n] or root == n or copied[root]:
            continue
        # one of many copies, whose 5-grams are in too many articles to tell (_COMMON)
        overlap = len(shingles[n] & shingles[root]) / max(1, sizes[n])
        if overlap >= COPY_OVERLAP:
            out.append((order[n], Duplicate(versions[n].id, versions[root].id, round(overlap, 3))))
            copied[n] = True
    return tuple(d for _, d in sorted(out, key=lambda found: found[0]))


@dataclass(frozen=True, slots=True)
class _Holders:
    """Which articles hold each telling 5-gram (numbered 0, 1, ...), in article order: the
    gram g's are articles[starts[g] : starts[g + 1]]."""

    starts: np.ndarray
    articles: np.ndarray


def _telling(shingles: Sequence[set[int]]) -> tuple[list[np.ndarray], _Holders]:
    """Per article, in its set's order, the numbers of its 5-grams that can tell a copy:
    those of more than one article and at most _COMMON (one holder: this article alone;
    most are of one); and the holders of each. Counted with numpy over every article's
    5-grams at once (at 1,000 articles 0.3 s less than a Counter of 450,000 hashes and a
    set test of each)."""
    import numpy as np

    sizes = [len(grams) for grams in shingles]
    every = np.concatenate(
        [np.zeros(0, np.int64), *(np.fromiter(g, np.int64, len(g)) for g in shingles)]
    )
    _, inverse, counts = np.unique(every, return_inverse=True, return_counts=True)
    held = counts[inverse]
    telling = (held > 1) & (held <= _COMMON)
    owner = np.repeat(np.arange(len(shingles)), sizes)[telling]
    _, number = np.unique(inverse[telling], return_inverse=True)
    # Holders by gram, each gram's in article order (a stable sort of article-ordered rows).
    by_gram = np.argsort(number, kind="stable")
    starts = np.concatenate([[0], np.cumsum(np.bincount(number))]) if len(number) else np.zeros(1)
    edges = np.cumsum(np.bincount(owner, minlength=len(shingles)))[:-1]
    kept = np.split(number, edges)
    return kept, _Holders(starts.astype(np.int64), owner[by_gram])


def _headline(title: str) -> str | None:
    """An article's headline as compared for versions (VERSION_OVERLAP): its words in lower
    case, None when it has fewer than _VERSION_TITLE_WORDS ("News", "Update")."""
    words = _WORD.findall(title.lower())
    return " ".join(words) if len(words) >= _VERSION_TITLE_WORDS else None


def _most_shared(
    grams: np.ndarray, holders: _Holders, n: int, copied: np.ndarray
) -> list[tuple[int, int]]:
    """What ``Counter`` of the earlier articles, not copies, holding each of the grams (in
    their order, each gram's holders in article order) gives as most_common(3): (article,
    grams shared), most first, ties in the order the articles first come. Made with numpy:
    at 5,000 articles the Counter took 1.5 million updates (5 s)."""
    import numpy as np

    if not len(grams):
        return []
    lo, hi = holders.starts[grams], holders.starts[grams + 1]
    lengths = hi - lo
    at = np.arange(int(lengths.sum())) + np.repeat(lo - (np.cumsum(lengths) - lengths), lengths)
    others = holders.articles[at]  # in the order the Counter met them
    others = others[(others < n) & ~copied[others]]
    if not len(others):
        return []
    found, first, count = np.unique(others, return_index=True, return_counts=True)
    # by count, most first; among equals, the first met first (Counter.most_common's order)
    order = np.lexsort((first, -count))[:3]
    return [(int(found[k]), int(count[k])) for k in order]


CHANGED_LIMIT = 20  # a near copy's changed sentences kept, at most (the JSON's; briefs show fewer)
_CHANGES = 0.3  # the share of words (Jaccard) from which an original's sentence is the one reworded
# Words looked at, finding what each of the copy's sentences rewords, for each word of the
# two articles: a search that would cost more (a copy of thousands of sentences that all use
# the same few words, each mending a typo) stops the list there. BBC's and MultiLing's 10
# copies, and 400 made from BBC articles by mending, swapping and dropping sentences, spend
# under a thirtieth of it, and list what trying every sentence listed.
_LOOKS = 20


def changed_sentences(
    copy: Article, original: Article
) -> tuple[tuple[SentenceRef, SentenceRef | None], ...]:
    """The copy's sentences whose words the original does not hold in a row (its sentence
    splitting aside), each beside the original's sentence it rewords: of those whose words the
    copy does not hold, the one sharing most words with it (at least _CHANGES; the last of
    equals), else None. Up to CHANGED_LIMIT, in the copy's order; a sentence that mends a typo
    in the one it rewords is none."""
    original_words = " " + " ".join(_WORD.findall(original.text.lower())) + " "
    copy_words = " " + " ".join(_WORD.findall(copy.text.lower())) + " "

    def words(text: str) -> list[str]:
        return _WORD.findall(text.lower())

    def held(text: str, whole: str) -> bool:
        found = words(text)
        return not found or f" {' '.join(found)} " in whole

    dropped = [(s, set(words(s.text))) for s in original.sentences if not held(s.text, copy_words)]
    holding = _holding(dropped)  # word -> the dropped sentences that use it, in order
    # ... and the sentences the copy holds, for one it says more of: "Manchester United
    # revealed on Sunday that it had received a detailed proposal from Mr Glazer, which looks
    # set to receive more serious scrutiny." beside the original's sentence without the clause
    kept = [(s, set(words(s.text))) for s in original.sentences if held(s.text, copy_words)]
    kept_holding = _holding(kept)
    looks = _LOOKS * (len(copy_words) + len(original_words)) // 4  # (4 characters a word)
    out: list[tuple[SentenceRef, SentenceRef | None]] = []
    for sentence in copy.sentences:
        if held(sentence.text, original_words) or held(
            _CONNECTIVE.sub("", sentence.text, count=1), original_words
        ):
            continue  # ("But a senior source ... told the BBC" is the original's sentence)
        found, cost = _reworded(set(words(sentence.text)), dropped, holding)
        best = None if found is None else dropped[found][0]
        if best is None:
            found, more = _reworded(set(words(sentence.text)), kept, kept_holding)
            cost += more
            # ... only one the copy's sentence holds whole, and says more than
            inside = found is not None and held(
                kept[found][0].text, f" {' '.join(words(sentence.text))} "
            )
            best = kept[found][0] if inside and found is not None else None
        looks -= cost
        if looks < 0:
            break
        if best is not None and _typo(words(sentence.text), words(best.text)):
            continue
        out.append(
            (
                SentenceRef(copy.id, sentence.index, sentence.text),
                None if best is None else SentenceRef(original.id, best.index, best.text),
            )
        )
        if len(out) == CHANGED_LIMIT:
            break
    return tuple(out)


# A word that joins a sentence to the one before, which a copy may add or drop.
_CONNECTIVE = re.compile(r"^(?:But|And|However,?|Yet|So|Also|Meanwhile,?)\s+(?=\S)")


def _holding(sentences: Sequence[tuple[object, set[str]]]) -> dict[str, list[int]]:
    """Each word, and the sentences (by position) that use it, in order."""
    holding: dict[str, list[int]] = {}
    for number, (_, theirs) in enumerate(sentences):
        for word in theirs:
            holding.setdefault(word, []).append(number)
    return holding


def _reworded(
    mine: set[str], dropped: Sequence[tuple[object, set[str]]], holding: dict[str, list[int]]
) -> tuple[int | None, int]:
    """Which of the dropped sentences shares most words with ``mine`` (Jaccard, at least
    _CHANGES; the last of equals), and how many words that took. They are met word by word,
    rarest word first, and the search ends when the words left are too few for a sentence
    not yet met to reach the best: with a near copy of the sentence among them (a typo
    mended), after its one or two rarest words, where a scan of every dropped sentence for
    every one of the copy's had been n x n (a typo in each of 2,000 sentences: 10 s)."""
    size = len(mine)
    best, share = None, _CHANGES
    met: set[int] = set()
    cost = size
    for used, word in enumerate(sorted(mine, key=lambda w: (len(holding.get(w, ())), w))):
        if (size - used) / size < share:  # what one met by none of them could share, at most
            break
        for number in holding.get(word, ()):
            cost += 1
            if number in met:
                continue
            met.add(number)
            theirs = dropped[number][1]
            common = len(mine & theirs)
            cost += min(size, len(theirs))
            jaccard = common / max(1, size + len(theirs) - common)  # (of the union)
            if jaccard > share or (jaccard == share and (best is None or number > best)):
                best, share = number, jaccard
    return best, cost


def _typo(first: list[str], second: list[str]) -> bool:
    """Whether two sentences' words differ in one word only, spelt nearly alike and without
    digits: a typo mended ("play" / "pay", "Hurosawa" / "Kurosawa"), no change of fact."""
    if len(first) != len(second):
        return False
    apart = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    if len(apart) != 1:
        return False
    a, b = apart[0]
    return not any(c.isdigit() for c in a + b) and SequenceMatcher(None, a, b).ratio() >= 0.75
