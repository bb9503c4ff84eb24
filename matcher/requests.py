"""One survey line (需求普查 row) and the error raised for input a planner has to fix."""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Mapping

from problems import Problem, place
from tabular import CommaError, drop_thousands

MAX_REQUESTS = 100_000
MAX_TEXT_CHARS = 2_000


class InputError(Problem):
    """A survey a planner has to fix."""


@dataclass(frozen=True)
class Request:
    id: str
    department: str
    text: str
    quantity: float | None = None
    budget: float | None = None
    needed_by: dt.date | None = None
    row: int | None = None  # line in the uploaded file (header = 1), for messages

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], row: int | None = None, default_id: str | None = None, headers: Mapping[str, str] | None = None,
        decimal: str | None = ".", budget_unit: float = 1, index: int | None = None,
    ) -> "Request":
        """Validated request from an API body item (its `index` in the list) or a file row; `row` and the file's own
        `headers` (field -> header as written, e.g. quantity -> 数量) name the cell in errors; `decimal` is
        the file's decimal mark (tabular.Table.decimal); `budget_unit` the yuan in one unit of a budget that names
        none (10,000 under 预算（万元）)."""
        headers = headers or {}
        where = {"row": row} if row is not None else {"index": index} if index is not None else {}

        def cell(field: str) -> dict:
            return _cell(where, field, headers.get(field))
        for field in ("id", "department", "text"):
            if isinstance(data.get(field), (list, dict)):
                raise InputError("invalid_request", _at(where, f"{field} must be text, not a list or object", f"{field}应为文本"),
                                 cell(field))
        text = _clean(data.get("text"))
        if not text:
            raise InputError("missing_text", _at(where, "text is empty", "需求描述为空"), cell("text"))
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                "text_too_long",
                _at(where, f"text is longer than {MAX_TEXT_CHARS} characters", f"需求描述超过{MAX_TEXT_CHARS}字"),
                {**cell("text"), "length": len(text)},
            )
        rid = _clean(data.get("id"), fold=True) or default_id
        if not rid:
            raise InputError("missing_id", _at(where, "id is empty", "编号为空"), cell("id"))
        return cls(
            id=rid,
            department=_clean(data.get("department"), fold=True),
            text=text,
            quantity=parse_number(data.get("quantity"), "quantity", where, headers.get("quantity"), decimal),
            budget=parse_number(data.get("budget"), "budget", where, headers.get("budget"), decimal, budget_unit),
            needed_by=parse_date(data.get("needed_by"), where, headers.get("needed_by")),
            row=row,
        )

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "department": self.department,
            "text": self.text,
            "quantity": self.quantity,
            "budget": self.budget,
            "needed_by": self.needed_by.isoformat() if self.needed_by else None,
        }


def _at(where: Mapping[str, int], en: str, zh: str) -> str:
    """中文 / English, after the row or item (problems.place) when there is one."""
    if not where:
        return f"{zh} / {en}"
    zh_place, en_place = place(where)
    return f"{zh_place}：{zh} / {en_place}: {en}"


def _cell(where: Mapping[str, int], field: str, header: str | None) -> dict:
    """The details of a bad cell: `field` the API field, `column` the header as the file writes it, `row` as the
    spreadsheet numbers it (the last two only for a file's rows), or `index` in a JSON list."""
    return {**where, "field": field, **({"column": header} if header else {})}


# zero-width spaces, joiners, soft hyphens and stray BOMs come along when a cell is pasted from a web page
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _clean(value: Any, fold: bool = False) -> str:
    """A cell as text, whitespace collapsed and invisible characters dropped; `fold` also folds
    full-width letters and digits (ＩＴ部 → IT部) for the fields that must compare equal (department, id)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _INVISIBLE.sub("", str(value))
    return " ".join((unicodedata.normalize("NFKC", text) if fold else text).split())


_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万元|万|亿元|亿|元|k|m)?$", re.IGNORECASE)
# the yuan in one of each unit a number (80万) or a budget column's header (预算（千元）) may name
SCALE = {None: 1, "元": 1, "千": 1e3, "万": 1e4, "万元": 1e4, "亿": 1e8, "亿元": 1e8, "k": 1e3, "m": 1e6}


def parse_number(value: Any, field: str, where: Mapping[str, int] = {}, header: str | None = None,
                 decimal: str | None = ".", unit: float = 1) -> float | None:
    """Numbers as people type them: 1,200 / 1200.5 / 80万 / ¥3,000 / 12台. Empty is None; 1,5 is refused
    but where `decimal` (the file's decimal mark, tabular.drop_thousands) is a comma. A number without a unit of its
    own (80, not 80万 or 80元) is counted in `unit` (10,000 for a column headed 预算（万元）), to the fen."""
    shown = header or field
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value) * unit
    else:
        try:
            text = drop_thousands(_clean(value, fold=True), decimal)
        except CommaError as e:
            raise InputError("invalid_number", _at(where, f"{shown} {e.en}", f"{shown}{e.zh}"),
                             {**_cell(where, field, header), "value": str(value)}) from None
        text = text.replace("¥", "").replace("￥", "").replace("CNY", "").strip()
        text = re.sub(r"(台|套|个|件|人|点|副|块|份|units?|pcs)$", "", text, flags=re.IGNORECASE).strip()
        if not text:
            return None
        m = _NUMBER.match(text)
        if not m:
            raise InputError(
                "invalid_number",
                _at(where, f"{shown} {value!r} is not a number: write a number, or leave it empty",
                    f"{shown}“{value}”不是数字：请填写具体数字或留空"),
                {**_cell(where, field, header), "value": str(value)},
            )
        number = float(m.group(1)) * (SCALE[m.group(2).lower() if m.group(2).isascii() else m.group(2)] if m.group(2) else unit)
    if unit != 1:
        number = round(number, 2)
    if math.isnan(number):
        return None
    if number < 0 or math.isinf(number):
        raise InputError(
            "invalid_number",
            _at(where, f"{shown} must be a non-negative number, got {value!r}", f"{shown}必须是非负数，实际为“{value}”"),
            {**_cell(where, field, header), "value": str(value)},
        )
    return number


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(初|底|末)?$")
_QUARTER = re.compile(r"^(\d{4})\s*[-年]?\s*(?:第\s*([一二三四1-4])\s*季度?|([一二三四1-4])\s*季度|[Qq]([1-4]))$")
_YEAR_END = re.compile(r"^(\d{4})\s*年\s*(?:底|末)$")
# Excel's day numbers of 1990-01-01 and 2099-12-31: a date cell formatted as a number (46082 is 2026-03-01)
_SERIALS = (32874, 73050)


def parse_date(value: Any, where: Mapping[str, int] = {}, header: str | None = None) -> dt.date | None:
    """ISO dates, 2027/3/31, 2027.3.31, 2027年3月31日, 20270331, spreadsheet dates and their day numbers (46082); a bare
    month means its first day and 2027年3月底 its last, a quarter (2027年二季度, 2027Q2) its first day, 2027年底 Dec 31."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and _SERIALS[0] <= value <= _SERIALS[1]:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = _clean(value, fold=True)
    if not text:
        return None
    try:
        if m := _DATE.match(text):
            return dt.date(*map(int, m.groups()))
        if m := _MONTH.match(text):
            first = dt.date(int(m.group(1)), int(m.group(2)), 1)
            return (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1) if m.group(3) in ("底", "末") else first
        if m := _QUARTER.match(text):
            quarter = next(q for q in m.groups()[1:] if q)
            return dt.date(int(m.group(1)), 3 * ("一二三四".find(quarter) if quarter in "一二三四" else int(quarter) - 1) + 1, 1)
        if m := _YEAR_END.match(text):
            return dt.date(int(m.group(1)), 12, 31)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            "invalid_date",
            _at(where, f"{header or 'needed_by'} {text!r} is not a date: write it as YYYY-MM-DD, or leave it empty",
                f"{header or '需求日期'}“{text}”不是有效日期：请写成YYYY-MM-DD或留空"),
            {**_cell(where, "needed_by", header), "value": text},
        ) from None
