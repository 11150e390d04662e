"""Sentence vectors: sparse TF-IDF over stemmed content terms, phrases kept whole."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..models import Article
from ..nlp import content_tokens
from ..tfidf import count_matrix, idf, l2_normalise

__all__ = ["SentenceSpace", "build_space", "fold_variants"]

ENTITY_WEIGHT = 2.0  # names and specific terms say what a point is about more than modifiers


@dataclass(frozen=True)
class SentenceSpace:
    """Every candidate sentence of every article as a row of an L2-normalised TF-IDF matrix."""

    matrix: sparse.csr_matrix  # rows: sentences, L2-normalised
    vocabulary: dict[str, int]
    idf: np.ndarray
    weight: np.ndarray  # per-feature prior weight (entities count more)
    owner: np.ndarray  # article position of each row
    local: np.ndarray  # sentence index within its article of each row
    offsets: np.ndarray  # first row of each article (len = articles + 1)
    terms: tuple[tuple[str, ...], ...]  # unigram terms of each row, in order
    variants: dict[str, str]
    compounds: frozenset[str]
    name_parts: frozenset[str] = frozenset()  # parts of multiword names ("Lloyd", "Austin")

    def row(self, article: int, index: int) -> int:
        return int(self.offsets[article] + index)

    def vectorize(self, terms: Sequence[str]) -> sparse.csr_matrix:
        """A query's terms as a normalised row in this space (unknown terms are dropped)."""
        counts = Counter(_features([self.variants.get(t, t) for t in terms], self.compounds))
        cols, vals = [], []
        for feature, count in counts.items():
            col = self.vocabulary.get(feature)
            if col is not None:
                cols.append(col)
                vals.append((1.0 + np.log(count)) * self.idf[col] * self.weight[col])
        row = sparse.csr_matrix(
            (np.asarray(vals, dtype=np.float64), (np.zeros(len(cols), dtype=np.int64), cols)),
            shape=(1, len(self.vocabulary)),
        )
        return l2_normalise(row)


def _features(terms: Sequence[str], compounds: frozenset[str]) -> list[str]:
    """Terms, the parts of hyphenated terms, and adjacent pairs that the corpus also hyphenates.

    "information-sharing" yields inform-share, inform, share; "information sharing" yields
    inform, share and, because the corpus writes inform-share somewhere, inform-share too:
    both spellings meet on the same three features.
    """
    out: list[str] = []
    for term in terms:
        out.append(term)
        if "-" in term:
            parts = [p for p in term.split("-") if len(p) > 1 and not p.isdigit()]
            if len(parts) > 1:
                out.extend(parts)
    for first, second in itertools.pairwise(terms):
        joined = f"{first}-{second}"
        if joined in compounds:
            out.append(joined)
    return out


_DEMONYM = re.compile(r"^(?P<base>.{4,}?)(?:ian|an|n|ese|es|i)$")


def fold_variants(vocabulary: Sequence[str]) -> dict[str, str]:
    """Map a demonym-like stem onto a shorter stem of the corpus it extends.

    Snowball leaves "russian"/"russia" and "ukrainian"/"ukrain" apart; for comparing what
    articles say about a country they are one term. Only folds onto stems the corpus has.
    """
    known = set(vocabulary)
    folded: dict[str, str] = {}
    for term in vocabulary:
        match = _DEMONYM.match(term)
        if not match or "-" in term:
            continue
        base = match.group("base")
        for candidate in (base, base + "a", base + "e"):
            if candidate in known and candidate != term:
                folded[term] = candidate
                break
    return folded


def _entities(tokens: Sequence[Sequence[tuple[str, str]]]) -> set[str]:
    """Terms written as names: capitalised in most of their places inside a sentence, or
    alphanumeric designations ("S-400", "AK-203")."""
    # Counted in C (Counter.update over generators), each distinct surface tested once.
    seen = Counter(term for row in tokens for term, _ in row[1:])
    capital = Counter(term for row in tokens for term, surface in row[1:] if surface[:1].isupper())
    surfaces = {surface for row in tokens for _, surface in row}
    designations = {
        s for s in surfaces if any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in s)
    }
    out = {term for row in tokens for term, surface in row if surface in designations}
    out.update(t for t, n in seen.items() if capital[t] >= 0.6 * n)
    return out


def _name_parts(tokens: Sequence[Sequence[tuple[str, str]]]) -> frozenset[str]:
    """Terms that mostly stand inside runs of capitalised words: parts of people's and
    places' names, which say who or where, not what a topic is."""
    inside: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for row in tokens:
        caps = [w[:1].isupper() for _, w in row]
        for k, (term, _) in enumerate(row):
            seen[term] += 1
            if caps[k] and ((k > 0 and caps[k - 1]) or (k + 1 < len(row) and caps[k + 1])):
                inside[term] += 1
    # A designation such as "S-400" stands beside capitals ("Indian S-400") but is a thing.
    return frozenset(
        t for t, n in inside.items() if n >= 0.6 * seen[t] and not any(c.isdigit() for c in t)
    )


def build_space(articles: Sequence[Article], language: str = "english") -> SentenceSpace:
    tokens = [content_tokens(s.text, language) for a in articles for s in a.sentences]
    variants = fold_variants(sorted({t for row in tokens for t, _ in row}))
    tokens = [[(variants.get(t, t), w) for t, w in row] for row in tokens]
    entities = _entities(tokens)
    terms = [tuple(t for t, _ in row) for row in tokens]
    compounds = frozenset(t for row in terms for t in row if "-" in t)
    tf, vocabulary = count_matrix(_features(row_terms, compounds) for row_terms in terms)
    weights = idf(tf)
    weight = np.ones(len(vocabulary))
    for feature, col in vocabulary.items():
        if feature in entities:
            weight[col] = ENTITY_WEIGHT
    matrix = l2_normalise(tf @ sparse.diags(weights * weight))
    sizes = [len(a.sentences) for a in articles]
    owner = np.repeat(np.arange(len(articles)), sizes)
    local = np.concatenate([np.arange(k) for k in sizes]) if articles else np.zeros(0, np.int64)
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    return SentenceSpace(
        matrix,
        vocabulary,
        weights,
        weight,
        owner,
        local,
        offsets,
        tuple(terms),
        variants,
        compounds,
        _name_parts(tokens),
    )
