"""Batch runs: their options, and what became of each article."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .. import defaults
from .summary import SummaryOptions

__all__ = ["BATCH_FORMATS", "BatchOptions", "BatchResult", "EarlierOutputs", "Outcome", "Status"]

# --format of a batch -> the extension of each article's file
BATCH_FORMATS = {"md": "md", "json": "json", "txt": "txt"}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    summary: SummaryOptions = SummaryOptions()
    format: str = defaults.BATCH_FORMAT  # a key of BATCH_FORMATS: md, json or txt
    max_bytes: int = defaults.MAX_BYTES
    force: bool = False  # redo every article, even those the manifest has


class Status(enum.StrEnum):
    DONE = "done"
    SKIPPED = "skipped"  # up to date
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one article."""

    id: str
    path: str
    status: Status
    record: dict[str, Any] | None = None  # the summary, as in `summary --format json`
    reason: str | None = None
    output: str | None = None  # the output file, relative to the output folder
    digest: str | None = None
    size: int | None = None  # bytes of the output, once written
    output_digest: str | None = None  # sha256 of the output, once written


@dataclass(frozen=True, slots=True)
class BatchResult:
    outcomes: tuple[Outcome, ...]

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


@dataclass(frozen=True, slots=True)
class EarlierOutputs:
    """The outputs an earlier run with other options left in the output folder: those in
    another format, which this run leaves as they are (``formats``: their extensions), and
    those in this run's format, which it makes again with its own options."""

    left: int = 0
    formats: tuple[str, ...] = ()
    # the ids of those in this format: of them, the articles still among the inputs are
    # made again (an article gone since is not)
    redone_ids: frozenset[str] = frozenset()
