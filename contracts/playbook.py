"""The buyer-side (甲方) standard clause wordings a finding recommends, one per contract_risk rule id."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

PLAYBOOK = Path(__file__).resolve().parents[1] / "knowledge_base" / "playbook" / "contract_risk.yaml"


@lru_cache(maxsize=1)
def load_playbook() -> dict[str, dict]:
    return yaml.safe_load(PLAYBOOK.read_text(encoding="utf-8"))


def recommendation(rule_id: str, language: str = "zh") -> str | None:
    """The standard wording for `rule_id` in `language` ('zh' or 'en'); None for a rule without one."""
    entry = load_playbook().get(rule_id)
    if not entry:
        return None
    return entry.get("en" if language == "en" else "zh")
