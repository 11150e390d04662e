"""How each article names a topic (Topic.names), against judged phrases.

    python benchmarks/topic_names.py [--show]

Runs `compare` on the sample and the ten MultiLing 2011 clusters of the three label files,
once with the topics it finds and once with the label file's queries, and counts each phrase
it gives by its verdict in benchmarks/dev/topic-names-judged.json (RIGHT, PARTLY, WRONG; see
its "about"), and the phrases no one has judged yet. ``--show`` prints every phrase with its
verdict and the sentence it comes from, to read or to judge.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from alignment_eval import DEV, EXTRA, HELDOUT, clusters

from summarise import CompareOptions
from summarise.compare import compare

JUDGED = Path(__file__).resolve().parent / "dev" / "topic-names-judged.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows = json.loads(JUDGED.read_text(encoding="utf-8"))["judged"]
    verdict = {(r["cluster"], r["topic"], r["article"], r["phrase"]): r["verdict"] for r in rows}
    counts: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {"found": Counter(), "asked": Counter()}
    seen = set()
    for path, sample in ((DEV, True), (HELDOUT, False), (EXTRA, False)):
        for name, articles, labels in clusters(path, sample=sample):
            if name in seen:
                continue
            seen.add(name)
            queries = tuple(t["query"] for t in labels.get("topics", ()))
            for asked in ((), queries):
                result = compare(articles, CompareOptions(topics=asked))
                for topic in result.topics:
                    refs = topic.by_articles()
                    for d in topic.names:
                        for phrase in (p.text for p in d.phrases):
                            key = (name, topic.label, d.article[:5], phrase)
                            found = verdict.get(key, "unjudged")
                            counts[found] += 1
                            by_kind["asked" if topic.query else "found"][found] += 1
                            if args.show:
                                source = next(r.text for r in refs[d.article] if phrase in r.text)
                                print(f"{found:8} {name} · {topic.label} · {d.article}: {phrase}")
                                print(f"         {source[:300]}")
    total = sum(counts.values())
    print(f"{total} phrases over {len(seen)} clusters")
    for kind, found in (("all", counts), *by_kind.items()):
        n = sum(found.values()) or 1
        shares = ", ".join(
            f"{v} {found[v]} ({found[v] / n:.0%})" for v in ("RIGHT", "PARTLY", "WRONG", "unjudged")
        )
        print(f"  {kind}: {shares}")


if __name__ == "__main__":
    main()
