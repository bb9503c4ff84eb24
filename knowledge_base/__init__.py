"""Lessons-learned base (案例库): past projects' reviews, stored and searched in Chinese or English."""
from .importer import ImportReport, parse_mapping
from .index import FusionParams
from .links import similar_for_bundle, similar_for_review
from .models import Case, CaseError, CaseHit, SearchHits, validate_case
from .store import CaseStore, open_store

__all__ = [
    "Case", "CaseError", "CaseHit", "SearchHits", "CaseStore", "FusionParams", "ImportReport",
    "open_store", "parse_mapping", "similar_for_bundle", "similar_for_review", "validate_case",
]
