"""Summaries: how long one may be, the options that make it, and what comes out, for one
article or merged over a set."""

from __future__ import annotations

from dataclasses import dataclass

from .. import defaults
from ..errors import BudgetError, OptionError
from ..languages import normalize_language
from .article import Article

__all__ = [
    "Budget",
    "MergeOptions",
    "MergedSentence",
    "MergedSummary",
    "Summary",
    "SummaryOptions",
    "SummarySentence",
]


@dataclass(frozen=True, slots=True)
class Budget:
    """How long a summary may be: exactly one of sentences, ratio or words (none given:
    defaults.SENTENCES sentences). Raises BudgetError for two at once or one out of range."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise BudgetError("budget", "give one of sentences, ratio or words")
        if self.sentences is not None and self.sentences < 1:
            raise BudgetError("sentences", "sentences must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise BudgetError("ratio", "ratio must be in (0, 1]")
        if self.words is not None and self.words < 1:
            raise BudgetError("words", "words must be at least 1")

    def count(self, available: int) -> int:
        """How many of ``available`` sentences a sentences or ratio budget keeps (a words
        budget keeps whole sentences within its words: see summarizers.select)."""
        if self.ratio is not None:
            return max(1, round(self.ratio * available))
        return self.sentences if self.sentences is not None else defaults.SENTENCES

    @property
    def label(self) -> str:
        if self.words is not None:
            return f"{self.words} words"
        if self.ratio is not None:
            return f"{self.ratio:g} of sentences"
        return f"{self.sentences or defaults.SENTENCES} sentences"


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """Which algorithm, how long, in which language. Raises UnknownLanguageError for a
    language the tool does not read (an unknown algorithm is refused by summarise())."""

    algorithm: str = defaults.ALGORITHM
    budget: Budget = Budget(sentences=defaults.SENTENCES)
    language: str = defaults.LANGUAGE

    def __post_init__(self) -> None:
        normalize_language(self.language)


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


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """How a set is merged: the per-article algorithm and budget, and how the set weighs in."""

    summary: SummaryOptions = SummaryOptions()
    # Tuned on MultiLing 2011 English (benchmarks/quality.sh): R1/R2 recall moved by less than
    # half a point across set_weight 0.3-0.5 and redundancy 0.3-0.6.
    set_weight: float = 0.5  # share of relevance from similarity to the other articles
    redundancy: float = 0.6  # MMR: weight of the closest already chosen sentence
    duplicate: float = 0.5  # never take a sentence this similar to one already chosen
    # A running story (sources dated on two days or more) is told to its latest report: that
    # report's most relevant sentence is taken first. Off for the ROUGE figures; a brief's "In
    # short" sets it (report.py).
    latest: bool = False
    # Read alone: a sentence that opens pointing back ("It is dedicated to climate
    # modelling", "She faces Marlene Weingartner in the first round": nlp.refers_back) is
    # taken only when nothing else is left, for a reader has not the sentence before it. A
    # brief's "In short" sets it (report.py): 82 of its 771 sentences over the story briefs
    # of BBC and MultiLing had pointed back to a sentence it does not show.
    standalone: bool = False

    def __post_init__(self) -> None:
        for name in ("set_weight", "redundancy", "duplicate"):
            if not 0 <= getattr(self, name) <= 1:
                raise OptionError(name, f"{name} must be in [0, 1]")


@dataclass(frozen=True, slots=True)
class MergedSentence:
    article: str  # Article.id
    index: int  # the sentence's index within its article
    text: str
    score: float  # relevance when chosen


@dataclass(frozen=True, slots=True)
class MergedSummary:
    """One summary of the whole set, in input order, beside each article's own summary."""

    algorithm: str
    sentences: tuple[MergedSentence, ...]
    summaries: tuple[Summary, ...]

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)
