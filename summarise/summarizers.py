"""Algorithms by name, length budgets, and summarise(): Article in, Summary out.

Every algorithm scores every candidate sentence; the budget then takes the best ones
(ties to the earlier sentence) and returns them in document order, as sumy does.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from . import defaults
from .errors import InputError, UnknownAlgorithmError
from .languages import normalize_language
from .models import Article, Budget, Failure, Summary, SummaryOptions, SummarySentence
from .nlp import Tokenizer, stemmer, stop_words, words

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "SUMY_REFERENCE",
    "Algorithm",
    "algorithm_limit",
    "get_algorithm",
    "select",
    "summarise",
    "summarise_all",
    "within_limit",
]

Scorer = Callable[[Article, str], Sequence[float]]


@dataclass(frozen=True, slots=True)
class Algorithm:
    name: str
    description: str
    score: Scorer  # (article, language) -> one score per candidate sentence
    max_sentences: int | None = None  # a cap for an algorithm whose time is quadratic


# --------------------------------------------------------------------------- sumy


def _sumy_document(article: Article, tokenizer: Tokenizer):  # type: ignore[no-untyped-def]
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    paragraphs = []
    if article.headings:
        paragraphs.append(
            Paragraph([SumySentence(h, tokenizer, is_heading=True) for h in article.headings])
        )
    by_paragraph: dict[int, list[SumySentence]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(
            SumySentence(sentence.text, tokenizer)
        )
    paragraphs.extend(Paragraph(group) for _, group in sorted(by_paragraph.items()))
    return ObjectDocumentModel(paragraphs)


def _sumy_scorer(build: Callable[[str], object]) -> Scorer:
    """Run a sumy summarizer and keep the rating it gives every sentence.

    sumy's summarizers rank all sentences, then ask ``sentences_count`` (which may be a
    callable) to cut the ranked list; a callable that records the list gives us every rating.
    """

    def score(article: Article, language: str) -> list[float]:
        tokenizer = Tokenizer(language)
        document = _sumy_document(article, tokenizer)
        summarizer = build(language)
        ratings: list[float] = [0.0] * len(article.sentences)

        def keep_all(infos):  # type: ignore[no-untyped-def]
            for info in infos:
                ratings[info.order] = float(info.rating)
            return infos

        summarizer(document, keep_all)  # type: ignore[operator]
        return ratings

    return score


def _build_sumy(class_path: str) -> Callable[[str], object]:
    module_name, class_name = class_path.rsplit(".", 1)

    def build(language: str) -> object:
        import importlib

        cls = getattr(importlib.import_module(module_name), class_name)
        summarizer = cls(stemmer(language))
        summarizer.stop_words = stop_words(language)
        return summarizer

    return build


# Words that mark a sentence as less central for Edmundson's cue method (English only).
_STIGMA = ("hardly", "impossible", "allegedly", "reportedly", "unclear", "perhaps", "maybe")
_NO_WORD = " "  # no token equals it: words never hold a space


def _edmundson_scorer() -> Scorer:
    def score(article: Article, language: str) -> Sequence[float]:
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        def build(lang: str) -> object:
            summarizer = EdmundsonSummarizer(stemmer(lang))
            summarizer.null_words = stop_words(lang)
            stops = stop_words(lang)
            bonus = [w for h in article.headings for w in words(h)] or list(words(article.title))
            bonus = [w for w in bonus if w.lower() not in stops]
            if not bonus:  # a title of stop words only: the article's most frequent words
                counts = Counter(w.lower() for s in article.sentences for w in words(s.text))
                bonus = [w for w, _ in counts.most_common() if w not in stops][:10]
            # sumy refuses empty bonus or stigma sets; a word no token can equal (words never
            # hold a space) turns that cue off instead of raising.
            summarizer.bonus_words = bonus or [_NO_WORD]
            summarizer.stigma_words = _STIGMA if lang == "english" else (_NO_WORD,)
            return summarizer

        return _sumy_scorer(build)(article, language)

    return score


# --------------------------------------------------------------------------- our own


def _lead(article: Article, language: str) -> list[float]:
    n = len(article.sentences)
    return [1.0 - i / n for i in range(n)]


def _news(article: Article, language: str) -> list[float]:
    from .news import news_scores  # numpy and scipy: loaded when first used

    return news_scores(article, language)


def _vectorised(name: str) -> Scorer:
    def score(article: Article, language: str) -> Sequence[float]:
        from . import ranking  # numpy and scipy: loaded when first used

        return getattr(ranking, name)(article, language)

    return score


# sumy's own summarizers for the algorithms ranking.py vectorises: the reference that the
# parity tests and benchmarks/speed.py hold the vectorised versions to.
SUMY_REFERENCE: dict[str, Scorer] = {
    "lexrank": _sumy_scorer(_build_sumy("sumy.summarizers.lex_rank.LexRankSummarizer")),
    "textrank": _sumy_scorer(_build_sumy("sumy.summarizers.text_rank.TextRankSummarizer")),
    "lsa": _sumy_scorer(_build_sumy("sumy.summarizers.lsa.LsaSummarizer")),
    "kl": _sumy_scorer(_build_sumy("sumy.summarizers.kl.KLSummarizer")),
}

ALGORITHMS: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm(
            "lead", "the first sentences: the baseline news summaries are measured against", _lead
        ),
        Algorithm(
            "news",
            "position-aware directed centrality over TF-IDF (after PacSum, Zheng and Lapata 2019); beats lead",
            _news,
        ),
        Algorithm(
            "lexrank",
            "graph centrality over TF-IDF cosine similarity (Erkan and Radev 2004; sumy's, vectorised)",
            _vectorised("lexrank_scores"),
        ),
        Algorithm(
            "textrank",
            "PageRank over word-overlap similarity (Mihalcea and Tarau 2004; sumy's, vectorised)",
            _vectorised("textrank_scores"),
        ),
        Algorithm(
            "lsa",
            "latent semantic analysis of the term-sentence matrix (Steinberger and Jezek 2004; sumy's, vectorised)",
            _vectorised("lsa_scores"),
        ),
        Algorithm(
            "luhn",
            "clusters of significant words within each sentence (Luhn 1958; sumy)",
            _sumy_scorer(_build_sumy("sumy.summarizers.luhn.LuhnSummarizer")),
        ),
        Algorithm(
            "edmundson",
            "cue, title and location features (Edmundson 1969; sumy), title words as bonus words",
            _edmundson_scorer(),
        ),
        Algorithm(
            "kl",
            "greedy sentence choice minimising KL divergence from the document (Haghighi and Vanderwende 2009; sumy's, vectorised)",
            _vectorised("kl_scores"),
        ),
        Algorithm(
            "sumbasic",
            "word-probability sentence choice with redundancy update (Nenkova and Vanderwende 2005; sumy)",
            _sumy_scorer(_build_sumy("sumy.summarizers.sum_basic.SumBasicSummarizer")),
            defaults.QUADRATIC_MAX_SENTENCES,
        ),
        Algorithm(
            "reduction",
            "graph reduction: sentences scored by their summed similarity to all others (sumy)",
            _sumy_scorer(_build_sumy("sumy.summarizers.reduction.ReductionSummarizer")),
            defaults.QUADRATIC_MAX_SENTENCES,
        ),
    )
}
DEFAULT_ALGORITHM = defaults.ALGORITHM


# --------------------------------------------------------------------------- selection


def select(scores: Sequence[float], word_counts: Sequence[int], budget: Budget) -> list[int]:
    """Indices of the sentences a budget keeps: best first, ties to the earlier, then in order."""
    n = len(scores)
    if n == 0:
        return []
    clean = [s if isinstance(s, int | float) and math.isfinite(s) else -math.inf for s in scores]
    ranked = sorted(range(n), key=lambda i: (-clean[i], i))
    if budget.words is not None:
        chosen, used = [], 0
        for i in ranked:
            if used + word_counts[i] <= budget.words:
                chosen.append(i)
                used += word_counts[i]
        if not chosen:  # at least one sentence, even when it alone is over the budget
            chosen = [ranked[0]]
        return sorted(chosen)
    return sorted(ranked[: budget.count(n)])


def summarise(article: Article, options: SummaryOptions = SummaryOptions()) -> Summary:
    """Summarise one article. Raises UnknownAlgorithmError or UnknownLanguageError, and
    InputError for an article longer than the algorithm takes (see within_limit)."""
    algorithm = get_algorithm(options.algorithm)
    if algorithm.max_sentences is not None and len(article.sentences) > algorithm.max_sentences:
        raise _too_long(article, algorithm.max_sentences, f"-a {algorithm.name}")
    language = normalize_language(options.language)
    scores = list(algorithm.score(article, language))
    counts = [len(s.text.split()) for s in article.sentences]
    chosen = select(scores, counts, options.budget)
    picked = tuple(
        SummarySentence(
            article.sentences[i].index,
            article.sentences[i].text,
            _finite(scores[i]),
        )
        for i in chosen
    )
    return Summary(article=article, algorithm=algorithm.name, sentences=picked)


def summarise_all(
    articles: Iterable[Article], options: SummaryOptions = SummaryOptions()
) -> tuple[Summary, ...]:
    return tuple(summarise(article, options) for article in articles)


def within_limit(
    articles: Iterable[Article], limit: int | None, what: str
) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
    """The articles of at most ``limit`` sentences, and a Failure for each longer one: the
    guard in front of work whose time grows with the square of the sentences (``what``
    names it: "-a reduction", "compare")."""
    kept: list[Article] = []
    failures: list[Failure] = []
    for article in articles:
        if limit is not None and len(article.sentences) > limit:
            error = _too_long(article, limit, what)
            failures.append(Failure(error.path, error.reason))
        else:
            kept.append(article)
    return tuple(kept), tuple(failures)


def algorithm_limit(name: str) -> int | None:
    """The most sentences an algorithm takes (None: no limit)."""
    return get_algorithm(name).max_sentences


def _too_long(article: Article, limit: int, what: str) -> InputError:
    return InputError(
        article.path or article.id,
        f"{len(article.sentences):,} sentences; {what} takes at most {limit:,} "
        "(its time grows with the square of the count)",
    )


def get_algorithm(name: str) -> Algorithm:
    """The algorithm of that name; UnknownAlgorithmError names the choices."""
    try:
        return ALGORITHMS[name]
    except KeyError:
        raise UnknownAlgorithmError(name, ALGORITHMS) from None


def _finite(value: float) -> float:
    return float(value) if math.isfinite(value) else 0.0
