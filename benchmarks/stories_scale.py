"""`summarise stories` at 1,000, 2,000 and 5,000 articles (issue 17): wall time and peak
memory, and the growth exponents between successive sizes (target: at most 1.15 in time and
memory). The sets are built by benchmarks/_sets.py: real articles (BBC, CNN/DM, MultiLing)
up to 2,292, synthetic ones mixed from them beyond.

    python benchmarks/stories_scale.py [--repeat 1] [--sizes 1000 2000 5000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _measure import measure, print_growth
from _sets import article_set, write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    args = parser.parse_args()
    print(f"summarise stories SET --format json; medians of {args.repeat} runs")
    print(f"{'articles':>8} {'seconds':>8} {'peak MB':>8}", flush=True)
    sizes, times, peaks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            data = write_jsonl(article_set(n), Path(folder, f"set{n}.jsonl"))
            seconds, peak = measure(
                ["stories", str(data), "--format", "json", "-o", str(Path(folder, "out.json"))],
                args.repeat,
            )
            sizes.append(n)
            times.append(seconds)
            peaks.append(peak)
            print(f"{n:>8} {seconds:>8.2f} {peak:>8.0f}", flush=True)
    print_growth(sizes, times, peaks)


if __name__ == "__main__":
    main()
