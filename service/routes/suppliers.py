"""Supplier admission and grading: parse, decide on the pack in force, return the logged decision."""
from typing import Any

from fastapi import APIRouter, Body, Depends, Query, Request

from rules.grading_table import read_grading_table
from rules.runtime import grade_summary
from service.container import Services
from service.deps import language, read_access, services
from service.errors import ApiError

router = APIRouter(prefix="/v1/suppliers", tags=["suppliers"], dependencies=[Depends(read_access)])
Explain = Query(False, description="add the trace of every rule: fired or not, and the values it read")


@router.post("/admission")
def admission(payload: Any = Body(...), explain: bool = Explain, lang: str = Depends(language),
              svc: Services = Depends(services)) -> dict:
    return svc.decider.decide("admission", payload, lang=lang, explain=explain)


@router.post("/grade")
def grade(payload: Any = Body(...), explain: bool = Explain, lang: str = Depends(language),
          svc: Services = Depends(services)) -> dict:
    return svc.decider.decide("grading", payload, lang=lang, explain=explain)


@router.post("/grade/batch")
async def grade_batch(request: Request, lang: str = Depends(language), svc: Services = Depends(services)) -> dict:
    """JSON {"suppliers": [...]}, or a CSV/XLSX upload (field `file`) with Chinese or English headers."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "invalid_input", "upload the table in the form field `file`", {"field": "file"})
        rows, labels = read_grading_table(await upload.read(), upload.filename or "")
    else:
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "invalid_json", "the request body is not valid JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("suppliers"), list) or not body["suppliers"]:
            raise ApiError(422, "invalid_input", 'the body must be {"suppliers": [grade body, ...]} with at least one supplier',
                           {"field": "suppliers"})
        rows, labels = body["suppliers"], None
    results = svc.decider.decide_many("grading", rows, lang=lang, labels=labels)
    grades = svc.registry.get("grading").outcome.order
    return {"results": results, "summary": grade_summary(results, grades)}
