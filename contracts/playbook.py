"""The buyer-side (甲方) standard clause wordings a finding recommends, one per contract_risk rule id, with a wording
per contract kind where what is bought changes what to ask for (warranty-period repairs for goods, periodic service
acceptance for services)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import get_args

import yaml

from rules.domains.contract_risk import FACT_TYPES

PLAYBOOK = Path(__file__).resolve().parents[1] / "knowledge_base" / "playbook" / "contract_risk.yaml"
KINDS = get_args(FACT_TYPES["contract_kind"])
LANGUAGES = ("zh", "en")


def checked_playbook(book: dict[str, dict]) -> dict[str, dict]:
    """`book` unchanged, or a ValueError naming the rule and the contract kind that the review could never choose
    or that lacks a language (a kind wording in one language would advise Chinese and English contracts differently)."""
    for rule_id, entry in book.items():
        for kind, wording in entry.get("by_contract_kind", {}).items():
            if kind not in KINDS:
                raise ValueError(f"{PLAYBOOK.name}: {rule_id} 的合同类型 {kind!r} 不存在（可用：{', '.join(KINDS)}）/ "
                                 f"{rule_id} names the contract kind {kind!r}, which does not exist (kinds: {', '.join(KINDS)})")
            missing = [language for language in LANGUAGES if not wording.get(language)]
            if missing:
                raise ValueError(f"{PLAYBOOK.name}: {rule_id} 的合同类型 {kind} 缺少 {', '.join(missing)} 措辞 / "
                                 f"{rule_id}, contract kind {kind}: no wording in {', '.join(missing)}")
    return book


@lru_cache(maxsize=1)
def load_playbook() -> dict[str, dict]:
    return checked_playbook(yaml.safe_load(PLAYBOOK.read_text(encoding="utf-8")))


def recommendation(rule_id: str, language: str = "zh", contract_kind: str | None = None) -> str | None:
    """The standard wording for `rule_id` in `language` ('zh' or 'en') for a contract of `contract_kind` (the default
    wording where the playbook has none for that kind); None for a rule without one."""
    entry = load_playbook().get(rule_id)
    if not entry:
        return None
    wording = entry.get("by_contract_kind", {}).get(contract_kind, entry)
    return wording.get("en" if language == "en" else "zh")
