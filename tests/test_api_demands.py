"""Demand bundling over HTTP: JSON and uploads in, bundles with similar past cases out."""
import csv
import io
from pathlib import Path

SURVEY = Path(__file__).parent / "data" / "requests" / "survey_labelled.csv"


def _rows(limit=None):
    with SURVEY.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows[:limit] if limit else rows


def test_json_bundles_match_the_labels_and_carry_similar_cases(client):
    rows = [r for r in _rows() if r["true_bundle"] in ("server", "laptop")]
    body = {"requests": [{"id": r["id"], "department": r["department"], "text": r["text"],
                          "quantity": float(r["quantity"]) if r["quantity"] else None} for r in rows]}
    r = client.post("/v1/demands/bundle", json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    truth = {r["id"]: r["true_bundle"] for r in rows}
    for b in out["bundles"]:
        assert len({truth[i] for i in b["request_ids"]}) == 1, b  # no bundle mixes servers and laptops
        assert b["shared"] == (len(b["departments"]) >= 2)
        assert isinstance(b["similar_cases"], list) and len(b["similar_cases"]) <= 3
    laptops = [b for b in out["bundles"] if truth[b["request_ids"][0]] == "laptop"]
    assert laptops and sum(len(b["request_ids"]) for b in laptops) >= 6
    assert laptops[0]["total_quantity"] == sum(float(r["quantity"]) for r in rows
                                               if r["id"] in laptops[0]["request_ids"])
    assert any("服务器" in h["case"]["title"] for b in out["bundles"] for h in b["similar_cases"])


def test_gbk_csv_upload_with_chinese_headers(client):
    text = "部门,需求描述,数量\n财务部,采购笔记本电脑10台,10\n人事部,需要笔记本电脑5台,5\n办公室,碎纸机1台,1\n"
    r = client.post("/v1/demands/bundle", files={"file": ("普查.csv", text.encode("gbk"), "text/csv")})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stats"]["requests"] == 3
    assert len(out["bundles"]) == 1 and out["bundles"][0]["total_quantity"] == 15


def test_bad_uploads_are_clear_4xx(client):
    r = client.post("/v1/demands/bundle", files={"file": ("a.csv", b"x,y\n1,2\n", "text/csv")})
    assert r.status_code == 422 and "需求描述" in r.json()["error"]["message"]
    r = client.post("/v1/demands/bundle", files={"file": ("a.xls", b"\xd0\xcf\x11\xe0", "application/vnd.ms-excel")})
    assert r.status_code == 415
    r = client.post("/v1/demands/bundle", files={"file": ("a.csv", "部门,需求描述,数量\n财务部,笔记本,很多\n".encode())})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["row"] == 2
    r = client.post("/v1/demands/bundle", files={"file": ("a.csv", b"\xef\xbb\xbf" + "需求描述\n服务器\n".encode())},
                    data={"min_similarity": "high"})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "min_similarity"


def test_bad_json_bodies_are_clear_4xx(client):
    assert client.post("/v1/demands/bundle", json={"requests": []}).status_code == 422
    assert client.post("/v1/demands/bundle", json=[{"text": "服务器"}]).status_code == 422
    r = client.post("/v1/demands/bundle", json={"requests": [{"id": "1", "department": "IT"}]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "missing_text"
    r = client.post("/v1/demands/bundle", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json"
    r = client.post("/v1/demands/bundle", json={"requests": [{"id": "1", "department": "IT", "text": "服务器"}],
                                                "min_similarity": 5})
    assert r.status_code == 422


def test_xlsx_upload_with_english_headers(client):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Department", "Description", "Quantity", "Needed by"])
    ws.append(["Finance", "Laptops for the finance team, 10 units", 10, "2027-03-01"])
    ws.append(["HR", "Notebook computers for recruiters, 4 units", 4, "2027-02-01"])
    buf = io.BytesIO()
    wb.save(buf)
    r = client.post("/v1/demands/bundle", files={"file": ("survey.xlsx", buf.getvalue())})
    assert r.status_code == 200, r.text
    [b] = r.json()["bundles"]
    assert b["earliest_needed_by"] == "2027-02-01" and b["shared"]


def test_xlsx_export(client):
    from openpyxl import load_workbook

    rows = _rows(40)
    body = {"requests": [{"id": r["id"], "department": r["department"], "text": r["text"]} for r in rows]}
    r = client.post("/v1/demands/bundle?format=xlsx", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    bundles, requests = load_workbook(io.BytesIO(r.content)).worksheets
    assert requests.max_row == 41
    as_json = client.post("/v1/demands/bundle", json=body).json()
    assert bundles.max_row - 1 == len(as_json["bundles"])


def test_a_bad_operator_item_list_is_a_clear_4xx(client, tmp_path, monkeypatch):
    items = tmp_path / "items.yaml"
    items.write_text("items: [{code: X, terms: [考勤机], upkeep: 'no'}]", encoding="utf-8")
    monkeypatch.setenv("JICAI_PROCUREMENT_ITEMS", str(items))
    r = client.post("/v1/demands/bundle", json={"requests": [{"text": "考勤机"}, {"text": "考勤机更换"}]})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "bad_item_list" and "upkeep must be true or false" in r.json()["error"]["message"]


def test_a_nan_threshold_is_a_422_not_a_500(client):
    r = client.post("/v1/demands/bundle", content='{"requests": [{"text": "服务器"}], "min_similarity": NaN}'.encode(),
                    headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_min_similarity"


def test_a_json_upload_with_chinese_headers(client):
    body = '[{"部门": "财务部", "需求描述": "采购笔记本电脑10台", "数量": 10}, {"部门": "人事部", "需求描述": "需要笔记本电脑5台", "数量": 5}]'
    r = client.post("/v1/demands/bundle", files={"file": ("普查.json", body.encode("utf-8"), "application/json")})
    assert r.status_code == 200, r.text
    [b] = r.json()["bundles"]
    assert b["total_quantity"] == 15 and b["departments"] == ["人事部", "财务部"]


def test_an_uploaded_survey_reports_the_rows_it_left_out(client):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["2027年度信息化需求普查表"], ["部门", "需求描述", "数量", "预算（万元）"], ["财务部", "采购笔记本电脑10台", 10, 6],
                ["人事部", "需要笔记本电脑5台", 5, 3], ["合计", None, 15, 9]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    r = client.post("/v1/demands/bundle", files={"file": ("普查.xlsx", buf.getvalue(), "application/octet-stream")})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stats"]["requests"] == 2 and out["stats"]["skipped_rows"] == 1
    assert out["skipped_rows"] == [{"row": 5, "reason": "total", "text": "合计 15 9"}]
    assert out["bundles"][0]["total_budget"] == 90000
    assert client.post("/v1/demands/bundle", json={"requests": [{"text": "服务器"}]}).json()["skipped_rows"] == []
