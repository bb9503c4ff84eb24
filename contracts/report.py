"""Reports people use: a review as Markdown, as standalone HTML, and written back into the uploaded
.docx as Word comments (批注) on each flagged clause."""
from __future__ import annotations

import html
import io

from contracts.parsing import ContractInputError, docx_paragraphs, read_docx

_LABELS = {
    "zh": {"title": "合同风险审查报告", "risk": "总体风险", "findings": "风险发现", "none": "未发现风险。",
           "clause": "条款", "missing": "合同中缺少相应条款", "why": "原因", "ask": "建议条款（可直接粘贴）", "terms": "提取的关键条款",
           "term": "项目", "value": "值", "from": "出处", "tco": "总拥有成本（TCO）", "year": "年度", "purchase": "采购价",
           "impl": "实施费", "fee": "质保期后服务费", "opex": "运行成本", "total": "合计", "share": "质保期后服务费占比",
           "clauses": "条款结构", "types": "类型", "unknown": "（未约定）", "author": "集采合同审查",
           "readings": "阅读说明", "reading": "阅读说明", "changes": "被修改的原文"},
    "en": {"title": "Contract risk review", "risk": "Overall risk", "findings": "Findings", "none": "No findings.",
           "clause": "Clause", "missing": "The contract has no such clause", "why": "Why", "ask": "Recommended wording (paste as is)", "terms": "Extracted terms",
           "term": "Term", "value": "Value", "from": "Source", "tco": "Total cost of ownership (TCO)", "year": "Year", "purchase": "Purchase",
           "impl": "Implementation", "fee": "Post-warranty fees", "opex": "Operating cost", "total": "Total", "share": "Post-warranty share",
           "clauses": "Clause structure", "types": "Types", "unknown": "(not stated)", "author": "Jicai contract review",
           "readings": "How the contract was read", "reading": "Reading", "changes": "Original text changed"},
}
_SEVERITY_ZH = {"high": "高", "medium": "中", "low": "低", "info": "提示"}


def _language(review: dict, lang: str | None) -> str:
    """The reader's language when given (it is the findings' language), else the contract's."""
    return "en" if (lang or review.get("language")) == "en" else "zh"


def _severity(sev: str, lang: str) -> str:
    return f"{_SEVERITY_ZH.get(sev, sev)}（{sev}）" if lang == "zh" else sev


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✔" if value else "✘"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 1000 else f"{value:g}"
    return str(value)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _clause_ref(finding: dict, L: dict) -> str:
    c = finding.get("clause")
    if not c:
        return L["missing"]
    name = c["heading"] or c["text"].strip().split("\n")[0][:30]  # one line: a list item in the Markdown report
    return f"{L['clause']} {c['index']}「{name}」 [{c['start']}–{c['end']}]"


def _tco_share(tco: dict, L: dict) -> str:
    """The post-warranty share, or "(not stated)" when the fee is unknown: the 0 computed without it is no share."""
    return f"{_fmt(tco['post_warranty_share_pct'])} %" if tco["post_warranty_fee_known"] else L["unknown"]


def render_markdown(review: dict, lang: str | None = None) -> str:
    lang = _language(review, lang)
    L = _LABELS[lang]
    out = [f"# {L['title']}", ""]
    if review.get("risk_level"):
        out += [f"**{L['risk']}: {_severity(review['risk_level'], lang)}**", ""]
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
        out += [f"### [{_severity(f['severity'], lang)}] {f['rule_id']} {f.get('title', '')}", "",
                f"- {L['clause']}: {_clause_ref(f, L)}", f"- {L['why']}: {f.get('message', '')}"]
        if f.get("clause"):
            quote = f["clause"]["text"].strip().replace("\n", "\n> ")
            out += ["", f"> {quote[:600]}{'…' if len(quote) > 600 else ''}"]
        if f.get("recommendation"):
            out += ["", f"**{L['ask']}:**", "", f"> {f['recommendation']}"]
        out.append("")
    out += [f"## {L['terms']}", "", f"| {L['term']} | {L['value']} | {L['from']} |", "|---|---|---|"]
    for key, value in review.get("terms", {}).items():
        src = review.get("term_clause", {}).get(key)
        where = "" if src is None else f"{L['clause']} {src}"
        out.append(f"| `{key}` | {_fmt(value) if value is not None else L['unknown']} | {where} |")
    tco = review.get("tco")
    if tco:
        out += ["", f"## {L['tco']}", "", f"| {L['year']} | {L['purchase']} | {L['impl']} | {L['fee']} | {L['opex']} | {L['total']} |",
                "|---|---|---|---|---|---|"]
        for y in tco["years"]:
            out.append(f"| {y['year']} | {_fmt(y['purchase'])} | {_fmt(y['implementation'])} | {_fmt(y['post_warranty_fee'])} | "
                       f"{_fmt(y['operating_cost'])} | {_fmt(y['total'])} |")
        out += [f"| {L['total']} | | | {_fmt(tco['post_warranty_total'])} | | **{_fmt(tco['total'])}** |", "",
                f"{L['share']}: **{_tco_share(tco, L)}**"]
    out += ["", f"## {L['clauses']}", "", f"| # | {L['clause']} | {L['types']} |", "|---|---|---|"]
    for c in review.get("clauses", []):
        out.append(f"| {c['index']} | {c['heading'] or '—'} | {', '.join(c['types'])} |")
    return "\n".join(out) + "\n"


_CSS = """body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;color:#222;line-height:1.6}
table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}
.high{border-left:6px solid #c0392b}.medium{border-left:6px solid #e67e22}.low{border-left:6px solid #2980b9}.info{border-left:6px solid #7f8c8d}
.finding{padding:.5em 1em;margin:1em 0;background:#fafafa}blockquote{margin:.5em 0;padding:.3em 1em;background:#f0f0f0;white-space:pre-wrap}
.rec{background:#eef7ee}"""


def render_html(review: dict, lang: str | None = None) -> str:
    lang = _language(review, lang)
    L = _LABELS[lang]
    e = html.escape
    parts = [f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{L['title']}</title><style>{_CSS}</style></head><body>",
             f"<h1>{L['title']}</h1>"]
    if review.get("risk_level"):
        parts.append(f"<p class=\"finding {e(review['risk_level'])}\"><strong>{L['risk']}: {e(_severity(review['risk_level'], lang))}</strong></p>")
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
        parts.append(f"<div class=\"finding {e(f['severity'])}\"><h3>[{e(_severity(f['severity'], lang))}] {e(f['rule_id'])} {e(f.get('title', ''))}</h3>"
                     f"<p>{L['clause']}: {e(_clause_ref(f, L))}</p><p>{L['why']}: {e(f.get('message', ''))}</p>")
        if f.get("clause"):
            parts.append(f"<blockquote>{e(f['clause']['text'][:800])}</blockquote>")
        if f.get("recommendation"):
            parts.append(f"<p>{L['ask']}:</p><blockquote class=\"rec\">{e(f['recommendation'])}</blockquote>")
        parts.append("</div>")
    parts.append(f"<h2>{L['terms']}</h2><table><tr><th>{L['term']}</th><th>{L['value']}</th><th>{L['from']}</th></tr>")
    for key, value in review.get("terms", {}).items():
        src = review.get("term_clause", {}).get(key)
        parts.append(f"<tr><td><code>{e(key)}</code></td><td>{e(_fmt(value) if value is not None else L['unknown'])}</td>"
                     f"<td>{'' if src is None else e(L['clause'] + ' ' + str(src))}</td></tr>")
    parts.append("</table>")
    tco = review.get("tco")
    if tco:
        parts.append(f"<h2>{L['tco']}</h2><table><tr><th>{L['year']}</th><th>{L['purchase']}</th><th>{L['impl']}</th><th>{L['fee']}</th>"
                     f"<th>{L['opex']}</th><th>{L['total']}</th></tr>")
        for y in tco["years"]:
            parts.append("<tr>" + "".join(f"<td>{e(_fmt(y[k]))}</td>" for k in ("year", "purchase", "implementation", "post_warranty_fee", "operating_cost", "total")) + "</tr>")
        parts.append(f"<tr><th>{L['total']}</th><td></td><td></td><td>{e(_fmt(tco['post_warranty_total']))}</td><td></td><th>{e(_fmt(tco['total']))}</th></tr></table>"
                     f"<p>{L['share']}: <strong>{e(_tco_share(tco, L))}</strong></p>")
    parts.append(f"<h2>{L['clauses']}</h2><table><tr><th>#</th><th>{L['clause']}</th><th>{L['types']}</th></tr>")
    for c in review.get("clauses", []):
        parts.append(f"<tr><td>{c['index']}</td><td>{e(c['heading'] or '—')}</td><td>{e(', '.join(c['types']))}</td></tr>")
    parts.append("</table></body></html>")
    return "".join(parts)


def _comment_text(finding: dict, lang: str, L: dict) -> str:
    lines = [f"[{_severity(finding['severity'], lang)}] {finding['rule_id']} {finding.get('title', '')}".strip(),
             f"{L['why']}: {finding.get('message', '')}"]
    if not finding.get("clause"):
        lines.append(L["missing"])
    if finding.get("recommendation"):
        lines.append(f"{L['ask']}: {finding['recommendation']}")
    return "\n".join(lines)


def annotate_docx(data: bytes, review: dict, author: str | None = None, lang: str | None = None) -> bytes:
    """The uploaded .docx with one Word comment per finding, anchored on the cited clause's paragraphs
    (findings about a missing clause are anchored on the first paragraph), and one per reading where the
    text says it (parties read the other way round, special terms or an amendment prevailing). `review`
    must be the review of this very file (its `text` is checked), else ContractInputError."""
    import docx

    parsed = read_docx(data)
    if review.get("text") is not None and review["text"] != parsed.text:
        raise ContractInputError("review_mismatch", "审查结果与该 Word 文件不对应 / The review does not belong to this Word file.", {})
    document = docx.Document(io.BytesIO(data))
    paragraphs = list(docx_paragraphs(document))
    lang = _language(review, lang)
    L = _LABELS[lang]
    author = author or L["author"]

    def anchor_runs(start: int, end: int):
        covered = [paragraphs[b.source_index] for b in parsed.blocks if b.start < end and b.end > start]
        with_runs = [p for p in covered if p.runs]
        if not with_runs and covered:
            covered[0].add_run("")
            with_runs = [covered[0]]
        return [with_runs[0].runs[0], with_runs[-1].runs[-1]] if with_runs else None

    first = anchor_runs(0, 1) or anchor_runs(0, len(parsed.text))
    for r in review.get("readings", []):
        runs = anchor_runs(r["start"], r["start"] + len(r["text"]))
        if runs:
            document.add_comment(runs, text=f"[{L['reading']}] {r['message']}", author=author, initials="JC")
    for f in review["findings"]:
        c = f.get("clause")
        runs = anchor_runs(c["start"], c["end"]) if c else first
        if runs:
            document.add_comment(runs, text=_comment_text(f, lang, L), author=author, initials="JC")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
