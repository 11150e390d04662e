"""One command line (issue 15), the rest: an install without pip warnings, tables wrapped
when piped, one meaning of "#", outputs the tool wrote never read back as articles, batch
reruns that say what happens to old outputs, progress with counts and rate, an honest
evaluate, a paged batch index, cleaner HTML input, Chinese and Hindi sentences."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import Console, cli
from summarise.models import RenderOptions, Summary, SummarySentence
from summarise.render import render

from .conftest import ROOT, make_article

BODY = (
    "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to hold talks again "
    "next year. Officials called the meeting a success. Trade was also discussed at length.\n"
)
LONG = (
    "Long lines\n\n"
    + " ".join(
        f"Sentence {n} is a rather long sentence that goes on and on about the talks held in "
        f"the capital between the two delegations over several days of meetings."
        for n in range(1, 5)
    )
    + "\n"
)


def run(*args: str, obj: Console | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), obj=obj, catch_exceptions=False)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --------------------------------------------------------------------------- 1. no pip warning


def test_install_lines_bring_pip_up_to_date_first() -> None:
    """Python 3.11's pip (23.2) warns "lxml does not provide the extra 'html_clean'" (jusText
    and breadability ask for lxml[html_clean]; lxml 6 spells it html-clean, which pip 23.3 and
    later match, PEP 685). Every install line creates the environment with --upgrade-deps,
    and .ci/run fails on the warning."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if "python3 -m venv" in line]
    assert len(lines) == 3
    assert all("python3 -m venv --upgrade-deps .venv" in line for line in lines), lines
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv --upgrade-deps .venv" in ci
    assert "does not provide the extra" in ci


def test_editable_install_is_a_plain_path_file() -> None:
    """A recent setuptools warns on every editable install of a root layout it serves with an
    import hook, and on a license given as a table: neither warning is left."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["tool"]["setuptools"]["package-dir"] == {"": "."}
    assert project["project"]["license"] == "MIT"


# --------------------------------------------------------------------------- 2. wrapping


def test_summary_table_is_wrapped_when_piped(tmp_path: Path) -> None:
    path = _write(tmp_path, "long.txt", LONG)
    result = run("summary", path, "-a", "lead", "-n", "2", "--format", "table")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert "Sentence 1 is a rather long" in result.stdout


def test_summary_text_is_not_wrapped_when_piped_and_titles_wrap_on_a_terminal(
    tmp_path: Path,
) -> None:
    title = "A headline that is long enough to need two lines on a terminal of forty columns"
    path = _write(tmp_path, "long.txt", LONG.replace("Long lines", title))
    piped = run("summary", path, "-a", "lead", "-n", "1").stdout
    assert title in piped  # one line each, for grep
    terminal = run(
        "summary",
        path,
        "-a",
        "lead",
        "-n",
        "1",
        "--no-color",
        obj=Console(stdout_tty=True, columns=40),
    )
    lines = terminal.stdout.splitlines()
    assert max(len(line) for line in lines) <= 40
    assert lines[0] == "A headline that is long enough to need"


def test_width_help_says_what_each_command_wraps() -> None:
    def width_help(command: str) -> str:
        params = {p.name: p for p in cli.commands[command].params}  # type: ignore[attr-defined]
        return str(params["width"].help)

    assert "tables at 100 columns and text not at all" in width_help("summary")
    assert "100 when piped" in width_help("compare")
    assert "never wrapped" in width_help("evaluate")
    assert not any("no wrapping when piped" in width_help(c) for c in ("summary", "compare"))


# --------------------------------------------------------------------------- 3. one "#"


def test_hash_is_the_position_in_the_article_in_text_and_table() -> None:
    article = make_article(
        "Ties\n\n" + " ".join(f"Point {w} was made at length today." for w in "ABCDEF"), "story"
    )
    chosen = tuple(SummarySentence(i, article.sentences[i].text, 1.0) for i in (1, 4))
    summary = Summary(article, "lead", chosen)
    text = render([summary], "text", RenderOptions())
    assert text.splitlines()[2:] == [
        " #2 Point B was made at length today.",
        " #5 Point E was made at length today.",
    ]
    table = render([summary], "table", RenderOptions())
    assert re.search(r"^story\s+2\s+Point B", table, re.M)
    assert re.search(r"^\s+5\s+Point E", table, re.M)
    assert "article      #  summary sentence" in table


# --------------------------------------------------------------------------- 10. scripts

CHINESE = (
    "中国与印度举行会谈\n\n"
    "两国外长周一在北京举行会谈。双方同意加强合作！会谈持续了三个小时吗？官员称会谈取得成功。\n"
)
HINDI = (
    "भारत और अमेरिका की बैठक\n\n"
    "दोनों देशों के मंत्रियों ने सोमवार को दिल्ली में मुलाकात की। उन्होंने सहयोग बढ़ाने पर "
    "सहमति जताई। बैठक तीन घंटे चली॥ अधिकारियों ने इसे सफल बताया।\n"
)


def test_chinese_text_is_split_into_sentences_not_dropped(tmp_path: Path) -> None:
    article = make_article(CHINESE)
    assert article.title == "中国与印度举行会谈"
    assert [s.text for s in article.sentences] == [
        "两国外长周一在北京举行会谈。",
        "双方同意加强合作！",
        "会谈持续了三个小时吗？",
        "官员称会谈取得成功。",
    ]
    result = run("summary", _write(tmp_path, "zh.txt", CHINESE), "-n", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout.count(" #") == 2


def test_chinese_words_are_characters_and_latin_words_stay_whole() -> None:
    from summarise.nlp import words

    assert words("世贸组织WTO发表S-400声明。") == [
        "世",
        "贸",
        "组",
        "织",
        "WTO",
        "发",
        "表",
        "S-400",
        "声",
        "明",
    ]
    assert words("India's S-400 and the U.S. deal") == [
        "India's",
        "S-400",
        "and",
        "the",
        "U.S",
        "deal",
    ]


def test_a_danda_ends_a_sentence() -> None:
    article = make_article(HINDI)
    assert [s.text[-1] for s in article.sentences] == ["।", "।", "॥", "।"]
    assert len(article.sentences) == 4


def test_a_paragraph_of_chinese_or_hindi_sentences_is_no_headline() -> None:
    """A user's case: five Chinese sentences on one line (no spaces, so few "words") read
    as a headline and left no sentence ("no sentences found after cleaning"), as three
    Hindi ones did; a first paragraph of two short sentences became the title. A paragraph
    that ends in 。 or a danda, or holds one inside, is no headline; a headline still is."""
    body = CHINESE.split("\n\n", 1)[1].strip()
    article = make_article(body)
    assert len(article.sentences) == 4
    assert not article.titled
    hindi = HINDI.split("\n\n", 1)[1].strip()
    assert len(make_article(hindi).sentences) == 4
    two = make_article("地震造成十人死亡。救援工作正在进行。\n\n" + body)
    assert [s.text for s in two.sentences][:2] == ["地震造成十人死亡。", "救援工作正在进行。"]
    assert make_article(CHINESE).title == "中国与印度举行会谈"
    # a headline may ask or exclaim inside (a code review's cases)
    for headline in ("重磅！国务院发布促进消费新规", "なぜ？円安が止まらない理由"):
        assert make_article(f"{headline}\n\n{body}").title == headline


# --------------------------------------------------------------------------- 9. HTML cleaning

COUNCIL_HTML = """<!DOCTYPE html>
<html><head><title>Council to close two libraries | National Wire</title></head>
<body><article>
<h1>Council to close two libraries</h1>
<p>RIVERTON, England, March 14 (National Wire) - Riverton council said on Tuesday it would
close two of its five public libraries next year to save money, after a review of how
residents use the service.</p>
<p>The council said visits to the two branches had fallen by more than half over the past
decade, while the cost of running them had risen sharply.</p>
<h2>Why is the council doing this?</h2>
<p>Council leaders say they must find savings of twelve million pounds over the next three
years because government grants have been cut.</p>
<p>Opposition councillors said the closures would hurt older residents and families who rely
on the libraries for free internet access.</p>
<h2>What happens next?</h2>
<p>A public consultation on the plans will run until the end of May, and a final decision is
expected in the summer.</p>
<p>Our Standards: The National Wire Trust Principles.</p>
</article></body></html>
"""


def test_html_subheading_questions_standards_and_datelines_are_no_sentences(
    tmp_path: Path,
) -> None:
    from summarise.inputs import load_article

    article = load_article(_write(tmp_path, "council.html", COUNCIL_HTML))
    texts = [s.text for s in article.sentences]
    assert texts[0].startswith("Riverton council said on Tuesday")
    assert not [t for t in texts if t.endswith("?") or "Standards" in t or "RIVERTON" in t]
    assert len(texts) == 5
    assert "Why is the council doing this?" in article.headings
    assert "What happens next?" in article.headings


def test_a_question_in_the_text_stays_a_sentence() -> None:
    article = make_article(
        "Talks resume\n\nThe minister asked: why now? Nobody answered the question at all.\n\n"
        '"Why is the council doing this?" one resident asked at the meeting.\n\n'
        "So what went wrong with the plan, and who decided it?\n"
    )
    texts = [s.text for s in article.sentences]
    assert '"Why is the council doing this?" one resident asked at the meeting.' in texts
    assert "So what went wrong with the plan, and who decided it?" in texts


# --------------------------------------------------------------------------- 6, 7. progress


def test_progress_shows_count_rate_and_an_honest_time_left() -> None:
    """evaluate's first row loads the models (5 s here), the others take 0.05 s each: the
    time left is the rows left at the rate measured after the first, not 5 s a row."""
    from summarise.cli.progress import Progress

    now = [0.0]
    written: list[str] = []
    bar = Progress(200, "evaluating", write=written.append, clock=lambda: now[0])
    now[0] = 5.0
    bar.update(1)
    assert bar.line(now[0]).endswith("1/200")  # no rate from one item
    for _ in range(21):
        now[0] += 0.05
        bar.update(1)
    line = bar.line(now[0])
    assert "22/200" in line
    assert "20/s" in line
    assert line.endswith("0:09 left")  # 178 rows at 20 a second
    bar.close()
    assert written[-1].endswith("\n")


def test_a_progress_line_fits_the_terminal() -> None:
    """A line that wraps is drawn again below itself: the step's name is cut short to fit
    (a user's test, session 51: 88 columns in an 80-column terminal)."""
    from summarise.cli.progress import Progress

    for columns in (80, 60, 40):
        bar = Progress(
            8,
            "comparing",
            write=[].append,
            clock=lambda: 0.0,
            rate=False,
            columns=lambda c=columns: c,
        )
        bar.begin("finding copies")
        bar.begin("reading the sentences' meaning")
        line = bar.line(0.0)
        assert len(line) < columns
        assert line.startswith("comparing  [###")
    wide = Progress(
        8, "comparing", write=[].append, clock=lambda: 0.0, rate=False, columns=lambda: 200
    )
    wide.begin("reading the sentences' meaning")
    assert wide.line(0.0).endswith("step 1 of 8: reading the sentences' meaning  0:00")
    counted = Progress(2225, "summarising", write=[].append, clock=lambda: 0.0, columns=lambda: 30)
    assert len(counted.line(0.0)) < 30
    # ... its last parts left off whole, never a figure cut ("1,001/2…")
    many = Progress(222500, "summarising", write=[].append, clock=lambda: 0.0, columns=lambda: 60)
    many.done = 1001
    assert many.line(0.0) == f"summarising  [{'-' * 24}]  1,001/222,500"


def test_compare_and_report_show_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import SAMPLE_FILES

    monkeypatch.setenv("COLUMNS", "200")  # (a terminal wide enough for each step's name)

    paths = [str(p) for p in SAMPLE_FILES]
    for command in ("compare", "report"):
        shown = run(command, *paths, obj=Console(stderr_tty=True))
        assert shown.exit_code == 0
        assert f"reading  [{'#' * 24}]  5/5" in shown.stderr
        label, steps = ("comparing", 8) if command == "compare" else ("writing the brief", 10)
        assert f"{label}  [{'-' * 24}]  step 1 of {steps}: finding copies  0:0" in shown.stderr
        assert f"{label}  [{'#' * 24}]  {steps}/{steps}  " in shown.stderr
        quiet = run(command, *paths, "-q", obj=Console(stderr_tty=True))
        assert "reading" not in quiet.stderr
    piped = run("compare", *paths)
    assert "reading" not in piped.stderr


def test_batch_progress_has_count_and_rate(tmp_path: Path) -> None:
    from .conftest import ARTICLES

    result = run(
        "batch",
        str(ARTICLES),
        "--out-dir",
        str(tmp_path / "out"),
        "-j",
        "1",
        obj=Console(stderr_tty=True),
    )
    assert result.exit_code == 0
    assert re.search(r"summarising  \[#+\]  5/5  [\d.,]+/s", result.stderr), result.stderr


def test_a_file_that_is_not_jsonl_is_one_line(tmp_path: Path) -> None:
    text = tmp_path / "notes.jsonl"
    text.write_text("".join(f"This is line {n} of a text file.\n" for n in range(100)))
    result = run("evaluate", str(text))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"summarise: {text}: not JSON Lines: none of its first 5 lines is a JSON object; "
        "line 1: not valid JSON (Expecting value: column 1)"
    ]
    summary = run("summary", str(text))
    assert summary.exit_code == 1
    assert len(summary.stderr.splitlines()) == 1


# --------------------------------------------------------------------------- 4. own outputs


def _story(tmp_path: Path) -> Path:
    from .conftest import SAMPLE_FILES

    story = tmp_path / "story"
    story.mkdir()
    for source in SAMPLE_FILES[:3]:
        (story / source.name).write_bytes(source.read_bytes())
    return story


def test_a_brief_written_into_its_input_folder_is_not_read_back(tmp_path: Path) -> None:
    story = _story(tmp_path)
    for brief in ("brief.md", "brief.html", "brief.md"):  # reruns work, in either format
        result = run("report", str(story), "-o", str(story / brief))
        assert result.exit_code == 0, result.output
    assert (
        (story / "brief.md")
        .read_text(encoding="utf-8")
        .endswith("\n\n<!-- generated by summarise -->\n")
    )
    assert '<meta name="generator" content="summarise">' in (story / "brief.html").read_text()
    summary = run("summary", str(story), "--format", "json")
    assert summary.exit_code == 0
    assert len(json.loads(summary.stdout)["articles"]) == 3  # not a fourth article
    assert summary.stderr == (
        "summarise: skipped, as written by summarise (not articles): "
        f"{story / 'brief.html'}, {story / 'brief.md'}\n"
    )
    assert run("summary", str(story), "-q").stderr == ""


def test_a_batch_folder_among_the_inputs_is_skipped_whole(tmp_path: Path) -> None:
    story = _story(tmp_path)
    out = tmp_path / "out"
    assert run("batch", str(story), "--out-dir", str(out), "--format", "md", "-q").exit_code == 0
    (out / "notes.txt").write_text(BODY)  # anything in a batch's folder is the batch's
    moved = story / "out"
    out.rename(moved)
    result = run("summary", str(story), "--format", "json")
    assert len(json.loads(result.stdout)["articles"]) == 3
    assert f"{moved}" in result.stderr
    alone = run("summary", str(moved))
    assert alone.exit_code == 1
    assert alone.stderr.endswith(
        f"summarise: nothing to read in {moved}: no .htm, .html, .jsonl, .md or .txt file "
        "but those summarise wrote itself\n"
    )


def test_every_markdown_output_carries_the_mark(tmp_path: Path) -> None:
    from .conftest import SAMPLE_FILES

    two = [str(p) for p in SAMPLE_FILES[:2]]
    for args in (
        ["summary", *two, "--format", "md"],
        ["summary", *two, "--format", "md", "--merge"],
        ["compare", *two, "--format", "md"],
        ["report", *two],
    ):
        assert run(*args).stdout.endswith("\n<!-- generated by summarise -->\n"), args


# --------------------------------------------------------------------------- 5. batch reruns


def test_a_batch_rerun_with_other_options_says_what_becomes_of_the_old_outputs(
    tmp_path: Path,
) -> None:
    story = _story(tmp_path)
    out = str(tmp_path / "out")
    first = run("batch", str(story), "--out-dir", out, "--format", "md")
    assert "earlier run" not in first.stderr
    again = run("batch", str(story), "--out-dir", out, "--format", "json")
    assert again.stderr.splitlines()[0] == (
        f"summarise: {out}: 3 outputs of an earlier run in another format (.md) are left as "
        "they are (index.md and summaries.jsonl list this run's only)"
    )
    shorter = run("batch", str(story), "--out-dir", out, "--format", "json", "-n", "1")
    assert shorter.stderr.splitlines()[0] == (
        f"summarise: {out}: 3 outputs of an earlier run in another format (.md) are left as "
        "they are (index.md and summaries.jsonl list this run's only)"
    )
    assert (
        f"summarise: {out}: 3 outputs of an earlier run with other options made again with "
        "these" in shorter.stderr.splitlines()
    )
    same = run("batch", str(story), "--out-dir", out, "--format", "json", "-n", "1")
    assert "outputs of an earlier run with other options" not in same.stderr
    # an article gone from the inputs since is not made again, and not counted as if it
    # were, on this rerun or the next (a user's case: "(2) are made again" of two deleted)
    sorted(story.glob("*.txt"))[0].unlink()
    fewer = run("batch", str(story), "--out-dir", out, "--format", "json", "-n", "2")
    made_again = f"summarise: {out}: 2 outputs of an earlier run with other options made again"
    assert f"{made_again} with these" in fewer.stderr.splitlines()
    again = run("batch", str(story), "--out-dir", out, "--format", "json", "-n", "2")
    assert "earlier run with other options" not in again.stderr
    assert run("batch", str(story), "--out-dir", out, "-q").stderr == ""


# --------------------------------------------------------------------------- 8. paged index


def test_a_long_batch_index_is_paged_and_a_shorter_rerun_drops_old_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarise.render.batch as index

    from .conftest import ARTICLES

    monkeypatch.setattr(index, "INDEX_PAGE", 2)
    out = tmp_path / "out"
    assert run("batch", str(ARTICLES), "--out-dir", str(out), "--format", "md", "-q").exit_code == 0
    pages = sorted(p.name for p in (out / "index").iterdir())
    assert pages == ["001.md", "002.md", "003.md"]
    front = (out / "index.md").read_text(encoding="utf-8")
    assert "| n | article |" not in front
    assert "- [Page 3](<index/003.md>): articles 5–5, `004_c7457c3b03e7d460` to " in front
    second = (out / "index" / "002.md").read_text(encoding="utf-8")
    assert second.startswith("# Batch summaries, page 2 of 3\n\nArticles 3–4 of 5 ·")
    assert "| 3 | `002_8a5d771be4aadd4e` |" in second
    assert "(<../002_8a5d771be4aadd4e.md>)" in second
    # a shorter rerun: the old pages go, index.md is one table again
    three = [str(p) for p in sorted(ARTICLES.glob("*.txt"))[:3]]
    assert run("batch", *three, "--out-dir", str(out), "--format", "md", "-q").exit_code == 0
    assert sorted(p.name for p in (out / "index").iterdir()) == ["001.md", "002.md"]
    monkeypatch.setattr(index, "INDEX_PAGE", 500)
    assert run("batch", *three, "--out-dir", str(out), "--format", "md", "-q").exit_code == 0
    assert list((out / "index").iterdir()) == []
    assert "| n | article |" in (out / "index.md").read_text(encoding="utf-8")
