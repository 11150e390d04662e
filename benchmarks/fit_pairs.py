"""Fit the comparator's same-point model on MSRP and measure its similarity on STS headlines.

    python benchmarks/fit_pairs.py

Prints ROC AUC on MSRP train (paraphrase or not) and Spearman on STS 2013/2014 headlines for
each feature alone and for the fitted model, and the coefficients to copy into
``summarise/compare/pairs.py`` (COEFFICIENTS). Data: ``../shared/data/sentence_pairs``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from summarise.compare import pairs
from summarise.compare.semantic import default_embedder
from summarise.models import Article, Sentence

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentence_pairs"
NAMES = ("meaning", "what", "words", "other_actors")


def _article(n: int, text: str) -> Article:
    return Article(str(n), "", "", text, (Sentence(0, text, 0, 0, len(text)),))


def features(rows: list[dict]) -> np.ndarray:
    texts = [t for r in rows for t in (r["a"], r["b"])]
    scorer = pairs.build_scorer(
        [_article(n, t) for n, t in enumerate(texts)], "english", default_embedder()
    )
    return np.array([scorer.features(2 * k, 2 * k + 1) for k in range(len(rows))])


def main() -> None:
    def load(name: str) -> list[dict]:
        return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()]

    msrp = load("msrp_train")
    x, y = features(msrp), np.array([r["paraphrase"] for r in msrp])
    model = LogisticRegression(C=10.0, max_iter=1000).fit(x, y)
    coefficients = (float(model.intercept_[0]), *map(float, model.coef_[0]))
    print("COEFFICIENTS =", tuple(round(c, 2) for c in coefficients))
    print(
        "MSRP AUC:",
        {n: round(roc_auc_score(y, x[:, k]), 3) for k, n in enumerate(NAMES[:3])},
        "model",
        round(roc_auc_score(y, model.decision_function(x)), 3),
    )
    for name in ("sts2013_headlines", "sts2014_headlines"):
        rows = load(name)
        f, score = features(rows), [r["score"] for r in rows]
        each = {n: round(spearmanr(f[:, k], score).statistic, 3) for k, n in enumerate(NAMES[:3])}
        mean = round(spearmanr((f[:, 0] + f[:, 2]) / 2, score).statistic, 3)
        fitted = round(spearmanr(model.decision_function(f), score).statistic, 3)
        print(f"{name} Spearman:", each, "mean(meaning, words)", mean, "model", fitted)


if __name__ == "__main__":
    main()
