"""The shape every pure ASGI middleware of the service shares: HTTP requests go to `http`, anything else (lifespan)
passes through untouched."""
from __future__ import annotations


class HttpMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope, receive, send):
        raise NotImplementedError
