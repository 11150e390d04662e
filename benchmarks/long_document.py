"""One long document (issue 6, figure 2): the BBC articles joined into a book of about
40,000 sentences, summarised with the default algorithm by `summarise summary`, from 1,000
sentences up, with wall time and peak memory of each run (targets: under 30 s and 2 GB for
the whole book; cost and memory roughly linear).

    python benchmarks/long_document.py [--repeat 3] [--algorithm news]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from _measure import measure, slope

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary" / "bbc_news_summary.jsonl"
SIZES = (1000, 2500, 5000, 10000, 20000, 40000)
SENTENCES_PER_ARTICLE = 17  # the BBC average: a book of n sentences takes n / 17 articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--algorithm", default="news")
    args = parser.parse_args()
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    rows = [r for r in rows if not r.get("duplicate_of")]
    print(f"summarise summary BOOK -a {args.algorithm} -n 10; medians of {args.repeat} runs")
    print(
        f"{'target sentences':>16} {'sentences':>9} {'seconds':>8} {'peak MB':>8} {'us/sentence':>12}"
    )
    sizes, times, peaks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for target in SIZES:
            chosen = rows[: max(1, target // SENTENCES_PER_ARTICLE)]
            book = Path(folder, f"book{target}.txt")
            book.write_text(
                "\n\n".join(f"{r['title']}\n\n{r['text']}" for r in chosen), encoding="utf-8"
            )
            out = Path(folder, "out.json")
            seconds, peak = measure(
                [
                    "summary",
                    str(book),
                    "-a",
                    args.algorithm,
                    "-n",
                    "10",
                    "--format",
                    "json",
                    "-o",
                    str(out),
                ],
                args.repeat,
            )
            count = json.loads(out.read_text(encoding="utf-8"))["articles"][0]["sentence_count"]
            sizes.append(count)
            times.append(seconds)
            peaks.append(peak)
            print(
                f"{target:>16} {count:>9} {seconds:>8.2f} {peak:>8.0f} {1e6 * seconds / count:>12.0f}"
            )
    print(
        f"growth exponent between the two largest: time {slope(sizes, times):.2f}, memory {slope(sizes, peaks):.2f} (1 = linear)"
    )


if __name__ == "__main__":
    main()
