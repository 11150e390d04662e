"""Bad options raise SummariseError subclasses where the problem arises, through the public
API; the command line turns each into an exit status and names the flag."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from summarise import (
    Budget,
    CompareOptions,
    LoadOptions,
    SummariseError,
    SummaryOptions,
    load_articles,
    summarise,
    summarise_all,
)
from summarise.cli import ExitStatus, cli
from summarise.compare import compare  # summarise.compare is the package once it is loaded
from summarise.errors import (
    BudgetError,
    MissingPathError,
    OptionError,
    UnknownAlgorithmError,
    UnknownLanguageError,
)
from summarise.evaluate import evaluate
from summarise.merge import merge
from summarise.models import Dataset, EvaluationOptions, MergeOptions, Row

from .conftest import ARTICLES, make_article

TEXT = "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to hold talks again."
LANGUAGES = "czech, english, french, german, italian, polish, portuguese, slovak, spanish, swedish"


def test_every_option_error_is_a_summarise_error_and_a_value_error() -> None:
    for error in (OptionError, UnknownLanguageError, UnknownAlgorithmError, BudgetError):
        assert issubclass(error, SummariseError)
        assert issubclass(error, ValueError)  # what these checks raised before


def test_load_options_refuse_an_unknown_language() -> None:
    with pytest.raises(UnknownLanguageError) as caught:
        LoadOptions(language="klingon")
    assert str(caught.value) == f"unsupported language 'klingon'; choose one of {LANGUAGES}"
    assert caught.value.option == "language"


def test_load_options_refuse_a_size_limit_below_one_byte() -> None:
    with pytest.raises(OptionError, match="max_bytes must be at least 1") as caught:
        LoadOptions(max_bytes=0)
    assert caught.value.option == "max_bytes"


def test_load_options_default_to_the_limit_the_command_line_uses() -> None:
    assert LoadOptions().max_bytes == 32 * 1024 * 1024


@pytest.mark.parametrize(
    ("kwargs", "option", "message"),
    [
        ({"sentences": 0}, "sentences", "sentences must be at least 1"),
        ({"ratio": 0.0}, "ratio", r"ratio must be in \(0, 1\]"),
        ({"ratio": 1.5}, "ratio", r"ratio must be in \(0, 1\]"),
        ({"words": 0}, "words", "words must be at least 1"),
        ({"sentences": 2, "words": 30}, "budget", "give one of sentences, ratio or words"),
    ],
)
def test_a_budget_that_cannot_be_is_a_budget_error(
    kwargs: dict[str, float], option: str, message: str
) -> None:
    with pytest.raises(BudgetError, match=message) as caught:
        Budget(**kwargs)  # type: ignore[arg-type]
    assert caught.value.option == option


def test_summary_options_refuse_an_unknown_language() -> None:
    with pytest.raises(UnknownLanguageError):
        SummaryOptions(language="klingon")


def test_summarise_refuses_an_unknown_algorithm() -> None:
    article = make_article(TEXT)
    for call in (summarise, lambda a, o: summarise_all([a], o)):
        with pytest.raises(UnknownAlgorithmError, match="unknown algorithm 'nope'; choose one of"):
            call(article, SummaryOptions(algorithm="nope"))


def test_merge_refuses_an_unknown_algorithm_and_weights_out_of_range() -> None:
    articles = [make_article(TEXT, "a"), make_article(TEXT.replace("Monday", "Friday"), "b")]
    with pytest.raises(UnknownAlgorithmError):
        merge(articles, MergeOptions(summary=SummaryOptions(algorithm="nope")))
    with pytest.raises(OptionError, match=r"set_weight must be in \[0, 1\]"):
        MergeOptions(set_weight=2.0)


def test_evaluate_refuses_an_unknown_algorithm_and_language() -> None:
    data = Dataset("set.jsonl", (Row("r", (make_article(TEXT),), ("They met.",)),))
    with pytest.raises(UnknownAlgorithmError):
        evaluate(data, EvaluationOptions(algorithms=("nope",)))
    with pytest.raises(UnknownLanguageError):
        evaluate(data, EvaluationOptions(language="klingon"))


def test_load_articles_raises_only_summarise_errors() -> None:
    with pytest.raises(MissingPathError):
        load_articles(["no/such/file.txt"])
    articles, failures = load_articles([str(ARTICLES)], LoadOptions(language="fr"))
    assert articles
    assert not failures


def test_compare_raises_only_summarise_errors() -> None:
    articles, _ = load_articles([str(ARTICLES)])
    with pytest.raises(SummariseError, match="unsupported language 'klingon'"):
        compare(articles, CompareOptions(language="klingon"))
    with pytest.raises(SummariseError, match="at least two readable articles"):
        compare(articles[:1])


def test_the_command_line_names_the_flag_of_a_refused_option(monkeypatch) -> None:
    import summarise.summarizers

    def refuse(*args: object, **kwargs: object) -> None:
        raise UnknownAlgorithmError("nope", ["lead", "news"])

    monkeypatch.setattr(summarise.summarizers, "summarise_all", refuse)
    result = CliRunner().invoke(cli, ["summary", str(ARTICLES)])
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr.endswith(
        "Error: Invalid value for '--algorithm': unknown algorithm 'nope'; choose one of lead, news\n"
    )


def test_a_domain_error_is_one_line_and_exit_1() -> None:
    result = CliRunner().invoke(cli, ["compare", str(ARTICLES / "000_9cf42e20098e3ff1.txt")])
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "summarise: comparing needs at least two readable articles, got 1\n"
