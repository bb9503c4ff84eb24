"""What the HTTP routes and the CLI both do beyond one library call: a review or a bundling run,
linked to similar past cases from the lessons-learned base (`similar_cases`, top 3)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from knowledge_base import similar_for_bundle, similar_for_review
from matcher.bundling import bundle_requests, parse_requests
from service.container import Services


def bundle(svc: Services, requests: Sequence[Any], min_similarity: float | None = None,
           progress: Callable[[int, int], None] | None = None, skipped_rows: Sequence[dict] = ()) -> dict:
    """Bundles with similar past cases; `skipped_rows` are the rows of an uploaded sheet left out as not requests
    (matcher.io.read_requests), returned as `skipped_rows` and counted in the stats."""
    reqs = parse_requests(requests)
    result = bundle_requests(reqs, min_similarity=min_similarity, encoder=svc.encoder, progress=progress)
    result["skipped_rows"] = list(skipped_rows)
    result["stats"]["skipped_rows"] = len(skipped_rows)
    text_of = {r.id: r.text for r in reqs}
    store = svc.cases
    for b in result["bundles"]:
        hits = similar_for_bundle(store, b, [text_of[i] for i in b["request_ids"]])
        b["similar_cases"] = [h.to_dict() for h in hits]
    return result


def report(svc: Services, result: dict, fmt: str, lang: str | None) -> str:
    """A review as the readable report, "markdown" or "html", naming laws as the pack in force does (the bundled
    pack's labels otherwise name them in the review's Chinese reading and its reports)."""
    from contracts.report import render_html, render_markdown

    laws = svc.registry.get("contract_risk").labels.get("governing_law")
    return (render_html if fmt == "html" else render_markdown)(result, lang, law_names=laws)


def review(svc: Services, *, text: str | None = None, document: tuple[bytes, str] | None = None,
           contract_value: float | None = None, term_years: float | None = None, language: str | None = None,
           lang: str | None = None) -> dict:
    """A pasted text or an uploaded (bytes, filename), decided on the contract_risk pack in force and logged.

    Titles and messages are in `lang`, else in the contract's own language."""
    from contracts.review import review_document, review_text

    pack = svc.registry.get("contract_risk")  # one version decides, sets the TCO horizon and names the laws

    def evaluate(facts: dict) -> dict:
        return svc.decider.decide(pack, facts, lang=lang or facts.get("language") or "zh")

    # the report's TCO table over the horizon the pack decides CR-TCO-SERVICE-SHARE on, not the analysis's 5 years
    options = dict(contract_value=contract_value, term_years=term_years, language=language, evaluate=evaluate, lang=lang,
                   horizon_years=pack.parameters["horizon_years"], law_names=pack.labels.get("governing_law"))
    result = review_document(*document, **options) if document else review_text(text, **options)
    hits = similar_for_review(svc.cases, result["findings"] or [], result["text"])
    result["similar_cases"] = [h.to_dict() for h in hits]
    return result
