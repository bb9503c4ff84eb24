"""The lessons-learned base (案例库): search, read, add and delete past projects' reviews."""
from typing import Any

from fastapi import APIRouter, Depends, Query, Response

from service.container import Services
from service.deps import json_body, read_access, require_key, services
from service.openapi import CASES

router = APIRouter(prefix="/v1/cases", tags=["cases"], dependencies=[Depends(read_access)])


class Filters:
    """The filters search and listing share."""

    def __init__(self, category: str | None = Query(None, description="e.g. contract, bundling, cloud"),
                 year_from: int | None = Query(None), year_to: int | None = Query(None),
                 tag: str | None = Query(None), org_type: str | None = Query(None)):
        self.values = {"category": category, "year_from": year_from, "year_to": year_to, "tag": tag,
                       "org_type": org_type}


@router.get("/search")
def search(q: str = Query(..., description="plain words, Chinese or English"), k: int = Query(5),
           filters: Filters = Depends(), svc: Services = Depends(services)) -> dict:
    hits = svc.cases.search(q, k=k, **filters.values)
    return {"hits": [hit.to_dict() for hit in hits], "corrections": hits.corrections}


@router.get("")
def list_cases(limit: int = Query(100), offset: int = Query(0), filters: Filters = Depends(),
               svc: Services = Depends(services)) -> dict:
    """Newest first, with the total matching the filters for paging."""
    store = svc.cases
    return {"cases": [c.to_dict() for c in store.list(limit=limit, offset=offset, **filters.values)],
            "total": store.count(**filters.values)}


@router.post("", status_code=201, dependencies=[Depends(require_key)], openapi_extra=CASES)
def add(payload: Any = Depends(json_body), svc: Services = Depends(services)) -> dict:
    """One case → the stored case; a list → {"cases": [...]}, all stored or (on any bad case) none."""
    if isinstance(payload, list):
        return {"cases": [c.to_dict() for c in svc.cases.add_many(payload)]}
    return svc.cases.add(payload).to_dict()


@router.get("/{case_id}")
def get(case_id: str, svc: Services = Depends(services)) -> dict:
    return svc.cases.get(case_id).to_dict()


@router.delete("/{case_id}", status_code=204, dependencies=[Depends(require_key)])
def delete(case_id: str, svc: Services = Depends(services)) -> Response:
    svc.cases.delete(case_id)
    return Response(status_code=204)
