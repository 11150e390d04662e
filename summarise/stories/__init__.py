"""Many stories at once: a pile of articles grouped into stories, each with its key points.

find_stories(articles) -> Stories. No I/O and no formatting here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..compare.events import STORY_LINK, article_vectors, group_articles
from ..models import Article, Failure, Stories, Story

__all__ = ["KEY_POINTS", "STORY_LINK", "find_stories", "group_articles"]

KEY_POINTS = 3  # shared points kept per story for the index
_CLAIM_WORDS = 3  # lower-case words of four letters or more a key point needs


def find_stories(
    articles: Sequence[Article],
    language: str = "english",
    failures: Sequence[Failure] = (),
    link: float = STORY_LINK,
) -> Stories:
    """Group articles into stories; each story of two or more articles gets the points its
    sources share (the comparator's alignments, most widely shared first)."""
    groups = group_articles(articles, language, link)
    width = max(4, len(str(len(groups))))
    stories = []
    for n, members in enumerate(groups, 1):
        chosen = [articles[i] for i in members]
        dates = sorted(a.date[:10] for a in chosen if a.date)
        stories.append(
            Story(
                id=f"story-{n:0{width}d}",
                title=_central_title(chosen, language),
                articles=tuple(a.id for a in chosen),
                titles=tuple(a.title for a in chosen),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                key_points=_key_points(chosen, language) if len(chosen) > 1 else (),
            )
        )
    return Stories(tuple(stories), len(articles), tuple(failures))


def _central_title(articles: Sequence[Article], language: str) -> str:
    """The title of the article closest to the others (the first one's for two)."""
    if len(articles) <= 2:
        return articles[0].title
    matrix = article_vectors(articles, language)
    centrality = (matrix @ matrix.sum(axis=0).T).A.ravel()
    return articles[int(centrality.argmax())].title


def _key_points(articles: Sequence[Article], language: str) -> tuple[str, ...]:
    """The points most of a story's sources share, one sentence each (alignment only: the
    rest of a comparison is for the story's brief)."""
    from ..compare.align import align, link
    from ..compare.copies import find_copies
    from ..compare.pairs import build_scorer
    from ..compare.semantic import default_embedder

    copies = {d.copy for d in find_copies(articles)}
    sources = [a for a in articles if a.id not in copies]
    if len(sources) < 2:
        return ()
    scorer = build_scorer(sources, language, default_embedder())
    groups = align(sources, scorer, link(scorer), diffs=False)
    said = (g.closest[0].text for g in groups)
    return tuple(text for text in said if _says_something(text))[:KEY_POINTS]


def _says_something(text: str) -> bool:
    """A sentence that makes a claim rather than lists names: a team sheet ("F Sheahan,
    M Horan, D O'Callaghan...") aligns across match reports but is no key point."""
    return sum(1 for w in re.findall(r"\b[a-z]{4,}\b", text)) >= _CLAIM_WORDS
