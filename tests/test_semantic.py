"""Sentence meaning: the packaged model loads offline; a model of the user's own can stand in."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np
import pytest

from summarise.compare.semantic import MODEL_ENV, default_embedder, load_embedder
from summarise.errors import SummariseError


def test_packaged_model_loads_with_the_network_unreachable(tmp_path):
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network unreachable (test)')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from summarise.compare.semantic import default_embedder\n"
        "v = default_embedder().embed(['At least 213 people were killed.', 'The death toll rose to 213.'])\n"
        "print(round(float(v[0] @ v[1]), 2))\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "0"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) > 0.3
    assert not list(tmp_path.iterdir()), "nothing is cached or written under HOME"


def test_paraphrases_are_closer_than_unrelated_sentences():
    v = default_embedder().embed(
        [
            "At least 213 people were killed.",
            "The death toll rose to 213.",
            "The council raised taxes.",
        ]
    )
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def _tiny_model(folder):
    """A model2vec-style folder: a word-level tokenizer and one safetensors matrix."""
    from safetensors.numpy import save_file
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[UNK]": 0, "killed": 1, "dead": 2, "taxes": 3, "council": 4}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    folder.mkdir()
    tokenizer.save(str(folder / "tokenizer.json"))
    matrix = np.zeros((5, 4), dtype=np.float32)
    matrix[1] = matrix[2] = [1, 0, 0, 0]
    matrix[3] = matrix[4] = [0, 1, 0, 0]
    save_file({"embeddings": matrix}, str(folder / "model.safetensors"))


def test_a_model_of_ones_own(tmp_path, monkeypatch):
    _tiny_model(tmp_path / "tiny")
    model = load_embedder(str(tmp_path / "tiny"))
    v = model.embed(["killed", "dead", "council taxes", ""])
    assert v[0] @ v[1] == pytest.approx(1.0)
    assert v[0] @ v[2] == pytest.approx(0.0)
    assert not v[3].any()
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "tiny"))
    assert default_embedder() is model


def test_a_folder_that_is_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(SummariseError, match=r"tokenizer\.json"):
        load_embedder(str(tmp_path))
    with pytest.raises(SummariseError, match="not a folder"):
        load_embedder(str(tmp_path / "missing"))


def test_no_socket_is_opened_in_process(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert default_embedder().embed(["India and the US met."]).shape == (1, 256)


@pytest.mark.parametrize("seed", [0, 1])
def test_token_sums_are_reduceats_bit_for_bit(seed):
    """The meaning vectors' sums add in numpy's order (np.add.reduceat, pairwise), so that
    faster summing changes no vector: every length up to and past _MAX_TOKENS, exact zeros."""
    from summarise.compare.semantic import _token_sums

    rng = np.random.default_rng(seed)
    matrix = rng.standard_normal((500, 16)).astype(np.float32)
    matrix[rng.random(matrix.shape) < 0.05] = 0.0
    lengths = np.concatenate([np.arange(1, 300), rng.integers(1, 300, 100)])
    rng.shuffle(lengths)
    flat = rng.integers(0, len(matrix), int(lengths.sum()))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    expected = np.add.reduceat(matrix[flat], starts, axis=0)
    found = _token_sums(matrix, flat, lengths)
    assert found.dtype == np.float32
    assert np.array_equal(found.view(np.uint32), expected.view(np.uint32))


def test_rows_for_no_text_and_repeated_texts():
    embedder = default_embedder()
    assert embedder.embed([]).shape == (0, embedder.dimension)
    rows = embedder.embed(["A quake hit.", "", "A quake hit."])
    assert rows.dtype == np.float32
    assert np.array_equal(rows[0], rows[2])
    assert not rows[1].any()


def test_words_spelt_alike_are_told_from_words_alike_in_meaning():
    """The static vectors put "taxi" 0.88 from "tax" and "Warren" 0.77 from "war" through the
    token they share; "homes" and "houses" share none and are close by meaning."""
    from summarise.compare.semantic import default_embedder

    embedder = default_embedder()
    assert embedder.spelt_alike("taxi", "tax")
    assert embedder.spelt_alike("warren", "war")
    assert not embedder.spelt_alike("homes", "houses")
    assert not embedder.spelt_alike("struck", "hit")
