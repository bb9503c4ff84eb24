"""The one error type every library raises for input a person must fix.

A `Problem` carries what the API's error body and the CLI's message need: a stable `code`, a
`message` for people, `details` naming the field, row or file, and the HTTP `status` (4xx).
The service maps every Problem to `{"error": {"code", "message", "details"}}` with that status, `details` always
a list of {"field", "message", …} (`detail_items`).
"""
from __future__ import annotations

from typing import Any, Mapping

# the status of codes used across libraries, so that each library need not repeat it
STATUS_BY_CODE = {
    "too_large": 413, "too_many_rows": 413, "too_many_cases": 413,
    "unsupported_format": 415,
    "not_found": 404, "case_not_found": 404,
    "duplicate_case": 409,
    "database_unavailable": 503,
    "invalid_json": 400, "invalid_encoding": 400, "invalid_query": 400, "bad_mapping": 400,
    "file_not_found": 400, "unreadable_file": 400, "bad_database_url": 400,
}


class Problem(ValueError):
    code = "invalid_input"
    status = 422

    def __init__(self, code: str | None, message: str, details: Any = None, status: int | None = None):
        super().__init__(message)
        self.code = code or type(self).code
        self.message = message
        self.details = details
        self.status = status or STATUS_BY_CODE.get(self.code, type(self).status)

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "details": detail_items(self.details, self.message)}}


def place(where: Mapping[str, int]) -> tuple[str, str]:
    """How a message names a bad row or item, Chinese and English: a sheet's row as the spreadsheet numbers it
    ({"row": 3} → 第3行 / row 3), an item of a JSON list counted from 1 ({"index": 0} → 第1条 / item 1), while
    `details` keep `index` counted from 0 as the list is indexed."""
    if "row" in where:
        return f"第{where['row']}行", f"row {where['row']}"
    return f"第{where['index'] + 1}条", f"item {where['index'] + 1}"


def detail_items(details: Any, message: str) -> list[dict]:
    """`details` in the one shape the API and the CLI's --json give: a list of objects, each with at least `field` (the
    body field, form field or column at fault; null when the problem is the whole request or file) and `message` (the
    error's own when the library named none). A library's other keys (row, index, column, limit, filename …) stay beside
    them. Libraries keep raising the dict they find handy; this is the one place it is shaped for clients."""
    if details is None:
        return []
    if isinstance(details, list):
        return [item for d in details for item in detail_items(d, message)]
    if not isinstance(details, dict):
        return [{"field": None, "message": message, "value": details}]
    if isinstance(details.get("problems"), list):  # a case's problems: one item each, the case's other keys beside
        rest = {k: v for k, v in details.items() if k != "problems"}
        return detail_items([{**rest, **p} if isinstance(p, dict) else p for p in details["problems"]], message)
    item = dict(details)
    said = item.pop("problem", None)  # the case base's word for a field's message
    return [{"field": item.pop("field", None), "message": item.pop("message", None) or said or message, **item}]
