"""benchmarks/sentence_pairs.py: the comparator's similarity on labelled sentence pairs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "sentence_pairs.py"
STS = ROOT.parent / "shared" / "data" / "sentence_pairs"


def _bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import sentence_pairs
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return sentence_pairs


def test_roc_auc_from_ranks_counts_ties_half() -> None:
    auc = _bench().roc_auc
    assert auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.3, 0.4])) == 1.0
    assert auc(np.array([1, 1, 0, 0]), np.array([0.1, 0.2, 0.3, 0.4])) == 0.0
    assert auc(np.array([0, 1]), np.array([0.5, 0.5])) == 0.5


def test_any_file_in_the_shared_format_is_scored(tmp_path: Path) -> None:
    """A paraphrase file gives ROC AUC, a scored one Spearman; a file with neither label is
    refused in one line."""
    rows = [
        (
            "A bomb killed 20 people in Baghdad on Monday.",
            "Twenty people died in a Baghdad bombing.",
        ),
        ("The central bank raised interest rates.", "The football club sacked its manager."),
        ("Shares in Yukos fell 10% in Moscow.", "Yukos shares dropped 10% in Moscow trading."),
        ("The film won three awards.", "Heavy rain flooded the town centre overnight."),
    ]
    paraphrase = tmp_path / "para.jsonl"
    paraphrase.write_text(
        "".join(
            json.dumps({"a": a, "b": b, "paraphrase": int(k % 2 == 0)}) + "\n"
            for k, (a, b) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    scored = tmp_path / "scored.jsonl"
    scored.write_text(
        "".join(
            json.dumps({"a": a, "b": b, "score": 4.5 if k % 2 == 0 else 0.2}) + "\n"
            for k, (a, b) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(paraphrase), str(scored)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    lines = run.stdout.splitlines()
    assert lines[1].split()[:3] == ["para.jsonl", "4", "ROC"]
    assert lines[2].split()[:3] == ["scored.jsonl", "4", "Spearman"]
    # the same points outscore the others on the similarity shown
    assert float(lines[1].split()[4]) == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"a": "One.", "b": "Two."}) + "\n", encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, str(SCRIPT), str(bad)], capture_output=True, text=True, cwd=ROOT
    )
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines()[-1].startswith(f"{bad}: each pair needs")


@pytest.mark.skipif(not STS.exists(), reason="the shared data is not beside the repo")
def test_the_similarity_shown_ranks_the_sts_headlines_as_people_do() -> None:
    """Floors as measured in session 39 (0.793 / 0.730), less 0.01."""
    from scipy.stats import spearmanr

    bench = _bench()
    for name, floor in (("sts2013_headlines", 0.783), ("sts2014_headlines", 0.72)):
        rows = [json.loads(line) for line in (STS / f"{name}.jsonl").read_text().splitlines()]
        found = bench.measures(rows)
        score = [r["score"] for r in rows]
        assert spearmanr(found[:, 0], score).statistic >= floor
