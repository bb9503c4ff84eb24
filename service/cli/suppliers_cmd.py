"""`jicai admit` and `jicai grade`: decisions on the packs in force, logged like the API's."""
from __future__ import annotations

from pathlib import Path

from rules.display import display
from rules.grading_table import read_grading_table
from rules.runtime import grade_summary
from service.cli.common import CliError, add_output_flags, add_parser, open_services, read_input, read_json_file
from service.cli.output import emit_json, findings_table, table

EXPLAIN_HELP = "列出每条规则：是否触发、条件和读取的值 / show every rule: fired or not, its condition and the values it read"


def register(sub) -> None:
    p = add_parser(sub, "admit", "供应商准入：按准入规则包判定准入、有条件准入或拒绝 / supplier admission",
                   examples=("jicai admit 供应商.json", "jicai admit 供应商.json --explain --lang en"))
    p.add_argument("file", metavar="FILE.json", help="供应商资料：一个对象或一个列表（字段见 API.md）/ the supplier profile: "
                                                     "an object or a list (fields: API.md)")
    p.add_argument("--explain", action="store_true", help=EXPLAIN_HELP)
    add_output_flags(p)
    p.set_defaults(run=run_admit)

    p = add_parser(sub, "grade", "供应商分级：按考核得分和事件评定 A/B/C 级 / supplier A/B/C grading",
                   examples=("jicai grade 考核.xlsx", "jicai grade 考核.csv --json", "jicai grade 供应商考核.json --explain"))
    p.add_argument("file", metavar="FILE", help="考核数据 / the scores: .json (一个对象、列表或 {\"suppliers\": [...]}), "
                                                ".csv 或 .xlsx（列：供应商编号、考核期、价格 … SLA违约次数）")
    p.add_argument("--explain", action="store_true", help=EXPLAIN_HELP)
    add_output_flags(p)
    p.set_defaults(run=run_grade)


def _payloads(path: str, *, tables: bool) -> tuple[list, list | None, dict | None, bool]:
    """(payloads, spreadsheet rows, {field: column header}, whether it is a batch). JSON: one body, a list, or
    {"suppliers": [...]} (a list is a batch like the API's, its items named 第 1 条 / item 1); with `tables`, CSV/XLSX
    sheets too."""
    if tables and Path(path).suffix.lower() in (".csv", ".xlsx"):
        return *read_grading_table(read_input(path), path), True
    data = read_json_file(path)
    if isinstance(data, dict) and isinstance(data.get("suppliers"), list):
        data = data["suppliers"]
    if isinstance(data, list):
        if not data:
            raise CliError("invalid_input", f"文件中的列表为空，没有供应商：{path} / {path} holds an empty list", {"field": "file", "file": path})
        return data, None, None, True
    return [data], None, None, False


OUTCOME_NAMES = {"decision": ("准入结论", "decision"), "grade": ("等级", "grade")}


def _print_decisions(results: list[dict], outcome_key: str, explain: bool, lang: str) -> None:
    en = lang == "en"
    for r in results:
        who = r.get("name") or r.get("supplier_id") or ""
        extra = "" if "total" not in r else (f"  total {r['total']:.2f} (base {r['base_grade']})  {r['action']}" if en else
                                             f"  总分 {r['total']:.2f}（基础等级 {r['base_grade']}）  {r['action']}")
        print(f"{who}: {OUTCOME_NAMES[outcome_key][en]} = {r[outcome_key]}{extra}")
        print(f"  pack {r['pack']} {r['pack_version']} · decision {r['decision_id']} · {r['evaluated_at']}" if en else
              f"  规则包 {r['pack']} {r['pack_version']} · 决策 {r['decision_id']} · {r['evaluated_at']}")
        print(findings_table(r["findings"], lang))
        if explain:
            print(table((("规则", "rule"), ("触发", "fired"), ("条件", "condition"), ("取值", "values")),
                        [[t["rule_id"], display(t["fired"], lang), t["condition"], t["values"]] for t in r["trace"]], lang))
        print()


def run_admit(args) -> int:
    payloads, _, _, batch = _payloads(args.file, tables=False)
    decider = open_services(args).decider
    results = decider.decide_many("admission", payloads, lang=args.lang, explain=args.explain) if batch else \
        [decider.decide("admission", payloads[0], lang=args.lang, explain=args.explain)]
    if args.json:
        emit_json(results if batch else results[0])
    else:
        _print_decisions(results, "decision", args.explain, args.lang)
    return 0


def run_grade(args) -> int:
    payloads, rows, columns, batch = _payloads(args.file, tables=True)
    svc = open_services(args)
    results = svc.decider.decide_many("grading", payloads, lang=args.lang, explain=args.explain, rows=rows,
                                      columns=columns) if batch else \
        [svc.decider.decide("grading", payloads[0], lang=args.lang, explain=args.explain)]
    summary = grade_summary(results, svc.registry.get("grading").outcome.order)
    if args.json:
        emit_json({"results": results, "summary": summary} if batch else results[0])
    elif len(results) > 1:
        print(table((("供应商编号", "supplier"), ("名称", "name"), ("考核期", "period"), ("总分", "total"), ("基础等级", "base"),
                     ("等级", "grade"), ("触发的规则", "rules")),
                    [[r["supplier_id"], r["name"] or "", r["period"], f"{r['total']:.2f}", r["base_grade"], r["grade"],
                      " ".join(f["rule_id"] for f in r["findings"])] for r in results], args.lang))
        print("\n" + "  ".join(f"{g}: {n}" for g, n in summary.items()))
    else:
        _print_decisions(results, "grade", args.explain, args.lang)
    return 0
