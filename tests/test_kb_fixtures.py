"""Shared fixtures for the case-base tests: the real e5 encoder, and a fresh database per test on
each backend. PostgreSQL comes from JICAI_TEST_POSTGRES_URL (scripts/start-postgres.sh); without
it the PostgreSQL variants skip locally and fail in CI, where they must run."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

import knowledge_base as kb

PG_URL = os.environ.get("JICAI_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def encoder():
    from matcher.encoder import load_encoder

    return load_encoder(None)


class Backend:
    """Makes a fresh, empty database for one test and opens stores on it."""

    def __init__(self, name: str, tmp_path: Path, encoder):
        self.name, self.tmp_path, self.encoder = name, tmp_path, encoder
        self.url: str | None = None
        self._dbname = None
        self._stores: list[kb.CaseStore] = []
        if name == "postgresql":
            if not PG_URL:
                if os.environ.get("CI"):
                    pytest.fail("JICAI_TEST_POSTGRES_URL is not set in CI: run scripts/start-postgres.sh first")
                pytest.skip("PostgreSQL tests need JICAI_TEST_POSTGRES_URL (eval \"$(bash scripts/start-postgres.sh)\")")
            import psycopg

            self._dbname = f"jicai_t_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{self._dbname}"')
            self.url = PG_URL.split("?", 1)[0].rsplit("/", 1)[0] + "/" + self._dbname

    def open(self, *, seed: bool = False) -> kb.CaseStore:
        store = kb.open_store(self.url, self.tmp_path / "data", encoder=self.encoder, seed=seed)
        self._stores.append(store)
        return store

    def close(self) -> None:
        for store in self._stores:
            store.close()
        if self._dbname:
            import psycopg

            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self._dbname}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path, encoder):
    b = Backend(request.param, tmp_path, encoder)
    yield b
    b.close()


def sample_case(**overrides) -> dict:
    case = {
        "title": "某市医保局数据库一体机采购：原厂驻场费未写入合同",
        "date": "2024-05-06",
        "category": "hardware",
        "org_type": "government",
        "amount": 3200000,
        "summary": "一体机上线后原厂按人天另收驻场服务费，一年多付80万元。",
        "highlights": ["上线按期完成"],
        "lessons": ["合同未写明驻场服务的范围和费用", "验收后才发现运维需要原厂工程师"],
        "recommendations": ["招标时要求报出三年驻场服务费用并计入评标价"],
        "tags": ["驻场服务", "一体机", "TCO"],
    }
    case.update(overrides)
    return case
