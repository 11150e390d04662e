"""The comparator's sentence similarity on labelled sentence pairs: ROC AUC where people said
"same meaning or not", Spearman where they scored similarity 0 to 5.

    python benchmarks/sentence_pairs.py [FILE.jsonl ...]

Each file holds one pair a line, ``{"a", "b", "paraphrase": 0|1}`` or ``{"a", "b", "score"}``
(the format of ``../shared/data/sentence_pairs``, whose three files are read by default; any
other split in that format can be given, such as the ones kept back for checking). For each
file it prints four measures of each pair, the way ``summarise compare`` makes them, each
pair read as two one-sentence articles with the file's sentences as the corpus:
- ``similarity``: what a group shows, the mean of the meaning cosine and the TF-IDF cosine;
- ``meaning``: the cosine of the two sentences' WordLlama meaning vectors;
- ``words``: the TF-IDF cosine of their content words and figures;
- ``same point``: the probability that the two report the same point, which decides groups
  (the model of ``summarise/compare/pairs.py`` with all its rules).
No scikit-learn: ROC AUC is computed from ranks (Mann-Whitney), Spearman with scipy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import rankdata, spearmanr

from summarise.compare import pairs
from summarise.compare.semantic import default_embedder
from summarise.models import Article, Sentence

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentence_pairs"
DEFAULT = ("msrp_train.jsonl", "sts2013_headlines.jsonl", "sts2014_headlines.jsonl")
MEASURES = ("similarity", "meaning", "words", "same point")


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """ROC AUC from ranks: the chance a positive outscores a negative (ties count half)."""
    positives = labels == 1
    n_pos, n_neg = int(positives.sum()), int((~positives).sum())
    if not n_pos or not n_neg:
        return float("nan")
    ranks = rankdata(scores)
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def one_sentence_articles(texts: list[str]) -> list[Article]:
    """Each text as an article of one sentence, its position its id."""
    return [
        Article(str(n), "", "", t, (Sentence(0, t, 0, 0, len(t)),)) for n, t in enumerate(texts)
    ]


def measures(rows: list[dict]) -> np.ndarray:
    """Per pair: similarity, meaning, words, same point (the columns of MEASURES)."""
    texts = [t for r in rows for t in (r["a"], r["b"])]
    scorer = pairs.build_scorer(one_sentence_articles(texts), "english", default_embedder())
    first = np.arange(0, len(texts), 2)
    second = first + 1
    meaning = np.einsum("ij,ij->i", scorer.meaning[first], scorer.meaning[second])
    ends = list(zip(first.tolist(), second.tolist(), strict=True))
    shown = np.array([scorer.similarity(i, j) for i, j in ends])
    words = np.array([scorer.figure_word_cosine(i, j) for i, j in ends])
    same = scorer.probabilities(first, second)
    return np.column_stack([shown, meaning, words, same])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="pair files (JSON lines)")
    args = parser.parse_args()
    files = args.files or [DATA / name for name in DEFAULT]
    print(f"{'file':32} {'pairs':>6} {'measure':>8} " + " ".join(f"{m:>11}" for m in MEASURES))
    for path in files:
        try:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        except (OSError, ValueError) as exc:
            sys.exit(f"{path}: cannot read pairs ({exc})")
        rows = [r for r in rows if r.get("a") and r.get("b")]
        if not rows:
            print(f"{path.name:32} {0:>6}  no pairs")
            continue
        found = measures(rows)
        if all("paraphrase" in r for r in rows):
            labels = np.array([int(r["paraphrase"]) for r in rows])
            kind, values = "ROC AUC", [roc_auc(labels, found[:, k]) for k in range(len(MEASURES))]
        elif all("score" in r for r in rows):
            score = np.array([float(r["score"]) for r in rows])
            kind = "Spearman"
            values = [float(spearmanr(found[:, k], score).statistic) for k in range(len(MEASURES))]
        else:
            sys.exit(f"{path}: each pair needs 'paraphrase' (0 or 1) or 'score'")
        cells = " ".join(f"{v:>11.3f}" for v in values)
        print(f"{path.name:32} {len(rows):>6} {kind:>8} {cells}")


if __name__ == "__main__":
    main()
