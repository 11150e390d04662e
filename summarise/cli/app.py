"""The command group: every command is a errors.Command, so one exception mapping serves all."""

from __future__ import annotations

import click

from .errors import Command

__all__ = ["cli"]


class Group(click.Group):
    command_class = Command


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarise")
def cli() -> None:
    """Extractive summaries and cross-article comparison of news articles, offline."""
