"""What every subcommand shares: its errors, reading input files, writing output files, and the settings from flags."""
from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from pathlib import Path

from problems import Problem
from service.settings import Settings

DATA_DIR_HELP = "where decisions, cases and pack overrides live (default: $JICAI_DATA_DIR or ~/.local/share/jicai)"


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Accepted before or after the subcommand; SUPPRESS keeps the subcommand from erasing the global one."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help=DATA_DIR_HELP)


class CliError(Problem):
    """A user mistake only the CLI can make (a missing file, …), reported like the API's errors."""


def read_json_file(path: str):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CliError("file_not_found", f"no such file: {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError("invalid_json", f"{path} is not valid UTF-8 JSON: {exc}") from None


@contextmanager
def writing(path: str):
    """Around the writing of an output file the user named: a path it cannot write is one line, not a traceback."""
    try:
        yield
    except OSError as e:
        raise CliError("cannot_write", f"cannot write {path}: {e.strerror} / 无法写入文件 {path}", {"file": path}, status=400) from None


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if getattr(args, "data_dir", None):
        settings.data_dir = Path(args.data_dir).expanduser()
    if getattr(args, "api_key", None):
        settings.api_key = args.api_key
    if getattr(args, "database_url", None):
        settings.database_url = args.database_url
    if getattr(args, "embedding_model", None):
        settings.embedding_model = args.embedding_model
    return settings


def add_output_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (same shape as the HTTP API)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of titles and messages")
    add_data_dir(parser)


def open_services(args: argparse.Namespace):
    from service.container import Services

    return Services(settings_from(args))
