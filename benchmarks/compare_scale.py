"""`summarise compare` at 1,000, 2,000 and 5,000 articles against the straightforward baseline
(issue 17): wall time and peak memory of each, ours over the baseline's in the same run, and
the growth exponents between successive sizes (target: within 2x of the baseline at 1,000
articles, exponent at most 1.15 in time and memory).

    python benchmarks/compare_scale.py [--repeat 1] [--sizes 1000 2000 5000]

The baseline is benchmarks/compare_baseline.py (BlingFire sentences, scikit-learn TF-IDF,
blockwise sparse top-k neighbours, NMF topics). The sets are built by benchmarks/_sets.py:
real articles up to 2,292, synthetic ones mixed from them beyond.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _measure import measure, measure_command, print_growth
from _sets import article_set, write_jsonl

BASELINE = Path(__file__).resolve().parent / "compare_baseline.py"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    args = parser.parse_args()
    print(f"summarise compare SET --format json vs compare_baseline.py; medians of {args.repeat}")
    print(
        f"{'articles':>8} {'ours s':>8} {'MB':>6} {'base s':>8} {'MB':>6} {'ratio':>6}", flush=True
    )
    sizes, times, peaks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            data = write_jsonl(article_set(n), Path(folder, f"set{n}.jsonl"))
            out = str(Path(folder, "out.json"))
            ours, ours_peak = measure(
                ["compare", str(data), "--format", "json", "-o", out], args.repeat
            )
            base, base_peak = measure_command(
                [sys.executable, str(BASELINE), str(data), "-o", out], args.repeat
            )
            sizes.append(n)
            times.append(ours)
            peaks.append(ours_peak)
            print(
                f"{n:>8} {ours:>8.2f} {ours_peak:>6.0f} {base:>8.2f} {base_peak:>6.0f} {ours / base:>5.1f}x",
                flush=True,
            )
    print_growth(sizes, times, peaks)


if __name__ == "__main__":
    main()
