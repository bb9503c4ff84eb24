"""Supplier admission and grading: parse, decide on the pack in force, return the logged decision."""
from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from rules.grading_table import read_grading_table
from rules.runtime import grade_summary
from service.container import Services
from service.deps import json_body, json_or_upload, known_fields, language, read_access, services
from service.errors import ApiError
from service.openapi import ADMISSION, GRADE, GRADE_BATCH

router = APIRouter(prefix="/v1/suppliers", tags=["suppliers"], dependencies=[Depends(read_access)])
Explain = Query(False, description="add the trace of every rule: fired or not, and the values it read")


@router.post("/admission", openapi_extra=ADMISSION)
def admission(payload: Any = Depends(json_body), explain: bool = Explain, lang: str = Depends(language),
              svc: Services = Depends(services)) -> dict:
    return svc.decider.decide("admission", payload, lang=lang, explain=explain)


@router.post("/grade", openapi_extra=GRADE)
def grade(payload: Any = Depends(json_body), explain: bool = Explain, lang: str = Depends(language),
          svc: Services = Depends(services)) -> dict:
    return svc.decider.decide("grading", payload, lang=lang, explain=explain)


@router.post("/grade/batch", openapi_extra=GRADE_BATCH)
async def grade_batch(request: Request, lang: str = Depends(language), svc: Services = Depends(services)) -> dict:
    """JSON {"suppliers": [...]}, or a CSV/XLSX upload (field `file`) with Chinese or English headers."""
    body = await json_or_upload(request)
    columns = None
    if body.upload:
        known_fields(body.form, ())
        payloads, rows, columns = read_grading_table(*body.upload)
    else:
        if not isinstance(body.json, dict) or not isinstance(body.json.get("suppliers"), list) or not body.json["suppliers"]:
            raise ApiError(422, "invalid_input", '请求体应为 {"suppliers": [...]}，至少包含一个供应商 / '
                           'the body must be {"suppliers": [grade body, ...]} with at least one supplier',
                           {"field": "suppliers"})
        known_fields(body.json, ("suppliers",))
        payloads, rows = body.json["suppliers"], None
    results = svc.decider.decide_many("grading", payloads, lang=lang, rows=rows, columns=columns)
    grades = svc.registry.get("grading").outcome.order
    return {"results": results, "summary": grade_summary(results, grades)}
