"""Frozen, typed results and options of every stage: articles, summaries, merged summaries,
comparisons, batch runs, evaluations and rendering. Imports nothing but errors, defaults
and the language list; every other part of the package imports these."""

from __future__ import annotations

from .article import (
    Article,
    Failure,
    LoadOptions,
    Removed,
    RemovedKind,
    Sentence,
    SourceInfo,
)
from .batch import BATCH_FORMATS, BatchOptions, BatchResult, Outcome, Status
from .comparison import (
    Alignment,
    CompareOptions,
    Comparison,
    Conflict,
    DiffKind,
    DiffOp,
    Distinctive,
    Duplicate,
    Quote,
    QuoteGroup,
    Report,
    SentenceRef,
    Topic,
    Unmatched,
)
from .evaluation import (
    METRICS,
    AlgorithmScore,
    Dataset,
    Evaluation,
    EvaluationOptions,
    Row,
    Score,
)
from .render import TABLE_WIDTH, RenderOptions
from .stories import Stories, Story
from .summary import (
    Budget,
    MergedSentence,
    MergedSummary,
    MergeOptions,
    Summary,
    SummaryOptions,
    SummarySentence,
)

__all__ = [
    "BATCH_FORMATS",
    "METRICS",
    "TABLE_WIDTH",
    "AlgorithmScore",
    "Alignment",
    "Article",
    "BatchOptions",
    "BatchResult",
    "Budget",
    "CompareOptions",
    "Comparison",
    "Conflict",
    "Dataset",
    "DiffKind",
    "DiffOp",
    "Distinctive",
    "Duplicate",
    "Evaluation",
    "EvaluationOptions",
    "Failure",
    "LoadOptions",
    "MergeOptions",
    "MergedSentence",
    "MergedSummary",
    "Outcome",
    "Quote",
    "QuoteGroup",
    "Removed",
    "RemovedKind",
    "RenderOptions",
    "Report",
    "Row",
    "Score",
    "Sentence",
    "SentenceRef",
    "SourceInfo",
    "Status",
    "Stories",
    "Story",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
    "Topic",
    "Unmatched",
]
