"""Work on this machine: in this process for one job, else in a pool of processes, each
with one BLAS thread."""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from .base import Mapper

__all__ = ["CHUNK", "WINDOW", "local_map", "one_blas_thread", "start_method"]


CHUNK = 16  # articles a local worker takes at once: one round trip for several


WINDOW = 2  # chunks in flight for each worker: enough to keep it busy, few to hold


def local_map(jobs: int, chunk: int = CHUNK) -> Mapper:
    """Run on this machine: in this process for one job, else in a pool of processes, each
    taking ``chunk`` items at once (one for work of seconds an item: a story's brief)."""
    if jobs <= 1:
        one_blas_thread()  # this process summarises, as a worker would
        return map

    def pooled(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        from concurrent.futures import ProcessPoolExecutor

        context = start_method()
        executor = ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_worker_init, initargs=(os.getpid(),)
        )
        spawned = context.get_start_method() != "fork"
        source = iter(items)
        pending: deque[Any] = deque()
        try:
            # At most WINDOW chunks a worker in flight: items are pulled as they are needed
            # (Executor.map would pull them all at once, and hold every article's text).
            while True:
                while len(pending) < WINDOW * jobs:
                    part = list(islice(source, chunk))
                    if not part:
                        break
                    # (a submit may start a worker until all have started)
                    starting = spawned and len(getattr(executor, "_processes", None) or ()) < jobs
                    pending.append(_submit(executor, fn, part, starting))
                if not pending:
                    break
                yield from pending.popleft().result()
        finally:
            # Finished, interrupted or stopped early: drop what is queued, and wait for the
            # workers to end here, never in the interpreter's exit (where the pool's
            # clean-up thread, still running, could print "Exception ignored ... OSError").
            for future in pending:
                future.cancel()
            executor.shutdown(wait=True, cancel_futures=True)

    return pooled


def _submit(executor: Any, fn: Callable[[Any], Any], part: list[Any], starting: bool) -> Any:
    """``executor.submit`` of a chunk; while spawned workers are ``starting``, with Ctrl-C
    ignored meanwhile: a worker it starts then (a new interpreter) starts with Ctrl-C
    ignored, as the signal's disposition survives exec. One started with the parent's
    handler had, on a Ctrl-C while it imported the package, printed its KeyboardInterrupt
    traceback (a user's case: `stories --out-dir`, whose parent has loaded numpy and so
    spawns). A Ctrl-C pressed in those few milliseconds, once per worker, is not seen; never
    once the workers have started (a batch submits a chunk at a time for an hour), nor for
    forked ones, which start with the parent's memory and ignore it at once (_worker_init).
    (Outside the main thread no handler can be set.)"""
    import signal
    import threading

    if not starting or threading.current_thread() is not threading.main_thread():
        return executor.submit(_run_chunk, fn, part)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return executor.submit(_run_chunk, fn, part)
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_chunk(fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """In a worker: one round trip's worth of items."""
    return [fn(item) for item in items]


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


def _worker_init(parent: int) -> None:
    """Workers ignore Ctrl-C and SIGTERM: the parent decides when to stop, and stops
    cleanly. They die with the parent, even a parent killed by SIGKILL: no worker is left
    behind. And each runs one BLAS thread: the pool already fills the cores."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    exit_with_parent(parent)
    one_blas_thread()


def exit_with_parent(parent: int) -> None:
    """End this process when ``parent`` dies: on Linux the kernel sends SIGKILL
    (PR_SET_PDEATHSIG); elsewhere a thread checks every second whether the parent is
    still there."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig, sigkill = 1, 9
            if libc.prctl(pr_set_pdeathsig, sigkill, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="summarise-parent-watch", daemon=True).start()


def one_blas_thread() -> None:
    """Run BLAS (and any OpenMP pool) in this process on one thread, with threadpoolctl.
    A batch summarises articles of a few dozen sentences: BLAS threads bring nothing there,
    and between calls they spin, taking a core from the other workers. numpy is loaded
    first (the summarisers load it anyway): threadpoolctl limits the libraries loaded."""
    import numpy  # noqa: F401  (its BLAS must be loaded to be limited)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
