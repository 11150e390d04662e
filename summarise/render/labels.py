"""How sources and confidences are named to a reader: short labels and confidence words."""

from __future__ import annotations

from collections.abc import Sequence

from ..safe_text import safe

__all__ = ["LIKELY", "STRONG", "confidence_words", "pad_width", "short_labels"]

# Same-point probability (summarise/compare/pairs.py) above which a group reads "strong" or "likely".
STRONG = 0.4
LIKELY = 0.3


def short_labels(ids: Sequence[str]) -> dict[str, str]:
    """The shortest prefix (at least 3 characters) that tells each id apart."""
    labels = {}
    for article_id in ids:
        for size in range(3, len(article_id) + 1):
            prefix = article_id[:size]
            if sum(1 for other in ids if other.startswith(prefix)) == 1:
                labels[article_id] = prefix
                break
        else:
            labels[article_id] = article_id
    # Ids come from file names and JSONL rows: shown, they must be terminal-safe.
    return {article_id: safe(label) for article_id, label in labels.items()}


def pad_width(labels: dict[str, str]) -> int:
    """The column a label is padded to before text: the longest label and two spaces, so
    that no label, however long, runs into the text beside it."""
    return max((len(v) for v in labels.values()), default=3) + 2


def confidence_words(confidence: float) -> str:
    """A group's confidence as a reader would say it."""
    if confidence >= STRONG:
        return "same point, strong match"
    if confidence >= LIKELY:
        return "likely the same point"
    return "possibly the same point"
