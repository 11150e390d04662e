"""Writing results: atomic file writes that never leave a truncated file or touch an input."""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError

__all__ = ["check_not_input", "remove_stale_temporaries", "write_atomic"]


def write_atomic(path: str | os.PathLike[str], text: str | bytes, durable: bool = True) -> None:
    """Write to a temporary file beside ``path``, then rename it into place: a reader sees
    the old file or the whole new one, never part of one, whenever the writer is killed.

    ``durable`` also forces the data to disk before the rename, so that even a power cut
    cannot leave a renamed but empty file. Batch runs skip that for each of thousands of
    outputs and check sizes on the next run instead (summarise.batch)."""
    target = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = target.parent if str(target.parent) else Path(".")
    existing = _mode_of(target)
    try:
        fd, tmp = _create_temporary(folder, target.name, existing)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        if existing is not None:
            os.fchmod(fd, existing)  # keep the mode of the file it replaces, umask or not
        try:
            view = memoryview(data)
            while view:  # os.write may write less than asked (a full disk, a signal)
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        raise


_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def _create_temporary(folder: Path, name: str, mode: int | None) -> tuple[int, str]:
    """A new file ".NAME.RANDOM.tmp" in ``folder`` (the shape remove_stale_temporaries looks
    for), created as a plain open() would create it (0666 less the umask). Cheaper than
    tempfile.mkstemp, which matters for thousands of small outputs: the random part is
    the process id and a counter, and O_EXCL still refuses a name that is taken."""
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_COUNTER)}.tmp")
        try:
            return os.open(tmp, _FLAGS, 0o666 if mode is None else 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


_COUNTER = itertools.count(secrets.randbelow(1 << 30))


def remove_stale_temporaries(folder: Path) -> int:
    """Delete the temporary files that a killed write_atomic left in ``folder`` (recursively):
    hidden files named after an output with a random part and ".tmp". Returns how many."""
    removed = 0
    for path in folder.rglob(".*.tmp"):
        if path.is_file() and not path.is_symlink() and path.name.count(".") >= 3:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _mode_of(target: Path) -> int | None:
    """The permission bits of the file an output replaces; None when there is none."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return None


def check_not_input(output: str | os.PathLike[str], inputs: Iterable[str]) -> None:
    """Refuse an output path that is one of the inputs: an input is never overwritten."""
    out = Path(output)
    try:
        out_real = out.resolve()
    except OSError:
        return
    for path in inputs:
        if path == "-":
            continue
        try:
            if Path(path).resolve() == out_real or (out.exists() and os.path.samefile(out, path)):
                raise OutputError(f"{output}: is one of the inputs; refusing to overwrite it")
        except OSError:
            continue
