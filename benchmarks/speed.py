"""Batch throughput against a plain loop over sumy, in one run (issue 6, figure 1).

For each algorithm, on the BBC News Summary set (2,225 articles, 3 sentences each):
- baseline: a plain Python loop over sumy's own summarizer (PlaintextParser with this
  project's offline tokenizer, so the same splitter; sumy's Stemmer and stop words, as
  sumy's README writes it), one process;
- ours: `summarise batch FILE --out DIR -a ALGORITHM -n 3` end to end (reading, cleaning,
  summarising, writing 2,225 files and the index), with --jobs set to the machine's cores;
- agreement: the share of articles where both choose the same three sentences.
Each side runs --repeat times (default 3); medians are reported, and the ratio of medians.

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


def sumy_loop(rows: list[dict], class_path: str) -> tuple[float, dict[str, set[str]]]:
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    from summarise.nlp import Tokenizer

    module, name = class_path.rsplit(".", 1)
    summarizer = getattr(importlib.import_module(module), name)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer("english")
    picks = {}
    start = time.perf_counter()
    for row in rows:
        document = PlaintextParser.from_string(row["text"], tokenizer).document
        picks[row["id"]] = {_norm(str(s)) for s in summarizer(document, 3)}
    return time.perf_counter() - start, picks


def our_batch(data: Path, algorithm: str, jobs: int) -> tuple[float, dict[str, set[str]]]:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "summarise",
                "batch",
                str(data),
                "--out",
                out,
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
            f"{len(rows)} BBC articles, 3 sentences each; ours with --jobs {jobs}; medians of {args.repeat} runs"
        )
        print(
            f"{'algorithm':<10} {'sumy loop':>10} {'summarise batch':>16} {'ratio':>7} {'same picks':>11}"
        )
        for algorithm in args.algorithms.split(","):
            baseline, ours = [], []
            for _ in range(args.repeat):  # interleaved, so that machine noise hits both alike
                seconds, theirs = sumy_loop(rows, SUMY[algorithm])
                baseline.append(seconds)
                seconds, mine = our_batch(data, algorithm, jobs)
                ours.append(seconds)
            same = sum(1 for k, v in theirs.items() if mine.get(k) == v) / len(theirs)
            b, o = statistics.median(baseline), statistics.median(ours)
            print(f"{algorithm:<10} {b:>9.2f}s {o:>15.2f}s {b / o:>6.1f}x {100 * same:>10.1f}%")


if __name__ == "__main__":
    main()
