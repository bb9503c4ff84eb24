"""`jicai`: the same verbs as the HTTP API, for people at a terminal and for scripts (--json)."""
from __future__ import annotations

import json
import os
import sys

from problems import Problem
from service.cli import (
    bundle_cmd,
    cases_cmd,
    review_cmd,
    rules_cmd,
    serve_cmd,
    suppliers_cmd,
)
from service.cli.common import DATA_DIR_HELP, Parser, add_help

COMMANDS = (serve_cmd, suppliers_cmd, review_cmd, bundle_cmd, cases_cmd, rules_cmd)


def build_parser() -> Parser:
    parser = Parser(
        prog="jicai", add_help=False,
        description="集采 Jicai — 系统集成采购决策支持：合同审查、需求聚合、供应商准入与分级、案例库、规则包 / "
                    "decision support for system-integration procurement",
        epilog="每个命令的说明：jicai COMMAND --help / each command's options: jicai COMMAND --help\n"
               "退出码 / exit status: 0 成功 success · 1 rules test 未通过 failed · 2 输入被拒绝 refused input · "
               "3 serve 启动失败 start-up failed · 130 Ctrl-C 中断 interrupted")
    add_help(parser)
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="命令 / commands")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args) or 0
    except BrokenPipeError:  # `jicai rules list | head -3`: the reader has what it wanted; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so that flushing at exit does not fail again
        return 1
    except KeyboardInterrupt:  # Ctrl-C: output files are written whole or not at all (common.write_output), so nothing to undo
        print("已中断（Ctrl-C），没有留下写了一半的文件 / interrupted (Ctrl-C): no half-written file was left", file=sys.stderr)
        return 130
    except Problem as exc:
        if getattr(args, "json", False):  # a script asked for the API's JSON: it gets the API's error body too
            print(json.dumps(exc.to_dict(), ensure_ascii=False, default=str))
        else:
            _report(exc.code, exc.message, exc.details)
    return 2


def _report(code: str, message: str, details) -> None:
    print(f"error [{code}]: {message}", file=sys.stderr)
    if isinstance(details, list):
        for d in details[:20]:
            print("  - " + ", ".join(f"{k}: {v}" for k, v in d.items()), file=sys.stderr)
