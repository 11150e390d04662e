"""Evaluation against reference summaries: the set's rows, what to score, and the scores."""

from __future__ import annotations

from dataclasses import dataclass

from .. import defaults
from .article import Article, Failure
from .summary import Budget

__all__ = [
    "METRICS",
    "AlgorithmScore",
    "Dataset",
    "Evaluation",
    "EvaluationOptions",
    "Row",
    "Score",
]

METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True, slots=True)
class Row:
    """One evaluation item: an article or a set of them, and its reference summaries."""

    id: str
    articles: tuple[Article, ...]
    references: tuple[str, ...]

    @property
    def multi_document(self) -> bool:
        return len(self.articles) > 1


@dataclass(frozen=True, slots=True)
class Dataset:
    path: str
    rows: tuple[Row, ...]
    failures: tuple[Failure, ...] = ()
    duplicates: int = 0  # rows dropped because they repeat an earlier row


@dataclass(frozen=True, slots=True)
class EvaluationOptions:
    """What to score: algorithms, a budget (None: as many sentences as the reference), references."""

    algorithms: tuple[str, ...] = ("lead",)
    budget: Budget | None = Budget(sentences=defaults.SENTENCES)
    references: tuple[int, ...] | None = None  # indices into each row's summaries; None: all
    language: str = defaults.LANGUAGE

    @property
    def budget_label(self) -> str:
        return self.budget.label if self.budget is not None else "reference length (sentences)"

    @property
    def references_label(self) -> str:
        if self.references is None:
            return "all"
        return ", ".join(f"#{i}" for i in self.references)


@dataclass(frozen=True, slots=True)
class Score:
    """One ROUGE measure, averaged: recall, precision and F1 in [0, 1]."""

    metric: str
    recall: float
    precision: float
    f1: float


@dataclass(frozen=True, slots=True)
class AlgorithmScore:
    algorithm: str
    rows: int
    words: float  # mean summary length in words
    scores: tuple[Score, ...]  # in METRICS order

    def score(self, metric: str) -> Score:
        return next(s for s in self.scores if s.metric == metric)


@dataclass(frozen=True, slots=True)
class Evaluation:
    dataset: str
    rows: int
    multi_document: bool
    options: EvaluationOptions
    results: tuple[AlgorithmScore, ...]
    failures: tuple[Failure, ...] = ()
    duplicates: int = 0
