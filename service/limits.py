"""The size limit of a request body, kept before anything reads the body: a declared Content-Length over the limit is
refused without reading a byte, and a body without one (chunked) is read only up to the limit."""
from __future__ import annotations

from starlette.responses import JSONResponse

from contracts.parsing import MAX_BYTES
from problems import Problem
from service.asgi import HttpMiddleware

FORM_ROOM = 64 * 1024  # what a multipart form adds around a file of MAX_BYTES: boundaries, part headers, the fields beside it
MAX_BODY_BYTES = MAX_BYTES + FORM_ROOM


def _too_large(size: int) -> Problem:
    """`size`: the declared length, or the bytes read when the body passed the limit."""
    mb = MAX_BYTES // (1024 * 1024)
    return Problem("too_large", f"上传的文件或请求体超过 {mb} MB 上限 / the upload or request body exceeds the {mb} MB limit",
                   {"bytes": size, "limit": MAX_BODY_BYTES})


class BodyLimit(HttpMiddleware):
    """ASGI middleware: 413 too_large, the same error body as a library's, for a body over MAX_BODY_BYTES."""

    async def http(self, scope, receive, send):
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            problem = _too_large(int(length))
            await JSONResponse(problem.to_dict(), status_code=problem.status)(scope, receive, send)
            return
        received = 0

        async def limited():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:  # the route reading the body answers it with the Problem's 413
                    raise _too_large(received)
            return message

        await self.app(scope, limited, send)
