"""What an executor gives a batch run: a mapper, and whether its workers see our files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Executor", "Mapper"]

# map(fn, items) in input order: the builtin map, a process pool's, or a cluster's.
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


@dataclass(frozen=True, slots=True)
class Executor:
    map: Mapper
    ship_inputs: bool  # workers may not see this machine's files: send the bytes along
