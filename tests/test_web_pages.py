"""The web pages' script run by Node over a stand-in DOM, on the API's own response (skipped without Node)."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from contracts.review import review_text

APP_JS = Path(__file__).resolve().parents[1] / "service" / "web" / "app.js"
NODE = shutil.which("node")

# just enough DOM for app.js: elements by selector, the submit handlers it registers, FormData over a form's fields,
# fetch answering with the given body
HARNESS = """
const elements = {};
const element = (sel) => elements[sel] ??= { sel, innerHTML: "", value: sel === "#lang" ? "zh" : "", dataset: {}, fields: {}, body: {},
  classList: { add() {}, remove() {} }, addEventListener(type, fn) { this.handler = fn; },
  prepend(...els) { this.children = [...els, ...(this.children || [])]; },
  querySelector(s) { return element(`${this.sel} ${s}`); }, setAttribute(k, v) { this[k] = v; }, removeAttribute(k) { delete this[k]; } };
let made = 0;
globalThis.document = { querySelector: element, querySelectorAll: () => [], documentElement: {}, createElement: () => element(`new ${made++}`) };
Object.defineProperty(globalThis, "navigator", { value: { language: "zh-CN" } });
globalThis.FormData = class { constructor(form) { this.fields = { ...(form?.fields || {}) }; }
  get(k) { return this.fields[k] ?? null; } append(k, v) { this.fields[k] = v; } entries() { return Object.entries(this.fields); } };
// the server's answers, one per request, the last one repeated: {"status", "type", "body"} (status 0: never reached)
const replies = JSON.parse(process.argv[2]);
globalThis.sessionStorage = { items: JSON.parse(process.env.JICAI_SESSION || "{}"), getItem(k) { return this.items[k] ?? null; },
  setItem(k, v) { this.items[k] = v; } };
const sent = [];
const [name, fields] = [process.argv[3], JSON.parse(process.argv[4])];
globalThis.fetch = async (url, options) => {
  sent.push({ url, headers: options?.headers || {}, submit_disabled: element(`#${name}-form button[type=submit]`).disabled ?? false,
              busy: element(`#${name}-out`).innerHTML, download_disabled: downloadButton()?.disabled ?? null });
  // the page asks /health for the packs' versions when it loads
  const reply = url.startsWith("/health") ? { status: 200, body: { packs: {} } } : replies.length > 1 ? replies.shift() : replies[0];
  if (!reply.status) throw new TypeError("Failed to fetch");
  return { ok: reply.status < 400, status: reply.status, statusText: reply.statusText || "", headers: { get: () => reply.type },
           json: async () => reply.body, blob: async () => reply.body };
};
const downloadButton = () => element(`#${name}-out .out`).children?.[0];
require(process.argv[1]);
const form = element(`#${name}-form`);
form.fields = fields;
form.handler({ preventDefault() {}, target: form }).then(async () => {
  if (process.env.JICAI_CLICK) {  // the download button under the result
    await downloadButton().onclick();
    const [button, error] = element(`#${name}-out .out`).children;
    console.log("DOWNLOAD " + JSON.stringify({ disabled: button.disabled, label: button.textContent, error: error.textContent,
                                               error_class: error.className }));
  }
}).then(() => setTimeout(() => {
  console.log(element(`#${name}-out`).innerHTML);
  console.log("SENT " + JSON.stringify(sent));
  console.log("SUBMIT_DISABLED_AFTER " + JSON.stringify(element(`#${name}-form button[type=submit]`).disabled ?? false));
  process.exit(0);
}, 10));
"""


def page(form: str, fields: dict, answer, session: dict | None = None, status: int = 200,
         content_type: str = "application/json", then: list[tuple[int, dict]] = (), click: bool = False) -> str:
    """The HTML the page shows after submitting `form` with `fields`, when the API answers `answer` with `status`
    (0: the server cannot be reached), then a line "SENT [...]" with the requests it made (each with the submit button's
    state and the output while it was sent) and "SUBMIT_DISABLED_AFTER" the button's state at the end; `session` is the
    tab's sessionStorage. `then`: the (status, JSON body) of the requests after the first; `click`: click the download
    button under the result, then print a line "DOWNLOAD {...}" with its state."""
    replies = [{"status": status, "type": content_type, "body": answer},
               *({"status": s, "type": "application/json", "body": b} for s, b in then)]
    proc = subprocess.run([NODE, "-e", HARNESS, str(APP_JS), json.dumps(replies, ensure_ascii=False), form,
                           json.dumps(fields, ensure_ascii=False)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "JICAI_SESSION": json.dumps(session or {}),
                                                **({"JICAI_CLICK": "1"} if click else {})})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def requests_sent(html: str) -> list[dict]:
    return json.loads(html[html.rindex("SENT ") + 5:].splitlines()[0])


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_review_page_does_not_show_an_unknown_post_warranty_share_as_zero():
    review = review_text("第一条 合同总价人民币100万元，为软件许可费。\n第二条 质保期12个月。\n第三条 质保期满后的维护费用另行协商。",
                         evaluate=lambda facts: {"risk_level": "low", "findings": []}, use_embeddings=False)
    review["similar_cases"] = []
    page_html = page("review", {"text": "合同"}, review)
    assert "TCO 100 万元" in page_html
    share = page_html[page_html.index("维保费占比"):].split("</p>")[0]
    assert "未约定" in share and "0%" not in share


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_review_page_says_severities_in_chinese_as_the_reports_do():
    review = review_text("第一条 合同总价人民币100万元。\n第二条 乙方按甲方要求提供服务。", use_embeddings=False)
    review["similar_cases"] = []
    assert review["risk_level"] == "high" and review["findings"]
    page_html = page("review", {"text": "合同"}, review)
    assert "合同风险：<span class=\"badge high\">高（high）</span>" in page_html
    assert f'<span class="badge {review["findings"][0]["severity"]}">' in page_html and "中（medium）" in page_html


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_bundling_page_shows_what_each_bundle_holds_and_the_one_offs(client):
    lines = [("信息中心", "采购笔记本电脑20台，用于移动办公"), ("财务处", "更换一批办公笔记本电脑"), ("人事处", "新员工配发便携式计算机"),
             ("后勤处", "食堂后厨排烟管道清洗")]
    body = {"requests": [{"id": f"R{i}", "department": d, "text": t} for i, (d, t) in enumerate(lines, 1)]}
    answer = client.post("/v1/demands/bundle", json=body).json()
    bundled = {q["id"] for q in answer["requests"] if q["bundle_id"]}
    assert bundled == {"R1", "R2", "R3"}, answer
    html = page("bundle", {"file": "survey.csv"}, answer)
    members = html[html.index("<details>"):html.index("</details>")]
    assert all(t in members for _, t in lines[:3]) and "排烟管道" not in members
    one_offs = html[html.index("独立需求（未并入需求包）"):]
    assert "后勤处" in one_offs and "食堂后厨排烟管道清洗" in one_offs


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_pages_send_the_api_key_given_in_the_tab(client):
    """A service started with --closed wants the key on reads: the key typed in the header goes with every request."""
    answer = client.get("/v1/cases/search", params={"q": "运维合同没写响应时限"}).json()
    without = requests_sent(page("cases", {"q": "运维"}, answer))
    assert without and all("X-API-Key" not in r["headers"] for r in without)
    with_key = requests_sent(page("cases", {"q": "运维"}, answer, session={"jicai-api-key": "s3cret"}))
    assert with_key and all(r["headers"].get("X-API-Key") == "s3cret" for r in with_key)


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_cases_page_says_which_misspelt_word_it_searched_for(client):
    answer = client.get("/v1/cases/search", params={"q": "warrenty fees after the contract expired"}).json()
    assert answer["corrections"] == [{"typed": "warrenty", "searched": "warranty"}]
    html = page("cases", {"q": "warrenty fees after the contract expired"}, answer)
    assert "已按更正后的拼写搜索：warrenty → warranty" in html and answer["hits"][0]["case"]["title"] in html


def shown_error(html: str) -> str:
    assert '<div class="error">' in html, html
    return html[html.index('<div class="error">') + 19:html.index("</div>", html.index('<div class="error">'))]


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_review_page_shows_the_apis_refusal_of_a_file_as_its_message(client):
    """A .doc, an empty file: the page shows the API's message (Chinese first), not the raw JSON of its details."""
    doc = client.post("/v1/contracts/review", files={"file": ("采购合同.doc", b"\xd0\xcf\x11\xe0", "application/msword")})
    assert doc.status_code == 415
    error = shown_error(page("review", {"file": "采购合同.doc"}, doc.json(), status=415))
    assert error.startswith("不支持的文件类型 .doc") and "(unsupported_format)" in error
    assert "{" not in error and "[object Object]" not in error
    empty = client.post("/v1/contracts/review", files={"file": ("采购合同.txt", b"", "text/plain")})
    assert shown_error(page("review", {"file": "采购合同.txt"}, empty.json(), status=empty.status_code)).startswith("文件为空")


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_bundling_page_says_which_row_and_column_of_a_batch_is_wrong(client, grading_body):
    """A row error of the survey names its row and column; a batch with several bad rows lists each one."""
    survey = "部门,需求描述,数量,预算\n信息中心,采购笔记本电脑,二十,120000\n".encode()
    bad = client.post("/v1/demands/bundle", files={"file": ("需求普查.csv", survey, "text/csv")})
    assert bad.status_code == 422
    error = shown_error(page("bundle", {"file": "需求普查.csv"}, bad.json(), status=422))
    assert "第2行：数量“二十”不是数字" in error and "{" not in error
    batch = {"error": {"code": "invalid_input", "message": "2 行有误 / 2 rows are invalid", "details": [
        {"field": "scores.price", "message": "应为数字 / must be a number", "row": 3, "column": "价格"},
        {"field": "period", "message": "必填 / required", "row": 7, "column": "考核期"}]}}
    lines = shown_error(page("grade", {"file": "考核表.xlsx"}, batch, status=422)).splitlines()
    assert lines[:3] == ["2 行有误 / 2 rows are invalid", "第 3 行 · 列 价格 · 字段 scores.price：应为数字 / must be a number",
                         "第 7 行 · 列 考核期 · 字段 period：必填 / required"]
    # a JSON batch's item is counted from 1 as the message counts it, not by the list index the details keep
    items = client.post("/v1/suppliers/grade/batch", json={"suppliers": [grading_body, {**grading_body, "scores": {"price": 80}}]})
    lines = shown_error(page("grade", {"file": "考核表.xlsx"}, items.json(), status=422)).splitlines()
    assert lines[0].startswith("2 条中有 1 条有误（第 2 条）") and lines[1].startswith("第 2 条 · 字段 scores.response")


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_a_refusal_that_is_not_the_apis_json_is_still_said_in_chinese():
    """A proxy in front of the service answers 413 with an HTML page; a stopped server answers nothing."""
    error = shown_error(page("review", {"file": "扫描件.pdf"}, "<html>413 Request Entity Too Large</html>", status=413,
                             content_type="text/html"))
    assert error.startswith("上传的文件或请求体过大")
    assert shown_error(page("bundle", {"file": "需求普查.xlsx"}, {}, status=0)).startswith("无法连接服务器")


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_submit_button_is_disabled_while_a_review_runs_and_enabled_after_a_refusal(client):
    """No double submit of a long review: the button is off and the page says it is working while the request runs;
    a refused request gives the button back."""
    review = client.post("/v1/contracts/review", json={"text": "第一条 合同总价人民币100万元。\n第二条 乙方按甲方要求提供服务。"}).json()
    review["similar_cases"] = []
    html = page("review", {"text": "合同"}, review)
    [request] = [r for r in requests_sent(html) if "/v1/contracts/review" in r["url"]]
    assert request["submit_disabled"] is True and "处理中…" in request["busy"]
    assert "SUBMIT_DISABLED_AFTER false" in html
    refused = client.post("/v1/contracts/review", json={"text": ""})
    html = page("review", {"text": ""}, refused.json(), status=refused.status_code)
    assert requests_sent(html)[-1]["submit_disabled"] is True and "SUBMIT_DISABLED_AFTER false" in html


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_a_refused_excel_export_keeps_the_bundles_on_the_page(client):
    """The export button is off while it asks; its refusal is shown under it and the bundles stay."""
    body = {"requests": [{"id": "R1", "department": "信息中心", "text": "采购笔记本电脑20台"},
                         {"id": "R2", "department": "财务处", "text": "更换一批办公笔记本电脑"}]}
    answer = client.post("/v1/demands/bundle", json=body).json()
    refusal = {"error": {"code": "too_large", "message": "上传的文件或请求体超过 20 MB 上限 / the upload or request body exceeds "
                                                         "the 20 MB limit", "details": []}}
    html = page("bundle", {"file": "需求普查.csv"}, answer, then=[(413, refusal)], click=True)
    export = requests_sent(html)[-1]
    assert "format=xlsx" in export["url"] and export["download_disabled"] is True
    state = json.loads(html[html.index("DOWNLOAD ") + 9:].splitlines()[0])
    assert state == {"disabled": False, "label": "导出 Excel", "error": refusal["error"]["message"] + "\n(too_large)",
                     "error_class": "error"}
    assert answer["bundles"][0]["label"] in html


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_a_chinese_reviewer_of_an_english_draft_reads_the_advice_in_chinese(client):
    """The wording to paste follows the contract's language; what to ask for follows the reader's, and both are shown."""
    review = client.post("/v1/contracts/review?lang=zh", json={
        "text": "1. Fees. The Customer shall pay the Supplier CNY 1,000,000.\n2. Services. The Supplier shall provide the services."}).json()
    review["similar_cases"] = []
    acceptance = next(f for f in review["findings"] if f["rule_id"] == "CR-ACCEPTANCE")
    assert acceptance["recommendation"].startswith("Buyer shall") and "验收" in acceptance["advice"]
    html = page("review", {"text": "合同"}, review)
    row = html[html.index("<code>CR-ACCEPTANCE</code>"):].split("</tr>")[0]
    assert acceptance["advice"] in row and f"建议条款：</b>{acceptance['recommendation']}" in row
    assert "<b>1. Fees</b>" in row  # the payment clause it read the final payment from
    missing = html[html.index("<code>CR-DATA-SECURITY</code>"):].split("</tr>")[0]
    assert "（缺失）" in missing and "数据安全" in missing  # the draft has no data-security clause to cite


@pytest.mark.skipif(NODE is None, reason="needs node")
def test_the_bundling_page_lists_the_rows_it_left_out_and_says_budgets_in_wanyuan(client):
    """A 合计 row and a 填写说明 line are not requests: the planner sees them listed apart, with their row; budgets read
    as a Chinese planner writes them."""
    survey = ("部门,需求描述,数量,预算,需求日期\n信息中心,采购笔记本电脑20台,20,120000,2027-03-31\n"
              "财务处,更换办公笔记本电脑,5,38123,2027-04-30\n后勤处,食堂排烟管道清洗,1,8000,\n合计,,26,166123,\n"
              "填写说明：预算单位为元,,,,\n").encode()
    answer = client.post("/v1/demands/bundle", files={"file": ("需求普查.csv", survey, "text/csv")}).json()
    assert [x["row"] for x in answer["skipped_rows"]] == [5, 6] and answer["bundles"][0]["total_budget"] == 158123
    html = page("bundle", {"file": "需求普查.csv"}, answer)
    left_out = html[html.index("未计入的行（2）"):]
    assert "第 5 行 · 合计行：合计" in left_out and "第 6 行 · 说明或签字行：填写说明：预算单位为元" in left_out
    assert "<td>15.8123 万元</td>" in html and "2027-03-31" in html
