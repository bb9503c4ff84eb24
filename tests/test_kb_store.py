"""Case store on SQLite and PostgreSQL: validation, atomic writes, migrations, seed, several instances."""
from __future__ import annotations

import json

import pytest

import knowledge_base as kb
import knowledge_base.db as db_module
from test_kb_fixtures import backend, encoder, sample_case  # noqa: F401  (fixtures)


def test_add_then_get_round_trips_a_chinese_case(backend):
    store = backend.open()
    stored = store.add(sample_case(tags=["驻场服务", "TCO", "tco"], lessons="合同未写明驻场费用；验收后才发现"))
    got = store.get(stored.id)
    assert got == stored
    assert got.title == "某市医保局数据库一体机采购：原厂驻场费未写入合同"
    assert got.tags == ["驻场服务", "tco"]                     # duplicates dropped, ASCII tags lower-cased
    assert got.lessons == ["合同未写明驻场费用", "验收后才发现"]  # a text list splits on ；
    assert got.amount == 3200000.0 and got.year == 2024


@pytest.mark.parametrize("body, field", [
    ({"title": ""}, "title"),
    ({"date": "2024/13/01"}, "date"),
    ({"date": None}, "date"),
    ({"category": "  "}, "category"),
    ({"amount": -5}, "amount"),
    ({"amount": "一百万"}, "amount"),
    ({"tags": {"a": 1}}, "tags"),
    ({"budget_owner": "x"}, "budget_owner"),
    ({"summary": "", "lessons": [], "highlights": []}, "summary"),
])
def test_invalid_case_is_refused_with_the_field_named_and_nothing_stored(backend, body, field):
    store = backend.open()
    with pytest.raises(kb.CaseError) as err:
        store.add(sample_case(**body))
    assert err.value.code == "invalid_case"
    assert any(field in p["field"] for p in err.value.details["problems"])
    assert store.count() == 0


def test_a_batch_with_one_bad_case_stores_none(backend):
    store = backend.open()
    with pytest.raises(kb.CaseError):
        store.add_many([sample_case(external_id="a"), sample_case(external_id="b", date="not a date")])
    assert store.count() == 0


def test_a_batch_names_every_bad_case_by_its_position(backend):
    store = backend.open()
    with pytest.raises(kb.CaseError) as err:
        store.add_many([sample_case(external_id="a"), sample_case(external_id="b", date="明年"),
                        sample_case(external_id="c", title="", amount=-1)])
    assert err.value.code == "invalid_case"
    assert [(p["index"], p["field"]) for p in err.value.details["problems"]] == [(1, "date"), (2, "title"), (2, "amount")]
    assert "1, 2" in err.value.message and "date" in err.value.message
    assert store.count() == 0


def test_the_message_of_a_bad_case_names_its_field(backend):
    store = backend.open()
    with pytest.raises(kb.CaseError) as err:  # the CLI prints the message only
        store.add(sample_case(date="2024/13/01"))
    assert "date" in err.value.message and "2024/13/01" in err.value.message


@pytest.mark.parametrize("filters", [{"year_from": 10**20}, {"year_to": -5}, {"year_from": 2025, "year_to": 2020}])
def test_a_year_filter_out_of_range_is_an_invalid_query(backend, filters):
    store = backend.open()
    for call in (store.list, store.count, lambda **f: store.search("维保", **f)):
        with pytest.raises(kb.CaseError) as err:
            call(**filters)
        assert err.value.code == "invalid_query"


def test_nul_characters_are_dropped_so_both_databases_store_the_case(backend):
    # PostgreSQL text cannot hold NUL (a paste from a PDF can carry one); SQLite would store it
    store = backend.open()
    stored = store.add(sample_case(title="原厂驻场费\x00未写入合同", summary="多付\x0080万元", lessons=["教训\x00一"],
                                   tags=["tco\x00"], external_id="P\x00-1"))
    got = store.get(stored.id)
    assert (got.title, got.summary, got.lessons, got.tags, got.external_id) == (
        "原厂驻场费未写入合同", "多付80万元", ["教训一"], ["tco"], "P-1")


def test_a_failure_in_the_middle_of_a_write_rolls_back_the_whole_batch(backend, monkeypatch):
    store = backend.open()
    real_run = db_module.Tx.run
    statements = []

    def fail_on_the_second_case(self, sql, params=()):
        statements.append(sql)
        if sum(s.startswith("INSERT INTO cases") for s in statements) == 2:
            raise RuntimeError("disk full")
        return real_run(self, sql, params)

    monkeypatch.setattr(db_module.Tx, "run", fail_on_the_second_case)
    with pytest.raises(RuntimeError):
        store.add_many([sample_case(external_id="a"), sample_case(external_id="b"), sample_case(external_id="c")])
    monkeypatch.undo()
    assert any(s.startswith("INSERT INTO case_tags") for s in statements)   # the first case was written …
    assert store.count() == 0                                              # … and rolled back with the rest
    assert store.db.query("SELECT COUNT(*) FROM case_tags")[0][0] == 0
    assert store.db.query("SELECT COUNT(*) FROM case_changes")[0][0] == 0
    assert store.db.query("SELECT revision FROM kb_revision")[0][0] == 0
    store.refresh()
    assert len(store.index) == 0


def test_duplicate_external_id_is_refused(backend):
    store = backend.open()
    store.add(sample_case(external_id="PRJ-2024-07"))
    with pytest.raises(kb.CaseError) as err:
        store.add(sample_case(external_id="PRJ-2024-07", title="另一个"))
    assert err.value.code == "duplicate_case"
    assert store.count() == 1


def test_delete_removes_case_tags_and_search_hit(backend):
    store = backend.open()
    case = store.add(sample_case())
    assert store.search("驻场服务费没写进合同", k=3)[0].case.id == case.id
    store.delete(case.id)
    with pytest.raises(kb.CaseError) as err:
        store.get(case.id)
    assert err.value.code == "case_not_found"
    assert store.search("驻场服务费没写进合同", k=3) == []
    assert store.db.query("SELECT COUNT(*) FROM case_tags")[0][0] == 0
    with pytest.raises(kb.CaseError) as err:
        store.delete(case.id)
    assert err.value.code == "case_not_found"


def test_list_filters_and_pages(backend):
    store = backend.open()
    store.add_many([
        sample_case(title="甲", date="2019-03-01", category="cloud", org_type="bank", tags=["云迁移"]),
        sample_case(title="乙", date="2021-03-01", category="cloud", org_type="government", tags=["云迁移", "预算"]),
        sample_case(title="丙", date="2023-03-01", category="software", org_type="bank", tags=["预算"]),
    ])
    assert [c.title for c in store.list()] == ["丙", "乙", "甲"]          # newest first
    assert [c.title for c in store.list(category="CLOUD")] == ["乙", "甲"]
    assert [c.title for c in store.list(year_from=2020, year_to=2022)] == ["乙"]
    assert [c.title for c in store.list(tag="预算")] == ["丙", "乙"]
    assert [c.title for c in store.list(org_type="bank")] == ["丙", "甲"]
    assert [c.title for c in store.list(limit=1, offset=1)] == ["乙"]
    assert store.count(category="cloud", tag="预算") == 1
    with pytest.raises(kb.CaseError):
        store.list(limit=0)


def test_migrations_run_once_and_reopen_keeps_data(backend):
    store = backend.open()
    case = store.add(sample_case())
    store.close()
    again = backend.open()
    assert again.db.query("SELECT version FROM schema_migrations") == [(1,)]
    assert again.get(case.id) == case
    assert again.index.ids() == {case.id}


def test_a_case_base_made_by_a_newer_jicai_is_refused_not_used(backend):
    # a database a newer version migrated was opened and written by an older checkout without a word
    store = backend.open()
    with store.db.transaction() as tx:
        tx.run("INSERT INTO schema_migrations VALUES (?, ?)", (99, "2027-01-01T00:00:00+00:00"))
    store.close()
    with pytest.raises(kb.CaseError) as err:
        backend.open()
    assert err.value.code == "schema_too_new" and err.value.details["schema_version"] == 99
    assert "更新版本" in err.value.message and "newer Jicai" in err.value.message


def test_seed_loads_once_and_deleted_seed_cases_stay_deleted(backend):
    store = backend.open(seed=True)
    seeds = store.list(limit=1000)
    assert len(seeds) >= 30
    titles = " ".join(c.title for c in seeds)
    for story in ("过保维保费", "联合工作组", "单价下降30%", "5%", "IT支出下降25%"):
        assert story in titles
    assert store.ensure_seeded() == 0
    store.delete(seeds[0].id)
    store.close()
    again = backend.open(seed=True)
    assert again.count() == len(seeds) - 1


def test_two_instances_on_one_database_see_each_others_writes(backend):
    first, second = backend.open(), backend.open()
    case = first.add(sample_case(title="供应商私自更换驻场工程师导致系统故障", tags=["驻场"]))
    assert second.search("驻场工程师被私自更换", k=1)[0].case.id == case.id
    first.delete(case.id)
    assert second.search("驻场工程师被私自更换", k=1) == []
    assert second.index.ids() == set()


def test_vectors_from_another_model_are_re_embedded_on_open(backend):
    store = backend.open()
    case = store.add(sample_case())
    original = store.db.query("SELECT embedding FROM cases")[0][0]
    with store.db.transaction() as tx:
        tx.run("UPDATE cases SET embedding = ?, embedding_model = 'some-old-model'", (b"\0" * 1536,))
    store.close()
    again = backend.open()
    row = again.db.query("SELECT embedding, embedding_model FROM cases")[0]
    assert row[1] == again.vector_version()
    assert bytes(row[0]) == bytes(original)
    assert again.search("驻场服务费没写进合同", k=1)[0].case.id == case.id


def test_case_error_maps_to_the_api_error_shape():
    with pytest.raises(kb.CaseError) as err:
        kb.validate_case(["not", "a", "dict"])
    body = err.value.to_dict()
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == "invalid_case"
    assert json.dumps(body, ensure_ascii=False)


def test_unknown_database_url_is_a_clear_error(tmp_path):
    with pytest.raises(kb.CaseError) as err:
        kb.open_store("mysql://user:secret@db/x", tmp_path)
    assert err.value.code == "bad_database_url"
    assert "secret" not in json.dumps(err.value.details)


def test_unreachable_postgres_is_a_clear_error_without_the_password(tmp_path):
    with pytest.raises(kb.CaseError) as err:
        kb.open_store("postgresql://jicai:s3cret@127.0.0.1:1/nowhere", tmp_path)
    assert err.value.code == "database_unavailable"
    assert "s3cret" not in json.dumps(err.value.details) + err.value.message


@pytest.mark.parametrize("url", ["postgresql://jicai:s3cret@127.0.0.1/jicai?foo=bar",
                                 "postgresql://jicai:s3cret%zz@127.0.0.1/jicai"])
def test_a_postgres_url_libpq_cannot_read_is_one_line_without_the_password(tmp_path, url):
    with pytest.raises(kb.CaseError) as err:  # was psycopg.ProgrammingError: a traceback at `jicai serve`
        kb.open_store(url, tmp_path)
    assert err.value.code == "bad_database_url" and "--database-url" in err.value.message
    assert "s3cret" not in json.dumps(err.value.details) + err.value.message


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_postgres_instance_recovers_after_its_connection_is_killed(backend):
    """A server restart or failover drops the connection of every instance."""
    import psycopg

    store = backend.open()
    case = store.add(sample_case())
    pid = store.db._conn.info.backend_pid
    with psycopg.connect(backend.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(kb.CaseError) as err:
        store.get(case.id)                      # the request in flight fails, as a 503 the service can name …
    assert err.value.code == "database_unavailable" and isinstance(err.value.__cause__, psycopg.OperationalError)
    assert store.get(case.id) == case           # … the next one reconnects
    assert store.search("驻场服务费没写进合同", k=1)[0].case.id == case.id


def test_tokens_from_an_older_tokenizer_are_redone_without_re_embedding(backend):
    store = backend.open()
    case = store.add(sample_case())
    with store.db.transaction() as tx:
        tx.run("UPDATE cases SET tokens = ?, tokenizer = 'old-tokenizer', embedding = ?",
               ('{"title": ["旧"]}', b"\1" * 1536))
    store.close()
    again = backend.open()
    tokens, tokenizer, embedding = again.db.query("SELECT tokens, tokenizer, embedding FROM cases")[0]
    assert tokenizer != "old-tokenizer" and "驻场" in json.loads(tokens)["title"]
    assert bytes(embedding) == b"\1" * 1536     # the vector was current: kept, not re-encoded
    assert again.get(case.id) == case


def test_two_instances_seeding_at_the_same_time_store_each_seed_case_once(backend):
    import threading

    stores = [backend.open(), backend.open()]
    errors = []

    def seed(store):
        try:
            store.ensure_seeded()
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=seed, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    external = [c.external_id for c in stores[0].list(limit=1000)]
    assert len(external) == len(set(external)) >= 30


@pytest.mark.parametrize("field, value, says", [
    ("amount", float("nan"), "NaN"),                 # was stored as null
    ("amount", "30万元", "300000"),                   # refused with the number to write, not guessed
    ("amount", "三十万", "must be a number"),
    ("amount", -5, "negative"),
    ("amount", "Infinity", "must be a number"),
    ("date", "2023-02-30", "ISO date"),
    ("date", "2023-02-28号", "ISO date"),             # was stored as 2023-02-28
])
def test_a_bad_typed_field_is_refused_naming_it_and_nothing_is_stored(backend, field, value, says):
    store = backend.open(seed=False)
    with pytest.raises(kb.CaseError) as err:
        store.add_many([sample_case(), sample_case(title="另一个案例", **{field: value})])
    assert (err.value.code, err.value.status) == ("invalid_case", 422)
    problem = err.value.details["problems"][0]
    assert (problem["index"], problem["field"]) == (1, field) and says in problem["problem"]
    assert store.count() == 0


def test_tags_typed_in_one_text_are_split_on_commas_while_lessons_keep_theirs():
    # "云,安全" was stored as the one tag "云,安全", which no tag filter finds
    case = kb.validate_case({"title": "政务云迁移", "date": "2024-05-06", "category": "cloud", "tags": "云,安全，等保、Cloud",
                             "lessons": "割接前先做全量演练，否则回退无据可依；验收标准写进合同"})
    assert case["tags"] == ["云", "安全", "等保", "cloud"]
    assert case["lessons"] == ["割接前先做全量演练，否则回退无据可依", "验收标准写进合同"]
