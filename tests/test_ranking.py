"""The vectorised LexRank, TextRank, LSA and KL pick what sumy's own summarizers pick."""

from __future__ import annotations

import json

import pytest

from summarise import ranking
from summarise.inputs import parse_document
from summarise.models import Budget
from summarise.summarizers import ALGORITHMS, SUMY_REFERENCE, select

from .conftest import ROOT

BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary" / "bbc_news_summary.jsonl"
THREE = Budget(sentences=3)


def _picks(scores, article):  # type: ignore[no-untyped-def]
    return select(scores, [len(s.text.split()) for s in article.sentences], THREE)


def _tied_picks(scores, article):  # type: ignore[no-untyped-def]
    """The chosen scores, so that two equal scores count as the same choice."""
    return sorted(round(scores[i], 9) for i in _picks(scores, article))


@pytest.fixture(scope="module")
def bbc_articles():
    if not BBC.exists():
        pytest.skip(f"BBC set not found at {BBC}")
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    rows = [r for r in rows if not r.get("duplicate_of")][::14][:150]  # every category
    return [parse_document(r["id"], r.get("title"), r["text"], str(BBC)) for r in rows]


@pytest.mark.parametrize("name", sorted(SUMY_REFERENCE))
def test_same_sentences_as_sumy_on_the_sample(name, sample_articles):
    for article in sample_articles:
        ours = ALGORITHMS[name].score(article, "english")
        theirs = SUMY_REFERENCE[name](article, "english")
        assert len(ours) == len(article.sentences)
        assert _tied_picks(list(ours), article) == _tied_picks(list(theirs), article), article.id


@pytest.mark.parametrize("name", sorted(SUMY_REFERENCE))
def test_same_sentences_as_sumy_on_bbc(name, bbc_articles, capsys):
    same = sum(
        _tied_picks(list(ALGORITHMS[name].score(a, "english")), a)
        == _tied_picks(list(SUMY_REFERENCE[name](a, "english")), a)
        for a in bbc_articles
    )
    share = same / len(bbc_articles)
    with capsys.disabled():
        print(f"\n{name}: same sentences as sumy on {same}/{len(bbc_articles)} BBC articles")
    assert share >= 0.95


def test_lexrank_scores_match_sumy_closely(sample_articles):
    for article in sample_articles:
        ours = ranking.lexrank_scores(article, "english")
        theirs = SUMY_REFERENCE["lexrank"](article, "english")
        assert ours == pytest.approx(list(theirs), rel=1e-9, abs=1e-12)


def test_long_text_path_agrees_with_the_exact_one(monkeypatch, bbc_articles):
    from dataclasses import replace

    sentences = [s for a in bbc_articles[:15] for s in a.sentences]
    book = replace(
        bbc_articles[0],
        sentences=tuple(replace(s, index=k, paragraph=k) for k, s in enumerate(sentences)),
    )
    exact = {f: getattr(ranking, f)(book, "english") for f in ("lexrank_scores", "textrank_scores")}
    monkeypatch.setattr(ranking, "DENSE_LIMIT", 10)  # force the sparse, blockwise path
    monkeypatch.setattr(ranking, "_BLOCK", 64)
    monkeypatch.setattr(ranking, "TOP_NEIGHBOURS", len(sentences))  # keep every edge
    for name, scores in exact.items():
        assert getattr(ranking, name)(book, "english") == pytest.approx(scores, rel=1e-6), name


def test_empty_and_stop_word_only_sentences_do_not_break_anything():
    from summarise.cleaning import parse_text

    article = parse_text(
        "Title\n\nThe and of it. It is what it is. Rain fell on Paris today.", article_id="x"
    )
    for name in SUMY_REFERENCE:
        scores = ALGORITHMS[name].score(article, "english")
        assert len(scores) == len(article.sentences)
        assert all(s == s for s in scores)  # no NaN


def test_news_long_text_path_agrees_with_the_exact_one(monkeypatch, bbc_articles):
    from dataclasses import replace

    from summarise import news, ranking

    sentences = [s for a in bbc_articles[:15] for s in a.sentences]
    book = replace(
        bbc_articles[0],
        sentences=tuple(replace(s, index=k, paragraph=k) for k, s in enumerate(sentences)),
    )
    exact = news.news_scores(book, "english")
    monkeypatch.setattr(news, "DENSE_LIMIT", 10)
    monkeypatch.setattr(ranking, "TOP_NEIGHBOURS", len(sentences))
    assert news.news_scores(book, "english") == pytest.approx(exact, rel=1e-6, abs=1e-9)
