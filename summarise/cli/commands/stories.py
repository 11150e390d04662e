"""`summarise stories`: a pile of articles grouped into stories, an index and a brief each."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from ...errors import ExecutorError
from ...models import Article, LoadOptions, Stories
from ..app import cli
from ..console import console
from ..errors import ExitStatus, ToolError, interrupt_between_steps
from ..options import (
    check_executor,
    executor_options,
    format_for,
    format_option,
    indent_option,
    input_options,
    quiet_option,
    require_inputs,
)

__all__ = ["stories"]

_FORMATS = ("markdown", "html", "json")
_INDEX = {"markdown": "index.md", "html": "index.html", "json": "stories.json"}


@cli.command()
@input_options
@format_option(
    _FORMATS, None, help="Format of the index [default: from -o's extension, else markdown]."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the index here instead of standard output.",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Write the index and one brief per story (briefs/story-N.md, .html with --format html) into this folder; a rerun redoes only stories whose articles changed.",
)
@click.option(
    "--full",
    is_flag=True,
    help="With --out-dir: each brief shows everything, as report --full (a brief cuts its long sections, saying how much it left out).",
)
@executor_options("write the briefs")
@indent_option
@quiet_option
def stories(
    paths: tuple[str, ...],
    load: LoadOptions,
    fmt: str | None,
    output: str | None,
    out_dir: str | None,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    indent: int | None,
    full: bool,
) -> None:
    """Group articles into stories and list them, biggest first, each with its title, dates,
    key points and articles.

    A story is meant as one event and its follow-ups, not a subject: two earthquakes are two
    stories. Articles of one running subject that share their words (a currency on ten days,
    an awards season, a product's launch and its rivals) may still be grouped as one: read a
    story's titles before its brief (README, "Many stories at once").

    \b
    Examples:
      summarise stories feed.jsonl
      summarise stories 'news/**/*.txt' --out-dir stories/ --format html
    """
    from ...render.stories import stories_html, stories_json, stories_markdown
    from ...stories import find_stories

    fmt = format_for(fmt, output, _FORMATS, "markdown")
    if out_dir is None and (executor != "local" or jobs is not None):
        # (they run the briefs, which only --out-dir writes: a user's `--executor dask`
        # without it had been passed over without a word)
        raise click.UsageError("--executor and --jobs run the briefs: they go with --out-dir")
    if out_dir is not None and output is not None:
        # the index's links are relative to --out-dir, where the briefs are: an index
        # written elsewhere pointed at no brief (a user's case)
        raise click.UsageError(
            "-o and --out-dir: --out-dir writes the index beside the briefs it links to; "
            "leave out -o (or --out-dir, for the index alone)"
        )
    here = console()
    articles, failures = here.load(paths, load)
    here.failures(failures)
    require_inputs(paths, len(articles), len(failures))
    if not articles:  # each input that failed is named above
        raise ToolError("no readable article among the inputs")
    found = find_stories(articles, load.language, failures)
    inputs = [*paths, *(a.path for a in articles), *(f.path for f in failures)]
    renderers = {
        "markdown": stories_markdown,
        "html": stories_html,
        "json": lambda s: stories_json(s, indent),
    }
    if out_dir is not None:
        from ...batch.layout import prepare

        check_executor(executor, scheduler, jobs)
        # made and checked as batch's is: one line naming the folder and why, not an
        # internal error (a missing parent, a file in the way, no right to write). Inside
        # an input folder it may be: its briefs and index carry the mark that has them
        # skipped when read again (a code review's case: `stories . --out-dir out` ran and
        # reran cleanly before); never around an input, which a brief could overwrite.
        made = not Path(out_dir).exists()
        folder = prepare(out_dir, [p for p in inputs if not Path(p).is_dir()])
        try:
            found = _briefs(
                found, articles, folder, load.language, fmt, executor, jobs, scheduler, full
            )
        except ExecutorError:
            # (no cluster reached: a folder this run made is not left behind empty, a
            # user's case)
            if made:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        output = str(Path(out_dir) / _INDEX[fmt])
    with interrupt_between_steps():
        here.emit(renderers[fmt](found), output, inputs)
    if failures:
        sys.exit(ExitStatus.ERROR)


def _briefs(
    found: Stories,
    articles: Sequence[Article],
    folder: Path,
    language: str,
    fmt: str,
    executor: str,
    jobs: int | None,
    scheduler: str | None,
    full: bool = False,
) -> Stories:
    """Each story's brief into ``folder``, through the chosen executor; the stories with
    their briefs' paths."""
    import os

    from ...batch import open_executor
    from ...stories.briefs import write_briefs

    cores = jobs or os.cpu_count() or 1
    here = console()
    shown: list[Callable[[int], None] | None] = []

    # A bar over the briefs once the first is written (how many are stale only write_briefs
    # knows): over BBC and MultiLing, 20 to 30 s of briefs had shown nothing, a user's case.
    def progress(done: int, total: int) -> None:
        if not shown:
            shown.append(stack.enter_context(here.progress(total, "writing briefs")))
            if shown[0] is not None and done > 1:
                shown[0](done - 1)
        if shown[0] is not None:
            shown[0](1)
        check()  # after the brief and its manifest line are written

    # Ctrl-C (or SIGTERM) is noted and acted on between two briefs, each recorded as it is
    # written (interrupt_between_steps), never inside the pool's own work: one raised there
    # had left its workers waiting for ever, and the command with them, after a second
    # Ctrl-C (a user's case). A worker takes one story at a time, so that a Ctrl-C waits for
    # one brief, not sixteen, and what was finished before it is on disk.
    with (
        contextlib.ExitStack() as stack,
        open_executor(executor, jobs=cores, scheduler=scheduler, chunk=1) as runner,
        interrupt_between_steps() as check,
    ):
        result, written, kept = write_briefs(
            found,
            articles,
            folder,
            "html" if fmt == "html" else "markdown",
            language,
            runner.map,
            progress,
            full,
            None if fmt == "json" else _INDEX[fmt],  # (a brief links back to a page, not JSON)
        )
    from ...render._text import plural

    console().info(f"{plural(written, 'brief')} written, {kept} up to date, in {folder}")
    return result
