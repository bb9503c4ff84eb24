"""Errors the rules library raises; each carries what the API's JSON error shape needs."""
from __future__ import annotations

from typing import Any

from problems import Problem


class RulesError(Problem):
    code = "rules_error"
    status = 400

    def __init__(self, message: str, details: Any = None):
        super().__init__(None, message, details)


class PackError(RulesError):
    """A pack file that cannot be used; names the file, the rule and the field at fault."""

    code = "invalid_pack"
    status = 422

    def __init__(self, message: str, *, file: str, rule: str | None = None, field: str | None = None,
                 line: int | None = None, column: int | None = None, pack: str | None = None):
        where = file + (f", line {line}" if line else "") + (f", column {column}" if column else "") \
            + (f", pack {pack}" if pack else "") + (f", rule {rule}" if rule else "") + (f", field {field}" if field else "")
        details = {"file": file, "rule": rule, "field": field}
        if pack:  # the pack's name, once the file says it: an override's file name need not be the pack's
            details["pack"] = pack
        if line:  # where a file that is no YAML breaks; counted from 1 as editors do ("column" is a sheet's header)
            details.update(line=line, character=column)
        super().__init__(f"{where}: {message}", details)


class InputError(RulesError):
    """A decision request whose body does not fit the pack's input schema."""

    code = "invalid_input"
    status = 422


class NotFound(RulesError):
    code = "not_found"
    status = 404
