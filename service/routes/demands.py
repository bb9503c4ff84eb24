"""Demand bundling (需求聚合): survey lines in, shared demand bundles with similar past cases out."""
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from matcher.io import bundles_xlsx, read_requests
from service import workflows
from service.container import Services
from service.deps import form_number, json_or_upload, known_fields, read_access, services
from service.errors import ApiError
from service.openapi import BUNDLE

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
router = APIRouter(prefix="/v1/demands", tags=["demands"], dependencies=[Depends(read_access)])


@router.post("/bundle", openapi_extra=BUNDLE)
async def bundle(request: Request, format: Literal["json", "xlsx"] = Query("json"), svc: Services = Depends(services)):
    """JSON {"requests": [...], "min_similarity"?}, or a CSV / XLSX / JSON upload (field `file`,
    optional form field `min_similarity`) with Chinese or English headers (部门 / 需求描述 / 数量 / 预算 / 需求日期).
    `format=xlsx` returns the workbook: one sheet of bundles, one of requests with their bundle."""
    body = await json_or_upload(request)
    skipped: list[dict] = []
    if body.upload:
        requests = read_requests(body.upload[0], body.upload[1], skipped)
        min_similarity = form_number(known_fields(body.form, ("min_similarity",)), "min_similarity")
    else:
        if not isinstance(body.json, dict) or not isinstance(body.json.get("requests"), list) or not body.json["requests"]:
            raise ApiError(422, "invalid_input", '请至少提交一条需求 / the body must be {"requests": [...]} with at least one request',
                           {"field": "requests"})
        known_fields(body.json, ("requests", "min_similarity"))
        requests, min_similarity = body.json["requests"], body.json.get("min_similarity")
    result = await run_in_threadpool(workflows.bundle, svc, requests, min_similarity, None, skipped)
    if format == "json":
        return result
    data = await run_in_threadpool(bundles_xlsx, result, requests)
    return Response(data, media_type=XLSX, headers={"Content-Disposition": 'attachment; filename="bundles.xlsx"'})
