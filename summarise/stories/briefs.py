"""One brief per story, written into a folder beside the index; a rerun redoes only what changed."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..models import Article, Stories, Story
from ..output import write_atomic
from ..version import build

__all__ = ["BRIEFS", "MANIFEST", "write_briefs"]

BRIEFS = "briefs"  # the briefs' folder inside --out-dir
MANIFEST = ".stories-manifest.json"  # story file -> the key of the articles it was written from


# What a brief's words are made by, besides its articles: the code (version.build: its
# release and a digest of its source). A brief written by other code is redone, though its
# articles are the same.
def _key(
    articles: Sequence[Article], language: str = "english", full: bool = False, title: str = ""
) -> str:
    digest = hashlib.sha256()
    digest.update(f"{build()}\0{language}\0{'full' if full else ''}\0{title}\0".encode())
    for article in articles:
        digest.update(article.id.encode("utf-8", "replace") + b"\0")
        digest.update(article.text.encode("utf-8", "replace") + b"\0")
    return digest.hexdigest()


def _ours(name: str, suffix: str) -> bool:
    """Whether a manifest's name is a brief of this format in the briefs' folder (a name
    edited to point elsewhere is neither read nor removed)."""
    folder, _, file = name.partition("/")
    return folder == BRIEFS and file.endswith(suffix) and "/" not in file and file[:1] != "."


def _read(path: Path) -> str | None:
    """A brief's text, or None when it cannot be read (then it is made again)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def story_brief(job: tuple[tuple[Article, ...], str, str, bool, str, str | None]) -> str:
    """The brief of one story's articles, rendered: (articles, language, format, whether in
    full, the story's title, the index's file name beside the briefs' folder, to link back
    to, or None). A plain function of plain data, so that a process pool or a Dask worker
    can run it."""
    from ..models import CompareOptions, RenderOptions, SummaryOptions
    from ..render import render
    from ..report import build_report

    members, language, fmt, full, title, index = job
    report = build_report(
        members,
        SummaryOptions(language=language),
        CompareOptions(language=language),
        one_story=True,
    )
    back = f"../{index}" if index else None
    return render(report, fmt, RenderOptions(full=full, story=title, index=back))


def write_briefs(
    stories: Stories,
    articles: Sequence[Article],
    folder: Path,
    fmt: str = "markdown",
    language: str = "english",
    mapper: Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]] = map,
    progress: Callable[[int, int], None] | None = None,
    full: bool = False,
    index: str | None = None,
) -> tuple[Stories, int, int]:
    """Write a brief (``fmt``: markdown or html) for each story of two or more articles into
    ``folder/briefs``, the stale ones through ``mapper`` (map, a process pool's, a Dask
    cluster's: the same bytes either way); return the stories with their brief paths
    (relative to ``folder``), how many briefs were written and how many were already up to
    date (same articles, same text, file still there). Each finished brief is recorded at
    once, so an interrupted run loses none."""
    by_id = {a.id: a for a in articles}
    suffix = ".html" if fmt == "html" else ".md"
    try:
        (folder / BRIEFS).mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in its way (a code review's case: an internal error)
        raise OutputError(
            f"{folder / BRIEFS}: cannot create the briefs' folder ({exc.strerror or exc})"
        ) from None
    manifest_path = folder / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    shared = stories.shared
    # Stories are numbered by size: one story more or less renumbers those after it. A brief
    # of the same articles under another number is the same bytes (a brief names no
    # number), so it is moved, not made again: removing one story of 64 had remade 50
    # briefs (a user's case). Read first, as a move may overwrite another's old file.
    earlier = {
        key: name
        for name, key in sorted(manifest.items(), reverse=True)
        if _ours(name, suffix) and (folder / name).is_file()
    }
    updated: dict[str, Story] = {}
    stale: list[tuple[str, str, tuple[Article, ...], str]] = []
    moved: list[tuple[str, str, str]] = []  # (name, key, text)
    for story in shared:
        members = tuple(by_id[i] for i in story.articles)
        name = f"{BRIEFS}/{story.id}{suffix}"
        key = _key(members, language, full, f"{story.title}\0{index}")
        if not (manifest.get(name) == key and (folder / name).is_file()):
            text = _read(folder / earlier[key]) if key in earlier else None
            if text is None:
                stale.append((name, key, members, story.title))
            else:
                moved.append((name, key, text))
        updated[story.id] = dataclasses.replace(story, brief=name)
    for name, key, text in moved:
        write_atomic(folder / name, text, durable=False)
        manifest[name] = key
    if moved:
        write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0))
    jobs = ((members, language, fmt, full, title, index) for _, _, members, title in stale)
    for n, ((name, key, _, _), text) in enumerate(
        zip(stale, mapper(story_brief, jobs), strict=True), 1
    ):
        write_atomic(folder / name, text, durable=False)
        manifest[name] = key
        write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0))
        if progress:
            progress(n, len(stale))
    # A brief of this format that no story of this run has is of an earlier run's story:
    # its number may now be another story's, or none (a user found one left, linked from
    # nothing). Removed, with its manifest line; only once every brief is written.
    mine = {story.brief for story in updated.values()}
    gone = [name for name in manifest if _ours(name, suffix) and name not in mine]
    for name in gone:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
        del manifest[name]
    if gone:
        write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0))
    written, kept = len(stale), len(shared) - len(stale)
    result = dataclasses.replace(
        stories, stories=tuple(updated.get(s.id, s) for s in stories.stories)
    )
    return result, written, kept
