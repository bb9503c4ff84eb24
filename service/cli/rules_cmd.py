"""`jicai rules test|lint|replay|list`: the policy owner's loop — edit, lint, test, replay, publish."""
from __future__ import annotations

from pathlib import Path

from contracts.report import severity_label
from rules.pack import load_pack
from rules.registry import load_packs
from rules.replay import replay
from rules.testing import run_examples
from service.cli.common import add_data_dir, add_parser, open_services, settings_from
from service.cli.output import emit_json, table


def register(sub) -> None:
    rules = add_parser(sub, "rules", "规则包：运行样例、检查格式、回测、列出 / rule packs: test, lint, replay, list",
                       examples=("jicai rules lint ~/admission-draft.yaml", "jicai rules test ~/admission-draft.yaml",
                                 "jicai rules replay --pack ~/admission-draft.yaml", "jicai rules list"),
                       ).add_subparsers(dest="rules_command", required=True, metavar="ACTION", title="操作 / actions")

    p = add_parser(rules, "test", "运行规则包自带的样例；规则覆盖率不到 100%% 即失败（退出码 1）/ run the packs' own examples; "
                                  "fails (exit 1) below 100 %% rule coverage")
    p.add_argument("packs", nargs="*", metavar="PACK.yaml",
                   help="规则包文件（默认：现行的规则包）/ pack files (default: the packs in force)")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    add_data_dir(p)
    p.set_defaults(run=run_test)

    p = add_parser(rules, "lint", "只检查规则包格式，不运行 / validate pack files without running them")
    p.add_argument("packs", nargs="+", metavar="PACK.yaml", help="要检查的规则包文件 / the pack files to check")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(run=run_lint)

    p = add_parser(rules, "replay", "用候选规则包重新判定已记录的决策，列出会变化的 / re-decide the logged decisions with a "
                                    "candidate pack and show what would change")
    p.add_argument("--pack", required=True, metavar="CANDIDATE.yaml", help="候选规则包文件 / the candidate pack file")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="输出的语言（默认 zh）/ language of the output (default: zh)")
    add_data_dir(p)
    p.set_defaults(run=run_replay)

    p = add_parser(rules, "list", "现行规则包、版本、来源文件和规则 / the packs in force, their versions, files and rules")
    p.add_argument("--json", action="store_true", help="输出 JSON（含规则包文件的路径）/ print JSON (with the packs' file paths)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh",
                   help="规则标题和严重程度的语言（默认 zh）/ language of rule titles and severities (default: zh)")
    add_data_dir(p)
    p.set_defaults(run=run_list)


def _packs(args) -> list:
    if args.packs:
        return [load_pack(Path(p)) for p in args.packs]
    return list(load_packs(settings_from(args).packs_dir).values())


def run_test(args) -> int:
    reports = [run_examples(p) for p in _packs(args)]
    if args.json:
        emit_json([{"pack": r.pack, "version": r.version, "passed": r.passed, "coverage": r.coverage,
                    "uncovered": r.uncovered,
                    "examples": [{"name": e.name, "passed": e.passed, "problems": e.problems} for e in r.examples]}
                   for r in reports])
    else:
        for r in reports:
            ok = sum(e.passed for e in r.examples)
            print(f"{r.pack} {r.version}: {ok}/{len(r.examples)} examples pass, rule coverage {r.coverage:.0%}")
            for e in r.examples:
                if not e.passed:
                    print(f"  FAIL 未通过 {e.name}")
                    for problem in e.problems:
                        print(f"       {problem}")
            for rid in r.uncovered:
                print(f"  UNCOVERED {rid}: 在 {r.fired_in[rid]} 个样例中触发、{r.silent_in[rid]} 个中未触发（须各至少一个）/ "
                      f"fires in {r.fired_in[rid]} example(s), silent in {r.silent_in[rid]}")
        print("rules test: " + ("passed" if all(r.passed for r in reports) else "FAILED"))
    return 0 if all(r.passed for r in reports) else 1


def run_lint(args) -> int:
    packs = [load_pack(Path(p)) for p in args.packs]  # raises PackError naming file, rule and field
    if args.json:
        emit_json([p.summary() for p in packs])
    else:
        for p in packs:
            print(f"{p.source}: ok — pack {p.name}, version {p.version}, {len(p.rules)} rules, {len(p.examples)} examples")
    return 0


def run_replay(args) -> int:
    candidate = load_pack(Path(args.pack))
    svc = open_services(args)
    current = svc.registry.get(candidate.name)
    report = replay(svc.decision_log, candidate)
    report["current_version"] = current.version
    if args.json:
        emit_json(report)
        return 0
    en = args.lang == "en"
    print(f"replay of pack {report['pack']}: candidate {report['candidate_version']} (in force: {report['current_version']})"
          if en else f"规则包 {report['pack']} 回测：候选版本 {report['candidate_version']}（现行 {report['current_version']}）")
    if report["changes"]:
        print(table((("决策", "decision"), ("判定时间", "evaluated at"), ("原结果（版本）", "was (version)"),
                     ("新结果", "would be"), ("新触发的规则", "rules added"), ("不再触发的规则", "rules removed")),
                    [[c["decision_id"][:12], c["evaluated_at"][:19], f"{_fmt(c['before'])} ({c['pack_version']})",
                      _fmt(c["after"]), " ".join(c["rules_added"]), " ".join(c["rules_removed"])]
                     for c in report["changes"]], args.lang))
    print(f"\n{report['replayed']} decisions replayed: {report['changed']} would change, {report['unchanged']} unchanged" if en
          else f"\n回测了 {report['replayed']} 个决策：{report['changed']} 个会改变，{report['unchanged']} 个不变")
    for transition, n in report["transitions"].items():
        print(f"  {transition}: {n}")
    if report["skipped"]:
        print(f"  {len(report['skipped'])} skipped (their input does not fit the candidate)" if en
              else f"  跳过 {len(report['skipped'])} 个（其输入不符合候选规则包）")
    return 0


def _fmt(outcome: dict) -> str:
    return ", ".join(str(v) for v in outcome.values())


def run_list(args) -> int:
    packs = open_services(args).registry.snapshot().values()
    if args.json:
        emit_json([p.summary() for p in packs])
        return 0
    for p in packs:
        print(f"{p.name} {p.version}  ({p.source})")
        print(table((("规则", "rule"), ("严重程度", "severity"), ("标题", "title")),
                    [[r.id, severity_label(r.severity, args.lang), r.title[args.lang]] for r in p.rules], args.lang))
        print()
    return 0


