"""Batch throughput against a plain loop over sumy, in one run (issue 6, figure 1).

For each algorithm, on the BBC News Summary set (2,225 articles, 3 sentences each):
- baseline: a plain Python loop over sumy's own summarizer (PlaintextParser with this
  project's offline tokenizer, so the same splitter; sumy's Stemmer and stop words, as
  sumy's README writes it), one process. It runs as a script in a child process, which
  reports the loop's own time; the whole script's time (start-up and imports too) is
  measured from outside;
- ours: `summarise batch FILE --out DIR -a ALGORITHM -n 3` end to end (start-up, reading,
  cleaning, summarising, writing 2,225 files and the index), with --jobs set to the
  machine's cores;
- agreement: the share of articles where both choose the same three sentences.

Two ratios: the sumy loop alone against our whole command (the stricter one), and the
sumy script end to end against our whole command (like against like). Each side runs
--repeat times, interleaved; medians are reported, and the ratio of medians.

Every run writes to a new folder, and the folders are removed only at the end: on ext4,
creating thousands of files just after deleting thousands is several times slower, which
would measure the previous run's clean-up rather than this one.

    python benchmarks/speed.py [--limit N] [--repeat 3] [--algorithms lexrank,textrank,lsa,kl]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary" / "bbc_news_summary.jsonl"
SUMY = {
    "lexrank": "sumy.summarizers.lex_rank.LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank.TextRankSummarizer",
    "lsa": "sumy.summarizers.lsa.LsaSummarizer",
    "kl": "sumy.summarizers.kl.KLSummarizer",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sumy_summarizer(algorithm: str) -> Any:
    """sumy's summarizer as its README sets it up: its Stemmer and stop words (English)."""
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module, name = SUMY[algorithm].rsplit(".", 1)
    summarizer = getattr(importlib.import_module(module), name)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_script(data: str, algorithm: str, out: str) -> None:
    """The baseline, as a user would write it: read the rows, loop over sumy, save picks."""
    from sumy.parsers.plaintext import PlaintextParser

    from summarise.nlp import Tokenizer

    with open(data, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    summarizer = sumy_summarizer(algorithm)
    tokenizer = Tokenizer("english")
    picks = {}
    start = time.perf_counter()
    for row in rows:
        document = PlaintextParser.from_string(row["text"], tokenizer).document
        picks[row["id"]] = [str(s) for s in summarizer(document, 3)]
    loop = time.perf_counter() - start
    Path(out).write_text(json.dumps({"loop": loop, "picks": picks}), encoding="utf-8")


def sumy_run(data: Path, algorithm: str, out: Path) -> tuple[float, float, dict[str, set[str]]]:
    """(loop seconds, whole script seconds, picks)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--sumy-script", str(data), algorithm, str(out)], check=True
    )
    whole = time.perf_counter() - start
    result = json.loads(out.read_text(encoding="utf-8"))
    picks = {k: {_norm(s) for s in v} for k, v in result["picks"].items()}
    return result["loop"], whole, picks


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallelism(jobs: int, n: int = 10_000_000) -> float:
    """How much faster ``jobs`` processes do ``jobs`` units of pure-Python work than one
    process does them in turn: what the machine's cores give at the moment (on a shared
    virtual machine, often well short of ``jobs``)."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [1] * jobs))  # workers started before the clock
        start = time.perf_counter()
        list(pool.map(_spin, [n] * jobs))
        together = time.perf_counter() - start
    return jobs * one / together


def our_batch(
    data: Path, algorithm: str, jobs: int, out: Path
) -> tuple[float, dict[str, set[str]]]:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "summarise",
            "batch",
            str(data),
            "--out",
            str(out),
            "-a",
            algorithm,
            "-n",
            "3",
            "--jobs",
            str(jobs),
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    picks = {}
    for line in Path(out, "summaries.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        picks[record["id"]] = {_norm(s["text"]) for s in record.get("summary", [])}
    return seconds, picks


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--sumy-script":
        sumy_script(*sys.argv[2:])
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--algorithms", default="lexrank,textrank,lsa,kl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")][: args.limit]
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "bbc.jsonl")
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(
            f"{len(rows)} BBC articles, 3 sentences each; ours with --jobs {jobs}; "
            f"medians of {args.repeat} runs"
        )
        print(
            f"{'algorithm':<10} {'sumy loop':>10} {'sumy script':>12} {'summarise batch':>16}"
            f" {'loop/ours':>10} {'script/ours':>12} {'same picks':>11}"
        )
        run = 0
        speedups: list[float] = []
        for algorithm in args.algorithms.split(","):
            loops, scripts, ours = [], [], []
            for _ in range(args.repeat):  # interleaved, so that machine noise hits both alike
                run += 1
                loop, whole, theirs = sumy_run(data, algorithm, Path(folder, f"sumy-{run}.json"))
                loops.append(loop)
                scripts.append(whole)
                seconds, mine = our_batch(data, algorithm, jobs, Path(folder, f"out-{run}"))
                ours.append(seconds)
            same = sum(1 for k, v in theirs.items() if mine.get(k) == v) / len(theirs)
            speedups.append(parallelism(jobs))
            b, w, o = (statistics.median(x) for x in (loops, scripts, ours))
            print(
                f"{algorithm:<10} {b:>9.2f}s {w:>11.2f}s {o:>15.2f}s"
                f" {b / o:>9.1f}x {w / o:>11.1f}x {100 * same:>10.1f}%"
            )
        print(
            f"this machine's {jobs} cores, meanwhile: {jobs} processes did pure-Python work "
            f"{statistics.median(speedups):.2f}x as fast as one (medians of {len(speedups)} checks)"
        )


if __name__ == "__main__":
    main()
