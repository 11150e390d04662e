"""A Report as a brief: what the sources agree on, where they differ and what only one
says first, then coverage, topics, quotes and sources; as Markdown (markdown.py) or one
self-contained HTML page (html.py), both from one plan (plan.py)."""

from __future__ import annotations

from .html import brief_html
from .markdown import brief_markdown

__all__ = ["brief_html", "brief_markdown"]
