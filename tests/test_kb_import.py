"""Bulk import (CSV, GBK CSV, XLSX, JSONL), its all-or-nothing validation, and a process killed mid-import."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

import knowledge_base as kb
from problems import Problem
from test_kb_fixtures import ROOT, backend, encoder  # noqa: F401  (fixtures)

HEADER = ["编号", "项目名称", "日期", "类别", "单位类型", "金额", "概述", "教训", "建议", "标签"]
MAPPING = {"编号": "external_id", "项目名称": "title", "日期": "date", "类别": "category", "单位类型": "org_type",
           "金额": "amount", "概述": "summary", "教训": "lessons", "建议": "recommendations", "标签": "tags"}


def rows(n: int, salt: str = "") -> list[list]:
    return [[f"R{i:04d}", f"第{i}号项目：机房空调维保合同{salt}", f"20{10 + i % 14:02d}-0{1 + i % 9}-15", "services",
             "bank" if i % 2 else "government", 100000 + i, f"第{i}号项目的空调维保费用逐年上涨{salt}",
             "未约定调价上限；备件价格另计", "约定调价上限", "维保|空调"] for i in range(n)]


def write_csv(path: Path, data: list[list], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(data)
    return path


def test_csv_import_maps_columns_and_splits_lists(backend, tmp_path):
    store = backend.open(seed=True)
    report = store.import_file(write_csv(tmp_path / "cases.csv", rows(5)), MAPPING)
    assert (report.rows, report.imported, report.skipped_existing, report.invalid) == (5, 5, 0, [])
    case = store.get(report.case_ids[0])
    assert case.external_id == "R0000" and case.title == "第0号项目：机房空调维保合同"
    assert case.lessons == ["未约定调价上限", "备件价格另计"] and case.tags == ["维保", "空调"]
    assert case.amount == 100000.0 and case.org_type == "government"
    assert store.search("空调维保费逐年涨价", k=1)[0].case.external_id.startswith("R")


def test_gbk_csv_from_excel_is_read(backend, tmp_path):
    store = backend.open()
    report = store.import_file(write_csv(tmp_path / "gbk.csv", rows(3), encoding="gb18030"), MAPPING)
    assert report.imported == 3
    assert store.get(report.case_ids[0]).title.startswith("第0号项目")


def test_xlsx_and_jsonl_import(backend, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows(4):
        sheet.append(row)
    book.save(tmp_path / "cases.xlsx")
    jsonl = tmp_path / "cases.jsonl"
    jsonl.write_text("\n".join(json.dumps({
        "title": f"云桌面项目{i}：并发测试不足", "date": "2022-01-01", "category": "cloud",
        "lessons": ["并发测试只测了100用户"], "external_id": f"J{i}"}, ensure_ascii=False) for i in range(3)),
        encoding="utf-8")
    store = backend.open()
    assert store.import_file(tmp_path / "cases.xlsx", MAPPING).imported == 4
    assert store.import_file(jsonl).imported == 3
    assert store.count() == 7


def test_title_rows_above_the_header_are_skipped_as_the_survey_reader_does(backend, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["2024年度项目经验教训汇总表"])
    sheet.append(["填报单位：信息中心", None, "单位：元"])
    sheet.append(HEADER)
    for row in rows(3):
        sheet.append(row)
    book.save(tmp_path / "form.xlsx")
    store = backend.open()
    report = store.import_file(tmp_path / "form.xlsx", MAPPING)
    assert (report.rows, report.imported, report.invalid) == (3, 3, [])
    assert store.get(report.case_ids[0]).title == "第0号项目：机房空调维保合同"
    # a header without a column the cases need is named at once, not as every row invalid
    with pytest.raises(Problem) as err:
        store.import_file(tmp_path / "form.xlsx", {**MAPPING, "开始日期": "date", "日期": "summary"})
    assert err.value.code == "missing_column" and "开始日期" in err.value.message


def test_one_bad_row_refuses_the_whole_file_unless_told_to_skip(backend, tmp_path):
    data = rows(6)
    data[2][2] = "明年"          # bad date
    data[4][1] = ""             # no title
    path = write_csv(tmp_path / "bad.csv", data)
    store = backend.open()
    with pytest.raises(kb.CaseError) as err:
        store.import_file(path, MAPPING)
    assert err.value.code == "invalid_import"
    assert [e["row"] for e in err.value.details["invalid"]] == [4, 6]   # as a spreadsheet numbers them
    assert "rows 4, 6" in err.value.message and "日期" in err.value.message  # the CLI prints the message only
    assert store.count() == 0
    report = store.import_file(path, MAPPING, skip_invalid=True)
    assert report.imported == 4 and len(report.invalid) == 2


def test_reimport_skips_what_is_already_there(backend, tmp_path):
    store = backend.open()
    path = write_csv(tmp_path / "cases.csv", rows(4))
    store.import_file(path, MAPPING)
    report = store.import_file(path, MAPPING)
    assert (report.imported, report.skipped_existing) == (0, 4)
    assert store.count() == 4


def test_reimport_of_a_file_without_ids_does_not_double_the_base(backend, tmp_path):
    """Re-running an import is how an interrupted one is finished; without 编号 it stored every row twice."""
    store = backend.open()
    no_ids = {column: field for column, field in MAPPING.items() if field != "external_id"}
    path = write_csv(tmp_path / "cases.csv", rows(4))
    store.import_file(path, no_ids)
    write_csv(path, rows(5))  # one row added since
    report = store.import_file(path, no_ids)
    assert (report.imported, report.skipped_existing) == (1, 4)
    assert store.count() == 5
    changed = rows(5)
    changed[0][7] = "另一条教训"  # same title, date and summary, other lessons: another case
    assert store.import_file(write_csv(path, changed), no_ids).imported == 1


@pytest.mark.parametrize("call, code, status", [
    (lambda s, p: s.import_file(p, {"编号": "budget"}), "bad_mapping", 400),
    (lambda s, p: s.import_file(p.with_suffix(".txt")), "unsupported_format", 415),
    (lambda s, p: s.import_file(p.with_name("missing.csv")), "file_not_found", 400),
    (lambda s, p: s.import_file(p.with_name("empty.csv")), "empty_file", 400),
    (lambda s, p: s.import_file(p.with_name("latin1.csv")), "invalid_encoding", 400),
    (lambda s, p: s.import_file(p.with_name("broken.xlsx")), "invalid_xlsx", 400),
])
def test_bad_import_requests_are_clear_errors(backend, tmp_path, call, code, status):
    store = backend.open()
    path = write_csv(tmp_path / "cases.csv", rows(2))
    (tmp_path / "empty.csv").write_bytes(b"\n \n")
    (tmp_path / "latin1.csv").write_bytes(",".join(HEADER).encode() + b"\nR1,\xff\xfe\xfd\n")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    # the file's own errors come from the shared reader (tabular.TableError), the rest are CaseError: both Problems
    with pytest.raises(Problem) as err:
        call(store, path)
    assert (err.value.code, err.value.status) == (code, status)
    if code == "invalid_encoding":
        assert err.value.details["line"] == 2 and "第2行" in err.value.message
    assert store.count() == 0


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_file_over_the_row_limit_is_refused_at_that_row_and_writes_nothing(backend, tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(kb.importer, "MAX_IMPORT_ROWS", 3)
    path = write_csv(tmp_path / "cases.csv", rows(4))
    if suffix == ".jsonl":
        path = tmp_path / "cases.jsonl"
        path.write_text("\n\n".join(json.dumps({"title": f"云桌面项目{i}", "date": "2022-01-01", "category": "cloud",
                                                "lessons": ["并发测试不足"]}, ensure_ascii=False)
                                    for i in range(4)), encoding="utf-8")
    store = backend.open()
    with pytest.raises(Problem) as err:
        store.import_file(path, MAPPING if suffix == ".csv" else {})
    assert (err.value.code, err.value.status) == ("too_many_rows", 413)
    assert err.value.details == {"row": 5 if suffix == ".csv" else 7, "limit": 3}   # the 4th data row, as numbered
    assert store.count() == 0
    monkeypatch.setattr(kb.importer, "MAX_IMPORT_ROWS", 4)
    assert store.import_file(path, MAPPING if suffix == ".csv" else {}).imported == 4


def test_invalid_rows_name_the_column_as_written(backend, tmp_path):
    data = rows(3)
    data[1][2] = "明年"
    path = write_csv(tmp_path / "bad.csv", data)
    with open(path, "a", encoding="utf-8", newline="") as fh:  # a quoted cell over two lines is still one row
        csv.writer(fh).writerow(["R9", "多行\n标题", "2020-01-01", "services", "", "", "概述", "教训", "", ""])
        fh.write("\n")
        csv.writer(fh).writerow(["R10", "", "2020-01-01", "services", "", "", "概述", "教训", "", ""])
    store = backend.open()
    report = store.import_file(path, MAPPING, skip_invalid=True)
    assert [(e["row"], [(p["field"], p.get("column")) for p in e["details"]["problems"]]) for e in report.invalid] == [
        (3, [("date", "日期")]), (7, [("title", "项目名称")])]
    assert report.rows == 5 and report.imported == 3


def test_parse_mapping_reads_cli_pairs():
    assert kb.parse_mapping(["lesson=lessons", " abstract = summary "]) == {"lesson": "lessons", "abstract": "summary"}
    with pytest.raises(kb.CaseError):
        kb.parse_mapping(["lessons"])


IMPORTER = """
import json, sys
from pathlib import Path
import knowledge_base as kb
from problems import Problem
url = sys.argv[1] or None
store = kb.open_store(url, Path(sys.argv[2]), seed=False)
def acknowledge(report):
    print(json.dumps(report.case_ids), flush=True)
store.import_file(sys.argv[3], json.loads(sys.argv[4]), batch_size=8, on_batch=acknowledge)
print("DONE", flush=True)
"""


def test_killed_import_loses_no_acknowledged_case_and_leaves_no_partial_one(backend, tmp_path):
    salt = uuid.uuid4().hex[:8]  # texts never seen by the embedding cache: the import takes real time
    data = rows(160, salt)
    path = write_csv(tmp_path / "big.csv", data)
    env = {**os.environ, "JICAI_EMBEDDING_CACHE": str(tmp_path / "emb-cache"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, backend.url or "", str(tmp_path / "data"), str(path), json.dumps(MAPPING)],
        stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    acknowledged: list[str] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        assert line and line != "DONE\n", "import finished before it could be killed; make it longer"
        acknowledged = json.loads(line)
        if len(acknowledged) >= 24:
            break
    time.sleep(0.3)  # well inside the next batch
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert len(acknowledged) >= 24

    store = backend.open()
    stored = {c.id: c for c in store.list(limit=1000)}
    assert set(acknowledged) <= set(stored)                  # nothing acknowledged was lost
    assert len(stored) < len(data)                           # and it really was cut short
    source = {r[0]: r for r in data}
    for case in stored.values():                             # nothing half-stored: every case is whole
        row = source[case.external_id]
        assert (case.title, case.date, case.summary) == (row[1], row[2], row[6])
        assert case.lessons == ["未约定调价上限", "备件价格另计"] and case.tags == ["维保", "空调"]
    tag_rows = store.db.query("SELECT case_id, tag FROM case_tags")
    assert sorted(tag_rows) == sorted((cid, t) for cid in stored for t in ("维保", "空调"))
    assert all(len(bytes(r[0])) == 384 * 4 for r in store.db.query("SELECT embedding FROM cases"))
    assert store.index.ids() == set(stored)                  # the index agrees with the store after restart

    report = store.import_file(path, MAPPING)                # re-running finishes the job
    assert report.skipped_existing == len(stored) and report.imported == len(data) - len(stored)
    assert store.count() == len(data)
    store.refresh()
    assert store.index.ids() == {c.id for c in store.list(limit=1000)}


def nasa_csv() -> Path:
    base = Path(os.environ.get("JICAI_SHARED_DATA") or ROOT / ".." / "shared" / "data")
    return base / "nasa_llis" / "llis_lessons.csv"


NASA_MAPPING = {"lesson_id": "external_id", "lesson_date": "date", "abstract": "summary",
                "lesson": "lessons", "categories": "tags", "organization": "org_type"}


@pytest.mark.skipif(not nasa_csv().is_file(), reason="NASA LLIS export not found under ../shared/data")
def test_real_nasa_lessons_import_and_search(backend, tmp_path):
    with nasa_csv().open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        head = [next(reader) for _ in range(40)]
    path = tmp_path / "nasa.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(head[0].keys()))
        w.writeheader()
        w.writerows(head)
    store = backend.open()
    report = store.import_file(path, NASA_MAPPING, defaults={"category": "aerospace", "source": "nasa_llis"},
                               skip_invalid=True)
    assert report.imported + len(report.invalid) == 40 and report.imported >= 35
    assert "url" in report.ignored_columns
    target = store.get(report.case_ids[5])
    hits = store.search(target.title, k=3, category="aerospace")
    assert target.id in [h.case.id for h in hits]


def test_a_decimal_comma_amount_is_refused_not_read_as_thousands(backend, tmp_path):
    # Excel in a European locale writes 1,5 for 1.5: dropping the comma would store 15
    data = rows(4)
    data[0][5], data[1][5], data[2][5], data[3][5] = "1,200,000", "1，200，000", "1,5", "1e3"
    store = backend.open()
    report = store.import_file(write_csv(tmp_path / "amounts.csv", data), MAPPING, skip_invalid=True)
    assert [store.get(i).amount for i in report.case_ids] == [1_200_000, 1_200_000, 1000]
    assert [(e["row"], e["details"]["problems"]) for e in report.invalid] == [(4, [
        {"field": "amount", "column": "金额", "problem": "“1,5”不是有效数字：请写成1.5或15 / 1,5 is not a number: write 1.5 or 15"}])]
    with pytest.raises(kb.CaseError) as err:
        store.import_file(tmp_path / "amounts.csv", MAPPING)
    assert "row 4 金额: “1,5”不是有效数字" in err.value.message


def _semicolon_csv(path: Path, amounts: list[str]) -> Path:
    """A ';'-separated CSV as Excel writes it in a European locale."""
    data = rows(len(amounts))
    for row, amount in zip(data, amounts):
        row[5] = amount
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        w.writerows(data)
    return path


def test_a_european_semicolon_csv_reads_amounts_in_its_own_decimal_mark(backend, tmp_path):
    # 250.000 was stored as 250.0 and 1.500.000,00 refused: the amount read the Chinese way whatever the file
    store = backend.open()
    report = store.import_file(_semicolon_csv(tmp_path / "eu.csv", ["1.500.000,00", "250.000", "80.000,50"]), MAPPING)
    assert [store.get(i).amount for i in report.case_ids] == [1_500_000.0, 250_000.0, 80_000.5]
    with pytest.raises(kb.CaseError) as err:  # nothing shows the mark: a thousand or one and a half, never a guess
        store.import_file(_semicolon_csv(tmp_path / "unclear.csv", ["1.500", "250.000"]), {**MAPPING, "编号": "source"})
    assert [e["row"] for e in err.value.details["invalid"]] == [2, 3] and "金额" in err.value.message
    assert store.count() == 3
