"""/openapi.json as the service really answers: the request bodies the routes read themselves (JSON or an
upload), file downloads, and the {"error": …} body of every refusal instead of FastAPI's {"detail": […]}."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from knowledge_base.models import LIST_FIELDS, REQUIRED_FIELDS, WRITABLE_FIELDS
from rules.domains.admission import AdmissionInput
from rules.domains.grading import GradingInput

SCHEMAS = "#/components/schemas/"
ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message", "details"],
    "properties": {"code": {"type": "string"}, "message": {"type": "string", "description": "中文 / English"},
                   "details": {"type": "array", "description": "one item per problem; empty when there is nothing to name",
                               "items": {"type": "object", "required": ["field", "message"], "properties": {
                                   "field": {"type": ["string", "null"], "description": "the body field, form field or column; "
                                                                                       "null for the whole request or file"},
                                   "message": {"type": "string"}},
                                   "additionalProperties": True}}}}}}  # row, index, column, limit, filename … beside them
MONEY = {"type": "number", "description": "CNY"}
REQUEST = {"type": "object", "required": ["id", "department", "text"], "properties": {
    "id": {"type": "string"}, "department": {"type": "string"}, "text": {"type": "string"},
    "quantity": {"type": "number"}, "budget": MONEY, "needed_by": {"type": "string", "format": "date"}}}


def _body(json_schema: dict | None = None, form: dict | None = None) -> dict:
    """A requestBody of JSON and/or a multipart upload in the field `file` with `form` fields beside it."""
    content = {}
    if json_schema:
        content["application/json"] = {"schema": json_schema}
    if form is not None:
        content["multipart/form-data"] = {"schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "format": "binary"}, **form}}}
    return {"requestBody": {"required": True, "content": content}}


def _also(*media_types: str, binary: bool = False) -> dict:
    """Other answers than JSON the route gives (?format=…, a file)."""
    schema = {"type": "string", "format": "binary"} if binary else {"type": "string"}
    return {"responses": {"200": {"content": {t: {"schema": schema} for t in media_types}}}}


REVIEW_FIELDS = {"contract_value": MONEY, "term_years": {"type": "number"}, "language": {"type": "string", "enum": ["zh", "en"]}}
REVIEW = {**_body({"type": "object", "required": ["text"], "additionalProperties": False,
                   "properties": {"text": {"type": "string"}, **REVIEW_FIELDS}}, REVIEW_FIELDS),
          **_also("text/markdown", "text/html")}
BUNDLE = {**_also("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", binary=True), **_body({"type": "object", "required": ["requests"], "additionalProperties": False, "properties": {
    "requests": {"type": "array", "minItems": 1, "items": REQUEST}, "min_similarity": {"type": "number"}}},
    {"min_similarity": {"type": "number"}})}
GRADE_BATCH = _body({"type": "object", "required": ["suppliers"], "additionalProperties": False, "properties": {
    "suppliers": {"type": "array", "minItems": 1, "items": {"$ref": SCHEMAS + "GradingInput"}}}}, {})
ADMISSION = _body({"$ref": SCHEMAS + "AdmissionInput"})
GRADE = _body({"$ref": SCHEMAS + "GradingInput"})
ANNOTATED = {**_body(form={}), **_also("application/vnd.openxmlformats-officedocument.wordprocessingml.document", binary=True)}
CASE = {"type": "object", "required": list(REQUIRED_FIELDS), "properties": {
    **{name: {"type": "string"} for name in WRITABLE_FIELDS}, "date": {"type": "string", "format": "date"}, "amount": MONEY,
    **{name: {"type": "array", "items": {"type": "string"}} for name in LIST_FIELDS}}}  # the fields validate_case takes
CASES = _body({"oneOf": [CASE, {"type": "array", "items": CASE}]})


def install(app: FastAPI) -> None:
    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = _document(app)
        return app.openapi_schema

    app.openapi = openapi


def _document(app: FastAPI) -> dict:
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Error"] = ERROR
    for model in (AdmissionInput, GradingInput):
        schema = model.model_json_schema(ref_template=SCHEMAS + "{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    refusal = {"description": "every refusal: 400 bad JSON or query, 401/403 API key, 404, 413 too large, "
                              "415 file type, 422 invalid input naming the field",
               "content": {"application/json": {"schema": {"$ref": SCHEMAS + "Error"}}}}
    for operations in doc["paths"].values():
        for operation in operations.values():
            operation["responses"].pop("422", None)
            operation["responses"]["4XX"] = refusal
    return doc
