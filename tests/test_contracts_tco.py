"""TCO per policy §4, against figures worked out by hand."""
import pytest

from contracts.tco import compute_tco


def test_fees_start_when_the_warranty_ends():
    # 4.2 M licence/hardware + 0.66 M implementation, 6 % a year after a 3-year warranty, 5-year horizon
    tco = compute_tco(purchase_price=4_200_000, implementation=660_000, annual_post_warranty_fee=252_000, warranty_months=36)
    assert [y["post_warranty_fee"] for y in tco["years"]] == [0, 0, 0, 252_000, 252_000]
    assert tco["total"] == 5_364_000 and tco["post_warranty_total"] == 504_000
    assert tco["post_warranty_share_pct"] == pytest.approx(504_000 / 5_364_000 * 100, rel=1e-4)  # 4 decimals


def test_partial_year_is_pro_rata():
    # 6-month warranty: half a year of fees in year 1 → 15 + 4 × 30 = 135 on a 200 purchase: 40.30 %
    tco = compute_tco(purchase_price=2_000_000, annual_post_warranty_fee=300_000, warranty_months=6)
    assert tco["years"][0]["post_warranty_fee"] == 150_000
    assert tco["post_warranty_share_pct"] == pytest.approx(135 / 335 * 100, rel=1e-4)


def test_fractional_horizon_and_operating_cost():
    tco = compute_tco(purchase_price=100.0, annual_post_warranty_fee=10.0, warranty_months=12, horizon_years=2.5,
                      operating_cost_per_year=4.0)
    assert [y["fraction"] for y in tco["years"]] == [1.0, 1.0, 0.5]
    assert [y["post_warranty_fee"] for y in tco["years"]] == [0.0, 10.0, 5.0]
    assert [y["operating_cost"] for y in tco["years"]] == [4.0, 4.0, 2.0]
    assert tco["total"] == 125.0


def test_discount_rate_discounts_later_years_only():
    tco = compute_tco(purchase_price=1000.0, annual_post_warranty_fee=110.0, warranty_months=12, horizon_years=2, discount_rate=0.1)
    assert tco["years"][0]["purchase"] == 1000.0
    assert tco["years"][1]["post_warranty_fee"] == pytest.approx(110 / 1.1 ** 2, abs=0.01)


def test_unknown_fee_is_flagged_not_guessed():
    tco = compute_tco(purchase_price=1000.0, annual_post_warranty_fee=None, warranty_months=12)
    assert tco["post_warranty_fee_known"] is False and tco["post_warranty_total"] == 0


@pytest.mark.parametrize("kwargs", [{"horizon_years": 0}, {"discount_rate": -1.5}])
def test_bad_parameters(kwargs):
    with pytest.raises(ValueError):
        compute_tco(purchase_price=1.0, **kwargs)


def test_a_total_too_large_for_a_number_is_refused_not_returned_as_infinity():
    from contracts.parsing import ContractInputError

    with pytest.raises(ContractInputError) as exc:
        compute_tco(purchase_price=1.7e308, annual_post_warranty_fee=1.7e307, warranty_months=12)
    assert exc.value.code == "invalid_input" and exc.value.details == {"field": "contract_value"}
