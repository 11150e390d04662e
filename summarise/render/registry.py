"""Every renderer by the kind of result it renders and its format name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .brief import brief_html, brief_markdown
from .compare import compare_json, compare_markdown, compare_table
from .evaluation import evaluation_markdown, evaluation_table
from .json import evaluation_json, merged_json, report_json, summary_json
from .merged import merged_markdown, merged_table, merged_text
from .records import (
    compare_csv,
    compare_jsonl,
    merged_csv,
    merged_jsonl,
    summary_csv,
    summary_jsonl,
)
from .summary import summary_markdown, summary_table, summary_text

__all__ = [
    "COMPARE_RENDERERS",
    "EVALUATION_RENDERERS",
    "MERGED_RENDERERS",
    "RENDERERS",
    "REPORT_RENDERERS",
    "SUMMARY_RENDERERS",
]

# (summaries, failures, options) -> str
SUMMARY_RENDERERS: dict[str, Callable[..., str]] = {
    "text": summary_text,
    "table": summary_table,
    "markdown": summary_markdown,
    "json": summary_json,
    "jsonl": summary_jsonl,
    "csv": summary_csv,
}
# (merged, failures, options) -> str
MERGED_RENDERERS: dict[str, Callable[..., str]] = {
    "text": merged_text,
    "table": merged_table,
    "markdown": merged_markdown,
    "json": merged_json,
    "jsonl": merged_jsonl,
    "csv": merged_csv,
}
# (comparison, options) -> str
COMPARE_RENDERERS: dict[str, Callable[..., str]] = {
    "table": compare_table,
    "markdown": compare_markdown,
    "json": compare_json,
    "jsonl": compare_jsonl,
    "csv": compare_csv,
}
# (evaluation, options) -> str
EVALUATION_RENDERERS: dict[str, Callable[..., str]] = {
    "table": evaluation_table,
    "markdown": evaluation_markdown,
    "json": evaluation_json,
}
# (report, options) -> str
REPORT_RENDERERS: dict[str, Callable[..., str]] = {
    "markdown": brief_markdown,
    "html": brief_html,
    "json": report_json,
}

RENDERERS: dict[str, dict[str, Callable[..., Any]]] = {
    "summaries": SUMMARY_RENDERERS,
    "merged": MERGED_RENDERERS,
    "comparison": COMPARE_RENDERERS,
    "evaluation": EVALUATION_RENDERERS,
    "report": REPORT_RENDERERS,
}
