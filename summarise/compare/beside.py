"""Work run beside the sentence matching: in a forked process on a second core when there is
enough of it (``start``, from summarise/forks.py), with BLAS on one thread meanwhile."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..forks import Pending, start

__all__ = ["Pending", "one_blas_thread", "start"]


@contextlib.contextmanager
def one_blas_thread(on: bool) -> Iterator[None]:
    """BLAS on one thread inside the block when ``on`` (threadpoolctl; a forked child keeps
    the limit), as it was after."""
    if not on:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
