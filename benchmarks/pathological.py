"""Pathological inputs through the real CLI: seconds and peak memory for each, and a
linearity check.

Each case is generated at two sizes, n and 2n, and run through the command it attacks
(``summary``, ``compare``, ``batch``) in a fresh process (start-up included, as a user sees
it), with its peak memory (the largest of its processes). A case is linear when doubling
the input at most about doubles the time; the ratio t(2n)/t(n) is printed with a verdict
(above 2.6 is flagged: quadratic work shows as about 4). A case refused by a documented
limit (README, "Errors and exit codes") shows ``exit 1`` and its message: bounded. The
cases of issue 16 are html-attrs, html-spans, reduction, sumbasic, token-table,
token-compare, compare, glob-loop, jsonl-row and jsonl-rows. Run from the repository root:

    python benchmarks/pathological.py            # every case
    python benchmarks/pathological.py html quotes  # some of them

Exit status 1 when a case crashes (a traceback or an exit status other than 0 or 1), runs
over 300 s or is flagged as super-linear. The tests run such cases once, under the
``slow`` marker, without timing them closely (tests/test_fuzz.py,
tests/test_hardening_round2.py).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = [
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
    "talks",
    "defence",
    "security",
    "agreement",
    "river",
    "bridge",
    "school",
    "hospital",
    "workers",
    "union",
    "strike",
    "election",
    "court",
    "ruling",
    "police",
    "report",
    "market",
    "prices",
    "energy",
    "water",
    "schools",
    "tourism",
    "festival",
    "museum",
]


def _vocabulary(count: int) -> list[str]:
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return WORDS + [
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(count)
    ]


def prose_line(size: int) -> str:
    """One line of sentences, ``size`` bytes, no newline (a 5 MB line). Words are drawn from
    a news-sized vocabulary with a Zipf-like skew: with a few dozen words only, every sentence
    would resemble every other and sentence centrality is quadratic by nature (see README)."""
    rng = random.Random(1)
    vocabulary = _vocabulary(20_000)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    parts: list[str] = []
    total = 0
    while total < size:
        words = rng.choices(vocabulary, weights, k=rng.randint(6, 16))
        sentence = " ".join(words).capitalize() + ". "
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def no_punctuation(size: int) -> str:
    """Words and spaces only: no sentence end anywhere."""
    rng = random.Random(2)
    parts: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(WORDS)
        parts.append(word)
        total += len(word) + 1
    return " ".join(parts)[:size]


def repeated_lines(count: int) -> str:
    """The same line ``count`` times (a scraper stuck in a loop)."""
    return "The council approved the harbour plan on Monday after a long debate.\n" * count


def nested_html(depth: int) -> str:
    """``depth`` nested <div>s around one paragraph."""
    body = "<p>The council approved the harbour plan on Monday. Residents asked for parks.</p>"
    return (
        "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</body></html>"
    )


def quote_marks(count: int) -> str:
    """``count`` quote marks, straight and curly, between two sentences."""
    marks = "\"“”‘’«»'"
    return (
        "The council approved the plan. "
        + "".join(marks[k % len(marks)] for k in range(count))
        + " Residents asked for parks.\n"
    )


def quotes_in_one_sentence(count: int) -> str:
    """``count`` quotes in one "sentence" with no full stop, its initials' stops ("U.S.") the
    only ones: each quote had read back to the sentence's opening with a pattern (session 40:
    2,000 quotes, 285,000 characters, 31 s in ``find_quotes``; now 0.2 s)."""
    return (
        " ".join(
            f"Officials number {i} in the U.S. say the U.S. economy grew and the U.S. markets"
            f' rose "as analysts in the U.S. expected for year {i}" and more'
            for i in range(count)
        )
        + "\n"
    )


def html_attributes(count: int) -> str:
    """One element with ``count`` attributes (trafilatura: 9 s at 40,000, quadratic)."""
    attributes = " ".join(f'data-a{n}="v{n}"' for n in range(count))
    return (
        "<!DOCTYPE html><html><head><title>Attributes</title></head><body>"
        f"<div {attributes}><p>The council approved the harbour plan on Monday. "
        "Residents asked for parks.</p></div></body></html>"
    )


def html_spans(count: int) -> str:
    """``count`` inline <span>s in one paragraph (trafilatura: 47 s at 6.6 MB, quadratic)."""
    spans = "".join(f"<span>word{n} </span>" for n in range(count))
    return (
        "<!DOCTYPE html><html><head><title>Spans</title></head><body>"
        f"<p>The council approved the plan. {spans}.</p></body></html>"
    )


def short_sentences(count: int) -> str:
    """``count`` short sentences (reduction and sumbasic are quadratic in their number)."""
    rng = random.Random(5)
    words = WORDS[:20]
    sentences = (" ".join(rng.choices(words, k=6)).capitalize() + "." for _ in range(count))
    return "Many short sentences\n\n" + " ".join(sentences) + "\n"


def long_token(size: int) -> str:
    """An article holding one token of ``size`` characters (tabulate's wrapping of it was
    quadratic)."""
    return (
        "Harbour plan approved\n\nThe council approved the harbour plan on Monday. "
        + "y" * size
        + " The vote was close after a long debate. The mayor said work starts in spring.\n"
    )


def titles_and_forecasts(size: int) -> str:
    """An article whose one long sentence repeats titles before names and forecasts
    ("President Bush and ...", "predict ..."): the readings of holders and awards searched
    the text before each title again, and after each "predict" to the end (session 25's code
    review: 4.5 s and 8.4 s at 80,000 characters)."""
    unit = "President Bush and analysts predict "
    return (
        "Leaders meet\n\nThe leaders met on Monday. "
        + unit * (size // len(unit))
        + "nothing will change. The talks end on Friday.\n"
    )


def shared_surname(count: int) -> str:
    """An article that names two people of one surname in full, then quotes the surname
    ``count`` times: the speaker's full name had been sought in the text before each quote
    (session 48: 4,000 quotes, 15.7 s)."""
    quotes = " ".join(
        f'Robinson said: "We will play game number {i} very well." ' for i in range(count)
    )
    return (
        "Robinsons speak\n\nEngland captain Jason Robinson will miss the Six Nations. Coach"
        f" Andy Robinson said he was sorry. {quotes}\n"
    )


Builder = Callable[[int, Path], list[str]]


def one_file(make: Callable[[int], str], suffix: str, *options: str) -> Builder:
    """``summarise summary FILE --format json`` (or ``options``) on one generated file."""

    def build(size: int, folder: Path) -> list[str]:
        path = folder / f"case-{size}{suffix}"
        path.write_text(make(size), encoding="utf-8")
        return ["summary", str(path), *(options or ("--format", "json"))]

    return build


def compare_two(make: Callable[[int], str], *options: str) -> Builder:
    """``summarise compare A B`` (table, piped) on a generated article and a sample one."""

    def build(size: int, folder: Path) -> list[str]:
        path = folder / f"case-{size}.txt"
        path.write_text(make(size), encoding="utf-8")
        return ["compare", str(path), str(SAMPLE), *options]

    return build


def compare_pair(size: int, folder: Path) -> list[str]:
    """Two articles of ``size`` bytes each: the comparator's time and memory grow faster than
    its input; each is refused over COMPARE_MAX_SENTENCES sentences."""
    first, second = folder / f"a-{size}.txt", folder / f"b-{size}.txt"
    first.write_text("Story one\n\n" + prose_line(size), encoding="utf-8")
    second.write_text("Story two\n\n" + prose_line(size + 11)[11:], encoding="utf-8")
    return ["compare", str(first), str(second), "--format", "json"]


_QUOTING = (
    "Lib Dem foreign affairs spokesman Menzies Campbell said the statement number {i} did"
    " not clear it up.",
    "Speaking on the radio from the studio in London after the vote on bill number {i}, the"
    " spokesman Mark Oaten quoted the line again.",
    "In a long letter to the editor of a regional paper published on page {i}, a reader from"
    " Leeds wrote at length about the matter of the legal advice.",
    "At a crowded public meeting in the town hall the chair of the local branch, meeting"
    " number {i}, read out a statement from the party leader.",
)


def same_quotes(count: int, folder: Path) -> list[str]:
    """``count`` articles (of four kinds of narration), each of 500 sentences and 500 quotes
    that differ by one number ("If his advice number 7 was right, how did he resolve the
    doubts?"): every quote is one with another article's. Complete link over a quote group
    had checked every member against every other: 26.8 s for 4 articles, 103.5 s for 8
    (session 32); it checks at most quotes._LINKED of each group now: 2.2 s and 4.7 s."""
    path = folder / f"quotes-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for j in range(count):
            body = " ".join(
                _QUOTING[j % len(_QUOTING)].format(i=i + 1000 * (j // len(_QUOTING)))
                + f' "If his advice number {i} was right, how did he resolve the doubts?" he said.'
                for i in range(500)
            )
            handle.write(json.dumps({"id": f"q{j}", "title": f"Row {j}", "text": body}) + "\n")
    return ["compare", str(path), "--format", "json"]


def _short_sentences(rng: random.Random, count: int) -> str:
    """``count`` sentences of 12 words drawn from WORDS."""
    return " ".join(
        " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(count)
    )


def _rows(path: Path, count: int, sentences: int) -> Path:
    """A JSONL file of ``count`` rows, m0, m1, ..., each of ``sentences`` 12-word sentences."""
    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as handle:
        for j in range(count):
            row = {"id": f"m{j}", "title": f"Row {j}", "text": _short_sentences(rng, sentences)}
            handle.write(json.dumps(row) + "\n")
    return path


def many_articles(count: int, folder: Path) -> list[str]:
    """``summarise report`` over ``count`` short articles (20 sentences of 12 words each). The
    merged summary had made the n x n closeness of every two sentences, twice (800 articles:
    27.4 s and 7.2 GB, session 33); it makes a block of rows, or a column, at a time now (9.1 s
    and 360 MB)."""
    path = _rows(folder / f"many-{count}.jsonl", count, 20)
    return ["report", str(path), "--format", "json"]


def glob_loop(count: int, folder: Path) -> list[str]:
    """``count`` files under a folder holding two links to itself, read through "**"."""
    root = folder / f"loop-{count}"
    (root / "sub").mkdir(parents=True)
    for n in range(count):
        (root / ("sub" if n % 2 else ".") / f"f{n}.txt").write_text(
            f"Story {n}\n\nCouncil {n} approved the plan. The vote was close.\n", encoding="utf-8"
        )
    (root / "x").symlink_to(".")
    (root / "y").symlink_to(".")
    return ["summary", str(root / "**" / "*.txt"), "-a", "lead", "--format", "json"]


def jsonl_big_row(size: int, folder: Path) -> list[str]:
    """One JSONL row of ``size`` bytes over --max-bytes: refused as it is read, in pieces."""
    path = folder / f"row-{size}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"id": "big", "text": "')
        chunk = "word " * 200_000
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write('"}\n')
    return ["batch", str(path), "--out", "-", "-j", "1", "--max-bytes", "1000"]


def jsonl_rows(count: int, folder: Path) -> list[str]:
    """A JSONL file of ``count`` 8 KB articles: batch streams them (memory stays flat)."""
    path = folder / f"rows-{count}.jsonl"
    line = prose_line(8_000)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"r{n}", "text": f"Story {n}\n\n{line}"}) + "\n")
    out = folder / f"out-{count}"
    return ["batch", str(path), "--out", str(out), "-j", "2", "-a", "lead"]


def long_ids(count: int, folder: Path) -> list[str]:
    """``summarise compare`` (table) over ``count`` two-sentence articles whose ids share 400
    characters ("a1a1...b" and a number in letters): a letter beside a digit at every step,
    so a label may end at any size. short_labels had counted each prefix of each id against
    every id (n x n x length startswith): 2,000 ids 92 s, 4,000 over 300 s (timed out); it
    looks at each id beside its sorted neighbours now: 6.4 s, 10.0 s, 8,000 26.1 s (the rest
    is the comparison itself and Topic.by_article, below)."""
    rng = random.Random(count)
    letters = str.maketrans("0123456789", "cdefghijkl")
    path = folder / f"ids-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for j in range(count):
            row = {"id": "a1" * 200 + "b" + str(j).translate(letters), "title": f"Tiny {j}"}
            handle.write(json.dumps({**row, "text": _short_sentences(rng, 2)}) + "\n")
    return ["compare", str(path), "--format", "table"]


def sources_file(count: int, folder: Path) -> list[str]:
    """``summarise report --sources`` over ``count`` two-sentence articles ("art00042x") and a
    CSV naming each by a prefix of its id ("art00042"): each key was tested against every
    article's id, then its file name and stem (two Paths an article), then its id prefix
    (2,000 rows 20.1 s, 4,000 72.8 s, 8,000 277.6 s); keys are looked up in an index now
    (3.8 s, 7.9 s, 19.5 s, the same as without --sources)."""
    rng = random.Random(count)
    path, table = folder / f"src-{count}.jsonl", folder / f"src-{count}.csv"
    with path.open("w", encoding="utf-8") as handle, table.open("w", encoding="utf-8") as rows:
        rows.write("id,label,outlet\n")
        for j in range(count):
            row = {"id": f"art{j:05d}x", "title": f"T{j}", "text": _short_sentences(rng, 2)}
            handle.write(json.dumps(row) + "\n")
            rows.write(f"art{j:05d},L{j},Outlet{j}\n")
    return ["report", str(path), "--sources", str(table), "--format", "markdown"]


def topic_rows(count: int, folder: Path) -> list[str]:
    """``summarise compare`` (table) over ``count`` articles of five 12-word sentences: the
    table, markdown and brief asked each topic for each article's sentences
    (Topic.by_article, a pass over all of the topic's sentences each time: topics x articles
    passes, 1.2 s of the table at 2,000 articles and 5.0 s at 4,000 under cProfile). They
    group each topic's sentences once now. Table 2,000 / 4,000 articles: 6.9 s / 14.2 s
    before, 6.1 s / 11.1 s after; report --format html 9.9 s / 20.9 s, then 8.4 s / 17.0 s
    (/tmp/adv/g_m.py A 5; and 8,000 ids of long-ids: 26.1 s, then 12.3 s)."""
    path = _rows(folder / f"rows-{count}.jsonl", count, 5)
    return ["compare", str(path), "--format", "table"]


def typo_copy(count: int, folder: Path) -> list[str]:
    """``summarise compare`` (JSON) over an article of ``count`` sentences of 40 words and a
    copy that changes one letter of a long word in each (each a typo mended, so none is
    listed as changed and the list never reaches CHANGED_LIMIT). changed_sentences tried
    every dropped sentence for each of the copy's: 500 sentences 2.1 s, 1,000 4.8 s, 2,000
    13.7 s (10.6 s of it there); it meets them through their rarest words now: 1.6 s, 2.7 s,
    4.6 s. (2,000 sentences is COMPARE_MAX_SENTENCES: the case runs at 1,000 and 2,000.)"""
    rng = random.Random(count)
    long_words = [w for w in WORDS if len(w) >= 7]
    sentences = []
    for j in range(count):
        words = rng.choices(WORDS, k=40)
        words[10], words[20] = rng.choice(long_words), f"mark{j}"
        sentences.append(words)
    original = "\n\n".join(" ".join(w).capitalize() + "." for w in sentences)
    for words in sentences:
        words[10] = words[10][:-1] + "x"
    copy = "\n\n".join(" ".join(w).capitalize() + "." for w in sentences)
    path = folder / f"typo-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n, (title, text) in enumerate((("Original story", original), ("Copy", copy))):
            handle.write(json.dumps({"id": f"t{n}", "title": title, "text": text}) + "\n")
    return ["compare", str(path), "--format", "json"]


SAMPLE = Path(__file__).resolve().parent.parent / "articles" / "002_8a5d771be4aadd4e.txt"


def list_items(count: int) -> str:
    """A lead-in line, then ``count`` list items on their lines that go on from it in lower
    case ("- manipulated nicotine levels ..."): session 56's first version joined each to
    the paragraph before it by copying the whole, 47 s at 20,000 items (a code review's
    case); a paragraph's lines are joined once now."""
    items = "\n".join(
        f"- manipulated nicotine levels in batch {k} to increase addiction" for k in range(count)
    )
    return f"Title\n\nThe council met on Monday.\n\nThe government had claimed tobacco firms\n{items}\n"


def he_said(count: int, folder: Path) -> list[str]:
    """``summarise compare`` (JSON) over an article of ``count`` sentences that open on one
    capitalised word ("Smith7x arrived early ...") each followed by '"...," he said.', and a
    sample article: each quote's "he" asked the whole text whether that word follows a first
    name (session 34's first version: 1,000 quotes in 2.4 MB, 53 s, a code review's case);
    the words after first names are read once an article now."""
    pad = " ".join(["the council met again to discuss plans"] * 60)
    body = " ".join(
        f'Smith{i}x arrived early today and {pad}. "We will keep going whatever happens {i},"'
        " he said."
        for i in range(count)
    )
    path = folder / f"he-said-{count}.txt"
    path.write_text(f"Title\n\n{body}\n", encoding="utf-8")
    return ["compare", str(path), str(SAMPLE), "--format", "json"]


def feed_copies(count: int, folder: Path) -> list[str]:
    """``summarise stories --out-dir`` over ``count`` copies of the sample's 002, each with its
    own last line: past 50 copies no copy had been found (their 5-grams all "boilerplate"),
    the stories' weights dropped every word of the report (30 copies among 510 articles were
    30 single articles), and the key points compared every sentence of every copy with every
    other (500 copies: 960 MB). Copies are found by their sentences now (session 34): one
    story, one source, 500 copies 3.0 s and 153 MB."""
    body = SAMPLE.read_text(encoding="utf-8")
    path = folder / f"copies-{count}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            row = {"id": f"c{n}", "title": "US seeks ties", "text": f"{body}\n\nNote {n}."}
            handle.write(json.dumps(row) + "\n")
    return ["stories", str(path), "--out-dir", str(folder / f"out-{count}")]


# name -> (builder, n); each case also runs at 2n.
def stage_pair(size: int, folder: Path) -> list[str]:
    """Two articles of one long sentence each, one foretelling the acts the other tells as
    done ("will push the firm" / "has pushed the firm"), alike enough to be one point: the
    stage reading (compare/stages.py) searched all of the other sentence, and all of its
    text before each act, for each act (session 48's code review: 149 s at 130,000
    characters)."""
    plan, done = "the board will push the firm and ", "the board has pushed the firm and "
    for name, unit in (("plan", plan), ("done", done)):
        body = "The board met. " + unit * (size // len(unit)) + "that is all.\n"
        (folder / f"{name}-{size}.txt").write_text(f"{name}\n\n{body}", encoding="utf-8")
    return ["compare", str(folder / f"plan-{size}.txt"), str(folder / f"done-{size}.txt")]


CASES: dict[str, tuple[Builder, int]] = {
    "line": (one_file(prose_line, ".txt"), 5_000_000),
    "nopunct": (one_file(no_punctuation, ".txt"), 1_000_000),
    "repeated": (one_file(repeated_lines, ".txt"), 100_000),
    "html": (one_file(nested_html, ".html"), 100_000),
    "quotes": (one_file(quote_marks, ".txt"), 1_000_000),
    "quotes-sentence": (compare_two(quotes_in_one_sentence), 1_000),
    "html-attrs": (one_file(html_attributes, ".html"), 40_000),
    "html-spans": (one_file(html_spans, ".html"), 300_000),
    "reduction": (one_file(short_sentences, ".txt", "-a", "reduction"), 10_000),
    "sumbasic": (one_file(short_sentences, ".txt", "-a", "sumbasic"), 10_000),
    "token-table": (one_file(long_token, ".txt", "--format", "table", "--width", "80"), 1_000_000),
    "token-compare": (compare_two(long_token), 1_000_000),
    "compare": (compare_pair, 580_000),
    "titles": (compare_two(titles_and_forecasts), 200_000),
    "stages": (stage_pair, 100_000),
    "shared-surname": (compare_two(shared_surname), 900),
    "same-quotes": (same_quotes, 4),
    "report-many": (many_articles, 400),
    "long-ids": (long_ids, 2_000),
    "sources": (sources_file, 2_000),
    "topic-rows": (topic_rows, 2_000),
    "typo-copy": (typo_copy, 1_000),
    "feed-copies": (feed_copies, 500),
    "he-said": (he_said, 500),
    "list-items": (one_file(list_items, ".txt"), 20_000),
    "glob-loop": (glob_loop, 200),
    "jsonl-row": (jsonl_big_row, 50_000_000),
    "jsonl-rows": (jsonl_rows, 2_000),
}
SUPERLINEAR = 2.6
TIMEOUT = 300.0  # seconds: a case still running then is reported as such, and flagged


# Runs the command from a small Python process and prints its peak memory: measured from
# this script directly, a child would start with this process's peak (Linux keeps
# ru_maxrss across exec).
_MEASURE = """
import resource, subprocess, sys
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
try:
    _, err = child.communicate(timeout=float(sys.argv[1]))
except subprocess.TimeoutExpired:
    child.kill()
    child.communicate()
    print("timeout 0 0")
    sys.exit()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
last = (err.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
print(child.returncode, peak, last)
"""


def run_case(args: list[str]) -> tuple[float, int | None, float, str]:
    """Seconds, exit status (None: timed out), peak memory in MB and the last line of
    standard error of one CLI run in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(TIMEOUT), sys.executable, "-m", "summarise", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    status, peak, last = [*done.stdout.strip().split(" ", 2), "", "", ""][:3]
    if status == "timeout":
        return seconds, None, 0.0, ""
    return seconds, int(status), float(peak), last


def startup() -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "summarise", "--version"], capture_output=True, check=True
    )
    return time.perf_counter() - started


def main(names: list[str]) -> int:
    bad = 0
    base = startup()
    print(
        f"start-up (summarise --version): {base:.2f} s; time ratios below are of time less start-up"
    )
    print(
        f"{'case':<13} {'n':>11} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6} "
        f"{'MB(n)':>7} {'MB(2n)':>7}  verdict; outcome"
    )
    for name in names or list(CASES):
        build, n = CASES[name]
        times, peaks = [], []
        outcome = ""
        with tempfile.TemporaryDirectory() as folder:
            for size in (n, 2 * n):
                seconds, status, peak, last = run_case(build(size, Path(folder)))
                times.append(seconds)
                peaks.append(peak)
                if status is None:
                    outcome = f"TIMEOUT (over {TIMEOUT:.0f} s)"
                    break
                if status not in (0, 1) or "Traceback" in last or "internal error" in last:
                    outcome = f"CRASH (exit {status}: {last})"
                elif status == 1 and not outcome:
                    outcome = f"exit 1: {last}"
        if len(times) < 2:
            times.append(float("nan"))
            peaks.append(float("nan"))
        small, large = (max(t - base, 0.01) for t in times)
        ratio = large / small
        verdict = "linear" if ratio <= SUPERLINEAR else "SUPER-LINEAR"
        bad += not ratio <= SUPERLINEAR or outcome.startswith(("CRASH", "TIMEOUT"))
        print(
            f"{name:<13} {n:>11,} {times[0]:>8.2f} {times[1]:>8.2f} {ratio:>6.2f} "
            f"{peaks[0]:>7.0f} {peaks[1]:>7.0f}  {verdict}; {outcome or 'exit 0'}",
            flush=True,
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
