"""One summary of a set of articles: relevance within each article and across the set, with
redundancy control (maximal marginal relevance over sparse TF-IDF). No I/O, no formatting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .errors import SummariseError
from .models import Article, Budget, Summary, SummaryOptions
from .summarizers import ALGORITHMS, summarise
from .tfidf import tfidf_matrix

__all__ = ["MergeOptions", "MergedSentence", "MergedSummary", "merge", "merge_scores"]


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """How a set is merged: the per-article algorithm and budget, and how the set weighs in."""

    summary: SummaryOptions = SummaryOptions()
    # Tuned on MultiLing 2011 English (benchmarks/quality.sh): R1/R2 recall moved by less than
    # half a point across set_weight 0.3-0.5 and redundancy 0.3-0.6.
    set_weight: float = 0.5  # share of relevance from similarity to the other articles
    redundancy: float = 0.6  # MMR: weight of the closest already chosen sentence
    duplicate: float = 0.5  # never take a sentence this similar to one already chosen

    def __post_init__(self) -> None:
        for name in ("set_weight", "redundancy", "duplicate"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name} must be in [0, 1]")


@dataclass(frozen=True, slots=True)
class MergedSentence:
    article: str  # Article.id
    index: int  # the sentence's index within its article
    text: str
    score: float  # relevance when chosen


@dataclass(frozen=True, slots=True)
class MergedSummary:
    """One summary of the whole set, in input order, beside each article's own summary."""

    algorithm: str
    sentences: tuple[MergedSentence, ...]
    summaries: tuple[Summary, ...]

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def merge_scores(articles: Sequence[Article], options: MergeOptions = MergeOptions()) -> np.ndarray:
    """Relevance of every sentence of the set, in [0, 1], articles in order."""
    language = options.summary.language
    algorithm = ALGORITHMS.get(options.summary.algorithm)
    if algorithm is None:
        raise SummariseError(
            f"unknown algorithm {options.summary.algorithm!r}; choose one of {', '.join(sorted(ALGORITHMS))}"
        )
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
    budget: Budget = options.summary.budget
    n = len(relevance)
    if budget.words is not None:
        limit_words, limit_count = budget.words, n
    elif budget.ratio is not None:
        limit_words, limit_count = None, max(1, round(budget.ratio * n))
    else:
        limit_words, limit_count = None, budget.sentences or 3
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
