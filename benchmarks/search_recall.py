"""The neighbour search at scale against the exact one: which accepted pairs it misses.

    python benchmarks/search_recall.py [--sizes 1000 2000]

Beyond align.LARGE sentences `compare` seeks each sentence's neighbours by meaning among
nearby clusters and by words through the terms few sentences use (align._clustered_candidates);
below it the search is exact. For each set (benchmarks/_sets.py, as compare_scale.py builds
them) this links the same scorer both ways and prints the pairs the exact search accepts,
how many of them the clustered one misses (and how many of those reach 0.33 and 0.5), the
pairs only the clustered one accepts (its rivals differ), and the time of each.
"""

from __future__ import annotations

import argparse
import time

from _sets import article_set

from summarise import parse_text
from summarise.compare import align
from summarise.compare.copies import find_copies
from summarise.compare.pairs import build_scorer
from summarise.compare.semantic import default_embedder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    args = parser.parse_args()
    embedder = default_embedder()
    for n in args.sizes:
        articles = [
            parse_text(r["text"], article_id=r["id"], title_hint=r.get("title"))
            for r in article_set(n)
        ]
        copies = {d.copy for d in find_copies(articles)}
        scorer = build_scorer([a for a in articles if a.id not in copies], "english", embedder)
        start = time.perf_counter()
        clustered = align.link(scorer)
        middle = time.perf_counter()
        large, align.LARGE = align.LARGE, len(scorer.owner) + 1
        try:
            exact = align.link(scorer)
        finally:
            align.LARGE = large
        end = time.perf_counter()
        missed = [p for pair, p in exact.accepted.items() if pair not in clustered.accepted]
        extra = sum(1 for pair in clustered.accepted if pair not in exact.accepted)
        print(
            f"{n} articles, {len(scorer.owner)} sentences: exact accepts {len(exact.accepted)} "
            f"({end - middle:.1f} s), clustered misses {len(missed)} "
            f"({sum(p >= 0.33 for p in missed)} at 0.33 or more, "
            f"{sum(p >= 0.5 for p in missed)} at 0.5 or more) and adds {extra} "
            f"({middle - start:.1f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
