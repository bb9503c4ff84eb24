"""Bulk loads from CSV, XLSX or JSONL with a column → field mapping.

The whole file is read and validated before anything is written, so a bad file writes nothing;
that is why a file is limited to MAX_IMPORT_ROWS rows (split larger ones: re-runs skip what is stored).
Valid rows are then stored in batches, each batch one transaction; `on_batch` is called after
each commit — a case reported there is durable, and a process killed mid-batch leaves no part
of that batch behind. Rows with an `external_id` already stored are skipped, so re-running an
interrupted import finishes it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from tabular import TABLE_FORMATS, check_format, open_table, open_text, too_many_rows

from .models import (LIST_FIELDS, LIST_SPLIT, MAX_BATCH, REQUIRED_FIELDS, WRITABLE_FIELDS, CaseError, first_problem,
                     listed, validate_case)

FORMATS = (*TABLE_FORMATS, ".jsonl")
MAX_IMPORT_ROWS = 100_000  # validated rows are held in memory until written


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


def _rows(path: Path, required: tuple[str, ...], numbers: tuple[str, ...]) -> Iterator[tuple[int, Any, str | None]]:
    """(row number as a spreadsheet or editor shows it, {column as written: value}, the decimal mark of the file's
    `numbers` columns), read as needed; a JSONL line that is not JSON comes as the exception, to be reported with its
    row. The header of a table is the first row with the `required` columns, so a form's title rows are skipped."""
    if check_format(path.name, FORMATS) != ".jsonl":
        with open_table(path, required=required, max_rows=MAX_IMPORT_ROWS, numbers=numbers) as table:
            for record in table:
                yield record.pop("__row__"), record, table.decimal
        return
    with open_text(path) as text:
        count = 0
        for number, line in enumerate(text, start=1):
            if line.strip():
                count += 1
                if count > MAX_IMPORT_ROWS:
                    raise too_many_rows(number, MAX_IMPORT_ROWS)
                try:
                    yield number, json.loads(line), "."
                except json.JSONDecodeError as exc:
                    yield number, exc, "."


def _required_columns(mapping: dict[str, str], defaults: dict[str, str]) -> tuple[str, ...]:
    """The column each required field is read from (the first mapped into it, else its own name),
    unless `--set` gives it."""
    return tuple(next((c for c, f in mapping.items() if f == field), field)
                 for field in REQUIRED_FIELDS if field not in defaults)


def _target(column: str, mapping: dict[str, str]) -> str | None:
    """The field a column fills: as mapped, else the field of the same name, else none."""
    return mapping.get(column, column if column in WRITABLE_FIELDS else None)


def _apply_mapping(row: dict, mapping: dict[str, str], defaults: dict[str, str]) -> dict:
    case: dict = {}
    for column, value in row.items():
        target = _target(column, mapping)
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


def _name_columns(details: Any, row: Any, mapping: dict[str, str]) -> Any:
    """Each problem with a field also names, as the file wrote them, the columns mapped into it."""
    if not (isinstance(details, dict) and isinstance(details.get("problems"), list) and isinstance(row, dict)):
        return details
    columns: dict[str, list[str]] = {}
    for column in row:
        target = _target(column, mapping)
        if target is not None and target != column:
            columns.setdefault(target, []).append(column)
    problems = [{**p, "column": " + ".join(columns[base])} if (base := str(p.get("field", "")).split("[")[0]) in columns
                else p for p in details["problems"]]
    return {**details, "problems": problems}


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
    if not 1 <= batch_size <= MAX_BATCH:
        raise CaseError("bad_mapping", f"batch_size 应在 1–{MAX_BATCH} / batch_size must be 1–{MAX_BATCH}",
                        {"batch_size": batch_size})
    report = ImportReport(file=path.name)
    columns: set[str] = set()
    valid: list[dict] = []
    seen_external: dict[str, int] = {}
    # the columns that fill `amount`, whose decimal mark a European Excel's ';'-separated CSV shows (1.500,00)
    amounts = tuple(c for c, f in mapping.items() if f == "amount") + (() if "amount" in mapping else ("amount",))
    for number, row, decimal in _rows(path, _required_columns(mapping, defaults), amounts):
        report.rows += 1
        try:
            if not isinstance(row, dict):
                raise CaseError("invalid_case", "这一行不是 JSON 对象 / line is not a JSON object",
                                {"reason": str(row) if isinstance(row, Exception) else type(row).__name__})
            columns.update(row)
            case = validate_case(_apply_mapping(row, mapping, defaults), decimal)
            ext = case["external_id"]
            if ext and ext in seen_external:
                raise CaseError("duplicate_case", "文件内 external_id 重复 / external_id repeated in the file",
                                {"external_id": ext, "first_row": seen_external[ext]})
            if ext:
                seen_external[ext] = number
            valid.append(case)
        except CaseError as err:
            report.invalid.append({"row": number, "code": err.code, "message": err.message,
                                   "details": _name_columns(err.details, row, mapping)})
    report.ignored_columns = sorted(c for c in columns if _target(c, mapping) is None)
    if report.invalid and not skip_invalid:
        first = report.invalid[0]
        problems = (first["details"] or {}).get("problems") if isinstance(first["details"], dict) else None
        rows = listed([e["row"] for e in report.invalid])
        raise CaseError("invalid_import", f"{len(report.invalid)} 行不合格，未导入任何案例 / "
                        f"{len(report.invalid)} rows are not valid; nothing was imported (rows {rows}); first: row "
                        f"{first['row']} {first_problem(problems) if problems else first['message']}",
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
