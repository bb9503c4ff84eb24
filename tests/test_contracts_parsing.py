"""Reading .txt/.md/.docx/.pdf with real parsers, keeping paragraphs and Word numbering; clear errors."""
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from contracts.parsing import ContractInputError, read_document, read_text

LINES = ["软件采购合同", "第一条 服务水平", "系统可用率不低于99.9%，一级故障30分钟内响应。", "第二条 争议解决", "本合同适用中华人民共和国法律。"]


def make_pdf(lines, font="STSong-Light") -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont(font, 12)
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 20
    c.save()
    return out.getvalue()


def error_code(data: bytes, name: str) -> str:
    with pytest.raises(ContractInputError) as exc:
        read_document(data, name)
    assert exc.value.message and isinstance(exc.value.details, dict)
    return exc.value.code


def test_utf8_and_gb18030_text_decode_to_the_same_text():
    text = "\n".join(LINES)
    assert read_document(text.encode("utf-8"), "a.txt").text == text
    assert read_document(text.encode("gb18030"), "a.txt").text == text
    assert read_document(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.md").text == text  # BOM dropped


def test_a_word_apostrophe_reads_as_the_typed_one_and_the_review_reads_the_law():
    """Word turns ' into ’ as one types ("People’s Republic of China" was read as the law of "People"); a Chinese
    closing quote ’ after a Chinese character stays."""
    doc = docx.Document()
    for line in ["12. Governing Law", "This Agreement is governed by the laws of the People’s Republic of China.",
                 "乙方应遵守甲方‘安全管理制度’。"]:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    parsed = read_document(out.getvalue(), "draft.docx")
    assert "the People's Republic of China" in parsed.text and "‘安全管理制度’" in parsed.text
    assert [parsed.text[b.start:b.end] for b in parsed.blocks][1].startswith("This Agreement")
    from contracts.review import review_document

    assert review_document(out.getvalue(), "draft.docx", use_embeddings=False)["terms"]["governing_law"] == "PRC"


def test_what_typesetting_adds_is_read_as_the_letters_typed():
    """A PDF's ligatures, soft hyphens, zero-width and thin spaces, non-breaking hyphens: "conﬁdential" was no
    confidentiality clause, and CNY 1 600 000 with thin spaces a contract of CNY 1."""
    text = ("SOFTWARE LICENCE AGREEMENT\n1. Price\n1.1 The Contract Price is CNY 1\u2009600\u2009000, ﬁxed.\n"
            "2. Conﬁdentiality\n2.1 Each party shall keep conﬁdential the other party\u2019s non\u2011public information.\n"
            "3. Delay\n3.1 For each day of delay the Supplier shall pay liquidated damages of 0,1 % of the Contract Price.\n"
            "4. Main\u00adtenance\n4.1 Sup\u200bport is provided on week\u00addays.")
    parsed = read_text(text)
    assert "CNY 1 600 000, fixed" in parsed.text and "keep confidential the other party's non-public" in parsed.text
    assert "Maintenance" in parsed.text and "Support" in parsed.text
    from contracts.review import review_text

    terms = review_text(text, use_embeddings=False)["terms"]
    assert terms["contract_value"] == 1_600_000 and terms["confidentiality"] is True
    assert terms["ld_rate_per_day_pct"] == pytest.approx(0.1)


def test_blocks_point_into_the_text():
    d = read_text("第一条 标的\r\n\r\n  乙方交付设备。  \r\n第二条 价款")
    assert d.text == "第一条 标的\n乙方交付设备。\n第二条 价款"
    assert [d.text[b.start:b.end] for b in d.blocks] == ["第一条 标的", "乙方交付设备。", "第二条 价款"]


def test_docx_keeps_paragraphs_tables_and_renders_word_numbering():
    document = docx.Document()
    document.add_paragraph("设备采购合同")
    document.add_paragraph("交付", style="List Number")
    document.add_paragraph("验收", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "硬件设备费"
    table.cell(0, 1).text = "人民币2,500,000元"
    buf = io.BytesIO()
    document.save(buf)
    d = read_document(buf.getvalue(), "合同.docx")
    assert d.format == "docx"
    assert d.text.split("\n") == ["设备采购合同", "1. 交付", "2. 验收", "| 硬件设备费 | 人民币2,500,000元 |"]
    assert [b.source_index for b in d.blocks] == [0, 1, 2, 3]


def test_a_docx_key_value_table_has_no_header():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("项目名称", "智慧园区综合管理平台系统集成项目"), ("合同总价", "人民币壹佰贰拾万元整")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    assert read_document(buf.getvalue(), "合同.docx").text.split("\n") == [
        "| 项目名称 | 智慧园区综合管理平台系统集成项目 |", "| 合同总价 | 人民币壹佰贰拾万元整 |"]


def test_docx_table_rows_are_lines_under_a_ruled_off_header():
    document = docx.Document()
    document.add_paragraph("第五条 服务水平")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("故障级别", "响应时间", "恢复时间"), ("一级故障", "2小时", "8小时"), ("二级故障", "4小时", "24小时")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 2).add_paragraph("（节假日顺延）")   # a second paragraph in a cell stays in the row
    document.add_paragraph("第六条 其他")
    buf = io.BytesIO()
    document.save(buf)
    d = read_document(buf.getvalue(), "合同.docx")
    assert d.text.split("\n") == ["第五条 服务水平", "| 故障级别 | 响应时间 | 恢复时间 |", "|---|---|---|",
                                  "| 一级故障 | 2小时 | 8小时 |", "| 二级故障 | 4小时 | 24小时 （节假日顺延） |", "第六条 其他"]
    # each line points at its first paragraph in docx_paragraphs order (what the Word comments anchor on)
    assert [b.source_index for b in d.blocks] == [0, 1, 1, 4, 7, 11]


def test_pdf_text_layer_chinese():
    d = read_document(make_pdf(LINES), "c.pdf")
    assert d.pages == 1 and d.text == "\n".join(LINES)


def test_pdf_wrapped_lines_are_joined_into_paragraphs():
    lines = ["Article 1 Service Levels", "The Supplier shall ensure that the system is available for at least",
             "99.9% of each calendar month.", "Article 2 Governing Law"]
    d = read_document(make_pdf(lines, font="Helvetica"), "e.pdf")
    assert d.text.split("\n") == ["Article 1 Service Levels",
                                  "The Supplier shall ensure that the system is available for at least 99.9% of each calendar month.",
                                  "Article 2 Governing Law"]


def test_encrypted_pdf_is_refused():
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(LINES))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert error_code(out.getvalue(), "e.pdf") == "encrypted_pdf"


def test_image_only_pdf_is_refused():
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(50, 50, 300, 300, fill=1)  # a scan: marks, no text layer
    c.save()
    assert error_code(out.getvalue(), "scan.pdf") == "no_text_layer"


def test_corrupt_files_are_refused():
    assert error_code(b"PK\x03\x04 not really a zip", "a.docx") == "corrupt_docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "a zip that is not a Word package")
    assert error_code(buf.getvalue(), "a.docx") == "corrupt_docx"
    assert error_code(b"%PDF-1.4 garbage", "a.pdf") == "corrupt_pdf"


def _docx_with_controls_and_revisions() -> bytes:
    """第二条 inside a block content control (a template's section), the price in an inline one (a template's field), a
    tracked insertion and a tracked deletion: the supplier's redline."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in ["软件许可合同", "第一条 价款", "合同总价为人民币", "第二条 分包",
                                                            "乙方不得分包。", "第三条 争议解决", "本合同适用中华人民共和国法律。"]]
    paragraphs[2]._p.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:r><w:t>100万</w:t></w:r></w:sdtContent></w:sdt>'))
    paragraphs[2].add_run("元。")
    section = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')
    paragraphs[3]._p.addprevious(section)
    section[1].append(paragraphs[3]._p)
    section[1].append(paragraphs[4]._p)
    revision = f'w:id="1" w:author="供应商" w:date="2026-01-01T00:00:00Z" {nsdecls("w")}'
    paragraphs[4]._p.append(parse_xml(f'<w:del {revision}><w:r><w:delText>确需分包的，应经甲方书面同意。</w:delText></w:r></w:del>'))
    paragraphs[4]._p.append(parse_xml(f'<w:ins {revision}><w:r><w:t>但乙方可将安装工作分包，通知甲方即可。</w:t></w:r></w:ins>'))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_content_controls_and_tracked_insertions_are_read():
    # python-docx's iter_inner_content and Paragraph.text leave all of these out: 第二条 and the price were silently missing
    text = read_document(_docx_with_controls_and_revisions(), "a.docx").text
    assert text.split("\n") == ["软件许可合同", "第一条 价款", "合同总价为人民币100万元。", "第二条 分包",
                                "乙方不得分包。但乙方可将安装工作分包，通知甲方即可。", "第三条 争议解决", "本合同适用中华人民共和国法律。"]


def test_a_word_97_or_password_protected_file_named_docx_says_what_it_is():
    # both are OLE compound files, not zip packages: "corrupt" would send the user to repair a file that is not broken
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000
    with pytest.raises(ContractInputError) as exc:
        read_document(ole, "合同.docx")
    assert exc.value.code == "corrupt_docx" and "另存为 .docx" in exc.value.message and "密码" in exc.value.message


@pytest.mark.parametrize("data,name,code", [
    (b"", "a.txt", "empty_document"),
    (b"   \n\t ", "a.md", "empty_document"),
    ("\ufeff\u200b\n\u00a0\u200d\x00".encode(), "a.txt", "empty_document"),  # invisible characters only
    (b"\xff\xff\xff", "a.txt", "undecodable_text"),
    (b"contract", "a.doc", "unsupported_format"),
    (b"contract", "contract", "unsupported_format"),
])
def test_unreadable_inputs(data, name, code):
    assert error_code(data, name) == code


def test_size_limit():
    with pytest.raises(ContractInputError) as exc:
        read_document(b"x" * 2000, "a.txt", max_bytes=1000)
    assert exc.value.code == "too_large" and exc.value.details == {"bytes": 2000, "limit": 1000}


def test_error_shape_is_the_api_error_body():
    with pytest.raises(ContractInputError) as exc:
        read_text("   ")
    body = exc.value.to_dict()
    assert set(body["error"]) == {"code", "message", "details"} and body["error"]["code"] == "empty_document"


def test_a_numeral_echo_after_a_line_break_is_not_a_numbered_item():
    """'… for the twelve' / '(12) months …' is one sentence broken by the PDF's line, not item (12)."""
    from contracts.parsing import _join_wrapped

    lines = ["10.2 Provider's total aggregate liability shall not exceed the total MRC payable for the twelve",
             "(12) months immediately preceding the event.", "(2) A real second item of a list."]
    assert _join_wrapped(lines) == [lines[0] + " " + lines[1], lines[2]]


def test_a_line_that_stops_on_an_article_goes_on_into_a_field_like_line():
    """holdout104: '… in a test run witnessed by the' / 'Customer: (a) …' is one sentence, not a cover-page field."""
    from contracts.parsing import _join_wrapped

    lines = ["4.2 Integration Acceptance is achieved when, in a test run witnessed by the",
             "Customer: (a) 50 test consignments covering all five destination markets produce complete data sets;"]
    assert _join_wrapped(lines) == [lines[0] + " " + lines[1]]


def test_leaders_the_wrap_cut_in_two_run_on_as_one():
    """holdout218 wrapped at 60: "Total ......" / "...... CNY 434,000" is one price line, its leaders unbroken."""
    from contracts.parsing import _join_wrapped

    lines = ["  Total ....................................................", "......................... CNY 434,000"]
    assert _join_wrapped(lines) == ["Total " + "." * 77 + " CNY 434,000"]


def test_a_figure_the_wrap_cut_from_its_currency_stays_in_its_price_row():
    """holdout216/228 wrapped at 78: a price list typed with spaces whose total lost its figure to the next line."""
    text = ("3. Fees\n  One-time setup and integration fee                              CNY 96,000\n"
            "  Total fees for the Subscription Term                            CNY\n1,780,800\n\nThe setup fee is invoiced after Go-Live.")
    assert read_text(text).text.split("\n")[1:3] == ["One-time setup and integration fee | CNY 96,000",
                                                     "Total fees for the Subscription Term | CNY 1,780,800"]


def test_a_figure_with_its_remark_cut_from_its_currency_stays_in_its_price_row():
    """holdout17 (h17e03) wrapped at 60: the total's figure went to the next line with a remark after it."""
    text = ("4. Fees\n   Annual Premier Support fee:                    CNY\n628,000\n"
            "   Total Support Fees for the Renewal Term:       CNY\n1,884,000 (inclusive of VAT)\n\n5. Invoicing and Payment")
    assert read_text(text).text.split("\n")[1:3] == ["Annual Premier Support fee: | CNY 628,000",
                                                     "Total Support Fees for the Renewal Term: | CNY 1,884,000 (inclusive of VAT)"]


def test_a_figure_the_wrap_cut_from_its_sums_equals_sign_stays_in_its_price_row():
    """holdout179 (h179e02) wrapped at 78: "Total contract value:          =" / "CNY 1,016,600", the currency spaced from the figure too."""
    text = ("3. Fees\n   c) Onboarding and turnstile\n      integration (one-time):                                     =\nCNY    68,000\n"
            "   Total contract value:                                          =\nCNY 1,016,600\n\n4. Invoicing")
    rows = read_text(text).text.split("\n")
    assert [r for r in rows if "68,000" in r or "1,016,600" in r] == [r for r in rows if "(one-time)" in r or "Total contract value" in r]


def test_a_wide_table_the_wrap_cut_row_by_row_keeps_its_cells():
    """holdout141 and holdout287 wrapped at 60 and 78: an indented severity table wider than the wrap, each row's end put
    flush left — the header's last columns, the rest of a cut cell, a time cut from its number."""
    text = ("6.1 Incidents are prioritised as follows:\n\n  Priority   Description\nResponse     Resolution target\n"
            "  P1         a production line, a factory or more than 50\nusers affected   30\nminutes   6 hours\n"
            "  P2         a department or a key user affected\n1 hour       1 business day\n\n6.2 Calls are answered within 60 seconds.")
    assert read_text(text).text.split("\n")[1:4] == ["Priority | Description | Response | Resolution target",
                                                     "P1 | a production line, a factory or more than 50 users affected | 30 minutes | 6 hours",
                                                     "P2 | a department or a key user affected | 1 hour | 1 business day"]


def test_a_headers_unit_the_wrap_put_on_a_line_of_its_own_stays_in_its_column():
    """holdout523 wrapped at 60: the price table's header lost "(CNY)" to a line of its own, so its rows were no table and
    the total in "clause 3(a)" that the liability cap names was no figure in CNY."""
    text = ("3. FEES\n\n(a) All fees are in Chinese yuan (CNY):\n\n    Item                                          Amount\n(CNY)\n"
            "    Subscription fee, Subscription Year 1         238,000\n    Integration Work (one-time)                   26,000\n"
            "    Total                                         264,000\n\n(b) Usage charges are not part of the total above.")
    assert read_text(text).text.split("\n")[2:6] == ["Item | Amount (CNY)", "Subscription fee, Subscription Year 1 | 238,000",
                                                     "Integration Work (one-time) | 26,000", "Total | 264,000"]


def test_a_chinese_figure_the_wrap_cut_is_one_figure_again():
    """holdout231 wrapped: figures set off by spaces ("合同总额的 45%", "支付 1,200 元") cut inside, and a count that goes on a
    sentence ("乙方应在" / "5 个工作日内…") taken for a numbered item."""
    from contracts.parsing import _join_wrapped

    assert _join_wrapped(["2.2 系统上线后 10 个工作日内，甲方支付合同总额的 4", "5%，即 697,500 元。"]) == ["2.2 系统上线后 10 个工作日内，甲方支付合同总额的 45%，即 697,500 元。"]
    assert _join_wrapped(["4. 因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方向甲方支付 1,2", "00 元违约金。"]) == \
        ["4. 因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方向甲方支付 1,200 元违约金。"]
    assert _join_wrapped(["4. 甲方提出的个性化营销玩法（如联名活动、限定款预售）需要开发的，乙方应在", "5 个工作日内提出方案和报价。"]) == \
        ["4. 甲方提出的个性化营销玩法（如联名活动、限定款预售）需要开发的，乙方应在5 个工作日内提出方案和报价。"]


def test_a_price_list_the_wrap_cut_row_by_row_keeps_its_rows():
    """holdout233 wrapped at 60: each indented row of a price list typed with spaces cut from its amount."""
    from contracts.parsing import _join_wrapped

    lines = ["4.1 Fees:", "    API subscription: CNY 14,500 per month x 24 months CNY 348,000", "    Integration (one-time, fixed)",
             "CNY  46,000", "    Total", "CNY 394,000", "4.2 The Integration fee is invoiced after Integration"]
    assert _join_wrapped(lines)[1:4] == [
        "API subscription: CNY 14,500 per month x 24 months CNY 348,000", "Integration (one-time, fixed) CNY  46,000", "Total CNY 394,000"]


def test_a_table_typed_without_lining_up_keeps_its_cells_in_order():
    """holdout235: cells two spaces apart that do not sit under the header's columns; the total's figure is the amount's."""
    text = ("3.1 The fees are:\n\nItem  Description  Amount (CNY)\n"
            "Annual subscription, Professional plan, contract year 1  up to 2,400 certificates, API and portal  186,000\n"
            "Integration set-up  template mapping, go-live support  24,000\nTotal  210,000\n")
    assert read_text(text).text.split("\n")[1:] == ["Item | Description | Amount (CNY)",
                                                    "Annual subscription, Professional plan, contract year 1 | up to 2,400 certificates, API and portal | 186,000",
                                                    "Integration set-up | template mapping, go-live support | 24,000", "Total | | 210,000"]


def test_an_amount_the_wrap_carried_past_its_labels_colon_stays_on_the_labels_line():
    """holdout236 wrapped at 60: "… Total Contract Value:" / "CNY 390,000. Shipments above …"."""
    from contracts.parsing import _join_wrapped

    lines = ["one-time onboarding fee of CNY 18,000. Total Contract Value:", "CNY 390,000. Shipments above the annual allowance are"]
    assert _join_wrapped(lines) == [" ".join(lines)]
    assert _join_wrapped(["3.2 Either party may end this Agreement for the following reasons:", "CNY 390,000 unpaid"]) == \
        ["3.2 Either party may end this Agreement for the following reasons:", "CNY 390,000 unpaid"]


def test_a_sum_worked_out_past_its_labels_colon_stays_on_the_labels_line():
    """holdout166 wrapped at 78: "… Total Charges for the Minimum Term:" / "24 x CNY 109,960 + CNY 86,000 = **CNY 2,725,040**."."""
    from contracts.parsing import _join_wrapped

    lines = ["Transition charge (one-time): CNY 86,000. Total Charges for the Minimum Term:",
             "24 x CNY 109,960 + CNY 86,000 = **CNY 2,725,040**."]
    assert _join_wrapped(lines) == [" ".join(lines)]
    assert _join_wrapped(["3.2 The Customer may end this Agreement for the following reasons:", "24 x CNY 9,000 unpaid"]) == \
        ["3.2 The Customer may end this Agreement for the following reasons:", "24 x CNY 9,000 unpaid"]


def test_a_pdf_title_is_not_joined_to_the_cover_page_fields_below_it():
    lines = ["瀚海财产保险股份有限公司报废信息设备数据销毁及处置服务合同", "合同编号：HHCX-XZ-2026-0519", "委托方（甲方）：瀚海财产保险股份有限公司",
             "受托方（乙方）：绿循再生资源科技有限公司", "乙方具有废弃电器电子产品处理资格及数据销毁服务相关资质。甲方经比选确定乙方承担",
             "本项目。"]
    d = read_document(make_pdf(lines), "c.pdf")
    assert d.text.split("\n") == lines[:4] + [lines[4] + lines[5]]


def test_a_hard_wrapped_text_gets_its_paragraphs_back():
    body = ("2.2 Support. Initial response times: Severity 1 (the Console is unavailable or sensors have stopped reporting\n"
            "on a substantial part of Customer's endpoints): 8 hours. Severity 2 (a major function is degraded): 1 business\n"
            "day. Severity 3 (other issues and questions): 2 business days. \"Response\" means first contact by a support\n"
            "engineer. Sentrix does not commit to resolution times.\n")
    text = "B2. Service Levels\n" + body * 5 + "B3. Customer Data\nCustomer owns Customer Data.\n"
    lines = read_text(text).text.split("\n")
    assert lines[0] == "B2. Service Levels" and lines[-2:] == ["B3. Customer Data", "Customer owns Customer Data."]
    assert lines[1].startswith("2.2 Support.") and "reporting on a substantial part" in lines[1] and "1 business day." in lines[1]


def test_a_sentence_the_wrap_put_on_the_next_line_stays_in_its_paragraph():
    """h1020e02 wrapped at 60: "7.1 Provider may use the hosting partner identified in A6." filled its line, so the next
    sentence, the consent the subcontracting reading needs, went to the next line though it is the same paragraph; where the
    next word would have fitted ("Customer" after the 45 characters of 7.2), the line break is the writer's and the paragraphs
    stay apart."""
    import textwrap
    body = ("Provider shall keep Customer Data in data centres located in mainland China and shall not transfer any of it abroad "
            "without Customer's prior written consent, and shall notify Customer of any security incident within 24 hours.")
    clause = ("7.1 Provider may use the hosting partner identified in A6. Provider shall not use any other subcontractor to "
              "process Customer Data without Customer's prior written consent.")
    apart = ["7.2 Provider answers for its hosting partner.", "Customer may audit it once a year."]
    text = "\n".join(textwrap.fill(line, 60, break_on_hyphens=False) for line in [body] * 3 + [clause] + apart)
    assert "identified in A6.\nProvider shall" in text and max(len(line) for line in text.split("\n")) == 60
    lines = read_text(text).text.split("\n")
    assert clause in lines and lines[-2:] == apart
    # a title after a full line is no sentence the wrap carried (h236e05 at 78: "SECTION 5 — SERVICE LEVELS")
    for title in ["SECTION 8 — SERVICE LEVELS", "Service Levels"]:
        titled = text.replace("identified in A6.\nProvider shall", f"identified in A6.\n{title}\nProvider shall")
        assert title in read_text(titled).text.split("\n")


def test_a_short_text_or_one_paragraph_per_line_is_left_as_it_is():
    text = "第一条 服务水平\n系统可用率不低于99.9%，一级故障30分钟内响应\n第二条 争议解决\n本合同适用中华人民共和国法律。"
    assert read_text(text).text == text


def test_a_table_typed_with_spaces_becomes_cells():
    text = ("5.2 Incident response and resolution:\n    Priority     Response within    Restoration or workaround within\n"
            "    Priority 1   6 hours            16 hours\n    Annual Fee                      428,000\n5.3 Credits apply.  They are monthly.")
    assert read_text(text).text.split("\n") == ["5.2 Incident response and resolution:", "Priority | Response within | Restoration or workaround within",
                                                "Priority 1 | 6 hours | 16 hours", "Annual Fee | | 428,000", "5.3 Credits apply. They are monthly."]


def test_a_typed_table_keeps_a_cell_that_ends_a_list_and_a_cell_carried_to_a_line_of_its_own():
    """holdout141: "P1   firm-wide loss …;   30 minutes" is a row of three cells, not prose; a description carried to an
    indented line of its own belongs to the row above, and the table goes on to its total."""
    text = ("  Priority   Description                                   Response     Resolution target\n"
            "  P1         firm-wide loss of email or network;           30 minutes   6 hours\n"
            "             or failure of a device at a court hearing\n"
            "  P2         a function unavailable to a team              1 hour       1 Business Day\n\n"
            "  Item                   Basis                                  Amount (CNY)\n"
            "  API Subscription       9,800 per month x 36 months,              352,800\n"
            "                         including 6,000 documents per month\n"
            "  Total                                                            520,800")
    assert read_text(text).text.split("\n") == [
        "Priority | Description | Response | Resolution target",
        "P1 | firm-wide loss of email or network; or failure of a device at a court hearing | 30 minutes | 6 hours",
        "P2 | a function unavailable to a team | 1 hour | 1 Business Day",
        "Item | Basis | Amount (CNY)", "API Subscription | 9,800 per month x 36 months, including 6,000 documents per month | 352,800",
        "Total | | 520,800"]


def test_numbered_paragraphs_typed_with_two_spaces_are_no_table():
    text = "1.1  The Supplier shall deliver the System\n1.2  The Customer shall pay the fees"
    assert read_text(text).text.split("\n") == ["1.1 The Supplier shall deliver the System", "1.2 The Customer shall pay the fees"]


def test_a_page_number_does_not_break_the_sentence_it_falls_in():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont("STSong-Light", 12)
    c.drawString(50, 800, "8.1 Flight data, display content, configurations and system logs belong to")
    c.drawString(280, 40, "第 1 页")
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(50, 800, "the Buyer. The Supplier shall use them only to perform this Contract.")
    c.drawString(280, 40, "第 2 页")
    c.save()
    assert read_document(out.getvalue(), "e.pdf").text == ("8.1 Flight data, display content, configurations and system logs belong to the Buyer. "
                                                          "The Supplier shall use them only to perform this Contract.")


def test_english_cover_page_fields_stay_on_their_own_lines():
    from contracts.parsing import _join_wrapped

    lines = ["Contract No.: XJAG-T2-2026-058", "Buyer: Xiangjiang Airport Group Co., Ltd. (the \"Buyer\")",
             "Supplier: Aerodata Systems (Beijing) Co., Ltd. (the \"Supplier\")"]
    assert _join_wrapped(lines) == lines


@pytest.mark.parametrize("header,row", [
    (("Severity", "Response", "Workaround or restoration"), ("Severity 1", "30 minutes", "6 hours")),
    # holdout694 h694e03: a column name of 40 characters; with no header ruled off, the Severity 1 row's "2 hours" was read under no
    # column and the P1 response was lost
    (("Severity", "Response time", "On-site attendance or remote restoration"), ("Severity 1", "2 hours", "within 24 hours")),
])
def test_a_docx_header_cell_may_be_a_few_words(header, row):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for r, cells in enumerate([header, row]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    assert read_document(buf.getvalue(), "c.docx").text.split("\n")[1] == "|---|---|---|"


@pytest.mark.parametrize("lines,expected", [
    # a price list with dot leaders: each entry keeps its line, its own continuation joins it
    (["A3. Fees (CNY, inclusive of applicable taxes) for the subscription and the services", "Forecasting module ............ 218,000 per",
      "subscription year", "Allocation module ............. 104,000 per subscription year"],
     ["A3. Fees (CNY, inclusive of applicable taxes) for the subscription and the services",
      "Forecasting module ............ 218,000 per subscription year", "Allocation module ............. 104,000 per subscription year"]),
    # lettered items start their own lines; a line starting with "15 days" goes on
    (["(a) The Implementation Fee is invoiced on the Order Effective Date and is payable within", "15 days of the invoice date.",
      "(b) The Annual Subscription Fee for the second year is invoiced 30 days before that year starts"],
     ["(a) The Implementation Fee is invoiced on the Order Effective Date and is payable within 15 days of the invoice date.",
      "(b) The Annual Subscription Fee for the second year is invoiced 30 days before that year starts"]),
    # a full line that ends a sentence before a capital: two paragraphs are never run together
    (["\"Aggregated Data\" means data derived from Customer Data that has been de-identified.", "\"Customer Data\" means data submitted to the Services."],
     ["\"Aggregated Data\" means data derived from Customer Data that has been de-identified.", "\"Customer Data\" means data submitted to the Services."]),
    # a ruling line and a 第X部分 heading stand alone
    (["（本合同通用条款到此结束，以下为双方约定的专用条款内容，请逐条对照）", "========================================", "第三部分 专用条款",
      "（本部分条款序号与通用条款对应）"],
     ["（本合同通用条款到此结束，以下为双方约定的专用条款内容，请逐条对照）", "========================================", "第三部分 专用条款",
      "（本部分条款序号与通用条款对应）"]),
    # a number broken off the word it counts starts no item
    (["B3.2 Support requests are handled by the support centre. Target initial response times are: Priority",
      "1 (the Service is unavailable and no workaround exists) - six (6) hours."],
     ["B3.2 Support requests are handled by the support centre. Target initial response times are: Priority 1 (the Service is "
      "unavailable and no workaround exists) - six (6) hours."]),
    # … nor one broken off an address's marker (holdout514's h514e04 wrapped at 60)
    (["**and** Lago Xolotlan IT Services S.A., Edificio Pellas, Km", "4.5 Carretera a Masaya, Managua, Nicaragua (the \"Provider\")."],
     ["**and** Lago Xolotlan IT Services S.A., Edificio Pellas, Km 4.5 Carretera a Masaya, Managua, Nicaragua (the \"Provider\")."]),
    # an abbreviation ends no sentence
    (["3.1 The Customer shall pay forty per cent (40%) of the Contract Price, i.e.", "CNY 1,548,000, within 10 business days after signature."],
     ["3.1 The Customer shall pay forty per cent (40%) of the Contract Price, i.e. CNY 1,548,000, within 10 business days after signature."]),
    # a number broken by the line is one number
    (["11.1 If the Supplier is late, it pays for each day of delay liquidated damages of 0.", "1% of the Contract Price."],
     ["11.1 If the Supplier is late, it pays for each day of delay liquidated damages of 0.1% of the Contract Price."]),
    (["11.1 乙方未按第三条约定期限完成部署或上线的，每逾期一日，按合同总价的2", "0%向甲方支付违约金。"],
     ["11.1 乙方未按第三条约定期限完成部署或上线的，每逾期一日，按合同总价的20%向甲方支付违约金。"]),
    # Markdown bullets start their own lines; a clause named in running text does not
    (["- **\"Sites\"** means the 160 retail stores and the two data centres listed in Schedule 1.", "- **\"Services\"** means access lines."],
     ["- **\"Sites\"** means the 160 retail stores and the two data centres listed in Schedule 1.", "- **\"Services\"** means access lines."]),
    (["This limit does not apply to breach of Clause 6 or", "Clause 7, or to wilful misconduct."],
     ["This limit does not apply to breach of Clause 6 or Clause 7, or to wilful misconduct."]),
    # a figure carried to the next line is no numbered item (holdout35 h35e01 wrapped at 78)
    (["3.1 Provider targets a monthly availability of the production environment of", "99.95 %, excluding scheduled maintenance."],
     ["3.1 Provider targets a monthly availability of the production environment of 99.95 %, excluding scheduled maintenance."]),
    # a price-list entry with its figure is whole: the next line is not run into it (holdout35 h35e03 wrapped at 78)
    (["Total monthly charge ........................... CNY 71,200", "Total monthly charges over the Minimum Term",
      "(36 x CNY 71,200) .............................. CNY 2,563,200"],
     ["Total monthly charge ........................... CNY 71,200", "Total monthly charges over the Minimum Term",
      "(36 x CNY 71,200) .............................. CNY 2,563,200"]),
    # the dot leaders of an entry carried to the next line: the label before them starts the entry (holdout41/44 wrapped at 60)
    (["Onboarding Services (one-time, configuration) ... CNY 118,000", "Total Contract Value",
      "............................................. CNY", "1,774,000"],
     ["Onboarding Services (one-time, configuration) ... CNY 118,000",
      "Total Contract Value ............................................. CNY 1,774,000"]),
    # an amount the wrap carried past its label's colon joins the label (holdout60's order form wrapped at 78)
    (["- One-time Onboarding Fee (zone set-up, roster import, OMS integration,", "dispatcher training): CNY 58,000",
      "- Total Order Value for the Subscription Term (24 x CNY 27,500 + CNY 58,000):", "CNY 718,000"],
     ["- One-time Onboarding Fee (zone set-up, roster import, OMS integration, dispatcher training): CNY 58,000",
      "- Total Order Value for the Subscription Term (24 x CNY 27,500 + CNY 58,000): CNY 718,000"]),
    # … or past its dot leaders (holdout61's order form wrapped at 60)
    (["Ticketing Interface development (one-off) .......... 54,000", "Total Order Value for the Initial Term .............", "1,292,000",
      "The recurring fees are fixed for the Initial Term."],
     ["Ticketing Interface development (one-off) .......... 54,000", "Total Order Value for the Initial Term ............. 1,292,000",
      "The recurring fees are fixed for the Initial Term."]),
    # … or past a label that ends no sentence (holdout62's order form wrapped at 60); after a sentence it stays apart (a guard)
    (["  Onboarding (one-time)", "CNY 96,000", "  -------------", "Total Contract Value (Subscription Term)", "CNY 985,200", "",
      "A.4 Invoicing and payment"],
     ["Onboarding (one-time) CNY 96,000", "-------------", "Total Contract Value (Subscription Term) CNY 985,200", "", "A.4 Invoicing and payment"]),
    (["The fees of the first year are payable in advance.", "CNY 96,000"],
     ["The fees of the first year are payable in advance.", "CNY 96,000"]),
    # … or a price table's total row cut by the wrap: a grouped figure after a total's label, "= CNY …", a figure after its
    # currency (holdout130/28/73/17 order forms wrapped at 60); a bare count after a label stays apart (a guard)
    (["   Total Contract Value", "985,800", "", "Total Fees under this Order Form", "= CNY 315,400", "",
      "Total Support Fees for the Renewal Term:       CNY", "1,884,000 (inclusive of VAT)", "", "Months", "36"],
     ["Total Contract Value 985,800", "", "Total Fees under this Order Form = CNY 315,400", "",
      "Total Support Fees for the Renewal Term:       CNY 1,884,000 (inclusive of VAT)", "", "Months", "36"]),
    # a dash that gives a level its time is no bullet when the wrap puts it first (holdout71's Tanzanian order form wrapped at 100)
    (["5.4 Response times: Priority 1 (TwigaRes not Available, or bookings cannot be made at any Property)",
      "- one (1) hour, at any time; Priority 2 (a channel connection not working) - three (3) hours during support hours."],
     ["5.4 Response times: Priority 1 (TwigaRes not Available, or bookings cannot be made at any Property) - one (1) hour, at any time; "
      "Priority 2 (a channel connection not working) - three (3) hours during support hours."]),
    # a part title and a bare article number are lines of their own (holdout47's Croatian draft)
    (["(2) This obligation continues for five years after the end of this Agreement.", "VI. DATA AND CONFIDENTIALITY", "Article 9",
      "(1) All collection data are the property of the Museum."],
     ["(2) This obligation continues for five years after the end of this Agreement.", "VI. DATA AND CONFIDENTIALITY", "Article 9",
      "(1) All collection data are the property of the Museum."]),
    # a dash that opens an aside is no bullet when the wrap puts it first (holdout50's German draft)
    (["(2) Title to and all intellectual property rights in the custom deliverables", "- the cue sequences of the six shows, the ticketing interface, the",
      "calibration data sets and the related documentation - pass to the Client", "upon their creation."],
     ["(2) Title to and all intellectual property rights in the custom deliverables - the cue sequences of the six shows, the ticketing "
      "interface, the calibration data sets and the related documentation - pass to the Client upon their creation."]),
    # a reference the wrap put first is no heading (holdout52's Italian draft; a guard: "Art. N" became a heading start that round)
    (["3.1 The price shall be paid as follows: 20 % upon signature; 40 % upon Final Acceptance under", "Art. 5.",
      "Art. 4 - Timetable and Penalties"],
     ["3.1 The price shall be paid as follows: 20 % upon signature; 40 % upon Final Acceptance under Art. 5.",
      "Art. 4 - Timetable and Penalties"]),
    # words with accented letters keep their space where the wrap broke between them (holdout88's draft wrapped at 78); Chinese
    # keeps none
    (["1. This Contract is governed by the laws of the Democratic Republic of São", "Tomé and Príncipe."],
     ["1. This Contract is governed by the laws of the Democratic Republic of São Tomé and Príncipe."]),
    (["乙方未按期交货的，应在收到甲方书面通知后十日内按本合同总价的2", "0%向甲方支付违约金。"], ["乙方未按期交货的，应在收到甲方书面通知后十日内按本合同总价的20%向甲方支付违约金。"]),
    # a labelled paragraph after a PDF price list's last amount starts its own line (holdout145's order form)
    (["Onboarding and integration (one-time)    124,000", "Total Contract Value    892,000",
      "Invoicing: The onboarding fee and the subscription fees for the first", "Contract Year, together CNY 508,000, are invoiced on signature."],
     ["Onboarding and integration (one-time)    124,000 Total Contract Value    892,000",
      "Invoicing: The onboarding fee and the subscription fees for the first Contract Year, together CNY 508,000, are invoiced on signature."]),
    # … and so does each "name: sum" line of a price list after another (holdout835's .txt wrapped at 60), a sum the wrap carried
    # a sentence the wrap broke after a sum still runs on (a guard)
    (["3.1 Fees (CNY, including VAT payable in the People's Republic of", "China):", "Subscription fee, Subscription Year 1: CNY 472,000",
      "Subscription fee, Subscription Year 2: CNY 472,000", "Onboarding and integration fee (one-time): CNY 62,000",
      "Total fees for the two Subscription Years: CNY 1,006,000"],
     ["3.1 Fees (CNY, including VAT payable in the People's Republic of China):", "Subscription fee, Subscription Year 1: CNY 472,000",
      "Subscription fee, Subscription Year 2: CNY 472,000", "Onboarding and integration fee (one-time): CNY 62,000",
      "Total fees for the two Subscription Years: CNY 1,006,000"]),
    (["3.2 The onboarding fee and the fee for Subscription Year 1, together CNY 534,000", "are invoiced on the Effective Date."],
     ["3.2 The onboarding fee and the fee for Subscription Year 1, together CNY 534,000 are invoiced on the Effective Date."]),
    # a Chinese line broken inside a figure goes on without a space, a numbered item after a figure stays apart (a guard); an
    # English line that stops on "within" goes on into a figure (holdout154/157 wrapped at 60 and 78)
    (["4.2 一级故障（平台无法登录、入住或护理记录无法保存）：3", "0 分钟内响应，3 小时内恢复。"],
     ["4.2 一级故障（平台无法登录、入住或护理记录无法保存）：30 分钟内响应，3 小时内恢复。"]),
    (["3.1 合同签订后 5 个工作日内，甲方向乙方支付合同总价的 55%，即 ¥6", "27,000，乙方收到该款项后启动项目。"],
     ["3.1 合同签订后 5 个工作日内，甲方向乙方支付合同总价的 55%，即 ¥627,000，乙方收到该款项后启动项目。"]),
    # … also where the wrap broke it at the thousands' comma (holdout201/245's templates at 78)
    (["1. 本合同签订后 5 个工作日内，甲方支付合同总金额的 55%，即 ¥852", ",500。"], ["1. 本合同签订后 5 个工作日内，甲方支付合同总金额的 55%，即 ¥852,500。"]),
    (["5.1 票务管理平台（含线上购票小程序）月度可用率不低于 9", "9.95%，计划内维护应安排在场馆闭馆时段。"],
     ["5.1 票务管理平台（含线上购票小程序）月度可用率不低于 99.95%，计划内维护应安排在场馆闭馆时段。"]),
    # a level the wrap carried past its measure's colon goes on (holdout50/131 at 78), a heading's colon before an item does not
    (["(1) Availability of the sales channels and of the access-control service:", "99.95 % per calendar month, excluding maintenance."],
     ["(1) Availability of the sales channels and of the access-control service: 99.95 % per calendar month, excluding maintenance."]),
    (["(a) availability of the platform during each Examination Window:", "not less than 99.95%;"],
     ["(a) availability of the platform during each Examination Window: not less than 99.95%;"]),
    (["6.2. Severity 1 (API unavailable or returning wrong certificate status):", "within 2 hours, at any time; Severity 2: within 8 hours."],
     ["6.2. Severity 1 (API unavailable or returning wrong certificate status): within 2 hours, at any time; Severity 2: within 8 hours."]),
    # … also a bare time (h928e02 wrapped at 78: the P1 time had stayed apart from its level)
    (["4.2 Provider shall respond to incidents within the following times: Priority 1", "(the Service is unavailable or a core workflow cannot be used by all users):",
      "30 minutes; Priority 2 (a module is impaired): 2 hours; Priority 3 (other", "issues): next business day."],
     ["4.2 Provider shall respond to incidents within the following times: Priority 1 (the Service is unavailable or a core workflow cannot be "
      "used by all users): 30 minutes; Priority 2 (a module is impaired): 2 hours; Priority 3 (other issues): next business day."]),
    # … in business hours too (h985e05 wrapped at 60)
    (["6.3 The Provider shall respond to support tickets as", "follows: Severity 1 (API unavailable or data not delivered):",
      "within 8 business hours; Severity 2 (partial data missing or", "incorrect): within 2 business days."],
     ["6.3 The Provider shall respond to support tickets as follows: Severity 1 (API unavailable or data not delivered): within 8 business "
      "hours; Severity 2 (partial data missing or incorrect): within 2 business days."]),
    (["5.2 The following service levels apply to the platform:", "5.3 Response times are set out in Schedule 2."],
     ["5.2 The following service levels apply to the platform:", "5.3 Response times are set out in Schedule 2."]),
    (["1. 违约金累计不超过合同总价的10", "2. 甲方逾期付款的，应支付违约金。"], ["1. 违约金累计不超过合同总价的10", "2. 甲方逾期付款的，应支付违约金。"]),
    (["(a) 20% of the Contract Price (CNY 328,000) within", "15 Business Days after signature of this Agreement;"],
     ["(a) 20% of the Contract Price (CNY 328,000) within 15 Business Days after signature of this Agreement;"]),
    # a date the wrap put first is no numbered item (h608e02 wrapped at 60), nor an item's number after a line that stops on "in"
    # (h645e02 at 60: its lone "A6." had made the order form's items the only clause level, Part B one clause); a guard: a
    # numbered item after a sentence that ended
    (["The Subscription Term starts on the Subscription Start Date,", "1 June 2026, and runs for two Subscription Years."],
     ["The Subscription Term starts on the Subscription Start Date, 1 June 2026, and runs for two Subscription Years."]),
    (["12.2 Notices must be in writing and sent to the contacts in", "A6.", "12.3 Neither party is liable for delay."],
     ["12.2 Notices must be in writing and sent to the contacts in A6.", "12.3 Neither party is liable for delay."]),
    (["The Subscription Term starts on the Subscription Start Date.", "1 Services and Fees"],
     ["The Subscription Term starts on the Subscription Start Date.", "1 Services and Fees"]),    # … and a figure past a colon after a name in capitals (h661e02 wrapped at 78)
    (["- Monthly availability of the HerdSense web application and mobile API:", "99.95%, excluding maintenance windows agreed in advance."],
     ["- Monthly availability of the HerdSense web application and mobile API: 99.95%, excluding maintenance windows agreed in advance."]),
])
def test_wrapped_lines_are_joined_where_a_sentence_runs_on(lines, expected):
    from contracts.parsing import _join_wrapped

    assert _join_wrapped(lines) == expected


@pytest.mark.parametrize("text,expected", [
    ("第五条 服务\n质保期内，存储系统年可用率不低于99.99%。一级故障2小时内响应，8小时内修复。未达到要求的，每次按合同总价的0.5%\n扣减维保费或质保金。\n第六条 其他",
     ["第五条 服务", "质保期内，存储系统年可用率不低于99.99%。一级故障2小时内响应，8小时内修复。未达到要求的，每次按合同总价的0.5%扣减维保费或质保金。", "第六条 其他"]),
    ("第五条 验收\n5.2 验收内容包括：《需求规格说明书》所列功能全部实现；国资委报送报表经甲方财务部门核对无误；审批流程在总部及两家试点\n子公司运行正常。\n第六条 其他",
     ["第五条 验收", "5.2 验收内容包括：《需求规格说明书》所列功能全部实现；国资委报送报表经甲方财务部门核对无误；审批流程在总部及两家试点子公司运行正常。", "第六条 其他"]),
    ("5. Support\nThe Supplier shall respond to a Severity 1 incident within thirty minutes and shall\nnotify the Customer of the cause.\n6. Law",
     ["5. Support", "The Supplier shall respond to a Severity 1 incident within thirty minutes and shall notify the Customer of the cause.", "6. Law"]),
])
def test_an_evident_line_break_in_a_short_text_is_joined(text, expected):
    assert read_text(text).text.split("\n") == expected


def test_a_corrupt_pdf_reaches_the_terminal_as_one_error_line(tmp_path):
    """`jicai review broken.pdf` prints the error and nothing of pypdf's own ("EOF marker not found")."""
    root = Path(__file__).resolve().parents[1]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    proc = subprocess.run([sys.executable, "-c", "import sys; from service.cli import main; sys.exit(main(sys.argv[1:]))", "review", str(bad)],
                          capture_output=True, text=True, cwd=root, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root), "JICAI_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["error [corrupt_pdf]: 无法解析该 PDF 文件 / The PDF file cannot be parsed."]
