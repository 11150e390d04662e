"""Shared test set-up: hypothesis profiles, paths to the sample corpus, small builders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from summarise.cleaning import parse_text
from summarise.models import Article

# "default" for local runs, "ci" (.ci/run sets HYPOTHESIS_PROFILE=ci) with a bounded example
# count and no deadline, so that a slow CI machine never fails a property on timing.
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
SAMPLE_FILES = sorted(ARTICLES.glob("*.txt"))


def make_article(text: str, article_id: str = "test", **kwargs: object) -> Article:
    """An Article from a small string, as the loader would build it from a file."""
    return parse_text(text, article_id=article_id, path=f"{article_id}.txt", **kwargs)  # type: ignore[arg-type]


class Counted(str):
    """A str that counts the startswith calls made on any such str (set ``Counted.calls = 0``
    first): how often a lookup compares ids, for tests that it does not scan them all."""

    __slots__ = ()
    calls = 0

    def startswith(self, *args: object) -> bool:  # type: ignore[override]
        Counted.calls += 1
        return super().startswith(*args)  # type: ignore[arg-type]


def sentence_texts(article: Article) -> list[str]:
    return [s.text for s in article.sentences]


@pytest.fixture(scope="session")
def sample_articles() -> tuple[Article, ...]:
    from summarise.inputs import load_articles

    articles, failures = load_articles([str(ARTICLES)])
    assert not failures
    return articles


# --------------------------------------------------------------------------- golden files

GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output (then review the diff).",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """golden(name, text): compare text with tests/golden/NAME byte for byte, or rewrite the
    file with --update-golden."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
            return
        assert path.exists(), f"no golden file {path}; run pytest --update-golden and review it"
        expected = path.read_bytes().decode("utf-8")
        assert text == expected, (
            f"{name} differs from its golden file; if intended, run pytest --update-golden"
        )

    return check
