// Jicai pages: thin forms over the HTTP API; every number shown comes from the API response.
const $ = (sel, root = document) => root.querySelector(sel);
const esc = (v) => String(v ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const lang = () => $("#lang").value;
const L = (zh, en) => (lang() === "zh" ? zh : en);
// as contracts/report.py's severity_label shows them: 高（high） in Chinese, the code in English
const SEVERITY_ZH = { high: "高", medium: "中", low: "低", info: "提示" };
const severity = (s) => (lang() === "zh" && SEVERITY_ZH[s] ? `${SEVERITY_ZH[s]}（${s}）` : s);
const number = (v, digits = 2) => (v == null ? "—" : Number(v).toLocaleString("zh-CN", { maximumFractionDigits: digits }));
// an amount in yuan as a Chinese reader writes it: 15.8123 万元 from 10,000 up (to the yuan), else 8,000 元
const yuan = (v) => (v == null ? "—" : lang() !== "zh" ? `CNY ${number(v)}` : Math.abs(v) >= 10000 ? `${number(v / 10000, 6)} 万元` : `${number(v)} 元`);
// why a survey row was left out (skipped_rows[].reason)
const SKIPPED = { total: ["合计行", "totals row"], note: ["说明或签字行", "note or sign-off"] };

// where a detail of an error points: the row, column, field or item the message is about (`index` counts a JSON list
// from 0, a reader from 1, as the API's messages do)
function place(d) {
  return [d.row != null && L(`第 ${d.row} 行`, `row ${d.row}`), d.index != null && L(`第 ${d.index + 1} 条`, `item ${d.index + 1}`),
    d.column && L(`列 ${d.column}`, `column ${d.column}`), d.field && L(`字段 ${d.field}`, `field ${d.field}`)].filter(Boolean).join(" · ");
}

// the error the page shows: the API's own message (Chinese and English), then each detail that says more than it
function apiError(e) {
  const more = (Array.isArray(e.details) ? e.details : []).filter((d) => d && d.message && d.message !== e.message)
    .slice(0, 10).map((d) => (place(d) ? `${place(d)}：` : "") + d.message);
  return new Error([e.message, ...more].join("\n") + (e.code ? `\n(${e.code})` : ""));
}

// a refusal that is not the API's JSON (a proxy's 413 or 502 page), said as the API says its own
function httpError(res) {
  const message = res.status === 413 ? "上传的文件或请求体过大 / the upload or request body is too large"
    : `服务器返回 HTTP ${res.status} / the server answered HTTP ${res.status} ${res.statusText || ""}`.trim();
  return apiError({ code: res.status, message });
}

async function api(path, options = {}) {
  const url = path + (path.includes("?") ? "&" : "?") + "lang=" + lang();
  // a server started with --closed wants the key on reads too; it stays in this browser tab only
  const key = sessionStorage.getItem("jicai-api-key");
  let res;
  try {
    res = await fetch(url, key ? { ...options, headers: { ...(options.headers || {}), "X-API-Key": key } } : options);
  } catch (err) {
    throw new Error(`无法连接服务器，请检查网络或服务是否在运行 / cannot reach the server (${err.message})`);
  }
  const type = res.headers.get("content-type") || "";
  const body = type.includes("json") ? await res.json() : await res.blob();
  if (!res.ok) throw body && body.error ? apiError(body.error) : httpError(res);
  return body;
}

function download(blob, filename) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  URL.revokeObjectURL(a.href);
}

// a button under a result that asks the API for the same result as a file; busy while it asks, and a refusal is shown
// under it, the result staying on the page
function downloadButton(target, label, path, makeBody, filename) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  const error = document.createElement("div");
  button.onclick = async () => {
    button.disabled = true;
    button.textContent = `${label} ${L("（处理中…）", "(working…)")}`;
    error.className = "";
    error.textContent = "";
    try { download(await api(path, { method: "POST", body: makeBody() }), filename); } catch (err) {
      error.className = "error";
      error.textContent = err.message;
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  };
  $(target + " .out").prepend(button, error);
}

function show(target, html) { $(target).innerHTML = `<div class="out">${html}</div>`; }
function fail(target, err) { $(target).innerHTML = `<div class="error">${esc(err.message)}</div>`; }

function findingsTable(findings, withClause) {
  if (!findings.length) return `<p>${L("无发现", "No findings")}</p>`;
  const rows = findings.map((f) => `<tr>
      <td><code>${esc(f.rule_id)}</code></td>
      <td><span class="badge ${esc(f.severity)}">${esc(severity(f.severity))}</span></td>
      <td><b>${esc(f.title)}</b><br>${esc(f.message)}</td>
      ${withClause ? `<td>${f.clause ? `<b>${esc(f.clause.heading || "#" + f.clause.index)}</b><div class="clause">${esc(f.clause.text)}</div>` : L("（缺失）", "(missing)")}</td>` : ""}
      <td>${f.advice ? `<div>${esc(f.advice)}</div>` : ""}${f.recommendation ? `<div class="wording">${f.advice ? `<b>${L("建议条款", "Suggested wording")}：</b>` : ""}${esc(f.recommendation)}</div>` : ""}
      ${f.reference ? `<span class="muted">${esc(f.reference)}</span>` : ""}</td></tr>`);
  return `<table><tr><th>${L("规则", "Rule")}</th><th>${L("级别", "Severity")}</th><th>${L("发现", "Finding")}</th>
    ${withClause ? `<th>${L("条款", "Clause")}</th>` : ""}<th>${L("建议", "Recommendation")}</th></tr>${rows.join("")}</table>`;
}

function meta(r) { return `<p class="muted">${esc(r.pack)} ${esc(r.pack_version)} · ${esc(r.decision_id)} · ${esc(r.evaluated_at)}</p>`; }

function casesList(hits) {
  if (!hits || !hits.length) return `<p class="muted">${L("没有足够相似的案例", "No similar cases")}</p>`;
  return hits.map((h) => `<div class="card"><h3>${esc(h.case.title)} <span class="muted">${esc(h.case.date || "")} · ${esc(h.case.category || "")}${h.case.amount != null ? ` · ${yuan(h.case.amount)}` : ""} · ${(h.score * 100).toFixed(0)}%</span></h3>
    <div>${esc(h.case.summary || "")}</div>
    ${(h.case.lessons || []).length ? `<div><b>${L("教训", "Lessons")}：</b>${h.case.lessons.map(esc).join("；")}</div>` : ""}
    ${(h.case.recommendations || []).length ? `<div><b>${L("建议", "Recommendations")}：</b>${h.case.recommendations.map(esc).join("；")}</div>` : ""}</div>`).join("");
}

const forms = {
  async review(form) {
    const data = new FormData(form);
    const file = data.get("file");
    let r;
    const extra = {};
    for (const k of ["contract_value", "term_years"]) if (data.get(k)) extra[k] = Number(data.get(k));
    if (file && file.size) {
      const body = new FormData();
      body.append("file", file);
      for (const [k, v] of Object.entries(extra)) body.append(k, v);
      r = await api("/v1/contracts/review", { method: "POST", body });
    } else {
      r = await api("/v1/contracts/review", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: data.get("text"), ...extra }) });
    }
    const tco = r.tco ? `<h3>TCO</h3><table><tr><th>${L("年度", "Year")}</th><th>${L("购置", "Purchase")}</th><th>${L("实施", "Implementation")}</th><th>${L("维保", "Post-warranty")}</th><th>${L("运营", "Operating")}</th><th>${L("合计", "Total")}</th></tr>
      ${(r.tco.years || []).map((y) => `<tr><td>${esc(y.year)}</td><td>${yuan(y.purchase)}</td><td>${yuan(y.implementation)}</td><td>${yuan(y.post_warranty_fee)}</td><td>${yuan(y.operating_cost)}</td><td>${yuan(y.total)}</td></tr>`).join("")}</table>
      <p>TCO ${yuan(r.tco.total)} · ${L("维保费占比", "post-warranty share")} ${r.tco.post_warranty_fee_known ? `${r.tco.post_warranty_share_pct}%` : L("未约定", "not stated")}</p>` : "";
    show("#review-out", `<p class="summary">${L("合同风险", "Contract risk")}：<span class="badge ${esc(r.risk_level)}">${esc(severity(r.risk_level))}</span> · ${r.findings.length} ${L("项发现", "findings")}</p>
      ${(r.readings || []).length ? `<h3>${L("阅读说明", "How the contract was read")}</h3><ul>${r.readings.map((x) => `<li>${esc(x.message)}</li>`).join("")}</ul>` : ""}
      ${meta(r)}${findingsTable(r.findings, true)}${tco}<h3>${L("相似案例", "Similar cases")}</h3>${casesList(r.similar_cases)}`);
    if (file && file.size && file.name.toLowerCase().endsWith(".docx")) {
      const stem = file.name.replace(/\.docx$/i, "");
      downloadButton("#review-out", L("下载批注版 Word", "Download annotated Word file"), "/v1/contracts/review/annotated", () => {
        const body = new FormData();
        body.append("file", file);
        for (const [k, v] of Object.entries(extra)) body.append(k, v);
        return body;
      }, `${stem}.reviewed.docx`);
    }
  },
  async bundle(form) {
    const makeBody = () => {
      const data = new FormData(form);
      const body = new FormData();
      body.append("file", data.get("file"));
      if (data.get("min_similarity")) body.append("min_similarity", data.get("min_similarity"));
      return body;
    };
    const r = await api("/v1/demands/bundle", { method: "POST", body: makeBody() });
    const line = (q) => `<li>${q.department ? `<b>${esc(q.department)}</b>：` : ""}${esc(q.text)} <span class="muted">#${esc(q.id)}</span></li>`;
    const members = (id) => (r.requests || []).filter((q) => q.bundle_id === id).map(line).join("");
    // each bundle's lines under it, so that a planner sees what was grouped before tendering it
    const rows = r.bundles.map((b) => `<tr><td>${esc(b.label)}<br><span class="muted">${esc((b.keywords || []).join("、"))}</span>
      <details><summary>${b.request_ids.length} ${L("条需求", "requests")}</summary><ul>${members(b.id)}</ul>
      ${(b.similar_cases || []).length ? `<b>${L("相似案例", "Similar cases")}</b>${casesList(b.similar_cases)}` : ""}</details></td>
      <td>${b.request_ids.length}</td><td>${esc(b.departments.join("、"))}</td><td>${number(b.total_quantity)}</td><td>${yuan(b.total_budget)}</td>
      <td>${esc(b.earliest_needed_by || "—")}</td><td>${b.shared ? L("共享需求", "shared") : ""}</td></tr>`);
    const skipped = r.skipped_rows || [];  // 合计 rows and 填写说明 notes of the sheet, not requests
    const oneOffs = (r.requests || []).filter((q) => q.bundle_id == null).map(line).join("");
    show("#bundle-out", `<p class="summary">${r.bundles.length} ${L("个需求包", "bundles")} · ${r.outliers.length} ${L("条独立需求", "one-off requests")}</p>
      <p class="muted">${L("相似度阈值", "Similarity threshold")} ${esc(r.stats.min_similarity)} · ${esc(r.stats.embedding_model)}</p>
      <table><tr><th>${L("需求包", "Bundle")}</th><th>${L("需求数", "Requests")}</th><th>${L("部门", "Departments")}</th><th>${L("数量", "Quantity")}</th><th>${L("预算", "Budget")}</th><th>${L("最早需求日期", "Earliest needed by")}</th><th></th></tr>${rows.join("")}</table>
      ${oneOffs ? `<h3>${L("独立需求（未并入需求包）", "One-off requests (not bundled)")}</h3><ul>${oneOffs}</ul>` : ""}
      ${skipped.length ? `<h3>${L("未计入的行", "Rows left out")}（${skipped.length}）</h3><ul>${skipped.map((x) => `<li>${L(`第 ${x.row} 行`, `row ${x.row}`)} · ${esc(L(...(SKIPPED[x.reason] || [x.reason, x.reason])))}：${esc(x.text)}</li>`).join("")}</ul>` : ""}`);
    downloadButton("#bundle-out", L("导出 Excel", "Export to Excel"), "/v1/demands/bundle?format=xlsx", makeBody, "bundles.xlsx");
  },
  async cases(form) {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) params.append(k, v);
    const r = await api("/v1/cases/search?" + params.toString());
    const fixed = (r.corrections || []).map((c) => `${esc(c.typed)} → ${esc(c.searched)}`).join(", ");
    show("#cases-out", (fixed ? `<p class="muted">${L("已按更正后的拼写搜索：", "Searched for the corrected spelling: ")}${fixed}</p>` : "")
      + casesList(r.hits));
  },
  async admission(form) {
    let body;
    try { body = JSON.parse(form.body.value); } catch (e) { throw new Error(L("JSON 格式错误：", "Invalid JSON: ") + e.message); }
    const r = await api("/v1/suppliers/admission" + (form.explain.checked ? "?explain=true" : ""), {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const trace = r.trace ? `<h3>${L("每条规则", "Every rule")}</h3><table><tr><th>${L("规则", "Rule")}</th><th>${L("触发", "Fired")}</th><th>${L("条件", "Condition")}</th><th>${L("读取的值", "Values read")}</th></tr>
      ${r.trace.map((t) => `<tr><td><code>${esc(t.rule_id)}</code></td><td>${t.fired ? "✔" : ""}</td><td><code>${esc(t.condition)}</code></td><td><code>${esc(JSON.stringify(t.values))}</code></td></tr>`).join("")}</table>` : "";
    show("#admission-out", `<p class="summary">${esc(r.name)}：<span class="badge ${esc(r.decision)}">${esc(r.decision)}</span></p>${meta(r)}${findingsTable(r.findings, false)}${trace}`);
  },
  async grade(form) {
    const body = new FormData();
    body.append("file", new FormData(form).get("file"));
    const r = await api("/v1/suppliers/grade/batch", { method: "POST", body });
    const rows = r.results.map((x) => `<tr><td>${esc(x.supplier_id)}</td><td>${esc(x.name || "")}</td><td>${esc(x.period)}</td><td>${x.total.toFixed(2)}</td>
      <td>${esc(x.base_grade)}</td><td><span class="badge ${esc(x.grade)}">${esc(x.grade)}</span></td><td>${esc(x.action)}</td>
      <td>${x.findings.map((f) => `<code>${esc(f.rule_id)}</code> ${esc(f.message)}`).join("<br>")}</td></tr>`);
    show("#grade-out", `<p class="summary">${Object.entries(r.summary).map(([g, n]) => `<span class="badge ${g}">${g}: ${n}</span>`).join(" ")}</p>
      <table><tr><th>${L("编号", "ID")}</th><th>${L("名称", "Name")}</th><th>${L("考核期", "Period")}</th><th>${L("总分", "Total")}</th><th>${L("基础等级", "Base")}</th><th>${L("等级", "Grade")}</th><th>${L("处理", "Action")}</th><th>${L("发现", "Findings")}</th></tr>${rows.join("")}</table>`);
  },
};

// one request at a time per form: its button is disabled and the output counts the seconds until the answer (a long
// contract or survey takes a while), then the button is enabled again, also after a refusal
for (const [name, handler] of Object.entries(forms)) {
  $(`#${name}-form`).addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = `#${name}-out`;
    const button = ev.target.querySelector("button[type=submit]");
    if (button.disabled) return;
    button.disabled = true;
    const started = Date.now();
    const working = () => { $(out).innerHTML = `<p class="muted busy">${L("处理中…", "Working…")} ${Math.round((Date.now() - started) / 1000)} ${L("秒", "s")}</p>`; };
    working();
    const timer = setInterval(working, 1000);
    try { await handler(ev.target); } catch (err) { fail(out, err); } finally {
      clearInterval(timer);
      button.disabled = false;
    }
  });
}

document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll("#tabs button, .tab").forEach((el) => el.classList.remove("active"));
  b.classList.add("active");
  $("#" + b.dataset.tab).classList.add("active");
}));

function relabel() {
  document.documentElement.lang = lang();
  document.querySelectorAll("[data-zh]").forEach((el) => { el.textContent = el.dataset[lang()]; });
  document.querySelectorAll("[data-placeholder-zh]").forEach((el) => { el.placeholder = el.dataset[lang() === "zh" ? "placeholderZh" : "placeholderEn"]; });
}
$("#lang").addEventListener("change", relabel);
$("#api-key").value = sessionStorage.getItem("jicai-api-key") || "";
$("#api-key").addEventListener("change", (ev) => sessionStorage.setItem("jicai-api-key", ev.target.value.trim()));
$("#lang").value = navigator.language.startsWith("en") ? "en" : "zh";
relabel();

$("#admission-form").body.value = JSON.stringify({
  name: "杭州云栖软件有限公司", uscc: "91330106MA2GL0P91J", category: "software", registered_capital: 8000000,
  established: "2015-04-20", license_expires: null,
  certificates: [{ type: "ISO9001", expires: "2027-12-31" }, { type: "ISO27001", expires: "2027-06-30" }, { type: "CMMI", level: 3, expires: "2027-09-30" }],
  handles_buyer_data: true, blacklisted: false, major_violation_dates: [], tax_social_ok: true,
  debt_ratio: 0.72, net_assets: 12000000, comparable_projects_3y: 4,
}, null, 2);

api("/health").then((h) => { $("#packs").textContent = Object.entries(h.packs).map(([k, v]) => `${k} ${v}`).join(" · "); }).catch(() => {});
