"""How the topic coherence floor (summarise.compare.topics.TOPIC_COHERENCE) reads the topics a
blind reader judged (benchmarks/dev/topics-judged.json, session 49).

    python benchmarks/topic_coherence.py

For each judged topic, the mean cosine of the meaning vectors of its rows from different
sources (topics._coherence, with the default embedder), then the reader's verdicts on its rows
(one matter, loose, none) in bands of that coherence: the topics below the floor are those
`compare` now leaves out.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

from summarise.compare.semantic import default_embedder
from summarise.compare.topics import TOPIC_COHERENCE, _coherence
from summarise.models import SentenceRef

JUDGED = Path(__file__).resolve().parent / "dev" / "topics-judged.json"
BANDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6, 1.01)
VERDICTS = ("one", "loose", "none")


def main() -> None:
    topics = json.loads(JUDGED.read_text(encoding="utf-8"))["topics"]
    embedder = default_embedder()
    scored = []
    for t in topics:
        refs = [SentenceRef(article, k, text) for k, (article, text) in enumerate(t["rows"])]
        scored.append((_coherence(embedder, refs), t))
    print(f"{len(scored)} judged topics; floor {TOPIC_COHERENCE}")
    print(f"{'coherence':>12}" + "".join(f"{v:>7}" for v in VERDICTS))
    for low, high in pairwise(BANDS):
        counts = Counter(t["verdict_rows"] for c, t in scored if low <= c < high)
        print(f"{low:>5.2f}-{min(high, 1):4.2f}  " + "".join(f"{counts[v]:>7}" for v in VERDICTS))
    below = [(c, t) for c, t in scored if c < TOPIC_COHERENCE]
    print(f"\nbelow the floor ({len(below)}):")
    for c, t in sorted(below, key=lambda ct: ct[0]):
        print(f"  {c:.2f} {t['label']!r}: rows {t['verdict_rows']}, label {t['verdict_label']}")


if __name__ == "__main__":
    main()
