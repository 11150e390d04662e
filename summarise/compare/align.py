"""Alignment: groups of sentences from different articles that report the same point.

Two sentences are linked when their similarity reaches the threshold and one of them is
among the other's two closest sentences in its article (so a sentence that merely shares a
name with many others links only to its best matches). Linked sentences are then grouped
greedily, strongest links first, keeping a group only as long as its members stay similar
on average. Nothing here is dense and n x n: similarities are computed in row blocks and
only the top neighbours of each sentence are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    sentence can carry two points ("met in Delhi ... over Russia's war in Ukraine"), so a
    sentence may belong to at most two groups.
    """
    matrix, owner = space.matrix, space.owner
    candidates = [
        (i, j, v) for i, j, v in neighbours(matrix, owner, k=16, floor=threshold) if v >= threshold
    ]
    links = _top_links([c for c in candidates if _shares_enough(space, c[0], c[1])], owner, _TOP_K)
    groups: list[list[int]] = []
    member_of: dict[int, list[int]] = {}

    def fits(members: list[int]) -> bool:
        if len(set(members)) < len(members):
            return False
        return _one_point_per_article(members, owner, space.local) and (
            _mean_similarity(matrix, owner, members) >= GROUP_THRESHOLD
        )

    for i, j, _ in sorted(links, key=lambda t: (-t[2], t[0], t[1])):
        gi, gj = member_of.setdefault(i, []), member_of.setdefault(j, [])
        if set(gi) & set(gj):
            continue
        merges = [(a, b) for a in gi for b in gj if fits(groups[a] + groups[b])]
        if merges:
            a, b = merges[0]
            groups[a] += groups[b]
            for m in groups[b]:
                member_of[m] = [a if g == b else g for g in member_of[m]]
                member_of[m] = list(dict.fromkeys(member_of[m]))
            groups[b] = []
            continue
        joins = [(g, j) for g in gi if len(gj) < _MAX_GROUPS and fits(groups[g] + [j])]
        joins += [(g, i) for g in gj if len(gi) < _MAX_GROUPS and fits(groups[g] + [i])]
        if joins:
            g, newcomer = max(
                joins, key=lambda t: _mean_similarity(matrix, owner, groups[t[0]] + [t[1]])
            )
            groups[g].append(newcomer)
            member_of[newcomer].append(g)
        elif len(gi) < _MAX_GROUPS and len(gj) < _MAX_GROUPS:
            groups.append([i, j])
            gi.append(len(groups) - 1)
            gj.append(len(groups) - 1)
    out = [_alignment(articles, space, sorted(g)) for g in groups if len(g) > 1]
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


def _mean_similarity(matrix: sparse.csr_matrix, owner: np.ndarray, members: list[int]) -> float:
    """Mean similarity between members of different articles; 0 when any such pair falls
    below GROUP_MIN_LINK (the group would chain unrelated sentences)."""
    sub = matrix[members]
    sims = (sub @ sub.T).toarray()
    cross = owner[members][:, None] != owner[members][None, :]
    if not cross.any() or sims[cross].min() < GROUP_MIN_LINK:
        return 0.0
    return float(sims[cross].mean())


def _alignment(articles: Sequence[Article], space: SentenceSpace, members: list[int]) -> Alignment:
    sub = space.matrix[members]
    sims = (sub @ sub.T).toarray()
    owners = space.owner[members]
    cross = owners[:, None] != owners[None, :]
    masked = np.where(cross, sims, -1.0)
    a, b = np.unravel_index(int(np.argmax(masked)), masked.shape)
    refs = tuple(_ref(articles, space, m) for m in members)
    first, second = refs[min(a, b)], refs[max(a, b)]
    return Alignment(
        similarity=round(float(sims[cross].mean()), 4),
        sentences=refs,
        closest=(first, second),
        diff=word_diff(first.text, second.text),
    )


def _ref(articles: Sequence[Article], space: SentenceSpace, row: int) -> SentenceRef:
    article = articles[int(space.owner[row])]
    sentence = article.sentences[int(space.local[row])]
    return SentenceRef(article.id, sentence.index, sentence.text)
