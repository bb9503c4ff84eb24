"""`jicai serve`: the HTTP API on uvicorn."""
from __future__ import annotations

import argparse
import os
import socket

from service.cli.common import CliError, add_data_dir, add_parser


def _port(text: str) -> int:
    """Refused here, not by the socket after the model has loaded (a traceback then)."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"端口应为 1–65535 / {text!r} is not a port: use 1–65535")
    return int(text)


def register(sub) -> None:
    p = add_parser(sub, "serve", "启动 HTTP 服务和网页 / run the HTTP service and the pages", examples=(
        "jicai serve", "JICAI_API_KEY=… jicai serve --host 0.0.0.0 --port 8000 --data-dir /srv/jicai"))
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机）/ address to listen on "
                                                       "(default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="端口（默认 8000）/ port (default: 8000)")
    add_data_dir(p)
    p.add_argument("--api-key", metavar="KEY", help="写操作所需的密钥（默认 $JICAI_API_KEY；没有则拒绝写操作；参数会在 ps "
                                                    "中可见）/ key for write endpoints (default: $JICAI_API_KEY; none: writes "
                                                    "refused; a flag shows in ps)")
    p.add_argument("--closed", action="store_true", help="读操作也需要密钥 / reads need the API key too")
    p.add_argument("--database-url", metavar="URL", help="案例库数据库 postgresql://…（默认 $JICAI_DATABASE_URL，否则数据目录中的 "
                                                         "SQLite）/ the case base's database (default: $JICAI_DATABASE_URL, "
                                                         "else SQLite in the data directory)")
    p.add_argument("--embedding-model", metavar="DIR", help="嵌入模型：sentence-transformers 模型文件夹（默认 $JICAI_EMBEDDING_MODEL，否则"
                                                            "内置 multilingual-e5-small）/ folder of a sentence-transformers "
                                                            "model (default: $JICAI_EMBEDDING_MODEL, else the bundled one)")
    p.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    from service.app import create_app
    from service.cli.common import settings_from

    settings = settings_from(args)
    settings.closed = args.closed
    with listen(args.host, args.port) as sock:
        app = create_app(settings)
        print("jicai: loading the embedding model and the case base …", flush=True)
        app.state.services.warm_up()
        print(f"jicai: data in {settings.data_dir}; writes {'enabled' if settings.api_key else 'refused (no API key)'}")
        print(f"jicai: listening on http://{args.host}:{args.port} (Ctrl-C to stop)", flush=True)
        server = uvicorn.Server(uvicorn.Config(app, log_config=log_config()))
        try:
            server.run(sockets=[sock])
        except KeyboardInterrupt:
            pass
    return 0 if server.started else 3  # 3: the app's start-up failed, as uvicorn.run reports it


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the model loads and handed to uvicorn: a port in use or an address
    that is not this machine's stops `jicai serve` at once with one line, not after loading with uvicorn's log."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        reason = os.strerror(exc.errno) if (exc.errno or 0) > 0 else exc.strerror or str(exc)  # gaierror's are < 0
        raise CliError("cannot_listen", f"无法在 {host}:{port} 监听（{reason}）：请换一个 --port 或检查 --host / cannot listen "
                       f"on {host}:{port} ({reason}): choose another --port, stop the process using it, or check --host",
                       {"host": host, "port": port, "reason": reason}, status=400) from None


def log_config() -> dict:
    """uvicorn's logging with the time on every line, and the libraries' loggers (the `jicai` logger's
    unhandled errors, warnings) through the same handler instead of Python's bare last-resort output."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for formatter in config["formatters"].values():
        formatter["fmt"] = "%(asctime)s " + formatter["fmt"]
    config["root"] = {"handlers": ["default"], "level": "WARNING"}
    config["loggers"]["bm25s"] = {"level": "WARNING"}  # it sets its own logger to DEBUG ("Building index from tokens")
    return config
