"""`summarise evaluate`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from ... import defaults
from ...errors import InputError, MissingPathError
from ...models import EvaluationOptions
from ...render import FORMATS
from ..app import cli
from ..console import Output, console
from ..errors import ExitStatus
from ..options import WRAPS_NOTHING, budget, builds, language_callback, output_options

__all__ = ["evaluate"]


def _options(kw: dict[str, Any]) -> EvaluationOptions:
    from ...summarizers import ALGORITHMS

    algorithms, sentences, words = kw.pop("algorithms"), kw.pop("sentences"), kw.pop("words")
    if kw.pop("reference_length"):
        if sentences or words:
            given = ["--sentences" if sentences else "--words", "--reference-length"]
            raise click.UsageError(f"give only one of {', '.join(given)}")
        chosen = None
    else:
        chosen = budget(sentences, None, words)
    return EvaluationOptions(
        algorithms=tuple(ALGORITHMS)
        if "all" in algorithms
        else (algorithms or (defaults.ALGORITHM,)),
        budget=chosen,
        references=kw.pop("references") or None,
        language=kw["language"],
    )


def evaluation_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """-a, the budget, the references and the language: ``evaluating`` (EvaluationOptions)."""
    from ..options import algorithm_names

    fn = builds("evaluating", _options)(fn)
    for option in reversed(
        (
            click.option(
                "--algorithm",
                "-a",
                "algorithms",
                multiple=True,
                type=click.Choice(["all", *algorithm_names()]),
                help=(
                    "Algorithm to score (repeatable; `all` for every one; lead is always"
                    f" included) [default: {defaults.ALGORITHM}]."
                ),
            ),
            click.option(
                "--sentences",
                "-n",
                type=click.IntRange(min=1),
                default=None,
                help=f"Sentences per summary [default: {defaults.SENTENCES}].",
            ),
            click.option(
                "--words",
                type=click.IntRange(min=1),
                default=None,
                help="Whole sentences within this many words.",
            ),
            click.option(
                "--reference-length", is_flag=True, help="As many sentences as the row's reference."
            ),
            click.option(
                "--reference",
                "references",
                multiple=True,
                type=click.IntRange(min=0),
                help="Score against this reference of each row only (repeatable; 0 is the first) [default: all].",
            ),
            click.option(
                "--limit",
                type=click.IntRange(min=1),
                default=None,
                help="Evaluate only the first N usable rows.",
            ),
            click.option(
                "--keep-duplicates",
                is_flag=True,
                help="Keep rows marked duplicate_of (dropped by default).",
            ),
            click.option(
                "--language",
                default=defaults.LANGUAGE,
                show_default=True,
                callback=language_callback,
                help="Text language.",
            ),
        )
    ):
        fn = option(fn)
    return fn


@cli.command()
@click.argument("dataset", type=click.Path(readable=False))
@evaluation_options
@output_options(FORMATS["evaluation"], "table", WRAPS_NOTHING)
def evaluate(
    dataset: str,
    evaluating: EvaluationOptions,
    limit: int | None,
    keep_duplicates: bool,
    language: str,
    out: Output,
) -> None:
    """Score summaries of a JSONL evaluation set against its references with ROUGE.

    Rows hold `text` (one article) or `documents` (a set, summarised as one merged
    summary), and `summaries`, the references. See README, "Summary quality".

    \b
    Examples:
      summarise evaluate dataset.jsonl
      summarise evaluate dataset.jsonl -a all --sentences 3 --reference 0
      summarise evaluate dataset.jsonl --limit 20 --format markdown -o scores.md
    """
    from ...evaluate import evaluate as run_evaluate
    from ...evaluate import load_dataset
    from ...render import render

    # Named as every command names its inputs: a path that is not there is a usage error,
    # a folder or an unreadable file an input's error, each in one line.
    if dataset == "-":
        raise InputError("standard input", "evaluate reads a JSONL file, not standard input")
    if not os.path.lexists(dataset):
        raise MissingPathError(dataset)
    if os.path.isdir(dataset):
        raise InputError(dataset, "a folder; evaluate reads one JSONL file")
    here = console()
    from ...inputs import count_items

    with here.progress(lambda: limit or count_items([dataset]), "reading") as update:
        data = load_dataset(
            dataset,
            limit=limit,
            keep_duplicates=keep_duplicates,
            language=language,
            progress=update,
        )
    here.failures(data.failures)
    with here.progress(len(data.rows), "evaluating") as update:
        result = run_evaluate(data, evaluating, progress=update)
    here.emit(render(result, out.fmt, here.render_options(out)), out.path, [dataset])
    if data.failures:
        sys.exit(ExitStatus.ERROR)
