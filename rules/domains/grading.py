"""A/B/C supplier grading (分级): period scores, events and the exact weighted total."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from operator import mul
from typing import Literal, Optional

from pydantic import Field, field_validator

from rules.domains.validation import Count, Flag, Number, StrictModel, parse_model

DIMENSIONS = ("price", "response", "service", "compliance", "sustainability")
WEIGHT_TOLERANCE = Decimal("1e-6")
_CENT = Decimal("0.01")
Score = Number  # bounds are checked per field below


class Scores(StrictModel):
    price: Score = Field(ge=0, le=100)
    response: Score = Field(ge=0, le=100)
    service: Score = Field(ge=0, le=100)
    compliance: Score = Field(ge=0, le=100)
    sustainability: Score = Field(ge=0, le=100)


class Events(StrictModel):
    compliance_violation: Flag
    security_incident: Flag
    sla_breaches: Count


class Previous(StrictModel):
    grade: Literal["A", "B", "C"]
    total: Score = Field(ge=0, le=100)


class GradingInput(StrictModel):
    supplier_id: str = Field(min_length=1)
    name: str | None = None
    period: str = Field(min_length=1)
    scores: Scores
    events: Events
    previous: Previous | None = None
    weights: dict[str, Number] | None = None

    @field_validator("weights")
    @classmethod
    def _weights_valid(cls, weights):
        if weights is not None:
            problem = weights_problem(weights)
            if problem:
                raise ValueError(problem)
        return weights


FACTS = {
    "total": "weighted total, exact decimal rounded half-up to 2 places",
    **{d: f"{d} score (0–100)" for d in DIMENSIONS},
    "lowest_score": "the lowest single dimension score",
    "lowest_dimensions": "the dimension(s) with the lowest score",
    "compliance_violation": "a confirmed compliance violation in the period",
    "security_incident": "a data-security incident caused by the supplier in the period",
    "sla_breaches": "SLA breaches in the period",
    "previous_grade": "last period's grade",
    "previous_total": "last period's weighted total",
    "decline": "previous total minus this total (absent without a previous period)",
}

# what a condition may compare each fact with; lowest_dimensions names one dimension, or several joined by ", "
# (a condition compares it with one dimension's name). A condition of another type never matches: loading refuses it.
FACT_TYPES: dict[str, object] = {
    "total": float,
    **{d: float for d in DIMENSIONS},
    "lowest_score": float,
    "lowest_dimensions": Literal[DIMENSIONS],
    "compliance_violation": bool,
    "security_incident": bool,
    "sla_breaches": float,
    "previous_grade": Optional[Literal["A", "B", "C"]],
    "previous_total": Optional[float],
    "decline": Optional[float],
}


def weights_problem(weights: dict) -> str | None:
    """Why these weights cannot be used, or None; the sum is checked in decimal, within 1e-6 of 1."""
    if not isinstance(weights, dict) or set(weights) != set(DIMENSIONS):
        return f"权重须恰好列出这五个维度：{'、'.join(DIMENSIONS)} / weights must name exactly the five dimensions: {', '.join(DIMENSIONS)}"
    for name, w in weights.items():
        if isinstance(w, bool) or not isinstance(w, (int, float)) or w < 0:
            return f"权重 {name} 应为 ≥ 0 的数字 / weight {name} must be a number ≥ 0"
    total = sum(Decimal(str(w)) for w in weights.values())
    if abs(total - 1) > WEIGHT_TOLERANCE:
        return f"权重合计须为 1，现为 {total} / weights must sum to 1 (within 1e-6); they sum to {total}"
    return None

# the decision field and the values API.md gives it: a pack may use fewer, never rename them
OUTCOME = ("grade", ("A", "B", "C"))
# parameters build_facts reads itself (the weights of the total), not through a rule
PARAMETERS_READ = ("weights",)


def check_parameters(params: dict, fail) -> None:
    problem = weights_problem(params.get("weights"))
    if problem:
        raise fail("weights", problem)


def parse_input(payload) -> GradingInput:
    return parse_model(GradingInput, payload)


@lru_cache(maxsize=64)
def _decimal_weights(weights: tuple[float, ...]) -> tuple[Decimal, ...]:
    """The weights' decimal text, read once per set of weights (the pack's, or a request's)."""
    return tuple(Decimal(str(w)) for w in weights)


def weighted_total(scores: dict[str, float], weights: dict[str, float]) -> Decimal:
    exact = sum(map(mul, [Decimal(str(scores[d])) for d in DIMENSIONS],
                    _decimal_weights(tuple([weights[d] for d in DIMENSIONS]))))
    return exact.quantize(_CENT, rounding=ROUND_HALF_UP)


def build_facts(inp: GradingInput, params: dict, today: date) -> dict:
    scores = inp.scores.model_dump()
    total = weighted_total(scores, inp.weights or params["weights"])
    lowest = min(scores.values())
    facts = {
        "total": float(total),
        **scores,
        "lowest_score": lowest,
        "lowest_dimensions": ", ".join(d for d in DIMENSIONS if scores[d] == lowest),
        "compliance_violation": inp.events.compliance_violation,
        "security_incident": inp.events.security_incident,
        "sla_breaches": inp.events.sla_breaches,
        "previous_grade": None,
        "previous_total": None,
        "decline": None,
    }
    if inp.previous is not None:
        previous = Decimal(str(inp.previous.total))
        facts.update(previous_grade=inp.previous.grade, previous_total=inp.previous.total,
                     decline=float(previous - total))
    return facts


def batch_problems(models: list[GradingInput | None], places: list[tuple[str, str]]) -> list[tuple[int, dict]]:
    """A supplier graded twice for one period (two rows could give it two grades): every row after the first,
    naming the first by its place (第 3 行 / row 3, 第 1 条 / item 1); rows that did not parse (None) are left to
    their own errors."""
    first: dict[tuple[str, str], int] = {}
    found = []
    for i, m in enumerate(models):
        if m is None:
            continue
        j = first.setdefault((m.supplier_id, m.period), i)
        if j != i:
            found.append((i, {"field": "supplier_id", "message": f"供应商 {m.supplier_id} 在考核期 {m.period} 已由{places[j][0]}"
                              f"评分，同一考核期只能有一行 / supplier {m.supplier_id} is already graded for period "
                              f"{m.period} in {places[j][1]}"}))
    return found


def summary(inp: GradingInput, facts: dict) -> dict:
    return {"supplier_id": inp.supplier_id, "name": inp.name, "period": inp.period, "total": facts["total"]}
