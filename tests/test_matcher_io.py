"""Survey files: CSV (UTF-8, GBK), XLSX, JSON with Chinese or English headers; errors name the row or column."""
import datetime as dt
import io
import json

import pytest
from openpyxl import Workbook, load_workbook

from matcher.io import bundles_xlsx, read_requests
from matcher.requests import MAX_REQUESTS, InputError, Request
from problems import Problem

ZH_CSV = "部门,需求描述,数量,预算（元）,需求日期\n信息技术部,采购服务器10台,10,80万,2027/3/31\n,,,,\n北京分行,更换防火墙,\"1,000\",\"12,500.5\",2027年5月\n"


def xlsx_bytes(rows):
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_chinese_headers_utf8_csv():
    reqs = read_requests(ZH_CSV.encode("utf-8"), "survey.csv")
    assert [r.text for r in reqs] == ["采购服务器10台", "更换防火墙"]
    assert reqs[0].budget == 800000 and reqs[0].quantity == 10 and reqs[0].needed_by == dt.date(2027, 3, 31)
    assert reqs[1].quantity == 1000 and reqs[1].budget == 12500.5 and reqs[1].needed_by == dt.date(2027, 5, 1)
    assert reqs[0].row == 2 and reqs[1].row == 4  # spreadsheet line numbers, the blank line skipped
    assert [r.id for r in reqs] == ["1", "3"]  # no id column: the data row number


def test_gbk_csv_from_excel_is_read():
    reqs = read_requests(ZH_CSV.encode("gbk"), "survey.csv")
    assert reqs[1].department == "北京分行"


def test_utf8_bom_and_english_headers(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes("\ufeffID,Department,Description,Qty,Budget,Needed by\nA-1,Finance,Laptops for staff,5,30000,2027-04-01\n".encode("utf-8"))
    (r,) = read_requests(path)
    assert (r.id, r.department, r.text, r.quantity, r.needed_by) == ("A-1", "Finance", "Laptops for staff", 5, dt.date(2027, 4, 1))


def test_xlsx_with_dates_and_numbers():
    data = xlsx_bytes([["编号", "部门", "需求描述", "数量", "预算", "需求日期"],
                       ["R1", "办公室", "多功能一体机10台", 10, 150000, dt.datetime(2027, 3, 31)],
                       [None, None, None, None, None, None],
                       ["R2", "财务部", "激光打印机3台", 3, None, None]])
    reqs = read_requests(data, "survey.xlsx")
    assert [(r.id, r.quantity, r.budget, r.needed_by) for r in reqs] == [("R1", 10, 150000, dt.date(2027, 3, 31)), ("R2", 3, None, None)]


def test_json_list_and_object():
    body = [{"id": "1", "department": "IT", "text": "servers", "quantity": 2}]
    assert read_requests(json.dumps(body).encode(), "a.json")[0].quantity == 2
    assert read_requests(json.dumps({"requests": body}).encode(), "a.json")[0].text == "servers"


@pytest.mark.parametrize(
    "data, name, code, status, detail",
    [
        (b"dept,foo\nIT,x\n", "a.csv", "missing_column", 422, {"row": 1, "field": "text"}),
        ("部门,需求描述,数量\nIT,服务器,十台\n".encode(), "a.csv", "invalid_number", 422, {"row": 2, "field": "quantity"}),
        ("部门,需求描述,需求日期\nIT,服务器,明年\n".encode(), "a.csv", "invalid_date", 422, {"row": 2, "field": "needed_by"}),
        ("部门,需求描述\nIT,服务器\n财务部,\n".encode(), "a.csv", "missing_text", 422, {"row": 3, "field": "text"}),
        ("编号,需求描述\n7,服务器\n7,防火墙\n".encode(), "a.csv", "duplicate_id", 422, {"id": "7", "first": 2, "again": 3}),
        (b"\x81\x30\xff\xfe\xfd", "a.csv", "invalid_encoding", 400, {"line": 1}),
        (b"   ", "a.csv", "empty_file", 400, None),
        (b"abc", "a.xls", "unsupported_format", 415, None),
        (b"abc", "a.pdf", "unsupported_format", 415, None),
        (b"not a zip", "a.xlsx", "invalid_xlsx", 400, None),
        (b'{"requests": [', "a.json", "invalid_json", 400, {"line": 1}),
    ],
)
def test_bad_files_get_named_errors(data, name, code, status, detail):
    # file-level errors come from the shared reader (tabular.TableError), row-level ones are InputError: both Problems
    with pytest.raises(Problem) as err:
        read_requests(data, name)
    assert err.value.code == code and err.value.status == status
    for key, value in (detail or {}).items():
        assert err.value.details[key] == value
    body = err.value.to_dict()["error"]
    assert body["code"] == code and body["message"]
    if "row" in (detail or {}):
        assert f"row {detail['row']}" in body["message"] and f"第{detail['row']}行" in body["message"]


def test_errors_use_the_header_as_written():
    with pytest.raises(InputError) as err:
        read_requests("部门,需求描述,数量（台）\nIT,服务器,十台\n".encode(), "a.csv")
    assert "数量（台）“十台”不是数字" in err.value.message and err.value.details["field"] == "quantity"


def test_over_the_row_limit_names_the_row():
    lines = ["需求描述"] + ["服务器"] * (MAX_REQUESTS + 1)
    with pytest.raises(Problem) as err:
        read_requests("\n".join(lines).encode(), "big.csv")
    assert err.value.code == "too_many_rows" and err.value.status == 413
    assert err.value.details["row"] == MAX_REQUESTS + 2


def test_xlsx_export_has_bundles_and_requests(tmp_path):
    reqs = [Request("R1", "IT", "servers", 2, 100.0, dt.date(2027, 1, 5)), Request("R2", "HR", "servers too", 3, None, None),
            Request("R3", "HR", "health checks")]
    result = {"bundles": [{"id": "B001", "label": "服务器", "keywords": ["server"], "request_ids": ["R1", "R2"], "departments": ["HR", "IT"],
                           "total_quantity": 5, "total_budget": 100, "earliest_needed_by": "2027-01-05", "shared": True,
                           "category": {"code": "A02010104", "name": "服务器"}}],
              "outliers": ["R3"], "stats": {}}
    wb = load_workbook(io.BytesIO(bundles_xlsx(result, reqs)))
    bundles, requests = wb.worksheets
    assert bundles.title.startswith("需求包") and requests.title.startswith("需求明细")
    assert [c.value for c in bundles[2]][:5] == ["B001", "服务器", "A02010104 服务器", 2, 2]
    rows = {r[0]: r for r in requests.iter_rows(min_row=2, values_only=True)}
    assert rows["R1"][6] == "B001" and rows["R2"][6] == "B001" and rows["R3"][6].startswith("单独采购")


def test_xlsx_export_keeps_formula_like_text_as_text(tmp_path):
    reqs = [Request("R1", "IT", '=HYPERLINK("http://x","click")')]
    cell = load_workbook(io.BytesIO(bundles_xlsx({"bundles": [], "outliers": ["R1"], "stats": {}}, reqs))).worksheets[1]["C2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ('=HYPERLINK("http://x","click")', "s", True)  # the text as written


def test_missing_text_column_names_the_header_to_add():
    with pytest.raises(Problem) as err:
        read_requests("部门,备注\nIT,x\n".encode(), "a.csv")
    assert "需求描述 (text)" in err.value.message and "description" in err.value.details["expected"]["text"]


def test_unsupported_format_lists_json_too():
    with pytest.raises(Problem) as err:
        read_requests(b"x", "a.docx")
    assert "CSV, XLSX or JSON" in err.value.message


def test_a_gbk_file_on_disk_with_quotes_semicolons_and_multiline_cells(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes('部门;需求描述;预算\n信息技术部;"采购""国产化""服务器\n含三年维保";80万\n\n财务部;打印机;"1,200"\n'.encode("gbk"))
    reqs = read_requests(path)
    assert [r.text for r in reqs] == ['采购"国产化"服务器 含三年维保', "打印机"]
    assert [r.row for r in reqs] == [2, 4] and reqs[1].budget == 1200  # rows as a spreadsheet counts them


def test_json_file_on_disk(tmp_path):
    path = tmp_path / "survey.json"
    path.write_text(json.dumps([{"text": "服务器"}], ensure_ascii=False), encoding="gb18030")
    assert read_requests(path)[0].text == "服务器"


def test_a_json_survey_may_use_the_spreadsheet_headers():
    # a survey exported from a web form or pandas keeps its column names: 部门 / 需求描述 / 预算（元） …
    body = [{"部门": "信息部", "需求描述": "采购服务器10台", "数量": "10台", "预算（元）": "80万", "需求日期": "2027年3月"},
            {"Department": "HR", "Description": "two rack servers", "Qty": 2}]
    reqs = read_requests(json.dumps(body, ensure_ascii=False).encode(), "survey.json")
    assert [(r.department, r.text, r.quantity, r.budget) for r in reqs] == [("信息部", "采购服务器10台", 10, 800000), ("HR", "two rack servers", 2, None)]
    assert reqs[0].needed_by == dt.date(2027, 3, 1)


@pytest.mark.parametrize("data, name", [("部门,需求描述,数量\n".encode(), "a.csv"), (xlsx_bytes([["部门", "需求描述"], [None, None]]), "a.xlsx"),
                                        (b"[]", "a.json"), (b'{"requests": []}', "a.json")])
def test_a_survey_without_requests_is_refused(data, name):
    # the JSON body refuses an empty list (422); an upload with only a header must not answer "0 bundles"
    with pytest.raises(Problem) as err:
        read_requests(data, name)
    assert err.value.code == "no_requests" and err.value.status == 422 and "没有需求" in err.value.message


def test_a_csv_row_wider_than_its_header_is_refused():
    # an unquoted 1,200 in the last column would otherwise be read as 1, the 200 dropped
    with pytest.raises(Problem) as err:
        read_requests("部门,需求描述,预算\n信息部,服务器,80万\n财务部,服务器,1,200\n".encode(), "a.csv")
    assert err.value.code == "extra_cells" and err.value.details["row"] == 3
    assert "row 3" in err.value.message and "第3行" in err.value.message
    # empty trailing cells (a trailing comma) are harmless
    assert read_requests("部门,需求描述,预算\n信息部,服务器,80万,,\n".encode(), "a.csv")[0].budget == 800000


def test_invisible_and_full_width_characters_do_not_split_a_department():
    # copied from a web page or typed in full-width mode: the same department, the same date and number
    text = "部门,需求描述,数量,需求日期\n信息部\u200b,服务器,１０,２０２７－０３－３１\n信息部,服务器,2,2027-04-01\nＩＴ部,服务器,1,\nIT部,服务器,1,\n"
    reqs = read_requests(text.encode(), "a.csv")
    assert [r.department for r in reqs] == ["信息部", "信息部", "IT部", "IT部"]
    assert reqs[0].quantity == 10 and reqs[0].needed_by == dt.date(2027, 3, 31)
    with pytest.raises(Problem) as err:
        read_requests("部门,需求描述\n信息部,\u200b\u3000\n".encode(), "a.csv")
    assert err.value.code == "missing_text" and err.value.details["row"] == 2


def test_a_duplicate_id_names_both_rows_in_both_languages():
    with pytest.raises(Problem) as err:
        read_requests("编号,需求描述\n7,服务器\n8,交换机\n7,防火墙\n".encode(), "a.csv")
    assert "rows 2 and 4" in err.value.message and "第2行和第4行" in err.value.message


def test_a_title_row_above_the_header_is_skipped():
    # survey forms often start with a merged title line (2027年度信息化需求普查表) and a note
    data = xlsx_bytes([["2027年度信息化需求普查表"], ["填报单位：办公室", None, "单位：元"],
                       ["部门", "需求描述", "预算（元）"], ["信息部", "服务器", 80000]])
    (r,) = read_requests(data, "survey.xlsx")
    assert (r.department, r.text, r.budget, r.row, r.id) == ("信息部", "服务器", 80000, 4, "3")
    with pytest.raises(Problem) as err:  # no header at all: the error still names the first row
        read_requests("信息部,服务器\n财务部,电脑\n".encode(), "a.csv")
    assert err.value.code == "missing_column" and err.value.details["row"] == 1


@pytest.mark.parametrize("cell, readings", [("1,5", "1.5 or 15"), ("12,34", "12.34 or 1234"), ("1,2345", "1.2345 or 12345"),
                                            ("0,125", "0.125 or 0125"), ("1，5", "1.5 or 15"), ("1,200,5", "1200.5 or 12005"),
                                            ("¥1,5万", "¥1.5万 or ¥15万")])
def test_a_decimal_comma_is_refused_not_read_as_thousands(cell, readings):
    # a ','-separated file is written where the decimal mark is a point: dropping the comma of 1,5 would read 15
    with pytest.raises(InputError) as err:
        read_requests(f'部门,需求描述,数量,预算（元）\nIT,服务器,2,"{cell}"\n'.encode(), "survey.csv")
    assert err.value.code == "invalid_number" and err.value.details["row"] == 2 and err.value.details["field"] == "budget"
    decimal, whole = readings.split(" or ")
    assert f"row 2: 预算（元）" in err.value.message and f"write {readings}" in err.value.message
    assert f"第2行：预算（元）" in err.value.message and f"请写成{decimal}或{whole}" in err.value.message


@pytest.mark.parametrize("cell, value", [("1,200", 1200), ("12,345,678.5", 12345678.5), ("¥3,000", 3000), ("3,000元", 3000),
                                         ("1，200台", 1200), ("1,200万", 12_000_000), ("1e3", None)])
def test_thousands_separators_in_groups_of_three_are_read(cell, value):
    data = f'部门,需求描述,数量\nIT,服务器,"{cell}"\n'.encode()
    if value is None:  # never a number in a survey, as before
        with pytest.raises(InputError):
            read_requests(data, "survey.csv")
    else:
        assert read_requests(data, "survey.csv")[0].quantity == value


def as_saved_by_excel(data: bytes, values: dict) -> bytes:
    """The workbook as Excel saves it: each formula cell with its computed value ({"E2": 6}; a text one as t="str"), and
    no longer asking to be recalculated on opening (openpyxl's fullCalcOnLoad, which Excel clears)."""
    import re
    import zipfile

    def fill(m):
        value = values[m.group(2).decode()]
        kind = b' t="str"' if isinstance(value, str) else b""
        return m.group(1) + kind + m.group(3) + b"<v>" + str(value).encode() + b"</v></c>"

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            xml = re.sub(rb'(<c r="([A-Z]+[0-9]+)")([^>]*><f>[^<]*</f>)<v\s*/?>(?:</v>)?</c>', fill, zin.read(item.filename))
            xml = xml.replace(b' fullCalcOnLoad="1"', b"")
            zout.writestr(item, xml)
    return out.getvalue()


def test_an_xlsx_formula_without_computed_value_is_refused_naming_the_cell():
    # a workbook written by a program (here openpyxl) holds "=C2*D2" but no value: read as "no budget" before
    data = xlsx_bytes([["部门", "需求描述", "数量", "单价", "预算", "备注"],
                       ["IT", "服务器", 2, 3, "=C2*D2", '=IF(C2>5,"大批量","")'],
                       ["HR", "笔记本", 4, 5, "=C3*D3", '=IF(C3>5,"大批量","")']])
    with pytest.raises(Problem) as err:
        read_requests(data, "survey.xlsx")
    assert (err.value.code, err.value.status, err.value.details) == ("uncomputed_formula", 422, {"cell": "E2", "row": 2})
    assert "cell E2" in err.value.message and "E2单元格" in err.value.message and "WPS" in err.value.message
    # saved by Excel, every formula has its value (an empty text result too): read as before
    saved = as_saved_by_excel(data, {"E2": 6, "F2": "", "E3": 20, "F3": ""})
    assert [(r.text, r.budget) for r in read_requests(saved, "survey.xlsx")] == [("服务器", 6), ("笔记本", 20)]


def test_an_xlsx_from_a_writer_that_computes_nothing_is_refused_naming_the_first_formula():
    # XlsxWriter saves every formula's value as 0 and asks Excel to recalculate on opening: read as "budget 0" before
    import xlsxwriter

    out = io.BytesIO()
    with xlsxwriter.Workbook(out) as wb:
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, ["部门", "需求描述", "数量", "单价", "预算"])
        for row, (dept, text, qty, price) in enumerate([("IT", "服务器", 2, 3), ("HR", "笔记本", 4, 5)], start=1):
            sheet.write_row(row, 0, [dept, text, qty, price])
            sheet.write_formula(row, 4, f"=C{row + 1}*D{row + 1}")
    with pytest.raises(Problem) as err:
        read_requests(out.getvalue(), "survey.xlsx")
    assert (err.value.code, err.value.status, err.value.details) == ("uncomputed_formula", 422, {"cell": "E2", "row": 2})
    # the same table without formulas is read
    plain = io.BytesIO()
    with xlsxwriter.Workbook(plain) as wb:
        sheet = wb.add_worksheet()
        for row, values in enumerate([["部门", "需求描述", "数量", "预算"], ["IT", "服务器", 2, 6]]):
            sheet.write_row(row, 0, values)
    assert [(r.text, r.budget) for r in read_requests(plain.getvalue(), "survey.xlsx")] == [("服务器", 6)]


def european_csv(*rows: str, encoding: str = "utf-8") -> bytes:
    """A survey as Excel in a German or French locale saves it: ';' between cells, the locale's numbers."""
    return ("部门;需求描述;数量;预算（元）\n" + "".join(f"{r}\n" for r in rows)).encode(encoding)


@pytest.mark.parametrize("rows, budgets", [
    (["IT;服务器;2;1500", "HR;电脑;1,5;1500,5"], [1500, 1500.5]),  # German "Standard" format: 1,5 shows the decimal comma
    (["IT;服务器;2;1.500,00", "HR;电脑;3;12.345.678,90"], [1500, 12345678.9]),  # "#.##0,00"
    (["IT;服务器;2;1.500", "HR;电脑;0,5;800"], [1500, 800]),  # 1.500 is a thousand where 0,5 shows the comma
    (["IT;服务器;2;1\u202f500,00", "HR;电脑;3;1\u00a0500,00", "财务;打印机;4;1 500,00"], [1500, 1500, 1500]),  # French
    (["IT;服务器;2;1,500", "HR;电脑;3;2,500.50"], [1500, 2500.5]),  # a ';' file with decimal points: 2,500.50 shows it
])
def test_a_european_excel_csv_is_read_in_its_own_decimal_mark(rows, budgets):
    assert [r.budget for r in read_requests(european_csv(*rows), "survey.csv")] == budgets


@pytest.mark.parametrize("cell", ["1.500", "1,500"])
def test_a_number_that_may_be_a_thousand_or_one_and_a_half_is_refused(cell):
    # nothing in the file shows the decimal mark: 1.500 is 1500 in Germany, 1.5 in China; 1,500 the other way round
    with pytest.raises(InputError) as err:
        read_requests(european_csv("IT;服务器;2;800", f"HR;电脑;3;{cell}"), "survey.csv")
    assert err.value.code == "invalid_number" and err.value.details == {"row": 3, "field": "budget", "column": "预算（元）", "value": cell}
    assert "row 3: 预算（元） " in err.value.message and "write 1.5 or 1500" in err.value.message
    assert "第3行：预算（元）" in err.value.message and "请写成1.5或1500" in err.value.message


def test_a_file_showing_both_decimal_marks_reads_only_what_each_number_shows():
    # 1,5 shows a comma, 2.5 a point: each is read as it shows itself, 1.500 (either mark) is refused
    assert [r.quantity for r in read_requests(european_csv("IT;服务器;1,5;800", "HR;电脑;2.5;900"), "survey.csv")] == [1.5, 2.5]
    with pytest.raises(InputError) as err:
        read_requests(european_csv("IT;服务器;1,5;800", "HR;电脑;2.5;1.500"), "survey.csv")
    assert err.value.code == "invalid_number" and err.value.details["row"] == 3 and err.value.details["field"] == "budget"


def test_a_gbk_semicolon_csv_keeps_the_chinese_reading():
    # GBK is what Excel on a Chinese Windows saves, where the decimal mark is a point: 1,200 is a thousand, 1.500 one and a half
    reqs = read_requests(european_csv("信息技术部;服务器;1,200;80万", "财务部;打印机;1.500;1,500", encoding="gbk"), "survey.csv")
    assert [(r.quantity, r.budget) for r in reqs] == [(1200, 800000), (1.5, 1500)]
