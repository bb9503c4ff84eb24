"""A contract review: the analysis (clauses, terms, TCO) plus the contract_risk findings, each citing
its clause and carrying the playbook wording to paste.

Findings come from the rule engine (rules/): `evaluate(facts) -> decision` returns the whole decision
body of `Decider.decide("contract_risk", facts, lang=...)` (risk_level, findings and the decision meta
pack, pack_version, decision_id, evaluated_at). Without one, the bundled packs decide, unlogged. This
module only cites clauses, adds recommendations and shapes the API response.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from contracts.extract import Analysis, analyse
from contracts.parsing import read_document, read_text
from contracts.playbook import recommendation
from rules.registry import PackRegistry
from rules.runtime import Decider

# the terms whose source clause a finding of each rule cites, in order of preference, and the clause
# type to fall back on; rules about a missing clause cite nothing when the clause is absent
RULE_CLAUSES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "CR-SLA-MISSING": ((), "sla"),
    "CR-SLA-AVAILABILITY": (("availability_pct",), "sla"),
    "CR-SLA-RESPONSE": (("p1_response_hours", "sla_clause"), "sla"),
    "CR-SLA-NO-REMEDY": (("sla_clause",), "sla"),
    "CR-IP-OWNERSHIP": (("ip_owner",), "ip_ownership"),
    "CR-DATA-SECURITY": ((), "data_security"),
    "CR-DATA-OWNERSHIP": (("data_use_beyond_contract", "buyer_owns_data"), "data_ownership"),
    "CR-CONFIDENTIALITY": ((), "confidentiality"),
    "CR-LD-MISSING": ((), "liquidated_damages"),
    "CR-LD-LOW": (("ld_rate_per_day_pct",), "liquidated_damages"),
    "CR-LIABILITY-CAP": (("liability_cap_below_value", "liability_cap_pct"), "liability_cap"),
    "CR-PREPAYMENT": (("prepayment_pct",), "payment"),
    "CR-ACCEPTANCE": (("acceptance_clause", "final_payment_on_acceptance"), "acceptance"),
    "CR-WARRANTY": (("warranty_months",), "warranty"),
    "CR-POST-WARRANTY-FEE": (("post_warranty_fee_capped", "post_warranty_fee_pct"), "post_warranty_service"),
    "CR-AUTO-RENEWAL": (("auto_renewal_price_increase",), "renewal"),
    "CR-TERMINATION": ((), "termination"),
    "CR-SUBCONTRACT": (("subcontract_without_consent",), "subcontracting"),
    "CR-GOVERNING-LAW": (("governing_law", "governing_forum_outside_mainland"), "governing_law"),
    "CR-TCO-SERVICE-SHARE": (("post_warranty_fee_pct", "post_warranty_fee_capped"), "post_warranty_service"),
}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}

Evaluate = Callable[[dict], dict]


def cited_clause(rule_id: str, analysis: Analysis) -> dict | None:
    """The clause a finding of `rule_id` is about (API shape), or None when the clause is missing."""
    terms, fallback = RULE_CLAUSES.get(rule_id, ((), None))
    index = next((analysis.term_clause.get(t) for t in terms if analysis.term_clause.get(t) is not None), None)
    if index is None and fallback:
        index = next((c["index"] for c in analysis.clauses if fallback in c["types"]), None)
    if index is None:
        return None
    c = analysis.clauses[index]
    return {"index": c["index"], "heading": c["heading"], "start": c["start"], "end": c["end"], "text": c["text"]}


def risk_level(findings: list[dict]) -> str:
    severities = {f["severity"] for f in findings}
    return "high" if "high" in severities else "medium" if "medium" in severities else "low"


def complete_findings(findings: list[dict], analysis: Analysis) -> list[dict]:
    """Adds the cited clause where the engine left it out, and makes `recommendation` the playbook's
    standard wording to paste (the pack's own advice text, if any, moves to `advice`); sorts by severity."""
    out = []
    for f in findings:
        f = dict(f)
        if f.get("clause") is None:
            f["clause"] = cited_clause(f["rule_id"], analysis)
        wording = recommendation(f["rule_id"], analysis.language)
        if wording:
            if f.get("recommendation") and f["recommendation"] != wording:
                f["advice"] = f["recommendation"]
            f["recommendation"] = wording
        out.append(f)
    return sorted(out, key=lambda f: (_SEVERITY_ORDER.get(f["severity"], 9), f["rule_id"]))


@lru_cache(maxsize=1)
def bundled_decider() -> Decider:
    """A Decider over the bundled packs with no decision log: the default for library use and benches."""
    return Decider(PackRegistry())


def review_analysis(analysis: Analysis, evaluate: Evaluate | None = None, lang: str | None = None) -> dict:
    """The API response body, with the decision meta (pack, pack_version, decision_id, evaluated_at) at the top
    level. `evaluate` defaults to the bundled contract_risk pack, deciding in `lang` (default: the contract's
    language); `lang` does not reach a given `evaluate`. Recommendations stay in the contract's language."""
    if evaluate is None:
        decider, lang = bundled_decider(), lang or ("en" if analysis.language == "en" else "zh")
        evaluate = lambda facts: decider.decide("contract_risk", facts, lang=lang)  # noqa: E731
    decision = dict(evaluate(analysis.facts))
    findings = complete_findings(decision.pop("findings"), analysis)
    level = decision.pop("risk_level", None) or risk_level(findings)  # a pack whose outcome names no risk_level
    return {
        "risk_level": level,
        "findings": findings,
        "clauses": [{k: c[k] for k in ("index", "heading", "type", "types", "start", "end")} for c in analysis.clauses],
        "terms": analysis.terms,
        "term_clause": analysis.term_clause,
        "other_terms": analysis.other_terms,  # readings the pack does not take, and the contract-wide categories
        "tco": analysis.tco,
        "language": analysis.language,
        "text": analysis.text,
        **decision,
    }


def review_text(text: str, contract_value: float | None = None, term_years: float | None = None,
                language: str | None = None, evaluate: Evaluate | None = None, lang: str | None = None,
                **analyse_options) -> dict:
    """Pasted text to a review. Raises ContractInputError for empty or oversized text, InputError (rules)
    for facts or a `lang` the pack refuses."""
    document = read_text(text)
    analysis = analyse(document.text, contract_value=contract_value, term_years=term_years, language=language, **analyse_options)
    return review_analysis(analysis, evaluate, lang)


def review_document(data: bytes, filename: str, contract_value: float | None = None, term_years: float | None = None,
                    language: str | None = None, evaluate: Evaluate | None = None, lang: str | None = None,
                    **analyse_options) -> dict:
    """An uploaded .txt/.md/.docx/.pdf to a review; raises ContractInputError (→ 4xx) when unreadable."""
    document = read_document(data, filename)
    analysis = analyse(document.text, contract_value=contract_value, term_years=term_years, language=language, **analyse_options)
    result = review_analysis(analysis, evaluate, lang)
    result["document"] = {"filename": filename, "format": document.format, "pages": document.pages, "chars": len(document.text)}
    return result


__all__ = ["RULE_CLAUSES", "bundled_decider", "cited_clause", "complete_findings", "review_analysis", "review_text",
           "review_document", "risk_level"]
