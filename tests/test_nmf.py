"""Our NMF (summarise/compare/nmf.py): factors, degenerate inputs, and scikit-learn's NMF."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import sparse

from summarise.compare import nmf as nmf_module
from summarise.compare.nmf import nmf
from summarise.compare.vectors import build_space
from summarise.tfidf import l2_normalise


def _relative(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))


def _low_rank(rows: int, cols: int, rank: int, seed: int = 0) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    left = rng.random((rows, rank)) * (rng.random((rows, rank)) < 0.5)
    right = rng.random((rank, cols)) * (rng.random((rank, cols)) < 0.5)
    return sparse.csr_matrix(left @ right)


def _sentence_matrix(articles) -> sparse.csr_matrix:
    """The matrix discover_topics factorises: sentences x terms, names not boosted."""
    space = build_space(articles, "english")
    return l2_normalise(space.matrix @ sparse.diags(1.0 / space.weight))


def test_factors_are_non_negative_and_shaped():
    x = sparse.random(30, 80, density=0.1, random_state=1, format="csr")
    w, h = nmf(x, 4)
    assert w.shape == (30, 4)
    assert h.shape == (4, 80)
    assert (w >= 0).all()
    assert (h >= 0).all()


def test_a_non_negative_low_rank_matrix_is_reconstructed():
    x = _low_rank(40, 60, 3)
    w, h = nmf(x, 3)
    assert _relative(w @ h, x.toarray()) < 1e-2


def test_the_same_input_gives_the_same_factors():
    x = sparse.random(50, 120, density=0.08, random_state=2, format="csr")
    first, again = nmf(x, 5), nmf(x.copy(), 5)
    assert np.array_equal(first[0], again[0])
    assert np.array_equal(first[1], again[1])


def test_one_component_is_the_best_rank_one_fit():
    x = sparse.random(20, 30, density=0.3, random_state=3, format="csr")
    w, h = nmf(x, 1)
    dense = x.toarray()
    u, s, vt = np.linalg.svd(dense)
    best = s[0] * np.outer(u[:, 0], vt[0])  # of a non-negative matrix: non-negative up to sign
    assert np.linalg.norm(w @ h - dense) == pytest.approx(np.linalg.norm(best - dense), rel=1e-3)


def test_an_all_zero_row_and_column_stay_zero():
    x = sparse.random(12, 15, density=0.4, random_state=4, format="lil")
    x[3, :] = 0
    x[:, 7] = 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        w, h = nmf(x.tocsr(), 3)
    assert not w[3].any()
    assert not h[:, 7].any()


@pytest.mark.parametrize(
    ("matrix", "k"),
    [
        ([[1.0]], 1),
        ([[0.0, 0.0], [0.0, 0.0]], 2),  # nothing to factorise
        ([[1.0, 0.0], [1.0, 0.0]], 2),  # rank 1: the second singular value is zero
        ([[1.0, 2.0, 0.0]], 3),  # more components than rows (the caller never asks this)
        ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], 2),
        (np.zeros((0, 4)), 2),
    ],
)
def test_tiny_inputs_give_finite_non_negative_factors(matrix, k):
    x = np.asarray(matrix, dtype=np.float64).reshape(-1, np.shape(matrix)[-1])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        w, h = nmf(sparse.csr_matrix(x), k)
    assert w.shape == (x.shape[0], k)
    assert h.shape == (k, x.shape[1])
    assert np.isfinite(w).all()
    assert np.isfinite(h).all()
    assert (w >= 0).all()
    assert (h >= 0).all()
    assert _relative(w @ h, x) < 1e-2 if x.any() else not (w @ h).any()


def test_no_components_is_an_error():
    with pytest.raises(ValueError, match="k must be"):
        nmf(sparse.csr_matrix(np.ones((3, 3))), 0)


# scikit-learn stays in the test extra: the reference these are held to.


def _sample_matrices(sample_articles):
    """The sample's matrix, three subsets' and one turned round (more rows than columns: the
    SVD draws on the other side)."""
    groups = [range(len(sample_articles)), (0, 1, 3), (0, 2, 4), (2, 3, 4)]
    matrices = [_sentence_matrix([sample_articles[i] for i in group]) for group in groups]
    return [*matrices, matrices[1].T.tocsr()]


def test_the_solver_is_scikit_learns(sample_articles):
    """From the same start, scikit-learn's coordinate descent and ours agree to rounding."""
    decomposition = pytest.importorskip("sklearn.decomposition")
    for x in _sample_matrices(sample_articles):
        k = min(6, x.shape[0] - 1)
        w0, h0 = nmf_module._nndsvd(x, k)
        model = decomposition.NMF(n_components=k, init="custom", max_iter=500)
        theirs = model.fit_transform(x, W=w0.copy(), H=h0.copy())
        start = w0.copy(), h0.copy()
        ours = nmf_module._coordinate_descent(x, w0, h0, 500, 1e-4)
        assert np.array_equal(w0, start[0])  # the start is left as it was
        assert np.array_equal(h0, start[1])
        assert _relative(ours[0], theirs) < 1e-9
        assert _relative(ours[1], model.components_) < 1e-9


def test_the_factors_are_scikit_learns(sample_articles):
    """Start and all: the same factors as scikit-learn's NMF, so the same topics."""
    decomposition = pytest.importorskip("sklearn.decomposition")
    for x in _sample_matrices(sample_articles):
        k = min(6, x.shape[0] - 1)
        w, h = nmf(x, k)
        model = decomposition.NMF(n_components=k, init="nndsvd", max_iter=500, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ConvergenceWarning, its error's sqrt
            theirs = model.fit_transform(x)
        assert _relative(w, theirs) < 1e-9
        assert _relative(h, model.components_) < 1e-9
        assert np.array_equal(w.argmax(axis=1), theirs.argmax(axis=1))
