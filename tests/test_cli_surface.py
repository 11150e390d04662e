"""One command line (issue 15): the same format names and aliases everywhere, -o/--output for
a file and --out-dir for a folder, --quiet on every command, examples in every --help,
nothing to read is an error, word diffs that read without colour, shell completion."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from summarise.cli import Console, cli
from summarise.models import CompareOptions, RenderOptions
from summarise.render import render

from .conftest import ARTICLES, SAMPLE_FILES

MULTILING = ARTICLES.parents[1] / "shared/data/multiling2011_english/multiling2011_english.jsonl"

BODY = (
    "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to hold talks again "
    "next year. Officials called the meeting a success. Trade was also discussed at length.\n"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = ("summary", "compare", "report", "batch", "evaluate", "stories", "algorithms")
TWO = [str(p) for p in SAMPLE_FILES[:2]]


def run(*args: str, obj: Console | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), obj=obj, catch_exceptions=False)


def _params(command: str) -> dict[str, click.Parameter]:
    return {p.name: p for p in cli.commands[command].params if p.name}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- one vocabulary


def test_every_format_option_offers_long_names_and_takes_the_short_ones() -> None:
    long_names = {"text", "table", "markdown", "json", "jsonl", "csv", "html"}
    for command in COMMANDS:
        fmt = _params(command).get("fmt")
        if fmt is None:
            continue
        choices = list(fmt.type.choices)  # type: ignore[attr-defined]
        assert set(choices) <= long_names, (command, choices)
        ctx = click.Context(cli.commands[command])
        if "markdown" in choices:
            assert fmt.type.convert("md", fmt, ctx) == "markdown"
            assert fmt.type.convert("MD", fmt, ctx) == "markdown"
        if "text" in choices:
            assert fmt.type.convert("txt", fmt, ctx) == "text"
        with pytest.raises(click.BadParameter):
            fmt.type.convert("yaml", fmt, ctx)


def test_summary_md_is_markdown() -> None:
    long = run("summary", *TWO, "--format", "markdown")
    short = run("summary", *TWO, "--format", "md")
    assert long.exit_code == short.exit_code == 0
    assert short.stdout == long.stdout


@pytest.mark.parametrize(
    ("given", "suffix"), [("md", ".md"), ("markdown", ".md"), ("text", ".txt"), ("txt", ".txt")]
)
def test_batch_takes_both_names_and_the_out_alias(tmp_path: Path, given: str, suffix: str) -> None:
    for flag, folder in (("--out-dir", tmp_path / "a"), ("--out", tmp_path / "b")):
        result = run("batch", *TWO, flag, str(folder), "--format", given, "-j", "1")
        assert result.exit_code == 0, result.output
        assert sorted(
            p.suffix
            for p in folder.iterdir()
            if p.name not in {"index.md", "summaries.jsonl", "manifest.jsonl"}
        ) == [suffix, suffix]
    # the same format under either name is the same options: a rerun is up to date
    again = run(
        "batch",
        *TWO,
        "--out-dir",
        str(tmp_path / "a"),
        "--format",
        "markdown" if suffix == ".md" else "text",
        "-j",
        "1",
    )
    assert "0 summarised, 2 up to date" in again.stderr


def test_batch_stream_names_no_file() -> None:
    result = run("batch", *TWO, "--out", "-", "--format", "md", "-j", "1")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert all(r["output"] is None for r in records)


def test_summary_jsonl_is_one_record_per_article_then_failures(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("summary", *TWO, str(empty), "--format", "jsonl", "-n", "2")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    whole = json.loads(run("summary", *TWO, "--format", "json", "-n", "2").stdout)
    assert lines[:2] == whole["articles"]
    # the id batch gives it, its stem (the path, the id it had before session 52)
    assert lines[2] == {"id": "empty", "path": str(empty), "error": "empty file"}


def test_summary_csv_is_one_row_per_summary_sentence() -> None:
    result = run("summary", *TWO, "--format", "csv", "-n", "2")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    whole = json.loads(run("summary", *TWO, "--format", "json", "-n", "2").stdout)
    expected = [
        (a["id"], str(rank), str(s["index"]), s["text"])
        for a in whole["articles"]
        for rank, s in enumerate(a["summary"], 1)
    ]
    assert [(r["id"], r["rank"], r["index"], r["text"]) for r in rows] == expected
    merged = run("summary", *TWO, "--merge", "--format", "csv")
    assert merged.stdout.splitlines()[0] == "rank,article,index,score,text"


def test_compare_jsonl_and_csv_follow_the_alignments() -> None:
    paths = [str(ARTICLES)]
    whole = json.loads(run("compare", *paths, "--format", "json").stdout)
    jsonl = [
        json.loads(line) for line in run("compare", *paths, "--format", "jsonl").stdout.splitlines()
    ]
    assert [{k: v for k, v in r.items() if k != "point"} for r in jsonl] == whole["alignments"]
    assert [r["point"] for r in jsonl] == list(range(1, len(jsonl) + 1))
    rows = list(csv.DictReader(io.StringIO(run("compare", *paths, "--format", "csv").stdout)))
    assert [(int(r["point"]), r["article"], int(r["index"]), r["text"]) for r in rows] == [
        (k, s["article"], s["index"], s["text"])
        for k, a in enumerate(whole["alignments"], 1)
        for s in a["sentences"]
    ]


def test_every_command_that_writes_one_file_takes_dash_o() -> None:
    for command in ("summary", "compare", "report", "evaluate", "stories"):
        opts = _params(command)["output"].opts  # type: ignore[union-attr]
        assert opts == ["-o", "--output"], command
    assert _params("stories")["out_dir"].opts == ["--out-dir"]
    assert _params("batch")["out_dir"].opts == ["--out-dir", "--out"]


# --------------------------------------------------------------------------- --quiet


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_quiet(command: str) -> None:
    assert sorted(_params(command)["quiet"].opts) == ["--quiet", "-q"]


def test_quiet_batch_says_nothing_but_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    shown = Console(stderr_tty=True)
    loud = run("batch", *TWO, str(bad), "--out-dir", str(tmp_path / "o"), "-j", "1", obj=shown)
    assert "articles in" in loud.stderr
    quiet = run(
        "batch",
        *TWO,
        str(bad),
        "--out-dir",
        str(tmp_path / "q"),
        "-j",
        "1",
        "-q",
        obj=Console(stderr_tty=True),
    )
    assert quiet.exit_code == 1
    assert quiet.stderr == f"summarise: {bad}: empty file\n"


def test_quiet_has_no_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "a", "text": BODY, "summaries": ["The minister met his counterpart."]})
        + "\n"
    )
    loud = run("evaluate", str(rows), obj=Console(stderr_tty=True))
    quiet = run("evaluate", str(rows), "--quiet", obj=Console(stderr_tty=True))
    assert "evaluating" in loud.stderr
    assert quiet.stderr == ""
    assert quiet.stdout == loud.stdout


def test_quiet_stories_out_dir_says_nothing(tmp_path: Path) -> None:
    result = run("stories", str(ARTICLES), "--out-dir", str(tmp_path / "s"), "-q")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert (tmp_path / "s" / "index.md").exists()


# --------------------------------------------------------------------------- --help


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_shows_examples_unwrapped(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    block = result.stdout.split("Example", 1)[1].split("\n\n", 1)[0]
    examples = [line.strip() for line in block.splitlines()[1:]]
    assert examples
    assert all(e.startswith(("summarise ", "cat ")) for e in examples), examples


def test_shell_completion_script() -> None:
    result = CliRunner().invoke(
        cli, [], prog_name="summarise", env={"_SUMMARISE_COMPLETE": "bash_source"}
    )
    assert result.exit_code == 0
    assert "_summarise_completion" in result.stdout
    assert "complete -o nosort -F _summarise_completion summarise" in result.stdout


# --------------------------------------------------------------------------- nothing to read


@pytest.fixture
def nothing(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty"
    empty.mkdir()
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (pdfs / "b.docx").write_bytes(b"PK\x03\x04")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(b"\x00\x01\x02binary")
    return {"empty": empty, "pdfs": pdfs, "bad": bad}


def _args(command: str, path: Path, tmp_path: Path) -> list[str]:
    return [
        command,
        str(path),
        *(["--out-dir", str(tmp_path / "out")] if command == "batch" else []),
    ]


@pytest.mark.parametrize("command", ["summary", "compare", "report", "batch", "stories"])
@pytest.mark.parametrize("kind", ["empty", "pdfs"])
def test_a_folder_with_nothing_to_read_is_an_error(
    command: str, kind: str, nothing, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(*_args(command, nothing[kind], tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"summarise: nothing to read in {nothing[kind]}: no .htm, .html, .jsonl, .md or .txt file\n"
    )
    assert not (tmp_path / "out").exists()  # batch makes no folder for nothing


@pytest.mark.parametrize(
    ("command", "last"),
    [
        ("compare", "comparing needs at least two readable articles, got 0"),
        ("report", "comparing needs at least two readable articles, got 0"),
        ("stories", "no readable article among the inputs"),
    ],
)
def test_a_folder_of_unreadable_files_is_an_error(command: str, last: str, nothing) -> None:  # type: ignore[no-untyped-def]
    # each input is named, then why nothing can be made of them
    result = run(command, str(nothing["bad"]))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"summarise: {nothing['bad'] / 'a.txt'}: empty file",
        f"summarise: {nothing['bad'] / 'b.txt'}: binary file, not text",
        f"summarise: {last}",
    ]


def test_standard_input_and_devices_are_named_so(tmp_path: Path) -> None:
    """Standard input is "standard input" in messages and in an index's "Not read"; a JSONL
    name linked to a device is refused, not read for ever (a code review's cases)."""
    good = tmp_path / "good.txt"
    good.write_text("The council approved the plan on Monday. Residents asked for parks.\n")
    index = CliRunner().invoke(cli, ["stories", "-", str(good)], input=b"")
    assert "- standard input: empty file" in index.stdout
    assert "summarise: standard input: empty file" in index.stderr.splitlines()
    evaluate = run("evaluate", "-")
    assert evaluate.exit_code == 1
    assert evaluate.stderr == (
        "summarise: standard input: evaluate reads a JSONL file, not standard input\n"
    )
    device = tmp_path / "rows.jsonl"
    device.symlink_to("/dev/zero")
    for command in ("summary", "evaluate"):
        refused = run(command, str(device))
        assert refused.exit_code == 1
        assert refused.stderr.splitlines()[0] == f"summarise: {device}: not a regular file"


@pytest.mark.parametrize("command", ["summary", "batch", "stories", "evaluate"])
@pytest.mark.parametrize("content", ["", "\n", "\n  \n"])
def test_a_jsonl_file_without_a_row_is_an_empty_file(
    tmp_path: Path, command: str, content: str
) -> None:
    """Named as an empty text file is, alone or beside readable inputs, by every command
    (a user's test, session 51: beside others it had been passed over without a word, and
    alone called "no .jsonl file")."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(content)
    out = ["--out-dir", str(tmp_path / "out")] if command == "batch" else []
    result = run(command, str(rows), *out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"summarise: {rows}: empty file"
    if command != "evaluate":
        good = tmp_path / "good.txt"
        good.write_text("The council approved the plan on Monday. Residents asked for parks.\n")
        result = run(command, str(rows), str(good), *out)
        assert result.exit_code == 1
        assert f"summarise: {rows}: empty file" in result.stderr.splitlines()


# --------------------------------------------------------------------------- word diffs


@pytest.fixture(scope="module")
def comparison(sample_articles):  # type: ignore[no-untyped-def]
    from summarise.compare import compare

    return compare(sample_articles, CompareOptions())


def test_word_diffs_keep_their_marks_when_coloured(comparison) -> None:  # type: ignore[no-untyped-def]
    plain = render(comparison, "table", RenderOptions(width=100, color=False))
    coloured = render(comparison, "table", RenderOptions(width=100, color=True))
    assert "[-" in plain
    assert "{+" in plain
    # colour adds to the marks, never replaces them, and wraps the same: without the
    # escapes, the coloured text is the plain text, character for character
    assert ANSI.sub("", coloured) == plain
    red = re.findall(r"\x1b\[31m(.*?)\x1b\[0m", coloured, re.DOTALL)
    green = re.findall(r"\x1b\[32m(.*?)\x1b\[0m", coloured, re.DOTALL)
    assert red
    assert all(s.startswith("[-") and s.endswith("-]") for s in red)
    assert green
    assert all(s.startswith("{+") and s.endswith("+}") for s in green)


def test_merge_tags_each_sentence_with_the_short_id_compare_shows() -> None:
    """The README shows `--merge`'s tags as `[002 #1]`; they printed the whole file stem,
    `[002_8a5d771be4aadd4e #1]`. Text, table and Markdown give the short id (the shortest
    start that tells the ids apart), JSON and CSV the whole id."""
    paths = [str(p) for p in SAMPLE_FILES]
    text = run("summary", *paths, "--merge").stdout
    tags = re.findall(r"\[(\S+) #\d+\]", text)
    assert tags, text
    assert all(len(tag) == 3 and tag.isdigit() for tag in tags), text
    markdown = run("summary", *paths, "--merge", "--format", "markdown").stdout
    assert re.search(r"\(`\d{3}` #\d+\)", markdown), markdown
    whole = json.loads(run("summary", *paths, "--merge", "--format", "json").stdout)
    assert all("_" in s["article"] for s in whole["merged"]["summary"])


def test_the_output_files_extension_picks_the_format_without_format(tmp_path: Path) -> None:
    """A user's case: only `report` read -o's extension; `summary -o s.md` wrote plain text
    (read back as an article by the next run), `compare -o c.json` the table and
    `stories -o x.html` Markdown. Without --format the extension picks it, when the command
    has that format; --format still wins."""
    runner = CliRunner()
    cases = (
        (["summary"], "s.md", lambda t: t.rstrip().endswith("<!-- generated by summarise -->")),
        (["summary"], "s.csv", lambda t: t.startswith("id,title,date,rank")),
        (["compare"], "c.json", lambda t: json.loads(t)["articles"] is not None),
        (["stories"], "x.html", lambda t: t.startswith("<!DOCTYPE html>")),
        (["compare"], "c.txt", lambda t: t.startswith("ARTICLES")),  # no text: the table
    )
    for command, name, looks_right in cases:
        out = tmp_path / name
        result = runner.invoke(cli, [*command, str(ARTICLES), "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        assert looks_right(out.read_text(encoding="utf-8")), name
    given = tmp_path / "given.md"
    result = runner.invoke(cli, ["summary", str(ARTICLES), "-o", str(given), "--format", "text"])
    assert result.exit_code == 0
    assert "generated by summarise" not in given.read_text(encoding="utf-8")


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_tables_and_headings_fit_the_width_asked(tmp_path: Path) -> None:
    """A user's cases: `compare` over MultiLing's ten-source M006 at --width 80 printed a
    coverage table of 112 columns and a disagreement's line of 140; `summary --format table`
    86 columns beside a long URL at 80, 53 at --width 40. Every line fits now."""
    row = next(r for r in map(json.loads, MULTILING.open()) if r["id"] == "M006")
    feed = tmp_path / "m006.jsonl"
    feed.write_text(
        "".join(
            json.dumps({k: d[k] for k in ("id", "title", "text")}) + "\n" for d in row["documents"]
        ),
        encoding="utf-8",
    )
    url = "https://www.example.com/" + "very/long/path/" * 8 + "index.html?query=1234567890"
    page = tmp_path / "url.txt"
    page.write_text(f"Rules out\n\nThe report is online at {url} and was out today.\n")
    # ids sharing a long prefix make long labels (a code review's case: 132 columns)
    long = tmp_path / "long"
    long.mkdir()
    for path in sorted(ARTICLES.glob("*.txt")):
        name = f"the_same_very_long_prefix_that_every_file_name_here_shares_{path.name[:3]}.txt"
        (long / name).write_bytes(path.read_bytes())
    runner = CliRunner()
    for args, width in (
        (["compare", str(feed)], 80),
        (["compare", str(long)], 80),
        (["compare", str(ARTICLES)], 40),
        (["summary", str(ARTICLES), "--format", "table"], 40),
        (["summary", str(page), str(ARTICLES), "--format", "table"], 80),
    ):
        result = runner.invoke(cli, [*args, "--width", str(width)])
        assert result.exit_code == 0, result.stderr
        over = [line for line in result.stdout.splitlines() if len(line) > width]
        assert not over, (args, over[:3])
    coverage = runner.invoke(cli, ["compare", str(feed), "--width", "80"]).stdout
    block = coverage.split("COVERAGE (SENTENCES PER TOPIC)")[1].split("SHARED POINTS")[0]
    assert block.count("topic ") == 2  # ten sources in two tables, each led by the topics


def test_stories_shows_its_briefs_being_written_on_a_terminal(tmp_path: Path) -> None:
    """A user's case: `stories --out-dir` over BBC and MultiLing showed nothing for 20 to
    30 s while it wrote its briefs. On a terminal a bar counts them; not with --quiet."""
    rows = tmp_path / "feed.jsonl"
    first = (ARTICLES / "002_8a5d771be4aadd4e.txt").read_text(encoding="utf-8").split("\n\n")
    other = (ARTICLES / "003_f766a4a9296361bf.txt").read_text(encoding="utf-8").split("\n\n")
    half = len(first) // 2  # two reports of one story, neither a copy of the other
    title = "US seeks to strengthen security ties with India"
    rows.write_text(
        json.dumps({"id": "a", "title": title, "text": "\n\n".join(first)})
        + "\n"
        + json.dumps({"id": "b", "title": title, "text": "\n\n".join(first[:half] + other)})
        + "\n",
        encoding="utf-8",
    )
    loud = run("stories", str(rows), "--out-dir", str(tmp_path / "o"), obj=Console(stderr_tty=True))
    assert "writing briefs" in loud.stderr
    quiet = run(
        "stories", str(rows), "--out-dir", str(tmp_path / "q"), "-q", obj=Console(stderr_tty=True)
    )
    assert "writing briefs" not in quiet.stderr
