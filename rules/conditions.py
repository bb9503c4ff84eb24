"""The condition language of rule packs, and its translation to durable-rules JSON.

A condition is an atom ``{fact, op, value | param [, by]}`` or ``{all: [...]}`` / ``{any: [...]}``.
Thresholds come from the pack's parameters (``param``); ``by`` looks a parameter table up by
another fact (e.g. the capital minimum by category) and compiles to one branch per table row, so
the whole table stays visible to the engine and to the reader.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Mapping

# op -> (durable-rules operator, reads a comparison value, symbol for people)
OPERATORS: dict[str, tuple[str | None, bool, str]] = {
    "eq": ("$eq", True, "="),
    "ne": ("$neq", True, "≠"),
    "lt": ("$lt", True, "<"),
    "le": ("$lte", True, "≤"),
    "gt": ("$gt", True, ">"),
    "ge": ("$gte", True, "≥"),
    "in": (None, True, "∈"),
    "present": ("$ex", False, "is given"),
    "absent": ("$nex", False, "is not given"),
}
ATOM_KEYS = {"fact", "op", "value", "param", "by"}

Scalar = str | int | float | bool


def _durable_atom(fact: str, op: str, value: Any) -> dict:
    operator = OPERATORS[op][0]
    if operator == "$eq":
        return {fact: value}
    if operator in ("$ex", "$nex"):
        return {operator: {fact: 1}}
    return {operator: {fact: value}}


@dataclass(frozen=True)
class Atom:
    fact: str
    op: str
    value: Any = None  # a scalar, a list for `in`, or a table (dict) when `by` is set
    param: str | None = None
    by: str | None = None

    @cached_property
    def fact_names(self) -> tuple[str, ...]:
        """The facts it reads, in order (computed once: every finding and trace asks)."""
        return (self.fact, self.by) if self.by else (self.fact,)

    def facts(self) -> list[str]:
        return list(self.fact_names)

    def to_durable(self) -> dict:
        if self.by:
            return {"$or": [{"$and": [{self.by: key}, _durable_atom(self.fact, self.op, limit)]}
                            for key, limit in self.value.items()]}
        if self.op == "in":
            return {"$or": [{self.fact: v} for v in self.value]}
        return _durable_atom(self.fact, self.op, self.value)

    def thresholds(self, facts: Mapping[str, Any]) -> dict[str, Any]:
        """The parameter values this atom compared against, for evidence and messages."""
        if self.param is None:
            return {}
        if self.by:
            return {self.param: self.value.get(facts.get(self.by))}
        return {self.param: self.value}

    def describe(self) -> str:
        symbol = OPERATORS[self.op][2]
        if not OPERATORS[self.op][1]:
            return f"{self.fact} {symbol}"
        if self.by:
            return f"{self.fact} {symbol} {self.param}[{self.by}] {self.value}"
        rhs = f"{self.param} ({self.value})" if self.param else json.dumps(self.value, ensure_ascii=False)
        return f"{self.fact} {symbol} {rhs}"


@dataclass(frozen=True)
class Group:
    kind: str  # "all" | "any"
    parts: tuple["Condition", ...]

    @cached_property
    def fact_names(self) -> tuple[str, ...]:
        """The facts its parts read, each once, in order."""
        return tuple(dict.fromkeys(f for part in self.parts for f in part.fact_names))

    def facts(self) -> list[str]:
        return list(self.fact_names)

    def to_durable(self) -> dict:
        return {"$and" if self.kind == "all" else "$or": [p.to_durable() for p in self.parts]}

    def thresholds(self, facts: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for part in self.parts:
            out.update(part.thresholds(facts))
        return out

    def describe(self) -> str:
        joiner = " AND " if self.kind == "all" else " OR "
        return "(" + joiner.join(p.describe() for p in self.parts) + ")"


Condition = Atom | Group


def parse_condition(
    node: Any,
    *,
    params: Mapping[str, Any],
    known_facts: Mapping[str, str],
    fail: Callable[[str, str], Exception],
    path: str = "when",
) -> Condition:
    """Validate one condition node; `fail(field, message)` builds the error that names the place."""
    if not isinstance(node, dict):
        raise fail(path, "a condition must be a mapping")
    groups = [k for k in ("all", "any") if k in node]
    if groups:
        if len(node) != 1:
            raise fail(path, f"'{groups[0]}' must stand alone, found also {sorted(set(node) - {groups[0]})}")
        parts = node[groups[0]]
        if not isinstance(parts, list) or not parts:
            raise fail(f"{path}.{groups[0]}", "must be a non-empty list of conditions")
        return Group(groups[0], tuple(
            parse_condition(p, params=params, known_facts=known_facts, fail=fail, path=f"{path}.{groups[0]}[{i}]")
            for i, p in enumerate(parts)))

    unknown = set(node) - ATOM_KEYS
    if unknown:
        raise fail(path, f"unknown field(s) {sorted(unknown)}; a condition has {sorted(ATOM_KEYS)} or all/any")
    fact, op = node.get("fact"), node.get("op")
    if fact not in known_facts:
        raise fail(f"{path}.fact", f"unknown fact {fact!r}; known facts: {', '.join(sorted(known_facts))}")
    if op not in OPERATORS:
        raise fail(f"{path}.op", f"unknown operator {op!r}; use one of {', '.join(OPERATORS)}")
    takes_value = OPERATORS[op][1]
    has_value, param, by = "value" in node, node.get("param"), node.get("by")
    if not takes_value:
        if has_value or param or by:
            raise fail(path, f"operator {op!r} takes no value or param")
        return Atom(fact, op)
    if has_value == (param is not None):
        raise fail(path, f"operator {op!r} needs exactly one of 'value' or 'param'")
    if by is not None:
        if param is None:
            raise fail(f"{path}.by", "'by' looks up a table parameter; give 'param' too")
        if by not in known_facts:
            raise fail(f"{path}.by", f"unknown fact {by!r}")
    if param is not None:
        if param not in params:
            raise fail(f"{path}.param", f"unknown parameter {param!r}; parameters: {', '.join(sorted(params))}")
        value = params[param]
        if by is not None:
            if not isinstance(value, dict) or not value or not all(_is_scalar(v) for v in value.values()):
                raise fail(f"{path}.param", f"parameter {param!r} must be a table of values to be looked up by {by!r}")
            for key, limit in value.items():
                if not _valid_rhs(op, limit):
                    raise fail(f"{path}.param", f"parameter {param!r}, {key}: {limit!r} is not a valid value for "
                                                f"operator {op!r}")
        elif not _valid_rhs(op, value):
            raise fail(f"{path}.param", f"parameter {param!r} is not a valid value for operator {op!r}")
        return Atom(fact, op, value, param=param, by=by)
    value = node["value"]
    if not _valid_rhs(op, value):
        raise fail(f"{path}.value", f"{value!r} is not a valid value for operator {op!r}")
    return Atom(fact, op, value)


def _is_scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool))


def _valid_rhs(op: str, value: Any) -> bool:
    if op == "in":
        return isinstance(value, list) and bool(value) and all(_is_scalar(v) for v in value)
    if op in ("lt", "le", "gt", "ge"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return _is_scalar(value)
