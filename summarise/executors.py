"""Where batch work runs: processes on this machine, or a Dask cluster (summarise[dask]).

An executor gives run_batch a mapper, map(fn, items) yielding results in input order, and
says whether its workers can read this machine's files. Dask is imported only when a
cluster is asked for, and only here.

On a cluster the parent reads every input and sends its bytes with the task
(Source.read_ahead), so workers need no access to the input paths; they return the
summary and its rendered text, and the parent writes every output and the manifest, as
on one machine. Outputs are the same bytes either way.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .batch import Mapper, local_map
from .errors import ExecutorError

__all__ = ["CONNECT_TIMEOUT", "EXECUTORS", "Executor", "dask_map", "open_executor"]

CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler, and to find a worker there
TASKS_PER_FUTURE = 16  # articles sent to a worker at once: one round trip for several


@dataclass(frozen=True, slots=True)
class Executor:
    map: Mapper
    ship_inputs: bool  # workers may not see this machine's files: send the bytes along


@contextmanager
def _local(*, jobs: int = 1, scheduler: Any = None) -> Iterator[Executor]:
    yield Executor(local_map(jobs), ship_inputs=False)


@contextmanager
def _dask(*, jobs: int = 1, scheduler: Any = None) -> Iterator[Executor]:
    if scheduler is None:
        raise ExecutorError("the dask executor needs a scheduler address (--scheduler)")
    with dask_map(scheduler) as mapper:
        yield Executor(mapper, ship_inputs=True)


# --executor NAME -> a context manager yielding the Executor; it releases what it holds.
EXECUTORS: dict[str, Callable[..., Any]] = {"local": _local, "dask": _dask}


def open_executor(name: str, *, jobs: int = 1, scheduler: Any = None) -> Any:
    """``with open_executor("dask", scheduler="tcp://10.0.0.5:8786") as where:`` then
    ``run_batch(..., mapper=where.map, ship_inputs=where.ship_inputs)``."""
    if name not in EXECUTORS:
        raise ExecutorError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")
    return EXECUTORS[name](jobs=jobs, scheduler=scheduler)


@contextmanager
def dask_map(
    scheduler: Any,
    *,
    timeout: float | None = None,
    tasks_per_future: int = TASKS_PER_FUTURE,
    window: int | None = None,
) -> Iterator[Mapper]:
    """A mapper that runs on a Dask cluster, ordered like map().

    ``scheduler``: an address (tcp://10.0.0.5:8786), or a distributed Client or cluster
    (LocalCluster) already made, which is then left open. ``tasks_per_future`` items go to
    a worker at once; at most ``window`` such batches are in flight (default: twice the
    cluster's threads), so memory stays bounded however many items there are. Raises
    ExecutorError when dask is not installed, the scheduler cannot be reached or has no
    worker within ``timeout`` seconds, or a worker runs another version of summarise."""
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    client, owned = _connect(scheduler, timeout)
    try:
        _check_workers(client, timeout)
        yield functools.partial(_cluster_map, client, tasks_per_future, window)
    finally:
        if owned:
            client.close()


def _connect(scheduler: Any, timeout: float) -> tuple[Any, bool]:
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError("the dask executor needs Dask: pip install 'summarise[dask]'") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    where = scheduler if isinstance(scheduler, str) else type(scheduler).__name__
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False), True
    except Exception as exc:  # OSError when refused or timed out, ValueError for a bad address...
        reason = str(exc) or type(exc).__name__
        raise ExecutorError(
            f"cannot reach the Dask scheduler at {where} within {timeout:g} s ({reason}); "
            "is `dask scheduler` running there?"
        ) from None


def _check_workers(client: Any, timeout: float) -> None:
    """At least one worker, and every worker running this version of summarise: the
    manifest records outputs as made by this version."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError):
        raise ExecutorError(
            f"the Dask scheduler at {client.scheduler.address} has no worker after {timeout:g} s; "
            "start one with `dask worker ADDRESS`"
        ) from None
    mine = release()
    try:
        theirs = client.run(release)
    except Exception as exc:  # a worker without summarise cannot even unpickle the call
        raise ExecutorError(
            f"the Dask workers cannot run summarise ({type(exc).__name__}: {exc}); "
            f"install summarise[dask] {mine} on every worker"
        ) from None
    for worker, version in sorted(theirs.items()):
        if version != mine:
            raise ExecutorError(
                f"the Dask worker {worker} runs summarise {version}, this machine {mine}; "
                "install the same version on every worker"
            )


def release() -> str:
    """This installation's version of summarise ("dev" from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarise")
    except PackageNotFoundError:
        return "dev"


def _cluster_map(
    client: Any,
    tasks_per_future: int,
    window: int | None,
    fn: Callable[[Any], Any],
    items: Iterable[Any],
) -> Iterator[Any]:
    """Submit batches of items as they are needed, keep at most ``window`` in flight, and
    yield results in input order; what is still queued is cancelled if the caller stops."""
    if window is None:
        window = max(4, 2 * sum(client.nthreads().values()))
    run = functools.partial(_run_batch_of, fn)
    source = iter(items)
    pending: deque[Any] = deque()
    try:
        while True:
            while len(pending) < window:
                part = list(islice(source, tasks_per_future))
                if not part:
                    break
                pending.append(client.submit(run, part, pure=False))
            if not pending:
                return
            yield from _results(pending.popleft())
    finally:
        if pending:
            client.cancel(list(pending))


def _run_batch_of(fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """On a worker: one future's worth of items."""
    return [fn(item) for item in items]


def _results(future: Any) -> list[Any]:
    try:
        return list(future.result())
    except Exception as exc:  # fn reports its own failures: this is the cluster's
        raise ExecutorError(
            f"the Dask cluster failed ({type(exc).__name__}: {exc}); "
            "finished articles are kept: rerun to go on"
        ) from None
