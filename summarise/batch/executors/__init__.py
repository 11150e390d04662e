"""Where batch work runs: processes on this machine (local.py), or a Dask cluster (dask.py,
summarise[dask]).

An executor gives run_batch a mapper, map(fn, items) yielding results in input order, and
says whether its workers can read this machine's files. Dask is imported only when a
cluster is asked for, and only in dask.py.

On a cluster the parent reads every input and sends its bytes with the task
(Source.read_ahead), so workers need no access to the input paths; they return the
summary and its rendered text, and the parent writes every output and the manifest, as
on one machine. Outputs are the same bytes either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ...errors import ExecutorError
from .base import Executor, Mapper
from .local import CHUNK, local_map

__all__ = ["EXECUTORS", "Executor", "Mapper", "local_map", "open_executor"]


@contextmanager
def _local(*, jobs: int = 1, scheduler: Any = None, chunk: int = CHUNK) -> Iterator[Executor]:
    yield Executor(local_map(jobs, chunk), ship_inputs=False)


@contextmanager
def _dask(*, jobs: int = 1, scheduler: Any = None, chunk: int = CHUNK) -> Iterator[Executor]:
    from .dask import dask_map

    if scheduler is None:
        raise ExecutorError("the dask executor needs a scheduler address (--scheduler)")
    with dask_map(scheduler) as mapper:
        yield Executor(mapper, ship_inputs=True)


# --executor NAME -> a context manager yielding the Executor; it releases what it holds.
EXECUTORS: dict[str, Callable[..., Any]] = {"local": _local, "dask": _dask}


def open_executor(name: str, *, jobs: int = 1, scheduler: Any = None, chunk: int = CHUNK) -> Any:
    """``with open_executor("dask", scheduler="tcp://10.0.0.5:8786") as where:`` then
    ``run_batch(..., mapper=where.map, ship_inputs=where.ship_inputs)``. ``chunk``: the items
    a local worker takes at once (local_map)."""
    if name not in EXECUTORS:
        raise ExecutorError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")
    return EXECUTORS[name](jobs=jobs, scheduler=scheduler, chunk=chunk)
