"""`python -m summarise`, and the `summarise` command."""

import sys


def main() -> None:
    # Ctrl-C while the command's modules load (the first tenth of a second) ends like
    # Ctrl-C later on: one line and exit status 130, no traceback.
    try:
        from .cli import cli
    except KeyboardInterrupt:
        sys.stderr.write("summarise: interrupted\n")
        sys.exit(130)
    cli(prog_name="summarise")


if __name__ == "__main__":
    main()
