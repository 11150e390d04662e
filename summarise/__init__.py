"""summarise: offline extractive summaries and cross-article comparison of news articles.

>>> from summarise import load_articles, summarise_all, render_summaries, SummaryOptions
>>> articles, failures = load_articles(["articles/"])
>>> print(render_summaries(summarise_all(articles, SummaryOptions(algorithm="lead")), fmt="markdown"))

The names below load their modules when first used (PEP 562): the command line, which
imports this package first, then loads only what its command needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cleaning import parse_text
    from .compare import compare
    from .errors import InputError, MissingPathError, OutputError, SummariseError
    from .inputs import load_article, load_articles
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

_HOMES = {  # module -> the public names it holds
    "cleaning": ("parse_text",),
    "inputs": ("load_article", "load_articles"),
    "compare": ("compare",),
    "errors": ("InputError", "MissingPathError", "OutputError", "SummariseError"),
    "models": (
        "Article",
        "Budget",
        "CompareOptions",
        "Comparison",
        "Failure",
        "LoadOptions",
        "Sentence",
        "Summary",
        "SummaryOptions",
        "SummarySentence",
    ),
    "render": ("RenderOptions", "render_comparison", "render_summaries"),
    "summarizers": ("ALGORITHMS", "DEFAULT_ALGORITHM", "summarise", "summarise_all"),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [  # a literal list, for linters and readers; tests hold it equal to _HOMES
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


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly next time
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
