"""Markdown/HTML rendering and the .docx written back with Word comments, read back from the file."""
import io

import docx
import pytest

from contracts.parsing import ContractInputError
from contracts.report import annotate_docx, render_html, render_markdown
from contracts.review import review_document, review_text

LINES = ["软件许可合同", "第一条 价款", "合同总价为人民币100万元。", "第二条 违约责任", "乙方逾期交付的，每逾期一日按合同总价的万分之二支付违约金。",
         "乙方累计赔偿责任以甲方已支付的款项为限。", "第三条 争议解决", "本合同适用中华人民共和国法律。"]
# findings as the engine gives them (the engine is not under test here)
FINDINGS = [
    {"rule_id": "CR-LD-LOW", "severity": "medium", "title": "逾期违约金过低", "message": "日违约金 0.02% 低于 0.05%", "evidence": {},
     "reference": "《民法典》第五百八十五条"},
    {"rule_id": "CR-SLA-MISSING", "severity": "high", "title": "缺少服务水平条款", "message": "合同没有服务水平条款", "evidence": {}},
]


@pytest.fixture(scope="module")
def upload():
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def review(upload):
    return review_document(upload, "合同.docx", evaluate=lambda facts: {"risk_level": "high", "findings": FINDINGS}, use_embeddings=False)


def test_findings_cite_clauses_and_carry_playbook_wording(review):
    by_id = {f["rule_id"]: f for f in review["findings"]}
    assert [f["rule_id"] for f in review["findings"]] == ["CR-SLA-MISSING", "CR-LD-LOW"]  # high first
    assert by_id["CR-LD-LOW"]["clause"]["heading"] == "第二条 违约责任"
    assert review["text"][by_id["CR-LD-LOW"]["clause"]["start"]:by_id["CR-LD-LOW"]["clause"]["end"]] == by_id["CR-LD-LOW"]["clause"]["text"]
    assert by_id["CR-SLA-MISSING"]["clause"] is None
    assert "0.05%" in by_id["CR-LD-LOW"]["recommendation"] and review["risk_level"] == "high"


def test_docx_comments_are_anchored_on_the_flagged_clause(upload, review):
    out = docx.Document(io.BytesIO(annotate_docx(upload, review)))
    comments = list(out.comments)
    assert len(comments) == 2
    texts = {c.comment_id: c.text for c in comments}
    assert any("CR-LD-LOW" in t and "建议条款" in t for t in texts.values())
    # the comment range of CR-LD-LOW spans the paragraphs of 第二条
    body = out.element.body

    def paragraph_text(marker):
        return "".join(marker.getparent().xpath(".//w:t/text()"))

    ld_id = next(i for i, t in texts.items() if "CR-LD-LOW" in t)
    start = body.xpath(f'.//w:commentRangeStart[@w:id="{ld_id}"]')[0]
    assert paragraph_text(start) == "第二条 违约责任"
    end = body.xpath(f'.//w:commentRangeEnd[@w:id="{ld_id}"]')[0]
    assert paragraph_text(end) == "乙方累计赔偿责任以甲方已支付的款项为限。"
    missing_id = next(i for i, t in texts.items() if "CR-SLA-MISSING" in t)
    first = body.xpath(f'.//w:commentRangeStart[@w:id="{missing_id}"]')[0]
    assert paragraph_text(first) == "软件许可合同"
    assert [p.text for p in out.paragraphs] == LINES  # the text itself is untouched


def test_annotating_another_file_is_refused(upload, review):
    other = docx.Document()
    other.add_paragraph("另一份合同")
    buf = io.BytesIO()
    other.save(buf)
    with pytest.raises(ContractInputError) as exc:
        annotate_docx(buf.getvalue(), review)
    assert exc.value.code == "review_mismatch"


def test_markdown_and_html(review):
    md = render_markdown(review)
    assert "# 合同风险审查报告" in md and "CR-LD-LOW" in md and "第二条 违约责任" in md and "合同中缺少相应条款" in md
    html = render_html(review)
    assert html.startswith("<!doctype html>") and "CR-SLA-MISSING" in html and "<script" not in html
    assert "依据: 《民法典》第五百八十五条" in md and "《民法典》第五百八十五条" in html  # the law a reviewer quotes to the supplier


def test_html_escapes_contract_text():
    review = {"language": "en", "findings": [{"rule_id": "CR-X", "severity": "low", "title": "<b>t</b>", "message": "<script>x</script>",
                                              "clause": None, "recommendation": None}], "terms": {}, "clauses": []}
    html = render_html(review)
    assert "<script>x" not in html and "&lt;script&gt;" in html


def test_terms_in_a_word_table_are_read_and_commented_in_the_table():
    document = docx.Document()
    for line in ["运维服务合同", "第一条 服务水平", "乙方按下表响应故障："]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("故障级别", "响应时间", "恢复时间"), ("一级故障", "8小时", "24小时"), ("二级故障", "1个工作日", "3个工作日")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("第二条 争议解决")
    document.add_paragraph("本合同适用中华人民共和国法律。")
    buf = io.BytesIO()
    document.save(buf)
    findings = [{"rule_id": "CR-SLA-RESPONSE", "severity": "medium", "title": "一级故障响应过慢", "message": "8 小时", "evidence": {}}]
    review = review_document(buf.getvalue(), "合同.docx", evaluate=lambda facts: {"risk_level": "medium", "findings": findings},
                             use_embeddings=False)
    assert review["terms"]["p1_response_hours"] == 8   # the row's 响应时间 under 一级故障, not 恢复时间 or 二级故障
    assert review["findings"][0]["clause"]["heading"] == "第一条 服务水平"
    out = docx.Document(io.BytesIO(annotate_docx(buf.getvalue(), review)))
    body = out.element.body
    comment_id = list(out.comments)[0].comment_id
    end = body.xpath(f'.//w:commentRangeEnd[@w:id="{comment_id}"]')[0]
    # the comment range ends inside the table (on the clause's last row), not on the paragraph before it
    assert end.xpath("ancestor::w:tbl", namespaces={"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"})


def test_an_unknown_post_warranty_share_is_not_reported_as_zero():
    review = review_text("第一条 合同总价人民币100万元，为软件许可费。\n第二条 质保期12个月。\n第三条 质保期满后的维护费用另行协商。",
                         evaluate=lambda facts: {"risk_level": "low", "findings": []}, use_embeddings=False)
    assert review["tco"]["post_warranty_fee_known"] is False
    for report in (render_markdown(review), render_html(review)):
        share = next(line for line in report.replace("<p>", "\n").splitlines() if line.startswith("质保期后服务费占比"))
        assert "0 %" not in share and "未约定" in share


def test_a_clause_cited_without_a_heading_stays_on_its_line():
    review = {"language": "en", "terms": {}, "clauses": [], "findings": [
        {"rule_id": "CR-PREPAYMENT", "severity": "medium", "title": "Advance payment too high", "message": "42 %", "recommendation": None,
         "clause": {"index": 0, "heading": "", "start": 0, "end": 60, "text": "# Order Form No. 7\n**Booking platform** …"}}]}
    line = next(line for line in render_markdown(review).splitlines() if line.startswith("- Clause:"))
    assert line.endswith("[0–60]") and "Order Form No. 7" in line


def test_comments_on_a_clause_inside_a_content_control():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in LINES]
    section = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')  # a template's section: 第二条 in a content control
    paragraphs[3]._p.addprevious(section)
    for p in paragraphs[3:6]:
        section[1].append(p._p)
    buf = io.BytesIO()
    document.save(buf)
    review = review_document(buf.getvalue(), "合同.docx", evaluate=lambda facts: {"risk_level": "high", "findings": FINDINGS},
                             use_embeddings=False)
    assert {f["rule_id"]: f["clause"] for f in review["findings"]}["CR-LD-LOW"]["heading"] == "第二条 违约责任"
    out = docx.Document(io.BytesIO(annotate_docx(buf.getvalue(), review)))
    comment_id = next(c.comment_id for c in out.comments if "CR-LD-LOW" in c.text)
    start = out.element.body.xpath(f'.//w:commentRangeStart[@w:id="{comment_id}"]')[0]
    assert "".join(start.getparent().xpath(".//w:t/text()")) == "第二条 违约责任"


def test_terms_and_clause_types_read_in_the_readers_language(review):
    """A term's key and a coded value (buyer, PRC, goods_or_licence) are no words for a reader."""
    from contracts.extract import FACTS
    from contracts.report import _TERM_LABELS

    assert set(FACTS) <= set(_TERM_LABELS)  # a new term needs its label
    review = {**review, "terms": {**review["terms"], "ip_owner": "buyer", "contract_kind": "goods_or_licence",
                                  "governing_law": "PRC"}}
    md, html = render_markdown(review, "zh"), render_html(review, "zh")
    for report in (md, html):
        assert "知识产权归属" in report and "采购方" in report and "货物或许可" in report and "中华人民共和国法律" in report
        assert "违约责任" in report and "`ip_owner`" not in report and "goods_or_licence" not in report
        assert "post_warranty" not in report and "liquidated_damages" not in report
    en = render_markdown(review, "en")
    assert "IP owner" in en and "| buyer |" in en and "goods or licence" in en
    assert not any(ch in line for line in en.splitlines() if line.startswith("|") for ch in ("_", "`"))


def test_a_foreign_law_is_named_in_the_readers_language(review):
    """"| 适用法律 | Iceland |" in a Chinese report (audit): the report names the law as the findings' messages do."""
    review = {**review, "terms": {**review["terms"], "governing_law": "Iceland"}}
    for report in (render_markdown(review, "zh"), render_html(review, "zh")):
        assert "冰岛法律" in report and "Iceland" not in report
    assert "| Governing law | Iceland |" in render_markdown(review, "en")


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _anchored_paragraphs(out) -> dict[str, str]:
    """comment id → the text (with its Word list number) of the paragraph its range starts in, read from the saved file."""
    from contracts.parsing import _Numbering, _paragraph_text, docx_paragraphs

    numbering = _Numbering(out)
    shown = {p._p: (numbering.label(p) + _paragraph_text(p)).strip() for p in docx_paragraphs(out)}
    anchored = {}
    for start in out.element.body.iter(f"{W_NS}commentRangeStart"):
        paragraph = start
        while paragraph.tag != f"{W_NS}p":
            paragraph = paragraph.getparent()
        anchored[start.get(f"{W_NS}id")] = shown[paragraph]
    return anchored


def test_a_heading_the_supplier_inserted_as_a_tracked_change_carries_the_comment():
    """A supplier's redline: 第二条's heading is a tracked insertion (w:ins), so python-docx gives the paragraph no runs of its
    own; the comment started on the clause's next paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in LINES]
    run = paragraphs[3]._p.r_lst[0]
    inserted = parse_xml(f'<w:ins {nsdecls("w")} w:id="901" w:author="乙方" w:date="2026-03-01T00:00:00Z"/>')
    run.addprevious(inserted)
    inserted.append(run)
    buf = io.BytesIO()
    document.save(buf)
    review = review_document(buf.getvalue(), "合同.docx", evaluate=lambda facts: {"risk_level": "high", "findings": FINDINGS},
                             use_embeddings=False)
    out = docx.Document(io.BytesIO(annotate_docx(buf.getvalue(), review)))
    anchored = _anchored_paragraphs(out)
    by_rule = {c.text.split()[1]: anchored[str(c.comment_id)] for c in out.comments}
    assert by_rule == {"CR-LD-LOW": "第二条 违约责任", "CR-SLA-MISSING": "软件许可合同"}
    assert "".join(out.paragraphs[3]._p.xpath("./w:ins//w:t/text()")) == "第二条 违约责任"  # still the supplier's tracked insertion


@pytest.mark.parametrize("name", [
    "holdout53/h53z01_forestry_fire_monitoring_platform_integration.docx",
    "holdout137/h137z02_steel_pipe_ultrasonic_testing_system.docx",
    "holdout220/h220e04_game_studio_managed_it_service_desk.docx",
    "holdout391/h391e03_crab_farm_pond_oxygen_sensors.docx",
])
def test_comments_on_real_drafts_start_on_the_cited_clause(name):
    """Real drafts of the corpus, decided by the bundled pack: one comment per finding, on the cited clause's first line (its
    heading), a missing clause's on the title; in the contract's language; the saved package is well-formed and refers to
    its comments part."""
    import zipfile
    from pathlib import Path

    from lxml import etree

    data = (Path(__file__).parent / "data" / "contracts" / name).read_bytes()
    review = review_document(data, Path(name).name, use_embeddings=False)
    saved = annotate_docx(data, review)
    with zipfile.ZipFile(io.BytesIO(saved)) as package:
        for part in package.namelist():
            if part.endswith((".xml", ".rels")):
                etree.fromstring(package.read(part))
        assert "comments.xml" in package.read("word/_rels/document.xml.rels").decode()
    out = docx.Document(io.BytesIO(saved))
    comments = {c.text.split()[1]: c for c in out.comments}
    assert len(comments) == len(out.comments) == len(review["findings"]) >= 2
    anchored = _anchored_paragraphs(out)
    why = "原因" if review["language"] == "zh" else "Why"
    for f in review["findings"]:
        comment = comments[f["rule_id"]]
        first_line = (f["clause"]["text"] if f["clause"] else review["text"]).split("\n")[0]
        assert anchored[str(comment.comment_id)] == first_line, f["rule_id"]
        assert f"\n{why}: " in comment.text


CONTRACTS = __import__("pathlib").Path(__file__).parent / "data" / "contracts"


def test_tco_table_reads_in_yuan_with_every_column_totalled():
    """cn05: a 200 万元 storage purchase, 30 万元 a year after a six-month warranty. Before: bare 2,000,000 / 150000, no unit,
    the year as a bare 1, only two columns totalled, the share as 40.2985 %."""
    review = review_document((CONTRACTS / "cn05_storage_hardware_tco.txt").read_bytes(), "cn05.txt", use_embeddings=False)
    md = render_markdown(review)
    assert "| 第 1 年 | 200 万元 | — | 15 万元 | — | 215 万元 |" in md
    assert "| **合计** | **200 万元** | **0 元** | **135 万元** | **0 元** | **335 万元** |" in md
    assert "质保期后服务费占比: **40.30 %**" in md and "| 合同金额 | 200 万元 |" in md
    en = render_markdown(review, "en")
    assert "| Year 2 | — | — | CNY 300,000 | — | CNY 300,000 |" in en and "Post-warranty share: **40.30 %**" in en
    html = render_html(review)
    assert '<th>第 5 年</th><td class="n">—</td>' in html and '<th class="n">335 万元</th>' in html


def test_html_is_self_contained_and_prints_without_cutting_tables_or_findings():
    review = review_document((CONTRACTS / "cn02_licence_risky.txt").read_bytes(), "cn02.txt", use_embeddings=False)
    html = render_html(review)
    assert "@media print" in html and "break-inside:avoid" in html and html.count("<thead>") == 3
    for external in ("<link", "<script", "@import", "url(", "src=", "http"):
        assert external not in html


def test_an_english_draft_read_in_chinese_says_what_to_ask_for_in_chinese():
    """en02 reviewed with lang=zh: the wording to paste stays English (the contract's), and the advice above it is Chinese;
    before, the Chinese reader got only the English wording, in the reports and in the Word comments."""
    review = review_document((CONTRACTS / "en02_licence_risky.txt").read_bytes(), "en02.txt", use_embeddings=False, lang="zh")
    ip = next(f for f in review["findings"] if f["rule_id"] == "CR-IP-OWNERSHIP")
    assert ip["advice"].startswith("约定为甲方定制开发的成果") and ip["recommendation"].startswith("All intellectual property")
    md, html = render_markdown(review, "zh"), render_html(review, "zh")
    assert f"建议: {ip['advice']}" in md and f"<p>建议: {ip['advice']}</p>" in html
    assert md.index(ip["advice"]) < md.index(ip["recommendation"])
    for report in (md, html):
        assert "None" not in report and "_pct" not in report and "rule_id" not in report


def test_a_long_clause_is_quoted_as_an_excerpt():
    clause_text = "第九条 违约责任\n" + "乙方逾期交付的，每逾期一日按合同总价的万分之二支付违约金。" * 20
    review = {"language": "zh", "terms": {}, "clauses": [], "findings": [
        {"rule_id": "CR-LD-LOW", "severity": "medium", "title": "逾期违约金比例过低", "message": "0.02%", "recommendation": None,
         "clause": {"index": 9, "heading": "第九条 违约责任", "start": 0, "end": len(clause_text), "text": clause_text}}]}
    for report in (render_markdown(review), render_html(review)):
        quoted = report.count("乙方逾期交付的")
        assert 1 <= quoted <= 12 and "。 …" in report  # cut after a whole sentence, and says so
