"""This installation's release of summarise, as workers and the batch manifest record it."""

from __future__ import annotations

__all__ = ["release"]


def release() -> str:
    """This installation's version of summarise ("dev" from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarise")
    except PackageNotFoundError:
        return "dev"
