"""Frozen, typed data: articles, sentences, summaries and the options that make them."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Budget",
    "Failure",
    "LoadOptions",
    "Removed",
    "Sentence",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A candidate sentence: its position among the article's candidates and its text."""

    index: int
    text: str
    paragraph: int
    start: int  # offsets into Article.text
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the source that cleaning kept out of the candidate sentences, and why."""

    kind: str  # "duplicate", "furniture", "credit", "heading", "breadcrumb", "title", "dateline"
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
    language: str = "english"

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be used, with the reason."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class LoadOptions:
    language: str = "english"
    max_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Budget:
    """How long a summary may be: exactly one of sentences, ratio or words."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise ValueError("give one of sentences, ratio or words")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")

    @property
    def label(self) -> str:
        if self.words is not None:
            return f"{self.words} words"
        if self.ratio is not None:
            return f"{self.ratio:g} of sentences"
        return f"{self.sentences or 3} sentences"


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    algorithm: str = "lexrank"
    budget: Budget = Budget(sentences=3)
    language: str = "english"


@dataclass(frozen=True, slots=True)
class SummarySentence:
    index: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Summary:
    """The chosen sentences of one article, in document order."""

    article: Article
    algorithm: str
    sentences: tuple[SummarySentence, ...]
