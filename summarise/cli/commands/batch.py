"""`summarise batch`."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from typing import Any

import click

from ... import defaults
from ...models import BatchOptions, BatchResult, EarlierOutputs, LoadOptions, Outcome, Status
from ..app import cli
from ..console import Console, console, shown_path
from ..errors import ExitStatus, ToolError, interrupt_between_steps
from ..options import (
    algorithm_option,
    budget_options,
    builds,
    check_executor,
    executor_options,
    format_option,
    input_options,
    nothing_to_read,
    quiet_option,
    summary_options,
)

__all__ = ["batch"]

# --format's long names -> the batch's format keys (models.BATCH_FORMATS: md, json, txt,
# which are also the files' extensions and part of the manifest's options key).
FORMATS = {"json": "json", "markdown": "md", "text": "txt"}


@cli.command()
@input_options
@click.option(
    "--out-dir",
    "--out",
    "out_dir",
    required=True,
    metavar="DIR",
    help="Folder for one file per article, index.md, summaries.jsonl and the manifest; - streams JSONL records to standard output instead, whatever --format says (--out is the same option).",
)
@algorithm_option
@budget_options
@format_option(
    tuple(FORMATS),
    {v: k for k, v in FORMATS.items()}[defaults.BATCH_FORMAT],
    help="Format of the file written for each article.",
)
@executor_options("summarise")
@click.option("--force", is_flag=True, help="Redo every article, even those already up to date.")
@quiet_option
@summary_options
@builds(
    "options",
    lambda kw: BatchOptions(
        kw.pop("summary"), FORMATS[kw.pop("fmt")], kw["load"].max_bytes, kw.pop("force")
    ),
)
def batch(
    paths: tuple[str, ...],
    load: LoadOptions,
    out_dir: str,
    options: BatchOptions,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
) -> None:
    """Summarise thousands of articles: one file each, an index, resumable.

    PATH as for `summary`, plus JSONL files with one article per line ({"id", "text",
    "title"...}). A rerun skips every article already done with the same content and
    options; a run killed at any moment loses no finished output.

    \b
    Examples:
      summarise batch articles/ --out-dir summaries/ --format markdown
      summarise batch feed.jsonl --out-dir - | jq -r '.summary[0].text'
      summarise batch feed.jsonl --out-dir out/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from ...batch import open_executor, run_batch

    streaming = out_dir == "-"
    check_executor(executor, scheduler, jobs)
    _check_something_to_read(paths)
    console().skipped(paths)
    earlier = None if streaming else _tell_earlier(out_dir, options)
    started = time.perf_counter()
    cores = jobs or os.cpu_count() or 1
    with (
        _Progress(console(), streaming, paths) as shown,
        open_executor(executor, jobs=cores, scheduler=scheduler) as runner,
        interrupt_between_steps() as check,
    ):

        def step(outcome: Outcome) -> None:
            shown.outcome(outcome)
            check()  # Ctrl-C stops here, between two articles

        where = None if streaming else out_dir
        result = run_batch(
            paths,
            where,
            options,
            mapper=runner.map,
            ship_inputs=runner.ship_inputs,
            on_start=shown.start,
            on_outcome=step,
        )
    if earlier is not None and earlier.redone_ids:
        # said once done, and of what was made: before the run it had counted the outputs
        # of articles gone from the inputs, and said so again on every rerun (a user's case)
        again = sum(o.status is Status.DONE and o.id in earlier.redone_ids for o in result.outcomes)
        if again:
            console().info(
                f"{out_dir}: {again:,} output{'s' if again != 1 else ''} of an earlier run with "
                "other options made again with these"
            )
    shown.finish(result, time.perf_counter() - started, None if streaming else out_dir)
    if result.count(Status.FAILED):
        sys.exit(ExitStatus.ERROR)


class _Progress(contextlib.ExitStack):
    """What a batch shows as it goes: a progress bar on a terminal (nothing on a pipe), each
    failure on stderr, and with --out - each record on stdout."""

    def __init__(self, here: Console, streaming: bool, paths: tuple[str, ...]) -> None:
        super().__init__()
        self._paths = paths
        self._here = here
        self._streaming = streaming
        self._update: Any = None

    def start(self, total: int) -> None:
        if total == 0:  # JSONL files without a row: nothing to read
            raise ToolError(nothing_to_read(self._paths, "not one article in it"))
        self._update = self.enter_context(self._here.progress(total, "summarising"))

    def finish(self, result: BatchResult, seconds: float, out_dir: str | None) -> None:
        """The closing line: the counts, the time, and where the index is."""
        if not result.outcomes:  # JSONL files with only blank lines: nothing was read
            raise ToolError(nothing_to_read(self._paths, "not one article in it"))
        index = "" if out_dir is None else f"; see {os.path.join(out_dir, 'index.md')}"
        self._here.info(
            f"{len(result.outcomes)} article{'' if len(result.outcomes) == 1 else 's'} in"
            f" {seconds:.1f} s: "
            f"{result.count(Status.DONE)} summarised, {result.count(Status.SKIPPED)} up to date, "
            f"{result.count(Status.FAILED)} failed{index}"
        )

    def outcome(self, outcome: Outcome) -> None:
        from ...render.json import outcome_line, to_json

        if self._streaming and outcome.status != Status.SKIPPED:
            self._here.line(to_json(outcome_line(outcome), indent=None))
        if outcome.status == Status.FAILED:
            self._here.say(f"{shown_path(outcome.path)}: {outcome.reason}")
        if self._update is not None:
            self._update(1)


def _tell_earlier(out_dir: str, options: BatchOptions) -> EarlierOutputs:
    """One line on the outputs an earlier run in another format left in the same folder,
    which this run leaves as they are (nothing when there are none); what it finds of the
    earlier run's outputs, for the line on those made again once the run is done."""
    from ...batch import earlier_outputs

    earlier = earlier_outputs(out_dir, options)
    if earlier.left:
        kinds = ", ".join(f".{f}" for f in earlier.formats)
        console().info(
            f"{out_dir}: {earlier.left:,} outputs of an earlier run in another format ({kinds}) "
            "are left as they are (index.md and summaries.jsonl list this run's only)"
        )
    return earlier


def _check_something_to_read(paths: tuple[str, ...]) -> None:
    """Nothing to read is an error, found before the output folder is made: a folder
    without an article file (an empty one, or one of PDFs)."""
    from ...inputs import INPUT_SUFFIXES, JSONL_SUFFIXES, expand_paths

    if not expand_paths(paths, INPUT_SUFFIXES | JSONL_SUFFIXES):
        raise ToolError(nothing_to_read(paths))
