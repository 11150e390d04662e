"""The tool's own exceptions: each carries a message written for a person."""

from __future__ import annotations

__all__ = ["ExecutorError", "InputError", "MissingPathError", "OutputError", "SummariseError"]


class SummariseError(Exception):
    """Base class: anything the tool refuses to do, with a one-line reason."""


class InputError(SummariseError):
    """One input could not be read or holds no text; the others can go on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class MissingPathError(SummariseError):
    """A path given on the command line does not exist (a usage error)."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such file, folder or matching pattern")
        self.path = path


class OutputError(SummariseError):
    """An output could not be written, or would overwrite an input."""


class ExecutorError(SummariseError):
    """Where the work was to run cannot run it: a cluster missing, unreachable or failing."""
