"""The case store: validated writes in one transaction each, and a search index kept in step with it."""
from __future__ import annotations

import datetime as dt
import json
import re
import threading
import unicodedata
import uuid
from pathlib import Path
from typing import Callable

import numpy as np

from .db import Database, connect
from .index import Entry, FusionParams, HybridIndex, entry_from_row
from .models import (LIST_FIELDS, MAX_BATCH, Case, CaseError, CaseHit, SearchHits, first_problem, listed,
                     validate_case)
from .text import (
    TOKENIZER_VERSION,
    VECTOR_RECIPE,
    case_tokens,
    embedding_texts,
    query_tokens,
    tokenize,
)

_CASE_COLUMNS = ("id, external_id, source, title, date, category, org_type, amount, summary, "
                 "highlights, lessons, recommendations, tags, created_at")
_INDEX_COLUMNS = "id, tokens, embedding, year, category, org_type, tags, tokenizer, embedding_model"


def _row_to_case(row: tuple) -> Case:
    (cid, external_id, source, title, date, category, org_type, amount, summary,
     highlights, lessons, recommendations, tags, created_at) = row
    return Case(id=cid, title=title, date=date, category=category, org_type=org_type,
                amount=amount, summary=summary, highlights=json.loads(highlights),
                lessons=json.loads(lessons), recommendations=json.loads(recommendations),
                tags=json.loads(tags), external_id=external_id, source=source, created_at=created_at)


class CaseStore:
    """Cases in SQLite or PostgreSQL plus an in-memory hybrid index.

    Several processes may share one database: every search first checks the store's revision
    and replays other processes' changes into this process's index.
    """

    def __init__(self, db: Database, encoder=None, params: FusionParams | None = None):
        self.db = db
        db.migrate()
        self._encoder = encoder
        self._encoder_lock = threading.Lock()
        self._sync_lock = threading.Lock()
        self.index = HybridIndex(dim=self.encoder.dim, params=params)
        self._load_index()

    # ---- encoder -------------------------------------------------------------------------
    @property
    def encoder(self):
        with self._encoder_lock:
            if self._encoder is None:
                from matcher.encoder import load_encoder

                self._encoder = load_encoder(None)
            return self._encoder

    def _embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self.encoder.encode(texts), dtype=np.float32)
        if vectors.shape != (len(texts), self.index.dim):
            raise RuntimeError(f"encoder returned {vectors.shape}, expected ({len(texts)}, {self.index.dim})")
        return vectors

    def _case_vectors(self, cases: list[dict]) -> np.ndarray:
        """Mean of the title and body vectors (not unit length: its dot product is the mean cosine)."""
        vectors = self._embed([text for c in cases for text in embedding_texts(c)])
        return (vectors[0::2] + vectors[1::2]) / 2

    # ---- writes --------------------------------------------------------------------------
    def add(self, data: dict) -> Case:
        """Validates, embeds and stores one case; raises CaseError (invalid_case, duplicate_case)."""
        return self.add_many([data])[0]

    def add_many(self, items: list[dict], *, skip_existing: bool = False) -> list[Case]:
        """Stores all items in one transaction, or none of them.

        With `skip_existing`, items already stored are left out of the result instead of failing
        the whole batch (what makes a re-run import resume): by `external_id`, or for an item
        without one, by the same title, date and summary.
        """
        if not items:  # storing nothing must not look like success (the API's 201, the CLI's silence)
            raise CaseError("invalid_input", "没有案例：列表为空，未存储任何内容 / no case: the list is empty; nothing was stored",
                            {"count": 0})
        if len(items) > MAX_BATCH:
            raise CaseError("too_many_cases", f"一次最多 {MAX_BATCH:,} 个案例，请分批或用导入 / at most {MAX_BATCH:,} "
                            "cases at once: send them in parts, or import a file", {"count": len(items), "limit": MAX_BATCH})
        cases = _validate_all(items)
        self._check_duplicate_ids(cases)
        if skip_existing:  # do not embed what is already stored (checked again under the lock below)
            with self.db.transaction() as tx:
                cases = self._not_stored(tx, cases)
        vectors = self._case_vectors(cases) if cases else None
        tokens = [json.dumps(case_tokens(c), ensure_ascii=False) for c in cases]
        stored: list[Case] = []
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.db.transaction() as tx:
            revision = tx.bump_revision()  # first: it serialises writers, so the check below cannot race
            if skip_existing:
                fresh = {id(c) for c in self._not_stored(tx, cases)}
            else:
                existing = self._existing_external_ids(tx, [c["external_id"] for c in cases if c["external_id"]])
                if existing:
                    raise CaseError("duplicate_case", "已有相同 external_id 的案例 / a case with this external_id exists",
                                    {"external_ids": sorted(existing)})
                fresh = {id(c) for c in cases}
            for case, vector, case_tokens_json in zip(cases, vectors if vectors is not None else [], tokens):
                if id(case) not in fresh:
                    continue
                case_id = uuid.uuid4().hex
                tx.run(
                    f"INSERT INTO cases ({_CASE_COLUMNS}, year, tokens, tokenizer, embedding, embedding_model) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, case["external_id"], case["source"], case["title"], case["date"], case["category"],
                     case["org_type"], case["amount"], case["summary"],
                     *(json.dumps(case[f], ensure_ascii=False) for f in LIST_FIELDS), now,
                     int(case["date"][:4]), case_tokens_json, TOKENIZER_VERSION,
                     vector.tobytes(), self.vector_version()),
                )
                for tag in case["tags"]:
                    tx.run("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", (case_id, tag.casefold()))
                tx.run("INSERT INTO case_changes (revision, case_id, op) VALUES (?, ?, 'add')", (revision, case_id))
                stored.append(Case(id=case_id, created_at=now, **case))
        return stored

    @staticmethod
    def _check_duplicate_ids(cases: list[dict]) -> None:
        seen: set[str] = set()
        dupes = sorted({c["external_id"] for c in cases if c["external_id"] and
                        (c["external_id"] in seen or seen.add(c["external_id"]))})
        if dupes:
            raise CaseError("duplicate_case", "同一批里 external_id 重复 / external_id repeated in one batch",
                            {"external_ids": dupes})

    @classmethod
    def _not_stored(cls, tx, cases: list[dict]) -> list[dict]:
        """The cases not stored yet: by external_id, else by title, date, summary and lessons (a file
        without ids imported twice, or re-run after an interruption, must not double the base)."""
        known_ids = cls._existing_external_ids(tx, [c["external_id"] for c in cases if c["external_id"]])
        titles = sorted({c["title"] for c in cases if not c["external_id"]})
        known_texts: set[tuple] = set()
        for i in range(0, len(titles), 500):
            chunk = titles[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            known_texts |= {tuple(r) for r in tx.all(
                f"SELECT title, date, summary, lessons FROM cases WHERE title IN ({marks})", tuple(chunk))}

        def stored(c: dict) -> bool:
            if c["external_id"]:
                return c["external_id"] in known_ids
            return (c["title"], c["date"], c["summary"], json.dumps(c["lessons"], ensure_ascii=False)) in known_texts

        return [c for c in cases if not stored(c)]

    @staticmethod
    def _existing_external_ids(tx, external_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(external_ids), 500):
            chunk = external_ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            found |= {r[0] for r in tx.all(f"SELECT external_id FROM cases WHERE external_id IN ({marks})", tuple(chunk))}
        return found

    def delete(self, case_id: str) -> None:
        """Raises CaseError case_not_found when there is no such case."""
        with self.db.transaction() as tx:
            if not tx.all("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
                raise CaseError("case_not_found", "没有这个案例 / no such case", {"id": case_id})
            revision = tx.bump_revision()
            tx.run("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
            tx.run("DELETE FROM cases WHERE id = ?", (case_id,))
            tx.run("INSERT INTO case_changes (revision, case_id, op) VALUES (?, ?, 'delete')", (revision, case_id))

    # ---- reads ---------------------------------------------------------------------------
    def get(self, case_id: str) -> Case:
        rows = self.db.query(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise CaseError("case_not_found", "没有这个案例 / no such case", {"id": case_id})
        return _row_to_case(rows[0])

    @staticmethod
    def _where(category, year_from, year_to, tag, org_type) -> tuple[str, tuple]:
        _check_years(year_from, year_to)
        clauses, params = [], []
        if category:
            clauses.append("LOWER(category) = LOWER(?)")
            params.append(category)
        if org_type:
            clauses.append("LOWER(org_type) = LOWER(?)")
            params.append(org_type)
        if year_from is not None:
            clauses.append("year >= ?")
            params.append(int(year_from))
        if year_to is not None:
            clauses.append("year <= ?")
            params.append(int(year_to))
        if tag:
            clauses.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
            params.append(tag.casefold())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)

    def list(self, *, category: str | None = None, year_from: int | None = None, year_to: int | None = None,
             tag: str | None = None, org_type: str | None = None, limit: int = 100, offset: int = 0) -> list[Case]:
        """Newest first."""
        _check_paging(limit, offset)
        where, params = self._where(category, year_from, year_to, tag, org_type)
        rows = self.db.query(f"SELECT {_CASE_COLUMNS} FROM cases{where} ORDER BY date DESC, id LIMIT ? OFFSET ?",
                             params + (limit, offset))
        return [_row_to_case(r) for r in rows]

    def count(self, *, category: str | None = None, year_from: int | None = None, year_to: int | None = None,
              tag: str | None = None, org_type: str | None = None) -> int:
        where, params = self._where(category, year_from, year_to, tag, org_type)
        return int(self.db.query(f"SELECT COUNT(*) FROM cases{where}", params)[0][0])

    def search(self, q: str, k: int = 5, category: str | None = None, year_from: int | None = None,
               year_to: int | None = None, tag: str | None = None, org_type: str | None = None,
               *, mode: str = "hybrid", floor: float | None = None) -> SearchHits:
        """Best cases for a plain-language query (Chinese or English), scores 0–1, best first.

        Returns fewer than k hits, or none, when nothing clears the "no good match" floor and no case
        contains every word of the query. A query without a searchable word is refused (invalid_query).
        An English word no case and no lexicon term has is searched as the closest one that is
        (warrenty → warranty); the result's `corrections` says so.
        """
        if not isinstance(q, str) or not q.strip():
            raise CaseError("invalid_query", "请输入查询内容 / the query is empty", {"q": q})
        if len(q) > 5000:
            q = q[:5000]
        words = tokenize(q)
        if not words:  # meaning alone (e5 on "，。！？") ranks noise; an empty list would read as "no good match"
            raise CaseError("invalid_query", "查询中没有可检索的词（只有标点、单个字母或“的”“有没有”“案例”这类虚词），"
                            "请写出要找的内容，如“维保费” / the query has no searchable words (only punctuation, "
                            "single letters or words such as 'the', 'case', 'any'): say what to look for, "
                            "e.g. 'maintenance fees'", {"q": q, "reason": "no_searchable_words"})
        if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 100:
            raise CaseError("invalid_query", "k 应在 1–100 之间 / k must be between 1 and 100", {"k": k})
        _check_years(year_from, year_to)
        if mode not in ("hybrid", "bm25", "dense"):
            raise CaseError("invalid_query", "mode 应为 hybrid、bm25 或 dense / unknown mode", {"mode": mode})
        self.refresh()
        corrections = self.index.corrections(q)
        if corrections:  # the query is searched as corrected, by words and by meaning (in the NFKC form the words were read in)
            q = unicodedata.normalize("NFKC", q)
            typed = re.compile(r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])" % "|".join(map(re.escape, corrections)), re.I)
            q = typed.sub(lambda m: corrections[m.group(0).lower()], q)
            words = tokenize(q)
        vector = self._embed([q.strip()])[0]
        ranked = self.index.search(query_tokens(q), vector, k, words=words, category=category,
                                   year_from=year_from, year_to=year_to, tag=tag, org_type=org_type,
                                   mode=mode, floor=floor)
        cases = self._get_many([cid for cid, *_ in ranked]) if ranked else {}
        return SearchHits((CaseHit(case=cases[cid], score=score, bm25=lex, dense=den)
                           for cid, score, lex, den in ranked if cid in cases), corrections)

    def _get_many(self, ids: list[str]) -> dict[str, Case]:
        marks = ", ".join("?" * len(ids))
        rows = self.db.query(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id IN ({marks})", tuple(ids))
        return {r[0]: _row_to_case(r) for r in rows}

    # ---- index sync ----------------------------------------------------------------------
    def _load_index(self) -> None:
        """Builds the index from the store; re-derives tokens/vectors made by another tokenizer or model."""
        with self._sync_lock:
            revision = self._revision()  # read first: anything committed later is replayed by refresh()
            rows = self.db.query(f"SELECT {_INDEX_COLUMNS} FROM cases")
            entries = [self._entry(r) for r in self._rederive_stale(rows)]
            self.index.replace_all(entries, revision)

    def refresh(self) -> None:
        """Replays changes committed by any process since this index was last in step."""
        with self._sync_lock:
            revision = self._revision()
            if revision == self.index.revision:
                return
            changed = [r[0] for r in self.db.query(
                "SELECT DISTINCT case_id FROM case_changes WHERE revision > ?", (self.index.revision,))]
            for i in range(0, len(changed), 500):
                chunk = changed[i : i + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self.db.query(f"SELECT {_INDEX_COLUMNS} FROM cases WHERE id IN ({marks})", tuple(chunk))
                present = {r[0] for r in rows}
                for row in self._rederive_stale(rows):
                    self.index.put(self._entry(row))
                for cid in chunk:
                    if cid not in present:
                        self.index.remove(cid)
            self.index.revision = revision

    def _revision(self) -> int:
        return int(self.db.query("SELECT revision FROM kb_revision WHERE id = 1")[0][0])

    @staticmethod
    def _entry(row: tuple) -> Entry:
        cid, tokens, embedding, year, category, org_type, tags = row[:7]
        return entry_from_row(cid, tokens, embedding, year, category, org_type, tags)

    def _rederive_stale(self, rows: list[tuple]) -> list[tuple]:
        """Re-segments rows made by another tokenizer and re-embeds rows made by another model or
        recipe (each only where needed: re-embedding is the slow part), and stores the result."""
        version = self.vector_version() if rows else ""
        stale = [r for r in rows if r[7] != TOKENIZER_VERSION or r[8] != version]
        if not stale:
            return rows
        fresh: dict[str, tuple[str, bytes]] = {}
        for i in range(0, len(stale), 256):
            chunk = stale[i : i + 256]
            cases = self._get_many([r[0] for r in chunk])
            chunk = [r for r in chunk if r[0] in cases]
            re_embed = [r[0] for r in chunk if r[8] != version]
            vectors = dict(zip(re_embed, self._case_vectors([cases[c].to_dict() for c in re_embed]))) if re_embed else {}
            with self.db.transaction() as tx:
                for row in chunk:
                    cid = row[0]
                    tokens = (json.dumps(case_tokens(cases[cid].to_dict()), ensure_ascii=False)
                              if row[7] != TOKENIZER_VERSION else row[1])
                    vector = vectors[cid].tobytes() if cid in vectors else bytes(row[2])
                    tx.run("UPDATE cases SET tokens = ?, tokenizer = ?, embedding = ?, embedding_model = ? WHERE id = ?",
                           (tokens, TOKENIZER_VERSION, vector, version, cid))
                    fresh[cid] = tokens, vector
        return [r if r[0] not in fresh else (r[0], *fresh[r[0]], *r[3:]) for r in rows]

    def vector_version(self) -> str:
        """Model and recipe that made a stored vector; a row with another one is re-embedded on load."""
        return f"{self.encoder.name}:{VECTOR_RECIPE}"

    # ---- seed and import -----------------------------------------------------------------
    def ensure_seeded(self) -> int:
        """Loads the bundled cases on a new store (once: deleted seed cases stay deleted). Returns how many."""
        from .seed import load_seed_cases

        if self.db.query("SELECT value FROM kb_meta WHERE key = 'seeded'"):
            return 0
        stored = self.add_many(load_seed_cases(), skip_existing=True)  # two instances starting at once: one wins
        with self.db.transaction() as tx:
            tx.run("INSERT INTO kb_meta (key, value) VALUES ('seeded', ?) ON CONFLICT (key) DO NOTHING",
                   (dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),))
        return len(stored)

    def import_file(self, path: str | Path, mapping: dict[str, str] | None = None, *,
                    defaults: dict[str, str] | None = None, skip_invalid: bool = False, batch_size: int = 64,
                    on_batch: Callable[["ImportReport"], None] | None = None):
        from .importer import import_file

        return import_file(self, Path(path), mapping or {}, defaults=defaults or {}, skip_invalid=skip_invalid,
                           batch_size=batch_size, on_batch=on_batch)

    def close(self) -> None:
        self.db.close()


def _validate_all(items: list) -> list[dict]:
    """Every item checked; the error of a batch lists the problems of every bad case with its index."""
    if len(items) == 1:
        return [validate_case(items[0])]
    cases, problems = [], []
    for index, item in enumerate(items):
        try:
            cases.append(validate_case(item))
        except CaseError as err:
            found = err.details.get("problems") or [{"field": "(case)", "problem": err.message}]
            problems += [{"index": index, **p} for p in found]
    if problems:
        bad = sorted({p["index"] for p in problems})
        raise CaseError("invalid_case", f"{len(bad)} 个案例不合格（序号 {listed(bad)}），未存储任何案例 / {len(bad)} of "
                        f"{len(items)} cases are not valid (index {listed(bad)}); nothing was stored; "
                        f"first: {first_problem(problems)}", {"problems": problems, "invalid_count": len(bad)})
    return cases


def _check_years(year_from: int | None, year_to: int | None) -> None:
    for name, year in (("year_from", year_from), ("year_to", year_to)):
        if year is not None and not 1 <= year <= 9999:
            raise CaseError("invalid_query", f"{name} 应为 1–9999 的年份 / {name} must be a year from 1 to 9999",
                            {name: year})
    if year_from is not None and year_to is not None and year_from > year_to:
        raise CaseError("invalid_query", "起始年份大于截止年份 / year_from is after year_to",
                        {"year_from": year_from, "year_to": year_to})


def _check_paging(limit: int, offset: int) -> None:
    """The offset is a 64-bit SQL integer."""
    if not (isinstance(limit, int) and 1 <= limit <= 1000 and isinstance(offset, int) and 0 <= offset < 2**63):
        raise CaseError("invalid_query", "limit 应在 1–1000，offset ≥ 0 / limit must be 1–1000 and offset ≥ 0",
                        {"limit": limit, "offset": offset})


def open_store(database_url: str | None, data_dir: Path | str, *, encoder=None, seed: bool = True,
               params: FusionParams | None = None) -> CaseStore:
    """SQLite at data_dir/cases.sqlite3, or PostgreSQL for a postgresql:// URL; seeded on first open."""
    store = CaseStore(connect(database_url, Path(data_dir)), encoder=encoder, params=params)
    if seed:
        store.ensure_seeded()
    return store

