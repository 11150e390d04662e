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
    from .topics import discover_topics, distinctive_terms, query_topic
    from .vectors import build_space

    articles = tuple(articles)
    space = build_space(articles, language)
    threshold = ALIGN_THRESHOLD if options.threshold is None else options.threshold
    alignments = align(articles, space, threshold)

    if options.topics:
        topics = [query_topic(articles, space, q, language) for q in options.topics]
    else:
        topics = discover_topics(articles, space, language, options.max_topics)
    topics = [
        Topic(t.label, t.query, t.terms, t.sentences, distinctive_terms(articles, t, language))
        for t in topics
    ]
    need = max(2, math.ceil(len(articles) / 2))
    shared = tuple(a for a in alignments if len(a.articles) >= need)
    return Comparison(
        articles=articles,
        topics=tuple(topics),
        alignments=alignments,
        unique=_unique(articles, space, alignments, options.unique_per_article),
        shared=shared,
        quotes=match_quotes(articles, language),
    )


def _unique(
    articles: Sequence[Article], space: SentenceSpace, alignments: Sequence[Alignment], limit: int
) -> tuple[tuple[str, tuple[SentenceRef, ...]], ...]:
    """Each article's points that no other article makes, most central first, then in order.

    A point is unique when its best match in every other article stays below
    UNIQUE_THRESHOLD (well below the alignment threshold). Among those, an article's
    most central sentences (summed similarity to its own sentences) are shown.
    """
    import numpy as np

    from .align import UNIQUE_THRESHOLD, best_match

    best = best_match(space)
    aligned = {(s.article, s.index) for a in alignments for s in a.sentences}
    out = []
    for n, article in enumerate(articles):
        start, stop = int(space.offsets[n]), int(space.offsets[n + 1])
        block = space.matrix[start:stop]
        centrality = np.asarray((block @ block.T).sum(axis=1)).ravel()
        rows = [
            r
            for r in range(start, stop)
            if best[r] < UNIQUE_THRESHOLD and (article.id, int(space.local[r])) not in aligned
        ]
        rows.sort(key=lambda r: (-centrality[r - start], r))
        chosen = sorted(rows[:limit])
        out.append(
            (
                article.id,
                tuple(
                    SentenceRef(
                        article.id,
                        article.sentences[int(space.local[r])].index,
                        article.sentences[int(space.local[r])].text,
                    )
                    for r in chosen
                ),
            )
        )
    return tuple(out)
