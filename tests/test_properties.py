"""Properties: a summary is a subset of the candidate sentences, in order, within budget, for
every algorithm; no text makes parsing, summarising or rendering raise anything but
SummariseError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarise.cleaning import parse_text
from summarise.errors import SummariseError
from summarise.inputs import decode
from summarise.models import Budget, SummaryOptions
from summarise.render import SUMMARY_RENDERERS, render_summaries
from summarise.summarizers import ALGORITHMS, select, summarise

_WORDS = [
    "India",
    "Russia",
    "the",
    "minister",
    "said",
    "talks",
    "defence",
    "trade",
    "U.S.",
    "Brig.",
    "Gen.",
    "Mr.",
    "No.",
    "10",
    "$2.5",
    "billion",
    "3.5%",
    "S-400",
    "Indo-Pacific",
    "security",
    "cooperation",
    "sanctions",
    "oil",
    "Washington",
    "Delhi",
    "agreed",
    "met",
    "Monday",
    "new",
    "year",
    "border",
    "China",
    "“quoted”",
    '"straight"',
    "(Reuters)",
    "—",
    ",",
    ";",
    ":",
]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=16).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)
_article_text = st.lists(_paragraph, min_size=1, max_size=6).map("\n\n".join)
_budget = st.one_of(
    st.integers(1, 8).map(lambda n: Budget(sentences=n)),
    st.floats(0.01, 1.0).map(lambda r: Budget(ratio=r)),
    st.integers(1, 120).map(lambda w: Budget(words=w)),
)


def _check_summary(text: str, algorithm: str, budget: Budget) -> None:
    try:
        article = parse_text(text)
    except SummariseError:
        return
    summary = summarise(article, SummaryOptions(algorithm=algorithm, budget=budget))
    n = len(article.sentences)
    indices = [s.index for s in summary.sentences]
    # a subset of the candidate sentences, as they stand, in document order, no repeats
    assert indices == sorted(set(indices))
    for item in summary.sentences:
        assert 0 <= item.index < n
        assert item.text == article.sentences[item.index].text
    # within budget, and never empty
    assert 1 <= len(indices) <= n
    if budget.sentences is not None:
        assert len(indices) == min(budget.sentences, n)
    elif budget.ratio is not None:
        assert len(indices) == min(n, max(1, round(budget.ratio * n)))
    else:
        assert budget.words is not None
        used = sum(len(s.text.split()) for s in summary.sentences)
        assert used <= budget.words or (
            len(indices) == 1 and all(len(s.text.split()) > budget.words for s in article.sentences)
        )


@pytest.mark.parametrize("algorithm", ["lead", "lexrank", "textrank"])
@given(text=_article_text, budget=_budget)
def test_summary_is_an_ordered_subset_within_budget(
    algorithm: str, text: str, budget: Budget
) -> None:
    _check_summary(text, algorithm, budget)


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", sorted(set(ALGORITHMS) - {"lead", "lexrank", "textrank"}))
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(text=_article_text, budget=_budget)
def test_summary_is_an_ordered_subset_within_budget_other_algorithms(
    algorithm: str, text: str, budget: Budget
) -> None:
    _check_summary(text, algorithm, budget)


@given(
    scores=st.lists(
        st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5)),
        min_size=1,
        max_size=30,
    ),
    data=st.data(),
)
def test_select_is_ordered_within_budget_for_any_scores(
    scores: list[float], data: st.DataObject
) -> None:
    counts = data.draw(st.lists(st.integers(1, 40), min_size=len(scores), max_size=len(scores)))
    budget = data.draw(_budget)
    chosen = select(scores, counts, budget)
    assert chosen == sorted(set(chosen))
    assert chosen
    assert all(0 <= i < len(scores) for i in chosen)
    if budget.words is not None and len(chosen) > 1:
        assert sum(counts[i] for i in chosen) <= budget.words


@given(st.text(max_size=400))
def test_any_text_parses_or_raises_summarise_error(text: str) -> None:
    try:
        article = parse_text(text)
    except SummariseError:
        return
    assert article.sentences
    for sentence in article.sentences:
        assert sentence.text.strip() == sentence.text
        assert sentence.text


_messy = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "\n",
                "\n\n",
                "Comment Here",
                "Back to top",
                "ab/aw (Reuters)",
                "March 20, 2021",
                "“",
                "”",
                '"',
                "...",
                "Brig. Gen.",
                "<p>",
                "\x00",
                "\ufeff",
                "\u2028",
                "\x1b[31m",
                "#",
                "|",
                "*",
            ]
        ),
        _sentence,
    ),
    max_size=20,
).map("".join)


@given(
    text=_messy,
    algorithm=st.sampled_from(sorted(ALGORITHMS)),
    fmt=st.sampled_from(sorted(SUMMARY_RENDERERS)),
)
def test_no_text_makes_the_pipeline_raise_anything_but_summarise_error(
    text: str, algorithm: str, fmt: str
) -> None:
    try:
        article = parse_text(text)
        summary = summarise(
            article, SummaryOptions(algorithm=algorithm, budget=Budget(sentences=2))
        )
        out = render_summaries([summary], (), fmt)
    except SummariseError:
        return
    assert isinstance(out, str)
    assert "\x1b" not in out
    assert "\x00" not in out


@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_summarise_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except SummariseError:
        return
    assert isinstance(text, str)
    assert text.strip()


_STOP_WORDS_ONLY = "It is what it is. It was what it was. So it is."


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
@pytest.mark.parametrize(
    "text",
    [_STOP_WORDS_ONLY, "Title here\n\nOnly one sentence in this article.", "Ab cd. Ab cd. Ef gh."],
    ids=["stop-words-only", "one-sentence", "repeats"],
)
def test_degenerate_articles_for_every_algorithm(algorithm: str, text: str) -> None:
    _check_summary(text, algorithm, Budget(sentences=3))
    _check_summary(text, algorithm, Budget(words=1))


_GREETINGS = {
    "english": "The ministers met on Monday. They agreed to meet again. Trade was discussed.",
    "french": "Les ministres se sont réunis lundi. Ils ont convenu de se revoir. Le commerce a été discuté.",
    "german": "Die Minister trafen sich am Montag. Sie wollen sich wieder treffen. Der Handel wurde besprochen.",
    "italian": "I ministri si sono incontrati lunedì. Hanno deciso di rivedersi. Si è parlato di commercio.",
    "portuguese": "Os ministros reuniram-se na segunda. Concordaram em voltar a conversar. Falaram de comércio.",
    "spanish": "Los ministros se reunieron el lunes. Acordaron volver a reunirse. Se habló de comercio.",
    "swedish": "Ministrarna möttes på måndagen. De kom överens om att ses igen. Handeln diskuterades.",
    "czech": "Ministři se sešli v pondělí. Dohodli se, že se znovu sejdou. Jednalo se o obchodu.",
    "slovak": "Ministri sa stretli v pondelok. Dohodli sa, že sa opäť stretnú. Hovorilo sa o obchode.",
    "polish": "Ministrowie spotkali się w poniedziałek. Uzgodnili kolejne spotkanie. Rozmawiano o handlu.",
}


def test_every_supported_language_has_a_sample() -> None:
    from summarise.nlp import LANGUAGES

    assert set(_GREETINGS) == set(LANGUAGES)


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
@pytest.mark.parametrize("language", sorted(_GREETINGS))
def test_every_algorithm_runs_in_every_language(algorithm: str, language: str) -> None:
    article = parse_text(f"Title\n\n{_GREETINGS[language]}", language=language)
    assert len(article.sentences) == 3
    summary = summarise(
        article, SummaryOptions(algorithm=algorithm, budget=Budget(sentences=2), language=language)
    )
    assert [s.text for s in summary.sentences] == [
        article.sentences[s.index].text for s in summary.sentences
    ]
    assert len(summary.sentences) == 2


@given(
    st.recursive(
        st.none() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=8,
    ),
    st.sampled_from([None, 2]),
)
def test_to_json_is_json_of_clean_data(data: object, indent: int | None) -> None:
    # to_json skips clean_data when the JSON shows nothing to clean: never a different result.
    import json

    from summarise.render.json import clean_data, to_json

    expected = json.dumps(clean_data(data), ensure_ascii=False, indent=indent)
    assert to_json(data, indent=indent) == expected
