"""The case base over HTTP: search, read, add and delete, with keys and clear errors."""
import pytest

KEY = {"X-API-Key": "test-key"}

CASE = {
    "title": "某市医保局核心系统运维合同未约定响应时限，故障停机两天",
    "date": "2024-05-20", "category": "contract", "org_type": "government", "amount": 3200000,
    "summary": "运维合同只写了“及时响应”，没有一级故障响应时限和违约扣款，核心系统宕机两天供应商无责。",
    "highlights": ["事后补签了SLA附件"], "lessons": ["运维合同必须写明故障分级响应时限和扣款"],
    "recommendations": ["签约前按SLA模板逐项核对"], "tags": ["SLA", "运维"],
}


def test_search_finds_seed_case_in_chinese_and_english(client):
    zh = client.get("/v1/cases/search", params={"q": "合同没算清后续服务费后来多花钱的案例"})
    assert zh.status_code == 200
    titles = [h["case"]["title"] for h in zh.json()["hits"]]
    assert any("维保" in t or "过保" in t for t in titles[:3]), titles
    en = client.get("/v1/cases/search", params={"q": "bundling servers across schools cut the unit price", "k": 3})
    assert any("服务器" in h["case"]["title"] for h in en.json()["hits"]), en.json()
    assert all(0 <= h["score"] <= 1 for h in en.json()["hits"])


def test_search_says_which_misspelt_word_it_searched_for(client):
    body = client.get("/v1/cases/search", params={"q": "warrenty fees after the contract expired"}).json()
    assert body["corrections"] == [{"typed": "warrenty", "searched": "warranty"}]
    assert any("过保" in h["case"]["title"] for h in body["hits"][:1]), body
    assert client.get("/v1/cases/search", params={"q": "维保费"}).json()["corrections"] == []


def test_add_get_search_delete_round_trip(client):
    created = client.post("/v1/cases", json=CASE, headers=KEY)
    assert created.status_code == 201, created.text
    case_id = created.json()["id"]
    assert client.get(f"/v1/cases/{case_id}").json()["title"] == CASE["title"]
    hits = client.get("/v1/cases/search", params={"q": "医保 运维 响应时限 停机", "category": "contract"}).json()["hits"]
    assert hits[0]["case"]["id"] == case_id
    listed = client.get("/v1/cases", params={"category": "contract", "limit": 1000}).json()
    assert case_id in [c["id"] for c in listed["cases"]] and listed["total"] == len(listed["cases"])
    assert client.delete(f"/v1/cases/{case_id}", headers=KEY).status_code == 204
    assert client.get(f"/v1/cases/{case_id}").status_code == 404
    hits = client.get("/v1/cases/search", params={"q": "医保 运维 响应时限 停机"}).json()["hits"]
    assert case_id not in [h["case"]["id"] for h in hits]


def test_writes_need_the_key(client):
    assert client.post("/v1/cases", json=CASE).status_code == 401
    assert client.post("/v1/cases", json=CASE, headers={"X-API-Key": "wrong"}).status_code == 401
    some_id = client.get("/v1/cases", params={"limit": 1}).json()["cases"][0]["id"]
    assert client.delete(f"/v1/cases/{some_id}").status_code == 401
    assert client.get(f"/v1/cases/{some_id}").status_code == 200


def test_a_bad_case_in_a_list_stores_none(client):
    before = client.get("/v1/cases").json()["total"]
    r = client.post("/v1/cases", json=[CASE, {**CASE, "date": "2024-13-40"}], headers=KEY)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_case"
    assert client.get("/v1/cases").json()["total"] == before


def test_an_empty_list_is_refused_as_the_cli_refuses_it(client):
    before = client.get("/v1/cases").json()["total"]
    r = client.post("/v1/cases", json=[], headers=KEY)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input", r.text
    assert "没有案例" in r.json()["error"]["message"] and "no case" in r.json()["error"]["message"]
    assert client.get("/v1/cases").json()["total"] == before


def test_a_list_over_the_batch_limit_is_413_and_stores_none(client, monkeypatch):
    import knowledge_base.store

    before = client.get("/v1/cases").json()["total"]   # first: opening the base stores the sample cases in one batch
    monkeypatch.setattr(knowledge_base.store, "MAX_BATCH", 2)
    many = [{**CASE, "title": f"{CASE['title']}（{i}）"} for i in range(3)]
    r = client.post("/v1/cases", json=many, headers=KEY)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_many_cases", r.text
    assert r.json()["error"]["details"] == [{"field": None, "message": r.json()["error"]["message"], "count": 3, "limit": 2}]
    assert client.get("/v1/cases").json()["total"] == before


@pytest.mark.parametrize("params, code", [
    ({"q": ""}, "invalid_query"),
    ({"q": "，。！？"}, "invalid_query"),
    ({"q": "服务器", "k": 0}, "invalid_query"),
    ({"q": "服务器", "year_from": 2025, "year_to": 2020}, "invalid_query"),
    ({"q": "服务器", "k": "many"}, "invalid_input"),
    ({"q": "服务器", "year_from": 10**20}, "invalid_query"),
])
def test_bad_searches_are_4xx_json(client, params, code):
    r = client.get("/v1/cases/search", params=params)
    assert 400 <= r.status_code < 500
    assert r.json()["error"]["code"] == code


@pytest.mark.parametrize("params", [{"year_from": 10**20}, {"offset": 10**20}])
def test_a_listing_with_a_number_out_of_range_is_4xx_json(client, params):
    r = client.get("/v1/cases", params=params)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_query"


def test_unknown_case_is_404_json(client):
    r = client.get("/v1/cases/no-such-id")
    assert r.status_code == 404 and r.json()["error"]["code"] == "case_not_found"
    assert client.delete("/v1/cases/no-such-id", headers=KEY).status_code == 404
