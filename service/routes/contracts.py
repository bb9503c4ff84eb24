"""Contract review: a draft contract in, cited risk findings, TCO and similar past cases out."""
import re
from typing import Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from contracts.report import annotate_docx
from service import workflows
from service.container import Services
from service.deps import (
    Submission,
    form_number,
    json_or_upload,
    known_fields,
    read_access,
    requested_language,
    services,
)
from service.errors import ApiError
from service.openapi import ANNOTATED, REVIEW, REVIEW_FIELDS

router = APIRouter(prefix="/v1/contracts", tags=["contracts"], dependencies=[Depends(read_access)])
OPTIONS = tuple(REVIEW_FIELDS)  # beside the text or the upload: contract_value, term_years, language
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def _review(body: Submission, svc: Services, lang: str | None) -> dict:
    if body.upload:
        fields = known_fields(body.form, OPTIONS)
        options = {"document": body.upload}
    else:
        if not isinstance(body.json, dict) or not isinstance(body.json.get("text"), str):
            raise ApiError(422, "invalid_input", '请提交合同文本或上传文件 / the body must be {"text": "..."} or an '
                                                 'upload in the form field `file`', {"field": "text"})
        fields = known_fields(body.json, ("text", *OPTIONS))
        options = {"text": body.json["text"]}
    for name in ("contract_value", "term_years"):  # checked by the review itself, like the CLI's values
        options[name] = form_number(fields, name) if body.upload else fields.get(name)
    language = fields.get("language") or None
    return await run_in_threadpool(lambda: workflows.review(svc, language=language, lang=lang, **options))


@router.post("/review", openapi_extra=REVIEW)
async def review(request: Request, format: Literal["json", "markdown", "html"] = Query("json"),
                 lang: str | None = Depends(requested_language), svc: Services = Depends(services)):
    """JSON {"text", "contract_value"?, "term_years"?, "language"?} or an upload of .txt/.md/.docx/.pdf
    (field `file`, the other fields as form fields). `format=markdown|html` returns the readable report."""
    result = await _review(await json_or_upload(request), svc, lang)
    if format == "json":
        return result
    report = workflows.report(svc, result, format, lang)
    return HTMLResponse(report) if format == "html" else PlainTextResponse(report, media_type="text/markdown; charset=utf-8")


@router.post("/review/annotated", response_class=Response, openapi_extra=ANNOTATED)
async def annotated(request: Request, lang: str | None = Depends(requested_language),
                    svc: Services = Depends(services)) -> Response:
    """The uploaded .docx back, with a Word comment (批注) on each flagged clause."""
    body = await json_or_upload(request)
    if not body.upload or not body.upload[1].lower().endswith(".docx"):
        raise ApiError(415, "unsupported_format", "批注仅支持上传 .docx 文件 / annotation needs a .docx upload",
                       {"field": "file"})
    result = await _review(body, svc, lang)
    data = await run_in_threadpool(lambda: annotate_docx(body.upload[0], result, lang=lang))
    stem = re.split(r"[\\/]", body.upload[1])[-1].rsplit(".", 1)[0]  # the name alone, not a path a browser sent with it
    return Response(data, media_type=DOCX, headers={  # every character but letters, digits and .-_~ percent-encoded (RFC 5987)
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(stem, safe='')}.reviewed.docx"})
