"""The command line, click only: option decorators that build the typed options (options.py),
the console (console.py), one exception-to-exit-status mapping (errors.py) and the commands
(commands/), each a few lines over the library.

Exit status: 0 success; 1 some input failed or a domain error; 2 usage error;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

from .app import cli
from .commands import batch, compare, evaluate, report, stories, summary  # noqa: F401  (they register)
from .console import Console
from .errors import ExitStatus

__all__ = ["Console", "ExitStatus", "cli"]
