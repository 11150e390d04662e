"""How much of a comparison the terminal and Markdown show: the first LIST_LIMIT of each list,
saying how many more there are, or all of it with ``--full`` (RenderOptions.full; JSON always
has all of it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ...models import RenderOptions
from .._text import cut as cut_to

__all__ = ["COPY_CHANGED", "LIST_LIMIT", "NONE_AGREED", "cut", "more_line", "more_markdown"]

LIST_LIMIT = 8  # aligned points, conflicts and quotes shown in text and Markdown
COPY_CHANGED = 3  # a copy's sentences worded otherwise shown under it
# Shared points when no point is matched surely enough to state as agreed (Alignment.agreed),
# and some are listed under the next heading
NONE_AGREED = "no point is matched surely enough to state as agreed: see “possibly also shared”"

_T = TypeVar("_T")


def cut(
    items: Sequence[_T], options: RenderOptions, size: int = LIST_LIMIT
) -> tuple[Sequence[_T], int]:
    """The first ``size`` items and how many are left out; every item with --full (the cut
    a brief makes, _text.cut)."""
    found = cut_to(items, None if options.full else size)
    return found.shown, found.left


def more_line(left: int, indent: str = "  ") -> str:
    """The terminal's line under a list it cut."""
    return f"{indent}(+{left} more: --full shows them)"


def more_markdown(left: int) -> str:
    """Markdown's line under a list it cut."""
    return f"And {left} more (`--full` shows them)."
