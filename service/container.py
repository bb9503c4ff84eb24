"""The libraries, opened once per process on the settings' data directory.

The embedding model and the case store load lazily (the first request that needs them, or the
warm-up `jicai serve` starts), so supplier decisions and the CLI never wait for a model.
"""
from __future__ import annotations

import threading
from functools import cached_property

from rules.decision_log import DecisionLog
from rules.registry import PackRegistry
from rules.runtime import Decider
from service.settings import Settings


class Services:
    def __init__(self, settings: Settings):
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.registry = PackRegistry(settings.packs_dir)
        self.decision_log = DecisionLog(settings.decision_log_path)
        self.decider = Decider(self.registry, self.decision_log)
        self._lock = threading.Lock()
        self._encoder = None
        self._cases = None

    @cached_property
    def embedding_model_name(self) -> str:
        from matcher.encoder import DEFAULT_MODEL

        return self.settings.embedding_model or DEFAULT_MODEL

    @property
    def encoder(self):
        """One encoder (and embedding cache) for bundling and case search."""
        with self._lock:
            if self._encoder is None:
                from matcher.encoder import load_encoder

                self._encoder = load_encoder(self.settings.embedding_model)
            return self._encoder

    @property
    def cases(self):
        """The lessons-learned base: SQLite in the data directory, or the configured PostgreSQL."""
        encoder = self.encoder
        with self._lock:
            if self._cases is None:
                from knowledge_base import open_store

                self._cases = open_store(self.settings.database_url, self.settings.data_dir, encoder=encoder)
            return self._cases

    def warm_up(self) -> None:
        """Loads the model and opens (first time: seeds) the case base, so that a wrong model or an
        unreachable database stops `jicai serve` at once instead of failing the first request."""
        self.cases

    def close(self) -> None:
        self.decision_log.close()
        if self._cases is not None:
            self._cases.close()
