"""The work of one article, wherever it runs: hash, load, summarise, render and, where the worker sees the output folder, write."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError, OutputError
from ..inputs import Source, load_source
from ..models import BatchOptions, LoadOptions, Outcome, Status
from ..output import safe_path_under, write_atomic
from .layout import output_digest

__all__ = ["Task", "work", "write_output"]


@dataclass(frozen=True, slots=True)
class Task:
    source: Source
    output: str | None  # relative output path; None when streaming
    known_digest: str | None  # the manifest's hash for this output, when it is up to date
    options: BatchOptions = field(default_factory=BatchOptions)
    folder: str | None = None  # the worker writes the output here itself (it sees our files)
    settled: Outcome | None = None  # known in the parent: never sent to a worker (see run.py)


def work(task: Task) -> tuple[Outcome, str | None]:
    """In a worker: read (once), hash, load, summarise and render one article; write it
    where the worker sees the output folder, else send the text back. (Up-to-date articles
    are settled in the parent and never come here.)"""
    source, options = task.source, task.options
    try:
        source = source.read_ahead(options.max_bytes)  # the file's bytes, read once
        digest = source.digest(options.max_bytes)
        article = load_source(source, LoadOptions(options.summary.language, options.max_bytes))
        from ..render.json import article_record
        from ..render.summary import render_article
        from ..summarizers import summarise

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
    return write_output(done, text, Path(task.folder)), None


def write_output(outcome: Outcome, text: str, folder: Path) -> Outcome:
    """Write a finished output atomically, never through a link inside the folder; the
    outcome with its size and hash, or failed."""
    assert outcome.output is not None
    try:
        target = safe_path_under(folder, outcome.output)  # an id with folders ("2024/05/a.json")
        data = text.encode("utf-8")
        write_atomic(target, data, durable=False, follow_links=False)
    except (OSError, OutputError) as exc:
        return replace(
            outcome, status=Status.FAILED, record=None, reason=f"cannot write the output ({exc})"
        )
    return replace(outcome, size=len(data), output_digest=output_digest(data))
