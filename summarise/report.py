"""A brief on a set of articles: summaries and comparison together. No I/O, no formatting."""

from __future__ import annotations

from collections.abc import Sequence

from .compare import compare
from .models import Article, CompareOptions, Failure, Report, SummaryOptions
from .summarizers import summarise_all

__all__ = ["build_report"]


def build_report(
    articles: Sequence[Article],
    summary: SummaryOptions = SummaryOptions(),
    comparison: CompareOptions = CompareOptions(),
    failures: Sequence[Failure] = (),
) -> Report:
    """Summarise each article and compare them all. Raises SummariseError for fewer than two."""
    compared = compare(articles, comparison)
    return Report(summarise_all(articles, summary), compared, tuple(failures))
