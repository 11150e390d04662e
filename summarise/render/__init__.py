"""Renderers: pure functions from models to str, by format name. The only place tabulate is used."""

from __future__ import annotations

from ._text import RenderOptions, md, one_line, safe, to_json
from .compare import compare_json, compare_markdown, compare_payload, compare_table
from .summary import summary_json, summary_markdown, summary_payload, summary_table, summary_text

__all__ = [
    "COMPARE_RENDERERS",
    "SUMMARY_RENDERERS",
    "RenderOptions",
    "compare_payload",
    "md",
    "one_line",
    "render_comparison",
    "render_summaries",
    "safe",
    "summary_payload",
    "to_json",
]

SUMMARY_RENDERERS = {
    "text": summary_text,
    "table": summary_table,
    "markdown": summary_markdown,
    "json": summary_json,
}


def render_summaries(
    summaries, failures=(), fmt: str = "text", options: RenderOptions = RenderOptions()
) -> str:  # type: ignore[no-untyped-def]
    """Render summaries in one of SUMMARY_RENDERERS' formats."""
    return SUMMARY_RENDERERS[fmt](summaries, failures, options)


COMPARE_RENDERERS = {
    "table": compare_table,
    "markdown": compare_markdown,
    "json": compare_json,
}


def render_comparison(
    comparison, fmt: str = "table", options: RenderOptions = RenderOptions()
) -> str:  # type: ignore[no-untyped-def]
    """Render a Comparison in one of COMPARE_RENDERERS' formats."""
    return COMPARE_RENDERERS[fmt](comparison, options)
