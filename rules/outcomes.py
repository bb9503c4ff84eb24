"""How a pack turns its findings into the decision: by severity (admission, contracts) or by grade bands.

Both are decision tables in the pack file, so the mapping is as editable as the thresholds.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Mapping, Protocol

SEVERITY_ORDER = ("high", "medium", "low", "info")
Fail = Callable[[str | None, str], Exception]


class Outcome(Protocol):
    reads: tuple[str, ...]  # facts the decision table reads besides the findings

    def check_effect(self, effect: Any, fail: Callable[[str], Exception]) -> None: ...

    def decide(self, fired: list, facts: Mapping[str, Any], lang: str) -> dict: ...

    def changed_fields(self) -> tuple[str, ...]: ...

    def values(self) -> set[str]: ...


class SeverityOutcome:
    """The worst severity found picks the decision (e.g. any high → reject)."""

    reads: tuple[str, ...] = ()

    def __init__(self, fld: str, by_severity: dict[str, str], default: str):
        self.field, self.by_severity, self.default = fld, by_severity, default

    def check_effect(self, effect, fail) -> None:
        raise fail("本规则包按严重程度决策，规则不能带 effect / this pack decides by severity; rules here take no effect")

    def decide(self, fired, facts, lang) -> dict:
        present = {rule.severity for rule in fired}
        for severity in SEVERITY_ORDER:
            if severity in present and severity in self.by_severity:
                return {self.field: self.by_severity[severity]}
        return {self.field: self.default}

    def changed_fields(self):
        return (self.field,)

    def values(self):
        """Every decision the table can give."""
        return {*self.by_severity.values(), self.default}


class GradeOutcome:
    """A score falls into a band (A/B/C); rule effects then cap or set the grade."""

    def __init__(self, score: str, bands: list[tuple[str, Decimal | None]], actions: dict[str, dict[str, str]]):
        self.score, self.bands, self.actions = score, bands, actions
        self.reads = (score,)
        self.order = [g for g, _ in bands]  # best first

    def check_effect(self, effect, fail) -> None:
        if not isinstance(effect, dict) or len(effect) != 1 or next(iter(effect)) not in ("set_grade", "max_grade"):
            raise fail("effect 应为 {set_grade: G} 或 {max_grade: G} / an effect is {set_grade: G} or {max_grade: G}")
        grade = next(iter(effect.values()))
        if grade not in self.order:
            raise fail(f"未知等级 {grade!r}，可用：{'、'.join(self.order)} / unknown grade {grade!r}; grades: {', '.join(self.order)}")

    def _worse(self, a: str, b: str) -> str:
        return a if self.order.index(a) >= self.order.index(b) else b

    def decide(self, fired, facts, lang) -> dict:
        score = Decimal(str(facts[self.score]))
        base = next(g for g, low in self.bands if low is None or score >= low)
        grade = base
        for rule in fired:
            if rule.effect and "max_grade" in rule.effect:
                grade = self._worse(grade, rule.effect["max_grade"])
        forced = [r.effect["set_grade"] for r in fired if r.effect and "set_grade" in r.effect]
        if forced:
            grade = forced[0]
            for g in forced[1:]:
                grade = self._worse(grade, g)
        return {"grade": grade, "base_grade": base, "action": self.actions[grade][lang]}

    def changed_fields(self):
        return ("grade",)

    def values(self):
        return set(self.order)


def parse_outcome(node: Any, fail: Fail) -> Outcome:
    if not isinstance(node, dict):
        raise fail(None, "规则包须有决策表 outcome（kind: severity 或 kind: grade）/ the pack needs an outcome table "
                          "(kind: severity or kind: grade)")
    kind = node.get("kind")
    if kind == "severity":
        _only(node, {"kind", "field", "by_severity", "default"}, fail)
        by = node.get("by_severity")
        if not isinstance(node.get("field"), str) or not isinstance(node.get("default"), str):
            raise fail("field", "按严重程度的决策表须写 field 和 default / a severity outcome names its output field and a "
                                 "default value")
        if not isinstance(by, dict) or not by or set(by) - set(SEVERITY_ORDER):
            raise fail("by_severity", f"请把严重程度（{'、'.join(SEVERITY_ORDER)}）对应到结论 / map severities "
                                       f"({', '.join(SEVERITY_ORDER)}) to decisions")
        return SeverityOutcome(node["field"], dict(by), node["default"])
    if kind == "grade":
        _only(node, {"kind", "score", "bands", "actions"}, fail)
        bands_raw = node.get("bands")
        if not isinstance(bands_raw, list) or len(bands_raw) < 2:
            raise fail("bands", "请从高到低列出等级分段，如 [{grade: A, min: 85}, …, {grade: C}] / list the grade bands best first, "
                                 "e.g. [{grade: A, min: 85}, …, {grade: C}]")
        bands: list[tuple[str, Decimal | None]] = []
        for i, band in enumerate(bands_raw):
            if not isinstance(band, dict) or set(band) - {"grade", "min"} or not isinstance(band.get("grade"), str):
                raise fail(f"bands[{i}]", "分段应为 {grade: G, min: 数字}，最后一段不写 min / a band is {grade: G, min: number}; "
                                       "the last band has no min")
            low = band.get("min")
            last = i == len(bands_raw) - 1
            if last != (low is None):
                raise fail(f"bands[{i}].min", "除最后一段外每段都要写 min，最后一段兜底 / every band but the last needs a min; "
                                           "the last catches the rest")
            if low is not None:
                if isinstance(low, bool) or not isinstance(low, (int, float)):
                    raise fail(f"bands[{i}].min", f"min 应为数字，现为 {low!r} / min must be a number, not {low!r}")
                if bands and bands[-1][1] is not None and Decimal(str(low)) >= bands[-1][1]:
                    raise fail(f"bands[{i}].min", "各段 min 须从最好等级到最差等级递减 / band minimums must fall from the best "
                                               "grade to the worst")
            bands.append((band["grade"], None if low is None else Decimal(str(low))))
        actions = node.get("actions")
        grades = [g for g, _ in bands]
        if not isinstance(actions, dict) or set(actions) != set(grades):
            raise fail("actions", f"请为每个等级写处理措施：{'、'.join(grades)} / give an action for every grade: "
                                   f"{', '.join(grades)}")
        for g, text in actions.items():
            if not isinstance(text, dict) or not all(isinstance(text.get(k), str) for k in ("zh", "en")):
                raise fail(f"actions.{g}", "处理措施须有中文（zh）和英文（en）/ an action needs zh and en texts")
        return GradeOutcome(node.get("score") or "total", bands, actions)
    raise fail("kind", f"未知的决策表类型 {kind!r}，用 severity 或 grade / unknown outcome kind {kind!r}; use severity or grade")


def _only(node: dict, allowed: set[str], fail: Fail) -> None:
    extra = sorted(set(node) - allowed)
    if extra:
        raise fail(extra[0], f"未知字段 {extra[0]!r}，可用：{'、'.join(sorted(allowed))} / unknown field {extra[0]!r}; "
                             f"allowed: {', '.join(sorted(allowed))}")
