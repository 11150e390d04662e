"""The package's shape: registries the command line names agree with the code behind them,
one render entry point, enums that serialise as before, a console tests can replace."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from summarise import defaults, load_articles, summarise_all
from summarise.batch import EXECUTORS, FORMATS
from summarise.cli import Console, cli
from summarise.models import BATCH_FORMATS, RemovedKind, RenderOptions, SummaryOptions
from summarise.models import Status as BatchStatus
from summarise.render import FORMATS as RENDER_FORMATS
from summarise.render import kind_of, render
from summarise.render.registry import RENDERERS

from .conftest import ARTICLES


def test_the_format_names_are_the_registries_keys() -> None:
    assert {kind: tuple(fns) for kind, fns in RENDERERS.items()} == RENDER_FORMATS
    assert FORMATS == BATCH_FORMATS


def _choices(command: str, option: str) -> list[str]:
    params = {p.name: p for p in cli.commands[command].params}  # type: ignore[attr-defined]
    choice = params[option].type
    assert isinstance(choice, click.Choice)
    return list(choice.choices)


def test_the_command_line_offers_what_the_registries_hold() -> None:
    from summarise.summarizers import ALGORITHMS

    assert _choices("summary", "fmt") == list(RENDER_FORMATS["summaries"])
    assert _choices("compare", "fmt") == list(RENDER_FORMATS["comparison"])
    assert _choices("evaluate", "fmt") == list(RENDER_FORMATS["evaluation"])
    # batch offers the long names; each maps to one of the batch's format keys, all of them
    from summarise.cli.commands.batch import FORMATS as BATCH_CLI_FORMATS

    assert _choices("batch", "fmt") == list(BATCH_CLI_FORMATS)
    assert sorted(BATCH_CLI_FORMATS.values()) == sorted(BATCH_FORMATS)
    assert _choices("batch", "executor") == sorted(EXECUTORS)
    assert _choices("summary", "algorithm") == sorted(ALGORITHMS)
    assert _choices("evaluate", "algorithms") == ["all", *sorted(ALGORITHMS)]
    assert defaults.ALGORITHM in ALGORITHMS


def test_render_dispatches_on_the_model_type(sample_articles) -> None:
    summaries = summarise_all(sample_articles[:2], SummaryOptions())
    assert kind_of(summaries) == "summaries"
    assert render(summaries, "json").startswith('{"algorithm": "news"')  # compact
    indented = render(summaries, "json", RenderOptions(indent=2))
    assert indented.startswith('{\n  "algorithm": "news"')
    with pytest.raises(TypeError, match="nothing renders a int"):
        render(3, "json")


def test_string_enums_keep_their_serialised_values() -> None:
    assert [s.value for s in BatchStatus] == ["done", "skipped", "failed"]
    assert BatchStatus.DONE == "done"
    assert f"{BatchStatus.FAILED}" == "failed"
    assert {k.value for k in RemovedKind} == {
        "duplicate",
        "furniture",
        "credit",
        "heading",
        "breadcrumb",
        "title",
        "dateline",
        "fragment",
    }


def test_a_console_can_stand_in_for_the_terminal() -> None:
    args = ["summary", str(ARTICLES / "002_8a5d771be4aadd4e.txt"), "-n", "1"]
    terminal = Console(stdout_tty=True, columns=60, environ={})
    coloured = CliRunner().invoke(cli, args, obj=terminal)
    assert coloured.exit_code == 0
    assert "\x1b[1m" in coloured.stdout  # bold title: colour on a terminal
    assert max(len(line) for line in coloured.stdout.splitlines()) <= 60 + 20
    no_color = Console(stdout_tty=True, columns=60, environ={"NO_COLOR": "1"})
    plain = CliRunner().invoke(cli, args, obj=no_color)
    assert "\x1b[" not in plain.stdout
    piped = CliRunner().invoke(cli, args)
    assert "\x1b[" not in piped.stdout


def test_the_library_loads_articles_with_the_default_limit() -> None:
    articles, failures = load_articles([str(ARTICLES)])
    assert len(articles) == 5
    assert not failures


def test_the_dense_term_counts_are_the_sparse_ones() -> None:
    from summarise.tfidf import dense_counts, raw_count_matrix

    rows = [["india", "us", "india"], [], ["s-400", "us"], ["caatsa"]]
    assert (raw_count_matrix(rows).toarray() == dense_counts(rows)).all()
