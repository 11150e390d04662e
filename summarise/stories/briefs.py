"""One brief per story, written into a folder beside the index; a rerun redoes only what changed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..models import Article, Stories, Story
from ..output import write_atomic
from ..version import release

__all__ = ["BRIEFS", "MANIFEST", "write_briefs"]

BRIEFS = "briefs"  # the briefs' folder inside --out-dir
MANIFEST = ".stories-manifest.json"  # story file -> the key of the articles it was written from
# What a brief's words are made by, besides its articles: a brief written by another release
# or under another rule of what it states is redone. Session 31: a brief states likely matches
# as agreed only when pinned down (Alignment.agreed); a folder written before would have kept
# 22 of the 174 story briefs of BBC and MultiLing stating points the new ones list apart.
# Session 32: a quote listed alone is shown with its speaker; a quote one source trims to a
# phrase is matched with the whole. Session 33: dated sources are listed by date; an age is
# read as an age, not a death toll. Session 40: each shared point lists how its other sources
# put it; more speakers; one day and one figure of its event are one point (sessions 34 to 39
# changed what briefs say too, and a folder written then is redone with them). Session 41: a
# running story's "In short" takes its latest report, a reprinted sentence is one report;
# more speakers, and a topic's quotes with theirs.
BRIEF_RULES = "session-41: In short to the latest report; reprints once; speakers in topics"


def _key(articles: Sequence[Article], language: str = "english") -> str:
    digest = hashlib.sha256()
    digest.update(f"{release()}\0{BRIEF_RULES}\0{language}\0".encode())
    for article in articles:
        digest.update(article.id.encode("utf-8", "replace") + b"\0")
        digest.update(article.text.encode("utf-8", "replace") + b"\0")
    return digest.hexdigest()


def story_brief(job: tuple[tuple[Article, ...], str, str]) -> str:
    """The brief of one story's articles, rendered: (articles, language, format). A plain
    function of plain data, so that a process pool or a Dask worker can run it."""
    from ..models import CompareOptions, SummaryOptions
    from ..render import render
    from ..report import build_report

    members, language, fmt = job
    report = build_report(
        members,
        SummaryOptions(language=language),
        CompareOptions(language=language),
        one_story=True,
    )
    return render(report, fmt)


def write_briefs(
    stories: Stories,
    articles: Sequence[Article],
    folder: Path,
    fmt: str = "markdown",
    language: str = "english",
    mapper: Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]] = map,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Stories, int, int]:
    """Write a brief (``fmt``: markdown or html) for each story of two or more articles into
    ``folder/briefs``, the stale ones through ``mapper`` (map, a process pool's, a Dask
    cluster's: the same bytes either way); return the stories with their brief paths
    (relative to ``folder``), how many briefs were written and how many were already up to
    date (same articles, same text, file still there). Each finished brief is recorded at
    once, so an interrupted run loses none."""
    by_id = {a.id: a for a in articles}
    suffix = ".html" if fmt == "html" else ".md"
    (folder / BRIEFS).mkdir(parents=True, exist_ok=True)
    manifest_path = folder / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    shared = stories.shared
    updated: dict[str, Story] = {}
    stale: list[tuple[str, str, tuple[Article, ...]]] = []
    for story in shared:
        members = tuple(by_id[i] for i in story.articles)
        name = f"{BRIEFS}/{story.id}{suffix}"
        key = _key(members, language)
        if not (manifest.get(name) == key and (folder / name).is_file()):
            stale.append((name, key, members))
        updated[story.id] = dataclasses.replace(story, brief=name)
    jobs = ((members, language, fmt) for _, _, members in stale)
    for n, ((name, key, _), text) in enumerate(
        zip(stale, mapper(story_brief, jobs), strict=True), 1
    ):
        write_atomic(folder / name, text, durable=False)
        manifest[name] = key
        write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0))
        if progress:
            progress(n, len(stale))
    written, kept = len(stale), len(shared) - len(stale)
    result = dataclasses.replace(
        stories, stories=tuple(updated.get(s.id, s) for s in stories.stories)
    )
    return result, written, kept
