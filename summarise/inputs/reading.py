"""Bytes of an input, refused beyond a size limit: files, pipes and standard input."""

from __future__ import annotations

import os
import stat
import sys

from ..errors import InputError
from .paths import STDIN

__all__ = ["read_bytes", "too_large"]


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of a path or of standard input, refusing more than ``max_bytes``.

    Regular files and pipes are read; a device (``/dev/zero``, a terminal) is refused, and a
    named pipe that no process writes to reads as empty instead of waiting forever."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.isdir(path):
                if os.path.islink(path):  # met in a folder: not followed (paths._walk)
                    raise InputError(path, "is a link to a folder; name the folder to read it")
                try:  # one a walk could not list: say why
                    os.listdir(path)
                except OSError as exc:
                    raise InputError(
                        path, f"cannot read the folder ({exc.strerror or exc})"
                    ) from None
                raise InputError(path, "is a folder")
            # O_NONBLOCK: opening a FIFO without a writer would otherwise block for good.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            with open(fd, "rb") as handle:
                mode = os.fstat(fd).st_mode
                if stat.S_ISFIFO(mode):
                    os.set_blocking(fd, True)  # a writer there: wait for all it writes
                elif not stat.S_ISREG(mode):
                    raise InputError(path, "not a regular file")
                data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise too_large(path, max_bytes)
    return data


def too_large(path: str, max_bytes: int) -> InputError:
    """The error for an input over the limit (a file, standard input or a JSONL row)."""
    return InputError(path, f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
