"""Comparisons of articles and briefs: shared and unique points, topics, quotes, wording."""

from __future__ import annotations

from dataclasses import dataclass

from .article import Article, Failure
from .summary import Summary

__all__ = [
    "Alignment",
    "CompareOptions",
    "Comparison",
    "DiffOp",
    "Distinctive",
    "Quote",
    "QuoteGroup",
    "Report",
    "SentenceRef",
    "Topic",
]


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of one article: the article's id, its candidate index, and its text."""

    article: str
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One piece of a word diff: "=" kept, "-" only in the first text, "+" only in the second."""

    op: str
    text: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences from different articles that report the same point."""

    similarity: float  # mean pairwise similarity of the members, in [0, 1]
    sentences: tuple[SentenceRef, ...]
    closest: tuple[SentenceRef, SentenceRef]
    diff: tuple[DiffOp, ...]  # word diff of the closest pair

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.sentences))


@dataclass(frozen=True, slots=True)
class Distinctive:
    """Words one article uses for a topic more than the others (weighted log-odds z-scores)."""

    article: str
    terms: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Topic:
    label: str
    query: str | None  # the user's text for a --topic query; None for a discovered topic
    terms: tuple[str, ...]
    sentences: tuple[SentenceRef, ...]
    distinctive: tuple[Distinctive, ...] = ()

    def by_article(self, article_id: str) -> tuple[SentenceRef, ...]:
        return tuple(s for s in self.sentences if s.article == article_id)


@dataclass(frozen=True, slots=True)
class Quote:
    article: str
    index: int  # the candidate sentence the quote starts in
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One quote, or the same quote as several articles give it, with the word diff."""

    quotes: tuple[Quote, ...]
    similarity: float | None = None
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True, slots=True)
class CompareOptions:
    topics: tuple[str, ...] = ()  # --topic queries; empty: discover topics
    language: str = "english"
    max_topics: int = 6
    threshold: float | None = None  # alignment similarity floor; None: the calibrated default
    unique_per_article: int = 5


@dataclass(frozen=True, slots=True)
class Comparison:
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    alignments: tuple[Alignment, ...]
    unique: tuple[tuple[str, tuple[SentenceRef, ...]], ...]  # (article id, its unique points)
    shared: tuple[Alignment, ...]  # alignments that most or all articles take part in
    quotes: tuple[QuoteGroup, ...]

    def coverage(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Topics x articles: how many sentences each article gives each topic."""
        return tuple(
            (t.label, tuple(len(t.by_article(a.id)) for a in self.articles)) for t in self.topics
        )


@dataclass(frozen=True, slots=True)
class Report:
    """A brief on a set of articles: each one's summary, and how they compare."""

    summaries: tuple[Summary, ...]
    comparison: Comparison
    failures: tuple[Failure, ...] = ()
