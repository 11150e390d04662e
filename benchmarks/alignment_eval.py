"""Alignment and topic-query quality against hand labels: the sample gold and the MultiLing dev set.

    python benchmarks/alignment_eval.py            # both label files, one line per cluster
    python benchmarks/alignment_eval.py --groups   # also print every group, to read them
    python benchmarks/alignment_eval.py --missed   # also print every labelled pair left apart
    python benchmarks/alignment_eval.py --heldout  # M003, M004, M007, M009 (--extra: M005, M008)

Labels (``../shared/gold/seed-topics.json``, ``benchmarks/dev/multiling-alignment.json``) name
sentences by anchors: a sentence matches when it contains the anchor after normalisation.

Figures:
- pair recall: of the labelled same-point pairs (two members of one labelled group), the share
  that land in one alignment group;
- group precision: of the alignment groups holding two or more labelled sentences, the share
  in which every two labelled members from different articles are a labelled same-point pair
  (a labelled sentence of another point, or of a negative, makes a group wrong);
- negatives aligned: labelled different-point pairs that land in one group (should be 0);
- topic precision and recall as the test of the sample gold counts them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

from summarise import CompareOptions, load_articles, parse_text
from summarise.compare import compare  # the function, even once its package is imported

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "gold" / "seed-topics.json"
DEV = ROOT / "benchmarks" / "dev" / "multiling-alignment.json"
# Labelled later, from the texts alone, and never tuned on: a check of what the dev set says.
HELDOUT = ROOT / "benchmarks" / "dev" / "multiling-heldout.json"
# M005 and M008, labelled on 2026-12-02 by a labeller who saw no output of the tool; earlier
# sessions had read the tool's output on these clusters, but never against labels.
EXTRA = ROOT / "benchmarks" / "dev" / "multiling-extra.json"
MULTILING = SHARED / "data" / "multiling2011_english" / "multiling2011_english.jsonl"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).lower()


def locate(articles, key: str, anchor: str) -> set[tuple[str, int]]:
    article = next(a for a in articles if a.id.startswith(key))
    return {(article.id, s.index) for s in article.sentences if norm(anchor) in norm(s.text)}


def clusters(labels: Path = DEV, sample: bool = True) -> list[tuple[str, list, dict]]:
    """(name, articles, labels) for the sample and each labelled MultiLing cluster."""
    out = []
    if sample and SEED.exists():
        articles, _ = load_articles([str(ROOT / "articles")])
        out.append(("sample", list(articles), json.loads(SEED.read_text(encoding="utf-8"))))
    if labels.exists() and MULTILING.exists():
        rows = {
            r["id"]: r for r in map(json.loads, MULTILING.read_text(encoding="utf-8").splitlines())
        }
        for cluster in json.loads(labels.read_text(encoding="utf-8"))["clusters"]:
            docs = rows[cluster["id"]]["documents"]
            articles = [
                parse_text(d["text"], article_id=d["id"], title_hint=d["title"]) for d in docs
            ]
            out.append((cluster["id"], articles, cluster))
    return out


def evaluate_cluster(
    articles, labels, show: bool = False, missed: bool = False
) -> dict[str, float | int]:
    queries = tuple(t["query"] for t in labels.get("topics", ()))
    result = compare(articles)
    group_of: dict[tuple[str, int], set[int]] = {}
    for n, alignment in enumerate(result.alignments):
        for s in alignment.sentences:
            group_of.setdefault((s.article, s.index), set()).add(n)

    def together(a: set, b: set) -> bool:
        return any(group_of.get(x, set()) & group_of.get(y, set()) for x in a for y in b)

    same: set[frozenset] = set()
    labelled: dict[tuple[str, int], str] = {}
    hits = total = 0
    conflicts = [{"id": c["id"], "members": c["members"]} for c in labels.get("conflicts", ())]
    flagged = 0
    found_conflicts = {
        frozenset(((c.first.article, c.first.index), (c.second.article, c.second.index)))
        for c in getattr(result, "conflicts", ())  # older versions have none
    }
    for c in conflicts:
        a, b = (locate(articles, k, anchor) for k, anchor in c["members"])
        flagged += any(frozenset((x, y)) in found_conflicts for x in a for y in b)
    for pair in [*labels.get("pairs", ()), *conflicts]:
        locs = [locate(articles, k, a) for k, a in pair["members"]]
        for loc in locs:
            for x in loc:
                labelled[x] = pair["id"]
        for (ka, a), (kb, b) in itertools.combinations(zip(pair["members"], locs, strict=True), 2):
            total += 1
            hit = together(a, b)
            hits += hit
            if missed and not hit:
                print(
                    f"  missed {pair['id']}:\n     {ka[0][:8]} {ka[1][:100]}\n     {kb[0][:8]} {kb[1][:100]}"
                )
            same.update(frozenset((x, y)) for x in a for y in b)
    negatives = 0
    for negative in labels.get("negatives", ()):
        a, b = (locate(articles, k, anchor) for k, anchor in negative["members"])
        for x in a | b:
            labelled.setdefault(x, "negative:" + negative["id"])
        negatives += together(a, b)
    judged = right = 0
    for alignment in result.alignments:
        members = [
            (s.article, s.index) for s in alignment.sentences if (s.article, s.index) in labelled
        ]
        cross = [(x, y) for x, y in itertools.combinations(members, 2) if x[0] != y[0]]
        if not cross:
            continue
        judged += 1
        ok = all(frozenset((x, y)) in same for x, y in cross)
        right += ok
        if show:
            print(f"  [{'ok' if ok else 'WRONG'}]", alignment.similarity, alignment.confidence)
            for s in alignment.sentences:
                tag = labelled.get((s.article, s.index), "-")
                print(f"     {s.article[:8]} {tag:>14}  {s.text[:110]}")
    topic_p, topic_r = [], []
    if queries:
        topics = compare(articles, CompareOptions(topics=queries)).topics
        for topic, lab in zip(topics, labels["topics"], strict=True):
            got = {(s.article, s.index) for s in topic.sentences}
            must = set().union(*(locate(articles, k, a) for k, v in lab["must"].items() for a in v))
            may = set().union(
                set(), *(locate(articles, k, a) for k, v in lab.get("may", {}).items() for a in v)
            )
            topic_r.append(len(got & must) / len(must) if must else 1.0)
            topic_p.append(len(got & (must | may)) / len(got) if got else float(not must))
    if show:
        unlabelled = [
            a
            for a in result.alignments
            if not any((s.article, s.index) in labelled for s in a.sentences)
        ]
        print(f"  + {len(unlabelled)} groups with no labelled sentence")
    return {
        "groups": len(result.alignments),
        "judged": judged,
        "right": right,
        "hits": hits,
        "precision": right / judged if judged else 1.0,
        "pairs": total,
        "recall": hits / total if total else 1.0,
        "negatives": negatives,
        "conflicts": f"{flagged}/{len(conflicts)}",
        "flagged": len(getattr(result, "conflicts", ())),
        "topic_p": sum(topic_p) / len(topic_p) if topic_p else 1.0,
        "topic_r": sum(topic_r) / len(topic_r) if topic_r else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--groups", action="store_true", help="print every judged group")
    parser.add_argument(
        "--missed", action="store_true", help="print every labelled same-point pair left apart"
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="the held-out clusters (benchmarks/dev/multiling-heldout.json) instead of the dev set",
    )
    parser.add_argument(
        "--extra",
        action="store_true",
        help="M005 and M008 (benchmarks/dev/multiling-extra.json) instead of the dev set",
    )
    args = parser.parse_args(argv)
    if args.heldout or args.extra:
        chosen = clusters(HELDOUT if args.heldout else EXTRA, sample=False)
    else:
        chosen = clusters()
    print(
        f"{'cluster':8} {'groups':>6} {'judged':>6} {'prec':>5} {'pairs':>5} {'recall':>6} {'neg':>3} {'topicP':>6} {'topicR':>6} {'confl':>5} {'flagged':>7}"
    )
    totals = dict.fromkeys(("judged", "right", "pairs", "hits", "negatives"), 0)
    topic_p, topic_r = [], []
    for name, articles, labels in chosen:
        if args.groups:
            print(name)
        f = evaluate_cluster(articles, labels, args.groups, args.missed)
        print(
            f"{name:8} {f['groups']:6} {f['judged']:6} {f['precision']:5.2f} {f['pairs']:5} "
            f"{f['recall']:6.2f} {f['negatives']:3} {f['topic_p']:6.2f} {f['topic_r']:6.2f} "
            f"{f['conflicts']:>5} {f['flagged']:7}"
        )
        for key in totals:
            totals[key] += int(f[key])
        topic_p.append(f["topic_p"])
        topic_r.append(f["topic_r"])
    t = totals
    print(
        f"pooled: precision {t['right']}/{t['judged']} = {t['right'] / max(t['judged'], 1):.2f}, "
        f"pair recall {t['hits']}/{t['pairs']} = {t['hits'] / max(t['pairs'], 1):.2f}, "
        f"negatives aligned {t['negatives']}, mean topic precision "
        f"{sum(topic_p) / max(len(topic_p), 1):.2f} and recall {sum(topic_r) / max(len(topic_r), 1):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
