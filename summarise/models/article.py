"""Articles as cleaning leaves them: sentences, what was removed and why, and how to load them."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field

from .. import defaults
from ..errors import OptionError
from ..languages import normalize_language

__all__ = ["Article", "Failure", "LoadOptions", "Removed", "RemovedKind", "Sentence", "SourceInfo"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A candidate sentence: its position among the article's candidates and its text."""

    index: int
    text: str
    paragraph: int
    start: int  # offsets into Article.text
    end: int


class RemovedKind(enum.StrEnum):
    """Why cleaning kept a piece of the source out of the candidate sentences."""

    DUPLICATE = "duplicate"
    FURNITURE = "furniture"
    CREDIT = "credit"
    HEADING = "heading"
    BREADCRUMB = "breadcrumb"
    TITLE = "title"
    DATELINE = "dateline"
    FRAGMENT = "fragment"


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the source that cleaning kept out of the candidate sentences, and why."""

    kind: RemovedKind
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article: its body text, candidate sentences and metadata."""

    id: str
    path: str
    title: str
    text: str  # the cleaned body: paragraphs joined by blank lines
    sentences: tuple[Sentence, ...]
    raw: str = field(repr=False, default="")  # the decoded source, unchanged
    date: str | None = None  # ISO 8601 where the text states one
    headings: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = field(repr=False, default=())
    language: str = defaults.LANGUAGE
    # Where it comes from, where the input says (HTML metadata, JSONL fields, --sources):
    outlet: str | None = None  # the publication or site: "Reuters", "dw.com"
    author: str | None = None
    url: str | None = None
    label: str | None = None  # a short name for it that the user gave (--label)
    # Whether it has a headline of its own (its text's or the input's); without one, its
    # title is its first sentence, cut (cleaning.blocks.fallback_title).
    titled: bool = True

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    @property
    def day(self) -> int | None:
        """Its date (ISO 8601, as cleaning gives it) as a day number; None when it gives
        none, or one without a day ("2009-06")."""
        try:
            return datetime.date.fromisoformat((self.date or "")[:10]).toordinal()
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What an input or the user says about an article's source; None where nothing is."""

    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # as given; cleaning normalises it to ISO 8601 where it can
    url: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be used, with the reason."""

    path: str
    reason: str
    id: str | None = None  # the id it would have had, where it was known (a file's stem)


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How inputs are read. Raises UnknownLanguageError or OptionError for a bad value."""

    language: str = defaults.LANGUAGE
    max_bytes: int = defaults.MAX_BYTES

    def __post_init__(self) -> None:
        normalize_language(self.language)
        if not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise OptionError("max_bytes", "max_bytes must be at least 1")
