"""The HTTP service: wires the libraries to routes; the routes only parse, call and shape."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

import swagger_ui_bundle
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from service import errors, openapi
from service.container import Services
from service.limits import BodyLimit
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

    app = FastAPI(title="Jicai 集采", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Decision support for system-integration procurement: supplier admission and "
                              "grading, contract review, demand bundling, lessons learned.")
    app.state.services = services
    errors.install(app)
    openapi.install(app)
    app.add_middleware(BodyLimit)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/ui", StaticFiles(directory=WEB_DIR, html=True), name="ui")
    # the interactive API page from files installed with the service: an intranet server has no CDN
    app.mount("/docs-static", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} — API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css", swagger_favicon_url="/docs-static/favicon-32x32.png")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/")

    return app
