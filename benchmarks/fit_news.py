"""How the `news` algorithm's weights (summarise/news.py, WEIGHTS) were chosen: a small grid.

Scores each (centrality, frequency) pair, position fixed at 1, on CNN/DM SummEval 100 (3
sentences, ROUGE F1 vs the original highlights) and the first 500 BBC articles (reference
length). Keep a pair that beats lead on every CNN/DM figure and on BBC, and prefer the
middle of a plateau to a lone peak. Run from the repository root:

    .venv/bin/python benchmarks/fit_news.py
"""

from __future__ import annotations

import itertools
from pathlib import Path

from summarise import news
from summarise.evaluate import evaluate, load_dataset
from summarise.models import Budget, EvaluationOptions

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    cnn = load_dataset(str(DATA / "cnndm_test_subsets" / "cnndm_test_summeval100.jsonl"))
    bbc = load_dataset(str(DATA / "bbc_news_summary" / "bbc_news_summary.jsonl"), limit=500)
    saved = dict(news.WEIGHTS)
    print("centrality frequency | CNN/DM R1 R2 RL F1 (lead) | BBC R1 R2 RL F1 (lead)")
    try:
        for centrality, frequency in itertools.product(
            (0.0, 0.1, 0.15, 0.2, 0.3), (0.0, 0.05, 0.1)
        ):
            news.WEIGHTS.update(position=1.0, centrality=centrality, frequency=frequency)
            a = evaluate(cnn, EvaluationOptions(("news",), Budget(sentences=3), references=(0,)))
            b = evaluate(bbc, EvaluationOptions(("news",), None))
            print(
                f"{centrality:10.2f} {frequency:9.2f} | {_figures(a)} | {_figures(b)}", flush=True
            )
    finally:
        news.WEIGHTS.clear()
        news.WEIGHTS.update(saved)


def _figures(evaluation) -> str:  # type: ignore[no-untyped-def]
    lead, ours = evaluation.results[0], evaluation.results[1]
    return " ".join(
        f"{100 * ours.score(m).f1:5.2f} ({100 * lead.score(m).f1:5.2f})"
        for m in ("rouge1", "rouge2", "rougeL")
    )


if __name__ == "__main__":
    main()
