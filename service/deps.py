"""Request-scoped pieces every route needs: the services, the user's language, the API key check."""
from __future__ import annotations

import hmac

from fastapi import Header, Query, Request

from service.container import Services
from service.errors import ApiError


def services(request: Request) -> Services:
    return request.app.state.services


def language(lang: str | None = Query(None, description="zh or en; default from Accept-Language, else zh"),
             accept_language: str | None = Header(None)) -> str:
    if lang is not None:
        if lang not in ("zh", "en"):
            raise ApiError(422, "invalid_input", f"unknown language {lang!r}; use zh or en", {"field": "lang"})
        return lang
    return "en" if (accept_language or "").lower().startswith("en") else "zh"


def _check_key(request: Request, given: str | None) -> None:
    expected = services(request).settings.api_key
    if not expected:
        raise ApiError(403, "writes_disabled", "the server was started without an API key, so writes are refused")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong X-API-Key header")


def require_key(request: Request, x_api_key: str | None = Header(None)) -> None:
    _check_key(request, x_api_key)


def read_access(request: Request, x_api_key: str | None = Header(None)) -> None:
    """Reads are open unless the server runs in closed mode."""
    if services(request).settings.closed:
        _check_key(request, x_api_key)
