"""Record formats, for pipelines and spreadsheets: JSON Lines (one record a line) and CSV
(one row a sentence) of summaries, merged summaries and comparisons. The records are those
of the JSON contracts in json.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from ..models import Comparison, Failure, MergedSummary, RenderOptions, Summary
from ..safe_text import safe
from .json import article_record, to_json
from .labels import confidence_words

__all__ = [
    "compare_csv",
    "compare_jsonl",
    "merged_csv",
    "merged_jsonl",
    "summary_csv",
    "summary_jsonl",
]


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(to_json(r, indent=None) + "\n" for r in records)


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue()


def _failure_lines(failures: Sequence[Failure]) -> list[dict[str, Any]]:
    """As in batch's summaries.jsonl: the id (the one it would have had, as batch gives it:
    a file's stem; else its path), the path and why it failed."""
    return [{"id": f.id or f.path, "path": f.path, "error": f.reason} for f in failures]


def summary_jsonl(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    """One line per article (its record in `summary --format json`), then one per failure."""
    return _jsonl([*(article_record(s) for s in summaries), *_failure_lines(failures)])


SUMMARY_CSV_HEADER = ("id", "title", "date", "rank", "index", "score", "text")


def summary_csv(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    """One row per summary sentence: its article, its rank in the summary (1-based), its
    index among the article's sentences (0-based), score and text. Failures are on stderr."""
    return _csv(
        SUMMARY_CSV_HEADER,
        (
            (
                s.article.id,
                s.article.title,
                s.article.date or "",
                rank,
                x.index,
                round(x.score, 6),
                x.text,
            )
            for s in summaries
            for rank, x in enumerate(s.sentences, 1)
        ),
    )


def merged_jsonl(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    """One line per sentence of the merged summary, then one per failure."""
    return _jsonl(
        [
            *(
                {"article": s.article, "index": s.index, "text": s.text, "score": round(s.score, 6)}
                for s in merged.sentences
            ),
            *_failure_lines(failures),
        ]
    )


def merged_csv(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    """One row per sentence of the merged summary, in its order."""
    return _csv(
        ("rank", "article", "index", "score", "text"),
        (
            (rank, s.article, s.index, round(s.score, 6), s.text)
            for rank, s in enumerate(merged.sentences, 1)
        ),
    )


def compare_jsonl(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    """One line per aligned point: the alignment record of `compare --format json`, with
    its number (1-based, in the JSON's order)."""
    from .json import compare_payload

    alignments = compare_payload(comparison)["alignments"]
    return _jsonl({"point": k, **a} for k, a in enumerate(alignments, 1))


COMPARE_CSV_HEADER = (
    "point",
    "articles",
    "confidence",
    "confidence_words",
    "article",
    "index",
    "text",
    "same_words",
    "weaker",
)


def compare_csv(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    """One row per aligned sentence: the point it belongs to (1-based), how many articles
    make that point and how sure the match is, then the sentence's article, index and text,
    then whether its article prints the point in the same words as another
    (Alignment.same_words: "yes" or empty) and whether its article is matched less surely
    than the rest (Alignment.weaker: "yes" or empty), as every other format names it apart;
    these two last, so that readers by position still read the columns before them."""
    return _csv(
        COMPARE_CSV_HEADER,
        (
            (
                k,
                len(a.articles),
                round(a.confidence, 4),
                confidence_words(a.confidence),
                ref.article,
                ref.index,
                ref.text,
                "yes" if ref.article in same else "",
                "yes" if ref.article in a.weaker else "",
            )
            for k, a in enumerate(comparison.alignments, 1)
            for same in (set().union(*a.same_words),)
            for ref in a.sentences
        ),
    )
