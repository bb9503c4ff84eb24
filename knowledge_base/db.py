"""SQLite (default, one file in the data directory) or PostgreSQL (several service instances).

Both speak the same SQL written with `?` placeholders; only the schema types and the
connection setup differ. Every write runs in one transaction that also bumps a revision
counter and logs the change, so each process can bring its search index up to date with
writes made by any other process (a CLI import while the server runs, or another instance).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

# Column types the two dialects spell differently; a migration names them as {real}, {blob}, {bigint}.
COLUMN_TYPES = {
    "sqlite": {"real": "REAL", "blob": "BLOB", "bigint": "INTEGER"},
    "postgresql": {"real": "DOUBLE PRECISION", "blob": "BYTEA", "bigint": "BIGINT"},
}
# (version, DDL). Append only: a released migration is never edited (version 1 renders, for each
# dialect, exactly the text it was released with).
MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            external_id TEXT UNIQUE,
            source TEXT,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            year INTEGER NOT NULL,
            category TEXT NOT NULL,
            org_type TEXT,
            amount {real},
            summary TEXT NOT NULL,
            highlights TEXT NOT NULL,
            lessons TEXT NOT NULL,
            recommendations TEXT NOT NULL,
            tags TEXT NOT NULL,
            created_at TEXT NOT NULL,
            tokens TEXT NOT NULL,
            tokenizer TEXT NOT NULL,
            embedding {blob} NOT NULL,
            embedding_model TEXT NOT NULL
        );
        CREATE INDEX cases_category_year ON cases (category, year);
        CREATE TABLE case_tags (
            case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (case_id, tag)
        );
        CREATE INDEX case_tags_tag ON case_tags (tag);
        CREATE TABLE kb_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision {bigint} NOT NULL);
        INSERT INTO kb_revision VALUES (1, 0);
        CREATE TABLE case_changes (revision {bigint} NOT NULL, case_id TEXT NOT NULL, op TEXT NOT NULL);
        CREATE INDEX case_changes_revision ON case_changes (revision);
        CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    ),
]


class Database:
    """One connection guarded by a lock; the search path only reads the revision through it."""

    dialect: str

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._conn: Any = None

    def _execute(self, cur: Any, sql: str, params: tuple = ()) -> Any:
        raise NotImplementedError

    def _script(self, cur: Any, sql: str) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                self._execute(cur, statement)

    @contextmanager
    def transaction(self) -> Iterator["Tx"]:
        """All or nothing: on any exception the whole write is rolled back."""
        with self._lock:
            self._ensure_connected()
            cur = self._conn.cursor()
            try:
                self._begin(cur)
                yield Tx(self, cur)
                self._conn.commit()
            except BaseException as exc:
                if not self._connection_lost():
                    self._conn.rollback()
                elif isinstance(exc, Exception):  # the server went away mid-request: say so, not a 500
                    raise self._unavailable(exc) from exc
                raise
            finally:
                if not self._connection_lost():
                    cur.close()

    def _begin(self, cur: Any) -> None:
        pass

    def _ensure_connected(self) -> None:
        pass

    def _connection_lost(self) -> bool:
        return False

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.transaction() as tx:
            return tx.all(sql, params)

    def migrate(self) -> int:
        with self.transaction() as tx:
            self._lock_schema(tx)
            tx.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
            done = {row[0] for row in tx.all("SELECT version FROM schema_migrations")}
            known = max(v for v, _ in MIGRATIONS)
            if done and max(done) > known:  # a newer Jicai's schema: this one would read it wrongly or write it half
                from .models import CaseError

                raise CaseError("schema_too_new", f"案例库由更新版本的 Jicai 创建（数据结构版本 {max(done)}，本版本只认识到 {known}）："
                                f"请升级 Jicai，或改用与本版本相配的备份 / the case base was made by a newer Jicai (schema version "
                                f"{max(done)}; this one knows up to {known}): upgrade Jicai, or use a backup made with this version",
                                {"database": self.describe(), "schema_version": max(done), "known": known}, status=503)
            for version, ddl in MIGRATIONS:
                if version not in done:
                    self._script(tx.cur, ddl.format(**COLUMN_TYPES[self.dialect]))
                    tx.run("INSERT INTO schema_migrations VALUES (?, ?)",
                           (version, dt.datetime.now(dt.timezone.utc).isoformat()))
            return known

    def _lock_schema(self, tx: "Tx") -> None:
        pass

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class Tx:
    def __init__(self, db: Database, cur: Any):
        self.db, self.cur = db, cur

    def run(self, sql: str, params: tuple = ()) -> int:
        self.db._execute(self.cur, sql, params)
        return self.cur.rowcount

    def all(self, sql: str, params: tuple = ()) -> list[tuple]:
        self.db._execute(self.cur, sql, params)
        return [tuple(r) for r in self.cur.fetchall()]

    def bump_revision(self) -> int:
        """Takes the revision row lock until commit, so revisions are committed in order."""
        self.run("UPDATE kb_revision SET revision = revision + 1 WHERE id = 1")
        return int(self.all("SELECT revision FROM kb_revision WHERE id = 1")[0][0])


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path):
        super().__init__()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoint, never corrupt
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=30000")

    def _begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")  # take the write lock up front: no upgrade deadlocks between processes

    def _execute(self, cur: Any, sql: str, params: tuple = ()) -> Any:
        return cur.execute(sql, params)

    def describe(self) -> str:
        return f"sqlite:{self.path}"


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self._check_url()
        self._connect()

    def _check_url(self) -> None:
        """An option libpq does not know (`?foo=bar`) is one line naming the setting, not psycopg's traceback."""
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        from .models import CaseError

        try:
            conninfo_to_dict(self.url)
        except psycopg.ProgrammingError as exc:
            reason = str(exc).splitlines()[0]
            password = urlsplit(self.url).password
            if password:  # a badly %-encoded password is quoted in libpq's reason
                reason = reason.replace(password, "***")
            raise CaseError("bad_database_url", f"数据库地址无法解析 / the database URL (--database-url, $JICAI_DATABASE_URL) "
                            f"cannot be read: {reason}", {"reason": reason}) from None

    def _connect(self) -> None:
        import psycopg

        try:
            self._conn = psycopg.connect(self.url, autocommit=False, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise self._unavailable(exc) from exc

    def _unavailable(self, exc: Exception) -> Exception:
        """The operator reads only the message (the CLI prints no dict details): it names the server and why."""
        from .models import CaseError

        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return CaseError("database_unavailable", f"无法连接 PostgreSQL / cannot connect to PostgreSQL "
                         f"{self.describe()}: {reason}", {"database": self.describe(), "reason": reason})

    def _connection_lost(self) -> bool:
        return self._conn is None or self._conn.broken or self._conn.closed

    def _ensure_connected(self) -> None:
        """A server restart or failover breaks the connection; the next transaction opens a new one."""
        if self._conn is not None and (self._conn.broken or self._conn.closed):
            try:
                self._conn.close()
            finally:
                self._connect()

    def _execute(self, cur: Any, sql: str, params: tuple = ()) -> Any:
        return cur.execute(sql.replace("?", "%s"), params or None)

    def _lock_schema(self, tx: Tx) -> None:
        tx.run("SELECT pg_advisory_xact_lock(744203)")  # two instances starting together migrate once

    def describe(self) -> str:
        from psycopg.conninfo import conninfo_to_dict

        info = conninfo_to_dict(self.url)
        return f"postgresql://{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"


def connect(database_url: str | None, data_dir: Path) -> Database:
    if database_url is None or database_url == "":
        return SQLiteDatabase(Path(data_dir) / "cases.sqlite3")
    if database_url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(database_url)
    if database_url.startswith("sqlite:///"):
        return SQLiteDatabase(Path(database_url[len("sqlite:///"):]))
    from .models import CaseError

    raise CaseError("bad_database_url", "数据库地址应为 postgresql://… 或 sqlite:///… / "
                    "database URL must start with postgresql:// or sqlite:///", {"database_url": database_url.split("@")[-1]})
