"""A Comparison rendered for a terminal (table.py) or as Markdown (markdown.py, with the
word diffs of diff.py); its JSON contract is in render/json.py with the others."""

from __future__ import annotations

from ..json import compare_json, compare_payload
from ..labels import confidence_words, short_labels
from .diff import diff_markdown
from .markdown import (
    compare_markdown,
    md_conflicts,
    md_copies,
    md_coverage,
    md_distinctive,
    md_possible,
    md_quotes,
    md_shared,
    md_topics,
    md_unique,
)
from .table import compare_table

__all__ = [
    "compare_json",
    "compare_markdown",
    "compare_payload",
    "compare_table",
    "confidence_words",
    "diff_markdown",
    "md_conflicts",
    "md_copies",
    "md_coverage",
    "md_distinctive",
    "md_possible",
    "md_quotes",
    "md_shared",
    "md_topics",
    "md_unique",
    "short_labels",
]
