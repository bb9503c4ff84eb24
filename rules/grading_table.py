"""Supplier scores from a CSV/XLSX sheet (Chinese or English headers) into grading request bodies.

Cells are converted as a person means them (是/否, "3", 85.5, 1,000); anything else is passed on
unchanged so that validation names the row and field. The event columns must be there, as a JSON body
must give `events`; a blank event cell in them means no event was recorded. A score, SLA count or
previous total merged over several rows is refused (each supplier needs its own); a merged 考核期 or
event cell is every row's.
"""
from __future__ import annotations

from typing import Any

from rules.domains.grading import DIMENSIONS
from rules.errors import InputError
from tabular import CommaError, drop_thousands, open_table

MAX_ROWS = 100_000
COLUMNS: dict[str, tuple[str, ...]] = {
    "supplier_id": ("供应商编号", "供应商代码", "编号", "id", "supplier"),
    "name": ("供应商名称", "名称", "企业名称", "supplier_name"),
    "period": ("考核期", "考核期间", "期间", "评价期间", "周期"),
    "price": ("价格", "价格得分"),
    "response": ("响应速度", "响应", "响应速度得分"),
    "service": ("服务能力", "服务", "服务能力得分"),
    "compliance": ("合规性", "合规", "合规性得分"),
    "sustainability": ("可持续发展能力", "可持续发展", "可持续发展能力得分"),
    "compliance_violation": ("合规违规", "是否合规违规", "合规违规事件"),
    "security_incident": ("数据安全事件", "安全事件", "是否发生数据安全事件"),
    "sla_breaches": ("SLA违约次数", "sla违约", "SLA违约", "违约次数"),
    "previous_grade": ("上期等级", "上期评级"),
    "previous_total": ("上期总分", "上期得分"),
}
_YES = {"是", "有", "y", "yes", "true", "1", "√", "✓"}
_NO = {"否", "无", "n", "no", "false", "0", "×", "✗"}
EVENTS = ("compliance_violation", "security_incident", "sla_breaches")
NUMBERS = (*DIMENSIONS, "sla_breaches", "previous_total")


# where each column lands in the request body, so that a bad value is reported under its column
BODY_FIELDS = {**{d: f"scores.{d}" for d in DIMENSIONS},
               **{e: f"events.{e}" for e in EVENTS},
               "previous_grade": "previous.grade", "previous_total": "previous.total"}


def read_grading_table(data: bytes, filename: str) -> tuple[list[dict], list[int], dict[str, str]]:
    """Request bodies, the spreadsheet row number of each, and {body field: the column header as written}.

    A number whose comma is no thousands separator (8,5) is refused here, each such cell listed as
    validation lists a bad field: validation could only say "not a number", not how to write it."""
    with open_table(data, filename, columns=COLUMNS, required=("supplier_id", "period", *DIMENSIONS, *EVENTS),
                    max_rows=MAX_ROWS, numbers=NUMBERS, fields=BODY_FIELDS) as table:
        records = list(table)
    columns = {BODY_FIELDS.get(f, f): header for f, header in table.headers.items()}
    commas: list[tuple[int, str, CommaError]] = []
    bodies = [_body(r, commas) for r in records]
    if commas:
        row, field, e = commas[0]
        more = (f"（另有{len(commas) - 1}处）", f" ({len(commas) - 1} more)") if len(commas) > 1 else ("", "")
        raise InputError(f"第{row}行 {table.headers[field]}：{e.zh}{more[0]} / row {row}, {table.headers[field]}: {e.en}{more[1]}",
                         [{"row": row, "field": BODY_FIELDS[field], "column": table.headers[field], "message": str(e)}
                          for row, field, e in commas])
    return bodies, [r["__row__"] for r in records], columns


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: Any) -> Any:
    if _blank(value):
        return None
    if isinstance(value, str):
        text = drop_thousands(value.strip())
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _flag(value: Any) -> Any:
    if _blank(value):
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return True if text in _YES else False if text in _NO else value


def _text(value: Any) -> Any:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _body(r: dict, commas: list) -> dict:
    def number(field: str) -> Any:
        try:
            return _number(r.get(field))
        except CommaError as e:
            commas.append((r["__row__"], field, e))
            return None

    body = {
        "supplier_id": _text(r.get("supplier_id")),
        "name": _text(r.get("name")),
        "period": _text(r.get("period")),
        "scores": {d: score for d in DIMENSIONS if (score := number(d)) is not None},  # a blank one: "missing"
        "events": {"compliance_violation": _flag(r.get("compliance_violation")),
                   "security_incident": _flag(r.get("security_incident")),
                   "sla_breaches": 0 if _blank(r.get("sla_breaches")) else number("sla_breaches")},
        "previous": None,
    }
    if not (_blank(r.get("previous_grade")) and _blank(r.get("previous_total"))):
        previous = {"grade": _text(r.get("previous_grade")), "total": number("previous_total")}
        body["previous"] = {k: v for k, v in previous.items() if v is not None}  # a blank half: "missing"
    return {k: v for k, v in body.items() if v is not None or k == "previous"}
