"""Evidence for the comparator's thresholds.

Builds one sentence space over all MultiLing 2011 English articles (10 news events x 10
articles) and reports the similarity distribution of sentence pairs from *different* events,
which cannot report the same point: the alignment threshold should sit in its far tail.
Also prints the labelled pairs and negatives of ../shared/gold/seed-topics.json.

    python benchmarks/alignment_thresholds.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

from summarise import load_articles, parse_text
from summarise.compare.align import ALIGN_THRESHOLD, UNIQUE_THRESHOLD
from summarise.compare.vectors import build_space

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def null_distribution() -> None:
    rows = [
        json.loads(line)
        for line in (SHARED / "data/multiling2011_english/multiling2011_english.jsonl").open()
    ]
    articles, events = [], []
    for event, row in enumerate(rows):
        for doc in row["documents"]:
            articles.append(parse_text(doc["text"], article_id=doc["id"]))
            events.append(event)
    space = build_space(articles)
    sims = (space.matrix @ space.matrix.T).toarray()
    event = np.asarray(events)[space.owner]
    upper = np.triu(np.ones_like(sims, dtype=bool), 1)
    different_event = upper & (event[:, None] != event[None, :])
    same_event = (
        upper & (event[:, None] == event[None, :]) & (space.owner[:, None] != space.owner[None, :])
    )
    null = sims[different_event]
    print(f"MultiLing 2011: {len(articles)} articles, {len(space.owner)} sentences")
    print(f"pairs from different events: {null.size:,}")
    for q in (99, 99.5, 99.8, 99.9):
        print(f"  {q:>5}th percentile: {np.percentile(null, q):.3f}")
    for name, value in (
        ("ALIGN_THRESHOLD", ALIGN_THRESHOLD),
        ("UNIQUE_THRESHOLD", UNIQUE_THRESHOLD),
    ):
        print(
            f"  {name} = {value}: {100 * (null < value).mean():.2f}% of different-event pairs fall below it"
        )
    within = sims[same_event]
    print(
        f"pairs from the same event, different articles: {within.size:,}; "
        f"{100 * (within >= ALIGN_THRESHOLD).mean():.1f}% reach ALIGN_THRESHOLD"
    )


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).lower()


def gold_pairs() -> None:
    gold = json.loads((SHARED / "gold/seed-topics.json").read_text(encoding="utf-8"))
    articles, _ = load_articles([str(ROOT / "articles")])
    space = build_space(articles)
    sims = (space.matrix @ space.matrix.T).toarray()

    def row(key: str, anchor: str) -> int:
        n = next(i for i, a in enumerate(articles) if a.id.startswith(key))
        index = next(s.index for s in articles[n].sentences if _norm(anchor) in _norm(s.text))
        return space.row(n, index)

    print("sample corpus, labelled pairs (want >= threshold) and negatives (want below):")
    for kind in ("pairs", "negatives"):
        for item in gold[kind]:
            rows = [row(k, a) for k, a in item["members"]]
            values = [sims[a, b] for i, a in enumerate(rows) for b in rows[i + 1 :]]
            print(f"  {kind[:-1]:8} {item['id']:16} " + " ".join(f"{v:.3f}" for v in values))


if __name__ == "__main__":
    null_distribution()
    gold_pairs()
    sys.exit(0)
