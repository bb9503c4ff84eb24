"""The HTTP API for admission, grading, rules and audit: shapes, errors, reload and rollback."""
import pytest

from rules.pack import BUNDLED_DIR

KEY = {"X-API-Key": "test-key"}


def test_health_names_pack_versions(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and set(body["packs"]) >= {"admission", "grading"}
    assert body["embedding_model"]


def test_admission_decision_is_logged_for_audit(client, supplier):
    supplier["debt_ratio"] = 0.8
    r = client.post("/v1/suppliers/admission", json=supplier)
    assert r.status_code == 200
    out = r.json()
    assert out["decision"] == "conditional" and out["pack"] == "admission"
    assert out["pack_version"] == client.get("/health").json()["packs"]["admission"]
    f = out["findings"][0]
    assert set(f) >= {"rule_id", "severity", "title", "message", "evidence", "clause", "recommendation"}
    logged = client.get(f"/v1/decisions/{out['decision_id']}").json()
    assert logged["input"] == supplier and logged["output"] == out and logged["pack_version"] == out["pack_version"]


def test_explain_gives_why_not_for_every_rule(client, supplier):
    out = client.post("/v1/suppliers/admission?explain=true", json=supplier).json()
    trace = {t["rule_id"]: t for t in out["trace"]}
    assert len(trace) == 14 and not any(t["fired"] for t in trace.values())
    assert trace["ADM-CAPITAL-LOW"]["values"] == {"registered_capital": 8_000_000, "category": "software",
                                                  "capital_minimum_cny": 5_000_000}


def test_language_from_query_or_header(client, supplier):
    supplier["blacklisted"] = True
    zh = client.post("/v1/suppliers/admission", json=supplier).json()["findings"][0]["title"]
    en = client.post("/v1/suppliers/admission", json=supplier, headers={"Accept-Language": "en-US"}).json()
    assert zh == "列入失信或严重违法失信名单" and en["findings"][0]["title"].startswith("On a dishonesty")
    assert client.post("/v1/suppliers/admission?lang=fr", json=supplier).status_code == 422


def test_grade_and_batch(client, grading_body):
    out = client.post("/v1/suppliers/grade", json=grading_body).json()
    assert (out["grade"], out["total"], out["action"]) == ("B", 80.0, "观察改进（限期整改，下期复评）")
    second = {**grading_body, "supplier_id": "SUP-10", "scores": dict.fromkeys(grading_body["scores"], 90)}
    batch = client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, second]}).json()
    assert [r["grade"] for r in batch["results"]] == ["B", "A"]
    assert batch["summary"] == {"A": 1, "B": 1, "C": 0}


def assert_error(r, status, code):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_bad_input_gets_json_4xx_never_500(client, supplier, grading_body):
    err = assert_error(client.post("/v1/suppliers/admission", json={"name": "x"}), 422, "invalid_input")
    assert {"uscc", "category", "blacklisted"} <= {d["field"] for d in err["details"]}
    assert_error(client.post("/v1/suppliers/admission", content=b"{bad", headers={"Content-Type": "application/json"}),
                 400, "invalid_json")
    assert_error(client.post("/v1/suppliers/admission", json=[supplier]), 422, "invalid_input")
    assert_error(client.post("/v1/suppliers/admission", content=b"name=x",  # read as JSON like every body: it is none
                             headers={"Content-Type": "application/x-www-form-urlencoded"}), 400, "invalid_json")
    assert_error(client.post("/v1/suppliers/admission", json={**supplier, "category": "food"}), 422, "invalid_input")
    assert_error(client.post("/v1/suppliers/admission", json={**supplier, "debt_ratio": "high"}), 422, "invalid_input")
    weights = {"price": 0.3, "response": 0.3, "service": 0.3, "compliance": 0.0, "sustainability": 0.0}
    err = assert_error(client.post("/v1/suppliers/grade", json={**grading_body, "weights": weights}), 422, "invalid_input")
    assert "sum to 1" in err["message"]
    bad_row = {**grading_body, "scores": {"price": 80}}
    err = assert_error(client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, bad_row]}),
                       422, "invalid_input")
    # a JSON batch names its items as a reader counts them (第2条 / item 2); details keep the list's index, from 0
    assert {d["index"] for d in err["details"]} == {1} and all("row" not in d for d in err["details"])
    assert err["message"].startswith("2 条中有 1 条有误（第 2 条） / 1 of 2 items are invalid (items 2)")
    assert_error(client.post("/v1/suppliers/grade/batch", json={"suppliers": []}), 422, "invalid_input")
    again = {**grading_body, "scores": dict.fromkeys(grading_body["scores"], 95)}  # the same supplier and period twice
    err = assert_error(client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, again]}), 422, "invalid_input")
    assert err["details"] == [{"index": 1, "field": "supplier_id", "message": "供应商 SUP-9 在考核期 2026Q1 已由第1条评分，"
                               "同一考核期只能有一行 / supplier SUP-9 is already graded for period 2026Q1 in item 1"}]
    assert_error(client.get("/v1/decisions/nope"), 404, "not_found")
    assert_error(client.get("/v1/no/such/route"), 404, "not_found")


def test_rejected_batch_logs_nothing(client, grading_body, data_dir):
    import sqlite3

    bad_row = {**grading_body, "events": {}}
    client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, bad_row]})
    count = sqlite3.connect(data_dir / "decisions.sqlite3").execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
    assert count == 0


def test_rules_listing(client):
    packs = {p["pack"]: p for p in client.get("/v1/rules").json()["packs"]}
    assert "ADM-CERT-MLPS" in [r["id"] for r in packs["admission"]["rules"]]
    detail = client.get("/v1/rules/grading").json()
    assert detail["parameters"]["weights"]["price"] == 0.3
    assert_error(client.get("/v1/rules/nothing"), 404, "not_found")


def test_reload_needs_the_key_swaps_atomically_and_rolls_back(client, data_dir, supplier):
    assert_error(client.post("/v1/rules/reload"), 401, "unauthorized")
    before = client.get("/health").json()["packs"]["admission"]
    packs_dir = data_dir / "packs"
    packs_dir.mkdir()
    text = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
    (packs_dir / "admission.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.40"), "utf-8")

    changed = client.post("/v1/rules/reload", headers=KEY).json()["changed"]
    after = changed["admission"]["to"]
    assert changed["admission"]["from"] == before and after != before
    out = client.post("/v1/suppliers/admission", json=supplier).json()  # debt 0.5 > 0.40 now
    assert out["pack_version"] == after and out["decision"] == "conditional"

    (packs_dir / "admission.yaml").write_text(text.replace("op: eq", "op: equals", 1), "utf-8")
    err = assert_error(client.post("/v1/rules/reload", headers=KEY), 422, "invalid_pack")
    assert err["details"][0]["rule"] == "ADM-USCC-INVALID"
    assert client.get("/health").json()["packs"]["admission"] == after  # the broken file changed nothing

    client.post("/v1/rules/rollback", headers=KEY)
    out = client.post("/v1/suppliers/admission", json=supplier).json()
    assert out["pack_version"] == before and out["decision"] == "admit"


def test_the_listing_says_bundled_or_override_and_never_the_servers_paths(client, data_dir):
    """A client learns whether a pack is the shipped one or the operator's, and its version; not where the server keeps
    its files."""
    assert {p["pack"]: p["origin"] for p in client.get("/v1/rules").json()["packs"]}["admission"] == "bundled"
    (data_dir / "packs").mkdir()
    text = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
    (data_dir / "packs" / "admission.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.60"), "utf-8")
    version = client.post("/v1/rules/reload", headers=KEY).json()["packs"]["admission"]
    listing = client.get("/v1/rules")
    packs = {p["pack"]: p for p in listing.json()["packs"]}
    assert (packs["admission"]["origin"], packs["admission"]["version"]) == ("override", version)
    assert packs["grading"]["origin"] == "bundled" and client.get("/v1/rules/admission").json()["origin"] == "override"
    for served in (listing.text, client.get("/v1/rules/grading").text):
        assert str(data_dir) not in served and str(BUNDLED_DIR) not in served and ".yaml" not in served


def test_rollback_after_a_reload_never_brings_back_a_withdrawn_pack(client, data_dir, supplier):
    """docs/rule-packs.md: a reload publishes the packs on disk; rollback goes back to the set before it."""
    before = client.get("/health").json()["packs"]["admission"]
    packs_dir = data_dir / "packs"
    packs_dir.mkdir()
    text = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
    (packs_dir / "admission.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.40"), "utf-8")
    client.post("/v1/rules/reload", headers=KEY)
    client.post("/v1/rules/rollback", headers=KEY)  # the 0.40 pack is withdrawn, its file moved aside
    assert not (packs_dir / "admission.yaml").exists() and len(list((packs_dir / "withdrawn").glob("admission.*.yaml"))) == 1
    assert client.post("/v1/rules/reload", headers=KEY).json()["changed"] == {}

    r = client.post("/v1/rules/rollback", headers=KEY)
    assert r.status_code == 200 and r.json()["changed"] == {}
    out = client.post("/v1/suppliers/admission", json=supplier).json()
    assert out["pack_version"] == before and out["decision"] == "admit"


def test_writes_refused_without_a_configured_key(data_dir):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(data_dir=data_dir, api_key=None))) as c:
        assert_error(c.post("/v1/rules/reload", headers=KEY), 403, "writes_disabled")


def test_closed_mode_needs_the_key_for_reads(data_dir, supplier):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(data_dir=data_dir, api_key="k2", closed=True))) as c:
        assert_error(c.post("/v1/suppliers/admission", json=supplier), 401, "unauthorized")
        assert c.post("/v1/suppliers/admission", json=supplier, headers={"X-API-Key": "k2"}).status_code == 200
        assert c.get("/health").status_code == 200


GRADE_CSV_ZH = (
    "供应商编号,供应商名称,考核期,价格,响应速度,服务能力,合规性,可持续发展能力,合规违规,数据安全事件,SLA违约次数,上期等级,上期总分\n"
    "S-01,北京华信,2026H1,90,88,86,92,80,否,否,0,A,88\n"
    "S-02,上海数联,2026H1,95,95,95,95,95,,是,1,,\n"
    "\n"
    "S-03,广州云图,2026H1,60,65,70,80,50,是,,,B,75\n"
)


def test_batch_csv_in_gbk_with_chinese_headers(client):
    files = {"file": ("考核.csv", GRADE_CSV_ZH.encode("gbk"), "text/csv")}
    r = client.post("/v1/suppliers/grade/batch", files=files)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    # 27 + 17.6 + 21.5 + 13.8 + 8 = 87.9 | 95 | 18 + 13 + 17.5 + 12 + 5 = 65.5
    assert [(x["supplier_id"], x["total"], x["grade"]) for x in results] == [
        ("S-01", 87.9, "A"), ("S-02", 95.0, "B"), ("S-03", 65.5, "C")]
    assert [f["rule_id"] for f in results[1]["findings"]] == ["GRD-SECURITY-INCIDENT"]
    assert r.json()["summary"] == {"A": 1, "B": 1, "C": 1}


def test_batch_xlsx_with_english_headers(client, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Supplier ID", "Period", "Price", "Response", "Service", "Compliance", "Sustainability", "Compliance violation",
               "Security incident", "SLA breaches"])
    ws.append(["S-9", "2026Q2", 70, 70, 70, 70, 70, "no", None, 3])
    path = tmp_path / "scores.xlsx"
    wb.save(path)
    r = client.post("/v1/suppliers/grade/batch", files={"file": ("scores.xlsx", path.read_bytes())})
    assert r.status_code == 200, r.text
    out = r.json()["results"][0]
    assert (out["grade"], out["total"], [f["rule_id"] for f in out["findings"]]) == ("B", 70.0, ["GRD-SLA-BREACHES"])


def test_batch_file_errors_name_row_and_column(client):
    bad_cell = GRADE_CSV_ZH.replace("S-02,上海数联,2026H1,95", "S-02,上海数联,2026H1,九十五")
    err = assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.csv", bad_cell.encode())}),
                       422, "invalid_input")
    assert err["details"][0]["row"] == 3 and err["details"][0]["field"] == "scores.price"
    assert err["details"][0]["column"] == "价格" and "价格" in err["message"]  # the header as the sheet writes it
    no_price = GRADE_CSV_ZH.replace("价格,", "", 1)
    err = assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.csv", no_price.encode())}),
                       422, "missing_column")
    assert err["details"][0]["missing"] == ["price"]
    assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.pdf", b"%PDF")}), 415, "unsupported_format")
    assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.xlsx", b"not a zip")}), 400, "invalid_xlsx")
    assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.csv", b"")}), 400, "empty_file")
    assert_error(client.post("/v1/suppliers/grade/batch", files={"file": ("a.csv", b"\xff\xfe\xfa\x00bad")}),
                 400, "invalid_encoding")
    assert_error(client.post("/v1/suppliers/grade/batch", data={"x": "1"}, files={"other": ("a.csv", b"x")}),
                 422, "invalid_input")


def test_pages_are_served(client):
    home = client.get("/", follow_redirects=True)
    assert home.status_code == 200 and "集采" in home.text
    assert client.get("/ui/app.js").status_code == 200


def test_a_rollback_survives_a_restart(data_dir, supplier):
    """The pack folder holds what is in force: a restarted service does not bring the withdrawn pack back."""
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    packs_dir = data_dir / "packs"
    packs_dir.mkdir()
    text = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
    with TestClient(create_app(Settings(data_dir=data_dir, api_key="test-key"))) as c:
        before = c.get("/health").json()["packs"]["admission"]
        (packs_dir / "admission.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.40"), "utf-8")
        c.post("/v1/rules/reload", headers=KEY)
        (packs_dir / "admission.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.50"), "utf-8")
        published = c.post("/v1/rules/reload", headers=KEY).json()["changed"]["admission"]
        assert c.post("/v1/rules/rollback", headers=KEY).json()["changed"]["admission"]["to"] == published["from"] != before
    with TestClient(create_app(Settings(data_dir=data_dir, api_key="test-key"))) as c:  # restarted
        assert c.get("/health").json()["packs"]["admission"] == published["from"]
        assert c.post("/v1/suppliers/admission", json=supplier).json()["decision"] == "conditional"  # debt 0.5 > 0.40


def test_a_review_reports_tco_over_the_horizon_of_the_pack_in_force(client, data_dir):
    # with horizon_years: 3 in force the finding was decided over 3 years, while the report's TCO table still
    # showed 5 years and a post-warranty share (44 %) above the 40 % limit that no finding mentioned
    packs_dir = data_dir / "packs"
    packs_dir.mkdir()
    text = (BUNDLED_DIR / "contract_risk.yaml").read_text("utf-8")
    (packs_dir / "contract_risk.yaml").write_text(text.replace("horizon_years: 5 ", "horizon_years: 3 "), "utf-8")
    assert client.post("/v1/rules/reload", headers={"X-API-Key": "test-key"}).status_code == 200
    contract = ("软件许可采购合同\n第一条 合同价款 人民币1,000,000元（软件许可费）。\n"
                "第二条 质保期 免费质保期为12个月，自验收合格之日起计算。\n"
                "第三条 质保期满后的服务 质保期满后，年服务费为许可费的20%。\n")
    body = client.post("/v1/contracts/review", json={"text": contract}).json()
    assert body["tco"]["horizon_years"] == 3.0
    assert body["tco"]["post_warranty_share_pct"] == pytest.approx(400000 / 1400000 * 100, abs=0.01)


@pytest.mark.parametrize("field", ["certificates", "major_violation_dates"])
def test_the_lists_api_md_requires_in_an_admission_body_are_required(client, supplier, field):
    """Without major_violation_dates a supplier was admitted as if its record were clean; [] says so."""
    del supplier[field]
    err = assert_error(client.post("/v1/suppliers/admission", json=supplier), 422, "invalid_input")
    assert err["details"] == [{"field": field, "message": "缺少必填字段 / required field is missing"}]


def test_an_old_pack_version_that_made_a_decision_can_be_fetched(client, data_dir, supplier):
    # decisions named their pack_version, but its text could not be fetched over the API
    text = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
    old = client.post("/v1/suppliers/admission", json=supplier).json()["pack_version"]
    (data_dir / "packs").mkdir()
    (data_dir / "packs" / "准入.yaml").write_text(text.replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.40"), "utf-8")
    client.post("/v1/rules/reload", headers=KEY)
    client.post("/v1/rules/reload", headers=KEY)  # the old version is neither in force nor the previous set now
    new = client.get("/health").json()["packs"]["admission"]
    body = client.get(f"/v1/rules/admission/versions/{old}").json()
    assert body == {"pack": "admission", "version": old, "origin": "bundled", "text": text}  # no server path
    current = client.get(f"/v1/rules/admission/versions/{new}").json()  # in force, no decision yet
    assert "max_debt_ratio: 0.40" in current["text"] and current["origin"] == "override"
    err = assert_error(client.get("/v1/rules/admission/versions/000000000000"), 404, "not_found")
    assert err["message"].startswith("规则包 admission 没有版本 000000000000 的记录") and err["details"][0]["version"] == "000000000000"
