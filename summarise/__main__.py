"""`python -m summarise`, and the `summarise` command."""

import contextlib
import errno
import os
import sys

# How writing to standard output fails: a full disk, a device's error, a closed reader.
_WRITING = frozenset({errno.ENOSPC, errno.EIO, errno.EPIPE, errno.EDQUOT, errno.EBADF})


def main() -> None:
    # Ctrl-C while the command's modules load (the first tenth of a second) ends like
    # Ctrl-C later on: one line and exit status 130, no traceback.
    import signal

    def terminated(signum: int, frame: object) -> None:
        sys.stderr.write("summarise: terminated\n")
        sys.exit(143)

    # SIGTERM while loading ends as Ctrl-C does (the command handles it from then on).
    signal.signal(signal.SIGTERM, terminated)
    try:
        from .cli import cli
    except KeyboardInterrupt:
        sys.stderr.write("summarise: interrupted\n")
        sys.exit(130)
    from .cli.errors import own_the_process

    own_the_process()
    try:
        cli(prog_name="summarise")
    except OSError as exc:
        # What click writes itself, outside a command (--help, --version, a usage error),
        # to an output that fails (a full disk): one line, as a command's output says it,
        # not a traceback. Not another error a command raised with SUMMARISE_DEBUG set,
        # whose traceback was asked for (a code review's case).
        if os.environ.get("SUMMARISE_DEBUG") or exc.errno not in _WRITING:
            raise
        with contextlib.suppress(OSError):
            sys.stderr.write(f"summarise: standard output: cannot write ({exc.strerror or exc})\n")
        sys.exit(1)
    finally:
        # The interpreter's last cycle collection at exit walks every object still alive
        # (0.25 s after a 1,000-article comparison); frozen, they are only freed.
        import gc

        gc.freeze()


if __name__ == "__main__":
    main()
