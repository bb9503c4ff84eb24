"""`jicai cases`: search, add, import, show and delete lessons-learned cases (案例库)."""
from __future__ import annotations

import sys

from knowledge_base import parse_mapping
from service.cli.common import add_output_flags, add_parser, input_file, open_services, read_json_file
from service.cli.output import emit_json, table
from service.cli.progress import progress_bar


def register(sub) -> None:
    cases = add_parser(sub, "cases", "案例库：检索、添加、导入、查看、删除过往项目案例 / the lessons-learned base",
                       examples=('jicai cases search "合同没算清后续服务费"', "jicai cases add 案例.json",
                                 "jicai cases import 案例.xlsx --map 项目名称=title --set category=contract"))
    verbs = cases.add_subparsers(dest="verb", required=True, metavar="VERB", title="操作 / verbs")

    p = add_parser(verbs, "search", "检索相似的过往案例（中文或英文）/ find past cases, in Chinese or English", examples=(
        'jicai cases search "合同没算清后续服务费"',
        'jicai cases search "维保费 涨价" -k 10 --category contract --year-from 2020 --org-type bank'))
    p.add_argument("query", metavar="QUERY", help="要找的内容，用平常的话写 / what to look for, in plain words")
    p.add_argument("-k", type=int, default=5, help="最多返回几条（1–100，默认 5）/ how many hits at most (1–100, default 5)")
    p.add_argument("--category", help="只看此类别，如 contract、cloud、bundling / only this category")
    p.add_argument("--tag", help="只看带此标签的案例 / only cases with this tag")
    p.add_argument("--org-type", help="只看此类单位，如 bank、government / only this kind of organisation")
    p.add_argument("--year-from", type=int, metavar="YEAR", help="只看此年及以后 / only from this year on")
    p.add_argument("--year-to", type=int, metavar="YEAR", help="只看此年及以前 / only up to this year")
    p.set_defaults(run=run_search)

    p = add_parser(verbs, "add", "添加案例：一个或一组，全部存入或全部不存 / add one case or a list (all or none)",
                   examples=("jicai cases add 案例.json",))
    p.add_argument("file", metavar="FILE.json", help="一个案例对象或列表（必填 title、date、category）/ one case or a list "
                                                     "(title, date and category required; docs/cases.md)")
    p.set_defaults(run=run_add)

    p = add_parser(verbs, "import", "批量导入案例表（中断后重新运行即可续导）/ bulk-load cases (re-run to resume)", examples=(
        "jicai cases import 案例.xlsx --map 项目名称=title --map 教训=lessons --set category=contract",
        "jicai cases import ../shared/data/nasa_llis/llis_lessons.csv --map lesson_id=external_id --map lesson_date=date \\\n"
        "    --map abstract=summary --map lesson=lessons --map categories=tags --set category=aerospace --skip-invalid"))
    p.add_argument("file", metavar="FILE", help="案例表 / the cases: .csv (UTF-8 或 GBK), .xlsx or .jsonl")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="把文件的 COLUMN 列读作案例的 FIELD 字段（可重复）/ read the file's COLUMN as the case's FIELD (repeatable)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="文件中没有该字段时，每个案例都取此值（可重复）/ give every case this FIELD value where the file has "
                        "none (repeatable)")
    p.add_argument("--skip-invalid", action="store_true", help="导入合格的行并列出不合格的行（默认：有一行不合格就不导入）/ "
                                                               "import the valid rows and list the others (default: any "
                                                               "invalid row stops the import)")
    p.set_defaults(run=run_import)

    p = add_parser(verbs, "show", "按编号查看一个案例 / show one case by id", examples=("jicai cases show 23ec7569647544388c2c03aeafc544e2",))
    p.add_argument("id", metavar="ID", help="案例编号（见检索结果的 id 列）/ the case's id (the id column of a search)")
    p.set_defaults(run=run_show)

    p = add_parser(verbs, "delete", "按编号删除一个案例 / delete one case by id")
    p.add_argument("id", metavar="ID", help="案例编号 / the case's id")
    p.set_defaults(run=run_delete)

    for parser in verbs.choices.values():
        add_output_flags(parser, lang_help="表头的语言（默认 zh；案例按存入时的文字显示）/ language of the table's headers (default: zh; cases "
                                              "are shown as stored)")
        parser.add_argument("--database-url", metavar="URL", help="案例库数据库 postgresql://…（默认：$JICAI_DATABASE_URL，"
                                                                  "否则数据目录中的 SQLite）/ the case base's database "
                                                                  "(default: $JICAI_DATABASE_URL, else SQLite in the data directory)")


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
        print(table((("相似度", "score"), ("日期", "date"), ("类别", "category"), ("标题", "title"), ("编号", "id")),
                    [[f"{h.score:.2f}", h.case.date, h.case.category, h.case.title, h.case.id] for h in hits], args.lang))
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
