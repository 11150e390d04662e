"""One summary of a set of articles: relevance within each article and across the set, with
redundancy control (maximal marginal relevance over sparse TF-IDF). No I/O, no formatting.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .errors import SummariseError
from .models import Article, MergedSentence, MergedSummary, MergeOptions
from .summarizers import get_algorithm, summarise
from .tfidf import tfidf_matrix

__all__ = ["merge", "merge_scores"]


def merge_scores(articles: Sequence[Article], options: MergeOptions = MergeOptions()) -> np.ndarray:
    """Relevance of every sentence of the set, in [0, 1], articles in order."""
    language = options.summary.language
    algorithm = get_algorithm(options.summary.algorithm)
    within = np.concatenate(
        [_unit(np.asarray(algorithm.score(a, language), dtype=float)) for a in articles]
    )
    texts = [s.text for a in articles for s in a.sentences]
    owner = np.concatenate([np.full(len(a.sentences), k) for k, a in enumerate(articles)])
    matrix = tfidf_matrix(texts, language)
    sims = (matrix @ matrix.T).toarray()
    # Support from the rest of the set: the mean of the best match in each other article.
    support = np.zeros(len(texts))
    if len(articles) > 1:
        for k in range(len(articles)):
            best = sims[:, owner == k].max(axis=1)
            best[owner == k] = 0.0
            support += best
        support /= len(articles) - 1
    return (1 - options.set_weight) * within + options.set_weight * _unit(support)


def merge(articles: Sequence[Article], options: MergeOptions = MergeOptions()) -> MergedSummary:
    """Summarise a set of articles as one: best relevance first, no point said twice."""
    if not articles:
        raise SummariseError("nothing to merge: no articles")
    summaries = tuple(summarise(a, options.summary) for a in articles)
    relevance = merge_scores(articles, options)
    pool = [(a, s) for a in articles for s in a.sentences]
    matrix = tfidf_matrix([s.text for _, s in pool], options.summary.language)
    sims = (matrix @ matrix.T).toarray()
    chosen = _mmr(relevance, sims, [len(s.text.split()) for _, s in pool], options)
    picked = tuple(
        MergedSentence(pool[i][0].id, pool[i][1].index, pool[i][1].text, float(relevance[i]))
        for i in sorted(chosen)
    )
    return MergedSummary(options.summary.algorithm, picked, summaries)


def _mmr(
    relevance: np.ndarray, sims: np.ndarray, lengths: Sequence[int], options: MergeOptions
) -> list[int]:
    budget = options.summary.budget
    n = len(relevance)
    limit_words = budget.words
    limit_count = n if limit_words is not None else budget.count(n)
    chosen: list[int] = []
    used = 0
    closest = np.zeros(n)
    open_ = np.ones(n, dtype=bool)
    while open_.any() and len(chosen) < limit_count:
        gain = relevance - options.redundancy * closest
        gain[~open_] = -np.inf
        i = int(np.argmax(gain))  # ties go to the earlier sentence
        open_[i] = False
        if closest[i] >= options.duplicate:
            continue
        if limit_words is not None and used + lengths[i] > limit_words:
            continue
        chosen.append(i)
        used += lengths[i]
        closest = np.maximum(closest, sims[:, i])
    if not chosen:  # at least one sentence, even when it alone is over the budget
        chosen.append(int(np.argmax(relevance)))
    return chosen


def _unit(values: np.ndarray) -> np.ndarray:
    values = np.where(np.isfinite(values), values, np.nan)
    if values.size == 0 or np.all(np.isnan(values)):
        return np.zeros(values.shape)
    low, high = np.nanmin(values), np.nanmax(values)
    out = (values - low) / (high - low) if high > low else np.ones(values.shape)
    return np.nan_to_num(out, nan=0.0)
