"""Total cost of ownership per policy §4: purchase + implementation + post-warranty fees and operating
cost over a horizon (default 5 years) that starts at acceptance, when the warranty starts.

Fees are charged for every part of a year after the warranty ends (a partial year pro rata); a
discount rate, when given, discounts each year's costs to the start of the horizon (end-of-year).
"""
from __future__ import annotations

import math


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
