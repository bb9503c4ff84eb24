"""The condition language of rule packs, and its translation to durable-rules JSON.

A condition is an atom ``{fact, op, value | param [, by]}`` or ``{all: [...]}`` / ``{any: [...]}``.
Thresholds come from the pack's parameters (``param``); ``by`` looks a parameter table up by
another fact (e.g. the capital minimum by category) and compiles to one branch per table row, so
the whole table stays visible to the engine and to the reader.
"""
from __future__ import annotations

import json
import types
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Callable, Literal, Mapping, Union, get_args, get_origin

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

    @property
    def param_names(self) -> tuple[str, ...]:
        """The parameters it compares against."""
        return (self.param,) if self.param else ()

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

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for part in self.parts for p in part.param_names))

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
    fact_types: Mapping[str, Any],
    fail: Callable[[str, str], Exception],
    path: str = "when",
) -> Condition:
    """Validate one condition node; `fail(field, message)` builds the error that names the place."""
    if not isinstance(node, dict):
        raise fail(path, "条件应为映射 / a condition must be a mapping")
    groups = [k for k in ("all", "any") if k in node]
    if groups:
        if len(node) != 1:
            raise fail(path, f"'{groups[0]}' 须单独成项，但旁边还有 {sorted(set(node) - {groups[0]})} / '{groups[0]}' must stand "
                              f"alone, found also {sorted(set(node) - {groups[0]})}")
        parts = node[groups[0]]
        if not isinstance(parts, list) or not parts:
            raise fail(f"{path}.{groups[0]}", "应为非空的条件列表 / must be a non-empty list of conditions")
        return Group(groups[0], tuple(
            parse_condition(p, params=params, fact_types=fact_types, fail=fail, path=f"{path}.{groups[0]}[{i}]")
            for i, p in enumerate(parts)))

    unknown = set(node) - ATOM_KEYS
    if unknown:
        raise fail(path, f"未知字段 {sorted(unknown)}，条件只能有 {sorted(ATOM_KEYS)} 或 all/any / unknown field(s) "
                          f"{sorted(unknown)}; a condition has {sorted(ATOM_KEYS)} or all/any")
    fact, op = node.get("fact"), node.get("op")
    if fact not in fact_types:
        raise fail(f"{path}.fact", f"未知事实 {fact!r}，可用：{'、'.join(sorted(fact_types))} / unknown fact {fact!r}; "
                                   f"known facts: {', '.join(sorted(fact_types))}")
    if op not in OPERATORS:
        raise fail(f"{path}.op", f"未知运算符 {op!r}，可用：{'、'.join(OPERATORS)} / unknown operator {op!r}; use one of "
                                 f"{', '.join(OPERATORS)}")
    takes_value = OPERATORS[op][1]
    has_value, param, by = "value" in node, node.get("param"), node.get("by")
    if not takes_value:
        if has_value or param or by:
            raise fail(path, f"运算符 {op!r} 不带 value 或 param / operator {op!r} takes no value or param")
        return Atom(fact, op)
    if has_value == (param is not None):
        raise fail(path, f"运算符 {op!r} 须有 value 或 param 之一（只能一个）/ operator {op!r} needs exactly one of 'value' or 'param'")
    if by is not None:
        if param is None:
            raise fail(f"{path}.by", "by 用于按表查参数，须同时写 param / 'by' looks up a table parameter; give 'param' too")
        if by not in fact_types:
            raise fail(f"{path}.by", f"未知事实 {by!r} / unknown fact {by!r}")
    if param is not None:
        if param not in params:
            raise fail(f"{path}.param", f"未知参数 {param!r}，parameters 中有：{'、'.join(sorted(params))} / unknown parameter "
                                    f"{param!r}; parameters: {', '.join(sorted(params))}")
        value = params[param]
        if by is not None:
            if not isinstance(value, dict) or not value or not all(_is_scalar(v) for v in value.values()):
                raise fail(f"{path}.param", f"参数 {param!r} 应为按 {by!r} 查取的表 / parameter {param!r} must be a table of values to be "
                                        f"looked up by {by!r}")
            for key, limit in value.items():
                if not _valid_rhs(op, limit):
                    zh, en = _rhs_problem(op, limit)
                    raise fail(f"{path}.param", f"参数 {param} 的 {key} 项 {zh} / parameter {param!r}, {key}: {en}")
                _check_type(by, fact_types[by], key, f"{path}.param", (f"参数 {param} 的键", f"the key of parameter {param!r}"), fail)
                _check_type(fact, fact_types[fact], limit, f"{path}.param",
                            (f"参数 {param} 的 {key} 项", f"parameter {param!r}, {key}:"), fail)
        elif not _valid_rhs(op, value):
            zh, en = _rhs_problem(op, value)
            raise fail(f"{path}.param", f"参数 {param} 的值 {zh} / parameter {param!r}: {en}")
        else:
            _check_type(fact, fact_types[fact], value, f"{path}.param", (f"参数 {param} 的值", f"parameter {param!r}:"), fail)
        return Atom(fact, op, value, param=param, by=by)
    value = node["value"]
    if not _valid_rhs(op, value):
        zh, en = _rhs_problem(op, value)
        raise fail(f"{path}.value", f"条件的值 {zh} / {en}")
    _check_type(fact, fact_types[fact], value, f"{path}.value", ("条件的值", "the value"), fail)
    return Atom(fact, op, value)


def _compared_type(kind: Any) -> Any:
    """The type a condition compares a fact with: its declared type without constraints (Annotated) and without None."""
    while True:
        if get_origin(kind) is Annotated:
            kind = get_args(kind)[0]
        elif get_origin(kind) in (Union, types.UnionType) and type(None) in get_args(kind):
            rest = tuple(a for a in get_args(kind) if a is not type(None))
            kind = rest[0] if len(rest) == 1 else Union[rest]
        else:
            return kind


def _fits(kind: Any, value: Any) -> bool:
    if get_origin(kind) is Literal:
        return any(type(value) is type(v) and value == v for v in get_args(kind))
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return type(value) is kind


def _described(kind: Any) -> tuple[str, str]:
    """(中文, English) of what a fact of this type is compared with."""
    if get_origin(kind) is Literal:
        return f"以下之一：{'、'.join(map(str, get_args(kind)))}", f"one of: {', '.join(map(str, get_args(kind)))}"
    return {float: ("数字（不加引号）", "a number (no quotes)"), bool: (" true 或 false（不加引号）", "true or false (no quotes)"),
            str: ("文字", "text")}[kind]


def _check_type(fact: str, declared: Any, value: Any, fld: str, what: tuple[str, str],
                fail: Callable[[str, str], Exception]) -> None:
    """Refuses a value a fact can never equal or be compared with: "30" for a number, "true" for a flag, a misspelt category.
    Such a condition loads into the engine and silently never matches."""
    kind = _compared_type(declared)
    for one in value if isinstance(value, list) else (value,):  # `in` compares with each value of its list
        if not _fits(kind, one):
            (zh, en), (zh_what, en_what) = _described(kind), what
            raise fail(fld, f"{zh_what} {one!r} 与事实 {fact} 的类型不符，该条件永远不会成立：{fact} 的取值是{zh} / {en_what} {one!r} "
                            f"does not fit fact {fact!r}, so the condition never holds: {fact} takes {en}")


def _rhs_problem(op: str, value: Any) -> tuple[str, str]:
    """Why a value cannot be compared with, in Chinese and English, showing the value as written: a policy
    owner types a threshold as "30%", "1,000,000" or 百分之三十, which YAML keeps as text."""
    if op in ("lt", "le", "gt", "ge"):
        return (f"{value!r} 不是数字：只写数字本身，如 0.7、30 或 10000000（不带 %、千位逗号、单位、中文或引号）",
                f"{value!r} is not a number for operator {op!r}: write the number alone, e.g. 0.7, 30 or 10000000 "
                f"(no %, thousands commas, units, words or quotes)")
    if op == "in":
        return (f"{value!r} 应为非空的取值列表，如 [hardware, cloud]",
                f"{value!r} is not a non-empty list of values for operator 'in', e.g. [hardware, cloud]")
    return (f"{value!r} 应为单个取值（文字、数字或 true/false）",
            f"{value!r} is not a single value (text, number, true or false) for operator {op!r}")


def _is_scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool))


def _valid_rhs(op: str, value: Any) -> bool:
    if op == "in":
        return isinstance(value, list) and bool(value) and all(_is_scalar(v) for v in value)
    if op in ("lt", "le", "gt", "ge"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return _is_scalar(value)
