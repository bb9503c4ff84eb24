"""Input models shared by the domains, and the translation of pydantic errors into InputError."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from rules.errors import InputError


def _date_text(value: Any) -> Any:
    """Dates come as text (pydantic then parses YYYY-MM-DD); a number is never read as a timestamp."""
    if isinstance(value, date) or (isinstance(value, str) and not value.strip().isdigit()):
        return value
    raise ValueError("expected a date as YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_date_text)]
# NaN and ±Infinity (which Python's json reads) would reach the rules as "absent": an input error instead
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
Count = Annotated[int, Field(strict=True, ge=0, lt=2**63)]  # the rules engine reads 64-bit integers
Flag = Annotated[bool, Field(strict=True)]


class StrictModel(BaseModel):
    """Unknown fields are errors: a misspelt optional field must not silently fall back to its default."""

    model_config = ConfigDict(extra="forbid")


M = TypeVar("M", bound=BaseModel)


def parse_model(model: type[M], payload: Any) -> M:
    if not isinstance(payload, dict):
        raise InputError("the request body must be a JSON object",
                         [{"field": "(body)", "message": "expected a JSON object"}])
    try:
        return model.__pydantic_validator__.validate_python(payload)  # = model_validate, a call less
    except ValidationError as exc:
        problems = [{"field": ".".join(str(p) for p in err["loc"]) or "(body)", "message": _message(err)}
                    for err in exc.errors()]
        summary = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5])
        raise InputError(f"invalid input — {summary}", problems) from None


def _message(err: dict) -> str:
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "extra_forbidden":
        return "unknown field"
    return err["msg"].removeprefix("Value error, ")
