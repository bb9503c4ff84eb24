"""Bulk loads from CSV, XLSX or JSONL with a column → field mapping.

The whole file is read and validated before anything is written, so a bad file writes nothing.
Valid rows are then stored in batches, each batch one transaction; `on_batch` is called after
each commit — a case reported there is durable, and a process killed mid-batch leaves no part
of that batch behind. Rows with an `external_id` already stored are skipped, so re-running an
interrupted import finishes it.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .models import LIST_FIELDS, LIST_SPLIT, WRITABLE_FIELDS, CaseError, validate_case

FORMATS = (".csv", ".xlsx", ".jsonl")


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    imported: int = 0
    skipped_existing: int = 0
    invalid: list[dict] = field(default_factory=list)   # [{"row", "code", "message", "details"}]
    ignored_columns: list[str] = field(default_factory=list)
    case_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"file": self.file, "rows": self.rows, "imported": self.imported,
                "skipped_existing": self.skipped_existing, "invalid": self.invalid,
                "ignored_columns": self.ignored_columns, "case_ids": self.case_ids}


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """CLI form `column=field` → {column: field}; raises CaseError on a malformed pair."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise CaseError("bad_mapping", "映射应写成 列名=字段 / a mapping is column=field", {"mapping": pair})
        mapping[column.strip()] = target.strip()
    return mapping


def _read_rows(path: Path) -> list[tuple[int, dict]]:
    """(row number as a person counts it in the file, {column: value})."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise CaseError("unsupported_format", "只支持 CSV、XLSX、JSONL 文件 / only .csv, .xlsx and .jsonl files",
                        {"file": path.name})
    if not path.is_file():
        raise CaseError("file_not_found", "找不到文件 / file not found", {"file": str(path)})
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged file
            raise CaseError("unreadable_file", "无法读取 Excel 文件 / cannot read the Excel file",
                            {"file": path.name, "reason": str(exc)}) from exc
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
        out = [(n, dict(zip(header, values))) for n, values in enumerate(rows, start=2)
               if any(v not in (None, "") for v in values)]
        book.close()
        return out
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CaseError("unreadable_file", "文件编码无法识别（应为 UTF-8 或 GBK）/ file is neither UTF-8 nor GBK",
                        {"file": path.name})
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        return [(n, {k.strip(): v for k, v in row.items() if k is not None})
                for n, row in enumerate(reader, start=2) if any((v or "").strip() for v in row.values() if isinstance(v, str))]
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            obj = exc
        out.append((n, obj))
    return out


def _apply_mapping(row: dict, mapping: dict[str, str], defaults: dict[str, str]) -> dict:
    case: dict = {}
    for column, value in row.items():
        target = mapping.get(column, column if column in WRITABLE_FIELDS else None)
        if target is None or value is None or value == "":
            continue
        if target in case:  # several columns into one field: lists concatenate, texts join by paragraph
            if target in LIST_FIELDS:
                case[target] = _as_list(case[target]) + _as_list(value)
            else:
                case[target] = f"{case[target]}\n{value}"
        else:
            case[target] = value
    for name, value in defaults.items():
        case.setdefault(name, value)
    return case


def _as_list(value) -> list:
    if isinstance(value, list):
        return value
    return [v for v in LIST_SPLIT.split(str(value)) if v]


def import_file(store, path: Path, mapping: dict[str, str], *, defaults: dict[str, str], skip_invalid: bool,
                batch_size: int, on_batch: Callable[[ImportReport], None] | None) -> ImportReport:
    bad_targets = sorted({t for t in list(mapping.values()) + list(defaults) if t not in WRITABLE_FIELDS})
    if bad_targets:
        raise CaseError("bad_mapping", "映射到了不存在的字段 / mapping names unknown fields",
                        {"fields": bad_targets, "allowed": list(WRITABLE_FIELDS)})
    if not 1 <= batch_size <= 10_000:
        raise CaseError("bad_mapping", "batch_size 应在 1–10000 / batch_size must be 1–10000", {"batch_size": batch_size})
    rows = _read_rows(path)
    report = ImportReport(file=path.name, rows=len(rows))
    columns = {c for _, row in rows if isinstance(row, dict) for c in row}
    report.ignored_columns = sorted(c for c in columns if c not in mapping and c not in WRITABLE_FIELDS)
    valid: list[dict] = []
    seen_external: dict[str, int] = {}
    for number, row in rows:
        try:
            if not isinstance(row, dict):
                raise CaseError("invalid_case", "这一行不是 JSON 对象 / line is not a JSON object",
                                {"reason": str(row) if isinstance(row, Exception) else type(row).__name__})
            case = validate_case(_apply_mapping(row, mapping, defaults))
            ext = case["external_id"]
            if ext and ext in seen_external:
                raise CaseError("duplicate_case", "文件内 external_id 重复 / external_id repeated in the file",
                                {"external_id": ext, "first_row": seen_external[ext]})
            if ext:
                seen_external[ext] = number
            valid.append(case)
        except CaseError as err:
            report.invalid.append({"row": number, "code": err.code, "message": err.message, "details": err.details})
    if report.invalid and not skip_invalid:
        raise CaseError("invalid_import", f"{len(report.invalid)} 行不合格，未导入任何案例 / "
                        f"{len(report.invalid)} rows are not valid; nothing was imported",
                        {"file": path.name, "invalid": report.invalid[:50], "invalid_count": len(report.invalid),
                         "ignored_columns": report.ignored_columns})
    for i in range(0, len(valid), batch_size):
        batch = valid[i : i + batch_size]
        stored = store.add_many(batch, skip_existing=True)
        report.imported += len(stored)
        report.skipped_existing += len(batch) - len(stored)
        report.case_ids.extend(c.id for c in stored)
        if on_batch is not None:
            on_batch(report)
    return report
