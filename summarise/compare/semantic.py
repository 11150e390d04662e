"""Sentence meaning as vectors: static word embeddings, mean-pooled and normalised.

The default model is WordLlama's ``l2_supercat`` 256-d token embeddings (MIT licence, by Lee
Miller), whose weights and tokenizer ship inside the ``wordllama`` wheel on PyPI. They are read
from the installed package's files with ``tokenizers`` and ``safetensors``: WordLlama's own
``load()`` looks for its tokenizer elsewhere and then tries to download it, which this tool
never does. Any folder holding a ``tokenizer.json`` and one ``.safetensors`` file with a single
2-D matrix (a model2vec model, for one) can stand in for it: ``SUMMARISE_MODEL=/path/to/model``
or ``CompareOptions(model=...)``.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import SummariseError

__all__ = ["MODEL_ENV", "StaticEmbedder", "default_embedder", "load_embedder"]

MODEL_ENV = "SUMMARISE_MODEL"
_WORDLLAMA = ("tokenizers/l2_supercat_tokenizer_config.json", "weights/l2_supercat_256.safetensors")
_REMEMBERED = 500_000  # texts whose rows are kept (at most about 0.5 GB)
_MAX_TOKENS = 256  # a sentence's meaning is in its first 256 tokens; caps time on pathological text
_CHUNK = 2048  # texts whose token rows are gathered at once
_PAIRWISE_BLOCK = 128  # numpy's PW_BLOCKSIZE: the longest run its pairwise sum adds in lanes


class StaticEmbedder:
    """Token embeddings averaged over a text: one L2-normalised row per text."""

    def __init__(self, matrix: np.ndarray, tokenizer: object, name: str) -> None:
        if matrix.ndim != 2 or matrix.shape[0] == 0:
            raise SummariseError(f"model {name}: expected one 2-D embedding matrix")
        self.matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        self.tokenizer = tokenizer
        self.name = name
        self._known: dict[str, np.ndarray] = {}  # text -> its row: stories embed each sentence once
        self._expected: Any = None  # rows being made elsewhere (expect())
        self._spelt: dict[str, frozenset[int]] = {}  # word -> its token ids (spelt_alike)

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[1])

    def expect(self, pending: Any) -> None:
        """Rows being made elsewhere: ``pending.result()`` gives rows_of(...), the texts and
        their rows, taken in when embed() is next called. ``pending`` None: none expected."""
        self._expected = pending

    def embed(self, texts: list[str]) -> np.ndarray:
        """Rows of unit length (a text with no known token gives a zero row). Rows already
        made are remembered (up to _REMEMBERED texts), so a text is embedded once per run."""
        if self._expected is not None:
            pending, self._expected = self._expected, None
            made, rows = pending.result()
            if len(self._known) + len(made) > _REMEMBERED:
                self._known.clear()
            self._known.update(zip(made, rows, strict=True))
        new = list(dict.fromkeys(t for t in texts if t not in self._known))
        if new:
            if len(self._known) + len(new) > _REMEMBERED:
                self._known.clear()
            self._known.update(zip(new, self._embed(new), strict=True))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.array([self._known[text] for text in texts], dtype=np.float32)

    def rows_of(self, texts: list[str]) -> tuple[list[str], np.ndarray]:
        """The distinct texts, in the order they first come, and their rows as embed() makes
        them (each row depends on its text alone), for expect() in another process: one
        array, which passes between processes at the speed of a copy (a dict of 40,000
        rows took 0.7 s to pickle and unpickle at 1,000 articles)."""
        texts = list(dict.fromkeys(texts))
        return texts, self._embed(texts)

    def spelt_alike(self, first: str, second: str) -> bool:
        """Whether two words share a token: then they are close in these vectors by their
        spelling as much as by their meaning ("taxi" 0.88 from "tax", "coalition" 0.95 from
        "coal", "Tina" 0.68 from "China", "war" 0.77 from "Warren"), and their closeness
        says nothing of what they mean. Callers let a word of the same stem through."""
        return bool(self._pieces(first) & self._pieces(second))

    def _pieces(self, word: str) -> frozenset[int]:
        found = self._spelt.get(word)
        if found is None:
            text = word.encode("utf-8", "replace").decode("utf-8")
            found = frozenset(self.tokenizer.encode(text, add_special_tokens=False).ids)  # type: ignore[attr-defined]
            if len(self._spelt) > _REMEMBERED:
                self._spelt.clear()
            self._spelt[word] = found
        return found

    def _embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        # The tokenizer takes valid UTF-8 only: a lone surrogate (from a broken source) becomes "?".
        texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
        # encode_batch_fast (tokenizers 0.20 on) gives the same ids without the character
        # offsets, which are not used: 0.86 s against 1.3 s for 1,000 articles' 40,000 texts.
        encode = getattr(self.tokenizer, "encode_batch_fast", None) or self.tokenizer.encode_batch  # type: ignore[attr-defined]
        encodings = encode(texts, add_special_tokens=False)
        ids = [np.asarray(e.ids[:_MAX_TOKENS], dtype=np.int64) for e in encodings]
        # Texts a chunk at a time: the gathered token rows stay small (each text's sum is the same).
        for lo in range(0, len(ids), _CHUNK):
            part = ids[lo : lo + _CHUNK]
            lengths = np.array([len(x) for x in part])
            nonempty = lengths > 0
            if nonempty.any():
                flat = np.clip(np.concatenate([x for x in part if len(x)]), 0, len(self.matrix) - 1)
                sums = _token_sums(self.matrix, flat, lengths[nonempty])
                out[lo : lo + len(part)][nonempty] = sums / lengths[nonempty, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def _token_sums(matrix: np.ndarray, flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Per text, the sum of its tokens' rows of ``matrix`` (``flat``: the texts' token ids one
    text after another; ``lengths``: each text's count, none 0): the float32 sums of
    ``np.add.reduceat(matrix[flat], starts, axis=0)``, bit for bit, without its loop over
    every column of every text. reduceat starts each sum at the text's first row and adds
    the pairwise sum (see _pairwise) of the others; texts of one length share that order,
    so they are summed together."""
    out = np.empty((len(lengths), matrix.shape[1]), dtype=np.float32)
    ids = np.zeros((len(lengths), int(lengths.max())), dtype=np.int64)
    ids[np.arange(ids.shape[1]) < lengths[:, None]] = flat
    for length in np.unique(lengths).tolist():
        texts = np.flatnonzero(lengths == length)
        rows = matrix[ids[texts, :length]]  # texts x tokens x dimension
        out[texts] = rows[:, 0] if length == 1 else rows[:, 0] + _pairwise(rows[:, 1:])
    return out


def _pairwise(rows: np.ndarray) -> np.ndarray:
    """numpy's pairwise summation (what its add reductions use) over axis 1 of a texts x
    tokens x dimension array: in order below 8 terms; up to 128, eight running sums
    combined as a tree, then the rest in order; beyond, each half so, then added."""
    n = rows.shape[1]
    if n < 8:
        total = np.zeros((rows.shape[0], rows.shape[2]), dtype=rows.dtype)
        for k in range(n):
            total += rows[:, k]
        return total
    if n <= _PAIRWISE_BLOCK:
        whole = n - n % 8
        lanes = rows[:, :8].copy()
        for k in range(8, whole, 8):
            lanes += rows[:, k : k + 8]
        total = ((lanes[:, 0] + lanes[:, 1]) + (lanes[:, 2] + lanes[:, 3])) + (
            (lanes[:, 4] + lanes[:, 5]) + (lanes[:, 6] + lanes[:, 7])
        )
        for k in range(whole, n):
            total += rows[:, k]
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(rows[:, :half]) + _pairwise(rows[:, half:])


def _from_files(tokenizer_path: Path, weights_path: Path, name: str) -> StaticEmbedder:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tensors = load_file(str(weights_path))
    except Exception as exc:  # the libraries raise their own exception types for bad files
        raise SummariseError(f"model {name}: cannot load ({exc})") from None
    matrices = [t for t in tensors.values() if getattr(t, "ndim", 0) == 2]
    if len(matrices) != 1:
        raise SummariseError(f"model {name}: expected one 2-D matrix in {weights_path.name}")
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return StaticEmbedder(matrices[0], tokenizer, name)


@functools.cache
def load_embedder(path: str) -> StaticEmbedder:
    """A static embedding model from a folder: ``tokenizer.json`` and one ``.safetensors``."""
    folder = Path(path)
    if not folder.is_dir():
        raise SummariseError(f"model {path}: not a folder")
    tokenizer = folder / "tokenizer.json"
    weights = sorted(folder.glob("*.safetensors"))
    if not tokenizer.is_file() or len(weights) != 1:
        raise SummariseError(
            f"model {path}: expected tokenizer.json and one .safetensors file (a model2vec folder)"
        )
    return _from_files(tokenizer, weights[0], str(folder))


@functools.cache
def _packaged() -> StaticEmbedder:
    # Found without importing wordllama: its __init__ loads pydantic and sets up logging.
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise SummariseError("the wordllama package (the default model's weights) is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    tokenizer, weights = (root / p for p in _WORDLLAMA)
    return _from_files(tokenizer, weights, "wordllama l2_supercat 256-d")


def default_embedder(path: str | None = None) -> StaticEmbedder:
    """The model named by ``path``, else by $SUMMARISE_MODEL, else the packaged WordLlama."""
    chosen = path or os.environ.get(MODEL_ENV)
    return load_embedder(chosen) if chosen else _packaged()
