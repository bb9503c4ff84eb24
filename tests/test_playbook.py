"""The playbook's standard wordings as a buyer pastes them into a redline."""
import re
from pathlib import Path

import pytest

from contracts.playbook import checked_playbook, recommendation
from contracts.review import review_text
from test_contracts_review import POLICY_RULES

ROOT = Path(__file__).parent / "data" / "contracts"
KINDS = ("goods_or_licence", "service")  # contract_kind, API.md


@pytest.mark.parametrize("kind", (None, *KINDS))
@pytest.mark.parametrize("rule_id", POLICY_RULES)
def test_chinese_wordings_paste_without_stray_spaces(rule_id, kind):
    # a line break inside the YAML must not become a space in the middle of a Chinese sentence
    assert not re.search(r"\s", recommendation(rule_id, "zh", kind))


@pytest.mark.parametrize("kind", (None, *KINDS))
@pytest.mark.parametrize("rule_id", POLICY_RULES)
def test_english_wordings_paste_as_one_paragraph(rule_id, kind):
    assert not re.search(r"\s{2,}|\n", recommendation(rule_id, "en", kind))


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


def recommended(path: Path) -> tuple[str, dict[str, str]]:
    review = review_text(path.read_text(encoding="utf-8"), use_embeddings=False)
    return review["terms"]["contract_kind"], {f["rule_id"]: f["recommendation"] for f in review["findings"]}


def test_a_hardware_purchase_is_told_of_on_site_repair_in_the_warranty_not_a_monthly_service_fee():
    # 安全设备采购: no service levels at all, acceptance deemed on installation, six months' warranty
    kind, wording = recommended(ROOT / "holdout3" / "m02_zh_security_devices_risky.txt")
    assert kind == "goods_or_licence"
    assert "备机" in wording["CR-SLA-MISSING"] and "服务费" not in wording["CR-SLA-MISSING"]
    assert "备机" in wording["CR-SLA-RESPONSE"]
    # what the playbook has no goods wording for stays the default
    assert wording["CR-ACCEPTANCE"] == recommendation("CR-ACCEPTANCE", "zh")
    assert wording["CR-WARRANTY"] == recommendation("CR-WARRANTY", "zh")


def test_a_licence_without_service_credits_deducts_from_what_is_owed_and_extends_the_warranty():
    kind, wording = recommended(ROOT / "holdout5" / "h5z02_licence_erp_risky.txt")
    assert kind == "goods_or_licence"
    assert "应付" in wording["CR-SLA-NO-REMEDY"] and "顺延" in wording["CR-SLA-NO-REMEDY"]


def test_a_cloud_service_accepts_each_period_of_service_and_keeps_its_monthly_service_credits():
    kind, wording = recommended(ROOT / "holdout2" / "k06_en_cloud_dr.txt")
    assert kind == "service"
    assert "service report" in wording["CR-ACCEPTANCE"] and "final acceptance" not in wording["CR-ACCEPTANCE"]
    assert wording["CR-SLA-NO-REMEDY"] == recommendation("CR-SLA-NO-REMEDY", "en")


@pytest.mark.parametrize("rule_id", ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-ACCEPTANCE"])
def test_the_rules_that_depend_on_what_is_bought_have_a_wording_for_goods_and_one_for_services(rule_id):
    for language in ("zh", "en"):
        assert recommendation(rule_id, language, "goods_or_licence") != recommendation(rule_id, language, "service")


def test_a_rule_without_a_kind_specific_wording_gives_the_default_for_every_kind():
    for kind in KINDS:
        assert recommendation("CR-LD-LOW", "zh", kind) == recommendation("CR-LD-LOW", "zh")
    assert recommendation("CR-UNKNOWN", "zh", "service") is None


def test_a_playbook_naming_a_contract_kind_that_does_not_exist_is_refused_at_load():
    book = {"CR-WARRANTY": {"zh": "质保", "en": "Warranty", "by_contract_kind": {"hardware": {"zh": "硬件质保", "en": "Hardware warranty"}}}}
    with pytest.raises(ValueError, match="CR-WARRANTY.*'hardware'"):
        checked_playbook(book)


def test_a_kind_specific_wording_in_one_language_only_is_refused_at_load():
    # falling back to the default in the other language would give a Chinese and an English contract different advice
    book = {"CR-WARRANTY": {"zh": "质保", "en": "Warranty", "by_contract_kind": {"service": {"zh": "服务质量保证"}}}}
    with pytest.raises(ValueError, match="CR-WARRANTY.*service.*en"):
        checked_playbook(book)
