"""The HTTP service: wires the libraries to routes; the routes only parse, call and shape."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from service import errors
from service.container import Services
from service.routes import (
    cases,
    contracts,
    decisions,
    demands,
    health,
    rules,
    suppliers,
)
from service.settings import Settings

WEB_DIR = Path(__file__).parent / "web"  # the pages for reviewers and planners
ROUTERS = (health.router, suppliers.router, contracts.router, demands.router, cases.router, rules.router,
           decisions.router)


def create_app(settings: Settings | None = None) -> FastAPI:
    services = Services(settings or Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        services.close()

    app = FastAPI(title="Jicai 集采", version="1", lifespan=lifespan,
                  description="Decision support for system-integration procurement: supplier admission and "
                              "grading, contract review, demand bundling, lessons learned.")
    app.state.services = services
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/ui", StaticFiles(directory=WEB_DIR, html=True), name="ui")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/")

    return app
