"""The manifest: one JSON line per finished article, read on a rerun to skip what is up to date."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..models import BatchOptions, EarlierOutputs
from ..version import build
from .layout import FORMATS, MANIFEST

__all__ = ["ManifestWriter", "earlier_outputs", "options_key", "read_manifest"]


def options_key(options: BatchOptions) -> str:
    """What an output depends on besides its article: changing any of it redoes the work."""
    budget = options.summary.budget
    parts = {
        "version": build(),  # the release and its code: other code redoes the work
        "algorithm": options.summary.algorithm,
        "budget": [budget.sentences, budget.ratio, budget.words],
        "language": options.summary.language,
        "format": options.format,
        # JSON files became compact (one line) in session 8: a folder written before is
        # redone, not left half indented, half compact.
        "json": "compact",
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """The manifest's latest entry for each id; a torn last line (a killed run) is ignored."""
    return {entry["id"]: entry for entry in _entries(folder)}


def _entries(folder: Path) -> Iterator[dict[str, Any]]:
    """Every entry of the manifest, oldest first."""
    try:
        with open(folder / MANIFEST, encoding="utf-8") as handle:
            lines = list(handle)
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            yield entry


def earlier_outputs(out_dir: str, options: BatchOptions) -> EarlierOutputs:
    """What a run with ``options`` will do with the outputs earlier runs with other options
    left in ``out_dir`` (as the manifest records them, in any earlier run, and still
    there): those in another format are left as they are, those in this format are made
    again."""
    folder = Path(out_dir)
    key = options_key(options)
    extension = f".{FORMATS[options.format]}"
    left, formats, ids = 0, set(), set()
    latest: dict[str, dict[str, Any]] = {}  # each output file's latest entry, in any run
    for entry in _entries(folder):
        if isinstance(entry.get("output"), str):
            latest[entry["output"]] = entry
    for output, entry in latest.items():
        if entry.get("options") == key:
            continue
        path = folder / output
        if path.is_symlink() or not path.is_file():
            continue
        if path.suffix == extension:
            if isinstance(entry.get("id"), str):
                ids.add(entry["id"])
        else:
            left += 1
            formats.add(path.suffix.lstrip("."))
    return EarlierOutputs(left, tuple(sorted(formats)), frozenset(ids))


class ManifestWriter:
    """Appends one JSON line per finished article, flushed to disk before the next. Raises
    OutputError naming the manifest when it cannot be written (a full disk)."""

    def __init__(self, folder: Path | None) -> None:
        self._path = folder / MANIFEST if folder is not None else None
        self._handle: Any = None

    def __enter__(self) -> ManifestWriter:
        if self._path is not None:
            with self._failing():
                self._repair_torn_end()
                flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                self._handle = open(os.open(self._path, flags, 0o666), "a", encoding="utf-8")
        return self

    @contextlib.contextmanager
    def _failing(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            raise OutputError(f"{self._path}: cannot write ({exc.strerror or exc})") from None

    def _repair_torn_end(self) -> None:
        # A run killed mid-line leaves no newline at the end: start the next line cleanly.
        assert self._path is not None
        try:
            with open(self._path, "rb+") as handle:
                size = handle.seek(0, os.SEEK_END)
                if size:
                    handle.seek(size - 1)
                    if handle.read(1) != b"\n":
                        handle.write(b"\n")
        except FileNotFoundError:
            pass

    def append(self, entry: dict[str, Any]) -> None:
        if self._handle is None:
            return
        # ASCII: an id from a file name that is not UTF-8 holds lone surrogates, which an
        # UTF-8 file cannot take; escaped, they come back as the same id on the next run.
        with self._failing():
            self._handle.write(json.dumps(entry) + "\n")
            self._handle.flush()  # in the kernel's hands: a killed run keeps it

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            # Outputs and manifest lines reach the disk together at the end of a run (one
            # sync, not two for each of thousands of articles).
            os.sync()
            try:
                handle.close()
            except OSError as error:
                if exc[0] is None:  # the first error is the one to tell
                    raise OutputError(
                        f"{self._path}: cannot write ({error.strerror or error})"
                    ) from None
