"""Batch summaries: thousands of articles to one file each, an index, and a manifest.

Workers read, clean, summarise and write each output atomically (on a cluster, whose
workers may not see this machine's folders, they send the text back and the parent writes
it). Only then does the parent append a line to the manifest (``manifest.jsonl``): the
article's id, content hash, the options it was made with, the output's size and the
summary record. The parent is the manifest's only writer. A rerun reads the manifest and
skips every article whose content and options are unchanged and whose output is still
there, whole, so a run killed at any moment loses no finished work and leaves no
truncated file: at worst an output is written and not yet recorded, and is made again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError
from .inputs import Source, iter_sources, load_source
from .models import BatchOptions, BatchResult, Failure, LoadOptions, Outcome, Status
from .output import remove_stale_temporaries, write_atomic

__all__ = [
    "FORMATS",
    "MANIFEST",
    "BatchOptions",
    "BatchResult",
    "Outcome",
    "local_map",
    "one_blas_thread",
    "run_batch",
]

MANIFEST = "manifest.jsonl"
INDEX_MD = "index.md"
INDEX_JSONL = "summaries.jsonl"
FORMATS = {"md": "md", "json": "json", "txt": "txt"}  # --format -> file extension

# map(fn, items) in input order: the builtin map, a process pool's, or a cluster's.
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


def options_key(options: BatchOptions) -> str:
    """What an output depends on besides its article: changing any of it redoes the work."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("summarise")
    except PackageNotFoundError:  # running from a source tree
        release = "dev"
    budget = options.summary.budget
    parts = {
        "version": release,
        "algorithm": options.summary.algorithm,
        "budget": [budget.sentences, budget.ratio, budget.words],
        "language": options.summary.language,
        "format": options.format,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class _Task:
    source: Source
    output: str | None  # relative output path; None when streaming
    known_digest: str | None  # the manifest's hash for this output, when it is up to date
    options: BatchOptions = field(default_factory=BatchOptions)
    folder: str | None = None  # the worker writes the output here itself (it sees our files)
    settled: Outcome | None = None  # already known in the parent (see _read_ahead)


CHUNK = 16  # articles a local worker takes at once: one round trip for several


def local_map(jobs: int) -> Mapper:
    """Run on this machine: in this process for one job, else in a pool of processes."""
    if jobs <= 1:
        return map

    def pooled(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        from concurrent.futures import ProcessPoolExecutor

        executor = ProcessPoolExecutor(jobs, mp_context=_start_method(), initializer=_worker_init)
        try:
            yield from executor.map(fn, items, chunksize=CHUNK)
        except BaseException:  # interrupted, or the caller stopped early: drop what is queued
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        executor.shutdown(wait=True)

    return pooled


def _start_method() -> Any:
    """fork where it is safe, else spawn.

    A forked worker starts at once with what the parent has loaded; a spawned one starts a
    new interpreter and imports everything again (about half a second each). Fork is safe
    on Linux while this process runs one thread and has not loaded numpy: a BLAS library
    starts threads of its own, and a child forked from a threaded process can deadlock.
    The command line's parent never loads numpy; a script that did gets spawned workers."""
    import multiprocessing
    import sys
    import threading

    safe = (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not {"numpy", "scipy", "sklearn"} & sys.modules.keys()
    )
    return multiprocessing.get_context("fork" if safe else "spawn")


def _worker_init() -> None:
    """Workers ignore Ctrl-C: the parent decides when to stop, and stops cleanly. And each
    runs one BLAS thread: the pool already fills the cores."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    one_blas_thread()


def one_blas_thread() -> None:
    """Have numpy, when it loads in this process, run one BLAS thread unless told otherwise.
    A batch summarises articles of a few dozen sentences: BLAS threads bring nothing there,
    and between calls they spin, taking a core from the other workers. (No effect once
    numpy is loaded: BLAS reads these when it starts.)"""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


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
    used; an article that fails is an Outcome, never an exception.

    ``mapper`` runs the work (see local_map and summarise.executors); ``ship_inputs``
    reads each input here and sends its bytes with the work, for workers that cannot see
    this machine's files. Outputs are the same either way."""
    if options.format not in FORMATS:
        raise OutputError(f"unknown format {options.format!r}; choose one of {', '.join(FORMATS)}")
    items = list(iter_sources(paths))
    folder = _prepare(out_dir, [*paths, *_input_files(items)]) if out_dir is not None else None
    if on_start is not None:
        on_start(len(items))
    manifest = _read_manifest(folder) if folder is not None else {}
    key = options_key(options)
    names = _output_names([i.id for i in items if isinstance(i, Source)], FORMATS[options.format])

    def tasks() -> Iterator[_Task]:
        for item in items:
            if isinstance(item, Source):
                task = _task(item, names.get(item.id), folder, manifest, key, options)
                if ship_inputs:
                    yield _read_ahead(task)
                else:  # the worker sees our files: it writes the output itself
                    task = replace(task, folder=None if folder is None else str(folder))
                    yield _up_to_date_here(task)

    results = iter(_settled_here(mapper)(_work, tasks()))
    outcomes: list[Outcome] = []
    with _ManifestWriter(folder) as writer:
        for item in items:
            if isinstance(item, Failure):
                outcome = Outcome(item.path, item.path, Status.FAILED, reason=item.reason)
            else:
                outcome, text = next(results)
                outcome = _settle(outcome, text, folder, manifest, key, writer)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    result = BatchResult(tuple(outcomes))
    if folder is not None:
        from .render.batch import index_jsonl, index_markdown

        write_atomic(folder / INDEX_JSONL, index_jsonl(result))
        write_atomic(folder / INDEX_MD, index_markdown(result, options))
    return result


def _task(
    source: Source,
    output: str | None,
    folder: Path | None,
    manifest: dict[str, dict[str, Any]],
    key: str,
    options: BatchOptions,
) -> _Task:
    known = None
    entry = manifest.get(source.id)
    if (
        folder is not None
        and output is not None
        and not options.force
        and entry is not None
        and entry.get("options") == key
        and entry.get("output") == output
        and _intact(folder / output, entry.get("bytes"))
    ):
        known = entry.get("digest")
    return _Task(source, output, known, options)


def _read_ahead(task: _Task) -> _Task:
    """In the parent, for a worker that cannot see the input: the task with the file's bytes
    inside; or settled here, with no bytes to send, when the file is up to date or cannot be
    read (the same outcome _work would give)."""
    source = task.source
    try:
        source = source.read_ahead(task.options.max_bytes)
    except InputError as exc:
        return replace(task, settled=Outcome(source.id, exc.path, Status.FAILED, reason=exc.reason))
    return _up_to_date_here(replace(task, source=source))


def _up_to_date_here(task: _Task) -> _Task:
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

    def mapped(fn: Callable[[Any], Any], tasks: Iterable[_Task]) -> Iterator[Any]:
        slots: deque[list[Any]] = deque()  # one a task, in order: [result], or [] while out
        out: deque[list[Any]] = deque()  # the empty slots, in order

        def to_do() -> Iterator[_Task]:
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


def _work(task: _Task) -> tuple[Outcome, str | None]:
    """In a worker: hash, and unless up to date, load, summarise and render one article."""
    if task.settled is not None:
        return task.settled, None
    source, options = task.source, task.options
    try:
        digest = source.digest(options.max_bytes)
        if task.known_digest is not None and digest == task.known_digest:
            return Outcome(
                source.id, source.path, Status.SKIPPED, output=task.output, digest=digest
            ), None
        article = load_source(source, LoadOptions(options.summary.language, options.max_bytes))
        from .render.summary import article_record, render_article
        from .summarizers import summarise

        summary = summarise(article, options.summary)
        record = article_record(summary)
        text = render_article(summary, options.format, record)
    except InputError as exc:
        return Outcome(source.id, exc.path, Status.FAILED, reason=exc.reason), None
    except Exception as exc:  # a bug of ours must not stop the other articles
        reason = f"internal error ({type(exc).__name__}: {exc})"
        return Outcome(source.id, source.path, Status.FAILED, reason=reason), None
    done = Outcome(source.id, source.path, Status.DONE, record, output=task.output, digest=digest)
    if task.folder is None or task.output is None:
        return done, text
    return _write(done, text, Path(task.folder)), None


def _write(outcome: Outcome, text: str, folder: Path) -> Outcome:
    """Write a finished output atomically; the outcome with its size, or failed."""
    assert outcome.output is not None
    try:
        target = folder / outcome.output
        if "/" in outcome.output:  # an id with folders ("2024/05/a.json")
            target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        write_atomic(target, data, durable=False)
    except (OSError, OutputError) as exc:
        return replace(
            outcome, status=Status.FAILED, record=None, reason=f"cannot write the output ({exc})"
        )
    return replace(outcome, size=len(data))


def _settle(
    outcome: Outcome,
    text: str | None,
    folder: Path | None,
    manifest: dict[str, dict[str, Any]],
    key: str,
    writer: _ManifestWriter,
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
        outcome = _write(outcome, text, folder)
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
            "record": outcome.record,
        }
    )
    return outcome


def _input_files(items: Sequence[Source | Failure]) -> list[str]:
    """The files behind the items, each once: a file, or the JSONL file of a row
    ("rows.jsonl:7")."""
    files: dict[str, None] = {}
    for item in items:
        path = item.path
        if path not in files and not os.path.exists(path):
            path = path.rpartition(":")[0] or path
        files[path] = None
    return list(files)


def _prepare(out_dir: str, inputs: Sequence[str]) -> Path:
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


def _intact(path: Path, size: object) -> bool:
    """Is the recorded output still there, whole? (After a power cut, a file whose data had
    not reached the disk can be there but empty or short: it is made again.)"""
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:
        return False


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """The manifest's latest entry for each id; a torn last line (a killed run) is ignored."""
    entries: dict[str, dict[str, Any]] = {}
    try:
        with open(folder / MANIFEST, encoding="utf-8") as handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                    entries[entry["id"]] = entry
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError):
        return {}
    return entries


class _ManifestWriter:
    """Appends one JSON line per finished article, flushed to disk before the next."""

    def __init__(self, folder: Path | None) -> None:
        self._path = folder / MANIFEST if folder is not None else None
        self._handle: Any = None

    def __enter__(self) -> _ManifestWriter:
        if self._path is not None:
            self._repair_torn_end()
            self._handle = open(self._path, "a", encoding="utf-8")
        return self

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
        self._handle.write(json.dumps(entry) + "\n")
        self._handle.flush()  # in the kernel's hands: a killed run keeps it

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            # Outputs and manifest lines reach the disk together at the end of a run (one
            # sync, not two for each of thousands of articles).
            os.sync()
            self._handle.close()


_UNSAFE = re.compile(r"[^\w.-]+")


def _output_names(ids: Sequence[str], extension: str) -> dict[str, str]:
    """A safe relative file name for each id: its "/" parts as folders, other characters
    replaced, never "." or ".." and never two ids on one file."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article_id in ids:
        parts = [
            _UNSAFE.sub("_", p).strip(".") or "_" for p in re.split(r"[/\\]+", article_id) if p
        ]
        base = "/".join(parts or ["_"])
        name, n = f"{base}.{extension}", 2
        while name.lower() in taken or name in (MANIFEST, INDEX_MD, INDEX_JSONL):
            name = f"{base}-{n}.{extension}"
            n += 1
        taken.add(name.lower())
        names[article_id] = name
    return names
