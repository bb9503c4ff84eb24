"""Spreadsheets as people send them: CSV in UTF-8 or GBK, XLSX, Chinese or English headers.

One reader for every upload (survey lines, supplier scores, cases), so each gives the same errors:
the row as the spreadsheet numbers it, the column by the name the user wrote.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterator, Mapping

from problems import Problem

TABLE_FORMATS = (".csv", ".xlsx")


class TableError(Problem):
    """A file that cannot be read as a table."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 — what Excel on a Chinese Windows saves."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise TableError("invalid_encoding",
                             f"line {line}: the file is neither UTF-8 nor GBK text; save it as 'CSV UTF-8' / "
                             f"第{line}行：文件编码无法识别，请另存为 CSV UTF-8",
                             {"line": line, "byte_offset": utf8_error.start}, status=400) from None


def normalise_header(value: Any) -> str:
    """'预算（元）' → '预算', 'Needed By' → 'neededby': units in brackets, spaces and punctuation dropped."""
    text = re.sub(r"[（(\[【].*?[)）\]】]", "", str(value or ""))
    return re.sub(r"[\s_\-.:：/]+", "", text).lower()


def table_rows(data: bytes, filename: str) -> Iterator[list[Any]]:
    """Raw rows of a CSV or the first XLSX sheet."""
    suffix = Path(filename).suffix.lower()
    if suffix in (".xls", ".et"):
        raise TableError("unsupported_format", "old .xls workbooks are not supported: save as .xlsx / 请另存为 .xlsx 格式",
                         {"file": filename}, status=415)
    if suffix not in TABLE_FORMATS:
        raise TableError("unsupported_format", f"unsupported file type {suffix or '(none)'}: use CSV or XLSX / 仅支持 CSV、XLSX",
                         {"file": filename, "supported": list(TABLE_FORMATS)}, status=415)
    if not data.strip():
        raise TableError("empty_file", "the file is empty / 文件为空", {"file": filename}, status=400)
    if suffix == ".xlsx":
        yield from _xlsx_rows(data)
    else:
        text = decode_text(data)
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        yield from csv.reader(io.StringIO(text, newline=""), dialect)


def _xlsx_rows(data: bytes) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises zipfile, KeyError and XML errors for a broken workbook
        raise TableError("invalid_xlsx", f"not a readable XLSX workbook ({type(e).__name__}) / 无法读取该 XLSX 文件",
                         {"reason": str(e)}, status=400) from None
    try:
        for row in wb.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    finally:
        wb.close()


def read_records(data: bytes, filename: str, columns: Mapping[str, tuple[str, ...]], *, required: tuple[str, ...],
                 max_rows: int) -> list[dict[str, Any]]:
    """Data rows as {field: cell, "__row__": spreadsheet row number}, the header mapped by `columns`.

    Blank lines are skipped; a missing required column, or more than `max_rows` rows, is an error.
    """
    aliases = {normalise_header(a): f for f, names in columns.items() for a in (f, *names)}
    header: dict[int, str] | None = None
    records: list[dict[str, Any]] = []
    for line, row in enumerate(table_rows(data, filename), start=1):
        if not any(str(c).strip() for c in row if c is not None):
            continue
        if header is None:
            header = _map_header(row, line, aliases, required, columns)
            continue
        if len(records) >= max_rows:
            raise TableError("too_many_rows", f"row {line}: more than {max_rows:,} rows; split the file / "
                             f"第{line}行：超过{max_rows:,}行上限，请拆分文件", {"row": line, "limit": max_rows}, status=413)
        records.append({"__row__": line, **{f: (row[i] if i < len(row) else None) for i, f in header.items()}})
    if header is None:
        raise TableError("empty_file", "the file has no header row / 文件没有表头", None, status=400)
    return records


def _map_header(row: list[Any], line: int, aliases: dict[str, str], required: tuple[str, ...],
                columns: Mapping[str, tuple[str, ...]]) -> dict[int, str]:
    found: dict[int, str] = {}
    for i, cell in enumerate(row):
        field = aliases.get(normalise_header(cell))
        if field and field not in found.values():
            found[i] = field
    missing = [f for f in required if f not in found.values()]
    if missing:
        seen = [str(c) for c in row if c is not None and str(c).strip()]
        names = " / ".join(f"{columns[f][0]} ({f})" for f in missing)
        raise TableError("missing_column", f"row {line}: missing column(s) {names}; found {seen} / 第{line}行：缺少列 {names}",
                         {"row": line, "missing": missing, "found": seen}, status=422)
    return found
