"""Stories: articles grouped by the event they report, each with its title and key points."""

from __future__ import annotations

from dataclasses import dataclass

from .article import Failure

__all__ = ["Stories", "Story"]


@dataclass(frozen=True, slots=True)
class Story:
    """One story: its articles (ids, in input order), a title and what its sources share."""

    id: str  # "story-0001", by size then first article
    title: str  # the title of the article that stands best for the others (stories._central_title)
    articles: tuple[str, ...]
    titles: tuple[str, ...]  # each article's title, in the order of ``articles``
    first_date: str | None = None  # ISO dates, where the articles give them
    last_date: str | None = None
    key_points: tuple[str, ...] = ()  # points at least two of its sources make, most shared first
    brief: str | None = None  # where its brief was written (--out-dir), relative to the index
    dates: tuple[str | None, ...] = ()  # each article's ISO date (None: not given), as ``articles``
    copies: int = 0  # of its articles, those that copy an earlier one (stories._copy_count)

    @property
    def sources(self) -> int:
        """Its articles that copy none."""
        return len(self.articles) - self.copies


@dataclass(frozen=True, slots=True)
class Stories:
    """A pile of articles as stories, biggest first; single articles are stories too."""

    stories: tuple[Story, ...]
    article_count: int
    failures: tuple[Failure, ...] = ()

    @property
    def shared(self) -> tuple[Story, ...]:
        """The stories that two or more sources report (a copy is no second source)."""
        return tuple(s for s in self.stories if s.sources > 1)

    @property
    def singles(self) -> tuple[Story, ...]:
        """The stories of one source: one article, or one and its copies."""
        return tuple(s for s in self.stories if s.sources == 1)
