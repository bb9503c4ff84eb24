"""`jicai cases …` and `jicai bundle`: the same operations as the API, with tables, JSON and one-line errors."""
import json
from pathlib import Path

from openpyxl import load_workbook

from service.cli import main
from test_api_cases import CASE

SURVEY = Path(__file__).parent / "data" / "requests" / "survey_labelled.csv"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_add_search_show_delete(capsys, data_dir, tmp_path):
    f = tmp_path / "case.json"
    f.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "cases", "add", str(f), "--json", "--data-dir", str(data_dir))
    assert code == 0
    case_id = json.loads(out)["id"]
    code, out, _ = run(capsys, "cases", "search", "医保核心系统运维没写响应时限", "--data-dir", str(data_dir))
    assert code == 0 and case_id in out.splitlines()[2]  # the best hit, under the header and rule
    code, _, err = run(capsys, "cases", "search", "有没有类似的案例？", "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error [invalid_query]: 查询中没有可检索的词") and err.count("\n") == 1
    code, out, _ = run(capsys, "cases", "show", case_id, "--data-dir", str(data_dir))
    assert "教训 lessons" in out and "运维合同必须写明故障分级响应时限和扣款" in out
    assert run(capsys, "cases", "delete", case_id, "--data-dir", str(data_dir))[0] == 0
    code, _, err = run(capsys, "cases", "show", case_id, "--data-dir", str(data_dir))
    assert code == 2 and "case_not_found" in err


def test_cases_import_with_mapping_and_defaults(capsys, data_dir, tmp_path):
    f = tmp_path / "lessons.csv"
    f.write_text("Subject,When,Lesson\n"
                 "Cloud exit took six months,2023-03-01,Write data export terms into the SaaS contract\n"
                 "Late UPS delivery,2022-07-15,Put delay damages per day in the contract\n", encoding="utf-8")
    code, out, err = run(capsys, "cases", "import", str(f), "--map", "Subject=title", "--map", "When=date",
                         "--map", "Lesson=lessons", "--set", "category=lessons", "--set", "summary=imported",
                         "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 2 and report["invalid"] == []
    code, out, _ = run(capsys, "cases", "search", "SaaS data export exit", "--category", "lessons", "--json",
                          "--data-dir", str(data_dir))
    assert json.loads(out)["hits"][0]["case"]["title"] == "Cloud exit took six months"
    code, _, err = run(capsys, "cases", "import", str(f), "--map", "Subject", "--data-dir", str(data_dir))
    assert code == 2 and "bad_mapping" in err


def test_bundle_writes_the_workbook(capsys, data_dir, tmp_path):
    out_xlsx = tmp_path / "bundles.xlsx"
    code, out, err = run(capsys, "bundle", str(SURVEY), "--xlsx", str(out_xlsx), "--data-dir", str(data_dir))
    assert code == 0, err
    # the planner's language by default: headers, budgets in 万元, the summary
    assert out.startswith("需求包  名称") and "最早需求日期" in out and "160 条需求 → " in out
    wb = load_workbook(out_xlsx)
    bundles, requests = wb.worksheets
    assert requests.max_row == 161  # header + every survey line, each with its bundle or "outlier"
    assert bundles.max_row - 1 == int(out.split("→ ")[1].split(" 个需求包")[0])
    budgets = {row[0]: row[7] for row in bundles.iter_rows(min_row=2, values_only=True)}  # 总预算（元）
    line = next(line for line in out.splitlines() if line.startswith("B"))
    assert budgets[line.split()[0]] >= 10000 and f"  {budgets[line.split()[0]] / 10000:g} 万元  " in line, (budgets, line)
    code, out, err = run(capsys, "bundle", str(SURVEY), "--lang", "en", "--data-dir", str(data_dir))
    assert out.startswith("bundle  label") and "160 requests → " in out and "CNY " in out


def test_bundle_bad_file_is_one_line(capsys, data_dir, tmp_path):
    f = tmp_path / "survey.csv"
    f.write_bytes("部门,数量\n财务部,1\n".encode("gbk"))
    code, _, err = run(capsys, "bundle", str(f), "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error [missing_column]") and "需求描述" in err


def test_bundle_to_a_workbook_it_cannot_write_is_one_line(capsys, data_dir, tmp_path):
    f = tmp_path / "survey.csv"
    f.write_text("部门,需求描述\n财务部,服务器\n", encoding="utf-8")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    code, _, err = run(capsys, "bundle", str(f), "--xlsx", str(blocker / "out.xlsx"), "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error [cannot_write]") and "out.xlsx" in err
    code, _, err = run(capsys, "bundle", str(f), "--xlsx", str(tmp_path / "out.csv"), "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error [unsupported_format]") and not (tmp_path / "out.csv").exists()


def test_with_json_an_error_is_the_apis_error_body(capsys, data_dir, tmp_path):
    f = tmp_path / "empty.csv"
    f.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "bundle", str(f), "--json", "--data-dir", str(data_dir))
    assert code == 2 and err == ""
    assert json.loads(out)["error"]["code"] == "empty_file"
