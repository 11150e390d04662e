"""The straightforward baseline for `summarise compare` at scale (issue 17): what a user would
write with the usual libraries to find the points several articles share, and the topics.

BlingFire sentences, scikit-learn TF-IDF over the sentences, each sentence's top-k neighbours
in other articles found blockwise with sparse products (nothing n x n), pairs above a cosine
threshold joined into groups, NMF topics with their top terms, one JSON document out. No
meaning vectors, no cleaning, no labels: it is the floor the tool's speed is measured against.

    python benchmarks/compare_baseline.py ARTICLES.jsonl [-o OUT.json]

ARTICLES.jsonl: one article a line, with "id" and "text" (as the shared data sets).
"""

from __future__ import annotations

import argparse
import json
import sys

import blingfire
import numpy as np
from scipy import sparse
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

K = 8  # neighbours per sentence
THRESHOLD = 0.5  # cosine at which two sentences count as the same point
TOPICS = 6
BLOCK = 2048


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("-o", "--output")
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    sentences, owner = [], []
    for n, article in enumerate(articles):
        for sentence in blingfire.text_to_sentences(article["text"]).split("\n"):
            if sentence.strip():
                sentences.append(sentence)
                owner.append(n)
    owners = np.array(owner)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = sparse.csr_matrix(vectorizer.fit_transform(sentences))
    transposed = matrix.T.tocsc()
    parent = list(range(len(sentences)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for start in range(0, len(sentences), BLOCK):
        block = (matrix[start : start + BLOCK] @ transposed).tocsr()
        for r in range(block.shape[0]):
            i = start + r
            cols = block.indices[block.indptr[r] : block.indptr[r + 1]]
            vals = block.data[block.indptr[r] : block.indptr[r + 1]]
            keep = (owners[cols] != owners[i]) & (vals >= THRESHOLD)
            cols, vals = cols[keep], vals[keep]
            if len(cols) > K:
                cols = cols[np.argpartition(-vals, K)[:K]]
            for j in cols.tolist():
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(sentences)):
        groups.setdefault(find(i), []).append(i)
    shared = [g for g in groups.values() if len(g) > 1]
    model = NMF(n_components=TOPICS, init="nndsvd", max_iter=200, random_state=0)
    weights = model.fit_transform(matrix)
    names = vectorizer.get_feature_names_out()
    best = weights.argmax(axis=1)
    topics = [
        {
            "terms": [names[c] for c in np.argsort(-component)[:8].tolist()],
            "sentences": int((best == t).sum()),
        }
        for t, component in enumerate(model.components_)
    ]
    out = {
        "articles": len(articles),
        "sentences": len(sentences),
        "topics": topics,
        "shared": [
            [{"article": articles[owner[i]]["id"], "text": sentences[i]} for i in g] for g in shared
        ],
    }
    text = json.dumps(out)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
