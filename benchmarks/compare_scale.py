"""`summarise compare` over 10, 100 and 1,000 BBC articles (issue 6, figure 3): wall time
and peak memory (targets for 1,000: under 60 s and 4 GB; growth roughly linear).

    python benchmarks/compare_scale.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from _measure import measure, slope

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary" / "bbc_news_summary.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    rows = [r for r in rows if not r.get("duplicate_of")]
    print(f"summarise compare SET --format json; medians of {args.repeat} runs")
    print(f"{'articles':>8} {'sentences':>9} {'seconds':>8} {'peak MB':>8}")
    sizes, times, peaks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in (10, 100, 1000):
            chosen = rows[:: max(1, len(rows) // n)][:n]  # every category
            data = Path(folder, f"bbc{n}.jsonl")
            data.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
            out = Path(folder, "out.json")
            seconds, peak = measure(
                ["compare", str(data), "--format", "json", "-o", str(out)], args.repeat
            )
            sentences = sum(1 + r["text"].count(". ") for r in chosen)
            sizes.append(n)
            times.append(seconds)
            peaks.append(peak)
            print(f"{n:>8} {sentences:>9} {seconds:>8.2f} {peak:>8.0f}")
    print(
        f"growth exponent from 100 to 1,000 articles: time {slope(sizes, times):.2f}, memory {slope(sizes, peaks):.2f} (1 = linear)"
    )


if __name__ == "__main__":
    main()
