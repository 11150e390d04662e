"""`summarise evaluate` and `summarise summary --merge`: loading, scoring, formats, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cleaning import parse_text
from summarise.cli import cli
from summarise.errors import InputError, SummariseError
from summarise.evaluate import evaluate, load_dataset, reference_sentences, rouge
from summarise.merge import merge
from summarise.models import Budget, EvaluationOptions, MergeOptions, SummaryOptions

STORY = (
    "The city council approved a new budget for the harbour on Monday. "
    "The budget doubles spending on the harbour walls. "
    "Critics said the harbour plan ignores the fishing fleet. "
    "The mayor will sign the budget next week."
)
OTHER = (
    "A storm closed the mountain road for two days. "
    "Snow ploughs cleared the mountain road on Thursday. "
    "Drivers were warned to carry chains."
)


def write_rows(path: Path, rows: list[object]) -> str:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return str(path)


@pytest.fixture
def dataset(tmp_path: Path) -> str:
    return write_rows(
        tmp_path / "set.jsonl",
        [
            {
                "id": "a",
                "title": "Harbour budget",
                "text": STORY,
                "summaries": ["The council approved a harbour budget."],
            },
            {
                "id": "b",
                "text": OTHER,
                "summaries": ["A storm closed the mountain road.\nPloughs cleared it."],
            },
            {"id": "c", "text": OTHER, "summaries": ["x"], "duplicate_of": "b"},
        ],
    )


# --------------------------------------------------------------------------- loading


def test_load_dataset_reads_rows_and_drops_duplicates(dataset: str) -> None:
    data = load_dataset(dataset)
    assert [r.id for r in data.rows] == ["a", "b"]
    assert data.duplicates == 1
    assert data.failures == ()
    assert data.rows[0].articles[0].title == "Harbour budget"
    assert len(data.rows[0].articles[0].sentences) == 4
    assert load_dataset(dataset, keep_duplicates=True).duplicates == 0
    assert len(load_dataset(dataset, limit=1).rows) == 1


def test_bad_rows_are_failures_not_errors(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "bad.jsonl",
        [
            "{not json",
            {"id": "no-refs", "text": STORY},
            {"id": "no-text", "summaries": ["s"]},
            {"id": "empty", "text": "---", "summaries": ["s"]},
            [1, 2],
            {"id": "ok", "text": STORY, "summaries": ["s"]},
        ],
    )
    data = load_dataset(path)
    assert [r.id for r in data.rows] == ["ok"]
    reasons = [f.reason for f in data.failures]
    assert len(reasons) == 5
    assert reasons[0].startswith("not valid JSON")
    assert reasons[1] == "no 'summaries' list of strings"
    assert reasons[2] == "neither 'text' nor 'documents'"
    assert reasons[3] == "empty: no sentences found after cleaning"
    assert reasons[4] == "not a JSON object"
    assert data.failures[0].path.endswith("bad.jsonl:1")


def test_missing_dataset_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_dataset(str(tmp_path / "absent.jsonl"))


def test_multi_document_rows(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "multi.jsonl",
        [
            {
                "id": "M1",
                "documents": [
                    {"id": "d1", "title": "T", "text": STORY},
                    {"id": "d2", "text": OTHER},
                ],
                "summaries": ["r"],
            }
        ],
    )
    row = load_dataset(path).rows[0]
    assert row.multi_document
    assert [a.id for a in row.articles] == ["d1", "d2"]


def test_reference_sentences_counts_lines_or_sentences() -> None:
    assert reference_sentences("One.\nTwo.\nThree.") == 3
    assert reference_sentences("One thing happened . Then another did .") == 2


# --------------------------------------------------------------------------- scoring


def test_rouge_of_a_reference_against_itself_is_one() -> None:
    scores = rouge("The harbour budget was approved.", ["The harbour budget was approved."])
    assert [s.metric for s in scores] == ["rouge1", "rouge2", "rougeL"]
    assert all(s.f1 == pytest.approx(1.0) and s.recall == pytest.approx(1.0) for s in scores)


def test_rouge_averages_over_references() -> None:
    one = rouge("storm closed road", ["storm closed road"])[0].f1
    none = rouge("storm closed road", ["quiet sunny day"])[0].f1
    both = rouge("storm closed road", ["storm closed road", "quiet sunny day"])[0].f1
    assert both == pytest.approx((one + none) / 2)


def test_evaluate_always_includes_lead_and_scores_in_range(dataset: str) -> None:
    result = evaluate(
        load_dataset(dataset), EvaluationOptions(algorithms=("news",), budget=Budget(sentences=1))
    )
    assert [r.algorithm for r in result.results] == ["lead", "news"]
    assert result.rows == 2
    for r in result.results:
        assert all(0 <= s.f1 <= 1 and 0 <= s.recall <= 1 for s in r.scores)


def test_reference_length_budget_takes_as_many_sentences_as_the_reference(dataset: str) -> None:
    data = load_dataset(dataset)
    result = evaluate(data, EvaluationOptions(budget=None))
    # Row a: 1 reference sentence -> the first sentence (11 words); row b: 2 -> 18 words.
    assert result.results[0].words == pytest.approx((11 + 18) / 2)


def test_unknown_reference_index_is_a_domain_error(dataset: str) -> None:
    with pytest.raises(SummariseError, match="no reference #3"):
        evaluate(load_dataset(dataset), EvaluationOptions(references=(3,)))


# --------------------------------------------------------------------------- merge


def test_merge_does_not_repeat_a_point_and_tags_articles() -> None:
    a = parse_text(STORY, article_id="a")
    b = parse_text(STORY, article_id="b")  # the same story twice
    c = parse_text(OTHER, article_id="c")
    merged = merge(
        [a, b, c],
        MergeOptions(summary=SummaryOptions(algorithm="news", budget=Budget(sentences=4))),
    )
    texts = [s.text for s in merged.sentences]
    assert len(texts) == len(set(texts)) == 4
    assert {s.article for s in merged.sentences} <= {"a", "b", "c"}
    order = {"a": 0, "b": 1, "c": 2}
    keys = [(order[s.article], s.index) for s in merged.sentences]
    assert keys == sorted(keys)
    assert [s.article.id for s in merged.summaries] == ["a", "b", "c"]


def test_merge_respects_a_word_budget() -> None:
    articles = [parse_text(STORY, article_id="a"), parse_text(OTHER, article_id="b")]
    merged = merge(articles, MergeOptions(summary=SummaryOptions(budget=Budget(words=20))))
    assert 0 < merged.word_count <= 20


# --------------------------------------------------------------------------- CLI


def test_cli_table_markdown_json(dataset: str) -> None:
    runner = CliRunner()
    table = runner.invoke(cli, ["evaluate", dataset, "-n", "1"])
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert (
        lines[1] == "2 articles · budget: 1 sentences · references: all · 1 duplicate rows dropped"
    )
    assert lines[3].split() == [
        "algorithm",
        "R1",
        "F1",
        "R2",
        "F1",
        "RL",
        "F1",
        "R1",
        "recall",
        "R2",
        "recall",
        "RL",
        "recall",
        "words",
    ]
    assert [line.split()[0] for line in lines[5:7]] == ["lead", "news"]

    markdown = runner.invoke(cli, ["evaluate", dataset, "--format", "markdown", "-a", "lead"])
    assert markdown.exit_code == 0
    assert markdown.output.startswith("# Evaluation: ")
    assert "| lead " in markdown.output

    out = runner.invoke(
        cli, ["evaluate", dataset, "--format", "json", "-a", "lexrank", "--reference", "0"]
    )
    assert out.exit_code == 0
    payload = json.loads(out.output)
    assert [r["algorithm"] for r in payload["results"]] == ["lead", "lexrank"]
    assert payload["references"] == "#0"
    assert set(payload["results"][0]) == {"algorithm", "words", "rouge1", "rouge2", "rougeL"}
    assert set(payload["results"][0]["rouge1"]) == {"f1", "recall", "precision"}


def test_cli_exit_codes(dataset: str, tmp_path: Path) -> None:
    runner = CliRunner()
    absent = runner.invoke(cli, ["evaluate", str(tmp_path / "absent.jsonl")])
    assert absent.exit_code == 2
    # one line, as every command names a missing path (a user's test, session 51: click's
    # three-line usage error), and a folder is an input's error
    assert absent.output == (
        f"summarise: {tmp_path / 'absent.jsonl'}: no such file, folder or matching pattern\n"
    )
    folder = runner.invoke(cli, ["evaluate", str(tmp_path)])
    assert folder.exit_code == 1
    assert folder.output == f"summarise: {tmp_path}: a folder; evaluate reads one JSONL file\n"
    both = runner.invoke(cli, ["evaluate", dataset, "-n", "2", "--words", "30"])
    assert both.exit_code == 2
    assert "give only one of --sentences, --words" in both.output
    assert runner.invoke(cli, ["evaluate", dataset, "-a", "nope"]).exit_code == 2
    bad_ref = runner.invoke(cli, ["evaluate", dataset, "--reference", "5"])
    assert bad_ref.exit_code == 1
    assert bad_ref.output.strip().endswith("row a: no reference #5 (it has 1)")
    assert "Traceback" not in bad_ref.output

    mixed = write_rows(
        tmp_path / "mixed.jsonl", ["{oops", {"id": "ok", "text": STORY, "summaries": ["s"]}]
    )
    some_failed = runner.invoke(cli, ["evaluate", mixed])
    assert some_failed.exit_code == 1
    assert "mixed.jsonl:1: not valid JSON" in some_failed.output
    assert "lead" in some_failed.output

    nothing = write_rows(tmp_path / "nothing.jsonl", ["{oops"])
    none_left = runner.invoke(cli, ["evaluate", nothing])
    assert none_left.exit_code == 1
    assert "no usable rows" in none_left.output


def test_summary_merge_json_contract(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Harbour budget approved\n\n" + STORY, encoding="utf-8")
    (tmp_path / "two.txt").write_text("Storm shuts road\n\n" + OTHER, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["summary", "--merge", "-n", "3", "--format", "json", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert list(payload) == ["algorithm", "merged", "articles", "failures"]
    assert payload["algorithm"] == "news"
    merged = payload["merged"]["summary"]
    assert len(merged) == 3
    assert all(set(s) == {"article", "index", "text", "score"} for s in merged)
    articles = {a["id"]: a for a in payload["articles"]}
    assert set(articles) == {"one", "two"}
    assert all(set(a) >= {"id", "path", "title", "summary"} for a in payload["articles"])
    for s in merged:
        assert s["article"] in articles
        assert isinstance(s["index"], int)
        assert isinstance(s["score"], float)


@pytest.mark.parametrize("fmt", ["text", "table", "markdown"])
def test_summary_merge_other_formats(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(OTHER, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["summary", "--merge", "-n", "2", "--format", fmt, str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "one" in result.output or "two" in result.output
