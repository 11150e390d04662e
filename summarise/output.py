"""Writing results: atomic file writes that never leave a truncated file or touch an input."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError

__all__ = [
    "check_not_input",
    "input_file",
    "remove_stale_temporaries",
    "safe_path_under",
    "write_atomic",
]


def write_atomic(
    path: str | os.PathLike[str],
    text: str | bytes,
    durable: bool = True,
    follow_links: bool = True,
) -> None:
    """Write to a temporary file beside ``path``, then rename it into place: a reader sees
    the old file or the whole new one, never part of one, whenever the writer is killed.

    A device, a named pipe or a terminal (``-o /dev/null``, ``-o fifo``) is written through,
    never replaced by a file. ``follow_links``: a symbolic link is followed deliberately and
    its target written (the link stays); without it (a batch's own folder), the name itself
    is replaced and nothing outside is touched.

    ``durable`` also forces the data to disk before the rename, so that even a power cut
    cannot leave a renamed but empty file. Batch runs skip that for each of thousands of
    outputs and check their outputs on the next run instead (summarise.batch)."""
    target = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    if follow_links:
        try:
            mode = os.stat(target).st_mode  # follows links, /proc/self/fd/1 included
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            _write_through(target, data)
            return
        if target.is_symlink():
            target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    existing = _mode_of(target)
    try:
        fd, tmp = _create_temporary(folder, target.name, existing)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        if existing is not None:
            os.fchmod(fd, existing)  # keep the mode of the file it replaces, umask or not
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _write_through(target: Path, data: bytes) -> None:
    """Write into an existing device, pipe or terminal, as a shell's ``>`` would."""
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # os.write may write less than asked (a full disk, a signal)
        view = view[os.write(fd, view) :]


_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
# ".NAME.summarise-PID-N.tmp": the marker keeps a user's own hidden .tmp files safe from
# remove_stale_temporaries.
_TEMPORARY = re.compile(r"\..+\.summarise-\d+-\d+\.tmp")


def _create_temporary(folder: Path, name: str, mode: int | None) -> tuple[int, str]:
    """A new file ".NAME.summarise-PID-N.tmp" in ``folder`` (the shape
    remove_stale_temporaries looks for), created as a plain open() would create it (0666
    less the umask). Cheaper than tempfile.mkstemp, which matters for thousands of small
    outputs: the random part is the process id and a counter, and O_EXCL still refuses a
    name that is taken."""
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.summarise-{os.getpid()}-{next(_COUNTER)}.tmp")
        try:
            return os.open(tmp, _FLAGS, 0o666 if mode is None else 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


_COUNTER = itertools.count(secrets.randbelow(1 << 30))


def remove_stale_temporaries(folder: Path) -> int:
    """Delete the temporary files that a killed write_atomic left in ``folder`` (recursively,
    never through a link): hidden files named ".OUTPUT.summarise-PID-N.tmp". Only the
    holder of the folder's lock may call this (see summarise.batch): another run's files
    in progress look the same. Returns how many were removed."""
    removed = 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        del dirs  # os.walk does not follow links to folders
        for name in files:
            path = os.path.join(root, name)
            if _TEMPORARY.fullmatch(name) and not os.path.islink(path):
                try:
                    os.unlink(path)
                    removed += 1
                except OSError:
                    pass
    return removed


def safe_path_under(folder: Path, relative: str) -> Path:
    """``folder / relative``, its folders made as needed, refusing to pass through a
    symbolic link or anything but a folder on the way: a link someone left inside an
    output folder must not lead a write onto a file elsewhere (an input)."""
    parts = relative.split("/")
    current = folder
    for part in parts[:-1]:
        current = current / part
        with contextlib.suppress(FileExistsError):
            os.mkdir(current)
        mode = os.lstat(current).st_mode
        if stat.S_ISLNK(mode):
            raise OutputError(f"{current}: is a symbolic link; refusing to write through it")
        if not stat.S_ISDIR(mode):
            raise OutputError(f"{current}: not a folder")
    return current / parts[-1]


def _mode_of(target: Path) -> int | None:
    """The permission bits of the file an output replaces; None when there is none."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return None


def input_file(path: str) -> str:
    """The file behind an input's path: itself, or the JSONL file of a row ("rows.jsonl:7")."""
    if not os.path.lexists(path):
        head, _, line = path.rpartition(":")
        if head and line.isdigit():
            return head
    return path


def check_not_input(output: str | os.PathLike[str], inputs: Iterable[str]) -> None:
    """Refuse an output path that is one of the inputs (a file, a JSONL file whose rows were
    read, through a link or a hard link): an input is never overwritten."""
    out = Path(output)
    try:
        out_real = out.resolve()
    except OSError:
        return
    for path in inputs:
        if path == "-":
            continue
        path = input_file(path)
        try:
            if Path(path).resolve() == out_real or (out.exists() and os.path.samefile(out, path)):
                raise OutputError(f"{output}: is one of the inputs; refusing to overwrite it")
        except OSError:
            continue
