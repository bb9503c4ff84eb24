"""Contract risk (合同风险): the facts a contract analysis produces, checked and handed to the CR rules.

The input is exactly `contracts.extract.FACTS` (the flat `facts` of `contracts.extract.analyse`): every
key present, None where the text may leave the fact unknown. Facts pass through unchanged, except the
post-warranty share of TCO (CR-TCO-SERVICE-SHARE), which is re-derived over the pack's
`horizon_years` when the analysis used another horizon.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field, create_model

from contracts.extract import FACTS
from contracts.tco import contract_tco, tco_facts
from rules.domains.validation import Flag, StrictModel, parse_model

Amount = Annotated[float, Field(strict=True, ge=0)]  # CNY, %, hours, months, years: never negative
Years = Annotated[float, Field(strict=True, gt=0)]
Text = Annotated[str, Field(strict=True, min_length=1)]

# the type of every fact; `| None` where the text may leave it unknown
FACT_TYPES: dict[str, object] = {
    "availability_pct": Amount | None,
    "p1_response_hours": Amount | None,
    "sla_remedy": Flag,
    "ip_owner": Literal["buyer", "supplier", "joint"] | None,
    "data_security_clause": Flag,
    "buyer_owns_data": Flag | None,
    "confidentiality": Flag,
    "ld_rate_per_day_pct": Amount | None,
    "liability_cap_pct": Amount | None,
    "prepayment_pct": Amount | None,
    "final_payment_on_acceptance": Flag | None,
    "acceptance_clause": Flag,
    "warranty_months": Amount | None,
    "post_warranty_fee_pct": Amount | None,
    "auto_renewal_price_increase": Flag,
    "termination_for_breach": Flag,
    "subcontract_without_consent": Flag | None,
    "governing_law": Text | None,
    "contract_kind": Literal["goods_or_licence", "service"],
    "contract_value": Amount | None,
    "contract_value_stated": Amount | None,
    "term_years": Amount | None,
    "licence_or_hardware_price": Amount | None,
    "implementation_fee": Amount | None,
    "sla_clause": Flag,
    "ip_buyer_free_use": Flag,
    "data_use_beyond_contract": Flag,
    "ld_stated": Flag,
    "liability_cap_stated": Flag,
    "liability_cap_below_value": Flag | None,
    "liability_cap_amount": Amount | None,
    "fees_per_period": Flag,
    "acceptance_deemed_on_delivery": Flag,
    "warranty_period_stated": Flag,
    "post_warranty_fee_stated": Flag,
    "post_warranty_fee_capped": Flag | None,
    "post_warranty_fee_amount": Amount | None,
    "post_warranty_fee_increase_pct": Amount | None,
    "auto_renewal": Flag,
    "termination_for_convenience": Flag,
    "governing_law_prc": Flag | None,
    "governing_forum_outside_mainland": Flag | None,
    "tco_total": Amount | None,
    "tco_post_warranty_share_pct": Amount | None,
    "tco_horizon_years": Years,
    "tco_discount_rate": Annotated[float, Field(strict=True, gt=-1)] | None,
    "tco_operating_cost_per_year": Amount,
    "language": Literal["zh", "en"],
}

ContractFacts = create_model("ContractFacts", __base__=StrictModel,
                             **{name: (kind, ...) for name, kind in FACT_TYPES.items()})

# the decision field and the values API.md gives it: a pack may use fewer, never rename them
OUTCOME = ("risk_level", ("high", "medium", "low"))
# parameters build_facts reads itself (the TCO horizon the share is re-derived over), not through a rule
PARAMETERS_READ = ("horizon_years",)


def check_parameters(params: dict, fail) -> None:
    horizon = params.get("horizon_years")
    if isinstance(horizon, bool) or not isinstance(horizon, (int, float)) or horizon <= 0:
        raise fail("horizon_years", f"总拥有成本评估期应为大于 0 的年数，现为 {horizon!r} / the TCO evaluation horizon must be "
                                    f"a number of years > 0, not {horizon!r}")


def parse_input(payload) -> StrictModel:
    return parse_model(ContractFacts, payload)


def build_facts(inp: StrictModel, params: dict, today: date) -> dict:
    facts = inp.model_dump()
    horizon = float(params["horizon_years"])
    if facts["tco_horizon_years"] != horizon:  # policy §4: the horizon is the pack's, not the analysis's
        discount, operating = facts["tco_discount_rate"], facts["tco_operating_cost_per_year"]
        facts.update(tco_facts(contract_tco(facts, horizon, discount, operating), horizon, discount, operating))
    return facts


def summary(inp: StrictModel, facts: dict) -> dict:
    return {}
