"""`summarise compare`."""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from ... import defaults
from ...models import Article, CompareOptions, Failure, LoadOptions
from ...render import FORMATS
from ..app import cli
from ..console import Output, console
from ..errors import ExitStatus
from ..options import (
    WRAPS_TABLE,
    compare_options,
    input_options,
    output_options,
    require_inputs,
    topic_options,
)

__all__ = ["compare", "load_to_compare"]


@cli.command()
@input_options
@topic_options
@click.option(
    "--threshold",
    type=click.FloatRange(min=0, max=1),
    default=None,
    help="Mean probability a group of sentences needs to count as one point [default: 0.3, calibrated; lower gives more, less certain groups].",
)
@output_options(FORMATS["comparison"], "table", WRAPS_TABLE)
@click.option(
    "--full",
    is_flag=True,
    help="Show everything in the table and Markdown: each list is otherwise cut (8 points, 5 unique points an article...), saying how many more there are.",
)
@compare_options
def compare(
    paths: tuple[str, ...], load: LoadOptions, comparing: CompareOptions, out: Output, full: bool
) -> None:
    """Compare articles: who covers which topic, shared and unique points, and wording.

    PATH as for `summary`; at least two readable articles are needed.

    \b
    Examples:
      summarise compare articles/
      summarise compare articles/ --topic "S-400" --topic "Ukraine war"
      summarise compare a.txt b.txt c.html --format markdown -o comparison.md
      summarise compare articles/ --format csv > aligned.csv
    """
    from ...compare import compare as run_compare
    from ...compare import cycles_paused
    from ...render import render

    here = console()
    inputs = here.guard_output(out.path, paths)
    articles, failures = load_to_compare(paths, load)
    here.failures(failures)
    require_inputs(paths, len(articles), len(failures))
    if len(articles) >= defaults.PILE:
        here.info(
            f"{len(articles):,} articles compared as one story; for a pile of several stories, "
            "`summarise stories` groups them and writes a brief for each"
        )
    from ...compare import COMPARE_STEPS

    with cycles_paused(freeze=True):
        with here.steps(COMPARE_STEPS, "comparing") as step:
            compared = run_compare(articles, comparing, step)
        text = render(compared, out.fmt, replace(here.render_options(out), full=full))
    here.emit(text, out.path, [*inputs, *(a.path for a in articles), *(f.path for f in failures)])
    if failures:
        sys.exit(ExitStatus.ERROR)


def load_to_compare(
    paths: tuple[str, ...], load: LoadOptions
) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
    """The articles to compare, and the failures: an article of more than
    COMPARE_MAX_SENTENCES sentences is one (the comparator's time and memory grow faster
    than its input), named, while the others are compared."""
    from ...summarizers import within_limit

    articles, failures = console().load(paths, load)
    articles, too_long = within_limit(articles, defaults.COMPARE_MAX_SENTENCES, "compare")
    return articles, failures + too_long
