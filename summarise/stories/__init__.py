"""Many stories at once: a pile of articles grouped into stories, each with its key points.

find_stories(articles) -> Stories. No I/O and no formatting here.

The index's key points are found by words, not by the comparator: the comparator's same-point
model (meaning vectors, facts, names for every sentence) cost about 25 ms for each article in a
story, and on a pile where most articles have a story that was most of the run and grew faster
than the pile. Here each sentence is a TF-IDF row over the pile's IDF (the terms read once
for the grouping), and a key point is a sentence that says what sentences of the most other
sources say (cosine at least ``SAME_POINT``): linear in the sentences, a few milliseconds a
story. Each story's brief (``--out-dir``) still runs the whole comparator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..compare.copies import find_copies
from ..compare.events import (
    STORY_LINK,
    article_terms,
    group_articles,
    group_vectors,
    sublinear,
    text_counts,
    weigh,
)
from ..models import Article, Failure, Stories, Story
from ..tfidf import idf, l2_normalise

__all__ = ["KEY_POINTS", "SAME_POINT", "STORY_LINK", "find_stories", "group_articles"]

KEY_POINTS = 3  # shared points kept per story for the index
SAME_POINT = 0.35  # TF-IDF cosine at which two sentences of a story make the same point
_CLAIM_WORDS = 3  # lower-case words of four letters or more a key point needs


def find_stories(
    articles: Sequence[Article],
    language: str = "english",
    failures: Sequence[Failure] = (),
    link: float = STORY_LINK,
) -> Stories:
    """Group articles into stories; each story of two or more articles gets the points most
    of its sources share (copies counted once), most widely shared first."""
    text_rows, article_rows = text_counts(article_terms(articles, language))
    counts = sublinear(article_rows)
    matrix = weigh(counts)
    sentences = l2_normalise(sublinear(text_rows) @ sparse.diags(idf(counts)))
    starts = np.concatenate([[0], np.cumsum([1 + len(a.sentences) for a in articles])])
    groups = group_vectors(matrix, link)
    width = max(4, len(str(len(groups))))
    stories = []
    for n, members in enumerate(groups, 1):
        chosen = [articles[i] for i in members]
        dates = sorted(a.date[:10] for a in chosen if a.date)
        copies = {d.copy for d in find_copies(chosen)} if len(chosen) > 1 else set()
        sources = [i for i in members if articles[i].id not in copies]
        stories.append(
            Story(
                id=f"story-{n:0{width}d}",
                title=_central_title(chosen, matrix[members]),
                articles=tuple(a.id for a in chosen),
                titles=tuple(a.title for a in chosen),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                key_points=_key_points(articles, sources, sentences, starts),
            )
        )
    return Stories(tuple(stories), len(articles), tuple(failures))


def _central_title(articles: Sequence[Article], rows: sparse.csr_matrix) -> str:
    """The title of the article closest to the others (the first one's for two)."""
    if len(articles) <= 2:
        return articles[0].title
    centrality = np.asarray(rows @ rows.sum(axis=0).T).ravel()
    return articles[int(centrality.argmax())].title


def _key_points(
    articles: Sequence[Article],
    sources: Sequence[int],
    sentences: sparse.csr_matrix,
    starts: np.ndarray,
) -> tuple[str, ...]:
    """Sentences of the ``sources`` (positions in ``articles``) that say what the most other
    sources say, one per point (``sentences``: every title's and sentence's TF-IDF row, an
    article's from ``starts``). A sentence's support is the number of other sources with a
    sentence at least SAME_POINT alike; most support first, then the most alike, then the
    earliest."""
    if len(sources) < 2:
        return ()
    texts = [(k, s.text) for k in sources for s in articles[k].sentences]
    rows = np.concatenate([np.arange(starts[k] + 1, starts[k + 1]) for k in sources])
    vectors = sentences[rows]
    alike = (vectors @ vectors.T).tocoo()
    owner = np.array([k for k, _ in texts], dtype=np.int64)
    other = (owner[alike.row] != owner[alike.col]) & (alike.data >= SAME_POINT)
    row, col, value = alike.row[other], alike.col[other], alike.data[other]
    if not len(row):
        return ()
    # Each sentence's best match in each other source: support and strength.
    pair = row.astype(np.int64) * len(articles) + owner[col]
    order = np.lexsort((-value, pair))
    first = np.ones(len(order), dtype=bool)
    first[1:] = pair[order][1:] != pair[order][:-1]
    best_row, best_value = row[order][first], value[order][first]
    support = np.bincount(best_row, minlength=len(texts))
    strength = np.bincount(best_row, weights=best_value, minlength=len(texts))
    ranked = sorted(np.flatnonzero(support).tolist(), key=lambda i: (-support[i], -strength[i], i))
    matches = sparse.csr_matrix((value, (row, col)), shape=(len(texts), len(texts)))
    chosen: list[int] = []
    taken: set[int] = set()
    for i in ranked:
        if i in taken or not _says_something(texts[i][1]):
            continue
        chosen.append(i)
        taken.update(matches.indices[matches.indptr[i] : matches.indptr[i + 1]].tolist())
        if len(chosen) == KEY_POINTS:
            break
    return tuple(texts[i][1] for i in chosen)


def _says_something(text: str) -> bool:
    """A sentence that makes a claim rather than lists names: a team sheet ("F Sheahan,
    M Horan, D O'Callaghan...") aligns across match reports but is no key point."""
    return sum(1 for w in re.findall(r"\b[a-z]{4,}\b", text)) >= _CLAIM_WORDS
