"""Story grouping quality: MultiLing 2011's 10 stories (100 articles) hidden among BBC articles.

    python benchmarks/stories_bcubed.py [--bbc 1000] [--link 0.3]

The truth: each MultiLing cluster is one story; each BBC article is a story of its own (BBC
News Summary holds unrelated articles from 2004-2005; a few may in truth share a story, which
counts against precision here). Prints B-cubed precision, recall and F1 (Bagga and Baldwin
1998) over all articles, and over the MultiLing articles alone, and the time taken.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from summarise.cleaning import parse_text
from summarise.compare.events import STORY_JOIN, STORY_LINK, STORY_SEED
from summarise.stories import group_articles

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def bcubed(
    truth: dict[str, str], found: dict[str, int], items: list[str]
) -> tuple[float, float, float]:
    by_truth: dict[str, set[str]] = {}
    by_found: dict[int, set[str]] = {}
    for x in truth:
        by_truth.setdefault(truth[x], set()).add(x)
        by_found.setdefault(found[x], set()).add(x)
    precision = recall = 0.0
    for x in items:
        mine, real = by_found[found[x]], by_truth[truth[x]]
        both = len(mine & real)
        precision += both / len(mine)
        recall += both / len(real)
    p, r = precision / len(items), recall / len(items)
    return p, r, 2 * p * r / (p + r)


def load(bbc: int) -> tuple[list, dict[str, str]]:
    articles, truth = [], {}
    for line in (DATA / "multiling2011_english" / "multiling2011_english.jsonl").open():
        row = json.loads(line)
        for doc in row["documents"]:
            articles.append(parse_text(doc["text"], article_id=doc["id"], title_hint=doc["title"]))
            truth[doc["id"]] = row["id"]
    rows = [
        json.loads(line) for line in (DATA / "bbc_news_summary" / "bbc_news_summary.jsonl").open()
    ]
    rows = [r for r in rows if not r.get("duplicate_of")][:bbc]
    for row in rows:
        article_id = f"bbc-{row['id']}"
        articles.append(parse_text(row["text"], article_id=article_id, title_hint=row.get("title")))
        truth[article_id] = article_id
    return articles, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bbc", type=int, default=1000)
    parser.add_argument("--link", type=float, default=STORY_LINK)
    parser.add_argument("--seed", type=float, default=STORY_SEED)
    parser.add_argument("--join", type=float, default=STORY_JOIN)
    parser.add_argument(
        "--show", type=int, default=0, help="print this many BBC groups (a fixed sample) to read"
    )
    args = parser.parse_args()
    articles, truth = load(args.bbc)
    start = time.perf_counter()
    stories = group_articles(articles, link=args.link, seed=args.seed, join=args.join)
    seconds = time.perf_counter() - start
    found = {articles[i].id: n for n, story in enumerate(stories) for i in story}
    ids = [a.id for a in articles]
    p, r, f = bcubed(truth, found, ids)
    ml = [i for i in ids if not i.startswith("bbc-")]
    mp, mr, mf = bcubed(truth, found, ml)
    print(
        f"{len(articles)} articles ({args.bbc} BBC), link {args.link}, seed {args.seed}, "
        f"join {args.join}: {len(stories)} stories, "
        f"{sum(len(s) > 1 for s in stories)} with two or more articles, grouped in {seconds:.2f} s"
    )
    print(f"B-cubed all articles: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"B-cubed MultiLing articles: P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}")
    bbc = [s for s in stories if len(s) > 1 and all(ids[i].startswith("bbc-") for i in s)]
    if args.show:
        print(f"{len(bbc)} stories of BBC articles only ({sum(map(len, bbc))} articles); a sample:")
    for story in random.Random(0).sample(bbc, min(args.show, len(bbc))):
        print(f"- {len(story)} articles")
        for i in story:
            print(f"    {ids[i]:<24} {articles[i].title}")


if __name__ == "__main__":
    main()
