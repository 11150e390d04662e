"""Exit statuses, and the one place exceptions become them, for every command of the group.

0 success; 1 some input failed or a domain error; 2 usage error (click's own, a missing
path, a library option refused, with its flag named); 130 interrupted (Ctrl-C); 143
terminated (SIGTERM, handled as Ctrl-C is)."""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from ..errors import MissingPathError, OptionError, SummariseError
from ..safe_text import one_line

__all__ = [
    "Command",
    "ExitStatus",
    "Terminated",
    "ToolError",
    "interrupt_between_steps",
    "say",
    "stopping_signals",
]


class ExitStatus(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM: stops the work as Ctrl-C does, and exits 143."""


_OWNED = [False]  # whether the process is the `summarise` command's own (own_the_process)


def own_the_process() -> None:
    """Say that this process runs the `summarise` command and ends with it (__main__.main):
    only then may a stop leave Ctrl-C and SIGTERM ignored (ignore_stops). A program that
    calls the CLI in-process (click's CliRunner, a notebook) keeps its handlers (a code
    review's case: the tests' own process had been left ignoring Ctrl-C)."""
    _OWNED[0] = True


def ignore_stops() -> None:
    """Ctrl-C and SIGTERM ignored from now on, once the command stops on one, in a process
    the command owns (own_the_process) and in its main thread: a burst of presses (four,
    5 ms apart) had raised again in the cleanup, or in the interpreter's shutdown after
    "summarise: interrupted", and printed "Exception ignored ... KeyboardInterrupt"
    tracebacks (10 runs of 12 at 300 articles, a QA reader's case)."""
    import signal
    import threading

    if not _OWNED[0] or threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)


def _raise_stop(signum: int, frame: object) -> None:
    import signal

    ignore_stops()  # first: a second press must not land in the unwinding this one starts
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


@contextlib.contextmanager
def stopping_signals() -> Iterator[None]:
    """SIGTERM raises Terminated, as Ctrl-C raises KeyboardInterrupt, while a command runs
    (in the main thread only: elsewhere signals cannot be handled); after the first, both
    are ignored (ignore_stops)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _raise_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            if signal.getsignal(signum) is _raise_stop:  # (ignored once the command stopped)
                signal.signal(signum, handler)


def say(message: str) -> None:
    """One line on standard error. File names and JSONL ids come from the input: made
    terminal-safe and kept on one line, so that no name can colour, retitle or fake output."""
    click.echo(f"summarise: {one_line(message)}", err=True)


class ToolError(click.ClickException):
    """A domain error, shown like every other message of the tool: "summarise: ..."."""

    def show(self, file: Any = None) -> None:
        say(self.format_message())


class MissingPath(ToolError):
    """A path that matches nothing: exit status 2, as a usage error, in one line ("summarise:
    no/such.txt: no such file, folder or matching pattern"), as cat and ls say it, not under
    click's usage lines."""

    exit_code = ExitStatus.USAGE


class Command(click.Command):
    """A command whose exceptions become exit statuses here, for the whole group."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with stopping_signals():
                return super().invoke(ctx)
        except MissingPathError as exc:  # a path that matches nothing: a usage error, one line
            raise MissingPath(one_line(str(exc))) from None
        except OptionError as exc:  # a library option refused: name the flag it came from
            flag = "--" + exc.option.replace("_", "-")
            raise click.BadParameter(str(exc), ctx=ctx, param_hint=f"'{flag}'") from None
        except SummariseError as exc:
            raise ToolError(str(exc)) from None
        except Terminated:
            ignore_stops()
            click.echo("summarise: terminated", err=True)
            sys.exit(ExitStatus.TERMINATED)
        except KeyboardInterrupt:
            ignore_stops()
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
            say(
                f"internal error ({type(exc).__name__}: {exc}); "
                "rerun with SUMMARISE_DEBUG=1 for the traceback and please report it"
            )
            sys.exit(ExitStatus.ERROR)


@contextlib.contextmanager
def interrupt_between_steps() -> Iterator[Callable[[], None]]:
    """Ctrl-C (or SIGTERM) sets a flag; the work raises KeyboardInterrupt (Terminated) only
    where the returned check is called, between two finished steps, never in the middle
    of a write."""
    import signal

    pending: int | None = None

    def note(signum: int, frame: object) -> None:
        nonlocal pending
        pending = signum

    def check() -> None:
        if pending is not None:
            ignore_stops()  # (before the pool's shutdown unwinds: a second press waits)
        if pending == signal.SIGTERM:
            raise Terminated
        if pending is not None:
            raise KeyboardInterrupt

    previous = {s: signal.signal(s, note) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield check
        check()
    finally:
        for signum, handler in previous.items():
            if signal.getsignal(signum) is note:  # (ignored once the command stopped)
                signal.signal(signum, handler)
