"""The playbook's standard wordings as a buyer pastes them into a redline."""
import re
from pathlib import Path

import pytest

from contracts.playbook import recommendation
from contracts.review import review_text
from test_contracts_review import POLICY_RULES

ROOT = Path(__file__).parent / "data" / "contracts"


@pytest.mark.parametrize("rule_id", POLICY_RULES)
def test_chinese_wordings_paste_without_stray_spaces(rule_id):
    # a line break inside the YAML must not become a space in the middle of a Chinese sentence
    assert not re.search(r"\s", recommendation(rule_id, "zh"))


@pytest.mark.parametrize("rule_id", POLICY_RULES)
def test_english_wordings_paste_as_one_paragraph(rule_id):
    assert not re.search(r"\s{2,}|\n", recommendation(rule_id, "en"))


SAAS = ROOT / "holdout304" / "h304z03_dental_chain_booking_emr_saas.txt"


def test_a_subscription_is_told_how_to_pay_its_fees_not_a_goods_delivery_schedule():
    # the first service year and the implementation fee paid on signature: 47.7 % in advance
    review = review_text(SAAS.read_text(encoding="utf-8"), use_embeddings=False)
    assert review["terms"]["contract_kind"] == "service"
    wording = next(f["recommendation"] for f in review["findings"] if f["rule_id"] == "CR-PREPAYMENT")
    assert "30%" in wording and "按季度" in wording
    assert "service" in recommendation("CR-PREPAYMENT", "en") and "quarterly" in recommendation("CR-PREPAYMENT", "en")


def test_service_credits_have_a_base_when_the_contract_has_no_monthly_fee():
    # a licence with six months of free maintenance has no monthly fee to deduct from
    assert "未按月计费" in recommendation("CR-SLA-NO-REMEDY", "zh")
    assert "no monthly fee" in recommendation("CR-SLA-NO-REMEDY", "en")
