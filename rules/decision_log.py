"""Every decision, stored with its input, output and the pack version that made it (for audit and replay)."""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

from rules.errors import NotFound
from rules.pack import Pack

SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    decision_id  TEXT PRIMARY KEY,
    pack         TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    evaluated_at TEXT NOT NULL,
    input        TEXT NOT NULL,
    output       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_pack ON decisions (pack, evaluated_at);
CREATE TABLE IF NOT EXISTS pack_versions (
    pack       TEXT NOT NULL,
    version    TEXT NOT NULL,
    source     TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (pack, version)
);
"""


class DecisionLog:
    """One SQLite connection in WAL mode with synchronous=NORMAL: `record` returns once its
    transaction has committed, so a decision the caller acknowledges survives the process being
    killed; an OS crash or power loss may roll back the last commits before a checkpoint (FULL would
    fsync every commit — docs/performance.md has the measured cost)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        # a CLI run logging into the file a server writes waits for it as the case base does (30 s), not Python's 5 s
        self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._stored_versions: set[tuple[str, str]] = set()  # committed to pack_versions (rows are never deleted)

    def record(self, pack: Pack, entries: list[tuple[dict, dict]]) -> None:
        """Store (input, output) pairs of one pack version in one transaction: all or none."""
        rows = [(out["decision_id"], pack.name, pack.version, out["evaluated_at"],
                 json.dumps(inp, ensure_ascii=False), json.dumps(out, ensure_ascii=False)) for inp, out in entries]
        version = (pack.name, pack.version)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if version not in self._stored_versions:
                    self._db.execute("INSERT OR IGNORE INTO pack_versions VALUES (?, ?, ?, ?)",
                                     (pack.name, pack.version, pack.source, pack.text))
                self._db.executemany("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?)", rows)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._stored_versions.add(version)

    def get(self, decision_id: str) -> dict:
        with self._lock:
            row = self._db.execute("SELECT decision_id, pack, pack_version, evaluated_at, input, output "
                                   "FROM decisions WHERE decision_id = ?", (decision_id,)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {decision_id!r} 的决策记录 / no decision with id {decision_id!r}")
        return _row(row)

    def of_pack(self, pack: str) -> Iterator[dict]:
        with self._lock:
            rows = self._db.execute("SELECT decision_id, pack, pack_version, evaluated_at, input, output "
                                    "FROM decisions WHERE pack = ? ORDER BY evaluated_at, decision_id",
                                    (pack,)).fetchall()
        return map(_row, rows)

    def pack_version(self, pack: str, version: str) -> dict:
        """The text of a pack version that made a logged decision: {pack, version, source, text}."""
        with self._lock:
            row = self._db.execute("SELECT source, text FROM pack_versions WHERE pack = ? AND version = ?",
                                   (pack, version)).fetchone()
        if row is None:
            raise NotFound(f"规则包 {pack} 没有版本 {version} 的记录（只保存做过决策的版本和现行版本）/ no version {version!r} of "
                           f"pack {pack!r} is kept here (kept: every version that made a decision, and the packs in force)",
                           {"pack": pack, "version": version})
        return {"pack": pack, "version": version, "source": row[0], "text": row[1]}

    def close(self) -> None:
        self._db.close()


def _row(row) -> dict:
    return {"decision_id": row[0], "pack": row[1], "pack_version": row[2], "evaluated_at": row[3],
            "input": json.loads(row[4]), "output": json.loads(row[5])}
