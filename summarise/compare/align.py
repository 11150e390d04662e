"""Alignment: groups of sentences from different articles that report the same point.

``link`` finds candidate pairs with two neighbour searches (meaning vectors and content words,
top-k per sentence in row blocks: nothing is n x n) and decides each exactly with the calibrated
same-point model of ``pairs.py``. ``align`` groups accepted pairs by complete link, so a group
cannot chain: every two members from different articles were judged the same point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse

from ..models import (
    LIKELY,
    STRONG,
    Alignment,
    Article,
    Conflict,
    DiffOp,
    Sentence,
    SentenceRef,
    every_figure_read,
)
from ..nlp import PERSONAL, points_back, refers_back, speaker_unnamed
from . import beside
from .ages import age_conflicts
from .claims import (
    EVENT_MEASURES,
    Facts,
    base_measure,
    converted_figures,
    number_conflicts,
    responsibility_conflict,
    unshared_figures,
)
from .diff import word_diff
from .favourites import favourite_conflict, odds_conflict
from .named import other_name
from .pairs import _CHUNK, SAME_POINT, PairScorer, one_text, words_of
from .quoting import OPENING_MARKS
from .stages import stage_conflict

__all__ = ["Links", "align", "dense_neighbours", "link", "neighbours"]

_BLOCK = 2048
_RIVALS = 2  # a sentence links to at most its two most likely matches in each other article
# A pair this far below the same-point threshold may still join a group whose other pairs
# carry it ("purchase of the S-400" beside two sentences that both clearly report it): the
# group's mean must reach the threshold, and each member must reach the threshold with one
# other member at least (_each_linked). Two sentences alone need the threshold itself.
# On the dev set, margins of 0.05 to 0.1 were tried: 0.06 adds pairs (sample 0.2 -> 0.6 pair
# recall, MultiLing M006 0.44 -> 0.50) and no wrong group; 0.08 and wider add wrong ones.
SUPPORT = 0.06
# Beyond LARGE sentences, a sentence's neighbours by meaning are sought among the sentences
# of the PROBES clusters (k-means on meaning, about CLUSTER_SIZE sentences each) nearest to
# its own instead of among every sentence, and its neighbours by words among every sentence
# through the terms that at most COMMON_TERM sentences use (fewer where those would make
# more than WORD_WORK products a sentence): linear, not quadratic. Below it the search is
# exact. Measured in benchmarks/README.md ("Comparator at scale"; benchmarks/search_recall.py).
LARGE = 2048
CLUSTER_SIZE = 200
PROBES = 32
COMMON_TERM = 1000
WORD_WORK = 800.0  # products a sentence at most, on average, in the search by words
_CLUSTER_ROWS = 512  # rows of a cluster searched at once (bounds memory if a cluster is big)
_WORD_ROWS = 1024  # rows searched by words at once
_LENGTHS = 1.5  # rows laid out together in _top_sparse: the longest at most 1.5 x the shortest
_THREADS = 2  # clusters searched at once
# A chunk of probabilities() costs about this much besides its word products (its widths'
# product: 4 for the shortest sentences of 1,000 BBC articles, 2,304 for the longest, which
# took 5 and 25 ms).
_CHUNK_WORK = 500.0
_HEAD = 512  # entries of a row whose (k+1)-th largest bounds its k + 1 largest (_top_dense)
# Groups from which a forked child makes the second half's word diffs (align): at 1,000
# articles, 2,300 groups' diffs took 0.6 s, the last step before the output is written.
DIFFS_BESIDE_FROM = 512


def neighbours(
    matrix: sparse.csr_matrix, owner: np.ndarray, k: int = 8, floor: float = 0.0
) -> list[tuple[int, int, float]]:
    """(i, j, similarity) for i < j in different articles, j among i's top-k or i among j's.

    Row blocks keep memory linear in the number of sentences.
    """
    n = matrix.shape[0]
    found: dict[tuple[int, int], float] = {}
    transposed = matrix.T.tocsc()
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        block = (matrix[start:stop] @ transposed).tocsr()
        for r in range(stop - start):
            i = start + r
            cols = block.indices[block.indptr[r] : block.indptr[r + 1]]
            vals = block.data[block.indptr[r] : block.indptr[r + 1]]
            mask = (owner[cols] != owner[i]) & (vals > floor)
            cols, vals = cols[mask], vals[mask]
            if len(cols) > k:
                top = np.argpartition(-vals, k)[:k]
                cols, vals = cols[top], vals[top]
            for j, v in zip(cols.tolist(), vals.tolist(), strict=True):
                key = (i, j) if i < j else (j, i)
                found[key] = min(1.0, float(v))
    return [(i, j, v) for (i, j), v in found.items()]


def dense_neighbours(
    vectors: np.ndarray, owner: np.ndarray, k: int = 8
) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for i < j in different articles, j among i's k closest or i among j's,
    for dense unit rows (meaning vectors). Row blocks keep memory linear."""
    n = len(vectors)
    found: dict[tuple[int, int], float] = {}
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        block = vectors[start:stop] @ vectors.T
        block[owner[start:stop, None] == owner[None, :]] = -1.0
        kk = min(k, n - 1)
        if kk <= 0:
            break
        top = np.argpartition(-block, kk - 1, axis=1)[:, :kk]
        for r in range(stop - start):
            i = start + r
            for j in top[r].tolist():
                v = float(block[r, j])
                if v <= 0.0:
                    continue
                found[(i, j) if i < j else (j, i)] = v
    return [(i, j, v) for (i, j), v in found.items()]


@dataclass(frozen=True, slots=True)
class Links:
    """The same-point decisions of one comparison: accepted pairs, and each sentence's best."""

    accepted: dict[tuple[int, int], float]  # (i, j), i < j -> probability, at or above the floor
    best: np.ndarray  # each sentence's highest probability with a sentence of another article
    partner: np.ndarray  # that sentence's row (-1: none considered)
    point: float = SAME_POINT  # the mean probability a group's pairs need


def link(scorer: PairScorer, k: int = 8, threshold: float | None = None) -> Links:
    """Candidates from both neighbour searches (meaning and words), decided exactly. A group
    needs a mean probability of ``threshold`` (default SAME_POINT) over its pairs, each of
    which must reach ``threshold - SUPPORT``: pairs at or above that floor are accepted."""
    point = SAME_POINT if threshold is None else threshold
    floor = max(0.0, point - SUPPORT)
    n = len(scorer.owner)
    if n > LARGE:
        keys = _clustered_candidates(scorer, k)
    else:
        found = [*dense_neighbours(scorer.meaning, scorer.owner, k)]
        found += neighbours(scorer.words, scorer.owner, k=k)
        keys = np.array([i * n + j for i, j, _ in found], dtype=np.int64)
    # Pairs as numbers i * n + j (i < j < n): sorted as sorted (i, j) would be, once each.
    keys = _distinct(keys)
    first, second = keys // max(n, 1), keys % max(n, 1)
    p = _probabilities(scorer, first, second) if n > LARGE else scorer.probabilities(first, second)
    best, partner = _best(n, first, second, p)
    owner = scorer.owner
    # Competitive linking: a pair is accepted when each sentence is among the other's
    # _RIVALS most likely matches in its article, and likely enough on its own.
    cut_i, cut_j = _cuts(owner, first, second, p)
    keep = (p >= floor) & (p > 0) & (p >= cut_i) & (p >= cut_j)
    accepted = dict(
        zip(
            zip(first[keep].tolist(), second[keep].tolist(), strict=True),
            p[keep].tolist(),
            strict=True,
        )
    )
    return Links(accepted, best, partner, point)


def _distinct(keys: np.ndarray) -> np.ndarray:
    """np.unique(keys): sorted, each run's first (at 1,000 articles 0.02 s for the 274,000
    candidate numbers, against 0.06 to 0.1 s for np.unique)."""
    ordered = np.sort(keys)
    if not len(ordered):
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def _probabilities(scorer: PairScorer, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """scorer.probabilities(first, second), the longer half of the pairs decided by a forked
    child meanwhile. probabilities() takes pairs in chunks of _CHUNK ordered by their longer
    sentence (a stable sort); each half is given in that order and split at a chunk's edge,
    so every chunk is the one it would have been, and so is every number."""
    lengths = (scorer.padded[1] > 0).sum(axis=1)
    order = np.argsort(np.maximum(lengths[first], lengths[second]), kind="stable")
    half = _halfway(lengths[first[order]], lengths[second[order]])
    if half == 0:
        return scorer.probabilities(first, second)
    near, far = order[:half], order[half:]
    later = beside.start(scorer.probabilities, first[far], second[far], fork=True)
    out = np.empty(len(first))
    try:
        out[near] = scorer.probabilities(first[near], second[near])
        out[far] = later.result()
    finally:
        later.close()
    return out


def _halfway(first: np.ndarray, second: np.ndarray) -> int:
    """Where to split pairs ordered as probabilities() takes them (their sentences' word
    counts given) so that each side has about half the work: at the edge of a chunk of
    _CHUNK pairs, a chunk's work taken as _CHUNK_WORK plus the product of its two widths
    (its longest sentences' word counts: the soft overlap's word products). Half the pairs,
    the shorter ones, were about 40% of the work at 1,000 articles: this process waited
    for the child."""
    chunks = len(first) // _CHUNK  # the last, partial chunk goes to the child in any case
    if chunks == 0:
        return 0
    starts = np.arange(chunks) * _CHUNK
    widths = np.maximum.reduceat(first[: chunks * _CHUNK], starts) * np.maximum.reduceat(
        second[: chunks * _CHUNK], starts
    )
    work = np.cumsum(_CHUNK_WORK + widths.astype(np.float64))
    # the child also has the partial chunk: its work counted as a whole chunk's at most
    total = work[-1] + (_CHUNK_WORK + float(widths[-1]) if len(first) % _CHUNK else 0.0)
    return int(np.searchsorted(work, total / 2)) * _CHUNK


def _clusters(vectors: np.ndarray, size: int, rounds: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means of unit rows into about len/size clusters: each row's cluster, and
    the unit centres. Deterministic: the first centres are rows at a fixed stride."""
    n = len(vectors)
    count = max(1, n // size)
    centres = vectors[np.linspace(0, n - 1, count).astype(np.int64)].copy()
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(rounds + 1):
        for start in range(0, n, _BLOCK):
            assign[start : start + _BLOCK] = np.argmax(
                vectors[start : start + _BLOCK] @ centres.T, axis=1
            )
        member = sparse.csr_matrix(
            (np.ones(n, dtype=vectors.dtype), (assign, np.arange(n))), shape=(count, n)
        )
        sums = np.asarray(member @ vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centres)
    return assign, centres


def _top_pairs(
    block: np.ndarray, rows: np.ndarray, cols: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) of each row's k largest positive entries of ``block``, i < j."""
    kk = min(k, block.shape[1])
    top = np.argpartition(-block, kk - 1, axis=1)[:, :kk]
    values = np.take_along_axis(block, top, axis=1)
    i = np.repeat(rows, kk)[values.ravel() > 0]
    j = cols[top.ravel()][values.ravel() > 0]
    return np.minimum(i, j), np.maximum(i, j)


def _top_dense(
    block: np.ndarray, rows: np.ndarray, cols: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """_top_pairs(block, rows, cols, k), the same pairs found faster: each row's k-th and
    (k+1)-th largest values, and the positive entries at or above the k-th are its top k when
    the two differ. A row whose two are equal and positive (a tie at the cut) is left to
    _top_pairs, which breaks it as before. The two values come from the few entries at or
    above the (k+1)-th largest of the row's first _HEAD (k + 1 entries reach it, so its k + 1
    largest are among them: about 20 of 6,500 at 1,000 articles), sorted, instead of a
    partition of the whole row (0.07 -> 0.05 s a run of blocks, and one pass fewer)."""
    n = block.shape[1]
    if k >= n:
        return _top_pairs(block, rows, cols, k)
    head = min(n, _HEAD)
    bound = np.partition(block[:, :head], head - k - 1, axis=1)[:, head - k - 1]
    flat = np.flatnonzero(block >= bound[:, None])  # row by row, as the rows' entries are
    r = flat // n
    v = block.ravel()[flat]
    ranked = v[np.lexsort((-v, r))]
    start = np.searchsorted(r, np.arange(len(rows)))
    kth, after = ranked[start + k - 1], ranked[start + k]
    tied = (after == kth) & (kth > 0)
    # At or above the k-th largest, and positive (the least positive number for rows whose
    # k-th is not).
    least = np.nextafter(block.dtype.type(0), block.dtype.type(1))
    keep = (v >= np.maximum(kth, least)[r]) & ~tied[r]
    i, j = rows[r[keep]], cols[flat[keep] - r[keep] * n]
    if tied.any():
        ti, tj = _top_pairs(block[tied], rows[tied], cols, k)
        i, j = np.concatenate([i, ti]), np.concatenate([j, tj])
    return np.minimum(i, j), np.maximum(i, j)


def _top_sparse(
    product: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray, owner: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """_top_pairs of the dense form of ``product`` with entries of one article set to -1,
    the same pairs found from its stored entries: a word block is mostly zeros (about 570
    stored entries a row of 5,900 at 1,000 articles), and only positive entries are kept.
    A row with k or fewer positive entries from other articles gives all of them. The
    others' values are laid out in rows as wide as their most, a group of rows of about
    one length at a time (_LENGTHS: as wide as the longest of all, a block's rows left
    mostly zeros to partition, and took twice as long); a partition of each row gives its
    k-th and (k+1)-th largest, and the entries at or above the k-th are its top k when the
    two differ. A row tied at the cut takes, of the entries equal to its k-th, those of the
    lowest columns (never a dense row as wide as the columns: a row tied at the cut was made
    one, and when the words are sought among every sentence, sentences repeated across
    articles tie often: at 5,000 articles that took 14 s and 2 GB)."""
    kk = min(k, product.shape[1])
    r = np.repeat(np.arange(len(rows)), np.diff(product.indptr))
    c, v = product.indices, product.data
    keep = (v > 0) & (owner[rows][r] != owner[cols][c])
    r, c, v = r[keep], c[keep], v[keep]
    counts = np.bincount(r, minlength=len(rows))
    if int(counts.max(initial=0)) <= kk:  # no row has more than k: all of them
        i, j = rows[r], cols[c]
        return np.minimum(i, j), np.maximum(i, j)
    starts = np.cumsum(counts) - counts  # a row's entries are together, rows in order
    kth = np.zeros(len(rows))  # 0 for a row of k or fewer: all of its entries are taken
    tied = np.zeros(len(rows), dtype=bool)
    more = np.flatnonzero(counts > kk)
    more = more[np.argsort(counts[more], kind="stable")]
    lengths = counts[more]
    lo = 0
    while lo < len(more):
        hi = int(np.searchsorted(lengths, lengths[lo] * _LENGTHS, side="right"))
        group, width = more[lo:hi], int(lengths[hi - 1])
        at = np.arange(width)
        inside = at < counts[group][:, None]
        laid = np.zeros((len(group), width))
        laid[inside] = v[(starts[group][:, None] + at)[inside]]
        part = np.partition(laid, width - kk - 1, axis=1)
        kth[group] = part[:, width - kk :].min(axis=1)
        tied[group] = part[:, width - kk - 1] == kth[group]  # the k-th is positive here
        lo = hi
    # A tied row takes its entries above the k-th, and of those equal to it the ones of the
    # lowest columns, as many as it lacks: only the equal ones are sorted (sentences repeated
    # across articles tie often, and sorting every entry of such rows grew faster than the
    # rows: 6 s of 57 at 5,000 articles).
    take = (v > kth[r]) | ((v == kth[r]) & ~tied[r])
    even = np.flatnonzero((v == kth[r]) & tied[r])
    if len(even):
        lacking = kk - np.bincount(r[take & tied[r]], minlength=len(rows))
        even = even[np.lexsort((c[even], r[even]))]
        rank = np.arange(len(even)) - np.searchsorted(r[even], r[even])
        take[even[rank < lacking[r[even]]]] = True
    i, j = rows[r[take]], cols[c[take]]
    return np.minimum(i, j), np.maximum(i, j)


def _common_term(used: np.ndarray, rows: int) -> int:
    """The most sentences a term may be used by to propose pairs by words: COMMON_TERM, or
    fewer where the terms under it would make more than WORD_WORK products a sentence (the
    products a term makes are its uses squared): the work stays linear in sentences."""
    counts = np.sort(used[used > 0]).astype(np.float64)
    work = np.cumsum(counts**2) / max(rows, 1)
    within = np.searchsorted(work, WORD_WORK, side="right")
    if within >= len(counts):
        return COMMON_TERM
    return int(min(COMMON_TERM, max(1.0, counts[within] - 1)))


def _clustered_candidates(scorer: PairScorer, k: int) -> np.ndarray:
    """The two neighbour searches of ``link``, linear in sentences: each sentence's top-k by
    meaning sought among the sentences of the PROBES clusters (by meaning) nearest to its
    own, and its top-k by words among every sentence, through the terms that at most
    COMMON_TERM sentences use. Pairs come back as numbers i * n + j (i < j), repeats included.

    The words were sought among the probed clusters too, and missed what the clusters kept
    apart: static meaning vectors lie far from every centre (cosines of 0.2 to 0.3), and two
    nearly orthogonal centres can each be a sentence's nearest two, so a sentence and its
    near copy in another article ("William Trowbridge and Michael Chicoine pleaded guilty to
    charges that they infringed copyright ...", 0.89) were in clusters that never probed each
    other. Over 1,000 BBC articles the clustered search missed 419 of the 5,061 pairs the
    exact one accepts (84 at 0.33 or above, 14 at 0.5 or above); with the words sought
    everywhere (terms used by at most 1,000 sentences there) it misses 11 (1 and 0), and
    with the work bounded by WORD_WORK (terms of at most 357 sentences there, 23 of 15,676
    terms left out) 144 (14 and 0)."""
    meaning, words, owner = scorer.meaning, scorer.words, scorer.owner
    assign, centres = _clusters(meaning, CLUSTER_SIZE)
    count = len(centres)
    order = np.argsort(assign, kind="stable")
    bounds = np.searchsorted(assign[order], np.arange(count + 1))
    members = [order[bounds[c] : bounds[c + 1]] for c in range(count)]
    probes = np.argsort(-(centres @ centres.T), axis=1, kind="stable")[:, :PROBES]

    def search(c: int) -> list[tuple[np.ndarray, np.ndarray]]:
        found = []
        cols = np.concatenate([members[d] for d in probes[c].tolist()])
        # The columns' meaning gathered once a cluster, by np.take: faster than indexing
        # (0.22 -> 0.13 s for the 90 clusters' 6,400 rows each at 1,000 articles).
        across = np.take(meaning, cols, axis=0).T
        for lo in range(0, len(members[c]), _CLUSTER_ROWS):
            rows = members[c][lo : lo + _CLUSTER_ROWS]
            other = owner[rows][:, None] != owner[cols][None, :]
            dense = np.take(meaning, rows, axis=0) @ across
            dense[~other] = -1.0
            found.append(_top_dense(dense, rows, cols, k))
        return found

    # Terms that most sentences use make the word products quadratic, and say little of a
    # point: left out of this search (not of the pairs' probabilities).
    used = np.bincount(words.indices, minlength=words.shape[1])
    rare = words[:, np.flatnonzero(used <= _common_term(used, len(owner)))].tocsr()
    across = rare.T.tocsr()
    everyone = np.arange(len(owner))

    def by_words(lo: int) -> list[tuple[np.ndarray, np.ndarray]]:
        rows = everyone[lo : lo + _WORD_ROWS]
        return [_top_sparse((rare[rows] @ across).tocsr(), rows, everyone, owner, k)]

    # numpy and scipy's sparse products let go of the GIL: two threads use both cores.
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        pairs = [p for found in pool.map(search, range(count)) for p in found]
        pairs += [
            p for found in pool.map(by_words, range(0, len(owner), _WORD_ROWS)) for p in found
        ]
    firsts = [i for i, _ in pairs]
    seconds = [j for _, j in pairs]
    if not firsts:
        return np.zeros(0, dtype=np.int64)
    i, j = np.concatenate(firsts), np.concatenate(seconds)
    return i.astype(np.int64) * len(owner) + j  # pairs as numbers, as link() takes them


def _best(
    n: int, first: np.ndarray, second: np.ndarray, p: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's highest probability and the row it is reached with (the lowest row
    among equals; -1 when the sentence is in no pair), for pairs ``first[k] < second[k]``.
    The two by unbuffered maximum and minimum (ufunc.at): 0.01 s for the 380,000 ends of
    pairs at 1,000 articles, where sorting them by row and probability took 0.14 s, in the
    last, single-core part of a run."""
    best = np.zeros(n)
    partner = np.full(n, -1, dtype=np.int64)
    if not len(p):
        return best, partner
    rows = np.concatenate([first, second])
    others = np.concatenate([second, first])
    both = np.concatenate([p, p])
    top = np.full(n, -np.inf)
    np.maximum.at(top, rows, both)
    reached = both == top[rows]
    lowest = np.full(n, n, dtype=np.int64)
    np.minimum.at(lowest, rows[reached], others[reached])
    paired = lowest < n
    best[paired] = np.maximum(top[paired], 0.0)
    partner[paired] = lowest[paired]
    return best, partner


def _cuts(
    owner: np.ndarray, first: np.ndarray, second: np.ndarray, p: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each pair, the probability its first sentence needs to be among its _RIVALS most
    likely matches in the second's article, and the same seen from the second sentence."""
    if not len(p):
        return p.copy(), p.copy()
    articles = int(owner.max()) + 1
    keys = np.concatenate([first * articles + owner[second], second * articles + owner[first]])
    both = np.concatenate([p, p])
    order = np.lexsort((-both, keys))
    keys_sorted, values = keys[order], both[order]
    starts = np.flatnonzero(np.r_[True, keys_sorted[1:] != keys_sorted[:-1]])
    sizes = np.diff(np.r_[starts, len(keys_sorted)])
    cut_of_group = values[starts + np.minimum(sizes, _RIVALS) - 1]
    group = np.cumsum(np.r_[True, keys_sorted[1:] != keys_sorted[:-1]]) - 1
    cut = np.empty(len(keys))
    cut[order] = cut_of_group[group]
    return cut[: len(p)], cut[len(p) :]


def align(
    articles: Sequence[Article], scorer: PairScorer, links: Links, diffs: bool = True
) -> tuple[Alignment, ...]:
    """Groups in which every two sentences from different articles report the same point.

    Accepted pairs are taken most likely first; two groups merge only when every pair across
    them from different articles is accepted (complete link: no chaining), the merged group's
    pairs reach the same-point threshold on average, each member reaches it with another,
    a group below LIKELY is alike in meaning too (alike_in_meaning), each article gives one
    sentence, and a sentence belongs to one group, or to two when it carries two points
    (_second_points).
    """
    owner, local = scorer.owner, scorer.local
    wording = _Wording(articles, scorer)
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for (i, j), _ in sorted(links.accepted.items(), key=lambda t: (-t[1], t[0])):
        gi = groups.get(group_of.get(i, -1), [i])
        gj = groups.get(group_of.get(j, -1), [j])
        if gi is gj:
            continue
        members = gi + gj
        if not _one_point_per_article(members, owner, local):
            continue
        if not all(
            (min(x, y), max(x, y)) in links.accepted for x in gi for y in gj if owner[x] != owner[y]
        ):
            continue
        evidence = _evidence(sorted(members), links, wording, owner)
        if evidence < links.point:
            continue
        if evidence < LIKELY and not alike_in_meaning(members, scorer):
            continue
        if not _each_linked(members, links, owner):
            continue
        key = min(group_of.get(i, i), group_of.get(j, j))
        for old in (group_of.get(i), group_of.get(j)):
            if old is not None:
                groups.pop(old, None)
        groups[key] = sorted(members)
        for m in members:
            group_of[m] = key
    joined = _second_points(groups, group_of, links, wording, scorer)
    out = [
        _alignment(
            articles, scorer, links, g, diffs=False, wording=wording, joined=joined.get(key, ())
        )
        for key, g in groups.items()
    ]
    if diffs:
        out = _with_diffs(out)
    return tuple(
        sorted(out, key=lambda a: (-len(a.articles), -a.confidence, a.sentences[0].article))
    )


def _second_points(
    groups: dict[int, list[int]],
    group_of: dict[int, int],
    links: Links,
    wording: _Wording,
    scorer: PairScorer,
) -> dict[int, tuple[int, ...]]:
    """A sentence that carries two points joins the group of its second one (in ``groups``,
    by key; ``group_of``: each sentence's first group), and the members each group gained so
    are returned. "An earthquake, with a magnitude of 7.0, struck Haiti on January 12,
    killing as much as 200,000 people" is in the toll's group; it tells the magnitude two
    other reports give too (MultiLing M006, a labelled pair), and "Tory leader Michael Howard
    has said his party would cut £35bn in 'wasteful' spending to allow £4bn in tax cuts" is
    in the £4bn's group and tells the £35bn five more reports give.

    Most likely pairs first, each at the same-point threshold itself (not the SUPPORT below
    it), a sentence joins a group when it is linked to every member (complete link), its own
    article gives the group none, no other member of its first group is linked to a member
    of this one (two points, not one group split in two), the group with it keeps the
    threshold on average, its own mean with the members reaches LIKELY, and it is alike in
    meaning to each (alike_in_meaning), whatever its mean. One second group a
    sentence at most. Over 1,000 BBC articles, with the threshold alone (neither LIKELY nor
    the meaning) 24 sentences joined a second group, about half of them rightly ("Growth in
    Britain also is set to accelerate" beside Latin America's 4% forecast); as it is, 7, of
    which 5 right and 2 partly (Kenteris and Thanou "withdrew ... after missing a drugs
    test", beside their suspension for missing tests)."""
    owner = scorer.owner
    linked: dict[int, set[int]] = {}
    for i, j in links.accepted:
        linked.setdefault(i, set()).add(j)
        linked.setdefault(j, set()).add(i)
    second: dict[int, int] = {}  # sentence -> the group it joined
    for (a, b), p in sorted(links.accepted.items(), key=lambda t: (-t[1], t[0])):
        if p < links.point:
            break
        for i, j in ((a, b), (b, a)):
            if i in second or i not in group_of or j not in group_of:
                continue
            if group_of[i] == group_of[j]:
                continue
            key = group_of[j]
            target = groups[key]
            if i in target or owner[i] in set(owner[target].tolist()):
                continue
            if not all((min(i, y), max(i, y)) in links.accepted for y in target):
                continue
            own = groups[group_of[i]]
            if any(linked.get(x, set()) & set(target) for x in own if x != i):
                continue
            members = sorted([*target, i])
            evidence = _evidence(members, links, wording, owner)
            if evidence < links.point:
                continue
            own_p = [links.accepted[(min(i, y), max(i, y))] for y in target]
            if sum(own_p) / len(own_p) < LIKELY:
                continue
            if not all(alike_in_meaning((i, y), scorer) for y in target):
                continue
            if not _each_linked(members, links, owner):
                continue
            groups[key] = members
            second[i] = key
    joined: dict[int, tuple[int, ...]] = {}
    for i, key in second.items():
        joined[key] = (*joined.get(key, ()), i)
    return joined


def _with_diffs(found: list[Alignment]) -> list[Alignment]:
    """Each alignment with the word diff of its closest pair; from DIFFS_BESIDE_FROM groups
    on, the second half's made meanwhile by a forked child (the same diffs)."""
    pairs = [(a.closest[0].text, a.closest[1].text) for a in found]
    half = len(pairs) // 2 if len(pairs) >= DIFFS_BESIDE_FROM else len(pairs)
    later = beside.start(_diffs, pairs[half:], fork=True) if half < len(pairs) else None
    try:
        made = _diffs(pairs[:half])
        if later is not None:
            made += later.result()
    finally:
        if later is not None:
            later.close()
    return [replace(a, diff=d) for a, d in zip(found, made, strict=True)]


def _diffs(pairs: Sequence[tuple[str, str]]) -> list[tuple[DiffOp, ...]]:
    return [word_diff(first, second) for first, second in pairs]


class _Wording:
    """Each row's words (case and punctuation aside), made when asked, and whether two rows
    are one text twice: a source's copy of another's sentence, word for word or nearly
    ("However, all sides are anxious..." / "All sides are anxious...")."""

    def __init__(self, articles: Sequence[Article], scorer: PairScorer) -> None:
        self._articles, self._scorer = articles, scorer
        self._made: dict[int, tuple[str, ...]] = {}
        self._copies: dict[tuple[int, int], bool] = {}  # pairs read (_evidence, _same_words)

    def __call__(self, row: int) -> tuple[str, ...]:
        made = self._made.get(row)
        if made is None:
            text = ref(self._articles, self._scorer, row).text
            made = self._made[row] = words_of(text)
        return made

    def copies(self, x: int, y: int) -> bool:
        pair = (x, y) if x < y else (y, x)
        found = self._copies.get(pair)
        if found is None:
            found = self._copies[pair] = one_text(self(x), self(y))
        return found


def _texts(members: list[int], wording: _Wording) -> list[int]:
    """Each member's text, as the position of the first member that prints it: the copies of
    one another (_Wording.copies), linked through any copy (so that the members' order does
    not change the texts: a code review's case)."""
    texts = list(range(len(members)))

    def root(k: int) -> int:
        while texts[k] != k:
            k = texts[k]
        return k

    for k in range(1, len(members)):
        for j in range(k):
            if root(j) != root(k) and wording.copies(members[j], members[k]):
                texts[root(k)] = root(j)
    return [root(k) for k in range(len(members))]


def _evidence(members: list[int], links: Links, wording: _Wording, owner: np.ndarray) -> float:
    """A group's mean probability over its pairs from different articles, a sentence and its
    copies counted as one text: a sentence printed by two sources is one text, and its pair
    (0.93) does not carry a third sentence that only touches it. Reviews' briefs held such
    groups as strong points: BBC's "All sides are anxious to avoid a major confrontation...,
    said BBC labour affairs correspondent Stephen Cape" twice, beside "BBC correspondent
    Stephen Cape said the combined unions represented 'a formidable force'" (0.29 to each).
    A group of copies only: their own mean."""
    _, between = _text_pairs(members, links, wording, owner)
    if not between:
        every = [
            links.accepted[(min(x, y), max(x, y))]
            for k, x in enumerate(members)
            for y in members[:k]
            if owner[x] != owner[y]
        ]
        return sum(every) / len(every)
    return sum(sum(p) / len(p) for p in between.values()) / len(between)


# A member of a strong group (three texts or more) whose own mean probability with the other
# texts is below STRONG is a weaker match, named apart (Alignment.weaker): the group's mean is
# carried by its strong pairs, and a blind reader refused "Band Aid 20 is not going to be
# released in the US" (two sources, 0.79) stated as agreed with "More than 72,000 copies of
# the new Band Aid single were sold on its first day of release" (0.39 and 0.37 to them; mean
# 0.52). Of the 166 reviewed groups of three texts or more that read strong
# (benchmarks/reviewed_groups.py), those with such a member read 38 right / 26 partly / 3
# wrong, the others 85 / 14 / 0. Taking "strong" from the whole group instead (its least sure
# member's mean as its confidence) took it from large groups, right ones among them: Yukos'
# nine reports of "punishment for the political ambitions of its founder".
def _text_pairs(
    members: list[int], links: Links, wording: _Wording, owner: np.ndarray
) -> tuple[list[int], dict[tuple[int, int], list[float]]]:
    """Each member's text (_texts) and the probabilities of each two texts' members' pairs
    (a sentence and its copies as one text, as _evidence counts them)."""
    texts = _texts(members, wording)
    between: dict[tuple[int, int], list[float]] = {}
    for k, x in enumerate(members):
        for j in range(k):
            y = members[j]
            if owner[x] != owner[y] and texts[j] != texts[k]:
                pair = (min(texts[j], texts[k]), max(texts[j], texts[k]))
                between.setdefault(pair, []).append(links.accepted[(min(x, y), max(x, y))])
    return texts, between


def _text_means(pairs: dict[tuple[int, int], list[float]]) -> dict[int, float]:
    """Each text's mean probability over its members' pairs with the group's other texts'.
    Every pair counts: a text three sources print weighs as three (read per text, a code
    review's suggestion, it set apart "The new book claims Mr Prescott hosted a dinner ...",
    printed by three sources, under a fourth's own wording of it)."""
    each: dict[int, list[float]] = {}
    for (a, b), ps in pairs.items():
        each.setdefault(a, []).extend(ps)
        each.setdefault(b, []).extend(ps)
    return {t: float(np.mean(ps)) for t, ps in each.items()}


def _weaker(
    members: list[int], links: Links, wording: _Wording, owner: np.ndarray, lead: int
) -> list[int]:
    """The members whose text has a mean probability with the group's other texts below
    STRONG, in a group of three texts or more, and whose text's probability with the
    lead's is below it too; never the lead nor a copy of it (the lead's words, whatever
    their mean: M0114's "Mr Ebbers could face a sentence of 85 years ...", printed by four
    more reports). Means as _text_means reads them."""
    texts, pairs = _text_pairs(members, links, wording, owner)
    if len(set(texts)) < 3:
        return []
    own = texts[members.index(lead)]
    means = _text_means(pairs)

    def with_lead(t: int) -> float:
        return float(np.mean(pairs.get((min(t, own), max(t, own)), [0.0])))

    return [
        m
        for m, t in zip(members, texts, strict=True)
        if t != own and means.get(t, 1.0) < STRONG and with_lead(t) < STRONG
    ]


def _surely_led(
    articles: Sequence[Article],
    scorer: PairScorer,
    links: Links,
    members: list[int],
    wording: _Wording,
    lead: int,
    joined: Sequence[int] = (),
) -> int:
    """The lead of a strong group of three texts or more, taken among the members whose
    text's mean with the others reaches STRONG when the lead's own does not (a code
    review's case: Band Aid's "More than 72,000 copies ... were sold on its first day of
    release", 0.39 and 0.37 to two reports that it "is not going to be released in the US",
    stood for their point once their "However," read "But", and nothing was set apart)."""
    texts, pairs = _text_pairs(members, links, wording, scorer.owner)
    if len(set(texts)) < 3:
        return lead
    means = _text_means(pairs)
    own = texts[members.index(lead)]
    if texts.count(own) > 1:  # a text two sources or more print stays the lead
        return lead  # ("The new book claims Mr Prescott hosted a dinner ...", three sources)
    sure = [
        m
        for m, t in zip(members, texts, strict=True)
        if means.get(t, 1.0) >= STRONG and m not in joined  # (one here for its second point
    ]  # never leads: _second_points)
    if not sure or means.get(own, 1.0) >= STRONG:
        return lead
    return _lead(articles, scorer, sure, links, joined)


# A group the words make only possible (mean below LIKELY) must mean alike too: every two
# members from different articles at least this close in meaning (cosine of their meaning
# vectors), unless they name one specific thing (PairScorer.tied) or give one event's measure
# two figures (a disagreement). Of the 193 reviewed "possible" groups (benchmarks/dev/
# reviewed-groups.json: 53 right, 48 partly, 92 wrong) it takes 31 wrong, 7 partly and 4
# right ones ("two sentences that share a phrase": "net giants", "adds to the depth", "stiff
# competition"); over the later BBC half's stories, 17 of 529 groups. Within that band the
# meaning cosine tells right from wrong (ROC AUC 0.78) better than the probability does
# (0.65); above it, not (0.57) (`python benchmarks/reviewed_groups.py` prints it over every
# reviewed group, right against partly and wrong: 0.75 against 0.60). At 0.4 the label sets lose nothing and 17 wrong reviewed
# groups go; at 0.45 one labelled pair goes (M006's "communications", 0.44).
MEANING_FLOOR = 0.45


def alike_in_meaning(members: Sequence[int], scorer: PairScorer) -> bool:
    """Whether every two members of a group from different articles are MEANING_FLOOR alike
    in meaning, name one specific thing, or disagree on one event's measure."""
    owner = scorer.owner
    return all(
        float(scorer.meaning[x] @ scorer.meaning[y]) >= MEANING_FLOOR
        or scorer.tied(x, y)
        or scorer.same_act(x, y)
        or bool(_figures_apart(scorer, x, y, every=False))
        or converted_figures(scorer.facts[x], scorer.facts[y])
        for k, x in enumerate(members)
        for y in members[k + 1 :]
        if owner[x] != owner[y]
    )


def _figures_apart(scorer: PairScorer, x: int, y: int, every: bool) -> list[tuple[str, str, str]]:
    """The measures rows x and y give different figures for (claims.number_conflicts), as
    (measure, as x says it, as y says it): ``every`` one, or only an event's (EVENT_MEASURES:
    the dead, a magnitude, a distance...), which a group not stated as agreed reads."""
    return [
        c
        for c in number_conflicts(scorer.facts[x], scorer.facts[y])
        if every or base_measure(c[0]) in EVENT_MEASURES
    ]


def _each_linked(members: list[int], links: Links, owner: np.ndarray) -> bool:
    """Whether every member reaches the threshold with another member: SUPPORT lets a pair
    below it join a group others carry, not a sentence none of whose pairs reaches it. A
    strong pair's 0.93 had carried a third sentence at 0.28 to each ("The Attorney General
    ... has so far issued no instructions to police" twice, beside "The Association of
    Chief Police Officers has issued guidance to forces")."""
    return all(
        any(
            links.accepted.get((min(x, y), max(x, y)), 0.0) >= links.point
            for y in members
            if owner[x] != owner[y]
        )
        for x in members
    )


def _one_point_per_article(members: list[int], owner: np.ndarray, local: np.ndarray) -> bool:
    """Each article gives a group one sentence. (Two consecutive ones were allowed once; on
    the dev set such pairs were two points more often than one, so the rule was dropped.)"""
    articles = owner[members]
    return len(set(articles.tolist())) == len(members)


def _alignment(
    articles: Sequence[Article],
    scorer: PairScorer,
    links: Links,
    members: list[int],
    diffs: bool = True,
    wording: _Wording | None = None,
    joined: Sequence[int] = (),
) -> Alignment:
    """The alignment of a group's members; ``joined``: those whose first point is another
    group's (_second_points), which never stand for this one."""
    owner = scorer.owner
    across = [
        (a, b) for k, a in enumerate(members) for b in members[k + 1 :] if owner[a] != owner[b]
    ]
    similarity = [scorer.similarity(a, b) for a, b in across]
    a, b = across[int(np.argmax(similarity))]
    first, second = ref(articles, scorer, a), ref(articles, scorer, b)
    wording = wording or _Wording(articles, scorer)
    confidence = round(_evidence(members, links, wording, owner), 4)
    pinned = all(scorer.tied(x, y) for x, y in across)
    # Groups neither strong nor likely and pinned down (Alignment.pinned: "possible" ones,
    # and likely ones not pinned) were right less than half the time when read
    # (docs/comparator.md): in one, only figures of what an event did or where it struck are
    # read as a disagreement ("fifteen kilometres" / "sixteen kilometers" from the capital),
    # not sums, prices or other counts, most often two things or two days set side by side
    # ("590 pence" one day, "605 pence" another; two films' takings; the DAX "16.29 points
    # lower" and the FTSE "15 points higher", a review's likely group). A likely group's
    # other disagreements, in words (who is favourite, responsible, named; an age), are read.
    stated = every_figure_read(confidence, pinned)
    likely = confidence >= LIKELY
    conflicts = []
    for x, y in across:
        said = _figures_apart(scorer, x, y, every=stated)
        text_x, text_y = ref(articles, scorer, x).text, ref(articles, scorer, y).text
        blame = responsibility_conflict(text_x, text_y)
        if blame and likely:  # who carried out an attack: read in a likely group only too
            said.append(("responsible", *blame))
        tipped = favourite_conflict(text_x, text_y)
        if tipped and likely:  # "Kenzie is currently favourite" / "Bez is now 2-1 favourite"
            said.append(("favourite", *tipped))
        priced = odds_conflict(text_x, text_y) if likely else None
        if priced:  # "Bez favourite to win the show at 7/4" / "Bez is now 2-1 favourite"
            said.append(("odds", *priced))
        if likely:  # "Thanou, 30," / "Thanou, 29,"
            said.extend(age_conflicts(text_x, text_y))
        swapped = other_name(text_x, text_y) if likely else None
        if swapped:  # "A merger between MCI and Verizon" / "... MCI and Qwest"
            said.append(("named", *swapped))
        staged = stage_conflict(text_x, text_y) if likely else None
        if staged:  # "is poised to push Japan off the top" / "has pushed Japan off the top"
            said.append(("stage", *staged))
        denied = scorer.contradiction(x, y, text_x, text_y)
        if denied:  # one source denies what the other states
            said.append(("denied", *denied))
        for measure, said_x, said_y in said:
            # "km from Pichilemu" is a distance in km: the sentences say from where.
            conflicts.append(
                Conflict(
                    base_measure(measure),
                    ref(articles, scorer, x),
                    said_x,
                    ref(articles, scorer, y),
                    said_y,
                    _value_of(scorer.facts[x], said_x),
                    _value_of(scorer.facts[y], said_y),
                )
            )
    lead = _lead(articles, scorer, members, links, joined)
    if confidence >= STRONG:
        lead = _surely_led(articles, scorer, links, members, wording, lead, joined)
    weaker = _weaker(members, links, wording, owner, lead) if confidence >= STRONG else []
    # (not one that names the lead's specific thing, its figure for the same measure: M006's
    # "made 1.5 million people homeless" beside "1.5 million people have been left without
    # homes", 0.45, whose strong pair is with a third report's "another million")
    weaker = [m for m in weaker if not scorer.tied(min(m, lead), max(m, lead))]
    return Alignment(
        similarity=round(sum(similarity) / len(similarity), 4),
        sentences=tuple(ref(articles, scorer, m) for m in members),
        closest=(first, second),
        diff=word_diff(first.text, second.text) if diffs else (),
        confidence=confidence,
        conflicts=tuple(conflicts),
        lead=ref(articles, scorer, lead),
        context=_context(articles, scorer, lead),
        pinned=pinned,
        same_words=_same_words(articles, scorer, members, wording),
        weaker=tuple(articles[int(owner[m])].id for m in weaker),
        joined=tuple(articles[int(owner[m])].id for m in members if m in joined),
    )


def _same_words(
    articles: Sequence[Article], scorer: PairScorer, members: list[int], wording: _Wording
) -> tuple[tuple[str, ...], ...]:
    """The sources that print a group's point as one text (_texts, as its confidence counts
    them: word for word or nearly, with the same figures and negations), one tuple of
    article ids per text two or more print, in the members' order."""
    printed: dict[int, dict[str, None]] = {}
    for text, m in zip(_texts(members, wording), members, strict=True):
        printed.setdefault(text, {})[articles[int(scorer.owner[m])].id] = None
    return tuple(tuple(ids) for ids in printed.values() if len(ids) > 1)


_CONTEXT_BACK = 3  # sentences a lead that points back is read after, at most


def _context(articles: Sequence[Article], scorer: PairScorer, lead: int) -> SentenceRef | None:
    """The sentence a lead that points back is read after (_lead takes one that does not,
    where a member does not): read_after, a sentence naming someone known by the scorer's
    people or _A_NAME."""
    article, position = int(scorer.owner[lead]), int(scorer.local[lead])
    sentences = articles[article].sentences

    def names(k: int) -> bool:
        return bool(scorer.people[lead - (position - k)]) or bool(_A_NAME.search(sentences[k].text))

    before = read_after(sentences, position, articles[article].language, names)
    return None if before is None else sentence_ref(articles, article, before)


def read_after(
    sentences: Sequence[Sentence],
    position: int,
    language: str,
    names: Callable[[int], bool],
) -> int | None:
    """Where the sentence at ``position``, which may point back, is read after: the nearest
    before it that does not point back itself, up to _CONTEXT_BACK back ('"...," he added.'
    after '"The economy is strong," he told delegates.' is read after the sentence that names
    him: ``names(k)``, whether sentence k names a person), and that does not open on a
    quotation where another does, unless it names its speaker and the sentence opens on "he"
    or "she" ('"My client has done nothing wrong," said his lawyer, Ann Jones.' before "She
    denied the allegations": a code review's case); None if it does not point back or there
    is none."""
    if not points_back(sentences[position].text, language):
        return None
    standing = [
        before
        for before in range(position - 1, max(-1, position - 1 - _CONTEXT_BACK), -1)
        if not points_back(sentences[before].text, language)
    ]
    if speaker_unnamed(sentences[position].text, language):
        # '"...," he said.': the nearest sentence before it naming someone says who, though
        # it opens pointing back itself ("Its leader, Roger Knapman, has said he is glad to
        # see the back of Mr Kilroy-Silk.", skipped for a sentence about someone else in a
        # review's brief).
        for back in range(1, min(position, _CONTEXT_BACK) + 1):
            if names(position - back):
                return position - back
    if standing and refers_back(sentences[position].text, language):
        # Whom a sentence opening "The 29-year-old" or "She" speaks of, a quotation before
        # it rarely says ('"We shall communicate this decision to the IAAF"' in a review's
        # brief, where the report before the quotes names her); whose words '"...," he
        # added' are, the quotation before it does.
        # (a quotation that names its speaker may say who "he" or "she" is)
        personal = refers_back(sentences[position].text, language, PERSONAL)
        told = [
            b
            for b in standing
            if not sentences[b].text.lstrip().startswith(_QUOTE_MARKS) or (personal and names(b))
        ]
        standing = told or standing
    return standing[0] if standing else None


# A person named as the one who speaks: a name of two words or more, a title's included,
# before a verb of saying ("Its leader, Roger Knapman, has said he is glad"; not "he told Sky
# News", whose two capitalised words are whom he told).
# ... or after it: "said his lawyer, Ann Jones" (a code review's case; not "told Sky News")
_A_NAME = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|But|And|Its|His|Her|Their)\b)[A-Z][a-z]+\s+[A-Z][\w'’-]+,?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:said|says|told|tells|added|stated|insisted|warned|argued)\b"
    r"|\b(?:said|says|added)\s+(?:[\w,’']+\s+){0,3}?[A-Z][a-z]+\s+[A-Z][\w'’-]+"
)
_QUOTE_MARKS = tuple(OPENING_MARKS)


_SAID = 0.6  # a word's closest word in another sentence, for it to say the same ("died", "killed")


def _lead(
    articles: Sequence[Article],
    scorer: PairScorer,
    members: list[int],
    links: Links | None = None,
    joined: Sequence[int] = (),
) -> int:
    """The member that stands for the group: not one that points back to a sentence not
    shown ("Its sales have slid 41%" beside "Mitsubishi's sales have slid 41%"; '"...," he
    said.' beside "the Department of State noted that ..."); one of the group's core (_core),
    not one the others carry, nor one whose first point is another group's (``joined``:
    "Officials estimate the initial earthquake killed about 200,000 people and affected
    three million" had stood for the toll's group, which then told no homeless); in a group
    of three or more, the one that says least the others do not (its content words with no
    word close in meaning in another member, on average over the others: "Today is the
    fourth anniversary of the bombings, when 52 people were killed" is not the point of
    three sources that give the toll and no anniversary); then the shorter. (In a pair each
    says the point as its source does: the shorter says it in fewer words.)"""

    def own_words(m: int) -> float:
        ids = scorer.word_rows[m][0]
        counts = []
        for o in members:
            other = scorer.word_rows[o][0]
            if scorer.owner[o] == scorer.owner[m]:
                continue
            if not len(ids) or not len(other):
                counts.append(len(ids))
                continue
            close = scorer.word_vectors[ids] @ scorer.word_vectors[other].T
            own = int((close.max(axis=1) < _SAID).sum())
            counts.append(own + unshared_figures(scorer.facts[m], scorer.facts[o]))
        return sum(counts) / len(counts) if counts else 0.0

    core = _core(scorer, members, links)

    def rank(m: int) -> tuple[bool, bool, bool, float, int, str]:
        said = ref(articles, scorer, m)
        language = articles[int(scorer.owner[m])].language
        own = own_words(m) if len(members) > 2 else 0.0
        words = len(said.text.split())
        back = points_back(said.text, language)
        return (back, m in joined, m not in core, own, words, said.article)

    return min(members, key=rank)


_CARRIED = 0.05


def _core(scorer: PairScorer, members: list[int], links: Links | None = None) -> list[int]:
    """In a group of three or more, the members whose mean probability with the others is
    within _CARRIED of the mean of the group's pairs: not one the others carry. M008's "The
    Brazilian Air Force has located bodies and wreckage of Air France Flight 447" (June 6)
    says least beside two reports of the June 2 wreckage 650 km off Brazil (0.65 to each
    other, 0.40 and 0.33 to it), and stood for their point."""
    if len(members) < 3:
        return members
    owner = scorer.owner
    first, second = zip(
        *((a, b) for k, a in enumerate(members) for b in members[k + 1 :] if owner[a] != owner[b]),
        strict=True,
    )
    # A group's pairs are accepted ones: read there, not scored again (probabilities() reads
    # every row at each call; 551 groups of three or more at 2,000 articles took 10 s).
    if links is None:
        p = scorer.probabilities(np.array(first), np.array(second))
    else:
        p = np.array(
            [
                links.accepted[(a, b) if a < b else (b, a)]
                for a, b in zip(first, second, strict=True)
            ]
        )
    mean: dict[int, list[float]] = {m: [] for m in members}
    for a, b, q in zip(first, second, p.tolist(), strict=True):
        mean[a].append(q)
        mean[b].append(q)
    average = float(p.mean())
    return [m for m in members if np.mean(mean[m]) >= average - _CARRIED]


def _value_of(facts: Facts, written: str) -> float | None:
    """The value of the figure a sentence writes so (None for what is no figure)."""
    return next((v for _, v, w in facts.numbers if w == written), None)


def ref(articles: Sequence[Article], scorer: PairScorer, row: int) -> SentenceRef:
    """The sentence of a row, as the models name it."""
    return sentence_ref(articles, int(scorer.owner[row]), int(scorer.local[row]))


def sentence_ref(articles: Sequence[Article], article: int, position: int) -> SentenceRef:
    """The ``position``-th candidate sentence of the ``article``-th article, as a SentenceRef:
    the one place rows of a sentence matrix become references (alignment and topics)."""
    chosen = articles[article]
    sentence = chosen.sentences[position]
    return SentenceRef(chosen.id, sentence.index, sentence.text)
