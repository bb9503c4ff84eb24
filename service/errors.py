"""One JSON error shape for every failure: {"error": {"code", "message", "details"}}."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from problems import Problem, detail_items
from rules.domains.validation import INVALID_INPUT, bilingual_message
from service.asgi import HttpMiddleware

log = logging.getLogger("jicai")


class ApiError(Problem):
    """A request the HTTP layer itself refuses (missing upload field, bad key …)."""

    def __init__(self, status: int, code: str, message: str, details=None):
        super().__init__(code, message, details, status)


# the words of service.deps.json_body, which reads the body of every JSON route
NOT_JSON = "请求体不是有效的 JSON / the request body is not valid JSON"
EMPTY_BODY = "请求体为空，请提交 JSON 对象 / the request body is empty (or null): send a JSON object"


def error_body(code: str, message: str, details=None) -> dict:
    return {"error": {"code": code, "message": message, "details": detail_items(details, message)}}


# Starlette's own refusals (no such route, a method the route does not take), in both languages like ours
ROUTING_ERRORS = {404: ("not_found", "没有这个地址 / no such endpoint"),
                  405: ("method_not_allowed", "该地址不接受此请求方法 / method not allowed")}


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        # only query parameters and headers: every body is read by service.deps.json_body
        details = [{"field": ".".join(str(p) for p in e["loc"][1:]) or e["loc"][0], "message": bilingual_message(e)}
                   for e in exc.errors()]
        first = details[0]
        return JSONResponse(error_body("invalid_input", f"{INVALID_INPUT} — {first['field']}: {first['message']}", details),
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code, message = ROUTING_ERRORS.get(exc.status_code, ("http_error", str(exc.detail)))
        return JSONResponse(error_body(code, f"{message}: {request.method} {request.url.path}"),
                            status_code=exc.status_code, headers=exc.headers)  # a 405 keeps its Allow header

    async def _library(request: Request, exc):
        return JSONResponse(exc.to_dict(), status_code=exc.status)

    app.add_exception_handler(Problem, _library)
    app.add_middleware(_BugsLoggedOnce)


class _BugsLoggedOnce(HttpMiddleware):
    """Answers an unhandled exception with the 500 body and logs it once, with its request. Not a handler for
    `Exception`: Starlette raises the exception on after such a handler has answered, and uvicorn logged its
    traceback a second time ("Exception in ASGI application"), without the request."""

    async def http(self, scope, receive, send):
        started = False

        async def sending(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if not started:  # else the answer is half sent, and the server closes the connection
                await JSONResponse(error_body("internal_error", "内部错误：这是程序缺陷，已记入日志 / internal error — this is a bug; it has been logged"),
                                   status_code=500)(scope, receive, send)
