"""The news-aware default: position-aware directed centrality over sparse TF-IDF similarity.

In the manner of PacSum (Zheng and Lapata, ACL 2019): a sentence matters when the
sentences after it take up its content (news puts the point first and elaborates after).
Each candidate's score blends that directed centrality with its position, its overlap with
the title and its length, with a handful of weights fitted on the BBC News Summary set
(see benchmarks/fit_news.py). numpy and scipy only; nothing is downloaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import defaults
from .models import Article
from .nlp import content_terms
from .ranking import DENSE_LIMIT
from .tfidf import dense_tfidf, tfidf_rows

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["WEIGHTS", "directed_centrality", "features", "news_scores"]


# The score is a weighted sum of these features (fitted by benchmarks/fit_news.py on the BBC
# and CNN/DM sets in ../shared/data): position dominates the opening sentences, where news puts
# its point; further down, where 1/(1 + i) flattens out, centrality and frequency decide.
WEIGHTS: dict[str, float] = {
    "position": 1.0,
    "centrality": 0.15,
    "frequency": 0.05,
}


def features(article: Article, language: str = defaults.LANGUAGE) -> dict[str, np.ndarray]:
    """One array per feature, one value per candidate sentence, each in [0, 1]."""
    n = len(article.sentences)
    terms = [content_terms(s.text, language) for s in article.sentences]
    if n > DENSE_LIMIT:  # a long text: no n x n matrix, each sentence's strongest edges only
        centrality = _sparse_directed_centrality(tfidf_rows(terms))
    else:
        unit = dense_tfidf(terms)
        sims = unit @ unit.T
        np.fill_diagonal(sims, 0.0)
        centrality = directed_centrality(sims)
    counts: dict[str, int] = {}
    for sentence_terms in terms:
        for term in sentence_terms:
            counts[term] = counts.get(term, 0) + 1
    # Mean document frequency of a sentence's content words (SumBasic's signal, unnormalised).
    frequency = np.array([sum(counts[t] for t in ts) / len(ts) if ts else 0.0 for ts in terms])
    top = frequency.max() if n else 0.0
    return {
        "position": 1.0 / (1.0 + np.arange(n, dtype=np.float64)),
        "centrality": centrality,
        "frequency": frequency / top if top > 0 else frequency,
    }


def directed_centrality(sims: np.ndarray, beta: float = 0.3, backward: float = 0.0) -> np.ndarray:
    """PacSum's directed centrality, scaled to [0, 1]: the summed similarity to later sentences
    plus ``backward`` times that to earlier ones, over edges above ``beta`` of the range.

    backward = 0 (only what follows counts) served best on CNN/DM and BBC; PacSum's own
    negative weights penalise a sentence for echoing the lead, which loses to plain position.
    """
    n = sims.shape[0]
    if n < 2:
        return np.ones(n)
    low, high = sims.min(), sims.max()
    edges = np.maximum(sims - (low + beta * (high - low)), 0.0)
    later = np.triu(edges, k=1).sum(axis=1)  # edges to sentences after i
    earlier = np.tril(edges, k=-1).sum(axis=1)
    score = later + backward * earlier
    spread = score.max() - score.min()
    return (score - score.min()) / spread if spread > 0 else np.zeros(n)


def _sparse_directed_centrality(matrix: sparse.csr_matrix, beta: float = 0.3) -> np.ndarray:
    """directed_centrality for long texts, from each sentence's TOP_NEIGHBOURS strongest
    similarities (computed in row blocks). The lowest similarity of a long text is 0 (it
    always has unrelated sentences), so the edge threshold is beta times the highest."""
    from .ranking import TOP_NEIGHBOURS, _products

    graph = _products(matrix, matrix, 0.0, TOP_NEIGHBOURS).tocoo()
    off_diagonal = graph.row != graph.col
    rows, cols, values = graph.row[off_diagonal], graph.col[off_diagonal], graph.data[off_diagonal]
    n = matrix.shape[0]
    if values.size == 0:
        return np.zeros(n)
    cut = beta * float(values.max())
    later = (cols > rows) & (values > cut)
    score = np.bincount(rows[later], values[later] - cut, minlength=n)
    spread = score.max() - score.min()
    return (score - score.min()) / spread if spread > 0 else np.zeros(n)


def news_scores(article: Article, language: str = defaults.LANGUAGE) -> list[float]:
    """The default algorithm's score for every candidate sentence."""
    values = features(article, language)
    total = sum(WEIGHTS[name] * values[name] for name in WEIGHTS)
    return [float(x) for x in np.asarray(total)]
