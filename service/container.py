"""The libraries, opened once per process on the settings' data directory.

The embedding model and the case store load lazily (the first request that needs them, or the
warm-up `jicai serve` starts), so supplier decisions and the CLI never wait for a model.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from problems import Problem
from rules.decision_log import DecisionLog
from rules.registry import PackRegistry
from rules.runtime import Decider
from service.settings import Settings


@contextmanager
def _usable(data_dir: Path):
    """A data directory that cannot be created or written (a file in its path, no permission, a folder
    where a database belongs) stops `jicai serve` and every command with one line naming it."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        raise Problem("data_dir_unusable", f"无法使用数据目录 / cannot use the data directory {data_dir}: {exc}",
                      {"data_dir": str(data_dir), "reason": str(exc)}, status=503) from exc


class Services:
    def __init__(self, settings: Settings):
        self.settings = settings
        with _usable(settings.data_dir):
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

                with _usable(self.settings.data_dir):
                    self._cases = open_store(self.settings.database_url, self.settings.data_dir, encoder=encoder)
            return self._cases

    def warm_up(self) -> None:
        """Loads the model, the operator's item list ($JICAI_PROCUREMENT_ITEMS) and opens (first time:
        seeds) the case base, so that a wrong model, a broken item list or an unreachable database stops
        `jicai serve` at once instead of failing the first request."""
        from matcher.catalog import default_matcher

        default_matcher()
        self.cases

    def case_base_status(self) -> dict | None:
        """For /health: the kind of database that holds the case base (not its path, host or user: /health answers anyone)
        and how many cases;
        one that is open but cannot be reached raises database_unavailable. None when it is not open yet
        (no warm-up, e.g. the CLI): opening it here would load the model."""
        if self._cases is None:
            return None
        return {"database": self._cases.db.dialect, "cases": self._cases.count()}

    def close(self) -> None:
        self.decision_log.close()
        if self._cases is not None:
            self._cases.close()
