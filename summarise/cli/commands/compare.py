"""`summarise compare` and `summarise report`."""

from __future__ import annotations

import sys

import click

from ... import defaults
from ...models import Article, CompareOptions, Failure, LoadOptions, SummaryOptions
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
    from ...render import render

    here = console()
    inputs = here.guard_output(out.path, paths)
    articles, failures = _load(paths, load)
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
    from ...render import render

    here = console()
    given = here.guard_output(output, paths)
    articles, failures = _load(paths, load)
    from ...summarizers import algorithm_limit, within_limit

    articles, too_long = within_limit(
        articles, algorithm_limit(summary.algorithm), f"-a {summary.algorithm}"
    )
    failures += too_long
    here.failures(failures)
    built = reports.build_report(articles, summary, comparing, failures)
    inputs = [*given, *(a.path for a in articles), *(f.path for f in failures)]
    with interrupt_between_steps():
        here.emit(render(built, "markdown"), output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)


def _load(
    paths: tuple[str, ...], load: LoadOptions
) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
    """The articles to compare, and the failures: an article of more than
    COMPARE_MAX_SENTENCES sentences is one (the comparator's time and memory grow faster
    than its input), named, while the others are compared."""
    from ...inputs import load_articles
    from ...summarizers import within_limit

    articles, failures = load_articles(paths, load)
    articles, too_long = within_limit(articles, defaults.COMPARE_MAX_SENTENCES, "compare")
    return articles, failures + too_long
