"""Similar past cases for a contract review and for a demand bundle (`similar_cases`, top 3).

A review is matched on what was found wrong with the contract, since that is what a past
project's lessons talk about; the contract's opening text is the fallback when nothing was found.
A bundle is matched on what it buys.
"""
from __future__ import annotations

from .models import CaseHit
from .text import tokenize

SIMILAR_K = 3


def review_query(findings: list[dict], text: str = "") -> str:
    risky = [f for f in findings if f.get("severity") in ("high", "medium")] or findings
    parts = [f.get("title") or "" for f in risky[:6]]
    query = "；".join(p for p in parts if p)
    return query or text.strip()[:300]


def bundle_query(bundle: dict, request_texts: list[str] = ()) -> str:
    parts = [bundle.get("label") or "", " ".join(bundle.get("keywords") or []), *list(request_texts)[:3]]
    return "；".join(p for p in parts if p)[:500]


def similar_for_review(store, findings: list[dict], text: str = "", k: int = SIMILAR_K) -> list[CaseHit]:
    return _similar(store, review_query(findings, text), k)


def similar_for_bundle(store, bundle: dict, request_texts: list[str] = (), k: int = SIMILAR_K) -> list[CaseHit]:
    return _similar(store, bundle_query(bundle, request_texts), k)


def _similar(store, query: str, k: int) -> list[CaseHit]:
    """No similar cases, rather than the search's invalid_query, for a text without a searchable word."""
    return store.search(query, k=k) if tokenize(query) else []
