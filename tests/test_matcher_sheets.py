"""Survey workbooks as a Chinese office's Excel has them: a merged title, a note under the header, departments merged
over their block of rows, units in the header, dates in every spelling, 合计 rows, hidden and extra sheets; and the
XLSX export read back."""
import datetime as dt
import io

import pytest
from openpyxl import Workbook, load_workbook

from matcher.io import bundles_xlsx, read_requests
from matcher.requests import Request
from problems import Problem

HEADER = ["序号", "部门", "需求描述", "数量", "预算（万元）", "需求日期"]


def workbook(build) -> bytes:
    wb = Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def survey(rows, header=HEADER, above=()):
    def build(wb):
        ws = wb.active
        ws.title = "需求表"
        for line in above:
            ws.append(line)
        ws.append(header)
        for r in rows:
            ws.append(r)
    return workbook(build)


def office_survey(wb):
    ws = wb.active
    ws.title = "2027年需求"
    ws.append(["2027年度信息化需求普查表"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(HEADER)
    ws.append(["填写说明：预算以万元为单位，需求日期填到月"])
    ws.merge_cells("A4:F4")
    ws.append([1, "信息技术部", "采购机架式服务器", "2台", 80, "2027/3/1"])
    ws.append([2, None, "核心交换机更换", "3套", 12.5, "2027.3.1"])
    ws.append([3, None, "机房UPS电池更换", 1, 0.3, 46082])
    ws.merge_cells("B5:B7")
    ws.append([None, "小计", None, None, 92.8, None])
    ws.append([4, "财务部", "财务软件升级", 1, 5, "2027年3月底"])
    ws.append([5, "办公室", "笔记本电脑", 10, 6, dt.datetime(2027, 4, 1)])
    ws.append([6, "办公室", "彩色激光打印机", 2, "8000元", "2027年二季度"])
    ws.append(["合计", None, None, None, 104.6, None])
    ws.append(["填表人：张三", None, "审核人：李四"])


def test_an_office_survey_is_read_as_the_planner_means_it():
    skipped = []
    reqs = read_requests(workbook(office_survey), "普查.xlsx", skipped)
    got = [(r.id, r.department, r.text, r.quantity, r.budget, r.needed_by) for r in reqs]
    assert got == [
        ("1", "信息技术部", "采购机架式服务器", 2, 800_000, dt.date(2027, 3, 1)),
        ("2", "信息技术部", "核心交换机更换", 3, 125_000, dt.date(2027, 3, 1)),  # 部门 merged over rows 5–7
        ("3", "信息技术部", "机房UPS电池更换", 1, 3_000, dt.date(2026, 3, 1)),  # Excel's day number 46082
        ("4", "财务部", "财务软件升级", 1, 50_000, dt.date(2027, 3, 31)),  # 3月底: the last day
        ("5", "办公室", "笔记本电脑", 10, 60_000, dt.date(2027, 4, 1)),
        ("6", "办公室", "彩色激光打印机", 2, 8_000, dt.date(2027, 4, 1)),  # its own unit wins; 二季度: its first day
    ]
    assert [(s["row"], s["reason"]) for s in skipped] == [(4, "note"), (8, "total"), (12, "total"), (13, "note")]
    assert skipped[1]["text"] == "小计 92.8" and skipped[3]["text"] == "填表人：张三 审核人：李四"


def test_a_budget_merged_over_several_requests_is_refused_not_counted_for_each(tmp_path):
    # filling a merged 部门 down is what the planner means; filling a merged 预算 down counted 100万 once per row
    def build(wb):
        ws = wb.active
        ws.append(HEADER)
        ws.append([1, "信息技术部", "采购机架式服务器", 2, 100, "2027/3/1"])
        ws.append([2, "信息技术部", "服务器上架安装服务", 1, None, "2027/3/1"])
        ws.merge_cells("E2:E3")
    with pytest.raises(Problem) as err:
        read_requests(workbook(build), "普查.xlsx")
    assert err.value.code == "merged_number" and err.value.status == 422
    assert err.value.details["row"] == 3 and err.value.details["field"] == "budget"
    assert "预算（万元）" in err.value.message and "合并" in err.value.message


@pytest.mark.parametrize("above, header, cell, budget", [
    ((), "预算(元)", 80000, 80000), ((), "预算（万元）", 8, 80000), ((), "金额（单位：万元）", "1.5", 15000),
    ((["2027年度需求普查表"], ["填报单位：办公室", None, "金额单位：万元"]), "预算", 8, 80000),
    ((["单位：元"],), "预算", 8, 8), ((), "预算（亿元）", 0.1, 10_000_000), ((), "预算（万元）", "3万", 30000),
])
def test_a_unit_in_the_header_or_above_it_scales_the_budgets(above, header, cell, budget):
    (r,) = read_requests(survey([["信息部", "服务器", cell]], ["部门", "需求描述", header], above), "s.xlsx")
    assert r.budget == budget


def test_a_header_and_a_title_naming_different_units_are_refused():
    with pytest.raises(Problem) as err:
        read_requests(survey([["信息部", "服务器", 8]], ["部门", "需求描述", "预算（元）"], [["单位：万元"]]), "s.xlsx")
    assert err.value.code == "conflicting_units" and err.value.details["field"] == "budget"
    assert "预算（元）" in err.value.message and "单位：万元" in err.value.message


@pytest.mark.parametrize("cell, date", [
    (46082, dt.date(2026, 3, 1)), (46082.5, dt.date(2026, 3, 1)), (dt.date(2027, 3, 1), dt.date(2027, 3, 1)),
    ("2027/3/1", dt.date(2027, 3, 1)), ("2027.3.1", dt.date(2027, 3, 1)), ("2027年3月", dt.date(2027, 3, 1)),
    ("2027年3月底", dt.date(2027, 3, 31)), ("2027年2月末", dt.date(2027, 2, 28)), ("2027年12月底", dt.date(2027, 12, 31)),
    ("2027年二季度", dt.date(2027, 4, 1)), ("2027年第4季度", dt.date(2027, 10, 1)), ("2027Q3", dt.date(2027, 7, 1)),
    ("2027年底", dt.date(2027, 12, 31)), (20270301, dt.date(2027, 3, 1)),
])
def test_dates_as_offices_write_them(cell, date):
    (r,) = read_requests(survey([[1, "信息部", "服务器", 1, 1, cell]]), "s.xlsx")
    assert r.needed_by == date


@pytest.mark.parametrize("column, cell, field", [("需求日期", "尽快", "needed_by"), ("需求日期", 2027, "needed_by"),
                                                 ("需求日期", "2027年13月底", "needed_by"), ("数量", "若干", "quantity")])
def test_what_is_not_a_date_or_a_number_is_refused_naming_row_and_column(column, cell, field):
    row = [1, "信息部", "服务器", 1, 1, None]
    row[HEADER.index(column)] = cell
    with pytest.raises(Problem) as err:
        read_requests(survey([row, [2, "财务部", "电脑", 1, 1, None]]), "s.xlsx")
    assert err.value.details["row"] == 2 and err.value.details["field"] == field
    assert f"第2行：{column}“{cell}”" in err.value.message and "留空" in err.value.message


def test_a_budget_formatted_as_a_percentage_is_refused_not_read_as_a_fraction_of_a_yuan():
    def build(wb):
        ws = wb.active
        ws.append(HEADER)
        ws.append([1, "信息部", "服务器", 1, 0.125, None])
        ws["E2"].number_format = "0.0%"
    with pytest.raises(Problem) as err:
        read_requests(workbook(build), "s.xlsx")
    assert err.value.details["row"] == 2 and err.value.details["field"] == "budget"
    assert "预算（万元）“12.5%”" in err.value.message


def test_a_total_written_as_the_request_is_never_a_request():
    skipped = []
    reqs = read_requests(survey([[1, "信息部", "服务器", 2, 80, None], [None, None, "合 计：", 2, 80, None]]), "s.xlsx", skipped)
    assert [r.text for r in reqs] == ["服务器"] and skipped == [{"row": 3, "reason": "total", "text": "合 计： 2 80"}]


def test_a_hidden_template_sheet_is_not_read_and_the_data_may_be_on_a_later_sheet():
    def build(wb):
        notes = wb.active
        notes.title = "填表说明"
        notes.append(["请按以下要求填写：预算以万元为单位"])
        template = wb.create_sheet("模板")
        template.sheet_state = "hidden"
        template.append(HEADER)
        template.append([1, "示例部门", "示例：服务器", 1, 1, None])
        data = wb.create_sheet("需求表")
        data.append(HEADER)
        data.append([1, "信息部", "核心交换机", 1, 1, None])
    (r,) = read_requests(workbook(build), "s.xlsx")
    assert (r.department, r.text) == ("信息部", "核心交换机")


def test_two_sheets_with_a_survey_header_are_refused_naming_both():
    def build(wb):
        wb.active.title = "信息部"
        wb.active.append(HEADER)
        wb.active.append([1, "信息部", "服务器", 1, 1, None])
        other = wb.create_sheet("财务部")
        other.append(HEADER)
        other.append([1, "财务部", "电脑", 1, 1, None])
    with pytest.raises(Problem) as err:
        read_requests(workbook(build), "s.xlsx")
    assert err.value.code == "several_sheets" and err.value.details["sheets"] == ["信息部", "财务部"]
    assert "“信息部”、“财务部”" in err.value.message


def test_the_export_reads_back_with_numbers_dates_outliers_and_no_formulas(tmp_path):
    reqs = read_requests(workbook(office_survey), "普查.xlsx")
    reqs.append(Request("7", "办公室", "=HYPERLINK(\"http://x\",\"点击\")"))
    reqs.append(Request("8", "办公室", "-VPN扩容", 1, 2000.0))
    reqs.append(Request("9", "办公室", "@所有人 会议平板", None, None, dt.date(2027, 5, 1)))
    result = {"bundles": [{"id": "B001", "label": "服务器", "keywords": ["服务器"], "request_ids": ["1", "2"],
                           "departments": ["信息技术部"], "total_quantity": 5.0, "total_budget": 925000.0,
                           "earliest_needed_by": "2027-03-01", "shared": False, "category": None}],
              "outliers": ["3", "4", "5", "6", "7", "8", "9"], "stats": {}}
    wb = load_workbook(io.BytesIO(bundles_xlsx(result, reqs)))
    bundles, lines = wb.worksheets
    assert (bundles.title, lines.title) == ("需求包 Bundles", "需求明细 Requests")
    assert lines["E1"].value.startswith("预算（元）") and bundles["H1"].value.startswith("总预算（元）")
    b = [c.value for c in bundles[2]]
    assert b[6:9] == [5, 925000, dt.datetime(2027, 3, 1)]
    rows = list(lines.iter_rows(min_row=2))
    assert sorted(r[0].value for r in rows) == [str(i) for i in range(1, 10)]  # every request once
    by_id = {r[0].value: r for r in rows}
    assert [by_id["1"][i].value for i in (3, 4, 5, 6)] == [2, 800000, dt.datetime(2027, 3, 1), "B001"]
    assert by_id["3"][6].value.startswith("单独采购")
    for rid, text in (("7", "=HYPERLINK(\"http://x\",\"点击\")"), ("8", "-VPN扩容"), ("9", "@所有人 会议平板")):
        cell = by_id[rid][2]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
