"""Uploads written to attack the service, and what they get: a clear 4xx, text shown as text, never a 500 or a run script."""
import io
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterable

import docx
import pytest
import xlsxwriter

from contracts.parsing import ContractInputError, read_document

MB = 1 << 20


def repacked(package: bytes, part: str, content: Iterable[bytes]) -> bytes:
    """`package` (a .docx or .xlsx) with `part` replaced by `content`, streamed into the zip: a 2 GB part costs 2 MB."""
    source, out = zipfile.ZipFile(io.BytesIO(package)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            if info.filename == part:
                with z.open(part, "w", force_zip64=True) as w:
                    for chunk in content:
                        w.write(chunk)
            else:
                z.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


def repeated(head: bytes, unit: bytes, megabytes: int, tail: bytes) -> Iterable[bytes]:
    yield head
    block = unit * (MB // len(unit))
    for _ in range(megabytes):
        yield block
    yield tail


def contract_docx(text: str = "第一条 甲方向乙方采购服务器，验收合格后支付全款。") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def survey_xlsx(text: str = "更换机房服务器") -> bytes:
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out)
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["部门", "需求描述"])
    sheet.write_row(1, 0, ["信息中心", text])
    workbook.close()
    return out.getvalue()


W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


# ---- 1. decompression bombs ---------------------------------------------------------------------

def test_a_docx_that_inflates_past_the_limit_is_refused_before_it_is_read():
    # 60 MB of empty paragraphs in 0.1 MB: read whole, 45 MB of them took 82 s and 1.4 GB
    bomb = repacked(contract_docx(), "word/document.xml", repeated(W, b"<w:p/>", 60, b"</w:body></w:document>"))
    assert len(bomb) < MB
    tracemalloc.start()
    with pytest.raises(Exception) as exc:
        read_document(bomb, "采购合同.docx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert exc.value.code == "too_large" and exc.value.status == 413
    assert exc.value.details["part"] == "word/document.xml" and "50 MB" in exc.value.message
    assert peak < 5 * MB


def test_a_docx_of_a_million_paragraphs_under_the_xml_limit_is_refused_before_it_is_parsed():
    # 6 MB of empty paragraphs, well under the 50 MB of XML: python-docx took 6 s over them (45 MB: ~80 s)
    bomb = repacked(contract_docx(), "word/document.xml", repeated(W, b"<w:p/>", 6, b"</w:body></w:document>"))
    with pytest.raises(Exception) as exc:
        read_document(bomb, "采购合同.docx")
    assert exc.value.code == "too_large" and exc.value.status == 413 and exc.value.details == {"limit": 300_000}
    assert exc.value.message.startswith("Word 文件的段落和表格单元格超过 300,000 个")
    # a long contract, its table's cells included, is still read
    document = docx.Document()
    for i in range(1, 2001):
        document.add_paragraph(f"第{i}条 乙方按甲方要求提供第{i}项服务。")
    document.add_table(rows=500, cols=4)
    out = io.BytesIO()
    document.save(out)
    assert "第2000条" in read_document(out.getvalue(), "采购合同.docx").text


def test_a_docx_whose_diagrams_inflate_past_the_xml_limit_is_still_read():
    # a system-integration contract with Visio network diagrams (EMF, which deflates well) may hold more than 50 MB once
    # inflated; only its XML is parsed, so only the XML counts toward that limit (the package's own is 200 MB)
    out = io.BytesIO(contract_docx())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z, z.open("word/media/image1.emf", "w", force_zip64=True) as w:
        for chunk in repeated(b"\x01\x00\x00\x00", b"\x00\x00\x80\x3f", 80, b""):
            w.write(chunk)
    assert len(out.getvalue()) < MB
    assert "验收合格后支付全款" in read_document(out.getvalue(), "采购合同.docx").text


def test_an_xlsx_bomb_upload_is_a_413(client):
    package = survey_xlsx()
    sheet = zipfile.ZipFile(io.BytesIO(package)).read("xl/worksheets/sheet1.xml")
    head, tail = sheet.split(b"</sheetData>")
    bomb = repacked(package, "xl/worksheets/sheet1.xml", repeated(head, b" ", 250, b"</sheetData>" + tail))
    r = client.post("/v1/demands/bundle", files={"file": ("需求普查.xlsx", bomb)})
    assert r.status_code == 413, r.text
    error = r.json()["error"]
    assert error["code"] == "too_large" and error["details"][0]["part"] == "xl/worksheets/sheet1.xml"


def pdf_with_content(stream: bytes) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(b"%PDF-1.4\n"), []
    out.seek(0, 2)
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_a_pdf_stream_that_inflates_to_300_mb_is_refused_by_pypdf_within_bounded_memory():
    # already safe: pypdf (>= 6.0) stops inflating a stream at 75 MB (pypdf.filters.ZLIB_MAX_OUTPUT_LENGTH)
    packer = zlib.compressobj(9)
    stream = b"".join([packer.compress(b"BT /F1 12 Tf 72 720 Td (Contract) Tj ET\n"), *(packer.compress(b" " * MB) for _ in range(300)), packer.flush()])
    tracemalloc.start()
    with pytest.raises(ContractInputError) as exc:
        read_document(pdf_with_content(stream), "采购合同.pdf")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert exc.value.code == "corrupt_pdf" and exc.value.status == 422
    assert peak < 200 * MB


# ---- 2. XML entities ----------------------------------------------------------------------------

ENTITIES = (b'<!DOCTYPE {root} [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
            b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
            b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">'
            b'<!ENTITY secret SYSTEM "file:///etc/passwd">]>')


def with_doctype(xml: bytes, root: bytes, old: bytes, new: bytes) -> bytes:
    declaration, rest = xml.split(b"?>", 1) if xml.startswith(b"<?xml") else (None, xml)
    doctype = ENTITIES.replace(b"{root}", root)
    return (declaration + b"?>" if declaration else b"") + doctype + rest.replace(old, new)


@pytest.mark.parametrize("entity", [b"&secret;", b"&h;"])
def test_a_docx_entity_is_neither_resolved_nor_expanded(entity):
    # already safe: python-docx parses with resolve_entities=False; lxml also stops a billion laughs
    package = contract_docx("第一条 甲方向乙方采购服务器。MARK")
    xml = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").replace(b' standalone="yes"', b"")
    attack = repacked(package, "word/document.xml", [with_doctype(xml, b"w:document", b"MARK", entity)])
    try:
        text = read_document(attack, "采购合同.docx").text
    except ContractInputError as e:
        assert e.code == "corrupt_docx"
    else:
        assert text == "第一条 甲方向乙方采购服务器。" and "root:" not in text


@pytest.mark.parametrize("part, entity", [("xl/sharedStrings.xml", b"&secret;"), ("xl/sharedStrings.xml", b"&h;"),
                                          ("xl/worksheets/sheet1.xml", b"&secret;"), ("xl/worksheets/sheet1.xml", b"&h;")])
def test_an_xlsx_entity_is_a_400_not_a_500(client, part, entity):
    # openpyxl reads cells with the standard library's expat, which resolves no external entity and stops a billion
    # laughs; both are parse errors, which the sheet's rows (read as they are iterated) let through as a 500
    package = survey_xlsx("MARK")
    xml = zipfile.ZipFile(io.BytesIO(package)).read(part)
    if part.endswith("sheet1.xml"):  # the text inline in the cell, as some programs write it
        xml = xml.replace(b'<c r="B2" t="s"><v>3</v></c>', b'<c r="B2" t="inlineStr"><is><t>MARK</t></is></c>')
        assert b"MARK" in xml
    root = b"sst" if part.endswith("sharedStrings.xml") else b"worksheet"
    attack = repacked(package, part, [with_doctype(xml, root, b"MARK", entity)])
    r = client.post("/v1/demands/bundle", files={"file": ("需求普查.xlsx", attack)})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "invalid_xlsx" and "root:" not in r.text


# ---- 4. file names ------------------------------------------------------------------------------

def test_the_annotated_download_name_carries_no_path_and_no_raw_quote_or_line_break(client):
    name = '..\\../合同"终稿\r\nX-Evil: 1.docx'
    r = client.post("/v1/contracts/review/annotated", files={"file": (name, contract_docx())})
    assert r.status_code == 200, r.text
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment; filename*=UTF-8''") and disposition.endswith(".reviewed.docx")
    encoded = disposition.split("''", 1)[1]
    assert all(c.isalnum() or c in "%.-_~" for c in encoded), disposition
    assert "x-evil" not in r.headers and "%2F" not in encoded and ".." not in encoded.removesuffix(".reviewed.docx")
