"""Input paths: files, folders, glob patterns and "-", each with a stable id."""

from __future__ import annotations

import glob
import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import MissingPathError
from ..models import GENERATED_MARK, GENERATOR_META
from ..names import first_free
from ..safe_text import safe_id

__all__ = [
    "BATCH_MANIFEST",
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "STDIN",
    "expand_paths",
    "input_files",
    "is_batch_folder",
    "is_own_output",
    "skipped_outputs",
    "zip_ids",
]


INPUT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})


HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})


STDIN = "-"


BATCH_MANIFEST = "manifest.jsonl"  # batch.layout.MANIFEST: what marks a batch output folder


def expand_paths(paths: Iterable[str], suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    """Files, folders (their input files, recursively, sorted), glob patterns and "-".

    A path that does not exist and matches nothing raises MissingPathError. A folder inside
    that cannot be listed is returned itself, and a file named directly always is, so that
    reading it reports why it fails. Files the tool wrote itself are left out,
    wherever they are (see skipped_outputs).
    """
    return _expand(paths, suffixes)[0]


def skipped_outputs(paths: Iterable[str], suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    """What expand_paths leaves out as written by the tool itself: Markdown ending with its
    mark, HTML holding its generator meta element (models.GENERATED_MARK, GENERATOR_META),
    and whole batch output folders (those holding a batch's manifest.jsonl)."""
    return _expand(paths, suffixes)[1]


def _expand(paths: Iterable[str], suffixes: frozenset[str]) -> tuple[list[str], list[str]]:
    out: list[str] = []
    skipped: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == STDIN else os.path.normpath(path)
        if key in seen:
            return
        seen.add(key)
        if path != STDIN and is_own_output(path):
            skipped.append(path)
        else:
            out.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            for found in _walk(path, suffixes, skipped):
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
                    for found in _walk(match, suffixes, skipped):
                        add(found)
                elif Path(match).suffix.lower() in suffixes:
                    add(match)
        else:
            raise MissingPathError(path)
    return out, skipped


_HEAD = 4096  # bytes read from the start of a file for the generator meta element
_TAIL = 256  # and from its end for the Markdown mark


def is_own_output(path: str) -> bool:
    """Did the tool write this file? A regular .md, .txt, .html or .htm file whose last
    line is GENERATED_MARK or whose head holds GENERATOR_META. Never blocks (a named pipe
    is not opened for reading) and never raises."""
    if Path(path).suffix.lower() not in INPUT_SUFFIXES:
        return False
    try:  # a pipe or a device is not opened at all (a pipe's writer would see it closed)
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    with open(fd, "rb") as handle:
        try:
            size = os.fstat(fd)
            if not stat.S_ISREG(size.st_mode):
                return False
            head = handle.read(_HEAD)
            handle.seek(max(0, size.st_size - _TAIL))
            tail = handle.read(_TAIL)
        except OSError:
            return False
    if tail.rstrip().endswith(GENERATED_MARK.encode()):
        return True
    return GENERATOR_META.encode() in head


def is_batch_folder(folder: str) -> bool:
    """Is this a batch output folder? One holding a batch's manifest (its first line a
    record with an id, an options key and an output)."""
    try:
        with open(os.path.join(folder, BATCH_MANIFEST), "rb") as handle:
            first = json.loads(handle.readline(1 << 20) or b"null")
    except (OSError, ValueError):
        return False
    return isinstance(first, dict) and {"id", "options", "output"} <= first.keys()


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


def _walk(
    folder: str, suffixes: frozenset[str] = INPUT_SUFFIXES, skipped: list[str] | None = None
) -> list[str]:
    """The input files in a folder, recursively; a batch output folder in it is left out
    whole (and added to ``skipped``). A folder inside that cannot be listed, or that is a
    link, is returned itself, so that reading it says why (read_bytes: "cannot read the
    folder (Permission denied)", "is a link to a folder ..."): both had been passed over
    without a word, a user's case. Links to folders are not followed (as `find` and `grep
    -r` do not): one to / or a home folder would read a whole disk, and a loop never ends;
    one to a folder inside this one is read there, and says nothing."""
    found = []
    unread: list[str] = []
    inside = os.path.realpath(folder)

    def unreadable(error: OSError) -> None:
        if error.filename is not None:
            unread.append(os.fsdecode(error.filename))

    def elsewhere(link: str) -> bool:
        """Whether a link leads out of the folder (else the walk reads its folder there)."""
        return os.path.commonpath([inside, os.path.realpath(link)]) != inside

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        linked = [
            d for d in dirs if not d.startswith(".") and os.path.islink(os.path.join(root, d))
        ]
        unread += (p for p in (os.path.join(root, d) for d in linked) if elsewhere(p))
        if BATCH_MANIFEST in files and is_batch_folder(root):
            dirs[:] = []
            if skipped is not None:
                skipped.append(root)
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                found.append(os.path.join(root, name))
    found += unread
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
