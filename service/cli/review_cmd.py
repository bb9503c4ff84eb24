"""`jicai review`: a draft contract to cited risk findings, TCO and similar past cases."""
from __future__ import annotations

from pathlib import Path

from contracts.report import annotate_docx, money, percent, severity_label
from service import workflows
from service.cli.common import CliError, add_output_flags, add_parser, open_services, read_input, write_output
from service.cli.output import FINDING_HEADERS, emit_json, findings_table, table


def register(sub) -> None:
    p = add_parser(sub, "review", "合同审查：审查合同草稿的风险条款、TCO 和相似案例 / review a draft contract "
                   "(.docx, .pdf, .txt, .md)", examples=(
                       "jicai review 合同草稿.docx",
                       "jicai review 合同草稿.docx --contract-value 2000000 --term-years 3 --annotate 批注版.docx",
                       "jicai review draft.pdf --format markdown > 审查报告.md",
                       "jicai review 合同草稿.txt --json"))
    p.add_argument("file", metavar="FILE", help="合同文件 / the contract: .docx, .pdf, .txt or .md")
    p.add_argument("--contract-value", type=float, metavar="CNY",
                   help="合同金额（元）（默认取合同写明的总价）/ contract value in CNY (default: the total the text states)")
    p.add_argument("--term-years", type=float, metavar="YEARS",
                   help="合同期限（年）（默认取合同写明的期限）/ contract term in years (default: the term the text states)")
    p.add_argument("--language", choices=("zh", "en"),
                   help="合同本身的语言（默认自动识别）/ the contract's own language (default: detected)")
    p.add_argument("--annotate", metavar="OUT.docx", help="另存一份带批注的 .docx，每个风险条款一条 Word 批注（仅 .docx 合同）/ "
                                                          "also write the .docx with a Word comment on each flagged clause")
    p.add_argument("--format", choices=("table", "markdown", "html"), default="table",
                   help="可读报告的形式：table 表格（默认）、markdown、html / the readable report's form (default: table)")
    add_output_flags(p, lang_help="标题和说明的语言（默认与合同相同）/ language of titles and messages (default: the contract's)")
    p.set_defaults(run=run, lang=None)  # titles and messages in the contract's language unless --lang says


def run(args) -> int:
    path = Path(args.file)
    if args.annotate and path.suffix.lower() != ".docx":
        raise CliError("unsupported_format", "批注仅支持 .docx 合同 / --annotate needs a .docx contract", {"field": "file", "file": args.file}, status=415)
    data = read_input(args.file)
    svc = open_services(args)
    result = workflows.review(svc, document=(data, path.name), contract_value=args.contract_value,
                              term_years=args.term_years, language=args.language, lang=args.lang)
    if args.annotate:
        write_output(args.annotate, annotate_docx(data, result, lang=args.lang))
    if args.json:  # the API's JSON alone, so that a script can parse it
        emit_json(result)
        return 0
    if args.format in ("markdown", "html"):
        print(workflows.report(svc, result, args.format, args.lang))
    else:
        lang = args.lang or result["language"]
        _print(result, lang)
        if args.annotate:  # not after a report, which is redirected to a file of its own
            print(f"written: {args.annotate}" if lang == "en" else f"已写入：{args.annotate}")
    return 0


def _print(result: dict, lang: str) -> None:
    print(f"risk level / 风险等级: {severity_label(result['risk_level'], lang)}   pack {result.get('pack')} {result.get('pack_version')}"
          f" · decision {result.get('decision_id')}")
    for r in result.get("readings", []):
        print(f"note / 阅读说明: {r['message']}")
    missing = "(missing)" if lang == "en" else "（缺失）"
    rows = [[f["rule_id"], severity_label(f["severity"], lang), f["title"], f["message"],
             (f["clause"] or {}).get("heading") or missing] for f in result["findings"]]
    print(table((*FINDING_HEADERS, ("条款", "clause")), rows, lang) if rows else findings_table([], lang))
    if result.get("tco"):
        t = result["tco"]
        zh = lang != "en"
        share = (f"{percent(t['post_warranty_share_pct'])} %" if t["post_warranty_fee_known"]  # not the 0 computed without the fee
                 else "未约定" if zh else "not stated")
        print(f"\nTCO（{t['horizon_years']} 年）：{money(t['total'], 'zh')}；维保费占比 {share}" if zh else
              f"\nTCO over {t['horizon_years']} years: {money(t['total'], 'en')}; post-warranty share {share}")
    if result.get("similar_cases"):
        print("\nsimilar past cases / 相似案例:")
        for h in result["similar_cases"]:
            print(f"  {h['score']:.2f}  {h['case']['title']}")
