"""The libraries, opened once per process on the settings' data directory."""
from __future__ import annotations

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

    @cached_property
    def embedding_model_name(self) -> str:
        from matcher.encoder import DEFAULT_MODEL

        return self.settings.embedding_model or DEFAULT_MODEL

    def close(self) -> None:
        self.decision_log.close()
