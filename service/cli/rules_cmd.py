"""`jicai rules test|lint|replay|list`: the policy owner's loop — edit, lint, test, replay, publish."""
from __future__ import annotations

from pathlib import Path

from contracts.report import severity_label
from rules.pack import load_pack
from rules.registry import load_packs
from rules.replay import replay
from rules.testing import run_examples
from service.cli.common import add_data_dir, open_services, settings_from
from service.cli.output import emit_json, table


def register(sub) -> None:
    rules = sub.add_parser("rules", help="rule packs: test, lint, replay, list").add_subparsers(
        dest="rules_command", required=True, metavar="ACTION")

    p = rules.add_parser("test", help="run every pack's own examples; fails below 100 %% rule coverage")
    p.add_argument("packs", nargs="*", help="pack files (default: the packs in force)")
    p.add_argument("--json", action="store_true")
    add_data_dir(p)
    p.set_defaults(run=run_test)

    p = rules.add_parser("lint", help="validate pack files without running them")
    p.add_argument("packs", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_lint)

    p = rules.add_parser("replay", help="re-decide the logged decisions with a candidate pack and show what changes")
    p.add_argument("--pack", required=True, help="the candidate pack file")
    p.add_argument("--json", action="store_true")
    add_data_dir(p)
    p.set_defaults(run=run_replay)

    p = rules.add_parser("list", help="the packs in force, their versions and rules")
    p.add_argument("--json", action="store_true")
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
    print(f"replay of pack {report['pack']}: candidate {report['candidate_version']} "
          f"(in force: {report['current_version']})")
    if report["changes"]:
        print(table(["decision", "evaluated at", "was (version)", "would be", "rules added", "rules removed"],
                    [[c["decision_id"][:12], c["evaluated_at"][:19], f"{_fmt(c['before'])} ({c['pack_version']})",
                      _fmt(c["after"]), " ".join(c["rules_added"]), " ".join(c["rules_removed"])]
                     for c in report["changes"]]))
    print(f"\n{report['replayed']} decisions replayed: {report['changed']} would change, {report['unchanged']} unchanged")
    for transition, n in report["transitions"].items():
        print(f"  {transition}: {n}")
    if report["skipped"]:
        print(f"  {len(report['skipped'])} skipped (their input does not fit the candidate)")
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
        print(table(["rule", "severity", "title"], [[r.id, severity_label(r.severity, "zh"), r.title["zh"]] for r in p.rules]))
        print()
    return 0


