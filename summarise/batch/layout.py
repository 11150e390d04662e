"""The output folder of a batch: where each article's file goes, the index and manifest names, and the checks that keep inputs safe."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import OutputError
from ..inputs import Source
from ..models import BATCH_FORMATS, Failure
from ..names import first_free
from ..output import remove_stale_temporaries

__all__ = [
    "FORMATS",
    "INDEX_JSONL",
    "INDEX_MD",
    "MANIFEST",
    "input_files",
    "intact",
    "output_names",
    "prepare",
]


MANIFEST = "manifest.jsonl"


INDEX_MD = "index.md"


INDEX_JSONL = "summaries.jsonl"


_RESERVED = (MANIFEST, INDEX_MD, INDEX_JSONL)
FORMATS = BATCH_FORMATS  # --format -> file extension


_UNSAFE = re.compile(r"[^\w.-]+")


def output_names(ids: Sequence[str], extension: str) -> dict[str, str]:
    """A safe relative file name for each id: its "/" parts as folders, other characters
    replaced, never "." or ".." and never two ids on one file."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article_id in ids:
        parts = [
            _UNSAFE.sub("_", p).strip(".") or "_" for p in re.split(r"[/\\]+", article_id) if p
        ]
        base = "/".join(parts or ["_"])
        name = first_free(base, lambda n: n.lower() in taken or n in _RESERVED, f".{extension}")
        taken.add(name.lower())
        names[article_id] = name
    return names


def input_files(items: Sequence[Source | Failure]) -> list[str]:
    """The files behind the items, each once: a file, or the JSONL file of a row
    ("rows.jsonl:7")."""
    files: dict[str, None] = {}
    for item in items:
        path = item.path
        if path not in files and not os.path.exists(path):
            path = path.rpartition(":")[0] or path
        files[path] = None
    return list(files)


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
            raise OutputError(f"{out_dir}: is inside the input folder {path}; choose another --out")
        if resolved in source.parents:
            raise OutputError(f"{out_dir}: holds the input {path}; choose another --out")
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
    remove_stale_temporaries(folder)  # what a killed run was writing when it died
    return folder


def intact(path: Path, size: object) -> bool:
    """Is the recorded output still there, whole? (After a power cut, a file whose data had
    not reached the disk can be there but empty or short: it is made again.)"""
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:
        return False
