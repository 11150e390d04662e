"""Non-negative matrix factorisation: scikit-learn's NMF for discover_topics, on numpy and scipy.

scikit-learn was a runtime dependency for one call, ``NMF(n_components=k, init="nndsvd",
max_iter=500, random_state=0).fit_transform(X)``, and importing it (scipy.stats and the rest
come with it) cost 1.3 s of every `summarise compare`, 2.6 s in all on the sample. This
reproduces that call, to rounding: the NNDSVD start (Boutsidis and Gallopoulos 2008) from
scikit-learn's seeded randomised SVD, then its default solver, coordinate descent (Cichocki
and Phan 2009; Frobenius loss, no regularisation, components in order, stopping when the
projected gradient falls to 1e-4 of the first iteration's, or after 500 iterations).
"""

from __future__ import annotations

import numpy as np
from scipy import linalg, sparse

__all__ = ["nmf"]

MAX_ITER = 500
TOLERANCE = 1e-4  # on the sum of the projected gradient, relative to the first iteration's
_FLOOR = 1e-6  # start entries below this are zero (scikit-learn's eps for NNDSVD)
_OVERSAMPLES = 10  # random directions beyond k in the SVD of the start


def nmf(
    matrix: sparse.spmatrix | np.ndarray,
    k: int,
    *,
    max_iter: int = MAX_ITER,
    tol: float = TOLERANCE,
) -> tuple[np.ndarray, np.ndarray]:
    """(W, H), non-negative, W rows x ``k`` and H ``k`` x columns, with W @ H close to the
    non-negative ``matrix`` in the Frobenius norm. Components beyond the matrix's smaller side
    (NNDSVD has no singular pair for them) are zero."""
    if k < 1:
        raise ValueError(f"k must be 1 or more, not {k}")
    x = sparse.csr_matrix(matrix, dtype=np.float64)
    w = np.zeros((x.shape[0], k))
    h = np.zeros((k, x.shape[1]))
    found = min(k, *x.shape)
    if found and x.nnz:  # else all zero, as scikit-learn's come out
        w[:, :found], h[:found] = _coordinate_descent(x, *_nndsvd(x, found), max_iter, tol)
    return w, h


def _svd(x: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The top ``k`` singular triplets of ``x``, largest first, as scikit-learn's randomized_svd
    finds them for NMF (Halko, Martinsson and Tropp 2011): the same seeded Gaussian draws,
    ``k`` + 10 of them, 7 power iterations (4 when ``k`` is a tenth of the smaller side or
    more) normalised by LU, and the sign that makes each left vector's largest entry positive.

    An exact SVD (tried first) is no better a start: the factors it leads to are as good, but
    on the flat spectra of a few articles' sentences they are other ones, and so are the
    topics (27 of 88 sets of sample and MultiLing articles).
    """
    m = x.T if x.shape[0] < x.shape[1] else x  # the smaller side's draws, as scikit-learn's
    power = 7 if k < 0.1 * min(x.shape) else 4
    q = np.random.RandomState(0).normal(size=(m.shape[1], k + _OVERSAMPLES))
    for _ in range(power):
        q, _ = linalg.lu(m @ q, permute_l=True, check_finite=False)
        q, _ = linalg.lu(m.T @ q, permute_l=True, check_finite=False)
    q, _ = linalg.qr(m @ q, mode="economic", check_finite=False)
    left, s, vt = linalg.svd(q.T @ m, full_matrices=False, lapack_driver="gesdd")
    u = q @ left
    if m is not x:
        u, vt = vt.T, u.T
    u, s, vt = u[:, :k], s[:k], vt[:k]
    signs = np.sign(u[np.argmax(np.abs(u), axis=0), np.arange(k)])
    return u * signs, s, vt * signs[:, None]


def _nndsvd(x: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The NNDSVD start: each singular pair's positive or negative parts, whichever carry more."""
    u, s, vt = _svd(x, k)
    w = np.zeros((x.shape[0], k))
    h = np.zeros((k, x.shape[1]))
    # The leading pair of a non-negative matrix is non-negative, up to its sign.
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0] = np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, k):
        sides = [
            (np.maximum(u[:, j], 0.0), np.maximum(vt[j], 0.0)),
            (-np.minimum(u[:, j], 0.0), -np.minimum(vt[j], 0.0)),
        ]
        norms = [(float(np.linalg.norm(a)), float(np.linalg.norm(b))) for a, b in sides]
        carried = [na * nb for na, nb in norms]
        # The positive parts only when they carry strictly more (scikit-learn's tie rule).
        side = 0 if carried[0] > carried[1] else 1
        if carried[side] <= 0:
            continue  # nothing on one side of the pair (a zero singular value): left at zero
        scale = np.sqrt(s[j] * carried[side])
        (a, b), (na, nb) = sides[side], norms[side]
        w[:, j] = scale * a / na
        h[j] = scale * b / nb
    w[w < _FLOOR] = 0.0
    h[h < _FLOOR] = 0.0
    return w, h


def _coordinate_descent(
    x: sparse.csr_matrix, w: np.ndarray, h: np.ndarray, max_iter: int, tol: float
) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's _fit_coordinate_descent: W's columns, then H's rows, until converged."""
    xt = x.T.tocsr()
    w = np.array(w, order="F")  # columns contiguous, and the caller's arrays left as they were
    ht = np.array(h.T, order="F")
    first = 0.0
    for iteration in range(max_iter):
        violation = _update(x, w, ht) + _update(xt, ht, w)
        if iteration == 0:
            first = violation
        if first == 0 or violation / first <= tol:
            break
    return np.ascontiguousarray(w), np.ascontiguousarray(ht.T)


def _update(x: sparse.csr_matrix, w: np.ndarray, ht: np.ndarray) -> float:
    """One pass over W's columns in place (H's, called with x.T, H.T and W), each a Newton step
    clipped at zero; returns the sum of the projected gradient before the steps.

    scikit-learn's Cython loop goes element by element, but an element's step reads only its
    own row of W, so a whole column steps at once: the same arithmetic.
    """
    hht = ht.T @ ht
    xht = np.asarray(x @ ht)
    violation = 0.0
    for t in range(w.shape[1]):
        column = w[:, t]  # a view: the step below writes into w
        grad = w @ hht[t] - xht[:, t]
        projected = np.where(column == 0, np.minimum(grad, 0.0), grad)
        violation += float(np.abs(projected).sum())
        if hht[t, t] != 0:
            np.maximum(column - grad / hht[t, t], 0.0, out=column)
    return violation
