"""Survey files in and out: CSV (UTF-8 or GBK), XLSX and JSON with Chinese or English headers,
and the XLSX a planner takes into the tender meeting."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from matcher.bundling import parse_requests
from matcher.requests import MAX_REQUESTS, InputError, Request

# Header spellings seen in survey sheets, compared after lower-casing and dropping spaces,
# punctuation and units in brackets ("预算（元）" -> "预算").
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "编号", "序号", "需求编号", "no", "requestid", "ref"),
    "department": ("department", "dept", "部门", "需求部门", "申请部门", "部门名称", "单位", "需求单位", "branch", "office"),
    "text": ("text", "需求描述", "需求", "需求内容", "描述", "采购内容", "采购需求", "需求说明", "description", "request", "need", "item"),
    "quantity": ("quantity", "qty", "数量", "需求数量", "采购数量"),
    "budget": ("budget", "预算", "预算金额", "金额", "估算金额", "预计金额", "cost", "estimatedcost"),
    "needed_by": ("needed_by", "neededby", "需求日期", "需要日期", "需求时间", "期望到货日期", "到货日期", "交付日期", "date", "deadline", "duedate"),
}
_ALIASES = {alias: field for field, names in COLUMNS.items() for alias in names}
SUPPORTED = (".csv", ".xlsx", ".json")


def _normalise_header(value: Any) -> str:
    text = re.sub(r"[（(\[【].*?[)）\]】]", "", str(value or ""))
    return re.sub(r"[\s_\-.:：/]+", "", text).lower().replace("neededby", "needed_by")


def read_requests(source: str | os.PathLike[str] | bytes, filename: str | None = None) -> list[Request]:
    """Requests from a file path or uploaded bytes; `filename` (or the path) picks the format.

    Raises InputError naming the row or column: unknown format, missing 需求描述 column,
    undecodable text, a bad number or date, duplicate ids, more than 100,000 rows.
    """
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        name = filename or ""
    else:
        path = Path(source)
        name = filename or path.name
        try:
            data = path.read_bytes()
        except OSError as e:
            raise InputError("unreadable_file", f"cannot read {path}: {e.strerror} / 无法读取文件", {"file": str(path)}, status=400) from None
    suffix = Path(name).suffix.lower()
    if suffix in (".xls", ".et"):
        raise InputError("unsupported_format", "old .xls workbooks are not supported: save as .xlsx / 请另存为 .xlsx 格式", {"file": name}, status=415)
    if suffix not in SUPPORTED:
        raise InputError(
            "unsupported_format",
            f"unsupported file type {suffix or '(none)'}: use CSV, XLSX or JSON / 仅支持 CSV、XLSX、JSON 文件",
            {"file": name, "supported": list(SUPPORTED)},
            status=415,
        )
    if not data.strip():
        raise InputError("empty_file", "the file is empty / 文件为空", {"file": name}, status=400)
    if suffix == ".json":
        return _from_json(data)
    rows = _xlsx_rows(data) if suffix == ".xlsx" else _csv_rows(data)
    return parse_requests(parse_records(list(_records(rows))))


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 — what Excel on a Chinese Windows saves as CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise InputError(
                "invalid_encoding",
                f"line {line}: the file is neither UTF-8 nor GBK text; save it as 'CSV UTF-8' / 第{line}行：文件编码无法识别，请另存为 CSV UTF-8",
                {"line": line, "byte_offset": utf8_error.start},
                status=400,
            ) from None


def _csv_rows(data: bytes) -> Iterator[list[Any]]:
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text, newline=""), dialect)


def _xlsx_rows(data: bytes) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises zipfile, KeyError and XML errors for a broken workbook
        raise InputError("invalid_xlsx", f"not a readable XLSX workbook ({type(e).__name__}) / 无法读取该 XLSX 文件", {"reason": str(e)}, status=400) from None
    try:
        sheet = wb.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        wb.close()


def _records(rows: Iterable[list[Any]]) -> Iterator[dict[str, Any]]:
    """Header row -> field names; data rows -> dicts, numbered as the spreadsheet numbers them,
    each carrying the headers as written (`__headers__`) for error messages."""
    header: dict[int, str] | None = None
    count = 0
    for line, row in enumerate(rows, start=1):
        if not any(str(c).strip() for c in row if c is not None):
            continue  # blank lines between blocks are common in survey sheets
        if header is None:
            header = _map_header(row, line)
            written = {field: str(row[i]).strip() for i, field in header.items()}
            continue
        count += 1
        if count > MAX_REQUESTS:
            raise InputError(
                "too_many_rows",
                f"row {line}: more than {MAX_REQUESTS:,} requests; split the survey into several files / 第{line}行：超过{MAX_REQUESTS:,}条上限，请拆分文件",
                {"row": line, "limit": MAX_REQUESTS},
                status=413,
            )
        values = {field: row[i] if i < len(row) else None for i, field in header.items()}
        yield {"__row__": line, "__headers__": written, **values}
    if header is None:
        raise InputError("empty_file", "the file has no header row and no requests / 文件没有表头和数据", None, status=400)


def _map_header(row: list[Any], line: int) -> dict[int, str]:
    found: dict[int, str] = {}
    for i, cell in enumerate(row):
        field = _ALIASES.get(_normalise_header(cell))
        if field and field not in found.values():
            found[i] = field
    if "text" not in found.values():
        seen = [str(c) for c in row if c is not None and str(c).strip()]
        raise InputError(
            "missing_column",
            f"row {line}: no request text column; expected one of 需求描述 / text / description, found {seen} / 第{line}行：缺少“需求描述”列",
            {"row": line, "column": "text", "expected": ["需求描述", "text", "description"], "found": seen},
            status=422,
        )
    return found


def _from_json(data: bytes) -> list[Request]:
    try:
        doc = json.loads(_decode(data))
    except json.JSONDecodeError as e:
        raise InputError("invalid_json", f"line {e.lineno} column {e.colno}: {e.msg} / JSON 格式错误", {"line": e.lineno, "column": e.colno}, status=400) from None
    items = doc.get("requests") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise InputError("invalid_json", 'expected a list of requests or {"requests": [...]} / JSON 应为需求列表', None, status=422)
    return parse_requests(items)


def parse_records(records: Sequence[dict[str, Any]]) -> list[Request]:
    """Rows from _records -> Requests (the row number travels into every error)."""
    return [Request.from_mapping(r, row=r["__row__"], default_id=str(r["__row__"] - 1), headers=r["__headers__"]) for r in records]


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
