"""`python -m summarise`, and the `summarise` command."""

import sys


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
    cli(prog_name="summarise")


if __name__ == "__main__":
    main()
