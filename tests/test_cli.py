"""The command line: the JSON contract for every algorithm, budgets, formats, output, errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import cli
from summarise.render import md
from summarise.summarizers import ALGORITHMS

from .conftest import ARTICLES, ROOT, SAMPLE_FILES

BODY = (
    "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to hold talks again "
    "next year. Officials called the meeting a success. Trade was also discussed at length.\n"
)
KNOWN_FURNITURE = (
    "Comment Here",
    "Your email address",
    "Related Articles",
    "Back to top",
    "Read: Rajnath",
    "ab/aw",
    "The Associated Press",
    "TensionsPartnerships",
    "March 20, 2021",
)
ANSI = re.compile(r"\x1b\[")


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def candidates(sample_articles):  # type: ignore[no-untyped-def]
    """Each sample article's candidate sentences and title, by id."""
    return {a.id: a for a in sample_articles}


# --------------------------------------------------------------------------- the JSON contract


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_json_contract_for_every_algorithm(algorithm: str, candidates) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "summary", str(ARTICLES), "--algorithm", algorithm, "--sentences", "3", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["algorithm"] == algorithm
    assert [a["id"] for a in payload["articles"]] == [p.stem for p in SAMPLE_FILES]
    for entry in payload["articles"]:
        assert isinstance(entry["id"], str)
        assert isinstance(entry["path"], str)
        assert Path(entry["path"]).exists()
        assert isinstance(entry["title"], str)
        assert entry["title"]
        article = candidates[entry["id"]]
        assert entry["title"] == article.title
        assert entry["sentence_count"] == len(article.sentences)
        summary = entry["summary"]
        assert len(summary) == 3
        indices = [s["index"] for s in summary]
        assert indices == sorted(indices)
        assert len(set(indices)) == 3
        for item in summary:
            assert set(item) >= {"index", "text", "score"}
            assert isinstance(item["index"], int)
            assert isinstance(item["score"], float)
            assert item["text"] == article.sentences[item["index"]].text
            assert item["text"] != article.title
            assert item["text"] not in article.headings
            for furniture in KNOWN_FURNITURE:
                assert furniture not in item["text"]
        keys = [" ".join(re.findall(r"\w+", s["text"].lower())) for s in summary]
        assert len(set(keys)) == len(keys)


def test_lead_takes_the_first_sentences(candidates) -> None:  # type: ignore[no-untyped-def]
    payload = json.loads(
        run("summary", str(ARTICLES), "-a", "lead", "-n", "2", "--format", "json").stdout
    )
    for entry in payload["articles"]:
        assert [s["index"] for s in entry["summary"]] == [0, 1]
    by_id = {e["id"]: e for e in payload["articles"]}
    first = by_id["002_8a5d771be4aadd4e"]["summary"][0]["text"]
    assert first.startswith("The United States would like to elevate")


def test_default_algorithm_and_budget() -> None:
    from summarise.summarizers import DEFAULT_ALGORITHM

    payload = json.loads(run("summary", str(ARTICLES), "--format", "json").stdout)
    assert payload["algorithm"] == DEFAULT_ALGORITHM
    assert all(len(e["summary"]) == 3 for e in payload["articles"])


# --------------------------------------------------------------------------- budgets


def test_ratio_budget(candidates) -> None:  # type: ignore[no-untyped-def]
    payload = json.loads(
        run("summary", str(ARTICLES), "-a", "lead", "--ratio", "0.25", "--format", "json").stdout
    )
    for entry in payload["articles"]:
        n = entry["sentence_count"]
        assert len(entry["summary"]) == max(1, round(0.25 * n))


@pytest.mark.parametrize("words", [1, 40, 120])
@pytest.mark.parametrize("algorithm", ["lead", "lexrank"])
def test_words_budget_whole_sentences_at_least_one(words: int, algorithm: str, candidates) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "summary", str(ARTICLES), "-a", algorithm, "--words", str(words), "--format", "json"
    )
    assert result.exit_code == 0
    for entry in json.loads(result.stdout)["articles"]:
        article = candidates[entry["id"]]
        texts = [s["text"] for s in entry["summary"]]
        assert texts, "at least one sentence"
        assert all(
            t == article.sentences[s["index"]].text
            for t, s in zip(texts, entry["summary"], strict=True)
        )
        used = sum(len(t.split()) for t in texts)
        if len(texts) > 1:
            assert used <= words
        else:
            # one sentence, over the budget only when no sentence fits it
            assert used <= words or all(len(s.text.split()) > words for s in article.sentences)


@pytest.mark.parametrize(
    "options",
    [
        ["--sentences", "2", "--ratio", "0.5"],
        ["--sentences", "2", "--words", "50"],
        ["--ratio", "0.5", "--words", "50"],
    ],
)
def test_budget_options_are_mutually_exclusive(options: list[str]) -> None:
    result = run("summary", str(ARTICLES), *options)
    assert result.exit_code == 2
    assert "give only one of" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "options",
    [
        ["--sentences", "0"],
        ["--ratio", "0"],
        ["--ratio", "1.5"],
        ["--words", "0"],
        ["-a", "nope"],
        ["--format", "xml"],
        ["--language", "klingon"],
    ],
)
def test_bad_option_values_are_usage_errors(options: list[str]) -> None:
    result = run("summary", str(ARTICLES), *options)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- formats


def _one_article(tmp_path: Path) -> str:
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    return str(path)


def test_text_format_exact(tmp_path: Path) -> None:
    path = _one_article(tmp_path)
    result = run("summary", path, "-a", "lead", "-n", "2", "--format", "text")
    assert result.exit_code == 0
    assert result.stdout == (
        "Ties deepen\n"
        "story\n"
        " #1 The minister met his counterpart on Monday.\n"
        " #2 They agreed to hold talks again next year.\n"
    )


def test_table_format_exact(tmp_path: Path) -> None:
    path = _one_article(tmp_path)
    result = run("summary", path, "-a", "lead", "-n", "2", "--format", "table")
    assert result.exit_code == 0
    assert result.stdout == (
        "article      #  summary sentence\n"
        "---------  ---  -------------------------------------------\n"
        "story        1  The minister met his counterpart on Monday.\n"
        "             2  They agreed to hold talks again next year.\n"
    )


def test_markdown_format_exact(tmp_path: Path) -> None:
    path = _one_article(tmp_path)
    result = run("summary", path, "-a", "lead", "-n", "2", "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout == (
        "# Summaries\n\n"
        "Algorithm: `lead` · 1 article\n\n"
        "## Ties deepen\n\n"
        f"`story` · {md(path)} · 4 sentences\n\n"
        "- **#1** The minister met his counterpart on Monday.\n"
        "- **#2** They agreed to hold talks again next year.\n"
        "\n<!-- generated by summarise -->\n"
    )


def test_an_article_without_a_headline_is_headed_by_its_id(tmp_path: Path) -> None:
    """Its title is its first sentence: shown as the heading and again as summary #1 (a
    user's test, session 51, on CNN/DM rows); its id heads it instead."""
    path = tmp_path / "rows.jsonl"
    text = "The minister met his counterpart on Monday. They agreed to hold talks again."
    path.write_text(json.dumps({"id": "row-1", "text": text}) + "\n")
    result = run("summary", str(path), "-a", "lead", "-n", "1", "--format", "markdown")
    assert result.exit_code == 0
    assert "## `row-1`\n" in result.stdout
    assert result.stdout.count("The minister met his counterpart on Monday.") == 1
    plain = run("summary", str(path), "-a", "lead", "-n", "1").stdout
    assert plain.startswith("row-1\n #1 ")  # (no empty line for the date it has not)
    assert plain.count("The minister met his counterpart on Monday.") == 1


def test_markdown_escapes_article_text(tmp_path: Path) -> None:
    path = tmp_path / "md.txt"
    path.write_text(
        "# Ties *deepen*\n\n<b>Bold</b> claims were made on [Monday](x). Talks _went_ on.\n"
    )
    out = run("summary", path.as_posix(), "-a", "lead", "--format", "markdown").stdout
    assert "<b>" not in out
    assert "[Monday](x)" not in out
    assert "*deepen*" not in out


@pytest.mark.parametrize("fmt", ["text", "table", "markdown", "json"])
def test_every_format_on_the_sample_without_colour_when_piped(fmt: str) -> None:
    result = run("summary", str(ARTICLES), "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout
    assert not ANSI.search(result.stdout)
    for furniture in KNOWN_FURNITURE:
        assert furniture not in result.stdout


def test_color_flag_colours_text_and_no_color_wins() -> None:
    coloured = run("summary", str(ARTICLES), "-a", "lead", "--color").stdout
    assert ANSI.search(coloured)
    assert not ANSI.search(run("summary", str(ARTICLES), "-a", "lead", "--no-color").stdout)


# --------------------------------------------------------------------------- output file


def test_output_file_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "out" / "summary.json"
    out.parent.mkdir()
    result = run("summary", str(ARTICLES), "-a", "lead", "--format", "json", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["algorithm"] == "lead"
    assert os.listdir(out.parent) == ["summary.json"]  # no temporary file left behind
    # Writing again replaces the file whole.
    run("summary", str(ARTICLES), "-a", "lexrank", "--format", "json", "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["algorithm"] == "lexrank"
    assert os.listdir(out.parent) == ["summary.json"]


def test_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    path = _one_article(tmp_path)
    before = Path(path).read_bytes()
    result = run("summary", path, "-o", path)
    assert result.exit_code == 1
    assert "is one of the inputs" in result.stderr
    assert Path(path).read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["story.txt"]


def test_output_inside_an_input_folder_that_is_read_is_refused(tmp_path: Path) -> None:
    path = _one_article(tmp_path)
    before = Path(path).read_bytes()
    result = run("summary", str(tmp_path), "-o", path)
    assert result.exit_code == 1
    assert Path(path).read_bytes() == before


def test_output_to_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = run("summary", str(ARTICLES), "-o", str(tmp_path / "no" / "such" / "out.txt"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "cannot write" in result.stderr


# --------------------------------------------------------------------------- inputs and errors


def test_stdin() -> None:
    result = run("summary", "-", "-a", "lead", "-n", "1", "--format", "json", input=BODY.encode())
    assert result.exit_code == 0
    entry = json.loads(result.stdout)["articles"][0]
    assert entry["id"] == "stdin"
    assert entry["path"] == "-"
    assert entry["title"] == "Ties deepen"
    assert entry["summary"][0]["text"] == "The minister met his counterpart on Monday."


def test_missing_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = run("summary", str(ARTICLES), missing)
    assert result.exit_code == 2
    assert missing in result.stderr
    assert result.stdout == ""


def test_no_path_is_a_usage_error() -> None:
    assert run("summary").exit_code == 2


@pytest.mark.parametrize("command", ["compare", "report"])
def test_an_empty_topic_is_a_usage_error(command: str) -> None:
    # It was dropped silently, and topics were discovered instead of the one asked for.
    result = run(command, str(ARTICLES), "--topic", "S-400", "--topic", " ")
    assert result.exit_code == 2
    assert "'--topic': a topic needs words" in result.stderr
    assert result.stdout == ""


def test_bad_files_are_named_others_summarised_exit_1(tmp_path: Path) -> None:
    good = _one_article(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(2048))
    result = run("summary", str(ARTICLES), good, str(empty), str(binary), "--format", "json")
    assert result.exit_code == 1
    assert f"summarise: {empty}: empty file" in result.stderr.splitlines()
    assert f"summarise: {binary}: binary file, not text" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    payload = json.loads(result.stdout)
    assert [a["id"] for a in payload["articles"]] == [p.stem for p in SAMPLE_FILES] + ["story"]
    assert all(a["summary"] for a in payload["articles"])


@pytest.mark.parametrize("fmt", ["text", "table", "markdown"])
def test_bad_file_with_other_formats(tmp_path: Path, fmt: str) -> None:
    good = _one_article(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    result = run("summary", good, str(empty), "--format", fmt)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"summarise: {empty}: ")
    assert "The minister met his counterpart on Monday." in result.stdout


def test_only_bad_files_still_give_valid_json(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("summary", str(empty), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["articles"] == []


def test_folder_glob_and_html_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text(BODY.replace("Ties deepen", "Trade grows"), encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    result = run("summary", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a", "b"]
    result = run("summary", str(tmp_path / "*.md"), "--format", "json")
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["b"]


# --------------------------------------------------------------------------- other commands


def test_algorithms_lists_every_algorithm() -> None:
    result = run("algorithms")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(ALGORITHMS)
    assert set(ALGORITHMS) >= {
        "lead",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    }
    assert all(len(line.split(None, 1)) == 2 for line in lines)
    from summarise.summarizers import DEFAULT_ALGORITHM

    assert [line.split()[0] for line in lines if "(default)" in line] == [DEFAULT_ALGORITHM]


def test_summary_algorithm_choices_match_the_registry() -> None:
    result = run("summary", "--help")
    for name in ALGORITHMS:
        assert name in result.stdout


# --------------------------------------------------------------------------- subprocess


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    nltk = tmp_path / "nltk_data"
    home.mkdir()
    nltk.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "PYTHON", "NO_COLOR"))}
    env.update(
        HOME=str(home), NLTK_DATA=str(nltk), XDG_CACHE_HOME=str(home / ".cache"), LC_ALL="C.UTF-8"
    )
    return env


def _installed_cli() -> list[str]:
    script = Path(sys.executable).with_name("summarise")
    return [str(script)] if script.exists() else [sys.executable, "-m", "summarise"]


def test_python_m_summarise_help(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "summarise", "--help"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert "summary" in result.stdout
    assert "algorithms" in result.stdout
    assert result.stdout.startswith("Usage: summarise ")


def _python(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
        check=False,
    )


def test_ctrl_c_while_the_command_loads_is_one_line_and_130(tmp_path: Path) -> None:
    # Ctrl-C lands while summarise.cli is being imported (simulated: the import raises).
    script = (
        "import builtins, sys\n"
        "real = builtins.__import__\n"
        "def interrupted(name, *args, **kwargs):\n"
        "    if name == 'cli' or name.endswith('summarise.cli'):\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupted\n"
        "from summarise.__main__ import main\n"
        "main()\n"
    )
    result = _python(script, tmp_path)
    assert (result.returncode, result.stderr) == (130, "summarise: interrupted\n")


def test_the_package_loads_its_parts_when_they_are_used(tmp_path: Path) -> None:
    script = (
        "import sys, summarise\n"
        "assert 'summarise.inputs' not in sys.modules, 'loaded early'\n"
        "from summarise import load_articles, SummaryOptions\n"
        "assert load_articles.__module__ == 'summarise.inputs.sources'\n"
        "assert sorted(summarise.__all__) == sorted(summarise._HOME)\n"
        "assert set(summarise.__all__) <= set(dir(summarise))\n"
        "for name in summarise.__all__:\n"
        "    getattr(summarise, name)\n"
        "try:\n"
        "    summarise.nothing\n"
        "except AttributeError:\n"
        "    print('ok')\n"
    )
    result = _python(script, tmp_path)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr


def test_installed_cli_works_offline_with_empty_home_and_no_nltk_data(tmp_path: Path) -> None:
    """No NLTK data, an empty HOME: every algorithm family still runs (piped, so no colour)."""
    env = _env(tmp_path)
    for algorithm in ("lexrank", "edmundson"):
        result = subprocess.run(
            [
                *_installed_cli(),
                "summary",
                str(ARTICLES),
                "--algorithm",
                algorithm,
                "--sentences",
                "3",
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        payload = json.loads(result.stdout)
        assert len(payload["articles"]) == 5
        assert all(len(a["summary"]) == 3 for a in payload["articles"])
    text = subprocess.run(
        [*_installed_cli(), "summary", str(ARTICLES)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert text.returncode == 0
    assert not ANSI.search(text.stdout)
    assert list((tmp_path / "nltk_data").iterdir()) == []


def test_subprocess_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    env = _env(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = subprocess.run(
        [*_installed_cli(), "summary", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 2
    assert str(tmp_path / "missing.txt") in missing.stderr
    bad = subprocess.run(
        [*_installed_cli(), "summary", str(ARTICLES / SAMPLE_FILES[0].name), str(empty)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1
    assert bad.stderr == f"summarise: {empty}: empty file\n"
    assert "Traceback" not in missing.stderr + bad.stderr
    assert ROOT.exists()


def test_library_default_matches_the_cli_default() -> None:
    from summarise.models import SummaryOptions
    from summarise.summarizers import DEFAULT_ALGORITHM

    assert SummaryOptions().algorithm == DEFAULT_ALGORITHM


def test_markdown_code_spans_are_not_backslash_escaped() -> None:
    # Backslashes are literal inside a code span: an id like 000_9cf must appear as written.
    text = run("summary", str(ARTICLES), "-n", "1", "--format", "markdown").stdout
    assert "`000_9cf42e20098e3ff1`" in text
    assert "`000\\_" not in text


def test_output_files_get_ordinary_permissions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    target = tmp_path / "out.md"
    assert run("summary", str(ARTICLES), "--format", "markdown", "-o", str(target)).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    target.chmod(0o640)  # a replaced file keeps its mode
    assert run("summary", str(ARTICLES), "--format", "markdown", "-o", str(target)).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_json_is_compact_unless_asked_to_indent(tmp_path):
    """Issue 17: compact JSON unless asked to indent, in every command that writes JSON."""
    runner = CliRunner()
    articles = str(ROOT / "articles")
    for command in (
        ["compare", articles],
        ["stories", articles],
        ["summary", articles],
        ["report", articles],
    ):
        compact = runner.invoke(cli, [*command, "--format", "json", "-q"])
        assert compact.exit_code == 0, compact.output
        assert compact.output.count("\n") == 1  # one line
        indented = runner.invoke(cli, [*command, "--format", "json", "--indent", "2", "-q"])
        assert indented.exit_code == 0, indented.output
        assert indented.output.startswith("{\n  ")
        assert json.loads(compact.output) == json.loads(indented.output)


def test_compare_over_a_pile_points_to_stories(tmp_path: Path) -> None:
    """A pile of articles is more likely many stories than one: compare says `stories` exists
    (on standard error, not with --quiet), and compares them all the same."""
    from summarise.defaults import PILE

    pile = tmp_path / "pile.jsonl"
    pile.write_text(
        "".join(
            json.dumps({"id": f"a{k}", "text": f"Story {k}. The council met on day {k}."}) + "\n"
            for k in range(PILE)
        )
    )
    result = run("compare", str(pile), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "`summarise stories`" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == PILE
    assert "stories" not in run("compare", str(pile), "--quiet", "--format", "json").stderr
    assert "stories" not in run("compare", str(ARTICLES)).stderr
