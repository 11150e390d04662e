"""`python -m summarise`."""

from .cli import cli

cli(prog_name="summarise")
