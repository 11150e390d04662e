"""This installation's release of summarise, as workers and the batch manifest record it."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__all__ = ["build", "release"]


def release() -> str:
    """This installation's version of summarise ("dev" from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarise")
    except PackageNotFoundError:
        return "dev"


@functools.cache
def build() -> str:
    """The release and a digest of the package's code: what an output written on disk was
    made by. The release alone does not change when the code does (an editable install, a
    checkout between releases), and story briefs written in session 41 were kept as up to
    date through five sessions that changed what a brief says; a manually bumped marker had
    been forgotten. Any change to the code now redoes what it may have changed (briefs,
    batch outputs) and a Dask worker must run the same code, not only the same release.
    Any change counts, a comment's too: reading what changed no output (a syntax tree of
    every module, 0.65 s a run) costs more than redoing work after an edit; line endings do
    not count (a checkout on Windows is the same code)."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return f"{release()}+{digest.hexdigest()[:12]}"
