"""Total cost of ownership per policy §4: purchase + implementation + post-warranty fees and operating
cost over a horizon (default 5 years) that starts at acceptance, when the warranty starts.

Fees are charged for every part of a year after the warranty ends (a partial year pro rata); a
discount rate, when given, discounts each year's costs to the start of the horizon (end-of-year).
"""
from __future__ import annotations

import math
from typing import Any, Mapping

from contracts.parsing import ContractInputError


def compute_tco(purchase_price: float, implementation: float = 0.0, annual_post_warranty_fee: float | None = None,
                warranty_months: float = 0.0, horizon_years: float = 5.0, discount_rate: float | None = None,
                operating_cost_per_year: float = 0.0) -> dict:
    """Year-by-year table, total and post-warranty share. An unknown fee (None) counts as 0 and is flagged."""
    if horizon_years <= 0:
        raise ValueError("horizon_years must be positive")
    if discount_rate is not None and discount_rate <= -1:
        raise ValueError("discount_rate must be above -1")
    fee = annual_post_warranty_fee or 0.0
    warranty_years = max(0.0, (warranty_months or 0.0) / 12)
    rows, total, fee_total = [], 0.0, 0.0
    for year in range(1, math.ceil(horizon_years) + 1):
        start, end = year - 1, min(float(year), horizon_years)
        fee_fraction = max(0.0, end - max(start, warranty_years))
        factor = 1.0 / (1 + discount_rate) ** year if discount_rate else 1.0
        row = {  # purchase and implementation are paid at the start of the horizon, never discounted
            "year": year,
            "fraction": round(end - start, 6),
            "purchase": purchase_price if year == 1 else 0.0,
            "implementation": implementation if year == 1 else 0.0,
            "post_warranty_fee": round(fee * fee_fraction * factor, 2),
            "operating_cost": round(operating_cost_per_year * (end - start) * factor, 2),
        }
        row["total"] = round(row["purchase"] + row["implementation"] + row["post_warranty_fee"] + row["operating_cost"], 2)
        rows.append(row)
        total += row["total"]
        fee_total += row["post_warranty_fee"]
    if not math.isfinite(total):  # JSON has no Infinity: the response could not be sent (an HTTP 500)
        raise ContractInputError("invalid_input", "合同金额过大，无法计算总拥有成本 / The contract value is too large to compute the "
                                 "total cost of ownership.", {"field": "contract_value"})
    return {
        "horizon_years": horizon_years,
        "discount_rate": discount_rate,
        "purchase_price": purchase_price,
        "implementation": implementation,
        "annual_post_warranty_fee": annual_post_warranty_fee,
        "post_warranty_fee_known": annual_post_warranty_fee is not None,
        "warranty_months": warranty_months,
        "operating_cost_per_year": operating_cost_per_year,
        "years": rows,
        "total": round(total, 2),
        "post_warranty_total": round(fee_total, 2),
        "post_warranty_share_pct": round(fee_total / total * 100, 4) if total else None,
    }


def contract_tco(facts: Mapping[str, Any], horizon_years: float, discount_rate: float | None = None,
                 operating_cost_per_year: float = 0.0) -> dict | None:
    """The TCO of a contract from its facts (contracts.extract.FACTS): for goods and licences with a known
    value, None otherwise. Purchase price = the itemised licence/hardware price (plus the itemised
    implementation fee), else the contract value; the fee is the post-warranty annual amount."""
    value = facts.get("contract_value")
    if facts.get("contract_kind") != "goods_or_licence" or not value:
        return None
    licence = facts.get("licence_or_hardware_price")
    return compute_tco(purchase_price=licence or value, implementation=(facts.get("implementation_fee") or 0.0) if licence else 0.0,
                       annual_post_warranty_fee=facts.get("post_warranty_fee_amount"),
                       warranty_months=facts.get("warranty_months") or 0.0, horizon_years=horizon_years,
                       discount_rate=discount_rate, operating_cost_per_year=operating_cost_per_year)


def tco_facts(tco: dict | None, horizon_years: float, discount_rate: float | None = None,
              operating_cost_per_year: float = 0.0) -> dict:
    """The TCO facts the contract_risk pack reads; the share is None when the fee is unknown or TCO does not apply."""
    return {"tco_total": tco["total"] if tco else None,
            "tco_post_warranty_share_pct": tco["post_warranty_share_pct"] if tco and tco["post_warranty_fee_known"] else None,
            "tco_horizon_years": float(horizon_years), "tco_discount_rate": discount_rate,
            "tco_operating_cost_per_year": float(operating_cost_per_year)}
