"""Fit the comparator's same-point model on MSRP; show each feature on MSRP, STS and the dev set.

    python benchmarks/fit_pairs.py

Prints the coefficients to copy into ``summarise/compare/pairs.py`` (COEFFICIENTS), then ROC
AUC of each feature and of the model (with and without the whole-sentence meaning cosine) on
MSRP train and on the labelled pairs of the dev set (``alignment_eval.py``'s labels:
same-point pairs against labelled negatives), and Spearman on STS 2013/2014 headlines.
Data: ``../shared/data/sentence_pairs``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
from alignment_eval import clusters, locate  # this folder's label reader
from scipy.stats import spearmanr
from sentence_pairs import one_sentence_articles
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from summarise.compare import pairs
from summarise.compare.copies import find_copies
from summarise.compare.semantic import default_embedder

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentence_pairs"
NAMES = ("meaning", "what", "words", "other_actors")
MODEL = [1, 2, 3]  # the features the comparator's model uses (meaning left out: see the dev AUC)


def features(rows: list[dict]) -> np.ndarray:
    texts = [t for r in rows for t in (r["a"], r["b"])]
    scorer = pairs.build_scorer(one_sentence_articles(texts), "english", default_embedder())
    return np.array([scorer.features(2 * k, 2 * k + 1) for k in range(len(rows))])


def dev_pairs() -> tuple[np.ndarray, np.ndarray]:
    """Features of the dev set's labelled same-point pairs (1) and labelled negatives (0)."""
    x, y = [], []
    for _, articles, labels in clusters():
        copies = {d.copy for d in find_copies(articles)}
        sources = [a for a in articles if a.id not in copies]
        scorer = pairs.build_scorer(sources, "english", default_embedder())
        row = {}
        for a in sources:
            for s in a.sentences:
                row[(a.id, s.index)] = len(row)
        kinds = [(1, [*labels.get("pairs", ()), *labels.get("conflicts", ())])]
        kinds.append((0, list(labels.get("negatives", ()))))
        for label, groups in kinds:
            for group in groups:
                spots = [locate(sources, k, anchor) for k, anchor in group["members"]]
                for a, b in itertools.combinations(spots, 2):
                    for u, v in itertools.product(a, b):
                        x.append(scorer.features(row[u], row[v]))
                        y.append(label)
    return np.array(x), np.array(y)


def main() -> None:
    def load(name: str) -> list[dict]:
        return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()]

    msrp = load("msrp_train")
    x, y = features(msrp), np.array([r["paraphrase"] for r in msrp])
    model = LogisticRegression(C=10.0, max_iter=1000).fit(x[:, MODEL], y)
    with_meaning = LogisticRegression(C=10.0, max_iter=1000).fit(x, y)
    coefficients = (float(model.intercept_[0]), *map(float, model.coef_[0]))
    print("COEFFICIENTS =", tuple(round(c, 2) for c in coefficients))
    dx, dy = dev_pairs()
    print(f"ROC AUC ({len(dy)} dev pairs, {int(dy.sum())} same point)")
    for k, name in enumerate(NAMES[:3]):
        print(
            f"  {name:24} MSRP {roc_auc_score(y, x[:, k]):.3f}  dev {roc_auc_score(dy, dx[:, k]):.3f}"
        )
    for label, fitted, cols in (
        ("model", model, MODEL),
        ("model with meaning", with_meaning, [0, *MODEL]),
    ):
        msrp_auc = roc_auc_score(y, fitted.decision_function(x[:, cols]))
        dev_auc = roc_auc_score(dy, fitted.decision_function(dx[:, cols]))
        print(f"  {label:24} MSRP {msrp_auc:.3f}  dev {dev_auc:.3f}")
    for name in ("sts2013_headlines", "sts2014_headlines"):
        rows = load(name)
        f, score = features(rows), [r["score"] for r in rows]
        each = {n: round(spearmanr(f[:, k], score).statistic, 3) for k, n in enumerate(NAMES[:3])}
        fitted = round(spearmanr(model.decision_function(f[:, MODEL]), score).statistic, 3)
        print(f"{name} Spearman:", each, "model", fitted)


if __name__ == "__main__":
    main()
