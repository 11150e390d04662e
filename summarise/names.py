"""Names that never clash: an id or a file name taken already gets "-2", "-3"..."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["first_free"]


def first_free(base: str, taken: Callable[[str], bool], suffix: str = "") -> str:
    """``base + suffix`` unless ``taken`` says so, else the first of ``base-2 + suffix``,
    ``base-3 + suffix``... that is free."""
    name, n = f"{base}{suffix}", 2
    while taken(name):
        name = f"{base}-{n}{suffix}"
        n += 1
    return name
