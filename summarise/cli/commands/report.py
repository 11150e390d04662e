"""`summarise report`: a brief on a set of articles, as Markdown, HTML or JSON."""

from __future__ import annotations

import sys

import click

from ...models import CompareOptions, LoadOptions, SourceInfo, SummaryOptions
from ...render import FORMATS
from ..app import cli
from ..console import console
from ..errors import ExitStatus, interrupt_between_steps
from ..options import (
    algorithm_option,
    budget_options,
    compare_options,
    format_for,
    format_option,
    indent_option,
    input_options,
    quiet_option,
    require_inputs,
    source_options,
    summary_options,
    topic_options,
)

__all__ = ["report", "report_format"]


def report_format(fmt: str | None, output: str | None) -> str:
    """--format as given; else what -o's extension says (.html, .htm, .json, .md); else
    Markdown."""
    return format_for(fmt, output, FORMATS["report"], "markdown")


@cli.command()
@input_options
@topic_options
@algorithm_option
@budget_options
@format_option(
    FORMATS["report"],
    None,
    help="Output format [default: from -o's extension (.html, .json, .md), else markdown].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the brief here (atomically) instead of standard output.",
)
@click.option(
    "--full",
    is_flag=True,
    help="Show everything: a brief cuts its long sections, saying how much it left out.",
)
@indent_option
@quiet_option
@source_options
@summary_options
@compare_options
def report(
    paths: tuple[str, ...],
    load: LoadOptions,
    summary: SummaryOptions,
    comparing: CompareOptions,
    sources: dict[str, SourceInfo],
    fmt: str | None,
    output: str | None,
    full: bool,
    indent: int | None,
) -> None:
    """Write a brief: what the sources agree on, where they differ and what only one
    says, then who covers what, topic by topic, quotes and the sources.

    PATH as for `summary`; at least two readable articles are needed.

    \b
    Examples:
      summarise report articles/ -o brief.html
      summarise report articles/ --label 002=Reuters --full -o brief.md
      summarise report a.txt b.txt --format json | jq .comparison.shared
    """
    from ... import report as reports
    from ...inputs import apply_sources
    from ...models import RenderOptions
    from ...render import render
    from ...summarizers import algorithm_limit, within_limit
    from .compare import load_to_compare

    here = console()
    given = here.guard_output(output, paths)
    articles, failures = load_to_compare(paths, load)
    articles, too_long = within_limit(
        articles, algorithm_limit(summary.algorithm), f"-a {summary.algorithm}"
    )
    failures += too_long
    here.failures(failures)
    require_inputs(paths, len(articles), len(failures))
    with here.steps(reports.REPORT_STEPS, "writing the brief") as step:
        built = reports.build_report(
            apply_sources(articles, sources), summary, comparing, failures, step
        )
    text = render(built, report_format(fmt, output), RenderOptions(full=full, indent=indent))
    inputs = [*given, *(a.path for a in articles), *(f.path for f in failures)]
    with interrupt_between_steps():
        here.emit(text, output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)
