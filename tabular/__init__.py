"""Spreadsheets as people send them: CSV in UTF-8 or GBK, XLSX, Chinese or English headers.

One reader for every upload and import (survey lines, supplier scores, cases), so each gives the
same errors: the row as the spreadsheet numbers it, the column by the name the user wrote.

    open_table(source, filename, columns=…, required=…, max_rows=…)  # header now, rows as iterated
    check_format(filename, formats)                                   # the suffix, or a 415
    open_text(source, filename)                                       # decoded text (JSON, JSONL)
    drop_thousands(text, decimal)                                     # "1,200" → "1200"; "1,5" → CommaError
    check_unzipped(archive, filename, xml_limit, total_limit)         # a .xlsx/.docx that inflates past a limit: 413
    table.decimal                                                     # the decimal mark of the file's numbers

A source is the uploaded bytes or a path; a path is streamed (a large import is never held in
memory whole).
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, Mapping, NamedTuple, TextIO
from xml.etree.ElementTree import ParseError

from problems import Problem

TABLE_FORMATS = (".csv", ".xlsx")
ENCODINGS = ("utf-8-sig", "gb18030")  # gb18030 covers GBK, what Excel on a Chinese Windows saves
TITLE_ROWS = 5  # non-blank rows a form may put above its header (a merged title, 填报单位, 单位：元)
# what the parts of an .xlsx may inflate to: ten times the 20 MB upload (XML compresses 5–10×); a zip bomb (2 GB of repeated
# bytes in 2 MB) is refused before a byte is inflated
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024

Source = bytes | str | os.PathLike


class TableError(Problem):
    """A file that cannot be read as a table."""


class CommaError(ValueError):
    """A number whose separator is not one the file's decimal mark allows (or, in a ';'-separated file
    whose numbers never show their decimal mark, could be either); `en` and `zh` say how to write it,
    for the caller's own error (it knows the row and column)."""

    def __init__(self, text: str, start: int, end: int, ambiguous: bool = False):
        head, tail = re.fullmatch(r"(.*)[,，.](\d*)", text[start:end]).groups()
        decimal = text[:start] + re.sub(r"\D", "", head) + "." + (tail.rstrip("0") if ambiguous else tail) + text[end:]
        whole = text[:start] + re.sub(r"\D", "", text[start:end]) + text[end:]
        if ambiguous:
            self.en = (f"{text} may be {decimal} or {whole} (no number in this ';'-separated file shows its decimal mark): "
                       f"write {decimal} or {whole}")
            self.zh = f"“{text}”可能是{decimal}也可能是{whole}（该文件以分号分隔，数字看不出小数点）：请写成{decimal}或{whole}"
        else:
            self.en = f"{text} is not a number: write {decimal} or {whole}"
            self.zh = f"“{text}”不是有效数字：请写成{decimal}或{whole}"
        super().__init__(f"{self.zh} / {self.en}")


_COMMA_NUMBER = re.compile(r"[\d.]*\d(?:[,，][\d.]*\d)+")  # digits with commas (ASCII or full-width) between them
_THOUSANDS = re.compile(r"[1-9１-９]\d{0,2}(?:[,，]\d{3})+(?:\.\d+)?")


# digits with separators between them as a European Excel writes them: 1.500 / 1.500,00 / 1 500,00 (a space
# or no-break space between groups of three)
_SEPARATED_NUMBER = re.compile(r"\d+(?:(?:[,，.]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)+")


def decimal_mark(number: str) -> str | None:
    """The decimal mark a number shows by itself: "," for 1,5 / 1.500,00 / 1 500,00 / 1.500.000 / 0,500;
    "." for 1.5 / 1,500.00 / 1,500,000; None for 1500 and for 1.500 or 1,500 (a thousand, or one and a half)."""
    marks = [c for c in number.replace("，", ",") if c in ",."]
    if not marks:
        return None
    last = marks[-1]
    other = "." if last == "," else ","
    if other in marks or re.search(r"\s", number):
        return last  # two kinds of separator, or groups of three by spaces: the last one is the decimal mark
    if len(marks) > 1:
        return other  # 1.500.000: the repeated one groups thousands
    head, tail = re.split(r"[,，.]", number)
    return None if len(tail) == 3 and head.strip("0") else last


def drop_thousands(text: str, decimal: str | None = ".") -> str:
    """`text` with its numbers written with a decimal point and no thousands separators.

    `decimal` is the decimal mark of the file's numbers (Table.decimal). "." (the Chinese and English
    way, and every file but a ';'-separated one): 1,200 / 12,345,678.5 / ¥3,000 / 1，200台 lose their
    commas and any other comma between digits raises CommaError: Excel in a European locale writes 1,5
    for 1.5, and dropping that comma would read 15, a silently wrong number. "," (a ';'-separated file
    whose numbers show a decimal comma): 1.500 / 1.500,00 / 1 500,00 → 1500 / 1500.00 / 1500.00, 1,5 → 1.5.
    None (a ';'-separated file whose numbers never show which): each number is read as it shows its mark
    by itself, and 1.500 or 1,500 — a thousand or one and a half — raises CommaError."""
    if decimal == ".":
        return _COMMA_NUMBER.sub(lambda m: _point_number(text, m), text)

    def read(m: re.Match) -> str:
        number = m.group()
        mark = decimal or decimal_mark(number)
        group = "[ \u00a0\u202f" + {",": ".", ".": ",", None: ""}[mark] + "]"  # spaces, and the mark that is not the decimal
        grouped = re.fullmatch(rf"(\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{re.escape(mark or '.')}(\d+))?", number.replace("，", ","))
        if not grouped or (mark is None and re.search(r"[,，.]", number)):
            raise CommaError(text, m.start(), m.end(), ambiguous=mark is None)
        whole = re.sub(r"\D", "", grouped.group(1))
        return f"{whole}.{grouped.group(2)}" if grouped.group(2) else whole

    return _SEPARATED_NUMBER.sub(read, text)


def _point_number(text: str, m: re.Match) -> str:
    if not _THOUSANDS.fullmatch(m.group()):
        raise CommaError(text, m.start(), m.end())
    return re.sub("[,，]", "", m.group())


def too_many_rows(row: int, limit: int) -> TableError:
    """The error for a file with more than `limit` data rows, raised at the row past the limit (413)."""
    return TableError("too_many_rows", f"第{row}行：超过{limit:,}行上限，请拆分文件 / "
                      f"row {row}: more than {limit:,} rows; split the file", {"row": row, "limit": limit})


def check_format(filename: str, formats: tuple[str, ...]) -> str:
    """The file's suffix (lower case) when it is one of `formats`; else unsupported_format (415)."""
    suffix = Path(filename).suffix.lower()
    if suffix in (".xls", ".et") and suffix not in formats:
        raise TableError("unsupported_format", "不支持旧版 .xls 工作簿，请另存为 .xlsx 格式 / old .xls workbooks are not supported: save as .xlsx",
                         {"file": filename}, status=415)
    if suffix not in formats:
        names = [f[1:].upper() for f in formats]
        listed = f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]
        raise TableError("unsupported_format", f"不支持的文件类型 {suffix or '（无）'}，仅支持 {'、'.join(names)} / "
                         f"unsupported file type {suffix or '(none)'}: use {listed}", {"file": filename, "supported": list(formats)}, status=415)
    return suffix


def _encoding(open_binary: Callable[[], BinaryIO]) -> str:
    """UTF-8 (with or without BOM), else GB18030, checked line by line so that a file on disk is
    never held whole (a newline byte is never inside a UTF-8 or GB18030 character)."""
    bad = (1, 0)  # line and byte offset of the first byte that is not UTF-8, for the message
    for encoding in ENCODINGS:
        with open_binary() as fh:
            offset = 0
            for line, raw in enumerate(fh, start=1):
                try:
                    raw.decode(encoding)
                except UnicodeDecodeError as e:
                    if encoding == ENCODINGS[0]:
                        bad = (line, offset + e.start)
                    break
                offset += len(raw)
            else:
                return encoding
    raise TableError("invalid_encoding", f"第{bad[0]}行：文件编码无法识别，请另存为 CSV UTF-8 / line {bad[0]}: the file is neither "
                     f"UTF-8 nor GBK text; save it as 'CSV UTF-8'",
                     {"line": bad[0], "byte_offset": bad[1]}, status=400)


def _content_encoding(content: bytes | Path) -> str:
    return _encoding((lambda: io.BytesIO(content)) if isinstance(content, bytes) else (lambda: content.open("rb")))


def _content(source: Source, filename: str | None) -> bytes | Path:
    """The upload's bytes, or the path of a readable file; empty or blank content is refused."""
    if isinstance(source, (bytes, bytearray)):
        if not source.strip():
            raise TableError("empty_file", "文件为空 / the file is empty", {"file": filename or ""}, status=400)
        return bytes(source)
    path = Path(source)
    if not path.is_file():
        raise TableError("file_not_found", f"找不到文件：{path} / no such file: {path}", {"file": str(path)}, status=400)
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                if chunk.strip():
                    return path
    except OSError as e:
        raise TableError("unreadable_file", f"无法读取文件：{path} / cannot read {path}: {e.strerror}",
                         {"file": str(path)}, status=400) from None
    raise TableError("empty_file", "文件为空 / the file is empty", {"file": filename or path.name}, status=400)


def open_text(source: Source, filename: str | None = None) -> TextIO:
    """The text of an upload or a file (newlines kept as written, for csv): UTF-8 or GB18030.

    Raises file_not_found / unreadable_file / empty_file / invalid_encoding (400)."""
    content = _content(source, filename)
    return _decoded(content, _content_encoding(content))


def _decoded(content: bytes | Path, encoding: str) -> TextIO:
    if isinstance(content, bytes):
        return io.StringIO(content.decode(encoding), newline="")
    return content.open(encoding=encoding, newline="")


class _Csv(NamedTuple):
    """A CSV's content, encoding and delimiter, each found once: finding the encoding reads the whole file."""
    content: bytes | Path
    encoding: str
    delimiter: str

    @property
    def european(self) -> bool:
        """Whether its numbers may have a decimal comma: ';'-separated (a European Excel's list separator) and not GBK
        (what Excel on a Chinese Windows saves: its decimal mark is a point)."""
        return self.encoding == ENCODINGS[0] and self.delimiter == ";"


def _csv(source: Source, filename: str | None) -> _Csv:
    """The delimiter is the one of , tab ; that the first non-blank line uses most (Excel writes ';' where the decimal
    mark is a comma)."""
    content = _content(source, filename)
    encoding = _content_encoding(content)
    with _decoded(content, encoding) as text:
        delimiter = max(",\t;", key=next((line for line in text.read(8192).splitlines() if line.strip()), "").count)
    return _Csv(content, encoding, delimiter)


def _format(source: Source, filename: str | None) -> str:
    """.csv or .xlsx, from the upload's name or the path's."""
    return check_format(filename or ("" if isinstance(source, (bytes, bytearray)) else Path(source).name), TABLE_FORMATS)


def _csv_rows(file: _Csv) -> Iterator[list[Any]]:
    """Raw rows of a CSV, one per line as Excel writes it (blank ones included)."""
    with _decoded(file.content, file.encoding) as text:  # as Excel writes it ("" inside quotes is a quote, cells may span lines)
        yield from csv.reader(text, delimiter=file.delimiter)


def _file_decimal(file: _Csv, columns: list[int]) -> str | None:
    """The decimal mark of a ';'-separated file's numbers in `columns`: the one they show by themselves (1,5 / 1.500,00 /
    1 500,00 show a comma; 1.5 / 1,500.00 a point), or None where none shows one or they disagree. Read in a first pass."""
    marks = set()
    for row in _csv_rows(file):
        for i in columns:
            if i < len(row) and row[i]:
                marks.update(decimal_mark(m.group()) for m in _SEPARATED_NUMBER.finditer(str(row[i])))
    marks.discard(None)
    return marks.pop() if len(marks) == 1 else None


def check_unzipped(archive: zipfile.ZipFile, filename: str | None, xml_limit: int, total_limit: int) -> None:
    """Refuses (413 too_large) a package (.xlsx, .docx) whose XML parts (what is parsed, and grows tenfold in memory)
    inflate to more than `xml_limit` bytes, or all its parts (images too) to more than `total_limit`, as its zip directory
    declares them, before any is inflated: zipfile never inflates a part past its declared size (it stops there and
    fails the CRC), so a directory that understates a part cannot get more through."""
    parts = archive.infolist()
    xml = [p for p in parts if p.filename.endswith((".xml", ".rels"))]
    for chosen, limit in ((xml, xml_limit), (parts, total_limit)):
        total = sum(p.file_size for p in chosen)
        if total > limit:
            largest = max(chosen, key=lambda p: p.file_size)
            mb = limit // (1024 * 1024)
            raise Problem("too_large", f"文件解压后超过 {mb} MB 上限（{largest.filename} 解压后 {largest.file_size:,} 字节），"
                          f"可能是压缩炸弹 / the file inflates to more than the {mb} MB limit ({largest.filename} alone is "
                          f"{largest.file_size:,} bytes): a zip bomb?", {"file": filename or "", "part": largest.filename,
                                                                         "bytes": total, "limit": limit})


def _open_xlsx(content: bytes | Path, filename: str | None = None):
    from openpyxl import load_workbook

    source = io.BytesIO(content) if isinstance(content, bytes) else content
    try:
        with zipfile.ZipFile(source) as archive:
            check_unzipped(archive, filename, MAX_UNZIPPED_BYTES, MAX_UNZIPPED_BYTES)
        return load_workbook(source, read_only=True, data_only=True)
    except Problem:
        raise
    except Exception as e:  # openpyxl raises zipfile, KeyError and XML errors for a broken workbook
        raise _unreadable_xlsx(e) from None


def _unreadable_xlsx(e: Exception) -> TableError:
    return TableError("invalid_xlsx", f"无法读取该 XLSX 文件 / not a readable XLSX workbook ({type(e).__name__})",
                      {"reason": str(e)}, status=400)


def _sheet_rows(ws, stale: bool, copied: set[tuple[int, int]]) -> Iterator[list[Any]]:
    """Raw rows of a sheet, one per spreadsheet row (blank ones included), each cell of a merged range holding the
    range's value: a department written once for a block of rows (openpyxl gives None below it) is every row's. The
    cells that got the value of a row above are added to `copied` as (row, column index)."""
    with ws._get_source() as sheet:  # the sheet's XML; openpyxl has no public way to it
        cell, merged = _scan_sheet(sheet, stale)
    if cell:
        raise TableError("uncomputed_formula", f"{cell[0]}单元格是未计算的公式（文件由程序生成）：请用 Excel 或 WPS 打开并保存后再上传 / "
                         f"cell {cell[0]} holds a formula with no computed value (the file was written by a program): "
                         f"open and save it in Excel or WPS", {"cell": cell[0], "row": cell[1]})
    starting: dict[int, list[tuple[int, int, int, int]]] = {}
    for bounds in merged:  # (min_col, min_row, max_col, max_row)
        starting.setdefault(bounds[1], []).append(bounds)
    open_ranges: list[tuple[tuple[int, int, int, int], Any]] = []
    for line, values in enumerate(_parsed_rows(ws), start=1):
        row = list(values)
        open_ranges = [(r, v) for r, v in open_ranges if r[3] >= line]
        for r in starting.pop(line, ()):
            open_ranges.append((r, row[r[0] - 1] if r[0] <= len(row) else None))
        for (min_col, min_row, max_col, _), value in open_ranges:
            row.extend([None] * (max_col - len(row)))
            row[min_col - 1:max_col] = [value] * (max_col - min_col + 1)
            if line > min_row:
                copied.update((line, i) for i in range(min_col - 1, max_col))
        yield row


def _parsed_rows(ws) -> Iterator[tuple]:
    """The sheet's values as openpyxl parses them while they are read: an error in its XML (an entity, a damaged part)
    is met here, not when the workbook opens."""
    rows = ws.iter_rows()
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except (ParseError, zipfile.BadZipFile, zlib.error, EOFError) as e:
            raise _unreadable_xlsx(e) from None
        yield tuple(_shown(cell) for cell in row)


# what an Excel number format writes literally: "…" and \x, which a % in them does not scale
_LITERAL_IN_FORMAT = re.compile(r'"[^"]*"|\\.')


def _shown(cell) -> Any:
    """A number formatted as a percentage is the text the sheet shows (0.95 shown as 95% is "95%"), as a CSV holds it:
    read as 0.95, a score the sheet shows as 95 % was silently a score of 0.95."""
    value = cell.value
    if (isinstance(value, (int, float)) and not isinstance(value, bool)
            and "%" in _LITERAL_IN_FORMAT.sub("", cell.number_format or "")):
        return format((Decimal(repr(value)) * 100).normalize(), "f") + "%"
    return value


# a formula followed by no value, or an empty one, before its cell ends: <f>C2*D2</f></c>, <f …/><v/></c>
_UNCOMPUTED = re.compile(rb"<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:\w+:)?f>)\s*"
                         rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_CELL_REF = re.compile(rb"""\br=["']([A-Z]+([0-9]+))["']""")
_TEXT_RESULT = re.compile(rb"""\bt=["']str["']""")
_MERGED = re.compile(rb"""<(?:\w+:)?mergeCell\b[^>]*\bref=["']([A-Z]+[0-9]+:[A-Z]+[0-9]+)["']""")


_FULL_CALC_ON_LOAD = re.compile(rb"""<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad=["'](?:1|true)["']""")


def _recalculates_on_opening(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook asks to be recalculated when opened: a writer that computes nothing (XlsxWriter) saves every
    formula's value as 0 and says so, and Excel and WPS clear it when they save; no formula's saved value is to be trusted."""
    part = next((n for n in archive.namelist() if re.fullmatch(r"[^/]+/workbook\.xml", n)), None)
    return part is not None and _FULL_CALC_ON_LOAD.search(archive.read(part)) is not None


def _scan_sheet(sheet: BinaryIO, stale: bool = False) -> tuple[tuple[str, int | None] | None, list[tuple[int, int, int, int]]]:
    """The first cell (name, row) whose formula has no computed value — any formula's when the saved values are
    `stale` —, as a workbook written by a program (openpyxl, XlsxWriter, a script) holds it until Excel or WPS saves
    it: read with data_only it is None or 0, so "=B2*C2" would silently become "no budget"; and the sheet's merged
    ranges (min_col, min_row, max_col, max_row), which openpyxl's read-only sheets do not give. The XML is searched as
    bytes in overlapping chunks, not parsed: a parse costs a third of reading the sheet, this a twentieth."""
    from openpyxl.utils.cell import range_boundaries

    pattern = _FORMULA if stale else _UNCOMPUTED
    tail, merged = b"", set()
    for chunk in iter(lambda: sheet.read(1 << 22), b""):
        data = tail + chunk
        merged.update(m.group(1) for m in _MERGED.finditer(data))
        for m in pattern.finditer(data):
            tag = data[data.rfind(b"<", 0, m.start()):m.start()]  # the <c …> tag: a formula is a cell's first child
            if not stale and m.group(1) and _TEXT_RESULT.search(tag):
                continue  # a computed empty text (=IF(…,"",…)): Excel saves t="str" with an empty value
            ref = _CELL_REF.search(tag)
            return ((ref.group(1).decode(), int(ref.group(2))) if ref else ("?", None)), []
        tail = data[-(1 << 16):]  # longer than any formula cell, so that one cut between chunks is seen whole
    return None, sorted(range_boundaries(ref.decode()) for ref in merged)


def normalise_header(value: Any) -> str:
    """'预算（元）' → '预算', 'Needed By' → 'neededby': units in brackets, spaces and punctuation dropped."""
    text = re.sub(r"[（(\[【].*?[)）\]】]", "", str(value or ""))
    return re.sub(r"[\s_\-.:：/]+", "", text).lower()


def header_aliases(columns: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """{normalised header: field} for `columns` ({field: (header, …)}), a field's own name included."""
    return {normalise_header(a): f for f, names in columns.items() for a in (f, *names)}


def _blank(row: list[Any]) -> bool:
    return not any(str(c).strip() for c in row if c is not None)


class Table:
    """The header of a sheet, read at once, and its data rows, read as they are iterated.

    The header is the first non-blank row, or the first of the next TITLE_ROWS that has every
    required column (a form's title lines above it are skipped, their text kept in `titles`; if none has them, the
    error names the first row). Each row is {field: cell, "__row__": the row number as the spreadsheet shows it}. `headers` is
    {field: the header as the user wrote it}, for messages. Use as a context manager, or iterate to
    the end, so that the file is closed. With `check_width` (CSV) a row with a value right of the
    last header is refused: it is almost always an unquoted 1,200 that moved the cells after it.
    """

    def __init__(self, rows: Iterator[list[Any]], columns: Mapping[str, tuple[str, ...]] | None,
                 required: tuple[str, ...], max_rows: int | None, check_width: bool = False, sheet: str | None = None):
        self._rows = rows
        self.sheet = sheet  # the XLSX sheet read
        self.titles: list[str] = []  # the non-blank lines above the header, each as its distinct cells' text
        self._numbered = enumerate(rows, start=1)
        self._max_rows = max_rows
        first_error, tried = None, 0
        for line, row in self._numbered:
            if _blank(row):
                continue
            try:
                self._index = _map_header(row, line, columns, required)
                break
            except TableError as e:
                first_error, tried = first_error or e, tried + 1
                if tried > TITLE_ROWS:
                    raise first_error from None
                self.titles.append(" ".join(dict.fromkeys(str(c).strip() for c in row if not _blank([c]))))
        else:
            raise first_error or TableError("empty_file", "文件没有表头 / the file has no header row", None, status=400)
        self.headers = {field: str(row[i]).strip() for i, field in self._index.items()}
        self.decimal: str | None = "."  # the decimal mark of the numbers (open_table's `numbers`)
        self._width = max(i + 1 for i, c in enumerate(row) if not _blank([c])) if check_width else None
        self._workbook = None  # an XLSX workbook to close with the table
        self._copied: set[tuple[int, int]] = set()  # cells holding a merged range's value from a row above
        self._numbers: dict[int, str] = {}  # column index → field, of open_table's `numbers`
        self.fields: Mapping[str, str] = {}  # open_table's `fields`

    def __iter__(self) -> Iterator[dict[str, Any]]:
        count = 0
        for line, row in self._numbered:
            if _blank(row):  # blank lines between blocks are common in survey sheets
                continue
            count += 1
            if self._max_rows is not None and count > self._max_rows:
                raise too_many_rows(line, self._max_rows)
            if self._width is not None and not _blank(row[self._width:]):
                raise TableError("extra_cells", f"第{line}行：单元格比表头多，含逗号的值（如 1,200）请加引号 / row {line}: {len(row)} "
                                 f"cells but the header has {self._width} columns; a comma inside an unquoted value "
                                 f"(such as 1,200) splits it: put that value in quotes", {"row": line, "columns": self._width}, status=422)
            merged = next((f for i, f in self._numbers.items() if (line, i) in self._copied), None)
            if merged:
                header = self.headers[merged]
                raise TableError("merged_number", f"第{line}行：“{header}”与上一行合并了单元格，合并的数字会按每行各算一次：请逐行填写，或只填在"
                                 f"第一行、其余留空 / row {line}: the {header} cell is merged with the row above; one number "
                                 f"over several rows would be read once for each row: write each row's own, or put it in the "
                                 f"first row and leave the others empty", {"row": line, "field": self.fields.get(merged, merged), "column": header}, status=422)
            yield {"__row__": line, **{f: (row[i] if i < len(row) else None) for i, f in self._index.items()}}

    def close(self) -> None:
        self._rows.close()
        if self._workbook is not None:
            self._workbook.close()

    def __enter__(self) -> "Table":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_table(source: Source, filename: str | None = None, *, columns: Mapping[str, tuple[str, ...]] | None = None,
               required: tuple[str, ...] = (), max_rows: int | None = None, numbers: tuple[str, ...] = (),
               fields: Mapping[str, str] | None = None) -> Table:
    """A CSV or XLSX from uploaded bytes (name the file) or a path, its header mapped to fields.

    `numbers` are the fields that hold numbers: `table.decimal` is their decimal mark, for drop_thousands — "." but in a
    ';'-separated CSV (a European Excel's), where it is the one those columns show (a first pass over the file), else None.

    `columns` is {field: (header, …)}, the first header being the one named in messages; headers
    are compared by normalise_header and a field's own name always matches. Without `columns`
    every non-empty header is a field under the name as written (stripped), for callers that map
    columns themselves. A missing `required` field is refused at once (422); more than `max_rows`
    data rows when the row past the limit is reached (413). `fields` ({column's field: API field}, e.g. price →
    scores.price) names a bad cell's `field` in errors where the two differ.

    Errors name a cell as `row` (the spreadsheet's number), `field` (the API field) and `column` (the header as written).
    """
    if _format(source, filename) == ".xlsx":
        table = _xlsx_table(_content(source, filename), filename, columns, required, max_rows)
        table._numbers = {i: f for i, f in table._index.items() if f in numbers}
        table.fields = fields or {}
        return table
    file = _csv(source, filename)
    rows = _csv_rows(file)
    try:
        table = Table(rows, columns, required, max_rows, check_width=True)
        table.fields = fields or {}
        if numbers and file.european:
            table.decimal = _file_decimal(file, [i for i, f in table._index.items() if f in numbers])
        return table
    except BaseException:
        rows.close()
        raise


def _xlsx_table(content: bytes | Path, filename: str | None, columns: Mapping[str, tuple[str, ...]] | None, required: tuple[str, ...],
                max_rows: int | None) -> Table:
    """The table of the one visible sheet whose header (within TITLE_ROWS lines) has the `required` columns: hidden sheets
    (a template, the lists behind a drop-down) are never read, a sheet of notes before the data is passed over, and two
    sheets that both have the header are refused (which one to read would be a guess). With none, the first visible
    sheet's error. Without `required` columns every sheet has a header: the first visible sheet is read."""
    wb = _open_xlsx(content, filename)
    try:
        visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        with_header, first_error = [], None
        for ws in visible if required else visible[:1]:
            rows = ws.iter_rows(values_only=True)
            try:
                Table(iter(list(r) for r in rows), columns, required, None)
                with_header.append(ws)
            except TableError as e:
                if e.code not in ("missing_column", "empty_file"):
                    raise
                first_error = first_error or e
            finally:
                rows.close()
        if len(with_header) > 1:
            names = [ws.title for ws in with_header]
            listed = "、".join(f"“{n}”" for n in names)
            raise TableError("several_sheets", f"工作表{listed}都有表头：请合并到一个工作表，或隐藏、删除其余工作表 / sheets "
                             f"{', '.join(repr(n) for n in names)} all have a survey header: put the rows on one sheet, "
                             f"or hide or delete the others", {"sheets": names}, status=422)
        if not with_header:
            raise first_error or TableError("empty_file", "工作簿没有可见的工作表 / the workbook has no visible sheet", None, status=400)
        copied: set[tuple[int, int]] = set()
        rows = _sheet_rows(with_header[0], _recalculates_on_opening(wb._archive), copied)
        try:
            table = Table(rows, columns, required, max_rows, sheet=with_header[0].title)
            table._copied = copied
        except BaseException:
            rows.close()
            raise
        table._workbook = wb
        return table
    except BaseException:
        wb.close()
        raise


def _map_header(row: list[Any], line: int, columns: Mapping[str, tuple[str, ...]] | None,
                required: tuple[str, ...]) -> dict[int, str]:
    if columns is None:
        field_of = {i: str(c).strip() for i, c in enumerate(row) if c is not None and str(c).strip()}
    else:
        aliases = header_aliases(columns)
        field_of = {i: aliases.get(normalise_header(c)) for i, c in enumerate(row)}
    found: dict[int, str] = {}
    for i, field in field_of.items():
        if field and field not in found.values():  # a repeated header: the first one counts
            found[i] = field
    missing = [f for f in required if f not in found.values()]
    if missing:
        seen = [str(c) for c in row if c is not None and str(c).strip()]
        names = " / ".join(f"{columns[f][0]} ({f})" if columns else f for f in missing)
        raise TableError("missing_column", f"第{line}行：缺少列 {names} / row {line}: missing column(s) {names}; found {seen}",
                         {"row": line, "field": missing[0], "missing": missing, "found": seen,
                          "expected": {f: list(columns[f]) if columns else [f] for f in missing}}, status=422)
    return found
