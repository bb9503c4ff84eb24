"""Draft contracts (.txt, .md, .docx, .pdf) to plain text that keeps paragraphs and numbering.

Word auto-numbering (第一条, 1.1, （一）) lives in numbering.xml, not in the paragraph text; it is
rendered back in front of each paragraph, because clause segmentation reads it. Each paragraph
becomes one line and remembers where it came from, so a review can be written back into the .docx.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from problems import Problem
from tabular import MAX_UNZIPPED_BYTES as MAX_UNZIPPED_PACKAGE, check_unzipped

from contracts import rx
from contracts.numbers import CURRENCY

MAX_BYTES = 20 * 1024 * 1024
# what the XML parts of a .docx may inflate to (python-docx parses them all): Word's XML compresses 5–10×, and more XML than
# this is more text than MAX_CHARS; a zip bomb (2 GB of repeated markup in 2 MB) is refused before a byte is inflated. Images
# and embedded diagrams (EMF from Visio) count only toward the package limit of tabular (200 MB)
MAX_UNZIPPED_XML = 50 * 1024 * 1024
MAX_CHARS = 1_000_000
# python-docx makes an object of every paragraph and table cell: 45 MB of empty paragraphs, under the XML limit, took ~80 s
# (6 s a million). A contract of MAX_CHARS fills far fewer
MAX_PARAGRAPHS = 300_000
SUPPORTED = (".txt", ".md", ".docx", ".pdf")


class ContractInputError(Problem):
    """Input that cannot be read as a contract."""

    def __init__(self, code: str, message: str, details: dict | None = None):
        super().__init__(code, message, details or {})


@dataclass
class Block:
    """One paragraph of the returned text: text[start:end], and its position in the source."""

    start: int
    end: int
    source_index: int  # paragraph number in document order (docx: body and table-cell paragraphs; a table row: its first)


@dataclass
class Document:
    text: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None


# What typesetting puts into a text that its reader does not see as different letters, read as the letters typed: a
# PDF's ligatures (ﬁ in "conﬁdential"), soft hyphens and zero-width spaces, non-breaking hyphens, Word's typographic
# apostrophe (People’s, won’t: not a Chinese closing quote); and every width of space as a space (a thin space in 1 600 000)
_TYPOGRAPHY = str.maketrans({"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
                             "\u2010": "-", "\u2011": "-", "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                             "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’‘](?=[A-Za-z])")


def _from_lines(lines: list[str], fmt: str, pages: int | None = None, sources: list[int] | None = None) -> Document:
    """`sources[i]` is the source paragraph of line i (default: i)."""
    parts, blocks, pos = [], [], 0
    for i, line in enumerate(lines):
        line = rx.sub(r"[ \t\u3000\xa0\u2000-\u200a\u202f\u205f]+", " ", line.translate(_TYPOGRAPHY)).strip()
        line = _APOSTROPHE.sub("'", line)
        if not line:
            continue
        blocks.append(Block(pos, pos + len(line), sources[i] if sources else i))
        parts.append(line)
        pos += len(line) + 1
    text = "\n".join(parts)
    if not rx.search(r"\w", text):  # also only invisible characters (zero-width space, BOM, NUL), which strip() keeps
        raise ContractInputError("empty_document", "文档中没有可读的文字 / The document contains no readable text.",
                                 {"format": fmt})
    if len(text) > MAX_CHARS:
        raise ContractInputError("too_large", f"合同文字超过 {MAX_CHARS:,} 字符 / The contract text exceeds {MAX_CHARS:,} characters.",
                                 {"chars": len(text), "limit": MAX_CHARS})
    return Document(text=text, format=fmt, blocks=blocks, pages=pages)


def read_text(text: str, fmt: str = "text") -> Document:
    """Pasted text (or decoded .txt/.md): normalised line endings, one block per non-empty line; a text
    hard-wrapped at a fixed width (an e-mailed order form) gets its paragraphs back whole, as a PDF does. A table typed
    with the full-width bar of a Chinese keyboard ("项目｜计费方式｜金额（元）") is read as one typed with |."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("｜", "|")
    lines = _aligned_tables(_rows_rejoined(_figures_rejoined(text.split("\n"))))
    widths = _wrap_width(lines)
    return _from_lines(_join_wrapped(lines, min_length=int(0.7 * widths[0]), width=widths[1]) if widths else _join_evident_wraps(lines), fmt)


def _join_evident_wraps(lines: list[str]) -> list[str]:
    """Without a wrap width (a short text, a few long paragraphs pasted from a PDF viewer), only the evident
    breaks are joined: a long line of prose that stops mid-sentence where the next line goes on ("…每次按合同总价的
    0.1%向甲方支付违约金" broken after 要; "… shall" / "notify the Customer …")."""
    out: list[str] = []
    for raw in lines:
        line, prev = raw.strip(), out[-1] if out else ""
        if prev and line and "|" not in prev + line and not _HEADING_START.match(line) and not _FIELD_LINE.match(line) and (
                (len(prev) >= 30 and rx.search(r"[，、；]", prev) and not rx.search(r"[。；：！？.;:!?]$", prev) and not rx.match(r"附件|附表|附录", line))
                or (len(prev) >= 60 and rx.search(r"[a-z,]$", prev) and rx.match(r"[a-z(]", line))):
            out[-1] = prev + (" " if rx.search(r"[!-~]$", prev) and rx.match(r"[!-~]", line) else "") + line
        else:
            out.append(raw)
    return out


_TIME_UNIT = r"(?:minutes?|mins?|hours?|hrs?|(?:business |working |calendar )?days?|weeks?|months?)\b"


def _figures_rejoined(lines: list[str]) -> list[str]:
    """A figure the wrap cut from its currency or from its sum's equals sign goes back beside it, before a table typed with
    spaces is read (which would leave the figure a line of its own): "Total fees for the Subscription Term          CNY" /
    "1,780,800", "Total contract value:          =" / "CNY 1,016,600"; so does a time unit cut from its number in such a
    table's row: "  P1         a production line … affected   30" / "minutes   6 hours"."""
    out: list[str] = []
    for line in lines:
        if out and rx.search(rf"\S\s+(?:{CURRENCY}|=)$", out[-1].rstrip()) and _amount_of(out[-1], line) \
                or out and rx.search(r"\S {3,}(?:\S.*\s)?\d+(?:\.\d+)?$", out[-1].rstrip()) and rx.match(_TIME_UNIT, line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _rows_rejoined(lines: list[str]) -> list[str]:
    """The end of an indented table row that the wrap put flush left, before another indented row or the table's end, goes
    back on its row: as cells of their own ("  Priority   Description" / "Response     Resolution target"), or as the rest of
    a cell the wrap cut ("  P1   a production line, a factory or more than 50" / "users affected   30 minutes   6 hours"), also
    where that rest is all the line holds: a header's unit ("  Item        Amount" / "(CNY)")."""
    out: list[str] = []
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if out and rx.match(r" +\S+.* {3,}\S", out[-1]) and rx.match(r" +\S|\s*$", after) and (
                rx.match(r"\S.* {3,}\S", line) or rx.fullmatch(r"[(（][^()（）]{1,12}[)）]", line.strip()) and not line.startswith(" ")):
            out[-1] = out[-1].rstrip() + (" " if rx.match(r"[a-z(（]", line) else "   ") + line.strip()
        else:
            out.append(line)
    return out


def _aligned_tables(lines: list[str]) -> list[str]:
    """A table typed with spaces ("Priority 1   6 hours   16 hours" under "Priority   Response within   …")
    as cells split by |, the way the readings know a table, before runs of spaces become one space. Each
    cell goes to the header's column it overlaps most, so right-aligned figures and empty cells keep their column."""
    def cells(line: str) -> list[tuple[int, int]]:
        return [m.span() for m in rx.finditer(r"[^ ]+(?: [^ ]+)*", line.expandtabs(4))]

    def tabular(line: str) -> bool:
        spans, text = cells(line), line.expandtabs(4)
        # prose typed with two spaces is no table: after a sentence ("… month.  The …"), after a clause number
        # ("1.1  The Supplier shall …"), or a cell as long as a sentence; a cell may end a list with ";" in a row of three or
        # more ("P1   firm-wide loss of email, document management or network;   30 minutes   6 hours")
        ends = r"[.。]$" if len(spans) >= 3 else r"[.;。；]$"
        # (an item's name may run longer than the other cells: "Integration services (connector, mapping, results page, training)";
        # not a price list's dot leader: "25 concurrent users ..........   CNY   780,000")
        return "|" not in line and len(spans) >= 2 and not _HEADING_START.match(text.strip()) and \
            all(b - a <= (80 if n == 0 and not rx.search(r"\.{3,}|…", text[a:b]) else 60) for n, (a, b) in enumerate(spans)) and \
            not any(rx.search(ends, text[a:b]) for a, b in spans[:-1])

    def continued(line: str, header: str) -> bool:
        """A row's cell text carried to a line of its own, indented past the first column: "API Subscription   9,800 per
        month x 36 months,   352,800" / "                    including 6,000 documents per month"."""
        spans, first = cells(line), cells(header)
        return bool(spans) and len(first) >= 2 and spans[0][0] >= first[1][0] - 2 and "|" not in line

    out: list[str | None] = list(lines)
    i = 0
    while i < len(lines):
        j, carried = i, set()
        while j < len(lines) and lines[j].strip():
            if not tabular(lines[j]):
                if not (j - i >= 2 and continued(lines[j], lines[i])):
                    break
                carried.add(j)
            j += 1
        if j - i >= 2:
            columns = [a for a, _ in cells(lines[i])] + [10**6]

            def column(a: int, b: int) -> int:
                overlap = [min(b, columns[c + 1]) - max(a, columns[c]) for c in range(len(columns) - 1)]
                return overlap.index(max(overlap))

            # cells typed two spaces apart without lining up under the header, so that two of a row's cells fall under one
            # column ("Annual subscription, … year 1  up to 2,400 certificates, …  186,000" under "Item  Description  Amount
            # (CNY)"), go in order, a short row's last cell under the last column ("Total  396,000")
            placed = [[column(a, b) for a, b in cells(lines[k])] for k in range(i, j) if k not in carried]
            ragged = any(len(set(cols)) < len(cols) for cols in placed)
            rows: list[tuple[int, list[str]]] = []
            for k in range(i, j):
                row = [""] * (len(columns) - 1)
                text = lines[k].expandtabs(4)
                spans = cells(lines[k])
                for n, (a, b) in enumerate(spans):
                    in_order = ragged and k not in carried and len(spans) <= len(row)
                    col = (n if n < len(spans) - 1 else len(row) - 1) if in_order else column(a, b)
                    row[col] = f"{row[col]} {text[a:b]}".strip()
                if k in carried:  # a continuation: its text goes into the row above, cell by cell
                    rows[-1] = (rows[-1][0], [f"{above} {more}".strip() for above, more in zip(rows[-1][1], row)])
                    out[k] = None
                else:
                    rows.append((k, row))
            for k, row in rows:
                out[k] = " | ".join(row)
        i = max(j, i + 1)
    return [line for line in out if line is not None]


def _wrap_width(lines: list[str]) -> tuple[int, int] | None:
    """The width a text is hard-wrapped at, or None: most lines near the width (the 90th percentile of
    line lengths) run on into the next line without ending a sentence. With it, the width the wrap filled lines
    to: the longest of those lines, as a wrap fills none past it (not one that reading joined again, a figure cut
    in two: past a tenth over the 90th percentile)."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths or (width := lengths[int(0.9 * (len(lengths) - 1))]) < 30:
        return None
    full = [i for i, line in enumerate(lines) if len(line.strip()) >= 0.7 * width]
    running_on = [i for i in full if i + 1 < len(lines) and lines[i + 1].strip() and "|" not in lines[i] + lines[i + 1]
                  and not rx.search(r"[.;:。；：!?！？]$", lines[i].rstrip())]
    if len(running_on) < 4 or len(running_on) < 0.4 * len(full):
        return None
    return width, max((n for i in running_on if (n := len(lines[i].strip())) <= 1.1 * width), default=width)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK/GB2312)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ContractInputError("undecodable_text", "文本既不是 UTF-8 也不是 GB18030 编码 / The text is neither UTF-8 nor GB18030.",
                             {"tried": ["utf-8", "gb18030"]})


# ---- .docx -------------------------------------------------------------------------------------

_CN = "〇一二三四五六七八九"


def _chinese_counting(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
               "chineseLegalSimplified"):
        return _chinese_counting(n)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Renders Word list labels ('第%1条', '%1.%2') from numbering.xml, counting as Word does."""

    def __init__(self, docx_document):
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        self._style_numbering = self._numbered_styles(docx_document)
        try:
            root = docx_document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for an in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in an.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl")))
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[ilvl] = (fmt.get(qn("w:val")) if fmt is not None else "decimal",
                                text.get(qn("w:val")) if text is not None else "",
                                int(start.get(qn("w:val"))) if start is not None else 1)
            abstract[an.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self._levels[num.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

    def _numbered_styles(self, docx_document) -> dict:
        """style id → the w:numPr it (or a style it is based on) carries; read once, because
        python-docx's per-paragraph style lookup scans every style each time."""
        qn = self._qn
        try:
            styles = docx_document.styles.element.findall(qn("w:style"))
        except (KeyError, AttributeError):
            return {}
        own, based_on = {}, {}
        for st in styles:
            sid = st.get(qn("w:styleId"))
            ppr = st.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is not None:
                own[sid] = num_pr
            base = st.find(qn("w:basedOn"))
            if base is not None:
                based_on[sid] = base.get(qn("w:val"))
        out = {}
        for sid in {st.get(qn("w:styleId")) for st in styles}:
            seen, cur = set(), sid
            while cur is not None and cur not in own and cur not in seen:
                seen.add(cur)
                cur = based_on.get(cur)
            if cur in own:
                out[sid] = own[cur]
        return out

    def label(self, paragraph) -> str:
        qn = self._qn
        ppr = paragraph._p.pPr
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None and ppr is not None and ppr.find(qn("w:pStyle")) is not None:  # numbering from the style
            num_pr = self._style_numbering.get(ppr.find(qn("w:pStyle")).get(qn("w:val")))
        if num_pr is None:
            return ""
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(qn("w:val"))
        ilvl = int(ilvl_el.get(qn("w:val"))) if ilvl_el is not None else 0
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = levels[ilvl]

        def render(m: re.Match) -> str:
            lvl = int(m.group(1)) - 1
            f, _, start = levels.get(lvl, ("decimal", "", 1))
            value = counters[lvl] + start - 1 if counters[lvl] else start
            return _format_number(value, fmt if lvl == ilvl else f)

        label = rx.sub(r"%(\d)", render, text)
        return label + ("" if label.endswith((" ", "、", "　")) or not label else " ")


def _row_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:  # merged cells repeat
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _inner_content(container):
    """The paragraphs and tables of a document or a cell in reading order, also those inside a content control (w:sdt:
    a Word template's sections), which python-docx's iter_inner_content leaves out."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parent = getattr(container, "_body", container)

    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, parent)
            elif child.tag == qn("w:tbl"):
                yield Table(child, parent)
            elif child.tag == qn("w:sdt") and child.find(qn("w:sdtContent")) is not None:
                yield from walk(child.find(qn("w:sdtContent")))

    yield from walk(parent._element)


def _paragraph_text(paragraph) -> str:
    """The text as Word shows it with tracked changes accepted: also the runs in an inline content control (a template's
    field), a tracked insertion or move, a field or a smart tag, which python-docx's Paragraph.text leaves out; deleted
    and moved-away text is not read."""
    from docx.oxml.ns import qn
    from docx.text.run import Run

    skipped = {qn("w:del"), qn("w:moveFrom"), qn("w:pPr")}

    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:r"):
                yield Run(child, paragraph).text
            elif child.tag not in skipped:
                yield from walk(child)

    return "".join(walk(paragraph._p))


def docx_paragraphs(container):
    """Body paragraphs and table-cell paragraphs in reading order (the order blocks are numbered in)."""
    from docx.table import Table

    for item in _inner_content(container):
        if isinstance(item, Table):
            for row in item.rows:
                for cell in _row_cells(row):
                    yield from docx_paragraphs(cell)
        else:
            yield item


def _header_like(cell: str) -> bool:
    """A column name: short (8 Chinese characters; 48 other in six words at most), no figures — '响应时间', 'Workaround or
    restoration', 'On-site attendance or remote restoration'."""
    if rx.search(r"[\u4e00-\u9fff]", cell):
        short = len(cell) <= 8
    else:
        short = len(cell) <= 48 and len(cell.split()) <= 6
    return 0 < len(cell) and short and not rx.search(r"\d", cell)


def _docx_lines(document, numbering: "_Numbering") -> tuple[list[str], list[int]]:
    """A line per body paragraph, and per table row a Markdown row '| cell | cell |' — a term and
    its label stay on one line, as contract_review reads tables — with a header row ruled off when
    the first row looks like one (_header_like). Also each line's first paragraph."""
    from docx.table import Table

    lines, sources, index = [], [], 0
    for item in _inner_content(document):
        if not isinstance(item, Table):
            lines.append(numbering.label(item) + _paragraph_text(item))
            sources.append(index)
            index += 1
            continue
        for r, row in enumerate(item.rows):
            first, cells = index, []
            for cell in _row_cells(row):
                paragraphs = list(docx_paragraphs(cell))
                index += len(paragraphs)
                text = " ".join((numbering.label(p) + _paragraph_text(p)).strip() for p in paragraphs)
                cells.append(rx.sub(r"\s+", " ", text).replace("|", "/").strip())
            if not any(cells):
                continue
            lines.append("| " + " | ".join(cells) + " |")
            sources.append(first)
            if r == 0 and len(item.rows) > 1 and len(cells) > 1 and all(_header_like(c) for c in cells):
                lines.append("|" + "---|" * len(cells))
                sources.append(first)
    return lines, sources


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the signature of an OLE compound file


def read_docx(data: bytes) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE):  # Word 97-2003, and Word's own encryption of a .docx, are OLE files, not zip packages
        raise ContractInputError("corrupt_docx", "这是旧版 Word（.doc）文件或设有打开密码的 Word 文件：请在 Word 中取消密码并另存为 .docx 后上传 / "
                                 "This is a Word 97-2003 (.doc) file or a password-protected Word file: remove the password and "
                                 "save it as .docx, then upload that.", {"reason": "OLE compound file, not a .docx package"})
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_unzipped(package, "docx", MAX_UNZIPPED_XML, MAX_UNZIPPED_PACKAGE)
            _check_paragraphs(package.read("word/document.xml"))
        document = docx.Document(io.BytesIO(data))
    except Problem:  # too_large from check_unzipped, before the ValueError below
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ContractInputError("corrupt_docx", "无法打开该 Word 文件（文件损坏或不是 .docx）/ The Word file is corrupt or not a .docx.",
                                 {"reason": str(exc)[:200]}) from exc
    except Exception as exc:  # lxml XMLSyntaxError and other damage inside the package
        raise ContractInputError("corrupt_docx", "无法解析该 Word 文件 / The Word file cannot be parsed.",
                                 {"reason": f"{type(exc).__name__}: {str(exc)[:200]}"}) from exc
    lines, sources = _docx_lines(document, _Numbering(document))
    return _from_lines(lines, "docx", sources=sources)


_PARAGRAPH_OR_CELL = re.compile(rb"<(?:\w+:)?(?:p|tc)[\s/>]")


def _check_paragraphs(xml: bytes) -> None:
    for count, _ in enumerate(_PARAGRAPH_OR_CELL.finditer(xml), start=1):
        if count > MAX_PARAGRAPHS:
            raise ContractInputError("too_large", f"Word 文件的段落和表格单元格超过 {MAX_PARAGRAPHS:,} 个 / The Word file has more than "
                                     f"{MAX_PARAGRAPHS:,} paragraphs and table cells.", {"limit": MAX_PARAGRAPHS})


# ---- .pdf --------------------------------------------------------------------------------------

# pypdf reports what it recovers from ("EOF marker not found") as warnings, which reached a CLI user's terminal as a stray line
# before the error that says the file cannot be read; its errors still pass
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except (PdfReadError, ValueError, OSError) as exc:
        raise ContractInputError("corrupt_pdf", "无法解析该 PDF 文件 / The PDF file cannot be parsed.",
                                 {"reason": str(exc)[:200]}) from exc
    if encrypted:
        try:  # owner-password-only PDFs open with an empty user password
            if not reader.decrypt(""):
                raise ContractInputError("encrypted_pdf", "PDF 已加密，请提供未加密的文件 / The PDF is encrypted; upload an unencrypted copy.", {})
        except ContractInputError:
            raise
        except Exception as exc:
            raise ContractInputError("encrypted_pdf", "PDF 已加密，请提供未加密的文件 / The PDF is encrypted; upload an unencrypted copy.",
                                     {"reason": str(exc)[:200]}) from exc
    lines: list[str] = []
    try:
        for page in reader.pages:
            lines.extend(_without_page_number((page.extract_text() or "").rstrip("\n").split("\n")))
    except Exception as exc:
        raise ContractInputError("corrupt_pdf", "PDF 内容无法读取 / The PDF content cannot be read.",
                                 {"reason": f"{type(exc).__name__}: {str(exc)[:200]}"}) from exc
    if not "".join(lines).strip():
        raise ContractInputError("no_text_layer", "PDF 没有文字层（可能是扫描件），请先做 OCR 或上传 Word 版 / The PDF has no text layer "
                                 "(a scan?); run OCR or upload the Word file.", {"pages": len(reader.pages)})
    return _from_lines(_join_wrapped(lines), "pdf", pages=len(reader.pages))


# (a number before a month is a date the wrap put first, no heading: "… starts on the Subscription Start Date," / "1 June 2026, and runs …")
_HEADING_START = re.compile(r"^\s*(第[一二三四五六七八九十百\d]+(?:[条章节]|部分)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                            r"\d{1,2}(\.\d{1,2})*(?:[、．]|\s+(?![a-z\s]|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)|\.(?!\d))|\((?:[a-z]{1,2}|[ivx]{1,4})\)\s|[A-H]\d{1,2}\.(?!\d)|[-*•·]\s|"
                            r"(?:(?:Article|Section|Clause|ARTICLE|SECTION|CLAUSE)\s+|(?:Art|ART)\.\s*)[\dIVXLC]+(?:\.\d+)*\.?(?:\s+(?=[A-Z\"“(\-–])|\s*$)|"
                            r"§\s*\d+|[IVX]{1,4}\.\s+(?=[A-Z]{2}))")  # "Article 9" alone on its line, "VI. DATA AND CONFIDENTIALITY"


_NUMBER_WORD = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)"


# a cover-page field starts its own line: the title above it is no paragraph to continue ("…服务合同" / "合同编号：…")
_FIELD_LINE = re.compile(r"(?:合同编号|协议编号|项目编号|项目名称|签订(?:地点|日期|时间)|[甲乙丙]方|采购人|采购方|供应商|委托方|受托方|买方|卖方)"
                         r"[^：:，。]{0,8}[：:]|(?:Contract|Agreement|Order) (?:No\.|Number)|"
                         r"(?:Buyer|Supplier|Customer|Vendor|Purchaser|Seller|Contractor|Provider|Client)\s*:")


_PAGE_NUMBER = re.compile(r"\s*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)\s*$")


def _without_page_number(lines: list[str]) -> list[str]:
    """A page's lines without its page number (its first line or its last two; the text layer may run it into
    the last line of text), so that a sentence broken by the page ("…belong to" / "the Buyer.") is joined again."""
    ends = {0, len(lines) - 2, len(lines) - 1}
    out = []
    for i, line in enumerate(lines):
        bare = _PAGE_NUMBER.sub("", line) if i in ends else line
        if bare.strip() or not line.strip():
            out.append(bare)
    return out


_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"  # Chinese characters and punctuation, full-width forms


_LEADERS = r"\s*(?:\.{3,}|…{2,})"


def _amount_of(prev: str, line: str) -> bool:
    """Whether `line` is an amount alone that the wrap cut from its label on `prev`: after the label's colon or leaders, or
    after a label that ends no sentence: "- Total Order Value for the Subscription Term (…):" / "CNY 718,000"; "Total Order
    Value for the Initial Term ........" / "1,292,000"; "Total Contract Value (Subscription Term)" / "CNY 985,200"; "Total
    Fees under this Order Form" / "= CNY 315,400"; "Total Support Fees for the Renewal Term:   CNY" / "1,884,000 (inclusive
    of VAT)"; a price table's last row cut by the wrap: "Total Contract Value" / "985,800"."""
    currency = rf"(?:{CURRENCY}|人民币)\s*"
    figure = rx.fullmatch(rf"(=\s*)?({currency})?(\d[\d,]*)(?:\.\d+)?\s*元?(?:\s*\([^()]{{1,40}}\))?[.;,，。；]?", line.strip())
    return bool(figure and prev and (rx.search(_LEADERS + r"$", prev) or not rx.search(r"[.;。；!?！？]$", prev) and (
        figure.group(2) or rx.search(rf"\b{CURRENCY}$", prev.rstrip())
        or "," in figure.group(3) and rx.search(r"\b(?:total|sub-?total|value|fees?|price|amount)\b[^.;:]{0,40}$", prev, re.I))))


def _join_wrapped(lines: list[str], min_length: int = 26, width: int | None = None) -> list[str]:
    """PDF lines are visual lines: join a line to the previous one unless it starts a numbered item, a
    list entry ("Forecasting module ...... 218,000") or a new sentence after one that ended, or the previous
    one is shorter than a wrapped line (a title), so paragraphs come back whole — a paragraph is never run
    into the next, at worst a sentence stays split where it was split anyway. A table row is never joined.
    With the `width` a text was wrapped at, a sentence after one that ended goes on the same paragraph when
    its first word could not have followed on that full line: the wrap, not the writer, broke it there."""
    out: list[str] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        prev = out[-1] if out else ""
        # a price-list entry whose dot leaders the wrap carried to the next line: "Total Order Value" / "........ CNY 812,000"
        label = i + 1 < len(lines) and rx.match(_LEADERS, lines[i + 1])
        if (rx.match(_LEADERS, line) or _amount_of(prev, line)) and prev and "|" not in prev:
            # (leaders the wrap cut in two run on as one: "Total ........" / "........ CNY 434,000")
            out[-1] = prev + ("" if rx.search(r"[.…]$", prev) and rx.match(r"[.…]", line) else " ") + line
            continue
        echo = rx.match(r"\(\d+\)", line) and rx.search(_NUMBER_WORD + r"$", prev, re.I)  # "the twelve" / "(12) months"
        # a number broken off the word it counts is no numbered item: "… response times are: Priority" / "1 (the Service …", nor
        # one off an address's marker: "Edificio Pellas, Km" / "4.5 Carretera a Masaya, Managua"
        echo = echo or rx.match(r"\d", line) and rx.search(r"\b(?:Priority|Severity|Sev|Level|Tier|Section|Clause|Article|Schedule|"
                                                        r"Annex|Appendix|Exhibit|Part|Item|Phase|Stage|Milestone|Km|Suite|Apt|Box)$|第$", prev, re.I)
        # a figure carried to the next line is no numbered item: "… availability of the production environment of" / "99.95 %, …"
        echo = echo or rx.match(r"\d[\d,.]*\s*(?:%|％|per ?cent\b)", line) and rx.search(r"[a-z,]$", prev)
        # … also past its measure's colon: "(1) Availability of the sales channels and of the access-control service:" / "99.95 % per
        # calendar month", "… during each Examination Window:" / "not less than 99.95%;"
        # (or a time past its level's: "Severity 1 (API unavailable or returning wrong certificate status):" / "within 2 hours, at any time;",
        # "Priority 1 (the Service is unavailable …):" / "30 minutes; Priority 2 …", "Severity 1 (…):" / "within 8 business hours;")
        # (… also after a name in capitals: "- Monthly availability of the HerdSense web application and mobile API:" / "99.95%, excluding …")
        level_named = rx.search(r"[A-Za-z)]\s*[:：]$", prev) and rx.match(r"(?:(?:not|no) less than |at least |a minimum of )?\d[\d,.]*\s*(?:%|％|per ?cent\b)|"
                                                                      r"(?:within )?(?:\d+|[a-z]+(?:-[a-z]+)?\s+\(\d+\))\s*(?:business |working |calendar )?(?:minutes?|hours?|days?)\b", line, re.I)
        echo = echo or level_named
        # a dash that opens an aside the wrap put first is no bullet: "… rights in the custom deliverables" / "- the cue
        # sequences …, and the related documentation - pass to the Client"
        # a reference the wrap put first is no heading: "… 40 % upon Final Acceptance under" / "Art. 5."
        echo = echo or rx.match(r"(?:Art\.|Article|Clause|Section|§)\s*\d", line) and rx.search(r"\b(?:under|in|of|per|see|to|and|or|with)$", prev, re.I)
        aside = line[2:] + " " + (lines[i + 1] if i + 1 < len(lines) else "")
        echo = echo or rx.match(r"[-–—]\s", line) and rx.search(r"\s[-–—]\s", aside) and rx.search(r"[a-z]$", prev)
        # … nor one that gives a level its time: "5.4 Response times: Priority 1 (… at any Property)" / "- one (1) hour, at any time; …"
        echo = echo or rx.match(r"[-–—]\s+(?:within\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?\s+\(\d+\))\s*(?:minutes?|hours?|(?:business |working )?days?)\b", line, re.I) \
            and not rx.search(r"[.;:。；：]$", prev)
        # a line that stops on an article or a preposition goes on, whatever the next one looks like: "… witnessed by the" / "Customer: (a) …",
        # "… sent to the contacts in" / "A6."
        echo = echo or rx.search(r"\b(?:the|a|an|of|in|into|per|by|to|for|with|within|from|at|on|under|than|its|their|our|your)$", prev)
        broken_number = rx.search(r"\d[.,]$", prev) and rx.match(r"\d", line)  # "…the Contract Price, 0." / "1% per day"
        # … or a Chinese line broken inside a figure: "…（平台无法登录）：3" / "0 分钟内响应", "即 ¥6" / "27,000，乙方…", "支付 1,2" /
        # "00 元违约金", "合同总额的 4" / "5%", "即 ¥852" / ",500。", "可用率不低于 9" / "9.95%" (not a numbered item: "2. 乙方…")
        split_figure = rx.search(rf"[{_CJK}¥]\s?\d{{1,3}}(?:,\d{{3}})*(?:,\d{{1,2}})?$", prev) and rx.match(r"(?:,\d{3})+(?!\d)|\d*\.\d+\s*[%％]|\d+(?!\d*\s*[.、．)）])", line)
        echo = echo or split_figure
        # … or a count that goes on a Chinese sentence: "乙方应在" / "5 个工作日内提出方案和报价"
        echo = echo or rx.search(rf"[{_CJK}]$", prev) and rx.match(r"\d[\d,.]*\s*(?:个|日|天|小时|分钟|工作日|周|月|年|%|％|万|元|名|家|台|套|次)", line)
        broken_number = broken_number or split_figure
        abbreviation = rx.search(r"\b(?:i\.e|e\.g|etc|Co|Ltd|Inc|No|Nos|Art|Sec|cl|para|approx|Mr|Ms|Dr|St|vs|p\.a|[A-Z])\.$", prev)
        new_sentence = rx.search(r"[.!?][\"”')]?$", prev) and rx.match(r"[A-Z\"“\d]", line) and not broken_number and not abbreviation
        # … unless the wrap broke it: "7.1 Provider may use the hosting partner identified in A6." / "Provider shall not use any other
        # subcontractor …" at 60, where "Provider" could not follow on the line before
        # (a title is no such sentence: "SECTION 5 — SERVICE LEVELS", "Service Levels" — no small letter, or short and unended)
        carried = width and len(lines[i - 1].rstrip()) + 1 + len(line.split()[0]) > width and rx.search(r"[a-z]", line) \
            and (len(line) >= min_length or rx.search(r"[.;:!?][\"”')]?$", line))
        new_sentence = new_sentence and not carried
        # a labelled paragraph after a price list's last amount: "Total Contract Value    892,000" / "Invoicing: The onboarding fee …"
        new_sentence = new_sentence or rx.search(r"\d,?\d{3}$", prev) and rx.match(r"[A-Z][a-z]+(?: [a-z]+){0,3}:\s", line)
        # … and an indented entry after an amount, in a price list the wrap cut row by row: "…   CNY 348,000" / "    Integration
        # (one-time, fixed)" / "CNY  46,000"
        after_sum = rx.search(r"\d,\d{3}$", prev)
        new_sentence = new_sentence or after_sum and rx.match(r"\s{2,}[A-Z]", raw)
        # … and a price line after a price line, each its own name and sum: "Subscription fee, Subscription Year 1: CNY 472,000" /
        # "Onboarding and integration fee (one-time): CNY 62,000", also one whose sum the wrap carried to the next line: "… connector
        # (fixed price): CNY" / "318,000"
        new_sentence = new_sentence or after_sum and rx.fullmatch(rf"[A-Z][^.;:]{{0,100}}:\s*(?:{CURRENCY}\s?)?(?:\d[\d,]*(?:\.\d+)?)?", line)
        # an amount the wrap carried past its label's colon goes on the label's line: "… Total Contract Value:" / "CNY 390,000. Shipments …"
        # (also its sum worked out: "… Total Charges for the Minimum Term:" / "24 x CNY 109,960 + CNY 86,000 = CNY 2,725,040.")
        money_named = rx.search(r"\b(?:value|price|total|fees?|charges?|amount|sum)\b[^.;:：]{0,40}[:：]$", prev, re.I) \
            and rx.match(rf"(?:\d+\s*[x×]\s*)?{CURRENCY}\s?\d", line)
        rule = r"^[=\-*_~#·—]{3,}$"  # a ruling line ("=====") between parts is no text to run on
        if prev and not rx.match(rule, prev) and not rx.match(rule, line) \
                and (echo or not _HEADING_START.match(line) and not _FIELD_LINE.match(line)) and "|" not in prev + line \
                and (not rx.search(r"[。；：:;！？!?]$", prev) or money_named or level_named) and not new_sentence and not rx.search(r"\.{4,}|…{2,}", line) \
                and not rx.search(r"(?:\.{4,}|…{2,}).*\d\s*$", prev) and not label \
                and len(prev) >= min_length:
            # a space between words, accented ones too ("São" / "Tomé"), none inside Chinese ("…合同总价的2" / "0%…" is 20%)
            sep = " " if rx.search(rf"(?:^|\s)[^\s{_CJK}]*$", prev) and rx.match(rf"[^\s{_CJK}]", line) and not broken_number else ""
            out[-1] = prev + sep + line
        else:
            out.append(line)
    return out


# ---- entry point -------------------------------------------------------------------------------

def read_document(data: bytes, filename: str, max_bytes: int = MAX_BYTES) -> Document:
    """Uploaded bytes to a Document; raises ContractInputError (→ HTTP 4xx) for anything unreadable."""
    suffix = Path(filename or "").suffix.lower()
    if suffix not in SUPPORTED:
        raise ContractInputError("unsupported_format", f"不支持的文件类型 {suffix or '（无扩展名）'}，支持 .txt .md .docx .pdf / "
                                 f"Unsupported file type {suffix or '(none)'}; use .txt, .md, .docx or .pdf.",
                                 {"filename": filename, "supported": list(SUPPORTED)})
    if len(data) > max_bytes:
        raise ContractInputError("too_large", f"文件超过 {max_bytes // (1024 * 1024)} MB 上限 / The file exceeds the "
                                 f"{max_bytes // (1024 * 1024)} MB limit.", {"bytes": len(data), "limit": max_bytes})
    if not data.strip():
        raise ContractInputError("empty_document", "文件为空 / The file is empty.", {"filename": filename})
    if suffix == ".docx":
        return read_docx(data)
    if suffix == ".pdf":
        return read_pdf(data)
    return read_text(decode_text(data), fmt=suffix.lstrip("."))
