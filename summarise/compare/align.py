"""Alignment: groups of sentences from different articles that report the same point.

Two sentences are linked when their similarity reaches the threshold and one of them is
among the other's two closest sentences in its article (so a sentence that merely shares a
name with many others links only to its best matches). Linked sentences are then grouped
greedily, strongest links first, keeping a group only as long as its members stay similar
on average. Nothing here is dense and n x n: similarities are computed in row blocks and
only the top neighbours of each sentence are kept.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..models import Alignment, Article, SentenceRef
from .diff import word_diff
from .vectors import SentenceSpace

__all__ = ["ALIGN_THRESHOLD", "UNIQUE_THRESHOLD", "align", "neighbours"]

# Calibrated on MultiLing 2011 (benchmarks/alignment_thresholds.py): 0.2 is about the 99.8th
# percentile of similarities between sentences of different news events, which cannot report
# the same point, so a pair above it is very unlikely to share only words by chance.
ALIGN_THRESHOLD = 0.2
# Average similarity a group must keep as it grows: on average as alike as one link must be.
GROUP_THRESHOLD = ALIGN_THRESHOLD
# Weakest similarity allowed between two members of a group from different articles (about
# the 99th percentile of MultiLing pairs from different events, benchmarks/alignment_thresholds.py):
# every member must share something with every other, so groups cannot chain.
GROUP_MIN_LINK = 0.1
# A sentence whose best match in every other article is below this makes a point of its own
# (three quarters of the alignment threshold: clear of borderline matches).
UNIQUE_THRESHOLD = 0.15
_TOP_K = 2
_MAX_GROUPS = 3  # groups one sentence may belong to (a sentence can carry several points)
_BLOCK = 2048


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


def best_match(space: SentenceSpace) -> np.ndarray:
    """Each sentence's highest similarity to any sentence of another article."""
    best = np.zeros(space.matrix.shape[0])
    for i, j, v in neighbours(space.matrix, space.owner, k=1):
        best[i] = max(best[i], v)
        best[j] = max(best[j], v)
    return best


def align(
    articles: Sequence[Article], space: SentenceSpace, threshold: float = ALIGN_THRESHOLD
) -> tuple[Alignment, ...]:
    """Groups of sentences (one per article, or two consecutive ones) that report the same point.

    Links are taken strongest first. A link joins its two groups when they hold no article
    twice and stay similar on average (GROUP_THRESHOLD). A link that cannot join (both
    sides already hold a sentence of the same article) still makes a group of its own: a
    sentence can carry several points ("met in Delhi ... over Russia's war in Ukraine"), so
    a sentence may belong to up to _MAX_GROUPS groups.
    """
    matrix, owner = space.matrix, space.owner
    pairs = _PairSimilarity(matrix)
    candidates = [
        (i, j, v) for i, j, v in neighbours(matrix, owner, k=16, floor=threshold) if v >= threshold
    ]
    links = _top_links([c for c in candidates if _shares_enough(space, c[0], c[1])], owner, _TOP_K)
    groups: list[list[int]] = []
    totals: list[_Totals] = []  # per group: its cross-article similarities, summed up
    member_of: dict[int, list[int]] = {}
    single = _Totals(0.0, 0, math.inf)

    def joined(
        left: list[int], left_totals: _Totals, right: list[int], right_totals: _Totals
    ) -> _Totals | None:
        """The totals of the two sides together, or None when they may not join: an article
        twice (but for two consecutive sentences), or too little alike."""
        members = left + right
        if len(set(members)) < len(members) or not _one_point_per_article(
            members, owner, space.local
        ):
            return None
        new = [pairs(x, y) for x in left for y in right if owner[x] != owner[y]]
        both = _Totals(
            left_totals.total + right_totals.total + sum(new),
            left_totals.count + right_totals.count + len(new),
            min([left_totals.lowest, right_totals.lowest, *new]),
        )
        if both.count == 0 or both.lowest < GROUP_MIN_LINK or both.mean < GROUP_THRESHOLD:
            return None
        return both

    for i, j, _ in sorted(links, key=lambda t: (-t[2], t[0], t[1])):
        gi, gj = member_of.setdefault(i, []), member_of.setdefault(j, [])
        if set(gi) & set(gj):
            continue
        merged = next(
            (
                (a, b, both)
                for a in gi
                for b in gj
                if (both := joined(groups[a], totals[a], groups[b], totals[b])) is not None
            ),
            None,
        )
        if merged is not None:
            a, b, both = merged
            groups[a] += groups[b]
            totals[a] = both
            for m in groups[b]:
                member_of[m] = list(dict.fromkeys(a if g == b else g for g in member_of[m]))
            groups[b] = []
            continue
        joins = []
        for g in gi if len(gj) < _MAX_GROUPS else []:
            if (both := joined(groups[g], totals[g], [j], single)) is not None:
                joins.append((both.mean, g, j, both))
        for g in gj if len(gi) < _MAX_GROUPS else []:
            if (both := joined(groups[g], totals[g], [i], single)) is not None:
                joins.append((both.mean, g, i, both))
        if joins:
            _, g, newcomer, both = max(joins, key=lambda t: t[0])
            groups[g].append(newcomer)
            totals[g] = both
            member_of[newcomer].append(g)
        elif len(gi) < _MAX_GROUPS and len(gj) < _MAX_GROUPS:
            value = pairs(i, j)
            groups.append([i, j])
            totals.append(_Totals(value, 1, value))
            gi.append(len(groups) - 1)
            gj.append(len(groups) - 1)
    out = [_alignment(articles, space, pairs, sorted(g)) for g in groups if len(g) > 1]
    return tuple(
        sorted(out, key=lambda a: (-len(a.articles), -a.similarity, a.sentences[0].article))
    )


def _shares_enough(space: SentenceSpace, i: int, j: int) -> bool:
    """Two sentences report the same point only if they share two content terms or more;
    a designation such as "S-400" is specific enough to count twice. One shared name
    ("Iranian") is not a point."""
    shared = set(space.terms[i]) & set(space.terms[j])
    return sum(2 if any(c.isdigit() for c in t) else 1 for t in shared) >= 2


def _one_point_per_article(members: list[int], owner: np.ndarray, local: np.ndarray) -> bool:
    """Each article gives a group one sentence, or two consecutive ones (a point often runs
    over two sentences: "...discussing the situation regarding Ukraine." "They exchanged
    perspectives on ... the Ukraine crisis")."""
    by_article: dict[int, list[int]] = {}
    for m in members:
        by_article.setdefault(int(owner[m]), []).append(int(local[m]))
    for indices in by_article.values():
        if len(indices) > 2 or (len(indices) == 2 and abs(indices[0] - indices[1]) != 1):
            return False
    return True


def _top_links(
    pairs: list[tuple[int, int, float]], owner: np.ndarray, k: int
) -> list[tuple[int, int, float]]:
    """Keep a pair when one side is among the other's k closest sentences in its article."""
    ranked: dict[tuple[int, int], list[float]] = {}
    for i, j, v in pairs:
        ranked.setdefault((i, int(owner[j])), []).append(v)
        ranked.setdefault((j, int(owner[i])), []).append(v)
    cut = {key: sorted(vals, reverse=True)[min(k, len(vals)) - 1] for key, vals in ranked.items()}
    return [
        (i, j, v)
        for i, j, v in pairs
        if v >= cut[(i, int(owner[j]))] or v >= cut[(j, int(owner[i]))]
    ]


@dataclass(frozen=True, slots=True)
class _Totals:
    """A group's similarities between members of different articles: their sum, how many,
    the lowest. Kept as the group grows, so joining two groups only adds the new pairs."""

    total: float
    count: int
    lowest: float

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0


class _PairSimilarity:
    """Cosine similarity of two rows of a normalised matrix, computed once per pair: the
    grouping asks for the same pairs again and again as groups grow."""

    def __init__(self, matrix: sparse.csr_matrix) -> None:
        self._rows = [
            dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist(), strict=True))
            for lo, hi in itertools.pairwise(matrix.indptr.tolist())
        ]
        self._known: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        value = self._known.get(key)
        if value is None:
            small, large = sorted((self._rows[i], self._rows[j]), key=len)
            value = sum(v * large[t] for t, v in small.items() if t in large)
            self._known[key] = value
        return value

    def across(self, members: Sequence[int], owner: np.ndarray) -> list[tuple[float, int, int]]:
        """(similarity, a, b) for every pair of members from different articles."""
        return [
            (self(a, b), a, b)
            for k, a in enumerate(members)
            for b in members[k + 1 :]
            if owner[a] != owner[b]
        ]


def _alignment(
    articles: Sequence[Article], space: SentenceSpace, pairs: _PairSimilarity, members: list[int]
) -> Alignment:
    across = pairs.across(members, space.owner)
    _, a, b = max(across, key=lambda t: (t[0], -t[1], -t[2]))
    first, second = _ref(articles, space, min(a, b)), _ref(articles, space, max(a, b))
    return Alignment(
        similarity=round(sum(v for v, _, _ in across) / len(across), 4),
        sentences=tuple(_ref(articles, space, m) for m in members),
        closest=(first, second),
        diff=word_diff(first.text, second.text),
    )


def _ref(articles: Sequence[Article], space: SentenceSpace, row: int) -> SentenceRef:
    article = articles[int(space.owner[row])]
    sentence = article.sentences[int(space.local[row])]
    return SentenceRef(article.id, sentence.index, sentence.text)
