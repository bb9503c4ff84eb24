"""The one error type every library raises for input a person must fix.

A `Problem` carries what the API's error body and the CLI's message need: a stable `code`, a
`message` for people, `details` naming the field, row or file, and the HTTP `status` (4xx).
The service maps every Problem to `{"error": {"code", "message", "details"}}` with that status.
"""
from __future__ import annotations

from typing import Any

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
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}
