"""Work on a Dask cluster (summarise[dask]): the only module that imports Dask."""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from ...errors import ExecutorError
from ...version import build, release
from .base import Mapper

__all__ = ["CONNECT_TIMEOUT", "TASKS_PER_FUTURE", "dask_map"]


CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler, and to find a worker there


TASKS_PER_FUTURE = 16  # articles sent to a worker at once: one round trip for several


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
    except ValueError as exc:  # an address that names no scheduler: said at once, no wait
        raise ExecutorError(
            f"{where} is not a Dask scheduler's address ({exc}); give one as tcp://HOST:8786"
        ) from None
    except Exception as exc:  # OSError when refused or timed out...
        reason = str(exc) or type(exc).__name__
        raise ExecutorError(
            f"cannot reach the Dask scheduler at {where} within {timeout:g} s ({reason}); "
            "is `dask scheduler` running there?"
        ) from None


def _check_workers(client: Any, timeout: float) -> None:
    """At least one worker, and every worker running this version of summarise, the same
    code (version.build): the manifest records outputs as made by it."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError):
        raise ExecutorError(
            f"the Dask scheduler at {client.scheduler.address} has no worker after {timeout:g} s; "
            "start one with `dask worker ADDRESS`"
        ) from None
    mine = build()
    try:
        theirs = client.run(build)
    except Exception as exc:  # a worker without summarise cannot even unpickle the call
        raise ExecutorError(
            f"the Dask workers cannot run summarise ({type(exc).__name__}: {exc}); "
            f"install summarise[dask] {release()} on every worker"
        ) from None
    for worker, version in sorted(theirs.items()):
        if version != mine:
            raise ExecutorError(
                f"the Dask worker {worker} runs summarise {version}, this machine {mine}; "
                "install the same version (the same code) on every worker"
            )


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
