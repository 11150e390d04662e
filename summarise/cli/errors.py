"""Exit statuses, and the one place exceptions become them, for every command of the group.

0 success; 1 some input failed or a domain error; 2 usage error (click's own, a missing
path, a library option refused, with its flag named); 130 interrupted (Ctrl-C)."""

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

__all__ = ["Command", "ExitStatus", "ToolError", "interrupt_between_steps", "say"]


class ExitStatus(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


def say(message: str) -> None:
    """One line on standard error. File names and JSONL ids come from the input: made
    terminal-safe and kept on one line, so that no name can colour, retitle or fake output."""
    click.echo(f"summarise: {one_line(message)}", err=True)


class ToolError(click.ClickException):
    """A domain error, shown like every other message of the tool: "summarise: ..."."""

    def show(self, file: Any = None) -> None:
        say(self.format_message())


class Command(click.Command):
    """A command whose exceptions become exit statuses here, for the whole group."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MissingPathError as exc:  # a path that matches nothing: a usage error
            raise click.UsageError(one_line(str(exc)), ctx=ctx) from None
        except OptionError as exc:  # a library option refused: name the flag it came from
            flag = "--" + exc.option.replace("_", "-")
            raise click.BadParameter(str(exc), ctx=ctx, param_hint=f"'{flag}'") from None
        except SummariseError as exc:
            raise ToolError(str(exc)) from None
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
            say(
                f"internal error ({type(exc).__name__}: {exc}); "
                "rerun with SUMMARISE_DEBUG=1 for the traceback and please report it"
            )
            sys.exit(ExitStatus.ERROR)


@contextlib.contextmanager
def interrupt_between_steps() -> Iterator[Callable[[], None]]:
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
