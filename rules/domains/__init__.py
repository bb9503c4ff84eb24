"""Decision domains: what a pack's input looks like and which facts its rules may read.

A domain is a module with `FACTS` (name → meaning), `FACT_TYPES` (name → the type a condition compares it
with), `OUTCOME` (the decision field and its values),
`PARAMETERS_READ` (the pack parameters it reads itself,
not through a rule), `check_parameters(params, fail)`,
`parse_input(payload) -> model`, `build_facts(model, params, today) -> dict` and
`summary(model, facts) -> dict` (the domain's own output fields beside the outcome and findings), and optionally
`batch_problems(models, places) -> [(index, {"field", "message"})]`: what is wrong across the rows of one batch (grading: a
supplier twice in a period), checked before anything is decided; `places` name each input, Chinese and English
(runtime.place: 第 3 行 / row 3, 第 1 条 / item 1).
"""
from __future__ import annotations

from types import ModuleType

from rules.domains import admission, contract_risk, grading

_DOMAINS: dict[str, ModuleType] = {"admission": admission, "grading": grading, "contract_risk": contract_risk}

for _name, _domain in _DOMAINS.items():  # a fact added (contract_risk's: to contracts.extract.FACTS) must be typed, and the other way round
    if set(_domain.FACT_TYPES) != set(_domain.FACTS):
        raise RuntimeError(f"{_name} facts without a type, or a type without a fact: "
                           f"{sorted(set(_domain.FACT_TYPES) ^ set(_domain.FACTS))}")


def get(name: object) -> ModuleType | None:
    return _DOMAINS.get(name) if isinstance(name, str) else None


def names() -> list[str]:
    return sorted(_DOMAINS)
