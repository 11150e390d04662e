"""summarise: offline extractive summaries and cross-article comparison of news articles.

>>> from summarise import load_articles, summarise_all, render_summaries, SummaryOptions
>>> articles, failures = load_articles(["articles/"])
>>> print(render_summaries(summarise_all(articles, SummaryOptions(algorithm="lead")), fmt="markdown"))
"""

from __future__ import annotations

from .articles import load_article, load_articles, parse_text
from .compare import compare
from .errors import InputError, MissingPathError, OutputError, SummariseError
from .models import (
    Article,
    Budget,
    CompareOptions,
    Comparison,
    Failure,
    LoadOptions,
    Sentence,
    Summary,
    SummaryOptions,
    SummarySentence,
)
from .render import RenderOptions, render_comparison, render_summaries
from .summarizers import ALGORITHMS, DEFAULT_ALGORITHM, summarise, summarise_all

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "Article",
    "Budget",
    "CompareOptions",
    "Comparison",
    "Failure",
    "InputError",
    "LoadOptions",
    "MissingPathError",
    "OutputError",
    "RenderOptions",
    "Sentence",
    "SummariseError",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
    "compare",
    "load_article",
    "load_articles",
    "parse_text",
    "render_comparison",
    "render_summaries",
    "summarise",
    "summarise_all",
]
