"""What merge.undone finds: a halt or a restart that a later source tells the other of.

    python benchmarks/undone.py          # the sample and the ten MultiLing clusters
    python benchmarks/undone.py --probe  # BBC and CNN/DM in chunks of 40, given days in turn

The MultiLing clusters are dated running stories: every pair printed should read as one
thing stopped and started again (or started and stopped). The probe's chunks are no stories
(their articles carry no dates, so each is given one in turn): every pair it prints is a
false match of the thing the two verbs are said of.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
from pathlib import Path

from _sets import DATA, real_articles

from summarise import load_articles, parse_text
from summarise.merge import undone

_CHUNK = 40
ROOT = Path(__file__).resolve().parents[1]


def _show(name: str, articles: list) -> int:  # type: ignore[type-arg]
    pool = [(a, s) for a in articles for s in a.sentences]
    found = undone(pool)
    for i, j in found.items():
        print(f"{name}: {pool[i][0].id} ({pool[i][0].date}) -> {pool[j][0].id} ({pool[j][0].date})")
        print("   ", pool[i][1].text[:200])
        print("   ", pool[j][1].text[:200])
    return len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--probe", action="store_true", help="undated BBC and CNN/DM, dated in turn"
    )
    args = parser.parse_args()
    found = 0
    if args.probe:
        rows = [r for r in real_articles() if not r["id"].startswith("M0")]
        articles = [
            parse_text(r["text"], article_id=r["id"], title_hint=r["title"] or None) for r in rows
        ]
        first = datetime.date(2005, 1, 1)
        for start in range(0, len(articles), _CHUNK):
            chunk = [
                dataclasses.replace(a, date=(first + datetime.timedelta(days=k)).isoformat())
                for k, a in enumerate(articles[start : start + _CHUNK])
            ]
            found += _show(f"chunk {start // _CHUNK}", chunk)
        print(f"{found} pairs over {len(articles)} articles (each a false match)")
        return
    sample, _ = load_articles([str(ROOT / "articles")])
    found += _show("sample", list(sample))
    path = DATA / "multiling2011_english" / "multiling2011_english.jsonl"
    for line in path.open(encoding="utf-8"):
        cluster = json.loads(line)
        docs = cluster["documents"]
        articles = [parse_text(d["text"], article_id=d["id"], title_hint=d["title"]) for d in docs]
        found += _show(cluster["id"], articles)
    print(f"{found} sentences undone")


if __name__ == "__main__":
    main()
