"""The one home of default values: the summary length, the size limit, the algorithm."""

from __future__ import annotations

__all__ = [
    "ALGORITHM",
    "BATCH_FORMAT",
    "COMPARE_MAX_SENTENCES",
    "HTML_SECONDS",
    "LANGUAGE",
    "LONGEST_TOKEN",
    "MAX_BYTES",
    "MAX_TOPICS",
    "PILE",
    "QUADRATIC_MAX_SENTENCES",
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
# Bounds that keep every command's time and memory within a stated bound per input byte
# (README, "Errors and exit codes"):
HTML_SECONDS = 5.0  # trafilatura's time on one page before the plain-text fallback is used
LONGEST_TOKEN = 1000  # characters without a space: longer is a data blob, dropped in cleaning
QUADRATIC_MAX_SENTENCES = (
    1000  # sentences -a reduction and -a sumbasic take (their time is quadratic)
)
COMPARE_MAX_SENTENCES = 2000  # sentences per article compare and report take
# Articles from which `compare` says that `stories` exists: one story is rarely told by more
# (MultiLing's clusters hold 10); a feed or a folder of many stories is.
PILE = 40
