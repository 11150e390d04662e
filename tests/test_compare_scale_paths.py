"""The faster paths of the comparator at scale give what the plain ones give (issue 17)."""

from __future__ import annotations

import numpy as np


def test_the_top_k_of_rows_of_very_different_lengths_is_the_top_k_of_the_dense_form():
    """align._top_sparse lays out rows of about one length together: rows from 0 to 300
    positive entries, ties at the cut among them, give the pairs of _top_pairs."""
    from scipy import sparse

    from summarise.compare.align import _top_pairs, _top_sparse

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
    block = dense.copy()
    block[owner[rows][:, None] == owner[cols][None, :]] = -1.0
    for k in (1, 3, 8, 20):
        found = _top_sparse(product, rows, cols, owner, k)
        expected = _top_pairs(block, rows, cols, k)
        assert sorted(zip(*found, strict=True)) == sorted(zip(*expected, strict=True))
