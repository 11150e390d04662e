"""The output folder of a batch: where each article's file goes, the index and manifest names, and the checks that keep inputs safe."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import OutputError
from ..inputs import BATCH_MANIFEST
from ..models import BATCH_FORMATS
from ..names import first_free
from ..output import remove_stale_temporaries
from ..render.batch import INDEX_FOLDER

__all__ = [
    "FORMATS",
    "INDEX_FOLDER",
    "INDEX_JSONL",
    "INDEX_MD",
    "MANIFEST",
    "OutputNames",
    "intact",
    "locked",
    "output_digest",
    "output_names",
    "prepare",
]


MANIFEST = BATCH_MANIFEST  # what marks a batch output folder to the input reader


INDEX_MD = "index.md"


INDEX_JSONL = "summaries.jsonl"


# INDEX_FOLDER: the folder of the pages of a long batch's index.md


_RESERVED = (MANIFEST, INDEX_MD, INDEX_JSONL, INDEX_FOLDER)
FORMATS = BATCH_FORMATS  # --format -> file extension


_UNSAFE = re.compile(r"[^\w.-]+")


# Bytes of a file name's part kept as written: a disk takes 255 at most, and a JSONL id of
# 300 characters failed its article ("File name too long", a user's case). A longer part is
# cut and ends with a hash of the whole, so that two long ids stay two names.
_LONGEST_PART = 150


def _short(part: str) -> str:
    """A part of an output's name within _LONGEST_PART bytes (with the suffix's room)."""
    if len(part.encode("utf-8")) <= _LONGEST_PART:
        return part
    mark = "-" + hashlib.sha256(part.encode("utf-8")).hexdigest()[:12]
    # the bytes cut once, a character cut through dropped (a character at a time was
    # quadratic: 15 s for an id of 200,000 characters, a code review's case)
    cut = part.encode("utf-8")[: _LONGEST_PART - len(mark)].decode("utf-8", "ignore")
    return cut + mark


class OutputNames:
    """A safe relative file name for each id, given in input order: its "/" parts as
    folders, other characters replaced, never "." or "..", never two ids on one file, never
    a folder where another id's file is (or the other way round), and never the index or the
    manifest, as a file or as a folder."""

    def __init__(self, extension: str) -> None:
        self._suffix = f".{extension}"
        self._files: set[str] = {n.lower() for n in _RESERVED}  # lower case: a folder may
        self._folders: set[str] = set()  # be on a case-insensitive disk

    def __call__(self, article_id: str) -> str:
        parts = [
            _short(_UNSAFE.sub("_", p).strip(".") or "_")
            for p in re.split(r"[/\\]+", article_id)
            if p
        ] or ["_"]
        folders: list[str] = []
        for part in parts[:-1]:
            part = first_free(part, lambda p: "/".join([*folders, p]).lower() in self._files)
            folders.append(part)
        base = "/".join([*folders, parts[-1]])
        name = first_free(
            base, lambda n: n.lower() in self._files or n.lower() in self._folders, self._suffix
        )
        self._files.add(name.lower())
        for depth in range(1, len(folders) + 1):
            self._folders.add("/".join(folders[:depth]).lower())
        return name


def output_names(ids: Sequence[str], extension: str) -> dict[str, str]:
    """OutputNames for a whole list of ids at once."""
    name = OutputNames(extension)
    return {article_id: name(article_id) for article_id in ids}


def prepare(out_dir: str, inputs: Sequence[str]) -> Path:
    """The output folder, made if needed; refused inside an input folder (its outputs would be
    read as inputs next time), around an input (an output or the index could overwrite it:
    an input is never overwritten) or when it cannot be written."""
    folder = Path(out_dir)
    resolved = folder.resolve()
    for path in inputs:
        if path == "-" or not os.path.exists(path):
            continue
        source = Path(path).resolve()
        if os.path.isdir(path) and (resolved == source or source in resolved.parents):
            raise OutputError(
                f"{out_dir}: is inside the input folder {path}; choose another --out-dir"
            )
        if resolved in source.parents:
            raise OutputError(f"{out_dir}: holds the input {path}; choose another --out-dir")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{out_dir}: cannot create the output folder ({exc.strerror or exc})"
        ) from None
    if not folder.is_dir():
        raise OutputError(f"{out_dir}: not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: the output folder is not writable")
    for name in _RESERVED:
        if os.path.islink(folder / name):  # appending to the manifest would write through it
            raise OutputError(f"{folder / name}: is a symbolic link; refusing to write through it")
    return folder


@contextlib.contextmanager
def locked(folder: Path, out_dir: str) -> Iterator[None]:
    """Hold the output folder for one run: a second batch on the same folder is refused at
    once (it would delete this one's files in progress and rewrite its index). Then the
    temporary files a killed run left are removed (no other run is writing them)."""
    import fcntl

    try:  # the folder itself is locked: no lock file to leave behind or to race over
        fd = os.open(
            folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
        )
    except OSError as exc:
        raise OutputError(
            f"{out_dir}: cannot open the output folder ({exc.strerror or exc})"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                f"{out_dir}: another batch is writing to this folder; "
                "wait for it to finish or choose another --out-dir"
            ) from None
        remove_stale_temporaries(folder)  # what a killed run was writing when it died
        yield
    finally:
        os.close(fd)  # releases the lock


def intact(path: Path, size: object, digest: object) -> bool:
    """Is the recorded output still there, whole and the same? Size and content hash: after
    a power cut a file can be there but empty or short, and a rerun with other inputs can
    have put another article's summary of the same length under this name. Either way it
    is made again."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != size:
            return False
        return isinstance(digest, str) and output_digest(path.read_bytes()) == digest
    except OSError:
        return False


def output_digest(data: bytes) -> str:
    """The manifest's hash of an output file."""
    return hashlib.sha256(data).hexdigest()
