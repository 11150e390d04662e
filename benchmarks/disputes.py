"""How well compare.disputes finds the disputes a source reports: its sentences over BBC News
Summary, MultiLing 2011 and CNN/DM SummEval, scored against a blind reader's verdicts
(benchmarks/dev/disputes-judged.json: YES, PARTLY, NO), with the time the search takes.

    python benchmarks/disputes.py [--show]

Prints the count of sentences found and how many of them the reader judged each way
(sentences found now that were not judged are counted apart, and listed with --show).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from summarise.cleaning import parse_text
from summarise.compare.disputes import find_disputes

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
JUDGED = Path(__file__).resolve().parent / "dev" / "disputes-judged.json"


def articles() -> list:
    out = []
    for line in (DATA / "multiling2011_english" / "multiling2011_english.jsonl").open():
        for d in json.loads(line)["documents"]:
            out.append(parse_text(d["text"], article_id=d["id"], title_hint=d["title"]))
    for line in (DATA / "bbc_news_summary" / "bbc_news_summary.jsonl").open():
        row = json.loads(line)
        out.append(parse_text(row["text"], article_id=row["id"], title_hint=row.get("title")))
    for line in (DATA / "cnndm_test_subsets" / "cnndm_test_summeval100.jsonl").open():
        row = json.loads(line)
        text = row.get("text") or row.get("article")
        out.append(parse_text(text, article_id=f"cnn{row.get('id')}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the unjudged and NO ones")
    args = parser.parse_args()
    found_in = articles()
    start = time.perf_counter()
    found = find_disputes(found_in, "english")
    took = time.perf_counter() - start
    judged = {(j["article"], j["text"]): j for j in json.loads(JUDGED.read_text("utf-8"))["judged"]}
    verdicts = Counter(
        judged.get((f.article, f.text), {}).get("verdict", "unjudged") for f in found
    )
    sentences = sum(len(a.sentences) for a in found_in)
    print(f"{len(found)} sentences of {sentences:,} in {len(found_in):,} articles, {took:.2f} s")
    print("  " + ", ".join(f"{k} {verdicts[k]}" for k in ("YES", "PARTLY", "NO", "unjudged")))
    if args.show:
        for f in found:
            verdict = judged.get((f.article, f.text), {}).get("verdict", "unjudged")
            if verdict in ("NO", "unjudged"):
                print(f"{verdict:9} {f.article}: {f.text[:160]}")


if __name__ == "__main__":
    main()
