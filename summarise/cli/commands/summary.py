"""`summarise summary` and `summarise algorithms`."""

from __future__ import annotations

import sys

import click

from ...models import LoadOptions, SummaryOptions
from ...render import FORMATS
from ..app import cli
from ..console import Output, console
from ..errors import ExitStatus
from ..options import (
    WRAPS_TEXT_AND_TABLES,
    algorithm_option,
    budget_options,
    input_options,
    output_options,
    quiet_option,
    require_inputs,
    summary_options,
)

__all__ = ["algorithms", "summary"]


@cli.command()
@input_options
@algorithm_option
@click.option(
    "--merge",
    is_flag=True,
    help="One summary of the whole set, without repeating a point, each sentence tagged with its article.",
)
@budget_options
@output_options(FORMATS["summaries"], "text", WRAPS_TEXT_AND_TABLES)
@summary_options
def summary(
    paths: tuple[str, ...], load: LoadOptions, merge: bool, summary: SummaryOptions, out: Output
) -> None:
    """Summarise each article: real sentences from it, in its order.

    PATH may be a file, a folder (its .txt, .md, .html and .htm files), a glob
    pattern, a JSONL file (one article a line), or - for standard input.

    \b
    Examples:
      summarise summary articles/
      summarise summary story.html -n 2 --format markdown -o summary.md
      summarise summary 'news/*.txt' --words 60 --format csv > summaries.csv
      cat article.txt | summarise summary - --format json
    """
    from ...render import render

    here = console()
    inputs = here.guard_output(out.path, paths)
    from ...summarizers import algorithm_limit, within_limit

    articles, failures = here.load(paths, load)
    # An article longer than a quadratic algorithm takes is named, and the others go on.
    articles, too_long = within_limit(
        articles, algorithm_limit(summary.algorithm), f"-a {summary.algorithm}"
    )
    failures += too_long
    here.failures(failures)
    require_inputs(paths, len(articles), len(failures))
    if merge:
        from ...merge import merge as merge_articles
        from ...models import MergeOptions

        result: object = merge_articles(articles, MergeOptions(summary=summary))
    else:
        from ...summarizers import summarise_all

        result = summarise_all(articles, summary)
    text = render(result, out.fmt, here.render_options(out), failures)
    # Check the files a folder or pattern expanded to as well: -o must never overwrite an input.
    here.emit(text, out.path, [*inputs, *(a.path for a in articles), *(f.path for f in failures)])
    if failures:
        sys.exit(ExitStatus.ERROR)


@cli.command()
@quiet_option
def algorithms() -> None:
    """List the summarisation algorithms, one line each.

    \b
    Example:
      summarise algorithms
      summarise summary articles/ -a lexrank
    """
    from ...summarizers import ALGORITHMS, DEFAULT_ALGORITHM

    width = max(len(name) for name in ALGORITHMS)
    for name in sorted(ALGORITHMS):
        mark = " (default)" if name == DEFAULT_ALGORITHM else ""
        console().line(f"{name:<{width}}  {ALGORITHMS[name].description}{mark}")
