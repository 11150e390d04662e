"""Start-up and small jobs (issue 6, figure 4): `summarise --help` (target under 0.25 s)
and `summarise summary articles/` end to end (target under 1 s), medians of --repeat runs.

    python benchmarks/startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _measure import measure

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    for label, command in (
        ("summarise --help", ["--help"]),
        ("summarise summary articles/", ["summary", str(ROOT / "articles")]),
        ("summarise compare articles/", ["compare", str(ROOT / "articles")]),
    ):
        seconds, peak = measure(command, args.repeat)
        print(f"{label:<30} {seconds:6.2f} s  {peak:6.0f} MB peak  (median of {args.repeat})")


if __name__ == "__main__":
    main()
