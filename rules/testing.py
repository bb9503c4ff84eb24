"""A pack's own examples as its tests (like `opa test`), with rule coverage.

A pack passes when every example gives its expected outcome and exactly its expected rules, and
every rule fires in at least one example and stays silent in another.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rules.errors import InputError
from rules.evaluate import evaluate, parse_input
from rules.pack import Pack


@dataclass
class ExampleResult:
    name: str
    passed: bool
    problems: list[str] = field(default_factory=list)


@dataclass
class PackTestReport:
    pack: str
    version: str
    examples: list[ExampleResult]
    fired_in: dict[str, int]
    silent_in: dict[str, int]

    @property
    def uncovered(self) -> list[str]:
        return [r for r in self.fired_in if not self.fired_in[r] or not self.silent_in[r]]

    @property
    def coverage(self) -> float:
        return 1 - len(self.uncovered) / len(self.fired_in) if self.fired_in else 1.0

    @property
    def passed(self) -> bool:
        return all(e.passed for e in self.examples) and not self.uncovered and bool(self.examples)


def run_examples(pack: Pack) -> PackTestReport:
    fired_in = {r.id: 0 for r in pack.rules}
    silent_in = dict(fired_in)
    results = []
    for ex in pack.examples:
        name, expect = ex.get("name", "?"), ex["expect"]
        try:
            out = evaluate(pack, parse_input(pack, ex["input"]))
        except InputError as exc:
            results.append(ExampleResult(name, False, [f"样例输入有误 / input rejected: {exc.message}"]))
            continue
        fired = {f["rule_id"] for f in out["findings"]}
        for rid in fired_in:
            (fired_in if rid in fired else silent_in)[rid] += 1
        fields = sorted(k for k in out if k not in ("findings", "trace", "facts"))
        problems = [f"{key}: 结果中没有这个字段（拼写？可用：{', '.join(fields)}）/ the result has no such field "
                    f"(a typo? fields: {', '.join(fields)})" if key not in out else
                    f"{key}: 应为 {want!r}，实为 {out[key]!r} / expected {want!r}, got {out[key]!r}"
                    for key, want in expect.items() if key != "rules" and out.get(key, ...) != want]
        want_rules = set(expect.get("rules", []))
        if fired != want_rules:
            problems.append(f"rules: 应触发 {sorted(want_rules)}，实际触发 {sorted(fired)}（未触发 {sorted(want_rules - fired)}，"
                            f"多触发 {sorted(fired - want_rules)}）/ expected {sorted(want_rules)}, got {sorted(fired)}"
                            f" (missing {sorted(want_rules - fired)}, unexpected {sorted(fired - want_rules)})")
        results.append(ExampleResult(name, not problems, problems))
    return PackTestReport(pack.name, pack.version, results, fired_in, silent_in)
