"""One brief per story, written into a folder beside the index; a rerun redoes only what changed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from ..models import Article, Stories, Story
from ..output import write_atomic

__all__ = ["BRIEFS", "MANIFEST", "write_briefs"]

BRIEFS = "briefs"  # the briefs' folder inside --out-dir
MANIFEST = ".stories-manifest.json"  # story file -> the key of the articles it was written from


def _key(articles: Sequence[Article]) -> str:
    digest = hashlib.sha256()
    for article in articles:
        digest.update(article.id.encode("utf-8", "replace") + b"\0")
        digest.update(article.text.encode("utf-8", "replace") + b"\0")
    return digest.hexdigest()


def write_briefs(
    stories: Stories,
    articles: Sequence[Article],
    folder: Path,
    brief: Callable[[Sequence[Article]], str],
    suffix: str = ".md",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Stories, int, int]:
    """Write a brief for each story of two or more articles into ``folder/briefs``; return
    the stories with their brief paths (relative to ``folder``), how many briefs were written
    and how many were already up to date (same articles, same text, file still there)."""
    by_id = {a.id: a for a in articles}
    (folder / BRIEFS).mkdir(parents=True, exist_ok=True)
    manifest_path = folder / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    written = kept = 0
    shared = stories.shared
    updated: dict[str, Story] = {}
    for n, story in enumerate(shared, 1):
        members = [by_id[i] for i in story.articles]
        name = f"{BRIEFS}/{story.id}{suffix}"
        key = _key(members)
        if manifest.get(name) == key and (folder / name).is_file():
            kept += 1
        else:
            write_atomic(folder / name, brief(members), durable=False)
            manifest[name] = key
            write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0))
            written += 1
        updated[story.id] = dataclasses.replace(story, brief=name)
        if progress:
            progress(n, len(shared))
    result = dataclasses.replace(
        stories, stories=tuple(updated.get(s.id, s) for s in stories.stories)
    )
    return result, written, kept
