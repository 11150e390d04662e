"""Frozen, typed data: articles, sentences, summaries and the options that make them."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Alignment",
    "Article",
    "Budget",
    "CompareOptions",
    "Comparison",
    "Conflict",
    "DiffOp",
    "Distinctive",
    "Duplicate",
    "Failure",
    "LoadOptions",
    "Quote",
    "QuoteGroup",
    "Removed",
    "Report",
    "Sentence",
    "SentenceRef",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
    "Topic",
    "Unmatched",
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
    algorithm: str = "news"  # summarizers.DEFAULT_ALGORITHM; a test keeps the two equal
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


# --------------------------------------------------------------------------- comparison


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
class Conflict:
    """Two sources giving the same measure different values inside one point."""

    measure: str  # what is counted: "dead", "injured", "usd", or the counted word
    first: SentenceRef
    first_says: str  # the figure as the first source writes it
    second: SentenceRef
    second_says: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An article that is a copy (or near copy) of another: counted once."""

    copy: str
    original: str
    overlap: float  # share of the copy's word 5-grams found in the original


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A sentence neither aligned nor unique: it has a near point elsewhere, not the same one."""

    sentence: SentenceRef
    best: SentenceRef | None  # its most likely match in another article
    score: float  # that match's probability of being the same point


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences from different articles that report the same point."""

    similarity: float  # mean pairwise similarity of the members, in [0, 1]
    sentences: tuple[SentenceRef, ...]
    closest: tuple[SentenceRef, SentenceRef]
    diff: tuple[DiffOp, ...]  # word diff of the closest pair
    confidence: float = 1.0  # the least likely member pair's probability of the same point
    conflicts: tuple[Conflict, ...] = ()  # where the members disagree

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
    threshold: float | None = None  # same-point probability floor; None: the calibrated default
    model: str | None = None  # a static embedding model folder; None: $SUMMARISE_MODEL or WordLlama
    unique_per_article: int = 5


@dataclass(frozen=True, slots=True)
class Comparison:
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    alignments: tuple[Alignment, ...]
    unique: tuple[tuple[str, tuple[SentenceRef, ...]], ...]  # (article id, its unique points)
    shared: tuple[Alignment, ...]  # alignments that most or all articles take part in
    quotes: tuple[QuoteGroup, ...]
    duplicates: tuple[Duplicate, ...] = ()  # copies, left out of alignment
    unmatched: tuple[Unmatched, ...] = ()  # sentences neither aligned nor unique

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for a in self.alignments for c in a.conflicts)

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
