"""A batch run: tasks in input order, settled here where possible, the rest mapped to workers; outputs recorded, then indexed."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError, OutputError
from ..inputs import Source, count_items, input_files, is_own_output, iter_sources
from ..inputs.paths import STDIN
from ..models import BatchOptions, BatchResult, Failure, Outcome, Status
from ..output import write_atomic
from .executors import Mapper
from .layout import (
    FORMATS,
    INDEX_FOLDER,
    INDEX_JSONL,
    INDEX_MD,
    OutputNames,
    intact,
    locked,
    prepare,
)
from .manifest import ManifestWriter, options_key, read_manifest
from .worker import Task, work, write_output

__all__ = ["run_batch"]


def run_batch(
    paths: Sequence[str],
    out_dir: str | None,
    options: BatchOptions = BatchOptions(),
    *,
    mapper: Mapper = map,
    ship_inputs: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchResult:
    """Summarise every article behind ``paths`` into ``out_dir`` (None: records are only
    passed to ``on_outcome``, for streaming). Raises OutputError when the folder cannot be
    used or another batch holds it; an article that fails is an Outcome, never an exception.

    Articles are read as the work asks for them: the rows of a JSONL file of any size are
    never all in memory at once. ``mapper`` runs the work (see local_map and
    summarise.executors); ``ship_inputs`` reads each input here and sends its bytes with
    the work, for workers that cannot see this machine's files. Outputs are the same
    either way. ``on_start`` gets the number of inputs to expect (a JSONL row counts one)."""
    if options.format not in FORMATS:
        raise OutputError(f"unknown format {options.format!r}; choose one of {', '.join(FORMATS)}")
    files = input_files(paths)
    if out_dir is None:
        return _run(paths, None, files, options, mapper, ship_inputs, on_start, on_outcome)
    folder = prepare(out_dir, [*paths, *files])
    with locked(folder, out_dir):
        return _run(paths, folder, files, options, mapper, ship_inputs, on_start, on_outcome)


def _run(
    paths: Sequence[str],
    folder: Path | None,
    files: Sequence[str],
    options: BatchOptions,
    mapper: Mapper,
    ship_inputs: bool,
    on_start: Callable[[int], None] | None,
    on_outcome: Callable[[Outcome], None] | None,
) -> BatchResult:
    if on_start is not None:
        on_start(count_items(files))
    manifest = read_manifest(folder) if folder is not None else {}
    key = options_key(options)
    name = OutputNames(FORMATS[options.format])

    def tasks() -> Iterator[Task]:
        for item in iter_sources(paths, options.max_bytes):
            if isinstance(item, Failure):
                failed = Outcome(item.path, item.path, Status.FAILED, reason=item.reason)
                yield Task(Source(item.path, item.path), None, None, options, settled=failed)
                continue
            # No file names when streaming: a record must not name a file never written.
            task = _task(
                item, name(item.id) if folder is not None else None, folder, manifest, key, options
            )
            if ship_inputs:
                yield _read_ahead(task)
            else:  # the worker sees our files: it writes the output itself
                task = replace(task, folder=None if folder is None else str(folder))
                # ... but not our standard input (a worker process reads /dev/null there:
                # piped text was "standard input: empty file", a user's case)
                yield _read_ahead(task) if item.path == STDIN else _up_to_date_here(task)

    outcomes: list[Outcome] = []
    try:
        with ManifestWriter(folder) as writer:
            for outcome, text in _settled_here(mapper)(work, tasks()):
                outcome = _settle(outcome, text, folder, manifest, key, writer)
                outcomes.append(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
    except KeyboardInterrupt:  # Ctrl-C, or a stop (the CLI's Terminated is one)
        # The index of what is done, so that finished work can be read before the rerun that
        # finishes the rest (a user's test, session 51: 251 outputs and no index), saying it
        # is partial; written whole or not at all, as every output is. Not over an index an
        # earlier run wrote, which lists more than this run has reached (a code review's
        # case: a stopped rerun of an up-to-date folder had left an index of one article),
        # unless this run has made again outputs that an earlier run made with other options:
        # that index would then list summaries its files no longer hold (a user's case,
        # `-n 1` stopped over a folder of `-n 3`: 1,232 files of one sentence under an index
        # of three, not marked as interrupted).
        redone = any(
            o.status is Status.DONE and manifest.get(o.id, {}).get("options") not in (None, key)
            for o in outcomes
        )
        if folder is not None and outcomes and (redone or not (folder / INDEX_MD).exists()):
            with contextlib.suppress(Exception):
                _write_index(folder, BatchResult(tuple(outcomes)), options, interrupted=True)
        raise
    result = BatchResult(tuple(outcomes))
    if folder is not None:
        _write_index(folder, result, options)
    return result


def _write_index(
    folder: Path, result: BatchResult, options: BatchOptions, interrupted: bool = False
) -> None:
    """summaries.jsonl, index.md and, for a long batch, the index's pages; pages an earlier,
    longer run left (and the tool wrote: see is_own_output) are removed."""
    from ..render.batch import index_pages
    from ..render.json import index_jsonl

    write_atomic(folder / INDEX_JSONL, index_jsonl(result), follow_links=False)
    index, pages = index_pages(result, options, interrupted=interrupted)
    if pages:
        (folder / INDEX_FOLDER).mkdir(exist_ok=True)
    for name, text in pages.items():
        write_atomic(folder / name, text, follow_links=False)
    write_atomic(folder / INDEX_MD, index, follow_links=False)
    if (folder / INDEX_FOLDER).is_dir():
        for old in (folder / INDEX_FOLDER).glob("[0-9][0-9][0-9]*.md"):
            name = f"{INDEX_FOLDER}/{old.name}"
            if name not in pages and not old.is_symlink() and is_own_output(str(old)):
                old.unlink(missing_ok=True)


def _task(
    source: Source,
    output: str | None,
    folder: Path | None,
    manifest: dict[str, dict[str, Any]],
    key: str,
    options: BatchOptions,
) -> Task:
    known = None
    entry = manifest.get(source.id)
    if (
        folder is not None
        and output is not None
        and not options.force
        and entry is not None
        and entry.get("options") == key
        and entry.get("output") == output
        and intact(folder / output, entry.get("bytes"), entry.get("sha256"))
    ):
        known = entry.get("digest")
    return Task(source, output, known, options)


def _read_ahead(task: Task) -> Task:
    """In the parent, for a worker that cannot see the input: the task with the file's bytes
    inside; or settled here, with no bytes to send, when the file is up to date or cannot be
    read (the same outcome work would give)."""
    source = task.source
    try:
        source = source.read_ahead(task.options.max_bytes)
    except InputError as exc:
        return replace(task, settled=Outcome(source.id, exc.path, Status.FAILED, reason=exc.reason))
    return _up_to_date_here(replace(task, source=source))


def _up_to_date_here(task: Task) -> Task:
    """The task settled here as skipped when the manifest's output is up to date: a rerun
    hashes its inputs in the parent, with no round trip to a worker for each article. The
    rest go to workers (an input that cannot be read too: its worker reports why)."""
    if task.known_digest is None:
        return task
    source = task.source
    try:
        digest = source.digest(task.options.max_bytes)
    except InputError:
        return task
    if digest != task.known_digest:
        return task
    skipped = Outcome(source.id, source.path, Status.SKIPPED, output=task.output, digest=digest)
    return replace(task, settled=skipped)


def _settled_here(mapper: Mapper) -> Mapper:
    """``mapper`` for the tasks still to do; those settled in the parent never travel to a
    worker (a rerun that finds everything done costs no round trip). Input order is kept."""

    def mapped(fn: Callable[[Any], Any], tasks: Iterable[Task]) -> Iterator[Any]:
        slots: deque[list[Any]] = deque()  # one a task, in order: [result], or [] while out
        out: deque[list[Any]] = deque()  # the empty slots, in order

        def to_do() -> Iterator[Task]:
            for task in tasks:
                if task.settled is not None:
                    slots.append([(task.settled, None)])
                else:
                    slots.append([])
                    out.append(slots[-1])
                    yield task

        results = iter(mapper(fn, to_do()))
        while True:
            while slots and slots[0]:
                yield slots.popleft()[0]
            try:
                result = next(results)
            except StopIteration:  # every task was pulled: what is left was settled here
                yield from (slot[0] for slot in slots)
                return
            out.popleft().append(result)

    return mapped


def _settle(
    outcome: Outcome,
    text: str | None,
    folder: Path | None,
    manifest: dict[str, dict[str, Any]],
    key: str,
    writer: ManifestWriter,
) -> Outcome:
    """In the parent: write a finished output (unless its worker did), then record it; fill
    in a skipped record."""
    if outcome.status == Status.SKIPPED:
        entry = manifest[outcome.id]
        return Outcome(
            outcome.id,
            outcome.path,
            Status.SKIPPED,
            entry.get("record"),
            output=outcome.output,
            digest=outcome.digest,
        )
    if outcome.status != Status.DONE or folder is None or outcome.output is None:
        return outcome
    if outcome.size is None:  # sent back by a worker that cannot see the folder
        if text is None:
            return outcome
        outcome = write_output(outcome, text, folder)
        if outcome.status != Status.DONE:
            return outcome
    writer.append(
        {
            "id": outcome.id,
            "path": outcome.path,
            "digest": outcome.digest,
            "options": key,
            "output": outcome.output,
            "bytes": outcome.size,
            "sha256": outcome.output_digest,
            "record": outcome.record,
        }
    )
    return outcome
