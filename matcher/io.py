"""Survey files in and out: CSV (UTF-8 or GBK), XLSX and JSON with Chinese or English headers,
and the XLSX a planner takes into the tender meeting."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import Sequence

from matcher.bundling import parse_requests
from matcher.requests import MAX_REQUESTS, SCALE, InputError, Request
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


def read_requests(source: str | os.PathLike[str] | bytes, filename: str | None = None,
                  skipped: list[dict] | None = None) -> list[Request]:
    """Requests from a file path or uploaded bytes; `filename` (or the path) picks the format.

    Rows that are not requests are left out and, when `skipped` is given, appended to it as {"row", "reason", "text"}:
    totals (合计, 小计, 总计 … in 编号, 部门 or 需求描述) and notes (a row holding only 填写说明：…, 注：…, 填表人：…).
    Raises a Problem naming the row or column (tabular.TableError for the file, InputError for a
    request): unknown format, missing 需求描述 column, undecodable text, a bad number or date,
    duplicate ids, more than 100,000 rows, no request at all (as the JSON body refuses an empty list).
    """
    name = filename or ("" if isinstance(source, (bytes, bytearray)) else Path(source).name)
    left_out = [] if skipped is None else skipped
    if check_format(name, SUPPORTED) == ".json":
        requests = _from_json(source, name)
    else:
        with open_table(source, name, columns=COLUMNS, required=("text",), max_rows=MAX_REQUESTS,
                        numbers=("quantity", "budget")) as table:
            unit = budget_unit(table.headers.get("budget"), table.titles)
            rows = []
            for r in table:
                reason = _not_a_request(r)
                if reason:
                    left_out.append({"row": r["__row__"], "reason": reason,
                                     "text": " ".join(dict.fromkeys(str(v).strip() for k, v in r.items()
                                                                    if k != "__row__" and v is not None and str(v).strip()))})
                else:
                    rows.append(Request.from_mapping(r, row=r["__row__"], default_id=str(r["__row__"] - 1),
                                                     headers=table.headers, decimal=table.decimal, budget_unit=unit))
            requests = parse_requests(rows)
    if not requests:
        raise InputError("no_requests", "文件中没有需求，只有表头或空列表 / the file has no requests, only a header or an empty list",
                         {"file": name}, status=422)
    return requests


_TOTALS = {"合计", "小计", "总计", "共计", "总合计", "total", "subtotal", "grandtotal"}
# a note under the header or a sign-off under the table: 填写说明：… / 注：… / 填表人：张三
_NOTE = re.compile(r"^(?:填写说明|填表说明|说明|注意事项|注意|注|备注|填表人|填报人|审核人|制表人|联系人|负责人|联系电话)\s*\d*\s*[:：]")


def _not_a_request(row: dict) -> str | None:
    """"total" for a totals row (合计 or 小计 as its 编号, 部门 or 需求描述, brackets, spaces and colons aside), "note" for a
    row whose every value (a cell, or one merged across the row) is a note or a sign-off; None for a request."""
    if any(normalise_header(row.get(f)) in _TOTALS for f in ("id", "department", "text") if row.get(f) is not None):
        return "total"
    values = [str(v).strip() for k, v in row.items() if k != "__row__" and v is not None and str(v).strip()]
    return "note" if all(_NOTE.match(v) for v in values) else None


# 预算（万元） / 金额(元) / a title line 单位：万元 or 金额单位：万元
_HEADER_UNIT = re.compile(r"[（(\[【]\s*(?:单位\s*[:：]\s*)?(亿|万|千)?元\s*[)）\]】]")
_TITLE_UNIT = re.compile(r"(?:金额|预算)?单位\s*[:：]\s*(亿|万|千)?元")


def budget_unit(header: str | None, titles: list[str]) -> float:
    """The yuan in one unit of the budget column: the unit its header names in brackets (预算（万元） → 10,000), else the one
    a title line above the header names (单位：万元), else 1. A header and a title naming different units are refused."""
    if header is None:
        return 1
    in_header = _HEADER_UNIT.search(header)
    in_title = next((m for m in map(_TITLE_UNIT.search, titles) if m), None)
    unit = {m.group(1) or "元" for m in (in_header, in_title) if m}
    if len(unit) > 1:
        raise InputError("conflicting_units", f"列“{header}”与表头上方的“{in_title.group()}”单位不一致，请改正其一 / the column {header} and "
                         f"the title line '{in_title.group()}' name different units: correct one of them",
                         {"field": "budget", "column": header, "title": in_title.group()}, status=422)
    return SCALE[unit.pop()] if unit else 1


def _from_json(source: str | os.PathLike[str] | bytes, name: str) -> list[Request]:
    with open_text(source, name) as text:
        try:
            doc = json.load(text)
        except json.JSONDecodeError as e:
            raise InputError("invalid_json", f"JSON 格式错误：第{e.lineno}行第{e.colno}个字符 / line {e.lineno} column {e.colno}: {e.msg}",
                             {"line": e.lineno, "character": e.colno}, status=400) from None
    items = doc.get("requests") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise InputError("invalid_json", 'JSON 应为需求列表 / expected a list of requests or {"requests": [...]}', None, status=422)
    # keys as a spreadsheet heads its columns (部门, 需求描述, 预算（元）…), as pandas or a web form exports them;
    # read in reverse so that, as in a table, the first of two keys for one field counts
    aliases = header_aliases(COLUMNS)
    return parse_requests([{aliases.get(normalise_header(k), k): v for k, v in reversed(item.items())}
                           if isinstance(item, dict) else item for item in items])


def bundles_xlsx(result: dict, requests: Sequence[Request | dict]) -> bytes:
    """The workbook: two sheets, 需求包 Bundles (one row per bundle) and 需求明细 Requests (each line with its bundle).
    Bytes, so that the HTTP route sends them and the CLI writes them whole (service.cli.common.write_output)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    reqs = [r if isinstance(r, Request) else Request.from_mapping(r, default_id=str(i + 1)) for i, r in enumerate(requests)]

    bundle_of = {rid: b for b in result["bundles"] for rid in b["request_ids"]}
    wb = Workbook()
    ws = wb.active
    ws.title = "需求包 Bundles"
    ws.append(["编号 ID", "名称 Label", "品目 Category", "条数 Requests", "部门数 Departments", "部门 Department list",
               "总数量 Total quantity", "总预算（元） Total budget (CNY)", "最早需求日期 Earliest needed by", "共性需求 Shared",
               "关键词 Keywords", "需求编号 Request ids"])
    for b in result["bundles"]:
        category = b.get("category") or {}
        earliest = b["earliest_needed_by"]
        ws.append([b["id"], b["label"], " ".join(filter(None, [category.get("code"), category.get("name")])), len(b["request_ids"]),
                   len(b["departments"]), "、".join(b["departments"]), b["total_quantity"], b["total_budget"],
                   dt.date.fromisoformat(earliest) if isinstance(earliest, str) else earliest, "是 yes" if b["shared"] else "否 no",
                   "、".join(b["keywords"]), ", ".join(b["request_ids"])])
    rs = wb.create_sheet("需求明细 Requests")
    rs.append(["编号 ID", "部门 Department", "需求描述 Text", "数量 Quantity", "预算（元） Budget (CNY)", "需求日期 Needed by", "需求包 Bundle", "需求包名称 Bundle label"])
    for r in reqs:
        b = bundle_of.get(r.id)
        rs.append([r.id, r.department, r.text, r.quantity, r.budget, r.needed_by, b["id"] if b else "单独采购 outlier",
                   b["label"] if b else ""])
    for sheet, widths in ((ws, [8, 22, 24, 8, 8, 40, 12, 14, 14, 10, 30, 40]), (rs, [10, 18, 60, 10, 14, 14, 16, 22])):
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for i, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = w
    for sheet, date_column in ((ws, 9), (rs, 6)):
        for row in sheet.iter_rows(min_row=2):
            row[date_column - 1].number_format = "yyyy-mm-dd"
            for c in row:  # a line starting with = + - @ stays the text it is: never a formula, also once edited in Excel
                if isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@"):
                    c.data_type, c.quotePrefix = "s", True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
