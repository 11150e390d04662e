"""How well the comparator reads a story's toll (compare.figures: the dead, the injured, the
missing, the homeless, the people affected or arrested), against a blind reader's verdicts on
figures it read before (benchmarks/dev/toll-figures-judged.json: YES, PARTLY, NO).

    python benchmarks/toll_figures.py [--show]

Prints, per verdict, how many judged figures are still read (the same measure, the figure as
written) and how many no longer are; --show lists each change. A figure read now that was
never judged is not counted here: the judged set is a sample, drawn from the reads of its
commit.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from summarise.compare.claims import base_measure, facts

JUDGED = Path(__file__).resolve().parent / "dev" / "toll-figures-judged.json"


def still_read(sentence: str, measure: str, read: str) -> bool:
    """Whether the sentence still gives the figure as written for the measure (the bound
    aside: "at least 75,000 dead" is read as "75,000 dead" with a bound)."""
    written = read.removeprefix("at least ").removeprefix("up to ")
    return any(
        base_measure(unit) == measure and shown == written
        for unit, _, shown in facts(sentence).numbers
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the judged figures not read")
    args = parser.parse_args(argv)
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))["judged"]
    kept: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    for item in judged:
        if still_read(item["sentence"], item["measure"], item["read"]):
            kept[item["verdict"]] += 1
        else:
            gone[item["verdict"]] += 1
            if args.show:
                print(f"  no longer read ({item['verdict']}): {item['read']} | {item['sentence']}")
    for verdict in ("YES", "PARTLY", "NO"):
        print(f"{verdict:6} still read {kept[verdict]:4}   no longer read {gone[verdict]:4}")
    read = sum(kept.values())
    print(
        f"of the {read} judged figures still read, {kept['YES']} right ({kept['YES'] / max(read, 1):.0%}),"
    )
    print(
        f"{kept['YES'] + kept['PARTLY']} right or partly ({(kept['YES'] + kept['PARTLY']) / max(read, 1):.0%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
