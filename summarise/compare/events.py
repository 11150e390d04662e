"""Stories: articles grouped by the event they report, linear in the number of articles.

It lives beside the comparator because both ``stories`` and a single ``report`` use it: a
brief on articles that report different events says so first.

Each article becomes one vector: TF-IDF over the stemmed content words of its title and
body, with terms that more than ``COMMON_SHARE`` of the articles (and more than
``COMMON_FLOOR`` articles) use left out: they say "news", not "which story", and leaving
them out keeps the candidate search linear. Candidate pairs come from each article's ``_NEIGHBOURS``
nearest articles (sparse products in row blocks, so nothing is n x n); a pair is a link when
its cosine reaches ``STORY_LINK``. (Dates are not a hard cut: on MultiLing 2011 a story's
follow-ups run for months, and a 90-day window cut its recall from 0.88 to 0.62.) Stories are
then grown by average link over the candidate links only: two stories merge when their
articles are, on average over every pair across them, at least ``STORY_LINK`` alike (pairs
that are not candidates count as 0), so two different earthquakes, which share words but not
places, names and numbers, stay apart. A story starts from two articles that are clearly one
story (at least ``STORY_SEED`` alike), and an article joins a story only through a link of
at least ``STORY_JOIN`` to one of its articles: a chain of articles that are each a little
alike (a month of oil prices, one awards season) is a subject, not a story.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..models import Article
from ..nlp import content_terms
from ..tfidf import count_matrix, idf, l2_normalise

__all__ = [
    "COMMON_SHARE",
    "STORY_JOIN",
    "STORY_LINK",
    "STORY_SEED",
    "article_vectors",
    "group_articles",
]

# benchmarks/stories_bcubed.py (MultiLing 2011 clusters among BBC articles) set all three.
STORY_LINK = 0.09  # average similarity at which two stories merge
STORY_SEED = 0.3  # similarity at which two single articles start a story
STORY_JOIN = 0.15  # an article's strongest link into a story, for it to join
COMMON_SHARE = 0.05  # a term in more than this share of the articles is not a story's mark
_NEIGHBOURS = 10
_BLOCK = 1024
COMMON_FLOOR = 20  # a story this big may use its own words in every article


def _weighted(rows: Sequence[Sequence[str]], n: int) -> sparse.csr_matrix:
    counts, _ = count_matrix(rows)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    keep = (df <= max(COMMON_FLOOR, COMMON_SHARE * n)).astype(np.float64)
    return l2_normalise(counts @ sparse.diags(idf(counts) * keep))


def article_vectors(articles: Sequence[Article], language: str) -> sparse.csr_matrix:
    """Each article as one L2-normalised TF-IDF row of its title and sentences, very common
    terms left out."""
    rows = [
        [
            t
            for text in (a.title, *(s.text for s in a.sentences))
            for t in content_terms(text, language)
        ]
        for a in articles
    ]
    return _weighted(rows, len(articles))


def _candidates(matrix: sparse.csr_matrix, k: int) -> dict[tuple[int, int], float]:
    n = matrix.shape[0]
    found: dict[tuple[int, int], float] = {}
    transposed = matrix.T.tocsc()
    for start in range(0, n, _BLOCK):
        block = (matrix[start : start + _BLOCK] @ transposed).tocsr()
        for r in range(block.shape[0]):
            i = start + r
            cols = block.indices[block.indptr[r] : block.indptr[r + 1]]
            vals = block.data[block.indptr[r] : block.indptr[r + 1]]
            mask = cols != i
            cols, vals = cols[mask], vals[mask]
            if len(cols) > k:
                top = np.argpartition(-vals, k)[:k]
                cols, vals = cols[top], vals[top]
            for j, v in zip(cols.tolist(), vals.tolist(), strict=True):
                found[(min(i, j), max(i, j))] = min(1.0, float(v))
    return found


def group_articles(
    articles: Sequence[Article],
    language: str = "english",
    link: float = STORY_LINK,
    seed: float = STORY_SEED,
    join: float = STORY_JOIN,
) -> list[list[int]]:
    """Positions of the articles of each story, biggest stories first (singletons too)."""
    n = len(articles)
    if n == 0:
        return []
    matrix = article_vectors(articles, language)
    edges = _candidates(matrix, _NEIGHBOURS)
    # Average link over candidate links: story totals of similarity between members.
    parent = list(range(n))
    size = [1] * n
    between: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # totals of similarity
    strongest: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # the strongest link
    for (i, j), v in edges.items():
        between[i][j] = between[i].get(j, 0.0) + v
        between[j][i] = between[j].get(i, 0.0) + v
        strongest[i][j] = strongest[j][i] = max(v, strongest[i].get(j, 0.0))
    heap = [(-v, i, j) for (i, j), v in edges.items() if v >= link]
    heapq.heapify(heap)
    alive = set(range(n))
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        current = between[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # stale: the stories changed since this entry was pushed
        if size[a] == 1 and size[b] == 1 and current < seed:
            continue  # two single articles, not alike enough to start a story
        if min(size[a], size[b]) == 1 and strongest[a].get(b, 0.0) < join:
            continue  # an article joins a story through one strong link at least
        # merge b into a
        keep, gone = (a, b) if size[a] >= size[b] else (b, a)
        parent[gone] = keep
        alive.discard(gone)
        size[keep] += size[gone]
        for other, total in between.pop(gone).items():
            if other == keep:
                continue
            between[other].pop(gone, None)
            between[keep][other] = between[keep].get(other, 0.0) + total
            between[other][keep] = between[keep][other]
        for other, value in strongest.pop(gone).items():
            strongest[other].pop(gone, None)
            if other != keep:
                strongest[keep][other] = max(strongest[keep].get(other, 0.0), value)
                strongest[other][keep] = strongest[keep][other]
        between[keep].pop(gone, None)
        strongest[keep].pop(gone, None)
        for other, total in between[keep].items():
            average = total / (size[keep] * size[other])
            if average >= link:
                heapq.heappush(heap, (-average, min(keep, other), max(keep, other)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    stories: dict[int, list[int]] = {}
    for i in range(n):
        stories.setdefault(root(i), []).append(i)
    return sorted(stories.values(), key=lambda s: (-len(s), s[0]))
