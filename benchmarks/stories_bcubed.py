"""Story grouping quality: MultiLing 2011's 10 stories (100 articles) hidden among BBC articles.

    python benchmarks/stories_bcubed.py [--bbc 1000] [--set bbc|later|cnndm] [--link X] [--seed X] [--join X]
        [--core X] [--title X] [--show N] [--pairs N]

The truth: each MultiLing cluster is one story; each BBC article is a story of its own (BBC
News Summary holds unrelated articles from 2004-2005; a few may in truth share a story, which
counts against precision here). Prints B-cubed precision, recall and F1 (Bagga and Baldwin
1998) over all articles, and over the MultiLing articles alone, and the time taken.
``--pairs N`` says how much of the loss is BBC's gold: the pairs of BBC articles grouped
together, how many are near-identical texts (most of the shorter one's word 5-grams in the
other), the scores with those counted as one story and with every BBC-only group counted as
one, and a fixed sample of N pairs to read. ``--judged`` scores the mix against hand
judgments of the BBC groups (benchmarks/stories_judged.py: which grouped BBC articles report
one event and which only one subject), the measure of issue 17's definition that BBC's gold
is not.

``--set later`` hides them among the 1,092 distinct BBC articles after the first 1,000 instead
(politics, sport and technology, where the first 1,000 are business and entertainment);
``--judged`` then scores against hand judgments of the groups the grouping formed on those
articles alone at session 30 (stories_judged.JUDGED_LATER).

``--set cnndm`` hides MultiLing's stories among the 100 CNN/DailyMail test articles instead,
a second check labelled by hand before the grouping was run on it
(benchmarks/dev/cnndm-stories.json: none of the 100 report the same event; its
same-subject pairs, the same club or player on different days, are listed there).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import time
from dataclasses import replace
from pathlib import Path

from summarise.cleaning import parse_text
from summarise.compare.events import STORY_CORE, STORY_JOIN, STORY_LINK, STORY_SEED, STORY_TITLE
from summarise.stories import group_articles

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CNNDM_LABELS = Path(__file__).resolve().parent / "dev" / "cnndm-stories.json"


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


def _multiling() -> tuple[list, dict[str, str]]:
    articles, truth = [], {}
    for line in (DATA / "multiling2011_english" / "multiling2011_english.jsonl").open():
        row = json.loads(line)
        for doc in row["documents"]:
            articles.append(parse_text(doc["text"], article_id=doc["id"], title_hint=doc["title"]))
            truth[doc["id"]] = row["id"]
    return articles, truth


def load(bbc: int, skip: int = 0) -> tuple[list, dict[str, str]]:
    """MultiLing's stories and ``bbc`` distinct BBC articles (ids ``bbc-...``), the first
    after the first ``skip``."""
    articles, truth = _multiling()
    rows = [
        json.loads(line) for line in (DATA / "bbc_news_summary" / "bbc_news_summary.jsonl").open()
    ]
    rows = [r for r in rows if not r.get("duplicate_of")][skip : skip + bbc]
    for row in rows:
        article_id = f"bbc-{row['id']}"
        articles.append(parse_text(row["text"], article_id=article_id, title_hint=row.get("title")))
        truth[article_id] = article_id
    return articles, truth


def load_cnndm() -> tuple[list, dict[str, str]]:
    """MultiLing's stories and the 100 CNN/DM test articles (ids ``dm-test-...`` or
    ``cnn-test-...``), grouped as benchmarks/dev/cnndm-stories.json labels them."""
    articles, truth = _multiling()
    labels = json.loads(CNNDM_LABELS.read_text(encoding="utf-8"))
    story = {i: group[0] for group in labels["stories"] for i in group}
    for line in (DATA / "cnndm_test_subsets" / "cnndm_test_summeval100.jsonl").open():
        row = json.loads(line)
        articles.append(parse_text(row["text"], article_id=row["id"]))
        truth[row["id"]] = story.get(row["id"], row["id"])
    return articles, truth


def _is_multiling(article_id: str) -> bool:
    return re.fullmatch(r"M\d+", article_id) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bbc", type=int, default=1000)
    parser.add_argument("--set", choices=("bbc", "later", "cnndm"), default="bbc")
    parser.add_argument("--link", type=float, default=STORY_LINK)
    parser.add_argument(
        "--seed", type=float, default=None, help=f"(default: {STORY_SEED}, rising with the pile)"
    )
    parser.add_argument("--join", type=float, default=STORY_JOIN)
    parser.add_argument("--core", type=float, default=STORY_CORE)
    parser.add_argument("--title", type=float, default=STORY_TITLE)
    parser.add_argument(
        "--show", type=int, default=0, help="print this many BBC groups (a fixed sample) to read"
    )
    parser.add_argument(
        "--pairs", type=int, default=0, help="weigh BBC's gold; print this many grouped pairs"
    )
    parser.add_argument(
        "--judged", action="store_true", help="score against the hand-judged BBC events too"
    )
    parser.add_argument(
        "--same-title",
        action="store_true",
        help='give every article the title "BBC News - Home" (a scraper\'s site name)',
    )
    args = parser.parse_args()
    if args.set == "cnndm":
        articles, truth = load_cnndm()
    elif args.set == "later":  # every BBC article after the first 1,000 (--bbc is not read)
        articles, truth = load(10**6, skip=1000)
    else:
        articles, truth = load(args.bbc)
    if args.same_title:
        articles = [replace(a, title="BBC News - Home") for a in articles]
    start = time.perf_counter()
    stories = group_articles(
        articles, link=args.link, seed=args.seed, join=args.join, core=args.core, title=args.title
    )
    seconds = time.perf_counter() - start
    found = {articles[i].id: n for n, story in enumerate(stories) for i in story}
    ids = [a.id for a in articles]
    p, r, f = bcubed(truth, found, ids)
    ml = [i for i in ids if _is_multiling(i)]
    mp, mr, mf = bcubed(truth, found, ml)
    others = (
        f"{len(ids) - len(ml)} " + {"bbc": "BBC", "later": "later BBC", "cnndm": "CNN/DM"}[args.set]
    )
    print(
        f"{len(articles)} articles ({others}), link {args.link}, seed {args.seed}, "
        f"join {args.join}, core {args.core}, title {args.title}: {len(stories)} stories, "
        f"{sum(len(s) > 1 for s in stories)} with two or more articles, grouped in {seconds:.2f} s"
    )
    print(f"B-cubed all articles: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"B-cubed MultiLing articles: P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}")
    bbc = [s for s in stories if len(s) > 1 and not any(_is_multiling(ids[i]) for i in s)]
    if args.show:
        print(
            f"{len(bbc)} stories of {args.set} articles only ({sum(map(len, bbc))} articles); a sample:"
        )
    for story in random.Random(0).sample(bbc, min(args.show, len(bbc))):
        print(f"- {len(story)} articles")
        for i in story:
            print(f"    {ids[i]:<24} {articles[i].title}")
    if args.pairs:
        gold_check(articles, truth, stories, found, bbc, args.pairs)
    if args.judged:
        judged_check(truth, found, ids, stories, later=args.set == "later")


def judged_check(
    truth: dict[str, str],
    found: dict[str, int],
    ids: list[str],
    stories: list[list[int]],
    later: bool = False,
) -> None:
    """B-cubed with the grouped BBC articles judged by hand (stories_judged.py): same event
    letter, one story (a MultiLing id: that story). A grouped BBC article that was never
    judged counts as its own story. ``later``: the judgments of the later articles."""
    from stories_judged import JUDGED, JUDGED_LATER

    hand = JUDGED_LATER if later else JUDGED

    unread = sum(
        1
        for story in stories
        if len(story) > 1
        for i in story
        if ids[i].startswith("bbc-") and ids[i][4:] not in hand
    )
    for n, name in enumerate(("event", "happening")):
        judged = {x: truth[x] for x in ids}
        judged.update(
            {f"bbc-{k}": v.split("/")[n] for k, v in hand.items() if f"bbc-{k}" in judged}
        )
        p, r, f = bcubed(judged, found, ids)
        print(f"B-cubed, BBC groups judged by {name}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  ({unread} grouped BBC articles not judged, each counted as its own story)")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(*(words[k:] for k in range(5)), strict=False))


def gold_check(articles, truth, stories, found, bbc, sample: int) -> None:  # type: ignore[no-untyped-def]
    """How much of the precision lost on BBC articles the gold's singletons explain."""
    ids = [a.id for a in articles]
    pairs = [pair for story in bbc for pair in itertools.combinations(story, 2)]
    grams = {i: _grams(articles[i].text) for story in bbc for i in story}
    same = [
        (i, j)
        for i, j in pairs
        if len(grams[i] & grams[j]) > 0.5 * max(1, min(len(grams[i]), len(grams[j])))
    ]
    print(f"{len(pairs)} pairs of BBC articles grouped together, {len(same)} near-identical texts")
    merged = dict(truth)
    for i, j in same:
        old = merged[ids[j]]
        merged.update({x: merged[ids[i]] for x, label in merged.items() if label == old})
    p, r, f = bcubed(merged, found, ids)
    print(f"  near-identical pairs counted as one story: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    every = dict(truth)
    for story in bbc:
        every.update({ids[i]: ids[story[0]] for i in story})
    p, r, f = bcubed(every, found, ids)
    print(f"  every BBC-only group counted as one story: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for i, j in random.Random(1).sample(pairs, min(sample, len(pairs))):
        print(f"- {ids[i]}: {articles[i].title}\n  {ids[j]}: {articles[j].title}")


if __name__ == "__main__":
    main()
