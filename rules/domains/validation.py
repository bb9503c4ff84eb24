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
    raise ValueError("应为日期，格式 YYYY-MM-DD / expected a date as YYYY-MM-DD")


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
        raise InputError("请求体应为 JSON 对象 / the request body must be a JSON object",
                         [{"field": "(body)", "message": "应为 JSON 对象 / expected a JSON object"}])
    try:
        return model.__pydantic_validator__.validate_python(payload)  # = model_validate, a call less
    except ValidationError as exc:
        problems = [{"field": ".".join(str(p) for p in err["loc"]) or "(body)", "message": bilingual_message(err)}
                    for err in exc.errors()]
        summary = "; ".join(f"{p['field']}: {p['message']}" for p in problems[:5])
        raise InputError(f"{INVALID_INPUT} — {summary}", problems) from None


INVALID_INPUT = "输入有误 / invalid input"
# pydantic's English message by error type, and what a Chinese reader is told beside it
_ZH = {
    "missing": "缺少必填字段", "extra_forbidden": "未知字段",
    "float_type": "应为数字", "float_parsing": "应为数字", "finite_number": "应为有限的数字（不能是 NaN 或无穷大）",
    "int_type": "应为整数", "int_parsing": "应为整数", "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
    "string_type": "应为文本", "string_too_short": "不能为空",
    "greater_than_equal": "应大于或等于 {ge}", "greater_than": "应大于 {gt}",
    "less_than_equal": "应小于或等于 {le}", "less_than": "应小于 {lt}",
    "literal_error": "应为以下之一：{expected}",
    "date_type": "应为日期，格式 YYYY-MM-DD", "date_parsing": "不是有效日期（格式 YYYY-MM-DD）",
    "date_from_datetime_parsing": "不是有效日期（格式 YYYY-MM-DD）", "date_from_datetime_inexact": "应为日期，不含时间",
    "list_type": "应为列表", "dict_type": "应为 JSON 对象", "model_type": "应为 JSON 对象",
    "model_attributes_type": "应为 JSON 对象",
}


_NUMBER_ERRORS = ("float_type", "float_parsing", "int_type", "int_parsing")


def bilingual_message(err: dict) -> str:
    """中文 / English for one pydantic error (also the HTTP layer's query parameters); a validator's own
    message (type value_error) is written in both already."""
    if err["type"] == "missing":
        return "缺少必填字段 / required field is missing"
    if err["type"] == "extra_forbidden":
        return "未知字段 / unknown field"
    if err["type"] == "value_error":
        return err["msg"].removeprefix("Value error, ")
    value = err.get("input")
    if err["type"] in _NUMBER_ERRORS and isinstance(value, str) and value.strip().endswith(("%", "％")):
        # a percentage typed, or an Excel cell formatted as one (tabular reads it as shown): "应为数字" alone did not say why
        number = "a whole number" if err["type"].startswith("int") else "a number"
        return f"“{value}”带百分号：{_ZH[err['type']]}，请按该字段的单位只填数字 / {value} has a percent sign: write {number} alone, in the field's unit"
    zh = _ZH.get(err["type"], "输入无效").format(**{k: _zh_value(v) for k, v in (err.get("ctx") or {}).items()})
    return f"{zh} / {err['msg']}"


def _zh_value(value: Any) -> Any:
    """A limit or list of choices as pydantic's English shows it (100, not 100.0), 'or' in Chinese."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.replace(" or ", " 或 ") if isinstance(value, str) else value
