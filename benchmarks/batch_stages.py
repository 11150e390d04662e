"""Where a batch's time goes, per article, in one process (supporting issue 6, figure 1).

Runs `run_batch` over the BBC set with one job (no worker processes), twice, timing each
stage of an article's work: loading and cleaning, summarising, the JSON record and the
rendered file, and writing it. Beside them, in the same run, sumy on the same articles:
parsing (PlaintextParser with the same tokenizer) and its summarizer.

Then a floor: the least work any Python version of this step could do, to show what the
interpreter alone costs. Per article, one BlingFire call on the raw text (no cleaning,
no repairs of the splitter), each sentence's terms (the same cached stems), the same
vectorised ranking, and a JSON line of the picks (no file written). From it, the best
ratio to sumy's loop that a batch could reach on this machine's cores if they were
perfectly parallel and start-up cost nothing. Prints milliseconds per article; the
second run is the warm one.

    python benchmarks/batch_stages.py [--algorithm lexrank] [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from speed import (  # this folder's speed.py: the same baseline
    BBC,
    SUMY,
    parallelism,
    sumy_summarizer,
)

import summarise.batch.run as batch_run
import summarise.batch.worker as worker
from summarise.models import BatchOptions, Budget, SummaryOptions

spent: collections.Counter[str] = collections.Counter()


def timed(label: str, fn: Any) -> Any:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    return wrapper


def sumy_alone(texts: list[str], algorithm: str) -> tuple[float, float]:
    """Seconds sumy takes to parse every article, and to summarise the parsed documents."""
    from sumy.parsers.plaintext import PlaintextParser

    from summarise.nlp import Tokenizer

    summarizer = sumy_summarizer(algorithm)
    tokenizer = Tokenizer("english")
    start = time.perf_counter()
    documents = [PlaintextParser.from_string(t, tokenizer).document for t in texts]
    parsed = time.perf_counter()
    for document in documents:
        summarizer(document, 3)
    return parsed - start, time.perf_counter() - parsed


def floor(rows: list[dict[str, Any]], algorithm: str) -> float:
    """Seconds for the least work (see the module's docstring), warm: the second of two runs."""
    from summarise.models import Article, Sentence
    from summarise.nlp import _text_to_sentences
    from summarise.summarizers import ALGORITHMS

    score = ALGORITHMS[algorithm].score
    seconds = 0.0
    for _ in range(2):
        start = time.perf_counter()
        for row in rows:
            text = row["text"]
            sentences = tuple(
                Sentence(i, s, 0, 0, 0)
                for i, s in enumerate(_text_to_sentences(text.replace("\n", " ")).split("\n"))
            )
            scores = score(Article(row["id"], "", "", text, sentences), "english")
            top = sorted(sorted(range(len(scores)), key=lambda i: -scores[i])[:3])
            json.dumps({"id": row["id"], "summary": [sentences[i].text for i in top]})
        seconds = time.perf_counter() - start
    return seconds


def start_up(row: dict[str, Any], algorithm: str, jobs: int, folder: Path) -> float:
    """Seconds `summarise batch` takes for one article, end to end (median of 3)."""
    data = folder / "one.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    seconds = []
    for run in range(3):
        command = [sys.executable, "-m", "summarise", "batch", str(data), "-a", algorithm]
        command += ["--out", str(folder / f"one-{run}"), "-j", str(jobs)]
        start = time.perf_counter()
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--algorithm", default="lexrank", choices=sorted(SUMY))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    import summarise.render.summary as rendering
    import summarise.summarizers as summarizers

    worker.load_source = timed("load and clean", worker.load_source)
    summarizers.summarise = timed("summarise", summarizers.summarise)
    rendering.article_record = timed("record", rendering.article_record)
    rendering.render_article = timed("render", rendering.render_article)
    worker.write_output = timed("write (atomic)", worker.write_output)
    batch_run.work = timed("all of a worker's work", batch_run.work)
    options = BatchOptions(SummaryOptions(args.algorithm, Budget(sentences=3)))
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "bbc.jsonl")
        with BBC.open(encoding="utf-8") as handle:
            data.write_text("".join(list(handle)[: args.limit]), encoding="utf-8")
        for run in ("cold", "warm"):
            spent.clear()
            start = time.perf_counter()
            result = batch_run.run_batch([str(data)], str(Path(folder, run)), options)
            whole = time.perf_counter() - start
            n = len(result.outcomes)
            print(f"{run} run, {n} articles, {args.algorithm}, one process: {whole:.2f} s")
            for label, seconds in spent.items():
                print(f"  {label:<24} {1000 * seconds / n:6.3f} ms/article")
            print(f"  {'whole run':<24} {1000 * whole / n:6.3f} ms/article")
        rows = [json.loads(line) for line in data.open(encoding="utf-8")]
        parse, summarise = sumy_alone([r["text"] for r in rows], args.algorithm)
        print(f"sumy, parsing:                {1000 * parse / n:6.3f} ms/article")
        print(f"sumy, {args.algorithm} on parsed documents: {1000 * summarise / n:6.3f} ms/article")
        least = floor(rows, args.algorithm)
        cores = os.cpu_count() or 1
        sumy_loop = parse + summarise
        print(f"floor (see above), one process: {1000 * least / n:6.3f} ms/article")
        print(
            f"best ratio to sumy's loop on {cores} perfectly parallel cores, no start-up: "
            f"{sumy_loop / (least / cores):.1f}x"
        )
        begin = start_up(rows[0], args.algorithm, cores, Path(folder))
        gain = parallelism(cores)
        print(
            f"the same with this machine's start-up ({begin:.2f} s, a one-article batch): "
            f"{sumy_loop / (begin + least / cores):.1f}x; and with what its {cores} cores gave "
            f"just now ({gain:.2f}x): {sumy_loop / (begin + least / gain):.1f}x"
        )


if __name__ == "__main__":
    main()
