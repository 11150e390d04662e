"""summarise report: the brief in Markdown, HTML and JSON; golden files, determinism,
length, escaping, sources named, and the command's errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from summarise.cli import cli

from .conftest import ARTICLES

TOPICS = ["--topic", "CAATSA sanctions", "--topic", "S-400", "--topic", "Ukraine war"]


def _report(*args: str) -> str:
    result = CliRunner().invoke(cli, ["report", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_report_matches_its_golden_files(golden):
    golden("report-articles.md", _report(str(ARTICLES)))
    golden("report-articles.html", _report(str(ARTICLES), "--format", "html"))


def test_report_with_topics_matches_its_golden_files(golden):
    text = _report(str(ARTICLES), *TOPICS)
    golden("report-articles-topics.md", text)
    for query in ("CAATSA sanctions", "S-400", "Ukraine war"):
        assert f"### {query}\n" in text
    golden("report-articles-topics.html", _report(str(ARTICLES), *TOPICS, "--format", "html"))


def test_report_is_the_same_bytes_in_every_process(tmp_path):
    for suffix in ("md", "html"):
        outputs = []
        for seed in ("1", "2"):
            target = tmp_path / f"report-{seed}.{suffix}"
            env = {**os.environ, "PYTHONHASHSEED": seed}
            subprocess.run(
                [sys.executable, "-m", "summarise", "report", str(ARTICLES), "-o", str(target)],
                check=True,
                env=env,
            )
            outputs.append(target.read_bytes())
        assert outputs[0] == outputs[1]


def _hostile(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Pipes | and *stars* in a # headline\n\n"
        "The minister said a | b | c was *not* the plan. <script>alert('x')</script> was found in the text. "
        "Officials in # Delhi wrote [a link](javascript:alert(1)) and `code` and ~~old~~ news.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Another view\n\n"
        "The minister said a | b | c was *not* the plan at all. Officials in Delhi denied the report. "
        '"The plan | was *never* agreed," the minister said.\n',
        encoding="utf-8",
    )
    return folder


def test_article_text_cannot_break_tables_or_inject_markup(tmp_path):
    text = _report(str(_hostile(tmp_path / "in")))
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(text)
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)
    assert "<script>" not in html
    assert "<a " not in html  # no link made from an article's [text](javascript:...)
    assert html.count("<h1>") == 1  # no heading smuggled in from an article
    # Every table row has as many cells as its header: no "|" from an article split a cell.
    widths: list[int] = []
    cells = 0
    for token in tokens:
        if token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            widths.append(cells)
            cells = 0
        elif token.type == "table_close":
            assert len(set(widths)) == 1, widths
            widths = []
    assert "a | b | c" in html  # the pipes are shown, as text


def test_report_errors(tmp_path):
    runner = CliRunner()
    one = runner.invoke(cli, ["report", str(ARTICLES / "000_9cf42e20098e3ff1.txt")])
    assert one.exit_code == 1
    assert "summarise: comparing needs at least two readable articles" in one.stderr
    source = ARTICLES / "000_9cf42e20098e3ff1.txt"
    before = source.read_bytes()
    refused = runner.invoke(cli, ["report", str(ARTICLES), "-o", str(source)])
    assert refused.exit_code == 1
    assert "is one of the inputs" in refused.stderr
    assert source.read_bytes() == before
    target = tmp_path / "brief.md"
    made = runner.invoke(cli, ["report", str(ARTICLES), "-o", str(target)])
    assert made.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# News brief: 5 articles\n")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary left


def test_report_has_no_terminal_codes():
    # A report is a document: the same bytes whatever the terminal (no colour, no wrapping).
    assert "\x1b[" not in _report(str(ARTICLES))


def test_a_sources_file_is_checked_and_named_in_its_errors(tmp_path: Path) -> None:
    """A user's cases: a --sources row whose id names no article was blamed on '--label',
    and a date that reads as none ("not-a-date", "2021-13-45") was printed in the brief in
    place of the article's own date. The file is named, with the line and the value."""
    runner = CliRunner()
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("id,label\n999,Reuters\n", encoding="utf-8")
    result = runner.invoke(cli, ["report", str(ARTICLES), "--sources", str(unknown)])
    assert result.exit_code == 2
    assert "'--sources': no article has the id '999'" in result.stderr
    labelled = runner.invoke(cli, ["report", str(ARTICLES), "--label", "998=X"])
    assert "'--label': no article has the id '998'" in labelled.stderr
    for bad in ("not-a-date", "2021-13-45"):
        dated = tmp_path / "dated.csv"
        dated.write_text(f"id,label,date\n002,Reuters,{bad}\n", encoding="utf-8")
        result = runner.invoke(cli, ["report", str(ARTICLES), "--sources", str(dated)])
        assert result.exit_code == 2
        assert f"dated.csv: line 2: '{bad}' is not a date" in result.stderr
    # ... and the common forms are dates (a code review's cases: an RSS feed's date, a slash)
    for given in ("2021-03-21", "2021/03/21", '"Sun, 21 Mar 2021 09:00:00 GMT"', "21 March 2021"):
        good = tmp_path / "good.csv"
        good.write_text(f"id,label,date\n002,Reuters,{given}\n", encoding="utf-8")
        result = runner.invoke(cli, ["report", str(ARTICLES), "--sources", str(good)])
        assert result.exit_code == 0, result.stderr
        assert "**Reuters**, 2021-03-21" in result.stdout, given


def test_a_brief_on_one_story_is_headed_by_its_title(tmp_path):
    """A brief on articles of one story opens on the title of the article that stands best
    for the others, as each brief of `stories --out-dir` does ("News brief: 6 articles" told
    an analyst nothing, session 54); one on several stories (the sample's five meetings) by
    its count. The headline is quoted, as one article's: a third analyst read one shown bare
    as the whole story's, where it was one angle of it. JSON `title`."""
    import json

    from summarise import load_articles, parse_text
    from summarise.render import render
    from summarise.report import build_report

    texts = {
        "a": "Glazer makes new Man Utd approach\n\nMalcolm Glazer has made a fresh approach to"
        " buy Manchester United, the club said. The US tycoon owns 28.1% of the club.",
        "b": "Man Utd to open books to Glazer\n\nManchester United has agreed to give Malcolm"
        " Glazer access to its books after his fresh approach. He owns 28.1% of the club.",
    }
    articles = [parse_text(t, article_id=k) for k, t in texts.items()]
    report = build_report(articles)
    assert report.title in {"Glazer makes new Man Utd approach", "Man Utd to open books to Glazer"}
    assert render(report, "markdown").startswith(
        f"# News brief: “{report.title}” and 1 more article\n"
    )
    assert json.loads(render(report, "json"))["title"] == report.title
    sample = build_report(load_articles([str(ARTICLES)])[0])
    assert sample.title is None
    assert render(sample, "markdown").startswith("# News brief: 5 articles\n")


_BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news_summary"


@pytest.mark.skipif(not _BBC.exists(), reason="the shared data is not beside the repo")
def test_sources_that_share_points_as_agreed_report_one_event():
    """Three BBC reports of the mayor's "Nazi" jibe share six points the brief states as
    agreed, yet the story grouping, over so few articles, had made them "3 different events"
    (a QA user's case, session 54): two sources sharing two such points report one event."""
    import json

    from summarise import parse_text
    from summarise.report import build_report

    wanted = {"politics/075", "politics/154", "politics/186"}
    rows = [
        json.loads(line)
        for line in (_BBC / "bbc_news_summary.jsonl").open(encoding="utf-8")
        if json.loads(line)["id"] in wanted
    ]
    articles = [parse_text(r["text"], article_id=r["id"], title_hint=r["title"]) for r in rows]
    report = build_report(articles)
    assert sum(a.agreed for a in report.comparison.alignments) >= 2
    assert report.stories == ()
    assert report.title in {r["title"] for r in rows}


@pytest.mark.skipif(not _BBC.exists(), reason="the shared data is not beside the repo")
def test_sources_that_share_likely_points_report_one_event():
    """Three BBC reports of the Tories' £35bn spending plan share no point matched surely
    enough to state as agreed, but six likely ones ("a clear choice", the £12bn "black
    hole"); the brief had called them "3 different events" (a blind reader's case, session
    55). Four reports of different days of a tennis tournament stay apart."""
    import json

    from summarise import parse_text
    from summarise.report import build_report

    def articles(wanted: set[str]) -> list:
        rows = [
            json.loads(line)
            for line in (_BBC / "bbc_news_summary.jsonl").open(encoding="utf-8")
            if json.loads(line)["id"] in wanted
        ]
        return [parse_text(r["text"], article_id=r["id"], title_hint=r["title"]) for r in rows]

    tax = build_report(articles({"politics/270", "politics/271", "politics/277"}))
    assert not any(a.agreed for a in tax.comparison.alignments)
    assert tax.stories == ()
    assert tax.title is not None
    tennis = build_report(articles({"sport/424", "sport/427", "sport/507", "sport/511"}))
    assert len(tennis.stories) == 3
