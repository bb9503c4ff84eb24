"""Where the service keeps its state and who may write: flags, then environment, then defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_data_dir() -> Path:
    if os.environ.get("JICAI_DATA_DIR"):
        return Path(os.environ["JICAI_DATA_DIR"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "jicai"


@dataclass
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    api_key: str | None = field(default_factory=lambda: os.environ.get("JICAI_API_KEY") or None)
    closed: bool = False  # reads need the key too
    database_url: str | None = field(default_factory=lambda: os.environ.get("JICAI_DATABASE_URL") or None)
    embedding_model: str | None = field(default_factory=lambda: os.environ.get("JICAI_EMBEDDING_MODEL") or None)

    @property
    def packs_dir(self) -> Path:
        return self.data_dir / "packs"

    @property
    def decision_log_path(self) -> Path:
        return self.data_dir / "decisions.sqlite3"
