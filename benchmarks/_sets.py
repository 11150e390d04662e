"""Shared by the scale benchmarks: article sets of a given size from the shared data.

Up to 2,292 articles the sets are real: BBC News Summary (its 2,092 articles that are not
marked as duplicates), then the CNN/DM subset (100), then MultiLing 2011 (100), sampled at an
even stride so that every category and source is represented. The shared data holds no more
distinct articles, so a larger set is the whole real pool plus synthetic articles: each made,
with a fixed seed, of a run of about a third of the sentences (one paragraph each) of three different real articles
(so no single article holds most of it, and compare/copies.py does not take it for a copy).
Their sentences are real and so repeat sentences of the pool: such a set aligns more
sentences than real news would, which makes it a conservative test of cost.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED = 17
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def real_articles() -> list[dict[str, str]]:
    """Every distinct article of the shared data, as {"id", "title", "text"}."""
    out = []
    for line in (DATA / "bbc_news_summary" / "bbc_news_summary.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if not row.get("duplicate_of"):
            out.append({"id": f"bbc-{row['id']}", "title": row["title"], "text": row["text"]})
    for line in (DATA / "cnndm_test_subsets" / "cnndm_test_summeval100.jsonl").open(
        encoding="utf-8"
    ):
        row = json.loads(line)
        out.append({"id": row["id"], "title": "", "text": row["text"]})
    for line in (DATA / "multiling2011_english" / "multiling2011_english.jsonl").open(
        encoding="utf-8"
    ):
        for doc in json.loads(line)["documents"]:
            out.append({"id": doc["id"], "title": doc["title"], "text": doc["text"]})
    return out


def _synthetic(pool: list[dict[str, str]], count: int) -> list[dict[str, str]]:
    rng = random.Random(SEED)
    out = []
    for n in range(count):
        parts = []
        for source in rng.sample(pool, 3):
            lines = [x for x in _SENTENCE.split(source["text"]) if x.strip()]
            third = max(1, len(lines) // 3)
            start = rng.randrange(0, max(1, len(lines) - third + 1))
            parts.append(" ".join(x.strip() for x in lines[start : start + third]))
        out.append(
            {"id": f"mixed-{n:05d}", "title": f"Mixed article {n}", "text": "\n\n".join(parts)}
        )
    return out


def article_set(n: int) -> list[dict[str, str]]:
    """``n`` articles: real ones at an even stride up to the pool's size, beyond it the whole
    pool and synthetic articles."""
    pool = real_articles()
    if n <= len(pool):
        return pool[:: max(1, len(pool) // n)][:n]
    return pool + _synthetic(pool, n - len(pool))


def write_jsonl(rows: list[dict[str, str]], path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
