"""Survey files in and out: CSV (UTF-8 or GBK), XLSX and JSON with Chinese or English headers,
and the XLSX a planner takes into the tender meeting."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Sequence

from matcher.bundling import parse_requests
from matcher.requests import MAX_REQUESTS, InputError, Request
from tabular import TABLE_FORMATS, check_format, header_aliases, normalise_header, open_table, open_text

# Header spellings seen in survey sheets, compared as tabular.normalise_header compares them
# (case, spaces, punctuation and units in brackets ignored: "预算（元）" is 预算); the first is the
# one error messages name, and a field's own name (text, needed_by …) is understood too.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("编号", "序号", "需求编号", "no", "requestid", "ref"),
    "department": ("部门", "dept", "需求部门", "申请部门", "部门名称", "单位", "需求单位", "branch", "office"),
    "text": ("需求描述", "需求", "需求内容", "描述", "采购内容", "采购需求", "需求说明", "description", "request", "need", "item"),
    "quantity": ("数量", "qty", "需求数量", "采购数量"),
    "budget": ("预算", "预算金额", "金额", "估算金额", "预计金额", "cost", "estimatedcost"),
    "needed_by": ("需求日期", "需要日期", "需求时间", "期望到货日期", "到货日期", "交付日期", "date", "deadline", "duedate"),
}
SUPPORTED = (*TABLE_FORMATS, ".json")


def read_requests(source: str | os.PathLike[str] | bytes, filename: str | None = None) -> list[Request]:
    """Requests from a file path or uploaded bytes; `filename` (or the path) picks the format.

    Raises a Problem naming the row or column (tabular.TableError for the file, InputError for a
    request): unknown format, missing 需求描述 column, undecodable text, a bad number or date,
    duplicate ids, more than 100,000 rows, no request at all (as the JSON body refuses an empty list).
    """
    name = filename or ("" if isinstance(source, (bytes, bytearray)) else Path(source).name)
    if check_format(name, SUPPORTED) == ".json":
        requests = _from_json(source, name)
    else:
        with open_table(source, name, columns=COLUMNS, required=("text",), max_rows=MAX_REQUESTS,
                        numbers=("quantity", "budget")) as table:
            requests = parse_requests([Request.from_mapping(r, row=r["__row__"], default_id=str(r["__row__"] - 1),
                                                            headers=table.headers, decimal=table.decimal) for r in table])
    if not requests:
        raise InputError("no_requests", "the file has no requests, only a header or an empty list / 文件中没有需求，只有表头或空列表",
                         {"file": name}, status=422)
    return requests


def _from_json(source: str | os.PathLike[str] | bytes, name: str) -> list[Request]:
    with open_text(source, name) as text:
        try:
            doc = json.load(text)
        except json.JSONDecodeError as e:
            raise InputError("invalid_json", f"line {e.lineno} column {e.colno}: {e.msg} / JSON 格式错误",
                             {"line": e.lineno, "column": e.colno}, status=400) from None
    items = doc.get("requests") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise InputError("invalid_json", 'expected a list of requests or {"requests": [...]} / JSON 应为需求列表', None, status=422)
    # keys as a spreadsheet heads its columns (部门, 需求描述, 预算（元）…), as pandas or a web form exports them;
    # read in reverse so that, as in a table, the first of two keys for one field counts
    aliases = header_aliases(COLUMNS)
    return parse_requests([{aliases.get(normalise_header(k), k): v for k, v in reversed(item.items())}
                           if isinstance(item, dict) else item for item in items])


def write_bundles_xlsx(result: dict, requests: Sequence[Request | dict], path: str | os.PathLike[str]) -> Path:
    """Two sheets: 需求包 Bundles (one row per bundle) and 需求明细 Requests (each line with its bundle).

    Written to a temporary file and renamed, so a failed export leaves no half-written workbook.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    reqs = [r if isinstance(r, Request) else Request.from_mapping(r, default_id=str(i + 1)) for i, r in enumerate(requests)]

    def cell(value: Any) -> Any:
        # a survey line starting with = + - @ must stay text, not become a spreadsheet formula
        return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value

    bundle_of = {rid: b for b in result["bundles"] for rid in b["request_ids"]}
    wb = Workbook()
    ws = wb.active
    ws.title = "需求包 Bundles"
    ws.append(["编号 ID", "名称 Label", "品目 Category", "条数 Requests", "部门数 Departments", "部门 Department list",
               "总数量 Total quantity", "总预算 Total budget", "最早需求日期 Earliest needed by", "共性需求 Shared",
               "关键词 Keywords", "需求编号 Request ids"])
    for b in result["bundles"]:
        category = b.get("category") or {}
        ws.append([cell(v) for v in [
            b["id"], b["label"], " ".join(filter(None, [category.get("code"), category.get("name")])), len(b["request_ids"]),
            len(b["departments"]), "、".join(b["departments"]), b["total_quantity"], b["total_budget"],
            b["earliest_needed_by"], "是 yes" if b["shared"] else "否 no", "、".join(b["keywords"]), ", ".join(b["request_ids"])]])
    rs = wb.create_sheet("需求明细 Requests")
    rs.append(["编号 ID", "部门 Department", "需求描述 Text", "数量 Quantity", "预算 Budget", "需求日期 Needed by", "需求包 Bundle", "需求包名称 Bundle label"])
    for r in reqs:
        b = bundle_of.get(r.id)
        rs.append([cell(v) for v in [r.id, r.department, r.text, r.quantity, r.budget, r.needed_by,
                                     b["id"] if b else "单独采购 outlier", b["label"] if b else ""]])
    for sheet, widths in ((ws, [8, 22, 24, 8, 8, 40, 12, 14, 14, 10, 30, 40]), (rs, [10, 18, 60, 10, 14, 14, 16, 22])):
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for i, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = w
    for row in rs.iter_rows(min_row=2, min_col=6, max_col=6):
        row[0].number_format = "yyyy-mm-dd"
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
