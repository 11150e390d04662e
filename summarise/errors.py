"""The tool's own exceptions, raised where the problem arises: each carries a message
written for a person, and a bad option says which option (the CLI names its flag)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "BudgetError",
    "ExecutorError",
    "InputError",
    "MissingPathError",
    "OptionError",
    "OutputError",
    "SummariseError",
    "UnknownAlgorithmError",
    "UnknownLanguageError",
]


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


class OptionError(SummariseError, ValueError):
    """An option the library was given has a value it cannot use. ``option`` names it as
    the options object spells it ("language", "sentences"...), so that the command line
    can name its flag. (Also a ValueError, which these checks raised before.)"""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


class UnknownLanguageError(OptionError):
    def __init__(self, language: str, choices: Iterable[str]) -> None:
        super().__init__(
            "language",
            f"unsupported language {language!r}; choose one of {', '.join(sorted(choices))}",
        )


class UnknownAlgorithmError(OptionError):
    def __init__(self, algorithm: str, choices: Iterable[str]) -> None:
        super().__init__(
            "algorithm",
            f"unknown algorithm {algorithm!r}; choose one of {', '.join(sorted(choices))}",
        )


class BudgetError(OptionError):
    """A summary length that cannot be: two limits at once, or one out of range."""
