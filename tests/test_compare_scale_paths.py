"""The faster paths of the comparator at scale give what the plain ones give (issue 17)."""

from __future__ import annotations

import numpy as np


def test_the_top_k_of_rows_of_very_different_lengths_is_the_top_k_of_the_dense_form():
    """align._top_sparse lays out rows of about one length together: rows from 0 to 300
    positive entries, ties at the cut among them, give each row's k largest (ties at the
    cut broken by column)."""
    from scipy import sparse

    from summarise.compare.align import _top_sparse

    from .test_compare import _top_by_column

    rng = np.random.default_rng(17)
    dense = np.round(rng.random((90, 300)), 2)
    lengths = rng.integers(0, 300, size=90)
    lengths[:5] = [0, 1, 8, 9, 300]
    dense[np.arange(300)[None, :] >= lengths[:, None]] = 0.0
    dense = dense[:, rng.permutation(300)]  # a row's entries anywhere in it
    dense[20:30] = np.round(dense[20:30], 1)  # many ties at the cut
    product = sparse.csr_matrix(dense)
    owner = np.repeat(np.arange(40), 10)  # sentences 0-399 in articles of 10
    rows, cols = np.arange(90), np.arange(60, 360)  # articles 6 to 8 on both sides
    for k in (1, 3, 8, 20):
        found = _top_sparse(product, rows, cols, owner, k)
        assert set(zip(*found, strict=True)) == _top_by_column(dense, rows, cols, owner, k)


def _term_counts_by_counter(rows, vocabulary):
    """tfidf.term_counts as it was: a Counter per row."""
    from collections import Counter

    indptr, indices, data = [0], [], []
    for row in rows:
        for term, count in Counter(row).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(count)
        indptr.append(len(indices))
    return (
        np.asarray(data, dtype=np.float64),
        np.asarray(indices, dtype=np.int64),
        np.asarray(indptr, dtype=np.int64),
    )


def test_term_counts_are_those_of_a_counter_per_row():
    """tfidf.term_counts counts with numpy: the same counts, columns in the same order in
    each row, the same vocabulary (grown from a given one), for rows of any iterables."""
    from summarise.tfidf import term_counts

    rng = np.random.default_rng(3)
    terms = ["s-400", "india", "russia", "deal", "sanction", "u-s", "delhi"]
    rows = [list(rng.choice(terms, size=rng.integers(0, 12))) for _ in range(200)]
    rows[5], rows[6] = [], ["deal", "deal", "deal"]
    for given in ({}, {"russia": 0, "new": 1}):
        mine, theirs = dict(given), dict(given)
        found = term_counts((iter(r) for r in rows), mine)
        expected = _term_counts_by_counter((iter(r) for r in rows), theirs)
        assert all(
            a.dtype == b.dtype and np.array_equal(a, b)
            for a, b in zip(found, expected, strict=True)
        )
        assert list(mine.items()) == list(theirs.items())
    empty = term_counts([], {})
    assert [len(a) for a in empty] == [0, 0, 1]


def test_the_words_of_many_texts_are_those_of_each_in_turn():
    from summarise.nlp import words, words_in

    texts = [
        "The U.S. and India's S-400 deal.",
        "",
        "It ended at 5 o'clock",
        "end.",
        "U.S.",
        "AT&T's 2nd quarter",
    ]
    assert words_in(texts) == [w for text in texts for w in words(text)]
    assert words_in([*texts, "北京 talks"]) == [w for t in [*texts, "北京 talks"] for w in words(t)]
