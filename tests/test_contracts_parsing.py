"""Reading .txt/.md/.docx/.pdf with real parsers, keeping paragraphs and Word numbering; clear errors."""
import io
import zipfile

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


@pytest.mark.parametrize("data,name,code", [
    (b"", "a.txt", "empty_document"),
    (b"   \n\t ", "a.md", "empty_document"),
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


def test_a_pdf_title_is_not_joined_to_the_cover_page_fields_below_it():
    lines = ["瀚海财产保险股份有限公司报废信息设备数据销毁及处置服务合同", "合同编号：HHCX-XZ-2026-0519", "委托方（甲方）：瀚海财产保险股份有限公司",
             "受托方（乙方）：绿循再生资源科技有限公司", "乙方具有废弃电器电子产品处理资格及数据销毁服务相关资质。甲方经比选确定乙方承担",
             "本项目。"]
    d = read_document(make_pdf(lines), "c.pdf")
    assert d.text.split("\n") == lines[:4] + [lines[4] + lines[5]]
