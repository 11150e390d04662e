"""How rendered output fits where it goes."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TABLE_WIDTH", "RenderOptions"]

# A table is wrapped even when piped (a cell of 240 characters makes no table): to the
# terminal's width, --width, or else this many columns. Text is wrapped on a terminal only.
TABLE_WIDTH = 100


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How output fits where it goes: wrapping width and colour (terminal only), and
    whether a brief shows everything or cuts its long sections (saying what it left out)."""

    width: int | None = None  # wrap to this many columns; None: no wrapping
    color: bool = False
    full: bool = False
