"""`jicai review`: a draft contract to cited risk findings, TCO and similar past cases."""
from __future__ import annotations

from pathlib import Path

from contracts.report import annotate_docx, severity_label
from service import workflows
from service.cli.common import CliError, add_output_flags, open_services, read_input, write_output
from service.cli.output import emit_json, findings_table, table


def register(sub) -> None:
    p = sub.add_parser("review", help="review a draft contract FILE (.docx, .pdf, .txt, .md)")
    p.add_argument("file")
    p.add_argument("--contract-value", type=float, help="contract value in CNY (default: the total the text states)")
    p.add_argument("--term-years", type=float, help="contract term in years (default: the term the text states)")
    p.add_argument("--language", choices=("zh", "en"), help="the contract's language (default: detected)")
    p.add_argument("--annotate", metavar="OUT.docx", help="write the .docx back with a Word comment on each flagged clause")
    p.add_argument("--format", choices=("table", "markdown", "html"), default="table", help="the human report's form")
    add_output_flags(p)
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
        _print(result, args.lang or result["language"])
        if args.annotate:  # not after a report, which is redirected to a file of its own
            print(f"written: {args.annotate}")
    return 0


def _print(result: dict, lang: str) -> None:
    print(f"risk level / 风险等级: {severity_label(result['risk_level'], lang)}   pack {result.get('pack')} {result.get('pack_version')}"
          f" · decision {result.get('decision_id')}")
    for r in result.get("readings", []):
        print(f"note / 阅读说明: {r['message']}")
    rows = [[f["rule_id"], severity_label(f["severity"], lang), f["title"], f["message"],
             (f["clause"] or {}).get("heading") or "(missing / 缺失)"] for f in result["findings"]]
    print(table(["rule", "severity", "title", "message", "clause"], rows) if rows else findings_table([], lang))
    if result.get("tco"):
        t = result["tco"]
        share = f"{t['post_warranty_share_pct']} %" if t["post_warranty_fee_known"] else "not stated / 未约定"  # not the 0 computed without the fee
        print(f"\nTCO: {t.get('total')} CNY over {t.get('horizon_years')} years; post-warranty share {share}")
    if result.get("similar_cases"):
        print("\nsimilar past cases / 相似案例:")
        for h in result["similar_cases"]:
            print(f"  {h['score']:.2f}  {h['case']['title']}")
