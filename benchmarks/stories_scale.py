"""`summarise stories` over 500, 1,000 and 2,000 BBC articles (with MultiLing's 100 mixed in
at the largest size's rate): wall time and peak memory, and the growth exponent between the
two largest sizes (issue 17: at most 1.15 in time and memory).

    python benchmarks/stories_scale.py [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from _measure import measure, slope

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    bbc = [
        json.loads(line) for line in (DATA / "bbc_news_summary" / "bbc_news_summary.jsonl").open()
    ]
    multiling = [
        {"id": d["id"], "title": d["title"], "text": d["text"]}
        for line in (DATA / "multiling2011_english" / "multiling2011_english.jsonl").open()
        for d in json.loads(line)["documents"]
    ]
    print(f"summarise stories SET --format json; medians of {args.repeat} runs")
    print(f"{'articles':>8} {'seconds':>8} {'peak MB':>8}")
    sizes, times, peaks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in (500, 1000, 2000):
            chosen = bbc[:: max(1, len(bbc) // n)][:n] + multiling[: n // 20]
            data = Path(folder, f"mix{n}.jsonl")
            data.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
            seconds, peak = measure(
                ["stories", str(data), "--format", "json", "-o", str(Path(folder, "out.json"))],
                args.repeat,
            )
            sizes.append(len(chosen))
            times.append(seconds)
            peaks.append(peak)
            print(f"{len(chosen):>8} {seconds:>8.2f} {peak:>8.0f}")
    print(
        f"growth exponent between the two largest sizes: time {slope(sizes, times):.2f}, "
        f"memory {slope(sizes, peaks):.2f} (1 = linear)"
    )


if __name__ == "__main__":
    main()
