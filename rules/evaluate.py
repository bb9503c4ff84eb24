"""One decision: input → facts → engine → findings → outcome, with the optional "why (not)" trace."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from rules import domains
from rules.display import shown
from rules.engine import compile_pack
from rules.pack import Pack, Rule

def _values_read(rule: Rule, facts: Mapping[str, Any]) -> dict[str, Any]:
    values = {f: facts.get(f) for f in rule.when.fact_names}
    values.update(rule.when.thresholds(facts))
    return values


def finding(pack: Pack, rule: Rule, facts: Mapping[str, Any], lang: str, clause: dict | None = None) -> dict:
    evidence = _values_read(rule, facts)
    params = pack.parameters
    # a placeholder shows the value the rule read, else the fact, else the parameter
    context = {k: shown(evidence[k] if k in evidence else facts[k] if k in facts else params[k], pack.labels.get(k), lang)
               for k in rule.placeholders} if rule.placeholders else {}
    out = {
        "rule_id": rule.id,
        "severity": rule.severity,
        "title": rule.title[lang],
        "message": rule.message[lang].format_map(context),
        "evidence": evidence,
        "clause": clause,
        "recommendation": rule.recommendation[lang].format_map(context),
        "reference": rule.reference,
    }
    if rule.effect:
        out["effect"] = rule.effect
    return out


def parse_input(pack: Pack, payload: Any):
    """The pack's input model for this payload; raises InputError naming each bad field."""
    return domains.get(pack.name).parse_input(payload)


def evaluate(pack: Pack, model, *, lang: str = "zh", explain: bool = False, today: date | None = None) -> dict:
    """The decision body for a parsed input (without the audit meta that the runtime adds)."""
    domain = domains.get(pack.name)
    facts = domain.build_facts(model, pack.parameters, today or date.today())
    fired_ids = compile_pack(pack).fired(facts)
    fired = [r for r in pack.rules if r.id in fired_ids]
    result = {**pack.outcome.decide(fired, facts, lang), **domain.summary(model, facts)}
    result["findings"] = [finding(pack, r, facts, lang) for r in fired]
    if explain:
        result["trace"] = [{"rule_id": r.id, "fired": r.id in fired_ids, "condition": r.when.describe(),
                            "values": _values_read(r, facts)} for r in pack.rules]
        result["facts"] = facts
    return result
