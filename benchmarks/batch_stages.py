"""Where a batch's time goes, per article, in one process (supporting issue 6, figure 1).

Runs `run_batch` over the BBC set with one job (no worker processes), twice, timing each
stage of an article's work: loading and cleaning, summarising, the JSON record and the
rendered file, and writing it. Beside them, sumy's summarizer alone on the same articles
(its document parsed beforehand with the same tokenizer), so that the two are compared
in the same run. Prints milliseconds per article; the second run is the warm one.

    python benchmarks/batch_stages.py [--algorithm lexrank] [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from speed import BBC, SUMY, sumy_summarizer  # this folder's speed.py: the same baseline

import summarise.batch as batch
from summarise.models import Budget, SummaryOptions

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


def sumy_alone(data: Path, algorithm: str) -> float:
    """Seconds for sumy's summarizer on every article, documents parsed beforehand."""
    from sumy.parsers.plaintext import PlaintextParser

    from summarise.nlp import Tokenizer

    summarizer = sumy_summarizer(algorithm)
    tokenizer = Tokenizer("english")
    with data.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    documents = [PlaintextParser.from_string(t, tokenizer).document for t in texts]
    start = time.perf_counter()
    for document in documents:
        summarizer(document, 3)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--algorithm", default="lexrank", choices=sorted(SUMY))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    import summarise.render.summary as rendering
    import summarise.summarizers as summarizers

    batch.load_source = timed("load and clean", batch.load_source)
    summarizers.summarise = timed("summarise", summarizers.summarise)
    rendering.article_record = timed("record", rendering.article_record)
    rendering.render_article = timed("render", rendering.render_article)
    batch._write = timed("write (atomic)", batch._write)
    batch._work = timed("all of a worker's work", batch._work)
    options = batch.BatchOptions(SummaryOptions(args.algorithm, Budget(sentences=3)))
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "bbc.jsonl")
        with BBC.open(encoding="utf-8") as handle:
            data.write_text("".join(list(handle)[: args.limit]), encoding="utf-8")
        for run in ("cold", "warm"):
            spent.clear()
            start = time.perf_counter()
            result = batch.run_batch([str(data)], str(Path(folder, run)), options)
            whole = time.perf_counter() - start
            n = len(result.outcomes)
            print(f"{run} run, {n} articles, {args.algorithm}, one process: {whole:.2f} s")
            for label, seconds in spent.items():
                print(f"  {label:<24} {1000 * seconds / n:6.3f} ms/article")
            print(f"  {'whole run':<24} {1000 * whole / n:6.3f} ms/article")
        seconds = sumy_alone(data, args.algorithm)
        print(
            f"sumy's {args.algorithm} alone, parsed documents: {1000 * seconds / n:.3f} ms/article"
        )


if __name__ == "__main__":
    main()
