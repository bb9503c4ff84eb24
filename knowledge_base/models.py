"""Case and hit shapes from API.md, and the validation every write goes through."""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from problems import Problem
from tabular import CommaError, drop_thousands

CASE_FIELDS = (
    "title", "date", "category", "org_type", "amount", "summary",
    "highlights", "lessons", "recommendations", "tags",
)
LIST_FIELDS = ("highlights", "lessons", "recommendations", "tags")
# Optional extras beyond API.md: where the case came from, and its id there (makes re-imports idempotent).
EXTRA_FIELDS = ("external_id", "source")
WRITABLE_FIELDS = CASE_FIELDS + EXTRA_FIELDS
REQUIRED_FIELDS = ("title", "date", "category")  # validate_case refuses a case without them

MAX_TEXT = 20_000
MAX_SHORT = 200
MAX_BATCH = 10_000  # cases stored in one transaction (one POST /v1/cases list, one import batch)
LIST_SPLIT = re.compile(r"\s*(?:\r?\n|[;；|])\s*")
# tags are words, never sentences: "云,安全" or "云，安全、等保" typed in one cell is several tags, while a lesson keeps its commas
TAG_SPLIT = re.compile(r"\s*(?:\r?\n|[;；|,，、])\s*")


class CaseError(Problem):
    """Bad input for the case base, or the database behind it unavailable (503)."""


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    date: str
    category: str
    org_type: str | None
    amount: float | None
    summary: str
    highlights: list[str]
    lessons: list[str]
    recommendations: list[str]
    tags: list[str]
    external_id: str | None = None
    source: str | None = None
    created_at: str | None = None

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CaseHit:
    case: Case
    score: float  # 0–1, comparable across queries; hits under the store's floor are not returned
    bm25: float = field(default=0.0, compare=False)   # lexical part, 0–1
    dense: float = field(default=0.0, compare=False)  # semantic part, 0–1

    def to_dict(self) -> dict:
        return {"case": self.case.to_dict(), "score": round(self.score, 4),
                "scores": {"bm25": round(self.bm25, 4), "dense": round(self.dense, 4)}}


class SearchHits(list):
    """The hits of a search, best first, and the misspelt English words searched as other words
    ([{"typed": "warrenty", "searched": "warranty"}]); compares equal to a plain list of the hits."""

    def __init__(self, hits=(), corrections: dict[str, str] | None = None):
        super().__init__(hits)
        self.corrections = [{"typed": t, "searched": s} for t, s in (corrections or {}).items()]


def _problem(problems: list, name: str, msg: str) -> None:
    problems.append({"field": name, "problem": msg})


def _missing(value: Any) -> bool:
    """None, an empty string, or NaN (an empty cell as a dataframe reads it)."""
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _clean(text: str) -> str:
    """Stripped, without NUL characters: PostgreSQL text cannot hold them (a paste from a PDF can carry one)."""
    return text.replace("\x00", "").strip()


def _text(value: Any, name: str, problems: list, *, required: bool, limit: int) -> str | None:
    if _missing(value):
        value = ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        _problem(problems, name, f"应为文本 / must be text, got {type(value).__name__}")
        return None
    value = _clean(value)
    if required and not value:
        _problem(problems, name, "必填 / required")
        return None
    if len(value) > limit:
        _problem(problems, name, f"过长 / too long ({len(value)} > {limit} characters)")
        return None
    return value


def _string_list(value: Any, name: str, problems: list) -> list[str]:
    if _missing(value):
        return []
    if isinstance(value, str):
        value = (TAG_SPLIT if name == "tags" else LIST_SPLIT).split(value)
    if not isinstance(value, (list, tuple)):
        _problem(problems, name, "应为文本列表 / must be a list of strings")
        return []
    out: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, (str, int, float)) or isinstance(item, bool):
            _problem(problems, f"{name}[{i}]", "应为文本 / must be text")
            continue
        item = _clean(str(item))
        if len(item) > MAX_TEXT:
            _problem(problems, f"{name}[{i}]", f"过长 / too long (> {MAX_TEXT} characters)")
        elif item and item not in out:
            out.append(item)
    return out


def _date(value: Any, problems: list) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value, "date", problems, required=True, limit=40)
    if text is None:
        return None
    if re.fullmatch(r"\d{4}", text):  # a review often only knows its year
        text = f"{text}-01-01"
    elif re.fullmatch(r"\d{4}-\d{2}", text):
        text = f"{text}-01"
    try:  # a date, or a date with its time as a sheet or a database writes it (2024-05-06 00:00:00)
        parsed = dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        _problem(problems, "date", f"应为 YYYY-MM-DD / must be an ISO date YYYY-MM-DD, got {text!r}")
        return None
    if not 1900 <= parsed.year <= 2100:
        _problem(problems, "date", f"年份超出范围 / year out of range: {parsed.year}")
        return None
    return parsed.isoformat()


_WAN = re.compile(r"(\d+(?:\.\d+)?)\s*万\s*元?")


def _amount(value: Any, problems: list, decimal: str | None = ".") -> float | None:
    if isinstance(value, float) and math.isnan(value):  # JSON NaN is no empty cell: it was stored as null
        _problem(problems, "amount", "应为数字（元），不能是 NaN / must be a number (CNY), not NaN")
        return None
    if _missing(value):
        return None
    if isinstance(value, str) and (wan := _WAN.fullmatch(value.strip())):  # not read: 万 may be the sheet's unit too
        yuan = f"{float(wan.group(1)) * 10_000:.0f}"
        _problem(problems, "amount", f"金额以元为单位，请把“{value.strip()}”写成 {yuan} / amount is in CNY: "
                                     f"write {value.strip()!r} as {yuan}")
        return None
    if isinstance(value, str):
        try:
            value = float(drop_thousands(value.strip(), decimal))
        except CommaError as e:
            _problem(problems, "amount", f"{e.zh} / {e.en}")
            return None
        except ValueError:
            _problem(problems, "amount", f"应为数字（元）/ must be a number (CNY), got {value!r}")
            return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        _problem(problems, "amount", "应为数字（元）/ must be a number (CNY)")
        return None
    if value < 0:
        _problem(problems, "amount", "不能为负 / must not be negative")
        return None
    return float(value)


def validate_case(data: Any, decimal: str | None = ".") -> dict:
    """Checks and normalises a case body; raises CaseError listing every problem at once. `decimal` is the decimal mark
    of an imported file's numbers (tabular.Table.decimal: a ';'-separated CSV from a European Excel writes 1.500,00)."""
    if not isinstance(data, dict):
        raise CaseError("invalid_case", "案例应为 JSON 对象 / a case must be a JSON object",
                        {"got": type(data).__name__})
    problems: list = []
    unknown = sorted(set(data) - set(WRITABLE_FIELDS) - {"id", "created_at"})
    if unknown:
        problems.append({"field": ",".join(unknown),
                         "problem": f"未知字段 / unknown fields; allowed: {', '.join(WRITABLE_FIELDS)}"})
    case = {
        "title": _text(data.get("title"), "title", problems, required=True, limit=MAX_SHORT * 2),
        "date": _date(data.get("date"), problems),
        "category": _text(data.get("category"), "category", problems, required=True, limit=MAX_SHORT),
        "org_type": _text(data.get("org_type"), "org_type", problems, required=False, limit=MAX_SHORT) or None,
        "amount": _amount(data.get("amount"), problems, decimal),
        "summary": _text(data.get("summary"), "summary", problems, required=False, limit=MAX_TEXT) or "",
        "external_id": _text(data.get("external_id"), "external_id", problems, required=False, limit=MAX_SHORT) or None,
        "source": _text(data.get("source"), "source", problems, required=False, limit=MAX_SHORT) or None,
    }
    for name in LIST_FIELDS:
        case[name] = _string_list(data.get(name), name, problems)
    case["tags"] = list(dict.fromkeys(t.lower() if t.isascii() else t for t in case["tags"]))
    if not problems and not (case["summary"] or case["lessons"] or case["highlights"]):
        _problem(problems, "summary", "摘要、亮点、教训至少填一项 / give at least a summary, highlights or lessons")
    if problems:
        title = case.get("title") or data.get("title")
        raise CaseError("invalid_case", f"案例内容不合格 / the case is not valid: {first_problem(problems)}",
                        {"problems": problems, **({"title": title} if isinstance(title, str) else {})})
    return case


def listed(positions: list) -> str:
    """The first ten rows or indices of bad cases, for a message ("2, 5, 9 …")."""
    return ", ".join(map(str, positions[:10])) + (" …" if len(positions) > 10 else "")


def first_problem(problems: list[dict]) -> str:
    """The first problem for a message (a terminal shows the message, not the details), and how many more."""
    p = problems[0]
    more = f"（另有 {len(problems) - 1} 项 / {len(problems) - 1} more）" if len(problems) > 1 else ""
    return f"{p.get('column') or p['field']}: {p['problem']}{more}"
