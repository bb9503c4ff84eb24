"""Contract review over HTTP and the CLI: a labelled contract in, its expected findings, cited clauses,
the logged decision, reports and the annotated .docx out; bad files get clear 4xx errors."""
import io
import json
from pathlib import Path

import docx
import pytest

from service.cli import main

CONTRACTS = Path(__file__).parent / "data" / "contracts"
RISKY = CONTRACTS / "cn02_licence_risky.txt"


def _expected(path: Path) -> set[str]:
    return set(json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected_rules"])


def _docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_json_review_gives_the_labelled_findings_and_is_logged(client):
    r = client.post("/v1/contracts/review", json={"text": RISKY.read_text(encoding="utf-8")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert {f["rule_id"] for f in body["findings"]} == _expected(RISKY)
    assert body["risk_level"] == "high" and body["pack"] == "contract_risk"
    ld = next(f for f in body["findings"] if f["rule_id"] == "CR-LD-LOW")
    assert ld["clause"] is not None and "违约" in body["text"][ld["clause"]["start"]:ld["clause"]["end"]]
    assert "0.02" in ld["message"] and ld["recommendation"]
    logged = client.get(f"/v1/decisions/{body['decision_id']}").json()
    assert logged["pack_version"] == body["pack_version"]
    assert isinstance(body["similar_cases"], list) and len(body["similar_cases"]) <= 3


def test_language_of_messages_follows_the_request_else_the_contract(client):
    text = RISKY.read_text(encoding="utf-8")
    zh = client.post("/v1/contracts/review", json={"text": text}).json()
    en = client.post("/v1/contracts/review?lang=en", json={"text": text}).json()
    title = {f["rule_id"]: f["title"] for f in en["findings"]}["CR-PREPAYMENT"]
    assert title.isascii() and not {f["rule_id"]: f["title"] for f in zh["findings"]}["CR-PREPAYMENT"].isascii()


def test_docx_upload_and_annotated_copy(client):
    data = _docx(RISKY.read_text(encoding="utf-8"))
    r = client.post("/v1/contracts/review", files={"file": ("许可合同.docx", data)}, data={"contract_value": "1000000"})
    assert r.status_code == 200, r.text
    assert {f["rule_id"] for f in r.json()["findings"]} == _expected(RISKY)
    r = client.post("/v1/contracts/review/annotated", files={"file": ("许可合同.docx", data)})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    comments = list(docx.Document(io.BytesIO(r.content)).comments)
    assert comments and any("CR-LD-LOW" in c.text for c in comments)


def test_reports(client):
    text = RISKY.read_text(encoding="utf-8")
    md = client.post("/v1/contracts/review?format=markdown", json={"text": text})
    assert md.status_code == 200 and "CR-LD-LOW" in md.text and md.headers["content-type"].startswith("text/markdown")
    html = client.post("/v1/contracts/review?format=html", json={"text": text})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "CR-LD-LOW" in html.text and "<script" not in html.text
    assert client.post("/v1/contracts/review?format=pdf", json={"text": text}).status_code == 422


@pytest.mark.parametrize("kwargs, status, code", [
    ({"json": {"text": "   "}}, 422, "empty_document"),
    ({"json": {"contract": "x"}}, 422, "invalid_input"),
    ({"json": {"text": "第一条 价款", "contract_value": -5}}, 422, "invalid_input"),
    ({"json": {"text": "第一条 价款", "language": "fr"}}, 422, "invalid_input"),
    ({"files": {"file": ("a.pdf", b"%PDF-1.4 broken")}}, 422, "corrupt_pdf"),
    ({"files": {"file": ("a.docx", b"PK not a zip")}}, 422, "corrupt_docx"),
    ({"files": {"file": ("a.rtf", b"{\\rtf1}")}}, 415, "unsupported_format"),
    ({"files": {"file": ("a.txt", "第一条".encode())}, "data": {"term_years": "three"}}, 422, "invalid_input"),
])
def test_bad_input_is_a_clear_4xx(client, kwargs, status, code):
    r = client.post("/v1/contracts/review", **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code


def test_annotating_needs_a_docx(client):
    r = client.post("/v1/contracts/review/annotated", files={"file": ("a.txt", "第一条 价款".encode())})
    assert r.status_code == 415


def test_cli_review_with_annotation(capsys, data_dir, tmp_path):
    source = tmp_path / "合同.docx"
    source.write_bytes(_docx(RISKY.read_text(encoding="utf-8")))
    out_docx = tmp_path / "reviewed.docx"
    code = main(["review", str(source), "--annotate", str(out_docx), "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "CR-LD-LOW" in out and "high" in out
    assert any("CR-LD-LOW" in c.text for c in docx.Document(str(out_docx)).comments)
    code = main(["review", str(RISKY), "--json", "--data-dir", str(data_dir)])
    assert {f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]} == _expected(RISKY)
    assert main(["review", str(RISKY), "--annotate", str(out_docx), "--data-dir", str(data_dir)]) == 2
    assert "unsupported_format" in capsys.readouterr().err


def test_report_labels_follow_the_readers_language(client):
    text = RISKY.read_text(encoding="utf-8")
    en = client.post("/v1/contracts/review?format=markdown&lang=en", json={"text": text}).text
    assert en.startswith("# Contract risk review") and "Findings" in en
    zh = client.post("/v1/contracts/review?format=markdown", json={"text": text}).text
    assert zh.startswith("# 合同风险审查报告")


def test_english_review_returns_contract_wide_categories(client):
    text = (CONTRACTS / "en02_licence_risky.txt").read_text(encoding="utf-8")
    body = client.post("/v1/contracts/review", json={"text": text}).json()
    categories = body["other_terms"]["categories"]
    assert set(categories) == {"liability_cap", "liquidated_damages", "warranty", "ip_ownership", "governing_law",
                               "termination"}
    assert categories["governing_law"] is True and categories["warranty"] is True  # Singapore law; 90-day warranty
    assert body["other_terms"]["sentence_labels"]["governing_law"]["probability"] > 0.5


def test_cli_refuses_a_value_that_cannot_be_right(capsys, data_dir):
    assert main(["review", str(RISKY), "--contract-value", "-5", "--data-dir", str(data_dir)]) == 2
    assert "contract_value" in capsys.readouterr().err


def test_readings_are_explained_in_the_readers_language_over_http_and_the_cli(client, capsys, data_dir):
    amended = CONTRACTS / "holdout12" / "h12z04_security_devices_amendments.txt"
    body = client.post("/v1/contracts/review?lang=en", json={"text": amended.read_text(encoding="utf-8")}).json()
    assert [r["code"] for r in body["readings"]] == ["clause_amended"] * 5
    assert all(" amends other terms" in r["message"] and r["affects"] for r in body["readings"])
    assert main(["review", str(amended), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.count("note / 阅读说明: “") == 5


LICENCE = "第一条 合同总价{fee}元，为软件许可费。\n第二条 质保期12个月，质保期满后每年服务费为合同总价的10%。\n"


@pytest.mark.parametrize("body", [
    {"text": LICENCE.format(fee="1000000"), "contract_value": 1.7e308},  # a TCO over the largest float: was an HTTP 500
    {"text": LICENCE.format(fee="9" * 320)},  # a value read as infinity: was a 422 about `tco_total`, a field nobody sent
])
def test_amounts_too_large_to_total_are_a_clear_4xx(client, body):
    r = client.post("/v1/contracts/review", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_input" and [d["field"] for d in r.json()["error"]["details"]] == ["contract_value"]


def test_cli_annotation_that_cannot_be_written_is_a_clear_error(capsys, data_dir, tmp_path):
    source = tmp_path / "合同.docx"
    source.write_bytes(_docx(RISKY.read_text(encoding="utf-8")))
    assert main(["review", str(source), "--annotate", str(tmp_path / "no such dir" / "x.docx"), "--data-dir", str(data_dir)]) == 2
    assert "cannot_write" in capsys.readouterr().err


def test_cli_json_with_annotation_prints_the_json_alone(capsys, data_dir, tmp_path):
    source = tmp_path / "合同.docx"
    source.write_bytes(_docx(RISKY.read_text(encoding="utf-8")))
    assert main(["review", str(source), "--annotate", str(tmp_path / "out.docx"), "--json", "--data-dir", str(data_dir)]) == 0
    assert {f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]} == _expected(RISKY)


def test_cli_does_not_show_an_unknown_post_warranty_share_as_zero(capsys, data_dir, tmp_path):
    source = tmp_path / "许可.txt"
    source.write_text("第一条 合同总价人民币100万元，为软件许可费。\n第二条 质保期12个月。\n第三条 质保期满后的维护费用另行协商。\n",
                      encoding="utf-8")
    assert main(["review", str(source), "--data-dir", str(data_dir)]) == 0
    tco_line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("TCO"))
    assert "0.0 %" not in tco_line and "未约定" in tco_line


def test_cli_report_with_annotation_prints_the_report_alone(capsys, data_dir, tmp_path):
    source = tmp_path / "合同.docx"
    source.write_bytes(_docx(RISKY.read_text(encoding="utf-8")))
    assert main(["review", str(source), "--annotate", str(tmp_path / "out.docx"), "--format", "html", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("</html>")  # `> report.html` gets the page, not a "written: …" line after it


@pytest.mark.parametrize("clause, field", [
    ("乙方赔偿责任总额不超过{n}元。", "liability_cap_pct"),
    ("乙方逾期交货的，每日按合同总价的{n}%支付违约金。", "ld_rate_per_day_pct"),
    ("质保期12个月，质保期满后每年服务费为合同总价的10%，每年上涨{n}%。", "post_warranty_fee_increase_pct"),
])
def test_a_figure_too_large_to_read_is_a_clear_4xx_naming_the_term(client, clause, field):
    # a figure of 330 digits is read as infinity, which JSON cannot carry: it was an HTTP 500
    text = "第一条 合同总价100万元，为软件许可费。\n第二条 " + clause.format(n="9" * 330)
    r = client.post("/v1/contracts/review", json={"text": text})
    assert r.status_code == 422, r.text
    assert [d["field"] for d in r.json()["error"]["details"]] == [field] and field in r.json()["error"]["message"]


def test_a_law_an_operators_pack_names_is_read_in_chinese_and_named_in_the_report(client, data_dir):
    # the Chinese law-name lookup and the report's law names read the bundled pack, while the findings used the pack in force
    from rules.pack import BUNDLED_DIR

    text = (BUNDLED_DIR / "contract_risk.yaml").read_text(encoding="utf-8")
    malta = "    Malta: {zh: 马耳他法律, en: Malta}\n"
    assert malta in text
    (data_dir / "packs").mkdir()
    (data_dir / "packs" / "contract_risk.yaml").write_text(text.replace(malta, malta + "    Tokelau: {zh: 托克劳法律, en: Tokelau}\n"), "utf-8")
    assert client.post("/v1/rules/reload", headers={"X-API-Key": "test-key"}).status_code == 200
    body = {"text": "软件许可合同\n第一条 合同价款\n合同总价为人民币500,000元。\n第十条 法律适用\n本合同适用托克劳法律。"}
    review = client.post("/v1/contracts/review", json=body).json()
    assert review["terms"]["governing_law"] == "Tokelau"
    assert any(f["rule_id"] == "CR-GOVERNING-LAW" and "托克劳法律" in f["message"] for f in review["findings"])
    report = client.post("/v1/contracts/review?format=markdown", json=body).text
    assert "| 适用法律 | 托克劳法律 |" in report  # the terms table, not only the finding's message


def test_a_reload_while_a_review_runs_leaves_it_on_one_pack_version(data_dir):
    # the review read the TCO horizon and the law names from the pack in force, then asked for the pack in force
    # again to decide: a reload in between gave findings of the new version over the old version's horizon
    from rules.pack import BUNDLED_DIR
    from rules.registry import PackRegistry
    from service import workflows
    from service.container import Services
    from service.settings import Settings

    class ReloadedAfterFirstRead(PackRegistry):
        """An operator's `jicai rules reload` landing just after the review took its pack."""
        def get(self, name):
            pack = super().get(name)
            if self.previous is None:
                self.reload()
            return pack

    svc = Services(Settings(data_dir=data_dir))
    svc.registry = svc.decider.registry = ReloadedAfterFirstRead(svc.settings.packs_dir)
    bundled = PackRegistry().get("contract_risk")
    text = (BUNDLED_DIR / "contract_risk.yaml").read_text(encoding="utf-8")
    (data_dir / "packs").mkdir()
    (data_dir / "packs" / "contract_risk.yaml").write_text(text.replace("  horizon_years: 5 ", "  horizon_years: 3 ", 1), "utf-8")
    review = workflows.review(svc, text="软件许可合同\n第一条 合同价款\n合同总价为人民币500,000元，质保期满后每年服务费为合同总价的20%。")
    assert svc.registry.get("contract_risk").parameters["horizon_years"] == 3  # the reload did land during the review
    assert review["pack_version"] == bundled.version
    assert review["tco"]["horizon_years"] == 5
