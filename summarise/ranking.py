"""Vectorised LexRank, TextRank, LSA and KL: sumy's choices, at numpy and scipy speed.

Each function scores every candidate sentence exactly as sumy's summarizer of the same
name rates it (same words, stems, stop words, thresholds, damping and stopping rules), but
with sparse matrices instead of Python loops over sentence pairs. tests/test_ranking.py
checks that both pick the same sentences on real articles.

Two changes of scale, not of choice:
- LSA: sumy keeps every singular value (reduction ratio 1), so its score, the square root
  of sum(sigma_i^2 * v_ij^2), equals the length of sentence j's column in its smoothed
  term matrix. No SVD is needed, and the dense words x sentences matrix is never built.
- LexRank and TextRank on long texts (more than DENSE_LIMIT sentences): the sentence graph
  is built in row blocks and keeps each sentence's TOP_NEIGHBOURS strongest edges, and terms
  that more than MAX_SHARED sentences use stay out of it, so that time and memory grow
  linearly with the text instead of with its square.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from .models import Article
from .nlp import TermTable, stemmer, stop_words, words
from .tfidf import dense_counts, raw_count_matrix, term_counts

if TYPE_CHECKING:
    from scipy import sparse  # imported where used: only long texts need it (0.2 s to load)

__all__ = [
    "DENSE_LIMIT",
    "TOP_NEIGHBOURS",
    "kl_scores",
    "lexrank_scores",
    "lsa_scores",
    "textrank_scores",
]

DENSE_LIMIT = 2000  # sentences; beyond this the sentence graph keeps top neighbours only
TOP_NEIGHBOURS = 50
MAX_SHARED = 200  # beyond DENSE_LIMIT, terms in more sentences than this stay out of the graph
_BLOCK = 1024


def _stems(article: Article, language: str) -> list[list[str]]:
    """Each sentence's words as sumy's graph summarizers see them: lower-cased, without
    stop words, stemmed."""
    table = _graph_terms(language)
    return [table.terms(s.text) for s in article.sentences]


@cache
def _graph_terms(language: str) -> TermTable:
    stops = stop_words(language)
    stem = stemmer(language)

    def rule(word: str) -> str:
        lower = word.lower()
        return "" if lower in stops else stem(lower)

    return TermTable(rule)


def _products(
    left: sparse.csr_matrix, right: sparse.csr_matrix, keep: float, limit: int | None
) -> sparse.csr_matrix:
    """left @ right.T with entries above ``keep``; in row blocks, and for long inputs only
    each row's ``limit`` largest, so that no dense n x n matrix is ever made."""
    n = left.shape[0]
    if limit is None or n <= DENSE_LIMIT:
        product = (left @ right.T).tocsr()
        product.data[product.data <= keep] = 0.0
        product.eliminate_zeros()
        return product
    from scipy import sparse

    # A term that many sentences share makes every block of the product dense (the work grows
    # with the square of its sentences) while, common as it is, it says little about which
    # sentences are alike. Long texts leave such terms out of the graph: the work is then at
    # most (word occurrences) x MAX_SHARED, linear in the text.
    shared_by = np.bincount(right.indices, minlength=right.shape[1])
    rare = sparse.diags((shared_by <= MAX_SHARED).astype(np.float64))
    left, right = (left @ rare).tocsr(), (right @ rare).tocsr()
    blocks = []
    transposed = right.T.tocsc()
    for start in range(0, n, _BLOCK):
        block = (left[start : start + _BLOCK] @ transposed).tocsr()
        block.data[block.data <= keep] = 0.0
        block.eliminate_zeros()
        blocks.append(_top_per_row(block, limit))
    return sparse.vstack(blocks).tocsr()


def _top_per_row(matrix: sparse.csr_matrix, limit: int) -> sparse.csr_matrix:
    from scipy import sparse

    indptr, indices, data = [0], [], []
    for r in range(matrix.shape[0]):
        lo, hi = matrix.indptr[r], matrix.indptr[r + 1]
        cols, vals = matrix.indices[lo:hi], matrix.data[lo:hi]
        if len(vals) > limit:
            top = np.argpartition(-vals, limit)[:limit]
            cols, vals = cols[top], vals[top]
        indices.extend(cols.tolist())
        data.extend(vals.tolist())
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=matrix.shape)


# --------------------------------------------------------------------------- LexRank


def lexrank_scores(
    article: Article, language: str, threshold: float = 0.1, epsilon: float = 0.1
) -> list[float]:
    """sumy's LexRankSummarizer: idf-modified cosine, edges above 0.1, power method."""
    rows = _stems(article, language)
    n = len(rows)
    if n == 0:
        return []
    if n <= DENSE_LIMIT:
        counts = dense_counts(rows)
        row_max = counts.max(axis=1)
        row_max[row_max == 0] = 1.0
        idf = np.log(n / (1.0 + np.count_nonzero(counts, axis=0)))  # sumy's: can be <= 0
        weighted = counts / row_max[:, None] * idf
        norms = np.linalg.norm(weighted, axis=1)
        unit = weighted / np.where(norms > 0, norms, 1.0)[:, None]
        adjacency = (unit @ unit.T > threshold).astype(np.float64)
        degrees = adjacency.sum(axis=1)
        degrees[degrees == 0] = 1.0
        transition = (adjacency / degrees[:, None]).T
    else:
        from scipy import sparse

        sparse_counts = raw_count_matrix(rows)
        row_max = sparse_counts.max(axis=1).toarray().ravel()
        row_max[row_max == 0] = 1.0
        idf = np.log(
            n / (1.0 + np.bincount(sparse_counts.indices, minlength=sparse_counts.shape[1]))
        )
        weighted = (sparse.diags(1.0 / row_max) @ sparse_counts @ sparse.diags(idf)).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        unit = (
            sparse.diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)) @ weighted
        ).tocsr()
        edges = _products(unit, unit, threshold, TOP_NEIGHBOURS)
        edges.data[:] = 1.0
        degrees = np.asarray(edges.sum(axis=1)).ravel()
        degrees[degrees == 0] = 1.0
        transition = (sparse.diags(1.0 / degrees) @ edges).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = transition @ p
        norm = np.linalg.norm(following)
        following = following / norm if norm > 0 else following
        change = float(np.linalg.norm(following - p))
        p = following
    return p.tolist()


# --------------------------------------------------------------------------- TextRank


def textrank_scores(
    article: Article, language: str, damping: float = 0.85, epsilon: float = 1e-4
) -> list[float]:
    """sumy's TextRankSummarizer: shared words over the sum of log lengths, PageRank."""
    rows = _stems(article, language)
    n = len(rows)
    if n == 0:
        return []
    lengths = np.array([len(r) for r in rows], dtype=np.float64)
    logs = np.log(np.where(lengths > 0, lengths, 1.0))
    if n <= DENSE_LIMIT:
        counts = dense_counts(rows)
        overlap = counts @ counts.T  # sum of shared word counts, with repeats
        norm = logs[:, None] + logs[None, :]
        flat = np.isclose(norm, 0.0)
        weights = np.where(flat, overlap, overlap / np.where(flat, 1.0, norm))
        stochastic = (weights / (weights.sum(axis=1) + 1e-7)[:, None]).T
    else:
        from scipy import sparse

        product = _products(
            raw_count_matrix(rows), raw_count_matrix(rows), 0.0, TOP_NEIGHBOURS
        ).tocoo()
        norm = logs[product.row] + logs[product.col]
        flat = np.isclose(norm, 0.0)
        values = np.where(flat, product.data, product.data / np.where(flat, 1.0, norm))
        sparse_weights = sparse.csr_matrix((values, (product.row, product.col)), shape=(n, n))
        row_sums = np.asarray(sparse_weights.sum(axis=1)).ravel() + 1e-7
        stochastic = (sparse.diags(1.0 / row_sums) @ sparse_weights).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        # (1 - d) / n in every cell, plus d times the normalised weights, times p
        following = (1.0 - damping) / n * p.sum() + damping * (stochastic @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return p.tolist()


# --------------------------------------------------------------------------- LSA


def lsa_scores(article: Article, language: str, smooth: float = 0.4) -> list[float]:
    """sumy's LsaSummarizer, exactly, without the SVD (see the module's docstring)."""
    stops = stop_words(language)
    stem = stemmer(language)
    texts = [*article.headings, *(s.text for s in article.sentences)]
    # The dictionary: stems of all non-stop words of the document, headings included.
    dictionary: dict[str, int] = {}
    for text in texts:
        for word in words(text):
            if word.lower() not in stops:
                dictionary.setdefault(stem(word), len(dictionary))
    n = len(article.sentences)
    if not dictionary or n == 0:
        return [0.0] * n
    # Counts of every word's stem found in the dictionary (stop words included, as in sumy).
    rows = [
        [t for t in (stem(w) for w in words(s.text)) if t in dictionary] for s in article.sentences
    ]
    data, _, indptr = term_counts(rows, dict(dictionary))
    present = np.diff(indptr)
    owner = np.repeat(np.arange(n), present)
    row_max = np.zeros(n)
    np.maximum.at(row_max, owner, data)
    smoothed = smooth + (1.0 - smooth) * data / row_max[owner]
    # Every cell of a sentence's column becomes smooth + (1 - smooth) * count / max; cells
    # without the word hold just `smooth`. A column with no dictionary word stays zeros.
    totals = (len(dictionary) - present) * smooth**2 + np.bincount(owner, smoothed**2, n)
    return np.where(row_max > 0, np.sqrt(totals), 0.0).tolist()


# --------------------------------------------------------------------------- KL


def kl_scores(article: Article, language: str) -> list[float]:
    """sumy's KLSummarizer: greedily add the sentence that keeps the summary's word
    distribution closest (KL) to the document's; the score is minus the pick order."""
    stops = stop_words(language)
    raw = [words(s.text) for s in article.sentences]
    n = len(raw)
    if n == 0:
        return []
    # sumy's document frequencies drop stop words before lower-casing ("The" stays, as "the").
    doc = [w.lower() for ws in raw for w in ws if w not in stops]
    if not doc:
        return [-float(k) for k in range(n)]  # every KL is 0: sumy then picks in order
    vocabulary: dict[str, int] = {}
    doc_counts = Counter(doc)
    for word in doc_counts:
        vocabulary.setdefault(word, len(vocabulary))
    p = np.zeros(len(vocabulary))
    for word, count in doc_counts.items():
        p[vocabulary[word]] = count / len(doc)
    log_p = np.log(p)
    # Candidates: lower-cased words without stop words (the order sumy uses for sentences).
    content = [[w.lower() for w in ws if w.lower() not in stops] for ws in raw]
    counts, cols, indptr = term_counts(
        content, vocabulary
    )  # every content word is in the vocabulary
    lengths = np.array([len(c) for c in content], dtype=np.float64)
    rows_of_entries = np.repeat(np.arange(n), np.diff(indptr))
    p_entry, log_p_entry = p[cols], log_p[cols]
    log_counts = np.log(counts)
    summary = np.zeros(len(vocabulary))  # the summary's raw words that the document knows
    summary_length = 0.0
    open_ = np.ones(n, dtype=bool)
    scores = [0.0] * n
    for rank in range(n):
        in_summary = summary > 0
        base = float(np.sum(p[in_summary] * (log_p[in_summary] - np.log(summary[in_summary]))))
        base_mass = float(np.sum(p[in_summary]))
        old = summary[cols]
        seen = old > 0
        safe_old = np.where(seen, old, 1.0)
        # Per candidate: words already in the summary grow; new words join it.
        grown = np.bincount(
            rows_of_entries, seen * p_entry * (np.log(safe_old + counts) - np.log(safe_old)), n
        )
        fresh = np.bincount(rows_of_entries, ~seen * p_entry * (log_p_entry - log_counts), n)
        fresh_mass = np.bincount(rows_of_entries, ~seen * p_entry, n)
        total = lengths + summary_length
        with np.errstate(divide="ignore"):
            kl = (
                base
                - grown
                + fresh
                + np.log(np.where(total > 0, total, 1.0)) * (base_mass + fresh_mass)
            )
        kl[total == 0] = 0.0  # sumy: an empty joint distribution has divergence 0
        kl[~open_] = np.inf
        best = int(np.argmin(kl))  # ties go to the earlier sentence, as list.index(min) does
        open_[best] = False
        scores[best] = -float(rank)
        for word in raw[best]:  # sumy adds the chosen sentence's raw words to the summary
            summary_length += 1
            column = vocabulary.get(word)
            if column is not None:
                summary[column] += 1
    return scores
