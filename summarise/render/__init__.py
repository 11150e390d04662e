"""Renderers: pure functions from models to str, by format name. The only place tabulate
is used; json.py holds every JSON contract.

render(result, fmt) is the one entry point: it dispatches on the result's model type.
FORMATS names each kind's formats without loading a renderer, so that the command line
can offer them as choices and still start fast (the renderers load when first used;
registry.RENDERERS holds the functions, and a test keeps the two equal).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..models import (
    Comparison,
    Evaluation,
    Failure,
    MergedSummary,
    RenderOptions,
    Report,
    Summary,
)
from ..safe_text import one_line, safe

if TYPE_CHECKING:
    from ._text import md
    from .json import to_json
    from .registry import COMPARE_RENDERERS, SUMMARY_RENDERERS

__all__ = [
    "COMPARE_RENDERERS",
    "FORMATS",
    "SUMMARY_RENDERERS",
    "RenderOptions",
    "kind_of",
    "md",
    "one_line",
    "render",
    "render_comparison",
    "render_summaries",
    "safe",
    "to_json",
]

FORMATS: dict[str, tuple[str, ...]] = {  # kind -> its formats, in the order --format offers
    "summaries": ("text", "table", "markdown", "json", "jsonl", "csv"),
    "merged": ("text", "table", "markdown", "json", "jsonl", "csv"),
    "comparison": ("table", "markdown", "json", "jsonl", "csv"),
    "evaluation": ("table", "markdown", "json"),
    "report": ("markdown", "html", "json"),
}


def kind_of(result: object) -> str:
    """The kind of result (a key of FORMATS): its model type, or a sequence of Summary."""
    for kind, model in (
        ("comparison", Comparison),
        ("merged", MergedSummary),
        ("evaluation", Evaluation),
        ("report", Report),
    ):
        if isinstance(result, model):
            return kind
    if isinstance(result, Sequence) and all(isinstance(s, Summary) for s in result):
        return "summaries"
    raise TypeError(f"nothing renders a {type(result).__name__}")


def render(
    result: object,
    fmt: str,
    options: RenderOptions = RenderOptions(),
    failures: Sequence[Failure] = (),
) -> str:
    """Any result as text in one of its FORMATS: summaries (a sequence of Summary), a
    MergedSummary, a Comparison, an Evaluation or a Report. ``failures`` are named where
    the format has a place for them (summaries and merged summaries; a Report and an
    Evaluation carry their own)."""
    from .registry import RENDERERS

    kind = kind_of(result)
    fn = RENDERERS[kind][fmt]
    if kind in ("summaries", "merged"):
        return fn(result, failures, options)
    return fn(result, options)


def render_summaries(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    fmt: str = "text",
    options: RenderOptions = RenderOptions(),
) -> str:
    """Render summaries in one of FORMATS["summaries"]."""
    return render(tuple(summaries), fmt, options, failures)


def render_comparison(
    comparison: Comparison, fmt: str = "table", options: RenderOptions = RenderOptions()
) -> str:
    """Render a Comparison in one of FORMATS["comparison"]."""
    return render(comparison, fmt, options)


_LAZY = {
    "COMPARE_RENDERERS": "registry",
    "SUMMARY_RENDERERS": "registry",
    "to_json": "json",
    "md": "_text",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
