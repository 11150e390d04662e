"""Work run beside other work: in a forked process on a second core when there is enough of
it, else in this process when its result is asked for. The result is the same either way
(the child computes what this process would, from the same memory). Used by loading (half
the articles cleaned in a child) and by the comparator (compare/beside.py)."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["Pending", "start"]

T = TypeVar("T")
_HELD = {signal.SIGINT, signal.SIGTERM}
_STOPPING = 5.0  # seconds a stopped child has to end before it is killed


class Pending(Generic[T]):
    """A result to come: ``result()`` waits for the child, or computes it here."""

    def __init__(self, work: Callable[..., T], args: tuple[Any, ...]) -> None:
        self._work, self._args = work, args
        self._process: Any = None
        self._receive: Any = None

    def result(self) -> T:
        if self._process is not None:
            try:
                kind, value = self._receive.recv()
            except (EOFError, OSError):  # the child died (killed, out of memory)
                kind, value = "failed", None
            finally:
                self.close()
            if kind == "ok":
                return value  # type: ignore[no-any-return]
        # Inline, or the child failed: compute it here, so errors arise as they would have.
        return self._work(*self._args)

    def close(self) -> None:
        """Stop a child whose result will not be asked for (safe to call twice)."""
        process, self._process = self._process, None
        if process is None:
            return
        self._receive.close()
        if process.is_alive():
            process.terminate()
        process.join(_STOPPING)
        if process.is_alive():  # not yet able to take SIGTERM (held while forking) or stuck
            process.kill()
            process.join()


def start(work: Callable[..., T], *args: Any, fork: bool) -> Pending[T]:
    """``work(*args)`` in a forked child when ``fork`` and this platform can (a second core,
    the fork start method, not inside a daemonic worker), else later in this process."""
    pending = Pending(work, args)
    if not fork or (os.cpu_count() or 1) < 2:
        return pending
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return pending
    if multiprocessing.current_process().daemon:
        return pending
    import warnings

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    # Ctrl-C (and a stop) held back while forking: arriving inside the fork's own handlers
    # (logging's lock release), its KeyboardInterrupt would be printed and dropped, and the
    # command would run on to the end; in the child before _child has set its handlers, the
    # CLI's would print a traceback. Held, it is delivered once the child exists (the child
    # ignores Ctrl-C, and ends quietly when stopped).
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        with warnings.catch_warnings():  # Python 3.12+ warns of fork beside BLAS threads
            warnings.simplefilter("ignore", DeprecationWarning)
            process = context.Process(target=_child, args=(receive, send, work, args), daemon=True)
            process.start()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        receive.close()
        send.close()
        return pending
    send.close()
    pending._process, pending._receive = process, receive
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a held Ctrl-C is raised here
    except BaseException:
        pending.close()  # the child is stopped, not left to the interpreter's exit
        raise
    return pending


def _child(receive: Any, send: Any, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # The pipe's reading end is the parent's: held here too, a child whose parent had gone
    # without stopping it (killed, or ended by a second Ctrl-C) waited for ever to send a
    # result larger than the pipe holds, itself the only reader left, and kept the command's
    # output open (a caller reading it to the end hung). Closed, the send fails and the
    # child ends.
    receive.close()
    # Interrupted (Ctrl-C reaches the whole process group) or stopped, the parent ends its
    # children (Pending.close: SIGTERM), which end without a word: not with the handlers
    # inherited from the CLI, which raise and would print the child's traceback.
    with contextlib.suppress(ValueError):  # signal handlers are set in a main thread only
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held while forking
    try:
        message: tuple[str, Any] = ("ok", work(*args))
    except Exception:  # the parent computes it again and raises there
        message = ("failed", None)
    try:
        send.send(message)
    except OSError:  # the parent has gone: nothing to tell, no one to tell it to
        pass
    except Exception:  # a result that cannot be pickled: the parent computes it
        with contextlib.suppress(OSError):
            send.send(("failed", None))
    finally:
        send.close()
