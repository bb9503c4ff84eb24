"""`jicai serve`: the HTTP API on uvicorn."""
from __future__ import annotations

from service.cli.common import add_data_dir


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the HTTP service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    add_data_dir(p)
    p.add_argument("--api-key", help="key for write endpoints (default: $JICAI_API_KEY; none: writes refused)")
    p.add_argument("--closed", action="store_true", help="reads need the API key too")
    p.add_argument("--database-url", help="postgresql://… for the case base (default: $JICAI_DATABASE_URL, "
                                          "else SQLite in the data directory)")
    p.add_argument("--embedding-model", help="folder of a sentence-transformers model (default: $JICAI_EMBEDDING_MODEL, "
                                             "else the bundled multilingual-e5-small)")
    p.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    from service.app import create_app
    from service.cli.common import settings_from

    settings = settings_from(args)
    settings.closed = args.closed
    app = create_app(settings)
    print("jicai: loading the embedding model and the case base …", flush=True)
    app.state.services.warm_up()
    print(f"jicai: data in {settings.data_dir}; writes {'enabled' if settings.api_key else 'refused (no API key)'}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
