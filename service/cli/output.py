"""Human tables (width-aware for Chinese) by default, JSON for machines with --json."""
from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, Sequence

from contracts.report import severity_label


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int) -> str:
    return text + " " * max(0, size - width(text))


def table(headers: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]], lang: str) -> str:
    """`headers` as (Chinese, English), shown in `lang`."""
    headers = [en if lang == "en" else zh for zh, en in headers]
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    sizes = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, s) for h, s in zip(headers, sizes)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(pad(c, s) for c, s in zip(row, sizes)).rstrip() for row in cells]
    return "\n".join(lines)


def emit_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


FINDING_HEADERS = (("规则", "rule"), ("严重程度", "severity"), ("标题", "title"), ("说明", "message"))


def findings_table(findings: list[dict], lang: str) -> str:
    if not findings:
        return "(no findings)" if lang == "en" else "（无发现）"
    return table(FINDING_HEADERS, [[f["rule_id"], severity_label(f["severity"], lang), f["title"], f["message"]]
                                   for f in findings], lang)
