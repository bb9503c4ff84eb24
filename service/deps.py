"""Request-scoped pieces every route needs: the services, the user's language, the API key check."""
from __future__ import annotations

import hmac
import json
import math
from typing import Any

from fastapi import Depends, Header, Query, Request

from service.container import Services
from rules.domains.validation import INVALID_INPUT
from service.errors import EMPTY_BODY, NOT_JSON, ApiError


async def services(request: Request) -> Services:
    return request.app.state.services


async def requested_language(lang: str | None = Query(None, description="zh or en; default from Accept-Language"),
                       accept_language: str | None = Header(None)) -> str | None:
    """The language the user asked for, or None when the request does not say."""
    if lang is not None:
        if lang not in ("zh", "en"):
            raise ApiError(422, "invalid_input", f"未知语言 {lang!r}，请用 zh 或 en / unknown language {lang!r}; use zh or en",
                           {"field": "lang"})
        return lang
    if not accept_language:
        return None
    return "en" if accept_language.lower().startswith("en") else "zh"


async def language(requested: str | None = Depends(requested_language)) -> str:
    return requested or "zh"


def _check_key(request: Request, given: str | None) -> None:
    expected = request.app.state.services.settings.api_key
    if not expected:
        raise ApiError(403, "writes_disabled", "服务启动时未设置 API 密钥，不接受写操作 / "
                                               "the server was started without an API key, so writes are refused")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "缺少 X-API-Key 请求头或密钥错误 / missing or wrong X-API-Key header")


async def require_key(request: Request, x_api_key: str | None = Header(None)) -> None:
    _check_key(request, x_api_key)


async def read_access(request: Request, x_api_key: str | None = Header(None)) -> None:
    """Reads are open unless the server runs in closed mode."""
    if request.app.state.services.settings.closed:
        _check_key(request, x_api_key)


class Submission:
    """A request body that is either JSON or a multipart upload (field `file`, other form fields beside it)."""

    def __init__(self, json: Any = None, upload: tuple[bytes, str] | None = None, form: dict | None = None):
        self.json, self.upload, self.form = json, upload, form or {}


async def json_body(request: Request) -> Any:
    """The body of every JSON route, read as JSON whatever its Content-Type: `curl -d '{...}'` sends
    application/x-www-form-urlencoded, and a first try should not fail on some routes only."""
    raw = await request.body()
    if not raw.strip():
        raise ApiError(400, "invalid_json", EMPTY_BODY)
    try:
        value = json.loads(raw)
    except ValueError:  # also bytes that are not UTF-8
        raise ApiError(400, "invalid_json", NOT_JSON) from None
    if value is None:
        raise ApiError(400, "invalid_json", EMPTY_BODY)
    return value


async def json_or_upload(request: Request) -> Submission:
    """A route that also takes an upload: multipart is the upload, any other body is read by `json_body`."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "invalid_input", "请在表单字段 file 中上传文件 / upload the file in the form field `file`",
                           {"field": "file"})
        fields = {k: v for k, v in form.items() if k != "file" and isinstance(v, str)}
        return Submission(upload=(await upload.read(), upload.filename or ""), form=fields)
    return Submission(json=await json_body(request))


def form_number(form: dict, name: str) -> float | None:
    """A number sent as a form field beside an upload; blank means not given."""
    raw = (form.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ApiError(422, "invalid_input", f"{name} 应为数字 / {name} must be a number, got {raw!r}", {"field": name})
    return value


def known_fields(fields: dict, allowed: tuple[str, ...]) -> dict:
    """Refuses a body or form field the route does not read: a misspelt optional field (contract_vaue) would
    otherwise be ignored without a word, as docs/spec-notes.md says of the supplier bodies."""
    unknown = [name for name in fields if name not in allowed]
    if unknown:
        raise ApiError(422, "invalid_input", f"{INVALID_INPUT} — {unknown[0]}：未知字段 / unknown field；可用 / allowed: "
                                             f"{', '.join(allowed)}", [{"field": name, "message": "未知字段 / unknown field"}
                                                                      for name in unknown])
    return fields
