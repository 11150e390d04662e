"""The groups blind readers judged, scored again by the comparator as it is now.

    python benchmarks/reviewed_groups.py           # band now x verdict then, counts
    python benchmarks/reviewed_groups.py --list    # also every group still formed and judged
                                                   # partly or wrong, with the reader's reason

``benchmarks/dev/reviewed-groups.json`` holds every shared or possibly shared point of the
briefs that sessions 24 to 27 gave to blind readers (and session 31's rounds 19 and 20, over
stories of the later BBC half, clusters ``later-story-N``; round 19 also holds groups the
meaning floor removes) (helpers who saw neither code nor rules and read each member
against the full texts; `docs/comparator.md`, "Session 24's changes" to "Session 27's
changes"; and session 35's round 21, 53 groups of seven BBC stories no reader had
seen, clusters ``s35-story-N``): the cluster's articles (ids of ``_sets.real_articles``:
stories that `summarise stories` found over BBC and MultiLing, and whole MultiLing
clusters), the members as the brief
showed them, how sure the brief said it was, the reader's verdict (right, partly, wrong) and
reason. The readers judged what the comparator of their day grouped, so a group the rules
since have broken up reads as "gone", and a group they would now form that no reader saw is
not here: the figures say how the judged groups fare, not the comparator's precision.

Each group is scored as `compare` scores it: the mean same-point probability of its members'
pairs (sources only, copies left out as `compare` leaves them; a member in a copy read as the
original's sentence of the same words), and it is "gone" where `compare` would not keep it
together (a pair more than align.SUPPORT below the threshold, a member at the threshold with
no other, a mean below it, or a mean below "likely" in a group not alike in meaning:
align.alike_in_meaning).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from _sets import real_articles

from summarise import parse_text
from summarise.compare.align import SUPPORT, alike_in_meaning
from summarise.compare.copies import find_copies
from summarise.compare.pairs import SAME_POINT, build_scorer
from summarise.compare.semantic import default_embedder
from summarise.models import LIKELY, STRONG, agreed_match

REVIEWED = Path(__file__).resolve().parent / "dev" / "reviewed-groups.json"
BANDS = ("strong", "likely", "possible", "gone")
VERDICTS = ("right", "partly", "wrong")


def _words(text: str) -> str:
    """A sentence as a key: its words, without a list item's marker (cleaning drops it since
    session 39; the reviews quoted "* United Nations - ..." with it)."""
    return " ".join(re.sub(r"^\s*(?:[*•·▪►‣◦]|[-–](?=\s+[A-Z\d\"“'‘]))\s+", "", text).split())


def _auc(positive: list[bool], scores: list[float]) -> float:
    """ROC AUC of ``scores`` for ``positive`` (Mann-Whitney: ties count half); 0.5 when one
    side is empty."""
    yes = np.array([s for p, s in zip(positive, scores, strict=True) if p])
    no = np.array([s for p, s in zip(positive, scores, strict=True) if not p])
    if not len(yes) or not len(no):
        return 0.5
    wins = (yes[:, None] > no[None, :]).sum() + 0.5 * (yes[:, None] == no[None, :]).sum()
    return float(wins) / (len(yes) * len(no))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print the partly and wrong groups")
    args = parser.parse_args()
    groups = json.loads(REVIEWED.read_text(encoding="utf-8"))
    pool = {r["id"]: r for r in real_articles()}
    embedder = default_embedder()
    scorers: dict[tuple[str, ...], tuple[object, dict[tuple[str, str], int]]] = {}
    table: Counter[tuple[str, str]] = Counter()
    agreed: Counter[str] = Counter()
    agreed_pinned: Counter[str] = Counter()
    meaning: dict[str, list[tuple[bool, float, float]]] = {b: [] for b in BANDS}
    listed = []
    for group in groups:
        key = tuple(group["articles"])
        if key not in scorers:
            articles = [
                parse_text(pool[i]["text"], article_id=i, title_hint=pool[i]["title"]) for i in key
            ]
            copies = {d.copy: d.original for d in find_copies(articles)}
            sources = [a for a in articles if a.id not in copies]
            rows: dict[tuple[str, str], int] = {}
            k = 0
            for article in sources:
                for sentence in article.sentences:
                    rows[(article.id, _words(sentence.text))] = k
                    k += 1
            for copy, original in copies.items():
                for (owner, text), row in list(rows.items()):
                    if owner == original:
                        rows.setdefault((copy, text), row)
            scorers[key] = (build_scorer(sources, "english", embedder), rows)
        scorer, rows = scorers[key]
        members = [rows.get((a, _words(t))) for a, t in group["members"]]
        if None in members:
            print(f"{group['cluster']}: a member not found, skipped", file=sys.stderr)
            continue
        scored = {
            (x, y): scorer.probability(x, y)  # type: ignore[attr-defined]
            for x, y in itertools.combinations(members, 2)
            if x != y
        }
        mean = float(np.mean(list(scored.values()))) if scored else 0.0
        # as align keeps a group: every pair within SUPPORT of the threshold, each member
        # at the threshold with another, and the mean at the threshold
        kept = bool(scored) and all(p >= SAME_POINT - SUPPORT for p in scored.values())
        kept = kept and all(
            any(p >= SAME_POINT for pair, p in scored.items() if m in pair) for m in members
        )
        if kept and mean >= SAME_POINT:  # formed but for the meaning floor: what it reads
            cosine = min(
                float(scorer.meaning[x] @ scorer.meaning[y])  # type: ignore[attr-defined]
                for x, y in scored
            )
            band_of = "strong" if mean >= STRONG else "likely" if mean >= LIKELY else "possible"
            meaning[band_of].append((group["verdict"] == "right", cosine, mean))
        # and, below LIKELY, alike in meaning too
        kept = kept and (mean >= LIKELY or alike_in_meaning(members, scorer))  # type: ignore[arg-type]
        band = (
            "gone"
            if not kept or mean < SAME_POINT
            else "strong"
            if mean >= STRONG
            else "likely"
            if mean >= LIKELY
            else "possible"
        )
        table[(band, group["verdict"])] += 1
        # what a brief states as agreed (models.Alignment.agreed): strong; and the likely
        # ones pinned down (every two members from different articles name one specific
        # thing), which sessions 31 to 46 stated as agreed too
        pinned = all(scorer.tied(x, y) for x, y in scored)  # type: ignore[attr-defined]
        if band != "gone" and agreed_match(mean):
            agreed[group["verdict"]] += 1
        if band == "likely" and pinned:
            agreed_pinned[group["verdict"]] += 1
        if args.list and band != "gone" and group["verdict"] != "right":
            listed.append((band, mean, group))
    print(f"{sum(table.values())} judged groups, by how the comparator scores them now")
    print(f"{'now':10}" + "".join(f"{v:>8}" for v in VERDICTS))
    for band in BANDS:
        print(f"{band:10}" + "".join(f"{table[(band, v)]:8}" for v in VERDICTS))
    print(f"{'agreed':10}" + "".join(f"{agreed[v]:8}" for v in VERDICTS), end="")
    print("   (what a brief states as agreed: strong)")
    print(f"{'pinned':10}" + "".join(f"{agreed_pinned[v]:8}" for v in VERDICTS), end="")
    print("   (likely and pinned down: stated as agreed in sessions 31 to 46)")
    # Why align.MEANING_FLOOR reads the cosine only below LIKELY: how well the least alike
    # pair's meaning cosine, and the group's probability, tell right groups from the others,
    # in each band (the groups formed but for the floor).
    for band in ("possible", "likely", "strong"):
        rows = meaning[band]
        right = [r for r, _, _ in rows]
        print(
            f"{band:10}ROC AUC, right against the rest: meaning cosine "
            f"{_auc(right, [c for _, c, _ in rows]):.2f}, probability "
            f"{_auc(right, [p for _, _, p in rows]):.2f} ({len(rows)} groups)"
        )
    for band, mean, group in sorted(listed, key=lambda t: -t[1]):
        print(f"\n{band} {mean:.2f} {group['verdict']} ({group['cluster']}): {group['reason']}")
        for article, text in group["members"]:
            print(f"    {article}: {text[:150]}")


if __name__ == "__main__":
    main()
