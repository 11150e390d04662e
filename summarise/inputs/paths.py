"""Input paths: files, folders, glob patterns and "-", each with a stable id."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import MissingPathError
from ..names import first_free
from ..safe_text import safe_id

__all__ = [
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "STDIN",
    "expand_paths",
    "input_files",
    "zip_ids",
]


INPUT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})


HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})


STDIN = "-"


def expand_paths(paths: Iterable[str], suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    """Files, folders (their input files, recursively, sorted), glob patterns and "-".

    A path that does not exist and matches nothing raises MissingPathError. Files inside
    a folder that cannot be listed are skipped; a file named directly is always returned,
    so that reading it reports why it fails.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == STDIN else os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            for found in _walk(path, suffixes):
                add(found)
        elif os.path.lexists(path):
            add(path)
        elif glob.has_magic(path):
            matches = sorted(_glob(path))
            if not matches:
                raise MissingPathError(path)
            real: set[str] = set()  # one file reached through links in the pattern: once
            for match in matches:
                key = os.path.realpath(match)
                if key in real:
                    continue
                real.add(key)
                if os.path.isdir(match):
                    for found in _walk(match, suffixes):
                        add(found)
                elif Path(match).suffix.lower() in suffixes:
                    add(match)
        else:
            raise MissingPathError(path)
    return out


def _glob(pattern: str) -> list[str]:
    """glob.glob(pattern, recursive=True), except that "**" never follows a link to a
    folder (as folders are walked): glob's own "**" does, and a link to "." or to a parent
    makes it endless, or lists the same file under many names."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return glob.glob(pattern)  # each part lists one folder's entries: finite
    at = parts.index("**")
    head, tail = os.sep.join(parts[:at]), parts[at + 1 :]
    if not head and at:  # an absolute pattern: "/**/x" -> "/"
        head = os.sep
    bases = glob.glob(head) if head and glob.has_magic(head) else [head or os.curdir]
    found: list[str] = []
    for base in bases:
        if not os.path.isdir(base):
            continue
        for root, dirs, files in os.walk(base, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            shown = root if head else os.path.relpath(root)
            prefix = [] if shown == os.curdir else [glob.escape(shown)]
            if tail:
                found += _glob(os.path.join(*prefix, *tail))
            else:  # "x/**": every folder and file below
                found += [os.path.join(*prefix, f) for f in files if not f.startswith(".")]
                if prefix:
                    found.append(shown)
    return found


def input_files(paths: Iterable[str]) -> list[str]:
    """Every file the paths name or expand to, JSONL files included (those read row by
    row): what an output must never overwrite. Raises MissingPathError as expand_paths."""
    return expand_paths(paths, INPUT_SUFFIXES | JSONL_SUFFIXES)


def _walk(folder: str, suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    found = []
    # followlinks=False: a symlink loop cannot make the walk endless.
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                found.append(os.path.join(root, name))
    return sorted(found, key=lambda p: os.path.relpath(p, folder).split(os.sep))


def zip_ids(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Each path with a stable id: the file stem, widened by parent folders where stems clash."""
    # A file name may hold a newline, a control or an invisible character: not its id.
    stems = ["stdin" if p == STDIN else safe_id(Path(p).stem) for p in paths]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    used: set[str] = set()
    for path, stem in zip(paths, stems, strict=True):
        article_id = stem
        if counts[stem] > 1 and path != STDIN:
            parts = Path(path).with_suffix("").parts
            for depth in range(2, len(parts) + 1):
                article_id = safe_id("/".join(parts[-depth:]))
                if article_id not in used:
                    break
        article_id = first_free(article_id, used.__contains__)
        used.add(article_id)
        yield path, article_id
