"""`jicai bundle`: a demand survey (需求普查) file to shared demand bundles, optionally as XLSX."""
from __future__ import annotations

from pathlib import Path

from contracts.report import money
from matcher.io import bundles_xlsx, read_requests
from rules.display import display
from service import workflows
from service.cli.common import add_output_flags, add_parser, open_services, read_input, write_output
from service.cli.output import emit_json, table
from service.cli.progress import progress_bar
from tabular import check_format


def register(sub) -> None:
    p = add_parser(sub, "bundle", "需求聚合：把需求普查表的各行归并为可集中采购的需求包 / cluster survey lines into demand "
                   "bundles", examples=("jicai bundle 需求普查.xlsx", "jicai bundle 需求普查.csv --xlsx 需求包.xlsx",
                                        "jicai bundle survey.json --min-similarity 0.9 --json"))
    p.add_argument("file", metavar="FILE", help="需求普查表 / the survey: .csv, .xlsx or .json (列 columns: 部门, 需求描述, "
                                                "数量, 预算, 需求日期 …; docs/bundling.md)")
    p.add_argument("--min-similarity", type=float, metavar="0–1",
                   help="归为一包的最低相似度，越高包越小越严（默认：模型校准的阈值）/ the similarity two lines need to share "
                        "a bundle (default: the model's calibrated threshold)")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="另存为 Excel：需求包一页、需求明细一页 / also write the bundles and "
                                                      "the requests to a workbook")
    add_output_flags(p, lang_help="表头和汇总的语言（默认 zh；需求包按原文显示）/ language of the headers and the summary "
                                  "(default: zh; bundles are shown in the survey's words)")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.xlsx:
        check_format(args.xlsx, (".xlsx",))  # before the run, not after it
    skipped: list[dict] = []
    requests = read_requests(read_input(args.file), Path(args.file).name, skipped)
    svc = open_services(args)
    with progress_bar("embedding / 向量化", "lines") as progress:
        result = workflows.bundle(svc, requests, args.min_similarity, progress=progress, skipped_rows=skipped)
    if args.xlsx:
        write_output(args.xlsx, bundles_xlsx(result, requests))
    if args.json:
        emit_json(result)
        return 0
    en = args.lang == "en"
    print(table((("需求包", "bundle"), ("名称", "label"), ("需求数", "requests"), ("部门", "departments"), ("数量", "quantity"),
                 ("预算", "budget"), ("最早需求日期", "needed by"), ("跨部门", "shared")),
                [[b["id"], b["label"], len(b["request_ids"]), "、".join(b["departments"]), b["total_quantity"],
                  None if b["total_budget"] is None else money(b["total_budget"], args.lang), b["earliest_needed_by"],
                  display(True, args.lang) if b["shared"] else ""] for b in result["bundles"]], args.lang))
    s = result["stats"]
    print(f"\n{s['requests']} requests → {s['bundles']} bundles ({s['shared_bundles']} shared), "
          f"{s['outliers']} one-offs left alone; {s['seconds']['total']} s" if en else
          f"\n{s['requests']} 条需求 → {s['bundles']} 个需求包（{s['shared_bundles']} 个跨部门），"
          f"{s['outliers']} 条独立需求未并入；用时 {s['seconds']['total']} 秒")
    if skipped:
        rows = "; ".join(f"{r['row']} ({r['text'][:20]})" for r in skipped)
        print(f"rows left out, not requests: {rows}" if en else f"未计入的行（非需求）：{rows}")
    if args.xlsx:
        print(f"written: {args.xlsx}" if en else f"已写入：{args.xlsx}")
    return 0
