"""Pathological inputs through the real CLI: seconds for each, and a linearity check.

Each case is generated at two sizes, n and 2n, and run as ``summarise summary FILE --format
json`` in a fresh process (start-up included, as a user sees it). A case is linear when doubling
the input at most about doubles the time; the ratio t(2n)/t(n) is printed with a verdict (above
2.6 is flagged: quadratic work shows as about 4). Run from the repository root:

    python benchmarks/pathological.py            # every case
    python benchmarks/pathological.py html quotes  # some of them

Exit status 1 when a case crashes (a traceback or an exit status other than 0 or 1) or is
flagged as super-linear. The tests run the same cases once, under the ``slow`` marker,
without timing them (tests/test_fuzz.py).
"""

from __future__ import annotations

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


# name -> (generator, n, suffix); each case also runs at 2n.
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "line": (prose_line, 5_000_000, ".txt"),
    "nopunct": (no_punctuation, 1_000_000, ".txt"),
    "repeated": (repeated_lines, 100_000, ".txt"),
    "html": (nested_html, 100_000, ".html"),
    "quotes": (quote_marks, 1_000_000, ".txt"),
}
SUPERLINEAR = 2.6


def run_case(path: Path) -> tuple[float, int, str]:
    """Seconds, exit status and the last line of standard error of one CLI run."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "summarise", "summary", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    lines = done.stderr.strip().splitlines()
    return seconds, done.returncode, lines[-1] if lines else ""


def startup() -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "summarise", "--version"], capture_output=True, check=True
    )
    return time.perf_counter() - started


def main(names: list[str]) -> int:
    bad = 0
    base = startup()
    print(f"start-up (summarise --version): {base:.2f} s; ratios below are of time less start-up")
    print(f"{'case':<10} {'n':>10} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6}  verdict / outcome")
    with tempfile.TemporaryDirectory() as folder:
        for name in names or list(CASES):
            make, n, suffix = CASES[name]
            times = []
            outcome = ""
            for size in (n, 2 * n):
                path = Path(folder) / f"{name}-{size}{suffix}"
                path.write_text(make(size), encoding="utf-8")
                seconds, status, last = run_case(path)
                times.append(seconds)
                if status not in (0, 1) or "Traceback" in last or "internal error" in last:
                    outcome = f"CRASH (exit {status}: {last})"
                elif status == 1 and not outcome:
                    outcome = f"exit 1: {last}"
            small, large = (max(t - base, 0.01) for t in times)
            ratio = large / small
            verdict = "linear" if ratio <= SUPERLINEAR else "SUPER-LINEAR"
            bad += ratio > SUPERLINEAR or outcome.startswith("CRASH")
            print(
                f"{name:<10} {n:>10,} {times[0]:>8.2f} {times[1]:>8.2f} {ratio:>6.2f}  "
                f"{verdict}{'; ' + outcome if outcome else '; exit 0'}"
            )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
