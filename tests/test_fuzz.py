"""Issue 7, fuzzing: arbitrary bytes and text through every stage of the tool.

Loading (decode, then parse_text), cleaning, sentence splitting, every summarisation
algorithm, comparison and every renderer: nothing may raise but the tool's own
SummariseError, and what is rendered is valid UTF-8 with no control character. Then the
pathological inputs of the issue through the real CLI (slow): each completes, or fails with
a clean one-line message. Their timings live in benchmarks/pathological.py, not here.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarise.cleaning import parse_text, sanitize
from summarise.errors import SummariseError
from summarise.inputs import decode
from summarise.models import Budget, CompareOptions, SummaryOptions
from summarise.nlp import sentence_spans
from summarise.render import COMPARE_RENDERERS, SUMMARY_RENDERERS, RenderOptions
from summarise.render.json import outcome_line
from summarise.render.registry import MERGED_RENDERERS
from summarise.render.summary import render_article
from summarise.summarizers import ALGORITHMS, summarise

FRAGMENTS = [
    "The council approved the harbour plan on Monday.",
    "Residents asked for more parks",
    "“We will act,” the mayor said.",
    '"Why?" he asked.',
    "U.S. Defense Secretary Lloyd Austin met Rajnath Singh in New Delhi.",
    "March 20, 2021The United States said",
    "NEW DELHI (Reuters) -",
    "Read: more news here",
    "Comments",
    "ab/aw (Reuters, dpa, AP)",
    "<div><p>tag soup</p>",
    "| a | b |",
    "# heading *bold* _it_ `code`",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x9b",
    "\x85",
    "\ud800",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    "...",
    "?!",
    '"""',
    "Mr. Dr. St. J. R. R.",
    "S-400",
    "—",
    "é",
    "\u202e",
    "\ufeff",
]
# Text mixing article-like fragments with arbitrary characters, lone surrogates included.
ANY_CHAR = st.characters(codec=None, categories=None)
TEXT = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=12)), max_size=30
).map(" ".join)
CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n", "\t"}


def _clean(text: str) -> None:
    """Rendered text: valid UTF-8 and no control character but newline and tab."""
    text.encode("utf-8")
    assert not CONTROLS & set(text)


def _article(text: str, article_id: str = "a"):  # type: ignore[no-untyped-def]
    try:
        return parse_text(text, article_id=article_id, path=f"{article_id}.txt")
    except SummariseError:
        return None


@given(st.binary(max_size=3000))
def test_any_bytes_load_or_fail_with_our_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except SummariseError:
        return
    assert isinstance(text, str)
    _article(text)


@given(st.binary(max_size=600).map(lambda b: b"\xef\xbb\xbf" + b))
def test_bytes_after_a_bom_load_or_fail_with_our_error(data: bytes) -> None:
    with contextlib.suppress(SummariseError):
        _article(decode(data, "x.txt"))


@given(TEXT)
def test_cleaning_keeps_no_control_or_surrogate(text: str) -> None:
    cleaned = sanitize(text)
    cleaned.encode("utf-8")
    assert "\r" not in cleaned
    assert not (CONTROLS - {"\r"}) & set(cleaned)
    article = _article(text)
    if article is not None:
        for part in (article.title, article.text, *(s.text for s in article.sentences)):
            _clean(part)


@given(TEXT)
def test_sentence_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    text = sanitize(text)
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        previous_end = end


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXT, budget=st.sampled_from([Budget(sentences=1), Budget(ratio=0.5), Budget(words=5)]))
def test_every_algorithm_on_any_text(algorithm: str, text: str, budget: Budget) -> None:
    article = _article(text)
    if article is None:
        return
    try:
        summary = summarise(article, SummaryOptions(algorithm=algorithm, budget=budget))
    except SummariseError:
        return
    indexes = [s.index for s in summary.sentences]
    assert indexes == sorted(set(indexes))
    for fmt in ("md", "json", "txt"):
        _clean(render_article(summary, fmt))


@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=3), st.sampled_from(sorted(SUMMARY_RENDERERS)))
def test_every_summary_renderer_on_any_text(texts: list[str], fmt: str) -> None:
    articles = [a for k, t in enumerate(texts) if (a := _article(t, f"a{k}\x1b[0m")) is not None]
    summaries = [summarise(a, SummaryOptions(algorithm="news")) for a in articles]
    from summarise.models import Failure

    failures = [Failure("bad\x9b\ud800.txt", "empty file")]
    for options in (RenderOptions(), RenderOptions(width=60)):
        out = SUMMARY_RENDERERS[fmt](summaries, failures, options)
        _clean(out)
        if fmt == "json":
            json.loads(out)


@pytest.mark.slow
@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(TEXT, min_size=2, max_size=3), st.lists(TEXT, max_size=2))
def test_compare_and_merge_any_articles(texts: list[str], topics: list[str]) -> None:
    from summarise.compare import compare
    from summarise.merge import MergeOptions, merge

    articles = [a for k, t in enumerate(texts) if (a := _article(t, f"a{k}")) is not None]
    try:
        comparison = compare(articles, CompareOptions(topics=tuple(t for t in topics if t.strip())))
    except SummariseError:
        return
    for fmt, render in COMPARE_RENDERERS.items():
        out = render(comparison, RenderOptions(width=80))
        _clean(out)
        if fmt == "json":
            json.loads(out)
    merged = merge(articles, MergeOptions())
    for fmt, render in MERGED_RENDERERS.items():
        out = render(merged, (), RenderOptions())
        _clean(out)
        if fmt == "json":
            json.loads(out)


@given(st.dictionaries(st.text(ANY_CHAR, max_size=5), st.text(ANY_CHAR, max_size=20), max_size=4))
def test_batch_index_lines_are_valid_utf8_json(record: dict[str, str]) -> None:
    from summarise.models import Outcome, Status
    from summarise.render import to_json

    for outcome in (
        Outcome("id\ud800", "p\x1b", Status.DONE, record, output="x.json"),
        Outcome("id", "p\x9b", Status.FAILED, reason="\ud800\x07"),
    ):
        line = to_json(outcome_line(outcome), indent=None)
        _clean(line)
        assert "\n" not in line
        json.loads(line)


# --------------------------------------------------------------------------- pathological, real CLI


def _prose(size: int, sentence_words: int) -> str:
    words = [
        "council",
        "harbour",
        "plan",
        "vote",
        "residents",
        "parks",
        "mayor",
        "spring",
        "budget",
        "minister",
    ]
    sentence = " ".join(words[k % len(words)] for k in range(sentence_words))
    parts, total, n = [], 0, 0
    while total < size:
        part = f"{sentence.capitalize()} {n}. "
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)[:size]


PATHOLOGICAL = {
    # one 5 MB line of long sentences: line length, not sentence count (that is the
    # summariser's cost: see benchmarks/pathological.py)
    "a 5 MB line": (lambda: _prose(5_000_000, 300), ".txt"),
    "1 MB without punctuation": (lambda: "council harbour plan vote " * 40_000, ".txt"),
    "100,000 repeated lines": (
        lambda: "The council approved the harbour plan on Monday after a long debate.\n" * 100_000,
        ".txt",
    ),
    "100,000 nested divs": (
        lambda: (
            "<!DOCTYPE html><html><body>"
            + "<div>" * 100_000
            + "<p>The council approved the plan on Monday. Residents asked for parks.</p>"
            + "</div>" * 100_000
            + "</body></html>"
        ),
        ".html",
    ),
    # (session 56's first reading of list items joined each of these by copying the whole
    # paragraph: 47 s; benchmarks/pathological.py list-items)
    "20,000 list items in lower case": (
        lambda: (
            "The council met.\n\nThe government had claimed tobacco firms\n"
            + "".join(
                f"- manipulated nicotine levels in batch {k} to increase addiction\n"
                for k in range(20_000)
            )
        ),
        ".txt",
    ),
    "a million quote marks": (
        lambda: (
            "The council approved the plan. "
            + '"“”‘’«»' * 142_858
            + " Residents asked for parks.\n"
        ),
        ".txt",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(PATHOLOGICAL))
def test_pathological_input_through_the_cli(tmp_path: Path, case: str) -> None:
    make, suffix = PATHOLOGICAL[case]
    path = tmp_path / f"input{suffix}"
    path.write_text(make(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "summarise", "summary", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=600,  # a hang fails the test; no speed is asserted
        check=False,
    )
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr
    if done.returncode == 0:
        payload = json.loads(done.stdout)
        assert payload["articles"][0]["summary"]
    else:
        assert done.returncode == 1
        lines = done.stderr.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"summarise: {path}: ")
        assert json.loads(done.stdout)["failures"]
