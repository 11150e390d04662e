"""Compare sentence splitters on news text: the evidence behind summarise's choice of BlingFire.

    pip install -e '.[bench]'
    python benchmarks/splitters.py                # all BBC rows (a few minutes on 2 cores)
    python benchmarks/splitters.py --rows 600     # a quicker look

(a) BBC News Summary: the reference summary sentences are verbatim article sentences, so the
    share of them a splitter reproduces exactly, splitting each paragraph on its own
    (paragraphs are separated by blank lines), measures how well it splits news prose.
    Rows marked duplicate_of are dropped.
(b) The hard cases of news prose (abbreviations, initials, money, quotations...): how many a
    splitter gets exactly right.
(c) Speed in sentences per second over the BBC text, and two pathological inputs run in a
    child process with a time limit: 5 MB of words with no punctuation, 1M quote marks.

"summarise" is BlingFire plus the repairs in summarise/nlp.py; "blingfire" is BlingFire alone.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary" / "bbc_news_summary.jsonl"

Splitter = Callable[[str], list[str]]


def _summarise() -> Splitter:
    from summarise.nlp import sentence_spans

    return lambda text: [text[a:b] for a, b in sentence_spans(text)]


def _blingfire() -> Splitter:
    import blingfire

    def split(text: str) -> list[str]:
        _, offsets = blingfire.text_to_sentences_and_offsets(text.replace("\n", " "))
        return [s for s in (text[a:b].strip() for a, b in offsets) if s]

    return split


def _pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s for s in (x.strip() for x in segmenter.segment(text)) if s]


def _syntok() -> Splitter:
    from syntok import segmenter

    def split(text: str) -> list[str]:
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                out.append("".join(t.spacing + t.value for t in sentence).strip())
        return [s for s in out if s]

    return split


def _sentencex() -> Splitter:
    from sentencex import segment

    return lambda text: [s for s in (x.strip() for x in segment("en", text)) if s]


def _punkt() -> Splitter:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = PunktSentenceTokenizer()  # untrained: needs no NLTK data
    return lambda text: [s.strip() for s in tokenizer.tokenize(text) if s.strip()]


SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "summarise": _summarise,
    "blingfire": _blingfire,
    "pysbd": _pysbd,
    "syntok": _syntok,
    "sentencex": _sentencex,
    "punkt (untrained)": _punkt,
}

HARD_CASES: list[tuple[str, list[str]]] = [
    (
        "The U.S. Army sent Brig. Gen. Pat Ryder to speak. He agreed.",
        ["The U.S. Army sent Brig. Gen. Pat Ryder to speak.", "He agreed."],
    ),
    (
        "Mr. Smith lives at No. 10 Downing Street. He is happy.",
        ["Mr. Smith lives at No. 10 Downing Street.", "He is happy."],
    ),
    (
        "He works at the U.S. Department of State. He is busy.",
        ["He works at the U.S. Department of State.", "He is busy."],
    ),
    (
        "Dr. Jones met Prof. Lee at 5 p.m. on Monday. They talked.",
        ["Dr. Jones met Prof. Lee at 5 p.m. on Monday.", "They talked."],
    ),
    ("He arrived on Jan. 5. She left on Feb. 6.", ["He arrived on Jan. 5.", "She left on Feb. 6."]),
    ("He spoke. Brig. Gen. Pat Ryder said so.", ["He spoke.", "Brig. Gen. Pat Ryder said so."]),
    (
        "J. R. R. Tolkien wrote books. They sold well.",
        ["J. R. R. Tolkien wrote books.", "They sold well."],
    ),
    (
        "The deal is worth $2.5 billion. Growth was 3.5% this year.",
        ["The deal is worth $2.5 billion.", "Growth was 3.5% this year."],
    ),
    (
        "It procured 6,01,427 rifles. The rest came later.",
        ["It procured 6,01,427 rifles.", "The rest came later."],
    ),
    ("What next? Nobody knows! Still, we try.", ["What next?", "Nobody knows!", "Still, we try."]),
    (
        "The first sentence. The last one has no stop",
        ["The first sentence.", "The last one has no stop"],
    ),
    (
        "He said, “We will win. We are strong.” Then he left.",
        ["He said, “We will win.", "We are strong.”", "Then he left."],
    ),
    (
        "He said “ We will win. We are strong. ” Then he left.",
        ["He said “ We will win.", "We are strong. ”", "Then he left."],
    ),
    ('"Yes!" he cried. "No?" she asked.', ['"Yes!" he cried.', '"No?" she asked.']),
    (
        "Officials said: “We are ready.” “We will act,” they added.",
        ["Officials said: “We are ready.”", "“We will act,” they added."],
    ),
]


def load_bbc(rows: int | None) -> list[dict]:
    data = []
    with BBC.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not row.get("duplicate_of"):
                data.append(row)
    return data[:rows] if rows else data


def bbc_score(split: Splitter, rows: list[dict]) -> tuple[int, int, int, float]:
    """(reference sentences reproduced, reference sentences, sentences produced, seconds)."""
    hit = total = produced = 0
    seconds = 0.0
    for row in rows:
        found: set[str] = set()
        for paragraph in row["text"].split("\n\n"):
            if not paragraph.strip():
                continue
            start = time.perf_counter()
            sentences = split(paragraph)
            seconds += time.perf_counter() - start
            produced += len(sentences)
            found.update(sentences)
        for reference in row["summaries"][0].split("\n"):
            reference = reference.strip()
            if reference:
                total += 1
                hit += reference in found
    return hit, total, produced, seconds


def _pathological_child(name: str, kind: str, queue: mp.Queue) -> None:
    split = SPLITTERS[name]()
    text = " ".join(["word"] * 1_000_000) if kind == "words" else '"' * 1_000_000
    start = time.perf_counter()
    try:
        split(text)
        queue.put(f"{time.perf_counter() - start:.1f} s")
    except Exception as exc:  # report, do not crash the benchmark
        queue.put(f"error ({type(exc).__name__})")


def pathological(name: str, kind: str, limit: float) -> str:
    queue: mp.Queue = mp.Queue()
    child = mp.Process(target=_pathological_child, args=(name, kind, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return f"> {limit:.0f} s (stopped)"
    return queue.get() if not queue.empty() else f"crashed (exit {child.exitcode})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=None, help="BBC rows to use (default: all)")
    parser.add_argument(
        "--limit", type=float, default=60.0, help="seconds allowed per pathological input"
    )
    parser.add_argument("--only", nargs="*", default=None, help="splitters to run")
    args = parser.parse_args()

    rows = load_bbc(args.rows)
    names = args.only or list(SPLITTERS)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"BBC rows (non-duplicate): {len(rows)}; hard cases: {len(HARD_CASES)}\n")
    header = f"{'splitter':<18} {'BBC exact':>10} {'hard cases':>10} {'sentences/s':>12} {'5 MB no punct.':>16} {'1M quotes':>16}"
    print(header)
    print("-" * len(header))
    for name in names:
        split = SPLITTERS[name]()
        hit, total, produced, seconds = bbc_score(split, rows)
        hard = sum(split(text) == expected for text, expected in HARD_CASES)
        words = pathological(name, "words", args.limit)
        quotes = pathological(name, "quotes", args.limit)
        print(
            f"{name:<18} {100 * hit / total:>9.1f}% {hard:>5}/{len(HARD_CASES):<4} "
            f"{produced / seconds:>12,.0f} {words:>16} {quotes:>16}",
            flush=True,
        )


if __name__ == "__main__":
    main()
