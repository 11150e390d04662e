"""Options shared by the commands, written once, each decorator turning its flags into the
typed options object the library takes (LoadOptions, SummaryOptions, CompareOptions,
Output). Choices come from the registries."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from .. import defaults
from ..errors import OptionError, UnknownLanguageError
from ..languages import LANGUAGES, normalize_language
from ..models import (
    TABLE_WIDTH,
    Budget,
    CompareOptions,
    LoadOptions,
    SourceInfo,
    SummaryOptions,
)
from .console import Output

__all__ = [
    "WRAPS_NOTHING",
    "WRAPS_TABLE",
    "WRAPS_TEXT_AND_TABLES",
    "FormatChoice",
    "algorithm_names",
    "algorithm_option",
    "budget",
    "budget_options",
    "builds",
    "compare_options",
    "format_option",
    "input_options",
    "language_callback",
    "output_options",
    "quiet_option",
    "require_inputs",
    "source_options",
    "summary_options",
    "topic_options",
]

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def builds(name: str, build: Callable[[dict[str, Any]], Any]) -> Decorator:
    """A decorator that passes ``name=build(kwargs)`` in place of the flags build() pops."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)  # shares fn's click parameters: flags stacked above it add to them
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            kwargs[name] = build(kwargs)
            return fn(*args, **kwargs)

        return wrapper

    return decorate


def language_callback(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return normalize_language(value)
    except UnknownLanguageError as exc:
        raise click.BadParameter(str(exc)) from None


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """PATH arguments and the options that govern reading them: ``load`` (LoadOptions)."""
    fn = builds("load", lambda kw: LoadOptions(kw.pop("language"), kw.pop("max_bytes")))(fn)
    fn = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=defaults.MAX_BYTES,
        show_default=True,
        help="Refuse input files larger than this.",
    )(fn)
    fn = click.option(
        "--language",
        default=defaults.LANGUAGE,
        show_default=True,
        callback=language_callback,
        help=f"Text language: {', '.join(sorted(LANGUAGES))} (or ISO codes).",
    )(fn)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(fn)


FORMAT_ALIASES = {"md": "markdown", "txt": "text"}


class FormatChoice(click.Choice):  # type: ignore[type-arg]
    """--format's choices, by their long names (text, table, markdown, json, jsonl, csv,
    html), also taking the short names md and txt on every command."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            alias = FORMAT_ALIASES.get(value.lower())
            if alias in self.choices:
                value = alias
        return super().convert(value, param, ctx)


def _with_note(help: str, note: str) -> str:
    """The help text with ``note`` after its first clause, before any "[default: ...]"."""
    text, bracket, rest = help.rstrip(".").partition(" [")
    return f"{text}{note}{bracket}{rest}."


def format_option(
    formats: Sequence[str], default: str | None, help: str = "Output format."
) -> Decorator:
    """--format FORMAT over ``formats``, md and txt accepted for markdown and text: ``fmt``."""
    aliases = [f"{a} for {f}" for a, f in FORMAT_ALIASES.items() if f in formats]
    note = f" ({', '.join(aliases)})" if aliases else ""
    return click.option(
        "--format",
        "fmt",
        type=FormatChoice(list(formats)),
        default=default,
        show_default=default is not None,
        help=_with_note(help, note),
    )


def indent_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--indent N: JSON indented by N spaces per level (default compact): ``indent``."""
    return click.option(
        "--indent",
        type=click.IntRange(min=1, max=8),
        default=None,
        help="With --format json: indent by this many spaces per level [default: compact, one line].",
    )(fn)


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        from .console import console

        console().quiet = True


# batch.EXECUTORS, sorted, named here: importing the batch package would slow every
# command's start (a test keeps the two equal).
EXECUTORS = ("dask", "local")


def executor_options(work: str) -> Decorator:
    """-j/--jobs, --executor and --scheduler, for the commands that spread ``work`` over
    processes or a Dask cluster (batch, stories): ``jobs``, ``executor``, ``scheduler``."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "--scheduler",
            metavar="ADDRESS",
            envvar="DASK_SCHEDULER_ADDRESS",
            default=None,
            help="The Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786 [env: DASK_SCHEDULER_ADDRESS].",
        )(fn)
        fn = click.option(
            "--executor",
            type=click.Choice(EXECUTORS),
            default="local",
            show_default=True,
            help=f"Where to {work}: processes on this machine, or a Dask cluster (pip install 'summarise[dask]').",
        )(fn)
        return click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            help="Parallel processes [default: the machine's cores].",
        )(fn)

    return decorate


def check_executor(executor: str, scheduler: str | None, jobs: int | None) -> None:
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


def quiet_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """-q/--quiet: no progress bar and no informational line on standard error; errors and
    the inputs that could not be read are still named."""
    return click.option(
        "--quiet",
        "-q",
        is_flag=True,
        expose_value=False,
        callback=_set_quiet,
        help="No progress and no informational messages (errors are still shown).",
    )(fn)


def nothing_to_read(paths: Sequence[str], detail: str | None = None) -> str:
    """The message when the inputs hold nothing to read: an empty folder, or only files of
    other kinds (PDFs, images)."""
    where = " ".join(paths) if len(paths) <= 3 else f"{' '.join(paths[:3])} ..."
    if detail is None:
        from ..inputs import INPUT_SUFFIXES, JSONL_SUFFIXES, skipped_outputs

        kinds = sorted(INPUT_SUFFIXES | JSONL_SUFFIXES)
        detail = f"no {', '.join(kinds[:-1])} or {kinds[-1]} file"
        if skipped_outputs(paths, INPUT_SUFFIXES | JSONL_SUFFIXES):
            detail += " but those summarise wrote itself"
    return f"nothing to read in {where}: {detail}"


def require_inputs(paths: Sequence[str], count: int, failed: int) -> None:
    """Nothing to read is an error (exit 1) with a one-line message. Inputs that were tried
    and failed are already named, one line each, and the run goes on (exit 1): its output
    still lists them (summary's JSON "failures")."""
    if count == 0 and failed == 0:
        from .errors import ToolError

        raise ToolError(nothing_to_read(paths))


# --width's help, as each command wraps: tables always (TABLE_WIDTH columns when piped),
# text on a terminal only, a table of figures never.
WRAPS_TEXT_AND_TABLES = (
    "Wrap text and tables to this many columns [default: the terminal's width; "
    f"when piped, tables at {TABLE_WIDTH} columns and text not at all]."
)
WRAPS_TABLE = (
    "Wrap the table to this many columns "
    f"[default: the terminal's width; {TABLE_WIDTH} when piped]."
)
WRAPS_NOTHING = "Accepted as on the other commands; a table of figures is never wrapped."


# What -o's extension says of the format, where --format is not given (a user's case:
# `summary -o s.md` wrote plain text, `compare -o c.json` the table, as only `report` read
# the extension).
_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".txt": "text",
}


def format_for(fmt: str | None, output: str | None, formats: Sequence[str], default: str) -> str:
    """--format as given; else what -o's extension says, when it is one of ``formats``;
    else ``default``."""
    if fmt:
        return fmt
    found = _BY_SUFFIX.get(Path(output or "").suffix.lower(), default)
    return found if found in formats else default


def output_options(formats: Sequence[str], default: str, wraps: str) -> Decorator:
    """--format, -o/--output, --width, --color and --indent, on every command that prints:
    ``out`` (Output). ``wraps``: --width's help, saying what the command wraps. Without
    --format, -o's extension picks the format (format_for)."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        def output(kw: dict[str, Any]) -> Output:
            path = kw.pop("output")
            fmt = format_for(kw.pop("fmt"), path, formats, default)
            return Output(fmt, path, kw.pop("width"), kw.pop("color"), kw.pop("indent"))

        fn = builds("out", output)(fn)
        fn = quiet_option(fn)
        fn = indent_option(fn)
        fn = click.option(
            "--color/--no-color",
            default=None,
            help="Colour the output (default: on a terminal, unless NO_COLOR is set).",
        )(fn)
        fn = click.option(
            "--width",
            type=click.IntRange(min=40),
            default=None,
            help=wraps,
        )(fn)
        fn = click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, writable=False),
            default=None,
            help="Write to this file (atomically) instead of standard output.",
        )(fn)
        return format_option(
            formats, None, help=f"Output format [default: from -o's extension, else {default}]."
        )(fn)

    return decorate


def algorithm_names() -> list[str]:
    from ..summarizers import ALGORITHMS

    return sorted(ALGORITHMS)


def algorithm_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--algorithm",
        "-a",
        type=click.Choice(algorithm_names()),
        default=None,
        help=f"Summarisation algorithm (see `summarise algorithms`) [default: {defaults.ALGORITHM}].",
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
        help=f"Sentences per summary [default: {defaults.SENTENCES}].",
    )(fn)


def budget(sentences: int | None, ratio: float | None, words: int | None) -> Budget:
    """The budget the flags give; a usage error names the flags when more than one is."""
    given = [
        name
        for name, v in (("--sentences", sentences), ("--ratio", ratio), ("--words", words))
        if v is not None
    ]
    if len(given) > 1:
        raise click.UsageError(f"give only one of {', '.join(given)}")
    if not given:
        return Budget(sentences=defaults.SENTENCES)
    return Budget(sentences=sentences, ratio=ratio, words=words)


def _summary(kw: dict[str, Any]) -> SummaryOptions:
    return SummaryOptions(
        algorithm=kw.pop("algorithm") or defaults.ALGORITHM,
        budget=budget(kw.pop("sentences"), kw.pop("ratio"), kw.pop("words")),
        language=kw["load"].language,
    )


# Turns -a and the budget flags (stacked above it) into ``summary`` (SummaryOptions).
summary_options: Decorator = builds("summary", _summary)


def topic_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--topic and --max-topics, for the commands that compare."""
    fn = click.option(
        "--max-topics",
        type=click.IntRange(min=1, max=50),
        default=defaults.MAX_TOPICS,
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


def _compare(kw: dict[str, Any]) -> CompareOptions:
    try:
        return CompareOptions(
            topics=tuple(kw.pop("topics")),
            language=kw["load"].language,
            max_topics=kw.pop("max_topics"),
            threshold=kw.pop("threshold", None),
        )
    except OptionError as exc:  # an empty --topic
        raise click.BadParameter(str(exc), param_hint="'--topic'") from None


# Turns the topic flags (and compare's --threshold) into ``comparing`` (CompareOptions).
compare_options: Decorator = builds("comparing", _compare)


def _sources(kw: dict[str, Any]) -> dict[str, SourceInfo]:
    """--sources FILE, then --label ID=LABEL on top: {article key: SourceInfo}."""
    from ..inputs import parse_labels, read_sources_file
    from ..inputs.metadata import Sourced

    path = kw.pop("sources_file")
    given = read_sources_file(path) if path else {}
    labels = parse_labels(kw.pop("labels"))
    for key, info in labels.items():
        given[key] = replace(given.get(key, SourceInfo()), label=info.label)
    # (a key that names no article is then blamed on the option that gave it)
    return Sourced(given, set(given) - set(labels))


def source_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--label and --sources, naming the articles' sources: ``sources`` ({key: SourceInfo})."""
    fn = builds("sources", _sources)(fn)
    fn = click.option(
        "--sources",
        "sources_file",
        type=click.Path(dir_okay=False),
        default=None,
        help="A CSV file with an id column and any of label, outlet, author, date, url.",
    )(fn)
    return click.option(
        "--label",
        "labels",
        multiple=True,
        metavar="ID=LABEL",
        help="A short name for an article's source (repeatable); ID may be the id, the file "
        "name or a prefix only that article has (such as 002).",
    )(fn)
