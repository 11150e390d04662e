"""The one home of default values: the summary length, the size limit, the algorithm."""

from __future__ import annotations

__all__ = [
    "ALGORITHM",
    "BATCH_FORMAT",
    "LANGUAGE",
    "MAX_BYTES",
    "MAX_TOPICS",
    "SENTENCES",
    "UNIQUE_PER_ARTICLE",
]

ALGORITHM = "news"  # the summariser used when none is named (summarizers.ALGORITHMS holds it)
SENTENCES = 3  # sentences per summary when no budget is given
LANGUAGE = "english"
MAX_BYTES = 32 * 1024 * 1024  # per input file and per JSONL row (--max-bytes)
MAX_TOPICS = 6  # topics compare discovers when none is asked for (--max-topics)
UNIQUE_PER_ARTICLE = 5  # unique points shown per article
BATCH_FORMAT = "json"  # the file batch writes for each article (--format)
