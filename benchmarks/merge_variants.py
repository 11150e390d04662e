"""How the merged summary's similarity was chosen (issue 14): variants side by side on MultiLing.

MultiLing 2011 English has 10 clusters only, so a variant is kept when it gains at every
length (100, 175 and 250 words, ROUGE recall against the 3 references) and across its
parameter's range, not when it peaks once. Relevance is each article's `news` score (scaled
to [0, 1] per article) blended half and half with support from the other articles: the mean,
over them, of the closest sentence there. Variants:

- words: support and MMR redundancy by TF-IDF cosine (the merge before issue 14);
- meaning: support by the embedding cosine (the comparator's sentence vectors), redundancy by
  the mean of the embedding and TF-IDF cosines (shipped: ``summarise.merge``, same weights);
- coverage lam: greedy facility location over the same mean similarity (how well the summary
  covers every sentence of the cluster) plus lam times relevance, the coverage-based route
  of the literature. It gains more at some lam but falls below the words merge at others,
  and the right lam depends on how similar a cluster's sentences are, so it was not shipped;
- latest: the shipped merge told to the latest report of a running story
  (``MergeOptions.latest``: that report's most relevant sentence first), which a brief's "In
  short" uses; the last lines compare it with the shipped merge at "In short"'s three
  sentences, and with the first report's opening taken first instead.

Run from the repository root (about a minute on one core):

    .venv/bin/python benchmarks/merge_variants.py
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from summarise.compare.semantic import StaticEmbedder, default_embedder
from summarise.evaluate import load_dataset, rouge
from summarise.merge import merge
from summarise.models import Budget, MergeOptions, Row, SummaryOptions
from summarise.summarizers import get_algorithm
from summarise.tfidf import tfidf_matrix

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LENGTHS = (100, 175, 250)


def _unit(values: np.ndarray) -> np.ndarray:
    low, high = values.min(), values.max()
    return (values - low) / (high - low) if high > low else np.ones(values.shape)


def _support(sims: np.ndarray, owner: np.ndarray) -> np.ndarray:
    total = np.zeros(len(owner))
    for k in np.unique(owner):
        best = sims[:, owner == k].max(axis=1)
        best[owner == k] = 0.0
        total += best
    return _unit(total / max(1, len(np.unique(owner)) - 1))


def _mmr(relevance: np.ndarray, sims: np.ndarray, lengths: np.ndarray, words: int) -> list[int]:
    chosen: list[int] = []
    used, closest, open_ = 0, np.zeros(len(relevance)), np.ones(len(relevance), dtype=bool)
    while open_.any():
        gain = np.where(open_, relevance - 0.6 * closest, -np.inf)
        i = int(np.argmax(gain))
        open_[i] = False
        if closest[i] >= 0.5 or used + lengths[i] > words:
            continue
        chosen.append(i)
        used += lengths[i]
        closest = np.maximum(closest, sims[:, i])
    return chosen


def _coverage(
    relevance: np.ndarray, sims: np.ndarray, lengths: np.ndarray, words: int, lam: float
) -> list[int]:
    cover_of = np.maximum(sims, 0.0)
    np.fill_diagonal(cover_of, 1.0)
    chosen: list[int] = []
    used, covered, open_ = 0, np.zeros(len(relevance)), np.ones(len(relevance), dtype=bool)
    while open_.any():
        gain = np.maximum(cover_of - covered[:, None], 0.0).mean(axis=0) + lam * relevance
        i = int(np.argmax(np.where(open_, gain, -np.inf)))
        open_[i] = False
        if used + lengths[i] > words:
            continue
        chosen.append(i)
        used += lengths[i]
        covered = np.maximum(covered, cover_of[:, i])
    return chosen


def _row(row: Row, embedder: StaticEmbedder) -> dict[str, list[tuple[float, float]]]:
    """Each variant's (R1, R2) recall on one cluster, at each length."""
    articles = row.articles
    pool = [(a, s) for a in articles for s in a.sentences]
    texts = [s.text for _, s in pool]
    owner = np.concatenate([np.full(len(a.sentences), k) for k, a in enumerate(articles)])
    lengths = np.array([len(t.split()) for t in texts])
    news = get_algorithm("news")
    within = np.concatenate([_unit(np.asarray(news.score(a, "english"))) for a in articles])
    matrix = tfidf_matrix(texts, "english")
    words = (matrix @ matrix.T).toarray()
    vectors = embedder.embed(texts).astype(np.float64)
    meaning = vectors @ vectors.T
    both = (np.maximum(meaning, 0.0) + words) / 2
    by_words = 0.5 * within + 0.5 * _support(words, owner)
    by_meaning = 0.5 * within + 0.5 * _support(meaning, owner)
    position = {(a.id, s.index): k for k, (a, s) in enumerate(pool)}

    def shipped(n: int, latest: bool = False) -> list[int]:
        options = MergeOptions(summary=SummaryOptions(budget=Budget(words=n)), latest=latest)
        return [position[(s.article, s.index)] for s in merge(articles, options).sentences]

    variants: dict[str, Callable[[int], list[int]]] = {
        "words (before)": lambda n: _mmr(by_words, words, lengths, n),
        "meaning (shipped)": shipped,
        "latest": partial(shipped, latest=True),
    }
    for lam in (0.01, 0.02, 0.03, 0.05, 0.1):
        variants[f"coverage lam={lam}"] = partial(_coverage, by_meaning, both, lengths, lam=lam)
    out: dict[str, list[tuple[float, float]]] = {}
    for name, select in variants.items():
        for n in LENGTHS:
            text = "\n".join(texts[i] for i in sorted(select(n)))
            found = {s.metric: 100 * s.recall for s in rouge(text, row.references)}
            out.setdefault(name, []).append((found["rouge1"], found["rouge2"]))
    return out


def _in_short(row: Row) -> dict[str, tuple[float, float]]:
    """(R1, R2) recall of three-sentence merges ("In short"): as shipped, told to the latest
    report (MergeOptions.latest), and without sentences that point back (standalone: what a
    brief's "In short" does), and opening on the first report instead (the earliest
    source's most relevant sentence taken first: not kept)."""
    articles = row.articles
    short = SummaryOptions(budget=Budget(sentences=3))
    out = {}
    for name, options in (
        ("3 sentences", MergeOptions(summary=short)),
        ("3, latest", MergeOptions(summary=short, latest=True)),
        ("3, latest, alone", MergeOptions(summary=short, latest=True, standalone=True)),
        ("3, first", MergeOptions(summary=short, latest=True)),
    ):
        chosen = articles
        if name == "3, first":  # the latest rule run on the dates turned round
            dated = sorted({a.date for a in articles if a.date})
            flip = dict(zip(dated, reversed(dated), strict=True))
            chosen = tuple(replace(a, date=flip.get(a.date, a.date)) for a in articles)
        text = "\n".join(s.text for s in merge(chosen, options).sentences)
        found = {s.metric: 100 * s.recall for s in rouge(text, row.references)}
        out[name] = (found["rouge1"], found["rouge2"])
    return out


def main() -> None:
    data = load_dataset(str(DATA / "multiling2011_english" / "multiling2011_english.jsonl"))
    embedder = default_embedder()
    table: dict[str, list[list[tuple[float, float]]]] = {}
    for row in data.rows:
        for name, scores in _row(row, embedder).items():
            table.setdefault(name, []).append(scores)
    print(f"{len(data.rows)} clusters; mean ROUGE recall, R1 / R2 (change against the words merge)")
    print(f"{'variant':20s} " + "  ".join(f"{f'{n} words':>30s}" for n in LENGTHS))
    before = np.mean(table["words (before)"], axis=0)
    for name, rows in table.items():
        mean = np.mean(rows, axis=0)
        cells = [
            f"{r1:6.2f} / {r2:5.2f} ({r1 - b1:+.2f} / {r2 - b2:+.2f})"
            for (r1, r2), (b1, b2) in zip(mean, before, strict=True)
        ]
        print(f"{name:20s} " + "  ".join(cells))
    short = [_in_short(row) for row in data.rows]
    for name in short[0]:
        r1, r2 = np.mean([s[name] for s in short], axis=0)
        print(f"{name:20s} {r1:6.2f} / {r2:5.2f}")


if __name__ == "__main__":
    main()
