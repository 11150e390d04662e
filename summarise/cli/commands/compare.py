"""`summarise compare` and `summarise report`."""

from __future__ import annotations

import sys

import click

from ...models import CompareOptions, LoadOptions, SummaryOptions
from ...render import FORMATS
from ..app import cli
from ..console import Output, console
from ..errors import ExitStatus, interrupt_between_steps
from ..options import (
    algorithm_option,
    budget_options,
    compare_options,
    input_options,
    output_options,
    summary_options,
    topic_options,
)

__all__ = ["compare", "report"]


@cli.command()
@input_options
@topic_options
@click.option(
    "--threshold",
    type=click.FloatRange(min=0, max=1),
    default=None,
    help="Probability two sentences need to count as the same point [default: 0.2, calibrated].",
)
@output_options(FORMATS["comparison"], "table")
@compare_options
def compare(
    paths: tuple[str, ...], load: LoadOptions, comparing: CompareOptions, out: Output
) -> None:
    """Compare articles: who covers which topic, shared and unique points, and wording.

    PATH as for `summary`; at least two readable articles are needed.
    """
    from ...compare import compare as run_compare
    from ...inputs import load_articles
    from ...render import render

    here = console()
    inputs = here.guard_output(out.path, paths)
    articles, failures = load_articles(paths, load)
    here.failures(failures)
    text = render(run_compare(articles, comparing), out.fmt, here.render_options(out))
    here.emit(text, out.path, [*inputs, *(a.path for a in articles), *(f.path for f in failures)])
    if failures:
        sys.exit(ExitStatus.ERROR)


@cli.command()
@input_options
@topic_options
@algorithm_option
@budget_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report here (atomically) instead of standard output.",
)
@summary_options
@compare_options
def report(
    paths: tuple[str, ...],
    load: LoadOptions,
    summary: SummaryOptions,
    comparing: CompareOptions,
    output: str | None,
) -> None:
    """Write a Markdown brief: corpus, summaries, coverage, topics side by side, shared and
    unique points, quotes and distinctive wording.

    PATH as for `summary`; at least two readable articles are needed.
    """
    from ... import report as reports
    from ...inputs import load_articles
    from ...render import render

    here = console()
    given = here.guard_output(output, paths)
    articles, failures = load_articles(paths, load)
    here.failures(failures)
    built = reports.build_report(articles, summary, comparing, failures)
    inputs = [*given, *(a.path for a in articles), *(f.path for f in failures)]
    with interrupt_between_steps():
        here.emit(render(built, "markdown"), output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)
