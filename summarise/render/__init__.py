"""Renderers: pure functions from models to str, by format name. The only place tabulate is used."""

from __future__ import annotations

from ._text import RenderOptions, md, safe
from .summary import summary_json, summary_markdown, summary_payload, summary_table, summary_text

__all__ = ["SUMMARY_RENDERERS", "RenderOptions", "md", "render_summaries", "safe", "summary_payload"]

SUMMARY_RENDERERS = {
    "text": summary_text,
    "table": summary_table,
    "markdown": summary_markdown,
    "json": summary_json,
}


def render_summaries(summaries, failures=(), fmt: str = "text", options: RenderOptions = RenderOptions()) -> str:  # type: ignore[no-untyped-def]
    """Render summaries in one of SUMMARY_RENDERERS' formats."""
    return SUMMARY_RENDERERS[fmt](summaries, failures, options)
