"""Cross-article comparison: who covers what, and how each article frames it.

compare(articles, CompareOptions(topics=...)) -> Comparison. No I/O and no formatting here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import SummariseError
from ..models import Alignment, Article, CompareOptions, Comparison, SentenceRef, Topic
from ..nlp import normalize_language

if TYPE_CHECKING:
    from .vectors import SentenceSpace

__all__ = ["compare"]


def compare(articles: Sequence[Article], options: CompareOptions = CompareOptions()) -> Comparison:
    """Compare two or more articles. Raises SummariseError for fewer than two."""
    if len(articles) < 2:
        raise SummariseError(f"compare needs at least two readable articles, got {len(articles)}")
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise SummariseError("article ids must be distinct")
    try:
        language = normalize_language(options.language)
    except ValueError as exc:
        raise SummariseError(str(exc)) from None
    # numpy and scipy load here, on first use, so that importing the package stays fast.
    from .align import ALIGN_THRESHOLD, align
    from .quotes import match_quotes
    from .topics import discover_topics, distinctive_terms, query_topic, word_background
    from .vectors import build_space

    articles = tuple(articles)
    space = build_space(articles, language)
    threshold = ALIGN_THRESHOLD if options.threshold is None else options.threshold
    alignments = align(articles, space, threshold)

    if options.topics:
        topics = [query_topic(articles, space, q, language) for q in options.topics]
    else:
        topics = discover_topics(articles, space, language, options.max_topics)
    background = word_background(articles, language)
    topics = [
        Topic(
            t.label,
            t.query,
            t.terms,
            t.sentences,
            distinctive_terms(articles, t, language, background=background),
        )
        for t in topics
    ]
    shared = _shared(alignments, max(2, math.ceil(len(articles) / 2)))
    return Comparison(
        articles=articles,
        topics=tuple(topics),
        alignments=alignments,
        unique=_unique(articles, space, alignments, options.unique_per_article, language),
        shared=shared,
        quotes=match_quotes(articles, language),
    )


def _shared(alignments: Sequence[Alignment], need: int) -> tuple[Alignment, ...]:
    """Alignments that at least ``need`` articles take part in, widest and closest first,
    each kept only if most of its sentences are not already in a kept one (a sentence that
    carries two points would otherwise show up in both)."""
    kept: list[Alignment] = []
    seen: set[tuple[str, int]] = set()
    for alignment in alignments:
        if len(alignment.articles) < need:
            continue
        members = {(s.article, s.index) for s in alignment.sentences}
        if len(members & seen) * 2 > len(members):
            continue
        kept.append(alignment)
        seen |= members
    return tuple(kept)


def _unique(
    articles: Sequence[Article],
    space: SentenceSpace,
    alignments: Sequence[Alignment],
    limit: int,
    language: str,
) -> tuple[tuple[str, tuple[SentenceRef, ...]], ...]:
    """Each article's points that no other article makes: its most salient, in its order.

    A point is unique when its best match in every other article stays below
    UNIQUE_THRESHOLD (well below the alignment threshold). Salience is the default
    summariser's score, so "unique points" are what a summary of the article would pick
    among the sentences only it has.
    """
    from ..summarizers import ALGORITHMS, DEFAULT_ALGORITHM
    from .align import UNIQUE_THRESHOLD, best_match

    best = best_match(space)
    aligned = {(s.article, s.index) for a in alignments for s in a.sentences}
    salience = ALGORITHMS[DEFAULT_ALGORITHM].score
    out = []
    for n, article in enumerate(articles):
        scores = salience(article, language)
        candidates = [
            s
            for s in article.sentences
            if best[space.row(n, s.index)] < UNIQUE_THRESHOLD
            and (article.id, s.index) not in aligned
        ]
        candidates.sort(key=lambda s: (-scores[s.index], s.index))
        chosen = sorted(candidates[:limit], key=lambda s: s.index)
        out.append((article.id, tuple(SentenceRef(article.id, s.index, s.text) for s in chosen)))
    return tuple(out)
