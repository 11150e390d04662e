"""Work on this machine: in this process for one job, else in a pool of processes, each
with one BLAS thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .base import Mapper

__all__ = ["CHUNK", "local_map", "one_blas_thread", "start_method"]


CHUNK = 16  # articles a local worker takes at once: one round trip for several


def local_map(jobs: int) -> Mapper:
    """Run on this machine: in this process for one job, else in a pool of processes."""
    if jobs <= 1:
        one_blas_thread()  # this process summarises, as a worker would
        return map

    def pooled(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        from concurrent.futures import ProcessPoolExecutor

        executor = ProcessPoolExecutor(jobs, mp_context=start_method(), initializer=_worker_init)
        try:
            yield from executor.map(fn, items, chunksize=CHUNK)
        except BaseException:  # interrupted, or the caller stopped early: drop what is queued
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        executor.shutdown(wait=True)

    return pooled


def start_method() -> Any:
    """fork where it is safe, else spawn.

    A forked worker starts at once with what the parent has loaded; a spawned one starts a
    new interpreter and imports everything again (about half a second each). Fork is safe
    on Linux while this process runs one thread and has not loaded numpy: a BLAS library
    starts threads of its own, and a child forked from a threaded process can deadlock.
    The command line's parent never loads numpy; a script that did gets spawned workers."""
    import multiprocessing
    import sys
    import threading

    safe = (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not {"numpy", "scipy", "sklearn"} & sys.modules.keys()
    )
    return multiprocessing.get_context("fork" if safe else "spawn")


def _worker_init() -> None:
    """Workers ignore Ctrl-C: the parent decides when to stop, and stops cleanly. And each
    runs one BLAS thread: the pool already fills the cores."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    one_blas_thread()


def one_blas_thread() -> None:
    """Run BLAS (and any OpenMP pool) in this process on one thread, with threadpoolctl.
    A batch summarises articles of a few dozen sentences: BLAS threads bring nothing there,
    and between calls they spin, taking a core from the other workers. numpy is loaded
    first (the summarisers load it anyway): threadpoolctl limits the libraries loaded."""
    import numpy  # noqa: F401  (its BLAS must be loaded to be limited)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
