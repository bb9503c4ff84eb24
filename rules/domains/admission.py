"""Supplier admission (准入): the supplier profile and the facts the ADM rules read."""
from __future__ import annotations

from datetime import date
from operator import mul
from typing import Literal, Optional

from pydantic import Field, model_validator

from rules.domains.validation import (
    Count,
    Flag,
    IsoDate,
    Number,
    StrictModel,
    parse_model,
)

CATEGORIES = ("hardware", "software", "services", "cloud")
# GB 32100-2015: the 31 characters of the code; I, O, Z, S, V are not in it
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {ch: i for i, ch in enumerate(USCC_ALPHABET)}
_USCC_CHARS = frozenset(USCC_ALPHABET)
# a code typed with a Chinese input method in full-width mode (９１４４…, ＭＡ２Ｇ) is the same code: full-width ASCII is read
# as ASCII, nothing else (① or Ⅰ stay what they are, and fail the alphabet)
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


class Certificate(StrictModel):
    type: Literal["ISO9001", "ISO27001", "ISO20000", "MLPS3", "CMMI"]
    level: int | None = Field(default=None, ge=1, le=5, strict=True)
    expires: IsoDate

    @model_validator(mode="after")
    def _cmmi_has_level(self):
        if self.type == "CMMI" and self.level is None:
            raise ValueError("CMMI 评估须注明等级（1–5） / a CMMI appraisal needs its level (1–5)")
        return self


class AdmissionInput(StrictModel):
    supplier_id: str | None = None
    name: str = Field(min_length=1)
    uscc: str
    category: Literal["hardware", "software", "services", "cloud"]
    registered_capital: Number = Field(ge=0)
    established: IsoDate
    license_expires: IsoDate | None
    certificates: list[Certificate]
    handles_buyer_data: Flag
    blacklisted: Flag
    major_violation_dates: list[IsoDate]
    tax_social_ok: Flag
    debt_ratio: Number = Field(ge=0)
    net_assets: Number
    comparable_projects_3y: Count
    evaluation_date: IsoDate | None = None


FACTS = {
    "category": "supplier category: hardware, software, services or cloud",
    "uscc": "统一社会信用代码, full-width characters read as ASCII, upper-cased",
    "uscc_valid": "the USCC has 18 characters of the GB 32100-2015 alphabet and a correct check digit",
    "uscc_problem": "why the USCC is invalid: length, alphabet or check_digit",
    "evaluation_date": "the date the supplier is evaluated on",
    "license_expires": "business licence expiry date (absent: unlimited term)",
    "license_expired": "the licence expired before the evaluation date",
    "blacklisted": "listed as 失信被执行人 or on the serious-violation list",
    "recent_major_violations": "major violations dated within the look-back window",
    "latest_major_violation": "date of the most recent major violation",
    "tax_social_ok": "good record of paying taxes and social-security contributions",
    "registered_capital": "registered capital, CNY",
    "established": "date of establishment",
    "years_in_operation": "full calendar years in operation at the evaluation date",
    "has_iso9001": "holds a valid ISO 9001 certificate",
    "has_iso27001": "holds a valid ISO 27001 certificate",
    "has_mlps3": "holds a valid MLPS (等保) level-3 record",
    "cmmi_level": "best valid CMMI level (0 when none)",
    "processes_buyer_data": "will process or host buyer data (always for cloud)",
    "debt_ratio": "debt-to-asset ratio",
    "net_assets": "net assets, CNY",
    "comparable_projects_3y": "comparable projects delivered in the last 3 years",
}

# what a condition may compare each fact with (a number, true/false, text, or one of the values listed);
# None where the fact may be absent. A pack condition of another type never matches, so loading refuses it.
FACT_TYPES: dict[str, object] = {
    "category": Literal[CATEGORIES],
    "uscc": str,
    "uscc_valid": bool,
    "uscc_problem": Optional[Literal["length", "alphabet", "check_digit"]],
    "evaluation_date": str,
    "license_expires": Optional[str],
    "license_expired": bool,
    "blacklisted": bool,
    "recent_major_violations": float,
    "latest_major_violation": Optional[str],
    "tax_social_ok": bool,
    "registered_capital": float,
    "established": str,
    "years_in_operation": float,
    "has_iso9001": bool,
    "has_iso27001": bool,
    "has_mlps3": bool,
    "cmmi_level": float,
    "processes_buyer_data": bool,
    "debt_ratio": float,
    "net_assets": float,
    "comparable_projects_3y": float,
}

# the decision field and the values API.md gives it: a pack may use fewer, never rename them
OUTCOME = ("decision", ("admit", "conditional", "reject"))
# parameters build_facts reads itself (the look-back window of ADM-MAJOR-VIOLATION's count), not through a rule
PARAMETERS_READ = ("violation_lookback_years",)


def check_parameters(params: dict, fail) -> None:
    table = params.get("capital_minimum_cny")
    if not isinstance(table, dict) or set(table) != set(CATEGORIES):
        have = set(table) if isinstance(table, dict) else set()
        missing, extra = [c for c in CATEGORIES if c not in have], sorted(map(str, have - set(CATEGORIES)))
        raise fail("capital_minimum_cny", f"每个品类都要有最低注册资本（{'、'.join(CATEGORIES)}）；缺少：{'、'.join(missing) or '无'}，"
                                          f"多出：{'、'.join(extra) or '无'} / give a minimum for each category: "
                                          f"{', '.join(CATEGORIES)}; missing: {', '.join(missing) or 'none'}, "
                                          f"unknown: {', '.join(extra) or 'none'}")
    years = params.get("violation_lookback_years")
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise fail("violation_lookback_years", f"应为不小于 0 的整年数，现为 {years!r} / must be a whole number of years ≥ 0, "
                                               f"not {years!r}")


def parse_input(payload) -> AdmissionInput:
    return parse_model(AdmissionInput, payload)


def uscc_problem(code: str) -> str | None:
    """None when valid; else the first thing wrong (length, alphabet or check_digit)."""
    if len(code) != 18:
        return "length"
    if not _USCC_CHARS.issuperset(code):
        return "alphabet"
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, code[:17]), USCC_WEIGHTS))
    return None if USCC_ALPHABET[(31 - total % 31) % 31] == code[17] else "check_digit"


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February falls on 28 February (民法典 第二百零三条)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def full_years(start: date, on: date) -> int:
    """Calendar anniversaries, never days ÷ 365."""
    years = on.year - start.year
    if years > 0 and add_years(start, years) > on:
        years -= 1
    return max(years, 0)


def build_facts(inp: AdmissionInput, params: dict, today: date) -> dict:
    on = inp.evaluation_date or today
    code = inp.uscc.translate(_HALF_WIDTH).strip().upper()
    cutoff = add_years(on, -params["violation_lookback_years"])
    dates = inp.major_violation_dates
    recent = sorted(d for d in dates if cutoff <= d <= on) if dates else []
    valid: dict[str, int] = {}  # type -> best valid level (an expired certificate is as if absent)
    for cert in inp.certificates:
        if cert.expires >= on:
            level = cert.level or 0
            if valid.get(cert.type, -1) < level:
                valid[cert.type] = level
    problem = uscc_problem(code)
    return {
        "category": inp.category,
        "uscc": code,
        "uscc_valid": problem is None,
        "uscc_problem": problem,
        "evaluation_date": on.isoformat(),
        "license_expires": inp.license_expires.isoformat() if inp.license_expires else None,
        "license_expired": inp.license_expires is not None and inp.license_expires < on,
        "blacklisted": inp.blacklisted,
        "recent_major_violations": len(recent),
        "latest_major_violation": recent[-1].isoformat() if recent else None,
        "tax_social_ok": inp.tax_social_ok,
        "registered_capital": inp.registered_capital,
        "established": inp.established.isoformat(),
        "years_in_operation": full_years(inp.established, on),
        "has_iso9001": "ISO9001" in valid,
        "has_iso27001": "ISO27001" in valid,
        "has_mlps3": "MLPS3" in valid,
        "cmmi_level": valid.get("CMMI", 0),
        "processes_buyer_data": inp.handles_buyer_data or inp.category == "cloud",
        "debt_ratio": inp.debt_ratio,
        "net_assets": inp.net_assets,
        "comparable_projects_3y": inp.comparable_projects_3y,
    }


def summary(inp: AdmissionInput, facts: dict) -> dict:
    return {"supplier_id": inp.supplier_id, "name": inp.name, "evaluation_date": facts["evaluation_date"]}
