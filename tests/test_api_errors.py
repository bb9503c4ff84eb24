"""The error contract of API.md across endpoints: one shape, the same code for the same mistake whichever
way a route reads its body, and messages in both languages like the rest of the service."""
import pytest

JSON = {"Content-Type": "application/json"}
BODY_ROUTES = ["/v1/suppliers/admission", "/v1/suppliers/grade", "/v1/suppliers/grade/batch", "/v1/contracts/review",
               "/v1/demands/bundle", "/v1/cases"]


def _error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert set(r.json()) == {"error"} and r.json()["error"]["code"] == code
    return r.json()["error"]


def _bilingual(message: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in message) and any(ch.isascii() and ch.isalpha() for ch in message)


@pytest.mark.parametrize("path", BODY_ROUTES)
def test_an_empty_or_malformed_body_is_the_same_400_on_every_route(client, path):
    for raw in (b"", b"null", b"{bad"):
        err = _error(client.post(path, content=raw, headers={**JSON, "X-API-Key": "test-key"}), 400, "invalid_json")
        assert _bilingual(err["message"]), err


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain", None])
def test_every_json_route_reads_a_json_body_whatever_its_content_type(client, supplier, grading_body, content_type):
    """`curl -d '{...}'` sends application/x-www-form-urlencoded: the first try works on every route alike."""
    import json
    bodies = {"/v1/suppliers/admission": (supplier, 200), "/v1/suppliers/grade": (grading_body, 200),
              "/v1/suppliers/grade/batch": ({"suppliers": [grading_body]}, 200),
              "/v1/contracts/review": ({"text": "甲方向乙方采购软件，合同金额100万元。"}, 200),
              "/v1/demands/bundle": ({"requests": [{"department": "财务部", "text": "笔记本电脑 20 台"}]}, 200),
              "/v1/cases": ({"title": "机房空调合同未约定维保响应时间", "date": "2024-05-01", "category": "contract",
                            "lessons": ["合同应写明 4 小时到场"]}, 201)}
    headers = {"X-API-Key": "test-key", **({"Content-Type": content_type} if content_type else {})}
    for path, (body, status) in bodies.items():
        r = client.post(path, content=json.dumps(body, ensure_ascii=False).encode(), headers=headers)
        assert r.status_code == status, (path, r.text)


def test_query_parameter_errors_are_in_both_languages(client, supplier):
    for r in (client.get("/v1/cases/search"), client.get("/v1/cases/search", params={"q": "服务费", "k": "abc"}),
              client.post("/v1/suppliers/admission?explain=maybe", json=supplier),
              client.post("/v1/contracts/review?format=pdf", json={"text": "甲方采购软件。"})):
        err = _error(r, 422, "invalid_input")
        assert _bilingual(err["message"]) and all(_bilingual(d["message"]) for d in err["details"]), err
    assert _error(client.get("/v1/cases/search"), 422, "invalid_input")["details"][0]["field"] == "q"


def test_a_misspelt_field_beside_the_text_or_the_upload_is_refused_not_ignored(client, grading_body):
    text = "甲方向乙方采购软件，合同金额100万元。"
    err = _error(client.post("/v1/contracts/review", json={"text": text, "contract_vaue": 2_000_000}), 422, "invalid_input")
    assert err["details"] == [{"field": "contract_vaue", "message": "未知字段 / unknown field"}]
    err = _error(client.post("/v1/contracts/review", files={"file": ("c.txt", text.encode(), "text/plain")},
                             data={"term_year": "3"}), 422, "invalid_input")
    assert err["details"][0]["field"] == "term_year"
    requests = [{"id": "r1", "department": "财务部", "text": "笔记本电脑 20 台"}]
    err = _error(client.post("/v1/demands/bundle", json={"requests": requests, "min_similarty": 0.5}), 422, "invalid_input")
    assert err["details"][0]["field"] == "min_similarty"
    err = _error(client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body], "supplier": []}),
                 422, "invalid_input")
    assert err["details"][0]["field"] == "supplier"
    assert client.post("/v1/contracts/review", json={"text": text, "contract_value": 2_000_000, "term_years": 3,
                                                     "language": "zh"}).status_code == 200


def test_openapi_describes_the_bodies_the_files_and_the_error_shape_the_service_really_uses(client):
    doc = client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert "HTTPValidationError" not in schemas and schemas["Error"]["required"] == ["error"]
    for path, operations in doc["paths"].items():
        for operation in operations.values():
            assert "422" not in operation["responses"], path  # FastAPI's {"detail": [...]} is never sent
            assert operation["responses"]["4XX"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    body = lambda path: doc["paths"][path]["post"]["requestBody"]["content"]  # noqa: E731
    assert body("/v1/contracts/review")["application/json"]["schema"]["required"] == ["text"]
    assert "file" in body("/v1/contracts/review")["multipart/form-data"]["schema"]["properties"]
    assert body("/v1/demands/bundle")["application/json"]["schema"]["required"] == ["requests"]
    assert set(body("/v1/suppliers/grade/batch")) == {"application/json", "multipart/form-data"}
    assert {"uscc", "certificates"} <= set(schemas["AdmissionInput"]["properties"])
    assert "scores" in schemas["GradingInput"]["properties"]
    assert any("wordprocessingml" in t for t in doc["paths"]["/v1/contracts/review/annotated"]["post"]["responses"]["200"]["content"])
    assert any("spreadsheetml" in t for t in doc["paths"]["/v1/demands/bundle"]["post"]["responses"]["200"]["content"])


def test_an_unknown_language_or_pack_is_refused_in_both_languages(client, supplier):
    err = _error(client.post("/v1/suppliers/admission?lang=fr", json=supplier), 422, "invalid_input")
    assert _bilingual(err["message"]), err
    assert _bilingual(_error(client.get("/v1/rules/nope"), 404, "not_found")["message"])


def _asgi_post(app, path: str, headers: list[tuple[bytes, bytes]], chunks) -> tuple[int, dict, int]:
    """POSTs to the app as a server would, the body in `chunks` (an iterator of bytes) as it arrives; returns the
    status, the JSON answer and how many chunks the service asked for."""
    import asyncio
    import json
    asked, sent = 0, []

    async def receive():
        nonlocal asked
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.disconnect"}
        asked += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": headers,
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, json.loads(b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")), asked


def test_a_body_over_the_limit_is_refused_before_it_is_read_whole(client):
    """A declared Content-Length over 20 MB is refused before a byte is read; a chunked body without a length is
    read only up to the limit (here 40 MB), and both get the same 413 too_large error body."""
    import itertools

    from service.limits import MAX_BODY_BYTES
    megabyte = b"x" * (1024 * 1024)
    multipart = [(b"content-type", b"multipart/form-data; boundary=zz")]
    status, body, asked = _asgi_post(client.app, "/v1/contracts/review",
                                     [*multipart, (b"content-length", str(MAX_BODY_BYTES + 1).encode())], iter([megabyte] * 21))
    assert (status, body["error"]["code"], asked) == (413, "too_large", 0)
    assert "20 MB" in body["error"]["message"] and _bilingual(body["error"]["message"])
    part = '--zz\r\nContent-Disposition: form-data; name="file"; filename="采购合同.txt"\r\n\r\n甲方向乙方采购服务器。'.encode()
    for path, headers, start in (("/v1/contracts/review", multipart, [part]),
                                 ("/v1/demands/bundle", [(b"content-type", b"application/json")], []),
                                 ("/v1/suppliers/admission", [], [])):
        status, body, asked = _asgi_post(client.app, path, headers, itertools.chain(start, itertools.repeat(megabyte, 40)))
        assert (status, body["error"]["code"]) == (413, "too_large"), (path, body)
        assert asked == len(start) + MAX_BODY_BYTES // len(megabyte) + 1, path  # stopped at the limit


def test_details_is_always_a_list_of_objects_with_field_and_message(client, supplier):
    """One shape a client can rely on, whatever raised the error: a body field, the language, a case's problems, a file,
    a key, a route that does not exist."""
    case = {"title": "机房空调合同", "date": "2024-13-01", "category": "contract", "lessons": ["写明响应时间"]}
    answers = [client.post("/v1/suppliers/admission", json={"name": "深圳华信"}),                         # body fields
               client.post("/v1/suppliers/admission?lang=fr", json=supplier),                             # {"field": "lang"}
               client.post("/v1/cases", json=case, headers={"X-API-Key": "test-key"}),                    # {"problems": [...]}
               client.post("/v1/contracts/review", files={"file": ("合同.exe", b"MZ")}),                   # the file's name
               client.post("/v1/contracts/review", json={"正文": "甲方采购软件。"}),                           # {"field": "text"}
               client.post("/v1/cases", json=case),                                                       # no details
               client.get("/v1/nothing")]                                                                 # routing
    for r in answers:
        details = r.json()["error"]["details"]
        assert isinstance(details, list) and all(isinstance(d, dict) and {"field", "message"} <= set(d) for d in details), r.text
    assert [d["field"] for d in answers[1].json()["error"]["details"]] == ["lang"]
    assert [d["field"] for d in answers[2].json()["error"]["details"]] == ["date"] and "YYYY-MM-DD" in answers[2].text
    assert answers[3].json()["error"]["details"][0]["filename"] == "合同.exe"
    assert answers[5].json()["error"]["details"] == []


def _chinese_first(message: str) -> bool:
    """The house form "中文… / English…": the first letter is a Chinese one, and the English follows a " / "."""
    first = next(ch for ch in message if ch.isalpha())
    return "\u4e00" <= first <= "\u9fff" and " / " in message


def test_refusals_read_chinese_first_then_english(client, supplier, grading_body):
    bad_row = {**grading_body, "scores": {**grading_body["scores"], "price": "高"}}
    refusals = [
        (client.post("/v1/demands/bundle", files={"file": ("普查.csv", "部门,数量\n信息中心,3\n".encode())}), "missing_column"),
        (client.post("/v1/demands/bundle", files={"file": ("普查.csv", "部门,需求描述,数量\n信息中心,服务器,十台\n".encode())}),
         "invalid_number"),
        (client.post("/v1/demands/bundle", files={"file": ("普查.xlsx", b"PK\x03\x04 not a workbook")}), "invalid_xlsx"),
        (client.post("/v1/demands/bundle", files={"file": ("普查.xls", b"\xd0\xcf\x11\xe0")}), "unsupported_format"),
        (client.post("/v1/demands/bundle", json={"requests": [{"text": ""}]}), "missing_text"),
        (client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, bad_row]}), "invalid_input"),
        (client.post("/v1/suppliers/grade/batch", files={"file": ("考核.csv", "供应商编号,考核期\nS-1,2026Q1\n".encode())}),
         "missing_column"),
        (client.post("/v1/suppliers/admission", json={**supplier, "category": "food"}), "invalid_input"),
        (client.post("/v1/contracts/review", files={"file": ("合同.rtf", b"{\\rtf1}")}), "unsupported_format"),
        (client.post("/v1/cases", json={"title": "机房改造"}, headers={"X-API-Key": "test-key"}), "invalid_case"),
        (client.post("/v1/suppliers/admission", content=b"{bad", headers=JSON), "invalid_json"),
    ]
    for r, code in refusals:
        err = _error(r, r.status_code, code)
        assert 400 <= r.status_code < 500 and _chinese_first(err["message"]), err
        assert all(_chinese_first(d["message"]) for d in err["details"] if d["message"] != err["message"]), err
