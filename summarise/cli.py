"""The command line: parse options, call the core, write what render returns.

Exit status: 0 success; 1 some input failed or a domain error; 2 usage error;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import contextlib
import enum
import functools
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from . import defaults
from .errors import MissingPathError, SummariseError
from .models import Budget, Failure, LoadOptions, Status, SummaryOptions
from .nlp import LANGUAGES, normalize_language

__all__ = ["ExitStatus", "cli"]

DEFAULT_MAX_BYTES = defaults.MAX_BYTES


class ExitStatus(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


def _algorithm_names() -> list[str]:
    from .summarizers import ALGORITHMS

    return sorted(ALGORITHMS)


# --------------------------------------------------------------------------- shared options


def _default_algorithm() -> str:
    from .summarizers import DEFAULT_ALGORITHM

    return DEFAULT_ALGORITHM


def _language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return normalize_language(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """PATH arguments and the options that govern reading them."""
    fn = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Refuse input files larger than this.",
    )(fn)
    fn = click.option(
        "--language",
        default="english",
        show_default=True,
        callback=_language,
        help=f"Text language: {', '.join(sorted(LANGUAGES))} (or ISO codes).",
    )(fn)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(fn)


def output_options(
    formats: Sequence[str], default: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format, -o/--output, --width and --color, stacked on every command that prints."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "--color/--no-color",
            default=None,
            help="Colour the output (default: on a terminal, unless NO_COLOR is set).",
        )(fn)
        fn = click.option(
            "--width",
            type=click.IntRange(min=40),
            default=None,
            help="Wrap to this many columns (default: the terminal's width; no wrapping when piped).",
        )(fn)
        fn = click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, writable=False),
            default=None,
            help="Write to this file (atomically) instead of standard output.",
        )(fn)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(formats)),
            default=default,
            show_default=True,
            help="Output format.",
        )(fn)

    return decorate


def algorithm_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--algorithm",
        "-a",
        type=click.Choice(_algorithm_names()),
        default=None,
        help=f"Summarisation algorithm (see `summarise algorithms`) [default: {_default_algorithm()}].",
    )(fn)


def topic_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--topic and --max-topics, for the commands that compare."""
    fn = click.option(
        "--max-topics",
        type=click.IntRange(min=1, max=50),
        default=6,
        show_default=True,
        help="How many topics to discover when no --topic is given.",
    )(fn)
    return click.option(
        "--topic",
        "-t",
        "topics",
        multiple=True,
        help="A topic to follow across the articles (repeatable); without it, topics are discovered.",
    )(fn)


def budget_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--words",
        type=click.IntRange(min=1),
        default=None,
        help="Whole sentences within this many words (at least one sentence).",
    )(fn)
    fn = click.option(
        "--ratio",
        type=click.FloatRange(min=0, max=1, min_open=True),
        default=None,
        help="This share of each article's sentences.",
    )(fn)
    return click.option(
        "--sentences",
        "-n",
        type=click.IntRange(min=1),
        default=None,
        help="Sentences per summary [default: 3].",
    )(fn)


def _budget(sentences: int | None, ratio: float | None, words: int | None) -> Budget:
    given = [
        name
        for name, v in (("--sentences", sentences), ("--ratio", ratio), ("--words", words))
        if v is not None
    ]
    if len(given) > 1:
        raise click.UsageError(f"give only one of {', '.join(given)}")
    if not given:
        return Budget(sentences=3)
    return Budget(sentences=sentences, ratio=ratio, words=words)


# --------------------------------------------------------------------------- plumbing


def _render_options(output: str | None, width: int | None, color: bool | None) -> Any:
    from .render import RenderOptions

    on_terminal = output is None and sys.stdout.isatty()
    if color is None:
        color = on_terminal and "NO_COLOR" not in os.environ
    if width is None and on_terminal:
        width = shutil.get_terminal_size((100, 24)).columns
    return RenderOptions(width=width, color=color)


def _emit(text: str, output: str | None, inputs: Sequence[str]) -> None:
    from .output import check_not_input, write_atomic

    if output is None or output == "-":
        # color=True: keep the codes the renderer chose (--color asks for them even when
        # piped); render strips control characters from article text, so any are ours.
        click.echo(text, nl=False, color=True)
        return
    check_not_input(output, inputs)
    write_atomic(output, text)


def _say(message: str) -> None:
    """One line on standard error. File names and JSONL ids come from the input: made
    terminal-safe and kept on one line, so that no name can colour, retitle or fake output."""
    from .render import one_line

    click.echo(f"summarise: {one_line(message)}", err=True)


def _report_failures(failures: Sequence[Failure]) -> None:
    for failure in failures:
        _say(f"{failure.path}: {failure.reason}")


def _load(paths: Sequence[str], language: str, max_bytes: int) -> tuple[Any, tuple[Failure, ...]]:
    from .inputs import load_articles

    try:
        return load_articles(paths, LoadOptions(language=language, max_bytes=max_bytes))
    except MissingPathError as exc:
        raise click.UsageError(_message(exc)) from None


class _ToolError(click.ClickException):
    """A domain error, shown like every other message of the tool: "summarise: ..."."""

    def show(self, file: Any = None) -> None:
        _say(self.format_message())


def _message(exc: BaseException) -> str:
    from .render import one_line

    return one_line(str(exc))


@contextlib.contextmanager
def _interrupt_between_steps() -> Iterator[Callable[[], None]]:
    """Ctrl-C sets a flag; the work raises KeyboardInterrupt only where the returned check
    is called, between two finished steps, never in the middle of a write."""
    import signal

    pending = False

    def note(signum: int, frame: object) -> None:
        nonlocal pending
        pending = True

    def check() -> None:
        if pending:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield check
        check()
    finally:
        signal.signal(signal.SIGINT, previous)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the tool's own errors into one-line messages and Ctrl-C into exit 130."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SummariseError as exc:
            raise _ToolError(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("summarise: interrupted", err=True)
            sys.exit(ExitStatus.INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            # The reader went away (| head): not an error of ours; silence the flush at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(ExitStatus.OK)
        except Exception as exc:  # a bug of ours: one line for the user, the trace on request
            if os.environ.get("SUMMARISE_DEBUG"):
                raise
            _say(
                f"internal error ({type(exc).__name__}: {exc}); "
                "rerun with SUMMARISE_DEBUG=1 for the traceback and please report it"
            )
            sys.exit(ExitStatus.ERROR)

    return wrapper


# --------------------------------------------------------------------------- commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarise")
def cli() -> None:
    """Extractive summaries and cross-article comparison of news articles, offline."""


@cli.command()
@input_options
@algorithm_option
@click.option(
    "--merge",
    is_flag=True,
    help="One summary of the whole set, without repeating a point, each sentence tagged with its article.",
)
@budget_options
@output_options(["text", "table", "markdown", "json"], "text")
@handle_errors
def summary(
    paths: tuple[str, ...],
    language: str,
    max_bytes: int,
    algorithm: str | None,
    merge: bool,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    fmt: str,
    output: str | None,
    width: int | None,
    color: bool | None,
) -> None:
    """Summarise each article: real sentences from it, in its order.

    PATH may be a file, a folder (its .txt, .md, .html and .htm files), a glob
    pattern, or - for standard input.
    """
    from .render import render_summaries
    from .summarizers import DEFAULT_ALGORITHM, summarise_all

    options = SummaryOptions(
        algorithm=algorithm or DEFAULT_ALGORITHM,
        budget=_budget(sentences, ratio, words),
        language=language,
    )
    articles, failures = _load(paths, language, max_bytes)
    _report_failures(failures)
    if merge:
        text = _merged(articles, failures, options, fmt, _render_options(output, width, color))
    else:
        summaries = summarise_all(articles, options)
        text = render_summaries(summaries, failures, fmt, _render_options(output, width, color))
    # Check the files a folder or pattern expanded to as well: -o must never overwrite an input.
    inputs = [*paths, *(a.path for a in articles), *(f.path for f in failures)]
    _emit(text, output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)


def _merged(articles: Any, failures: Any, options: SummaryOptions, fmt: str, render: Any) -> str:
    from .merge import MergeOptions, merge
    from .render.merged import MERGED_RENDERERS

    return MERGED_RENDERERS[fmt](merge(articles, MergeOptions(summary=options)), failures, render)


@cli.command()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--algorithm",
    "-a",
    "algorithms",
    multiple=True,
    type=click.Choice(["all", *_algorithm_names()]),
    help="Algorithm to score (repeatable; `all` for every one; lead is always included) [default: the default].",
)
@click.option(
    "--sentences",
    "-n",
    type=click.IntRange(min=1),
    default=None,
    help="Sentences per summary [default: 3].",
)
@click.option(
    "--words",
    type=click.IntRange(min=1),
    default=None,
    help="Whole sentences within this many words.",
)
@click.option("--reference-length", is_flag=True, help="As many sentences as the row's reference.")
@click.option(
    "--reference",
    "references",
    multiple=True,
    type=click.IntRange(min=0),
    help="Score against this reference of each row only (repeatable; 0 is the first) [default: all].",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Evaluate only the first N usable rows.",
)
@click.option(
    "--keep-duplicates", is_flag=True, help="Keep rows marked duplicate_of (dropped by default)."
)
@click.option(
    "--language", default="english", show_default=True, callback=_language, help="Text language."
)
@output_options(["table", "markdown", "json"], "table")
@handle_errors
def evaluate(
    dataset: str,
    algorithms: tuple[str, ...],
    sentences: int | None,
    words: int | None,
    reference_length: bool,
    references: tuple[int, ...],
    limit: int | None,
    keep_duplicates: bool,
    language: str,
    fmt: str,
    output: str | None,
    width: int | None,
    color: bool | None,
) -> None:
    """Score summaries of a JSONL evaluation set against its references with ROUGE.

    Rows hold `text` (one article) or `documents` (a set, summarised as one merged
    summary), and `summaries`, the references. See README, "Summary quality".
    """
    from .evaluate import EvaluationOptions, load_dataset
    from .evaluate import evaluate as run_evaluate
    from .render.evaluation import EVALUATION_RENDERERS
    from .summarizers import ALGORITHMS, DEFAULT_ALGORITHM

    if reference_length and (sentences or words):
        given = ["--sentences" if sentences else "--words", "--reference-length"]
        raise click.UsageError(f"give only one of {', '.join(given)}")
    names = tuple(ALGORITHMS) if "all" in algorithms else (algorithms or (DEFAULT_ALGORITHM,))
    options = EvaluationOptions(
        algorithms=names,
        budget=None if reference_length else _budget(sentences, None, words),
        references=references or None,
        language=language,
    )
    data = load_dataset(dataset, limit=limit, keep_duplicates=keep_duplicates, language=language)
    _report_failures(data.failures)
    if sys.stderr.isatty():
        with click.progressbar(length=len(data.rows), label="evaluating", file=sys.stderr) as bar:
            result = run_evaluate(data, options, progress=bar.update)
    else:
        result = run_evaluate(data, options)
    _emit(
        EVALUATION_RENDERERS[fmt](result, _render_options(output, width, color)), output, [dataset]
    )
    if data.failures:
        sys.exit(ExitStatus.ERROR)


@cli.command()
def algorithms() -> None:
    """List the summarisation algorithms, one line each."""
    from .summarizers import ALGORITHMS, DEFAULT_ALGORITHM

    width = max(len(name) for name in ALGORITHMS)
    for name in sorted(ALGORITHMS):
        mark = " (default)" if name == DEFAULT_ALGORITHM else ""
        click.echo(f"{name:<{width}}  {ALGORITHMS[name].description}{mark}")


@cli.command()
@input_options
@topic_options
@click.option(
    "--threshold",
    type=click.FloatRange(min=0, max=1),
    default=None,
    help="Probability two sentences need to count as the same point [default: 0.2, calibrated].",
)
@output_options(["table", "markdown", "json"], "table")
@handle_errors
def compare(
    paths: tuple[str, ...],
    language: str,
    max_bytes: int,
    topics: tuple[str, ...],
    max_topics: int,
    threshold: float | None,
    fmt: str,
    output: str | None,
    width: int | None,
    color: bool | None,
) -> None:
    """Compare articles: who covers which topic, shared and unique points, and wording.

    PATH as for `summary`; at least two readable articles are needed.
    """
    from .compare import compare as run_compare
    from .models import CompareOptions
    from .render import render_comparison

    articles, failures = _load(paths, language, max_bytes)
    _report_failures(failures)
    options = CompareOptions(
        topics=tuple(t for t in topics if t.strip()),
        language=language,
        max_topics=max_topics,
        threshold=threshold,
    )
    comparison = run_compare(articles, options)
    text = render_comparison(comparison, fmt, _render_options(output, width, color))
    inputs = [*paths, *(a.path for a in articles), *(f.path for f in failures)]
    _emit(text, output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)


@cli.command()
@input_options
@click.option(
    "--out",
    "out_dir",
    required=True,
    help="Folder for one file per article, index.md, summaries.jsonl and the manifest; - streams JSONL to standard output.",
)
@algorithm_option
@budget_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "txt"]),
    default="json",
    show_default=True,
    help="Format of the file written for each article.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel processes [default: the machine's cores].",
)
@click.option(
    "--executor",
    type=click.Choice(["dask", "local"]),  # summarise.executors.EXECUTORS
    default="local",
    show_default=True,
    help="Where to summarise: processes on this machine, or a Dask cluster (pip install 'summarise[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    default=None,
    help="The Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786 [env: DASK_SCHEDULER_ADDRESS].",
)
@click.option("--force", is_flag=True, help="Redo every article, even those already up to date.")
@handle_errors
def batch(
    paths: tuple[str, ...],
    language: str,
    max_bytes: int,
    out_dir: str,
    algorithm: str | None,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    fmt: str,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    force: bool,
) -> None:
    """Summarise thousands of articles: one file each, an index, resumable.

    PATH as for `summary`, plus JSONL files with one article per line ({"id", "text",
    "title"...}). A rerun skips every article already done with the same content and
    options; a run killed at any moment loses no finished output.
    """
    import time

    from .batch import open_executor, run_batch
    from .models import BatchOptions
    from .summarizers import DEFAULT_ALGORITHM

    options = BatchOptions(
        summary=SummaryOptions(
            algorithm=algorithm or DEFAULT_ALGORITHM,
            budget=_budget(sentences, ratio, words),
            language=language,
        ),
        format=fmt,
        max_bytes=max_bytes,
        force=force,
    )
    streaming = out_dir == "-"
    _check_executor(executor, scheduler, jobs)
    started = time.perf_counter()
    try:
        with (
            _BatchReport(streaming) as report,
            open_executor(
                executor, jobs=jobs or os.cpu_count() or 1, scheduler=scheduler
            ) as runner,
            _interrupt_between_steps() as check,
        ):

            def step(outcome: Any) -> None:
                report.outcome(outcome)
                check()

            result = run_batch(
                paths,
                None if streaming else out_dir,
                options,
                mapper=runner.map,
                ship_inputs=runner.ship_inputs,
                on_start=report.start,
                on_outcome=step,
            )
    except MissingPathError as exc:
        raise click.UsageError(_message(exc)) from None
    index = "" if streaming else f"; see {os.path.join(out_dir, 'index.md')}"
    _say(
        f"{len(result.outcomes)} articles in {time.perf_counter() - started:.1f} s: "
        f"{result.count(Status.DONE)} summarised, {result.count(Status.SKIPPED)} up to date, "
        f"{result.count(Status.FAILED)} failed{index}"
    )
    if result.count(Status.FAILED):
        sys.exit(ExitStatus.ERROR)


class _BatchReport:
    """What a batch shows as it goes: a progress bar on a terminal (nothing on a pipe), each
    failure on stderr, and with --out - each record on stdout."""

    def __init__(self, streaming: bool) -> None:
        self._streaming = streaming
        self._bar: Any = None

    def __enter__(self) -> _BatchReport:
        return self

    def start(self, total: int) -> None:
        if sys.stderr.isatty():
            self._bar = click.progressbar(length=total, label="summarising", file=sys.stderr)
            self._bar.__enter__()

    def outcome(self, outcome: Any) -> None:
        from .render import to_json
        from .render.batch import outcome_line

        if self._streaming and outcome.status != "skipped":
            click.echo(to_json(outcome_line(outcome), indent=None))
        if outcome.status == "failed":
            _say(f"{outcome.path}: {outcome.reason}")
        if self._bar is not None:
            self._bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _check_executor(executor: str, scheduler: str | None, jobs: int | None) -> None:
    """--scheduler goes with the dask executor, --jobs with the local one."""
    ctx = click.get_current_context()
    if executor == "dask":
        if not scheduler:
            raise click.UsageError(
                "--executor dask needs --scheduler ADDRESS (or DASK_SCHEDULER_ADDRESS)"
            )
        if jobs is not None:
            raise click.UsageError(
                "--jobs counts local processes; a Dask cluster runs as many as its workers"
            )
    elif ctx.get_parameter_source("scheduler") is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--scheduler goes with --executor dask")


@cli.command()
@input_options
@topic_options
@algorithm_option
@budget_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report here (atomically) instead of standard output.",
)
@handle_errors
def report(
    paths: tuple[str, ...],
    language: str,
    max_bytes: int,
    topics: tuple[str, ...],
    max_topics: int,
    algorithm: str | None,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    output: str | None,
) -> None:
    """Write a Markdown brief: corpus, summaries, coverage, topics side by side, shared and
    unique points, quotes and distinctive wording.

    PATH as for `summary`; at least two readable articles are needed.
    """
    from .models import CompareOptions
    from .render.report import report_markdown
    from .report import build_report
    from .summarizers import DEFAULT_ALGORITHM

    articles, failures = _load(paths, language, max_bytes)
    _report_failures(failures)
    built = build_report(
        articles,
        SummaryOptions(algorithm or DEFAULT_ALGORITHM, _budget(sentences, ratio, words), language),
        CompareOptions(
            topics=tuple(t for t in topics if t.strip()), language=language, max_topics=max_topics
        ),
        failures,
    )
    inputs = [*paths, *(a.path for a in articles), *(f.path for f in failures)]
    with _interrupt_between_steps():
        _emit(report_markdown(built), output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)
