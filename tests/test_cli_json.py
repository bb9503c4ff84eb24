"""`jicai … --json` prints the body the HTTP API answers for the same input (API.md: "the CLI with the same verbs")."""
import json
from pathlib import Path

from service.cli import main

DATA = Path(__file__).parent / "data"
VOLATILE = {"decision_id", "evaluated_at", "seconds", "id", "created_at"}  # differ between any two runs


def _stable(value):
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def _cli(capsys, *argv) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_review_json_is_the_apis(capsys, client, data_dir):
    contract = DATA / "contracts" / "cn02_licence_risky.txt"
    api = client.post("/v1/contracts/review", files={"file": (contract.name, contract.read_bytes())},
                      data={"contract_value": "1200000"})
    assert api.status_code == 200
    cli = _cli(capsys, "review", str(contract), "--contract-value", "1200000", "--data-dir", str(data_dir))
    assert cli["findings"] and _stable(cli) == _stable(api.json())


def test_bundle_json_is_the_apis(capsys, client, data_dir, tmp_path):
    survey = tmp_path / "需求普查.csv"
    survey.write_text("编号,部门,需求描述,数量,预算\nR1,信息技术部,采购机架式服务器10台,10,800000\n"
                      "R2,北京分行,更换2台x86服务器,2,150000\nR3,办公室,采购彩色激光打印机3台,3,24000\n合计,,,15,974000\n",
                      encoding="utf-8")
    api = client.post("/v1/demands/bundle", files={"file": (survey.name, survey.read_bytes())})
    assert api.status_code == 200
    cli = _cli(capsys, "bundle", str(survey), "--data-dir", str(data_dir))
    assert cli["skipped_rows"] and _stable(cli) == _stable(api.json())


def test_admission_and_grading_json_are_the_apis(capsys, client, data_dir, tmp_path, supplier, grading_body):
    f = tmp_path / "供应商.json"
    f.write_text(json.dumps(supplier, ensure_ascii=False), encoding="utf-8")
    api = client.post("/v1/suppliers/admission", json=supplier).json()
    assert _stable(_cli(capsys, "admit", str(f), "--data-dir", str(data_dir))) == _stable(api)
    f.write_text(json.dumps(grading_body, ensure_ascii=False), encoding="utf-8")
    api = client.post("/v1/suppliers/grade", json=grading_body).json()
    assert _stable(_cli(capsys, "grade", str(f), "--data-dir", str(data_dir))) == _stable(api)

    sheet = tmp_path / "考核.csv"
    sheet.write_text("供应商编号,供应商名称,考核期,价格,响应速度,服务能力,合规性,可持续发展能力,合规违规,数据安全事件,SLA违约次数\n"
                     "S1,华信,2026Q1,90,88,92,95,80,否,否,0\nS2,数联,2026Q1,60,70,65,60,50,是,否,2\n", encoding="utf-8")
    api = client.post("/v1/suppliers/grade/batch", files={"file": (sheet.name, sheet.read_bytes())}).json()
    cli = _cli(capsys, "grade", str(sheet), "--data-dir", str(data_dir))
    assert cli["summary"] == {"A": 1, "B": 0, "C": 1} and _stable(cli) == _stable(api)


def test_case_search_and_add_json_are_the_apis(capsys, client, data_dir, tmp_path):
    api = client.get("/v1/cases/search", params={"q": "合同没算清后续服务费", "k": 3}).json()
    cli = _cli(capsys, "cases", "search", "合同没算清后续服务费", "-k", "3", "--data-dir", str(data_dir))
    assert cli["hits"] and cli == api  # ids included: the same stored cases

    cases = [{"title": "某区医保系统运维合同未约定响应时限", "date": "2025-06-01", "category": "services",
              "summary": "故障响应无时限，投诉无从追责"},
             {"title": "某市政务云续约自动涨价", "date": "2024-03-15", "category": "cloud",
              "lessons": ["续约条款须写明价格上限"]}]
    f = tmp_path / "案例.json"
    f.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    api = client.post("/v1/cases", json=cases, headers={"X-API-Key": "test-key"})
    assert api.status_code == 201
    assert _stable(_cli(capsys, "cases", "add", str(f), "--data-dir", str(data_dir))) == _stable(api.json())


def test_case_delete_json_prints_the_apis_empty_body(capsys, data_dir, tmp_path):
    f = tmp_path / "案例.json"
    f.write_text(json.dumps({"title": "某市政务云续约自动涨价", "date": "2024-03-15", "category": "cloud",
                             "lessons": ["续约条款须写明价格上限"]}, ensure_ascii=False), encoding="utf-8")
    case_id = _cli(capsys, "cases", "add", str(f), "--data-dir", str(data_dir))["id"]
    assert main(["cases", "delete", case_id, "--json", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == ""  # DELETE /v1/cases/{id} answers 204, no body
