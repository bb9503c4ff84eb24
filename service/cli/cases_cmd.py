"""`jicai cases`: search, add, import, show and delete lessons-learned cases (案例库)."""
from __future__ import annotations

import sys

from knowledge_base import parse_mapping
from service.cli.common import add_output_flags, input_file, open_services, read_json_file
from service.cli.output import emit_json, table
from service.cli.progress import progress_bar


def register(sub) -> None:
    cases = sub.add_parser("cases", help="the lessons-learned base (案例库)")
    verbs = cases.add_subparsers(dest="verb", required=True, metavar="VERB")

    p = verbs.add_parser("search", help='find past cases: jicai cases search "合同没算清后续服务费"')
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="how many hits (1–100)")
    for flag in ("--category", "--tag", "--org-type"):
        p.add_argument(flag)
    p.add_argument("--year-from", type=int)
    p.add_argument("--year-to", type=int)
    p.set_defaults(run=run_search)

    p = verbs.add_parser("add", help="add the case(s) in FILE.json (one object or a list; all or none)")
    p.add_argument("file")
    p.set_defaults(run=run_add)

    p = verbs.add_parser("import", help="bulk-load FILE.csv/.xlsx/.jsonl")
    p.add_argument("file")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read the file's COLUMN as the case's FIELD (repeatable)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="give every imported case this FIELD value where the file has none (repeatable)")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows and list the others "
                                                               "(default: any invalid row stops the import)")
    p.set_defaults(run=run_import)

    p = verbs.add_parser("show", help="one case by id")
    p.add_argument("id")
    p.set_defaults(run=run_show)

    p = verbs.add_parser("delete", help="delete one case by id")
    p.add_argument("id")
    p.set_defaults(run=run_delete)

    for parser in verbs.choices.values():
        add_output_flags(parser)
        parser.add_argument("--database-url", help="postgresql://… (default: SQLite in the data directory)")


def _store(args):
    return open_services(args).cases


def run_search(args) -> int:
    hits = _store(args).search(args.query, k=args.k, category=args.category, year_from=args.year_from,
                               year_to=args.year_to, tag=args.tag, org_type=args.org_type)
    if args.json:
        emit_json({"hits": [h.to_dict() for h in hits], "corrections": hits.corrections})
        return 0
    if hits.corrections:
        searched = ", ".join(f"{c['typed']} → {c['searched']}" for c in hits.corrections)
        print(f"已按拼写更正后的词搜索 / searched for the corrected spelling: {searched}")
    if not hits:
        print("没有足够相近的案例：（筛选范围内）没有案例包含查询的每个词，含义也不够接近 / no good match: no case "
              "(within the filters) contains every word of the query, and none is close enough in meaning")
    else:
        print(table(["score", "date", "category", "title", "id"],
                    [[f"{h.score:.2f}", h.case.date, h.case.category, h.case.title, h.case.id] for h in hits]))
    return 0


def run_add(args) -> int:
    data = read_json_file(args.file)
    stored = _store(args).add_many(data if isinstance(data, list) else [data])
    if args.json:
        cases = [c.to_dict() for c in stored]  # as POST /v1/cases answers: a list in, {"cases": [...]} out
        emit_json({"cases": cases} if isinstance(data, list) else cases[0])
    else:
        for c in stored:
            print(f"added {c.id}  {c.title}")
    return 0


def run_import(args) -> int:
    path = input_file(args.file)
    store = _store(args)
    done = [0]

    def on_batch(r) -> None:
        done[0] = r.imported
        progress(r.imported + r.skipped_existing, r.rows)

    with progress_bar("importing / 导入", "cases") as progress:
        try:
            report = store.import_file(path, parse_mapping(args.map), defaults=parse_mapping(args.set),
                                       skip_invalid=args.skip_invalid, on_batch=on_batch)
        except KeyboardInterrupt:  # each batch is one transaction: those stored stay, a re-run skips them
            print(f"导入中断：已存入 {done[0]} 个案例，重新运行同一命令会跳过它们继续导入 / import interrupted: {done[0]} "
                  "cases stored; run the same command again to import the rest", file=sys.stderr)
            raise
    if args.json:
        emit_json(report.to_dict())
        return 0
    print(f"{report.file}: {report.rows} rows, {report.imported} imported, "
          f"{report.skipped_existing} already there, {len(report.invalid)} invalid")
    for bad in report.invalid[:20]:
        print(f"  row {bad['row']}: [{bad['code']}] {bad['message']} {bad['details'] or ''}")
    if report.ignored_columns:
        print("ignored columns (map them with --map COLUMN=FIELD): " + ", ".join(report.ignored_columns))
    return 0


def run_show(args) -> int:
    case = _store(args).get(args.id)
    if args.json:
        emit_json(case.to_dict())
        return 0
    c = case.to_dict()
    print(f"{c['title']}\n{c['date']} · {c['category']} · {c.get('org_type') or ''} · {c['id']}\n\n{c['summary']}")
    for key, name in (("highlights", "亮点 highlights"), ("lessons", "教训 lessons"),
                      ("recommendations", "建议 recommendations")):
        if c.get(key):
            print(f"\n{name}:\n" + "\n".join(f"  - {x}" for x in c[key]))
    return 0


def run_delete(args) -> int:
    _store(args).delete(args.id)
    if not args.json:  # the API's 204 has no body
        print(f"已删除 / deleted {args.id}")
    return 0
