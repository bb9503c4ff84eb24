"""What every subcommand shares: its errors, reading input files, writing output files, and the settings from flags."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from problems import Problem
from service.settings import Settings

DATA_DIR_HELP = ("数据目录：决策日志、案例库和规则包覆盖文件所在处 / where decisions, cases and pack overrides live "
                 "(default: $JICAI_DATA_DIR or ~/.local/share/jicai)")
JSON_HELP = "输出与 HTTP API 响应相同的 JSON（出错时为 API 的错误体）/ print the HTTP API's JSON body (on a refusal, its error body)"


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="用法 / usage: " if prefix is None else prefix)


# argparse's refusals, said in Chinese before its English
_ARGPARSE_ZH = (
    (r"the following arguments are required: (.+)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", "参数 {0} 的取值 {1} 无效，可选：{2}"),
    (r"argument (\S+): expected one argument", "参数 {0} 需要一个值"),
    (r"argument (\S+): invalid \w+ value: (.+)", "参数 {0} 的值 {1} 无效"),
)


class Parser(argparse.ArgumentParser):
    """argparse with its own words in Chinese beside the English, as the help and the refusals of the commands are:
    the usage line, the section titles and what it refuses. Subcommands are made of the same class."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数 / arguments"  # argparse names these two sections itself, with no parameter for them
        self._optionals.title = "选项 / options"

    def error(self, message: str):
        zh = next((z.format(*m.groups()) for pattern, z in _ARGPARSE_ZH if (m := re.fullmatch(pattern, message))), None)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 错误 / error: {zh + ' / ' if zh else ''}{message}\n")


def add_parser(sub, name: str, help: str, examples: tuple[str, ...] = (), **kwargs) -> argparse.ArgumentParser:
    """A subcommand with its help in Chinese and English and, where a user needs them, examples under it."""
    epilog = ("示例 / examples:\n" + "\n".join(f"  {e}" for e in examples)) if examples else None
    parser = sub.add_parser(name, help=help, description=help, epilog=epilog, add_help=False, **kwargs)
    add_help(parser)
    return parser


def add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="显示本帮助并退出 / show this help and exit")


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Accepted before or after the subcommand; SUPPRESS keeps the subcommand from erasing the global one."""
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP)


class CliError(Problem):
    """A user mistake only the CLI can make (a missing file, …), reported like the API's errors."""


def input_file(path: str) -> Path:
    """The file the user named, checked by opening it: missing, a folder, or unreadable is one line naming it."""
    try:
        with open(path, "rb"):
            return Path(path)
    except OSError as exc:
        raise _unreadable(path, exc) from None


def read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: str, exc: OSError) -> CliError:
    if isinstance(exc, FileNotFoundError):
        code, zh, en = "file_not_found", "找不到文件", "no such file"
    elif isinstance(exc, IsADirectoryError):
        code, zh, en = "unreadable_file", "这是文件夹，不是文件", "is a folder, not a file"
    elif isinstance(exc, PermissionError):
        code, zh, en = "unreadable_file", "没有读取该文件的权限", "no permission to read the file"
    else:
        code, zh, en = "unreadable_file", f"无法读取文件（{exc.strerror}）", f"cannot read the file ({exc.strerror})"
    return CliError(code, f"{zh}：{path} / {en}: {path}", {"field": "file", "file": path}, status=400)


def read_json_file(path: str):
    data = read_input(path)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError("invalid_json", f"{path} 不是有效的 UTF-8 JSON / is not valid UTF-8 JSON: {exc}",
                       {"field": "file", "file": path}, status=400) from None


def write_output(path: str, data: bytes) -> None:
    """An output file the user named (--annotate), written whole or not at all: the bytes go to a temporary file
    beside it, renamed onto `path` when complete, so a full disk or Ctrl-C leaves neither a half-written file nor a
    damaged earlier one."""
    with writing(path):
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@contextmanager
def writing(path: str):
    """Around the writing of an output file the user named: a path it cannot write is one line, not a traceback."""
    try:
        yield
    except OSError as e:
        raise CliError("cannot_write", f"无法写入文件 {path}（{e.strerror}）/ cannot write {path}: {e.strerror}",
                       {"field": "file", "file": path}, status=400) from None


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


def add_output_flags(parser: argparse.ArgumentParser, lang_help: str | None = None) -> None:
    """--json, --lang and --data-dir, which every command that prints a result takes."""
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh",
                        help=lang_help or "标题和说明的语言（默认 zh）/ language of titles and messages (default: zh)")
    add_data_dir(parser)


def open_services(args: argparse.Namespace):
    from service.container import Services

    return Services(settings_from(args))
