"""A contract review: the analysis (clauses, terms, TCO) plus the contract_risk findings, each citing
its clause and carrying the playbook wording to paste.

Findings come from the rule engine (rules/): `evaluate(facts) -> decision` returns the whole decision
body of `Decider.decide("contract_risk", facts, lang=...)` (risk_level, findings and the decision meta
pack, pack_version, decision_id, evaluated_at). Without one, the bundled packs decide, unlogged. This
module only cites clauses, adds recommendations and shapes the API response.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable

from contracts.extract import Analysis, analyse, swap_party_names
from contracts.parsing import ContractInputError, read_document, read_text
from contracts.playbook import recommendation
from rules.registry import PackRegistry
from rules.runtime import Decider

# the terms whose source clause a finding of each rule cites, in order of preference, and the clause
# type to fall back on; rules about a missing clause cite nothing when the clause is absent
RULE_CLAUSES: dict[str, tuple[tuple[str, ...], str | None]] = {
    # (a finding that a clause is missing cites none: the clause typed nearest to it is not it — a title "JD-SLA-2024 版" typed
    # as service levels, or the buyer's own 违约金 for late payment)
    "CR-SLA-MISSING": ((), None),
    "CR-SLA-AVAILABILITY": (("availability_pct",), "sla"),
    "CR-SLA-RESPONSE": (("p1_response_hours", "sla_clause"), "sla"),
    "CR-SLA-NO-REMEDY": (("sla_clause",), "sla"),
    "CR-IP-OWNERSHIP": (("ip_owner",), "ip_ownership"),
    "CR-DATA-SECURITY": ((), "data_security"),
    "CR-DATA-OWNERSHIP": (("data_use_beyond_contract", "buyer_owns_data"), "data_ownership"),
    "CR-CONFIDENTIALITY": ((), "confidentiality"),
    "CR-LD-MISSING": ((), None),
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
    standard wording to paste (the pack's own advice text, if any, moves to `advice`); the wording, titles and
    messages in the contract's own names for the parties; sorts by severity."""
    swapped = any(r["code"] == "parties_swapped" for r in analysis.readings)
    out = []
    for f in findings:
        f = dict(f)
        if f.get("clause") is None:
            f["clause"] = cited_clause(f["rule_id"], analysis)
        wording = recommendation(f["rule_id"], analysis.language, analysis.facts["contract_kind"])
        if swapped:  # the pack says 甲方 for the buyer; this contract calls the buyer 乙方 (its reading note says so)
            wording = wording and swap_party_names(wording)
            f.update({k: swap_party_names(f[k]) for k in ("title", "message") if isinstance(f.get(k), str)})
        if wording:
            if f.get("recommendation") and f["recommendation"] != wording:
                f["advice"] = f["recommendation"]
            f["recommendation"] = wording
        out.append(f)
    return sorted(out, key=lambda f: (_SEVERITY_ORDER.get(f["severity"], 9), f["rule_id"]))


_READING_MESSAGES = {
    "parties_swapped": {
        "zh": "本合同写明“{text}”：甲方是供应商，乙方是采购方。审查按采购方立场进行，已将甲方、乙方对调阅读；发现和建议条款已改用本合同的称谓（乙方为采购方）。",
        "en": "The contract says \"{text}\": the supplier is 甲方 (Party A) and the buyer 乙方 (Party B). It was reviewed from the "
              "buyer's side with the two exchanged, and the findings and the recommended wording use this contract's names (乙方 is the buyer)."},
    "special_terms_prevail": {
        "zh": "专用条款优先于通用条款：自“{text}”起的专用条款先读取{changed}。",
        "en": "The special terms prevail over the general terms: those from \"{text}\" were read first{changed}."},
    "clause_amended": {
        "zh": "“{text}”修改了其他条款{changed}。",
        "en": "\"{text}\" amends other terms{changed}."},
}
_CHANGED = {  # (changed, not found, words changed)
    "zh": ("，所修改的{n}处条款按修改后的内容审查", "，但未找到所指的条款，请人工核对", "（“{old}”改为“{new}”）"),
    "en": (", and the {n} passages they change were reviewed as changed", ", but the terms it refers to were not found: check them by hand",
           " (\"{old}\" → \"{new}\")"),
}


def _quote(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"


def explain_readings(analysis: Analysis, lang: str) -> list[dict]:
    """The readings a reviewer must know to trust the findings (parties read the other way round, special terms
    or an amending clause prevailing), each with a message in `lang`, where it is said, and what it changes."""
    out = []
    for r in analysis.readings:
        changed, missing, word = _CHANGED[lang]
        if r["affects"]:
            changed = changed.format(n=len(r["affects"])) + "".join(word.format(old=old, new=new) for old, new in r["words"])
        else:
            changed = missing if r["code"] == "clause_amended" else ""
        clause = analysis.clauses[r["clause"]]
        out.append({"code": r["code"], "message": _READING_MESSAGES[r["code"]][lang].format(text=_quote(r["text"]), changed=changed),
                    "clause": {"index": clause["index"], "heading": clause["heading"]}, "start": r["start"], "text": r["text"],
                    "affects": r["affects"], "words": r["words"]})
    return out


@lru_cache(maxsize=1)
def bundled_decider() -> Decider:
    """A Decider over the bundled packs with no decision log: the default for library use and benches."""
    return Decider(PackRegistry())


def review_analysis(analysis: Analysis, evaluate: Evaluate | None = None, lang: str | None = None) -> dict:
    """The API response body, with the decision meta (pack, pack_version, decision_id, evaluated_at) at the top
    level. `evaluate` defaults to the bundled contract_risk pack, deciding in `lang` (default: the contract's
    language); `lang` does not reach a given `evaluate`, but the readings are explained in it. Recommendations stay
    in the contract's language."""
    unreadable = next((k for k, v in analysis.terms.items() if isinstance(v, float) and not math.isfinite(v)), None)
    if unreadable:  # a figure read as infinity cannot be sent as JSON; refused before the decision is logged
        raise ContractInputError("invalid_input", f"合同中的数字过大，无法读取（{unreadable}）/ A figure in the contract is too large to "
                                 f"read ({unreadable}).", {"field": unreadable})
    lang = lang or ("en" if analysis.language == "en" else "zh")
    if evaluate is None:
        decider = bundled_decider()
        evaluate = lambda facts: decider.decide("contract_risk", facts, lang=lang)  # noqa: E731
    decision = dict(evaluate(analysis.facts))
    findings = complete_findings(decision.pop("findings"), analysis)
    level = decision.pop("risk_level", None) or risk_level(findings)  # a pack whose outcome names no risk_level
    return {
        "risk_level": level,
        "findings": findings,
        "clauses": [{k: c[k] for k in ("index", "heading", "type", "types", "start", "end")} for c in analysis.clauses],
        "readings": explain_readings(analysis, lang),
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


__all__ = ["RULE_CLAUSES", "bundled_decider", "cited_clause", "complete_findings", "explain_readings", "review_analysis", "review_text",
           "review_document", "risk_level"]
