"""Reports people use: a review as Markdown, as standalone HTML, and written back into the uploaded
.docx as Word comments (批注) on each flagged clause."""
from __future__ import annotations

import html
import io
from collections.abc import Mapping

from contracts.extract import law_labels
from contracts.parsing import ContractInputError, docx_paragraphs, read_docx

_LABELS = {
    "zh": {"title": "合同风险审查报告", "risk": "总体风险", "findings": "风险发现", "none": "未发现风险。",
           "clause": "条款", "missing": "合同中缺少相应条款", "why": "原因", "advice": "建议", "ask": "建议条款（可直接粘贴）", "basis": "依据", "terms": "提取的关键条款",
           "term": "项目", "value": "值", "from": "出处", "tco": "总拥有成本（TCO）", "year": "年度", "year_n": "第 {} 年", "purchase": "采购价",
           "impl": "实施费", "fee": "质保期后服务费", "opex": "运行成本", "total": "合计", "share": "质保期后服务费占比",
           "clauses": "条款结构", "types": "类型", "unknown": "（未约定）", "author": "集采合同审查",
           "readings": "阅读说明", "reading": "阅读说明", "changes": "被修改的原文"},
    "en": {"title": "Contract risk review", "risk": "Overall risk", "findings": "Findings", "none": "No findings.",
           "clause": "Clause", "missing": "The contract has no such clause", "why": "Why", "advice": "What to ask for", "ask": "Recommended wording (paste as is)", "basis": "Legal basis", "terms": "Extracted terms",
           "term": "Term", "value": "Value", "from": "Source", "tco": "Total cost of ownership (TCO)", "year": "Year", "year_n": "Year {}", "purchase": "Purchase",
           "impl": "Implementation", "fee": "Post-warranty fees", "opex": "Operating cost", "total": "Total", "share": "Post-warranty share",
           "clauses": "Clause structure", "types": "Types", "unknown": "(not stated)", "author": "Jicai contract review",
           "readings": "How the contract was read", "reading": "Reading", "changes": "Original text changed"},
}
_SEVERITY_ZH = {"high": "高", "medium": "中", "low": "低", "info": "提示"}
# what the reader sees for each extracted term (contracts.extract.FACTS) and clause type (contracts.classify.TYPES)
_TERM_LABELS = {
    "availability_pct": ("可用性承诺（%）", "Availability committed (%)"),
    "p1_response_hours": ("一级故障响应时间（小时）", "Critical-fault response (hours)"),
    "sla_remedy": ("未达服务水平的扣款或赔偿", "Remedy for a missed service level"),
    "ip_owner": ("知识产权归属", "IP owner"),
    "data_security_clause": ("数据安全条款", "Data-security clause"),
    "buyer_owns_data": ("数据归采购方所有", "Buyer owns its data"),
    "confidentiality": ("保密条款", "Confidentiality clause"),
    "ld_rate_per_day_pct": ("逾期违约金（合同价 %/日）", "Delay damages (% of value per day)"),
    "liability_cap_pct": ("责任上限（合同价 %）", "Liability cap (% of value)"),
    "prepayment_pct": ("预付款（合同价 %）", "Advance payment (% of value)"),
    "acceptance_clause": ("有验收标准的验收条款", "Acceptance clause with criteria"),
    "final_payment_on_acceptance": ("尾款待验收后支付", "Final payment after acceptance"),
    "warranty_months": ("质保期（月）", "Warranty (months)"),
    "post_warranty_fee_pct": ("质保期后年服务费（价款 %）", "Post-warranty annual fee (% of price)"),
    "auto_renewal_price_increase": ("自动续约并单方涨价", "Auto-renewal with a unilateral price increase"),
    "termination_for_breach": ("采购方可因违约解除合同", "Buyer may terminate for breach"),
    "subcontract_without_consent": ("未经同意可分包", "Subcontracting without consent"),
    "governing_law": ("适用法律", "Governing law"),
    "contract_kind": ("合同类型", "Contract kind"),
    "contract_value": ("合同金额", "Contract value"),
    "contract_value_stated": ("合同写明的总价", "Total stated in the contract"),
    "term_years": ("合同期限（年）", "Term (years)"),
    "licence_or_hardware_price": ("许可及硬件价款", "Licence and hardware price"),
    "implementation_fee": ("实施费", "Implementation fee"),
    "sla_clause": ("可度量的服务水平", "Measurable service level"),
    "ip_buyer_free_use": ("共有知识产权下采购方可自由使用", "Buyer's free use of joint IP"),
    "data_use_beyond_contract": ("供应商可超出合同使用数据", "Supplier may use data beyond the contract"),
    "ld_stated": ("约定了违约金", "Liquidated damages stated"),
    "liability_cap_stated": ("约定了责任上限", "Liability cap stated"),
    "liability_cap_below_value": ("责任上限低于合同价", "Liability cap below the contract value"),
    "liability_cap_amount": ("责任上限金额", "Liability cap amount"),
    "fees_per_period": ("按期付费的服务", "Fees paid per period"),
    "acceptance_deemed_on_delivery": ("交付即视为验收", "Acceptance deemed on delivery"),
    "warranty_period_stated": ("写明了质保期", "Warranty period stated"),
    "post_warranty_fee_stated": ("写明了质保期后服务费", "Post-warranty fee stated"),
    "post_warranty_fee_capped": ("质保期后服务费已固定", "Post-warranty fee fixed"),
    "post_warranty_fee_amount": ("质保期后年服务费", "Post-warranty annual fee"),
    "post_warranty_fee_increase_pct": ("质保期后服务费年涨幅（%）", "Post-warranty fee yearly increase (%)"),
    "auto_renewal": ("自动续约", "Automatic renewal"),
    "termination_for_convenience": ("可无因解除", "Termination for convenience"),
    "governing_law_prc": ("适用中国法律", "PRC law governs"),
    "governing_forum_outside_mainland": ("争议在中国大陆以外解决", "Disputes resolved outside mainland China"),
    "tco_total": ("总拥有成本", "TCO"),
    "tco_post_warranty_share_pct": ("质保期后服务费占总拥有成本（%）", "Post-warranty share of TCO (%)"),
    "tco_horizon_years": ("总拥有成本测算年限", "TCO horizon (years)"),
    "tco_discount_rate": ("折现率", "Discount rate"),
    "tco_operating_cost_per_year": ("年运行成本", "Operating cost per year"),
    "language": ("合同语言", "Contract language"),
}
_VALUE_LABELS = {
    "ip_owner": {"buyer": ("采购方", "buyer"), "supplier": ("供应商", "supplier"), "joint": ("双方共有", "joint")},
    "contract_kind": {"goods_or_licence": ("货物或许可", "goods or licence"), "service": ("服务", "service")},
    "language": {"zh": ("中文", "Chinese"), "en": ("英文", "English")},
}
_TYPE_LABELS = {
    "sla": ("服务水平", "service level"), "ip_ownership": ("知识产权", "IP ownership"), "data_security": ("数据安全", "data security"),
    "data_ownership": ("数据归属", "data ownership"), "confidentiality": ("保密", "confidentiality"),
    "liquidated_damages": ("违约金", "liquidated damages"), "liability_cap": ("责任上限", "liability cap"),
    "payment": ("付款", "payment"), "acceptance": ("验收", "acceptance"), "warranty": ("质保", "warranty"),
    "post_warranty_service": ("质保期后服务", "post-warranty service"), "renewal": ("续约", "renewal"),
    "termination": ("解除", "termination"), "subcontracting": ("分包", "subcontracting"),
    "governing_law": ("适用法律", "governing law"), "dispute_resolution": ("争议解决", "dispute resolution"),
    "force_majeure": ("不可抗力", "force majeure"), "other": ("其他", "other"),
}
_LANG_INDEX = {"zh": 0, "en": 1}
# the terms that are amounts in yuan, shown with their unit (120 万元, CNY 1,200,000)
_MONEY_TERMS = {"contract_value", "contract_value_stated", "licence_or_hardware_price", "implementation_fee", "liability_cap_amount",
                "post_warranty_fee_amount", "tco_total", "tco_operating_cost_per_year"}
_EXCERPT = 300  # characters of a cited clause quoted under its finding


def _language(review: dict, lang: str | None) -> str:
    """The reader's language when given (it is the findings' language), else the contract's."""
    return "en" if (lang or review.get("language")) == "en" else "zh"


def severity_label(sev: str, lang: str) -> str:
    """A severity as every human output shows it (reports, `jicai` tables): 高（high） in Chinese, the code in English."""
    return f"{_SEVERITY_ZH.get(sev, sev)}（{sev}）" if lang == "zh" else sev


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✔" if value else "✘"
    if isinstance(value, (int, float)):
        return _number(value, 2)
    return str(value)


def _number(value: float, digits: int) -> str:
    """At most `digits` decimals, thousands separated: 1,200,000 / 15.8123."""
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:,.0f}"


def money(value: float | None, lang: str) -> str:
    """An amount in yuan as its reader writes it: 15.8123 万元 from 10,000 up (to the yuan), else 8,000 元; CNY 158,123 in
    English (as the web page shows amounts)."""
    if value is None:
        return "—"
    if lang == "en":
        return f"CNY {_number(value, 2)}"
    return f"{_number(value / 10000, 6)} 万元" if abs(value) >= 10000 else f"{_number(value, 2)} 元"


def percent(value: float) -> str:
    """A percentage to two decimals (33.33); a rate below 1 % to four where two would lose it (0.0333 % a day, not 0.03)."""
    return f"{value:.4f}".rstrip("0") if abs(value) < 1 and round(value, 2) != round(value, 4) else f"{value:.2f}"


def _law_names(laws: Mapping[str, Mapping[str, str]] | None) -> dict[str, tuple[str, str]]:
    """The governing laws' names as the findings' messages give them: the `labels:` table of the pack in force, else the
    bundled pack's."""
    return {value: (label["zh"], label["en"]) for value, label in (law_labels() if laws is None else laws).items()}


def _label(table: dict, key: str, lang: str) -> str:
    """The reader's word for a code; an unknown one (a country as the contract names it) as written."""
    return table[key][_LANG_INDEX[lang]] if key in table else key.replace("_", " ")


def _term(key: str, value, lang: str, L: dict, laws: Mapping[str, Mapping[str, str]] | None) -> tuple[str, str]:
    """(label, value) of an extracted term as the reader says them."""
    if value is None:
        shown = L["unknown"]
    elif isinstance(value, str):
        shown = _label(_law_names(laws) if key == "governing_law" else _VALUE_LABELS.get(key, {}), value, lang)
    elif key in _MONEY_TERMS:
        shown = money(value, lang)
    elif key.endswith("_pct") and not isinstance(value, bool):
        shown = percent(value)
    else:
        shown = _fmt(value)
    return _label(_TERM_LABELS, key, lang), shown


def _types(clause: dict, lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(_label(_TYPE_LABELS, t, lang) for t in clause["types"])


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _excerpt(text: str) -> str:
    """The start of a cited clause (its heading and first sentences), cut after the last sentence that fits, with "…"."""
    text = text.strip()
    if len(text) <= _EXCERPT:
        return text
    cut = max(text.rfind(mark, 0, _EXCERPT) for mark in ("。", "；", "\n", ". ", "; "))
    return text[:cut + 1 if cut > _EXCERPT // 2 else _EXCERPT].rstrip() + " …"


def _clause_ref(finding: dict, L: dict) -> str:
    c = finding.get("clause")
    if not c:
        return L["missing"]
    name = c["heading"] or c["text"].strip().split("\n")[0][:30]  # one line: a list item in the Markdown report
    return f"{L['clause']} {c['index']}「{name}」 [{c['start']}–{c['end']}]"


def _tco_share(tco: dict, L: dict) -> str:
    """The post-warranty share, or "(not stated)" when the fee is unknown: the 0 computed without it is no share."""
    return f"{percent(tco['post_warranty_share_pct'])} %" if tco["post_warranty_fee_known"] else L["unknown"]


_TCO_COLUMNS = ("purchase", "implementation", "post_warranty_fee", "operating_cost", "total")


def _tco_rows(tco: dict, lang: str, L: dict) -> list[list[str]]:
    """The TCO table's cells: a row per year (an empty cost as —), then each cost's total and the review's TCO."""
    rows = [[L["year_n"].format(y["year"])] + [money(y[k], lang) if y[k] else "—" for k in _TCO_COLUMNS] for y in tco["years"]]
    return rows + [[L["total"]] + [money(sum(y[k] for y in tco["years"]), lang) for k in _TCO_COLUMNS[:-1]] + [money(tco["total"], lang)]]


def render_markdown(review: dict, lang: str | None = None, law_names: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The review as Markdown; `law_names`: the governing_law labels of the pack that decided it (default: the bundled pack's)."""
    lang = _language(review, lang)
    L = _LABELS[lang]
    out = [f"# {L['title']}", ""]
    if review.get("risk_level"):
        out += [f"**{L['risk']}: {severity_label(review['risk_level'], lang)}**", ""]
    if review.get("readings"):
        out += [f"## {L['readings']}", ""]
        for r in review["readings"]:
            out.append(f"- {r['message']}")
            out += [f"  - {L['changes']}: “{_short(a['text'])}”" for a in r["affects"]]
        out.append("")
    out += [f"## {L['findings']}", ""]
    if not review["findings"]:
        out += [L["none"], ""]
    for f in review["findings"]:
        out += [f"### [{severity_label(f['severity'], lang)}] {f['rule_id']} {f.get('title', '')}", "",
                f"- {L['clause']}: {_clause_ref(f, L)}", f"- {L['why']}: {f.get('message', '')}"]
        if f.get("clause"):
            out += ["", "> " + _excerpt(f["clause"]["text"]).replace("\n", "\n> ")]
        if f.get("advice"):  # what to ask for, in the reader's language, above the wording in the contract's
            out += ["", f"{L['advice']}: {f['advice']}"]
        if f.get("recommendation"):
            out += ["", f"**{L['ask']}:**", "", f"> {f['recommendation']}"]
        if f.get("reference"):  # the law a reviewer quotes to the supplier
            out += ["", f"{L['basis']}: {f['reference']}"]
        out.append("")
    out += [f"## {L['terms']}", "", f"| {L['term']} | {L['value']} | {L['from']} |", "|---|---|---|"]
    for key, value in review.get("terms", {}).items():
        src = review.get("term_clause", {}).get(key)
        where = "" if src is None else f"{L['clause']} {src}"
        out.append("| {} | {} | {} |".format(*_term(key, value, lang, L, law_names), where))
    tco = review.get("tco")
    if tco:
        out += ["", f"## {L['tco']}", "", f"| {L['year']} | {L['purchase']} | {L['impl']} | {L['fee']} | {L['opex']} | {L['total']} |",
                "|---|---|---|---|---|---|"]
        rows = _tco_rows(tco, lang, L)
        out += ["| " + " | ".join(row) + " |" for row in rows[:-1]]
        out += ["| " + " | ".join(f"**{cell}**" for cell in rows[-1]) + " |", "", f"{L['share']}: **{_tco_share(tco, L)}**"]
    out += ["", f"## {L['clauses']}", "", f"| # | {L['clause']} | {L['types']} |", "|---|---|---|"]
    for c in review.get("clauses", []):
        out.append(f"| {c['index']} | {c['heading'] or '—'} | {_types(c, lang)} |")
    return "\n".join(out) + "\n"


_CSS = """body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;color:#222;line-height:1.6}
table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}
.high{border-left:6px solid #c0392b}.medium{border-left:6px solid #e67e22}.low{border-left:6px solid #2980b9}.info{border-left:6px solid #7f8c8d}
.finding{padding:.5em 1em;margin:1em 0;background:#fafafa}blockquote{margin:.5em 0;padding:.3em 1em;background:#f0f0f0;white-space:pre-wrap}
.rec{background:#eef7ee}td.n,th.n{text-align:right;white-space:nowrap}
@media print{body{max-width:none;margin:0;font-size:11pt}a{color:inherit}.finding,blockquote,tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}h1,h2,h3{break-after:avoid;page-break-after:avoid}.finding{background:none}}"""


def render_html(review: dict, lang: str | None = None, law_names: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The review as a standalone HTML page; `law_names` as for render_markdown."""
    lang = _language(review, lang)
    L = _LABELS[lang]
    e = html.escape
    parts = [f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{L['title']}</title><style>{_CSS}</style></head><body>",
             f"<h1>{L['title']}</h1>"]
    if review.get("risk_level"):
        parts.append(f"<p class=\"finding {e(review['risk_level'])}\"><strong>{L['risk']}: {e(severity_label(review['risk_level'], lang))}</strong></p>")
    if review.get("readings"):
        parts.append(f"<h2>{L['readings']}</h2><ul>")
        for r in review["readings"]:
            changes = "".join(f"<li>{L['changes']}: “{e(_short(a['text']))}”</li>" for a in r["affects"])
            parts.append(f"<li>{e(r['message'])}{f'<ul>{changes}</ul>' if changes else ''}</li>")
        parts.append("</ul>")
    parts.append(f"<h2>{L['findings']}</h2>")
    if not review["findings"]:
        parts.append(f"<p>{L['none']}</p>")
    for f in review["findings"]:
        parts.append(f"<div class=\"finding {e(f['severity'])}\"><h3>[{e(severity_label(f['severity'], lang))}] {e(f['rule_id'])} {e(f.get('title', ''))}</h3>"
                     f"<p>{L['clause']}: {e(_clause_ref(f, L))}</p><p>{L['why']}: {e(f.get('message', ''))}</p>")
        if f.get("clause"):
            parts.append(f"<blockquote>{e(_excerpt(f['clause']['text']))}</blockquote>")
        if f.get("advice"):
            parts.append(f"<p>{L['advice']}: {e(f['advice'])}</p>")
        if f.get("recommendation"):
            parts.append(f"<p>{L['ask']}:</p><blockquote class=\"rec\">{e(f['recommendation'])}</blockquote>")
        if f.get("reference"):
            parts.append(f"<p>{L['basis']}: {e(f['reference'])}</p>")
        parts.append("</div>")
    parts.append(f"<h2>{L['terms']}</h2><table><thead><tr><th>{L['term']}</th><th>{L['value']}</th><th>{L['from']}</th></tr></thead>")
    for key, value in review.get("terms", {}).items():
        src = review.get("term_clause", {}).get(key)
        label, shown = _term(key, value, lang, L, law_names)
        parts.append(f"<tr><td>{e(label)}</td><td>{e(shown)}</td>"
                     f"<td>{'' if src is None else e(L['clause'] + ' ' + str(src))}</td></tr>")
    parts.append("</table>")
    tco = review.get("tco")
    if tco:
        heads = [L["year"], L["purchase"], L["impl"], L["fee"], L["opex"], L["total"]]
        rows = _tco_rows(tco, lang, L)
        parts.append(f"<h2>{L['tco']}</h2><table><thead><tr><th>{heads[0]}</th>" + "".join(f'<th class="n">{h}</th>' for h in heads[1:])
                     + "</tr></thead>")
        for n, row in enumerate(rows):
            cell = "th" if n == len(rows) - 1 else "td"  # the totals row
            parts.append(f"<tr><th>{e(row[0])}</th>" + "".join(f'<{cell} class="n">{e(v)}</{cell}>' for v in row[1:]) + "</tr>")
        parts.append(f"</table><p>{L['share']}: <strong>{e(_tco_share(tco, L))}</strong></p>")
    parts.append(f"<h2>{L['clauses']}</h2><table><thead><tr><th>#</th><th>{L['clause']}</th><th>{L['types']}</th></tr></thead>")
    for c in review.get("clauses", []):
        parts.append(f"<tr><td>{c['index']}</td><td>{e(c['heading'] or '—')}</td><td>{e(_types(c, lang))}</td></tr>")
    parts.append("</table></body></html>")
    return "".join(parts)


def _comment_text(finding: dict, lang: str, L: dict) -> str:
    lines = [f"[{severity_label(finding['severity'], lang)}] {finding['rule_id']} {finding.get('title', '')}".strip(),
             f"{L['why']}: {finding.get('message', '')}"]
    if not finding.get("clause"):
        lines.append(L["missing"])
    if finding.get("advice"):
        lines.append(f"{L['advice']}: {finding['advice']}")
    if finding.get("recommendation"):
        lines.append(f"{L['ask']}: {finding['recommendation']}")
    if finding.get("reference"):
        lines.append(f"{L['basis']}: {finding['reference']}")
    return "\n".join(lines)


def annotate_docx(data: bytes, review: dict, author: str | None = None, lang: str | None = None) -> bytes:
    """The uploaded .docx with one Word comment per finding, anchored on the cited clause's paragraphs
    (findings about a missing clause are anchored on the first paragraph), and one per reading where the
    text says it (parties read the other way round, special terms or an amendment prevailing). `review`
    must be the review of this very file (its `text` is checked), else ContractInputError."""
    import docx
    from docx.oxml import OxmlElement
    from docx.text.run import Run

    parsed = read_docx(data)
    if review.get("text") is not None and review["text"] != parsed.text:
        raise ContractInputError("review_mismatch", "审查结果与该 Word 文件不对应 / The review does not belong to this Word file.", {})
    document = docx.Document(io.BytesIO(data))
    paragraphs = list(docx_paragraphs(document))
    lang = _language(review, lang)
    L = _LABELS[lang]
    author = author or L["author"]

    def anchor_runs(start: int, end: int):
        """An empty run at the start of the passage's first paragraph and one at the end of its last: the comment takes in
        the whole paragraphs, also a heading whose text Word keeps in a tracked insertion, a hyperlink, a field or a content
        control rather than in the paragraph's own runs (python-docx's `runs`), which moved the comment to the next paragraph."""
        covered = [paragraphs[b.source_index] for b in parsed.blocks if b.start < end and b.end > start]
        first_run = OxmlElement("w:r")
        properties = covered[0]._p.pPr
        if properties is None:
            covered[0]._p.insert(0, first_run)
        else:
            properties.addnext(first_run)
        return [Run(first_run, covered[0]), covered[-1].add_run()]

    first = anchor_runs(0, 1)  # the title: where a finding about a missing clause is said
    for r in review.get("readings", []):
        runs = anchor_runs(r["start"], r["start"] + len(r["text"]))
        document.add_comment(runs, text=f"[{L['reading']}] {r['message']}", author=author, initials="JC")
    for f in review["findings"]:
        c = f.get("clause")
        document.add_comment(anchor_runs(c["start"], c["end"]) if c else first, text=_comment_text(f, lang, L), author=author,
                             initials="JC")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
