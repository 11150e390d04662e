"""Where output goes and how it looks: the terminal, its width, colour (NO_COLOR), progress
bars and messages. Commands reach it through console(); tests can pass their own as
``CliRunner().invoke(cli, args, obj=Console(...))``."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import click

from ..models import Article, Failure, LoadOptions, RenderOptions
from ..safe_text import shown_path
from .errors import say
from .progress import Progress

__all__ = ["Console", "Output", "console", "shown_path"]


@dataclass(frozen=True, slots=True)
class Output:
    """--format, -o/--output, --width, --color and --indent as given (None: not given)."""

    fmt: str
    path: str | None = None
    width: int | None = None
    color: bool | None = None
    indent: int | None = None  # JSON's, when --indent is given


class Console:
    """The terminal the command runs in. ``terminal``: whether standard output and
    standard error are terminals (None: ask them); ``environ``: for NO_COLOR."""

    def __init__(
        self,
        *,
        stdout_tty: bool | None = None,
        stderr_tty: bool | None = None,
        columns: int | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._stdout_tty = stdout_tty
        self._stderr_tty = stderr_tty
        self._columns = columns
        self._environ = environ
        self.quiet = False  # -q: no progress, no informational line (errors still shown)

    def stdout_is_terminal(self) -> bool:
        if self._stdout_tty is None:  # sys.stdout is None when the command runs with it closed
            return sys.stdout is not None and sys.stdout.isatty()
        return self._stdout_tty

    def stderr_is_terminal(self) -> bool:
        if self._stderr_tty is None:
            return sys.stderr is not None and sys.stderr.isatty()
        return self._stderr_tty

    def render_options(self, out: Output) -> RenderOptions:
        """Colour and wrapping only on a terminal (colour never with NO_COLOR set), unless
        --color or --width says otherwise."""
        on_terminal = out.path is None and self.stdout_is_terminal()
        color, width = out.color, out.width
        if color is None:
            environ = os.environ if self._environ is None else self._environ
            color = on_terminal and "NO_COLOR" not in environ
        if width is None and on_terminal:
            width = self._columns or shutil.get_terminal_size((100, 24)).columns
        return RenderOptions(width=width, color=color, indent=out.indent)

    def load(
        self, paths: Sequence[str], options: LoadOptions
    ) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
        """load_articles(paths, options), with a "reading" progress bar (count and rate)."""
        from ..inputs import count_sources, load_articles

        self.skipped(paths)
        with self.progress(lambda: count_sources(paths), "reading") as update:
            return load_articles(paths, options, progress=update)

    def skipped(self, paths: Sequence[str]) -> None:
        """One informational line naming the files (and batch folders) among the inputs
        that the tool wrote itself, which are not read as articles."""
        if self.quiet:
            return
        from ..inputs import INPUT_SUFFIXES, JSONL_SUFFIXES, skipped_outputs

        found = skipped_outputs(paths, INPUT_SUFFIXES | JSONL_SUFFIXES)
        if found:
            shown = ", ".join(found[:3]) + (
                f" and {len(found) - 3:,} more" if len(found) > 3 else ""
            )
            say(f"skipped, as written by summarise (not articles): {shown}")

    def guard_output(self, path: str | None, paths: Sequence[str]) -> list[str]:
        """Before any work: refuse an output that is one of the inputs (a file the paths
        name or expand to, a JSONL file included). Returns the inputs, for emit()."""
        from ..inputs import input_files
        from ..output import check_not_input

        if path is None or path == "-":
            return list(paths)
        inputs = [*paths, *input_files(paths)]
        check_not_input(path, inputs)
        return inputs

    def emit(self, text: str, path: str | None, inputs: Sequence[str]) -> None:
        """The rendered text on standard output, or written atomically to ``path`` (never
        over one of the inputs)."""
        from ..output import check_not_input, write_atomic

        if path is None or path == "-":
            # color=True: keep the codes the renderer chose (--color asks for them even when
            # piped); render strips control characters from article text, so any are ours.
            _to_stdout(text, nl=False, color=True)
            return
        check_not_input(path, inputs)
        write_atomic(path, text)

    def line(self, text: str) -> None:
        """One line on standard output (a streamed record)."""
        _to_stdout(text)

    def say(self, message: str) -> None:
        """One line on standard error: "summarise: message"."""
        say(message)

    def info(self, message: str) -> None:
        """An informational line on standard error ("summarise: ..."), unless --quiet."""
        if not self.quiet:
            say(message)

    def failures(self, failures: Sequence[Failure]) -> None:
        for failure in failures:
            say(f"{shown_path(failure.path)}: {failure.reason}")

    @contextlib.contextmanager
    def progress(
        self, length: int | Callable[[], int], label: str
    ) -> Iterator[Callable[[int], None] | None]:
        """A progress bar on standard error when it is a terminal: yields its update, or
        None (nothing to show on a pipe, or with --quiet). ``length``: the number of items,
        or a function counting them, called only when the bar is shown."""
        if self.quiet or not self.stderr_is_terminal():
            yield None
            return
        bar = Progress(length() if callable(length) else length, label)
        try:
            yield bar.update
        finally:
            bar.close()

    @contextlib.contextmanager
    def steps(self, names: Sequence[str], label: str) -> Iterator[Callable[[str], None] | None]:
        """A bar over the named steps of one long piece of work (a comparison) on standard
        error when it is a terminal: yields a function to call as each step begins, or None.
        It shows the step and the time taken so far: steps differ too much in length for a
        rate or a time left to mean anything."""
        if self.quiet or not self.stderr_is_terminal():
            yield None
            return
        bar = Progress(len(names), label, rate=False)
        try:
            yield bar.begin
        finally:
            bar.close()


def _to_stdout(text: str, nl: bool = True, color: bool | None = None) -> None:
    """Text on standard output; OutputError names it when it cannot take it (closed, a full
    disk, /dev/full). A reader that went away (| head) is not an error: BrokenPipeError
    goes on to the command's handler."""
    from ..errors import OutputError

    if sys.stdout is None:
        raise OutputError("standard output: cannot write (it is closed)")
    try:
        click.echo(text, nl=nl, color=color)
    except BrokenPipeError:
        raise
    except OSError as exc:
        # What is still buffered would fail again at exit, with a traceback: drop it there.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None


def console() -> Console:
    """The current command's console: the one the group was given, or the real terminal."""
    return click.get_current_context().ensure_object(Console)
