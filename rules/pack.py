"""Rule packs: policy as a versioned YAML file, validated before anything runs it.

A pack's version is the hash of its content, so a decision logged under a version can always be
traced to the exact rules, thresholds and messages that made it.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rules import domains
from rules.conditions import Condition, parse_condition
from rules.display import shown
from rules.errors import PackError
from rules.outcomes import Outcome, parse_outcome

SEVERITIES = ("high", "medium", "low", "info")
LANGS = ("zh", "en")
PACK_KEYS = {"pack", "schema", "title", "description", "parameters", "labels", "outcome", "rules", "examples"}
RULE_KEYS = {"id", "title", "severity", "when", "message", "recommendation", "reference", "effect"}
REQUIRED_RULE_KEYS = ("id", "title", "severity", "when", "message", "recommendation", "reference")
EXAMPLE_KEYS = {"name", "input", "expect"}
SCHEMA_VERSION = 1
RULE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
BUNDLED_DIR = Path(__file__).parent / "packs"


@dataclass(frozen=True)
class Rule:
    id: str
    title: dict[str, str]
    severity: str
    when: Condition
    message: dict[str, str]
    recommendation: dict[str, str]
    reference: str
    effect: dict[str, str] | None = None
    placeholders: frozenset[str] = frozenset()  # the names its message and recommendation show


@dataclass(frozen=True)
class Pack:
    name: str
    version: str
    source: str
    title: dict[str, str]
    parameters: dict[str, Any]
    labels: dict[str, dict[str, dict[str, str]]]  # {fact: {value: {zh, en}}}: how a message shows a coded value
    outcome: Outcome
    rules: tuple[Rule, ...]
    examples: tuple[dict, ...]
    text: str = field(repr=False)

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)

    def summary(self) -> dict:
        return {"pack": self.name, "version": self.version, "source": self.source,
                "title": self.title, "rules": [r.id for r in self.rules]}


def content_version(raw: Any) -> str:
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def load_pack(path: Path) -> Pack:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackError(f"无法读取文件（{exc.strerror}）/ cannot read the file ({exc.strerror})", file=str(path)) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise PackError("文件不是 UTF-8 编码（可能以 GBK/ANSI 保存），请在编辑器中另存为 UTF-8 / the file is not UTF-8 "
                        "(perhaps saved as GBK/ANSI); save it as UTF-8", file=str(path), line=line) from exc
    return parse_pack(text, source=str(path))


class _DuplicateKey(yaml.constructor.ConstructorError):
    def __init__(self, key: str, first: yaml.Mark, again: yaml.Mark):
        super().__init__(None, None, f"found duplicate key {key!r} (first on line {first.line + 1})", again)
        self.key, self.first_line = key, first.line + 1


class _PackLoader(yaml.SafeLoader):
    """Safe YAML, except that a key written twice in one mapping is an error: YAML's "the last one wins" let
    a second `max_debt_ratio:` (or a second `rules:`) silently replace the first. Keys merged in with
    `<<: *anchor` may still be overridden, as the examples do."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    key = (key_node.tag, key_node.value)
                    if key in seen:
                        raise _DuplicateKey(key_node.value, seen[key], key_node.start_mark)
                    seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


def _yaml_error(exc: yaml.YAMLError, source: str, text: str) -> PackError:
    """One line, Chinese first, at the line and column an editor shows (pyyaml's own text spans four lines
    and names "<unicode string>" instead of the file)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    slip = _slip(text, mark.line) if mark else None
    if slip is not None:
        line, column, zh, en = slip
        return PackError(f"YAML 格式有误：{zh} / not valid YAML: {en}", file=source, line=line, column=column)
    if isinstance(exc, _DuplicateKey):
        zh = f"键 {exc.key} 写了两次（第 {exc.first_line} 行已有），后写的会悄悄覆盖先写的，请删去一处"
    elif "'\\t'" in problem:
        zh = "用了制表符（Tab），缩进和分隔只能用空格"
    else:
        zh = "常见原因是缩进没有对齐、冒号后缺空格、引号或括号未配对"
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return PackError(f"YAML 格式有误：{zh} / not valid YAML: {problem}", file=source, line=line, column=column)


_SLIPS = (  # (how a key line reads when the slip is made, the column to point at, 中文, English)
    (lambda code: "：" in code and ":" not in code, lambda code: code.index("："),
     "用了中文冒号“：”，键和值之间须是英文冒号加空格“: ”", "a full-width colon '：' where YAML needs ': '"),
    (lambda code: ":" in code.strip()[:-1] and ": " not in code and not code.lstrip().startswith("-"),
     lambda code: code.index(":") + 1, "冒号后缺空格，键和值之间须是“: ”", "no space after the colon; YAML needs ': '"),
)


def _slip(text: str, at: int) -> tuple[int, int, str, str] | None:
    """(line, column, 中文, English) of a slip on the line where pyyaml stumbled or on the line of YAML before it
    (pyyaml notices a bad key only at the next one): a colon typed on a Chinese keyboard, or no space after it."""
    code = [line.split("#", 1)[0] for line in text.splitlines()]
    before = next((i for i in range(min(at, len(code)) - 1, -1, -1) if code[i].strip()), None)
    for i in (at, before):
        if i is not None and i < len(code):
            for reads, column, zh, en in _SLIPS:
                if reads(code[i]):
                    return i + 1, column(code[i]) + 1, zh, en
    return None


def parse_pack(text: str, *, source: str) -> Pack:
    try:
        raw = yaml.load(text, Loader=_PackLoader)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source, text) from exc

    def fail(message: str, rule: str | None = None, fld: str | None = None) -> PackError:
        return PackError(message, file=source, rule=rule, field=fld, pack=name if rule else None)

    if not isinstance(raw, dict):
        raise fail("规则包文件应为含 pack、parameters、outcome、rules、examples 的映射 / "
                   "a pack file must be a mapping with pack, parameters, outcome, rules, examples")
    where = _non_finite(raw)
    if where is not None:
        raise fail(f"{where[1]} 不是可用于判定的数字（YAML 把 .inf、.nan 读作无穷大和非数），请写普通数字 / "
                   f"{where[1]} is not a number to decide with (YAML reads .inf and .nan as infinity and not-a-number); "
                   f"write a plain number", fld=where[0])
    _no_unknown(raw, PACK_KEYS, lambda f, m: fail(m, fld=f), "")
    name = raw.get("pack")
    domain = domains.get(name)
    if domain is None:
        raise fail(f"未知的规则包名 {name!r}，可用：{'、'.join(domains.names())} / unknown pack name {name!r}; known packs: "
                   f"{', '.join(domains.names())}", fld="pack")
    if raw.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise fail(f"不支持格式版本 schema {raw.get('schema')!r}（应为 {SCHEMA_VERSION}）/ schema {raw.get('schema')!r} is not "
                   f"supported (expected {SCHEMA_VERSION})", fld="schema")
    title = _bilingual(raw.get("title"), lambda f, m: fail(m, fld=f), "title")
    params = raw.get("parameters") or {}
    if not isinstance(params, dict):
        raise fail("应为“参数名: 取值”的映射 / must be a mapping of parameter names to values", fld="parameters")
    domain.check_parameters(params, lambda f, m: fail(m, fld=f"parameters.{f}"))
    labels = _labels(raw.get("labels") or {}, domain.FACTS, lambda f, m: fail(m, fld=f))
    outcome = parse_outcome(raw.get("outcome"), lambda f, m: fail(m, fld=f"outcome.{f}" if f else "outcome"))
    (out_field, allowed) = domain.OUTCOME
    if outcome.changed_fields() != (out_field,):
        raise fail(f"结论字段须为 {out_field}（API 的字段名不能改）/ the decision field must be {out_field!r} (the API's "
                   f"field names never change)", fld="outcome.field")
    odd = sorted(map(str, outcome.values() - set(allowed)))
    if odd:
        raise fail(f"结论 {odd[0]} 不是 API 规定的取值（{'、'.join(allowed)}）/ decision {odd[0]!r} is none of the API's values "
                   f"({', '.join(allowed)})", fld="outcome")
    for fact in outcome.reads:
        if fact not in domain.FACTS:
            raise fail(f"决策表读取了未知事实 {fact!r} / the outcome reads unknown fact {fact!r}", fld="outcome")

    rules_raw = raw.get("rules")
    if not isinstance(rules_raw, list) or not rules_raw:
        raise fail("规则包至少要有一条规则（rules 列表）/ a pack needs a non-empty list of rules", fld="rules")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, node in enumerate(rules_raw):
        rid = node.get("id") if isinstance(node, dict) else None
        label = rid if isinstance(rid, str) else f"#{i + 1}"
        rfail = lambda f, m, _label=label: fail(m, rule=_label, fld=f)  # noqa: E731
        if not isinstance(node, dict):
            raise rfail(None, "每条规则应为映射（id、title、when…）/ a rule must be a mapping")
        _no_unknown(node, RULE_KEYS, rfail, "")
        for key in REQUIRED_RULE_KEYS:
            if node.get(key) in (None, "", {}):
                raise rfail(key, f"缺少 {key} / missing {key}")
        if not isinstance(rid, str) or not RULE_ID.match(rid):
            raise rfail("id", "规则编号只能由字母、数字和 - _ . 组成，例如 ADM-USCC-INVALID / a rule id is letters, digits, "
                             "'-', '_' or '.', e.g. ADM-USCC-INVALID")
        if rid in seen:
            raise rfail("id", f"规则编号 {rid} 重复 / duplicate rule id {rid}")
        seen.add(rid)
        if node["severity"] not in SEVERITIES:
            raise rfail("severity", f"未知的严重程度 {node['severity']!r}，可用：{'、'.join(SEVERITIES)} / unknown severity "
                                   f"{node['severity']!r}; use one of {', '.join(SEVERITIES)}")
        when = parse_condition(node["when"], params=params, fact_types=domain.FACT_TYPES, fail=rfail)
        names = set(domain.FACTS) | set(params)
        message = _bilingual(node["message"], rfail, "message", placeholders=names)
        recommendation = _bilingual(node["recommendation"], rfail, "recommendation", placeholders=names)
        if not isinstance(node["reference"], str):
            raise rfail("reference", "依据（reference）应为一段文字，例如《中华人民共和国政府采购法》第二十二条 / "
                                    "the reference must be a string")
        effect = node.get("effect")
        if effect is not None:
            outcome.check_effect(effect, lambda m, _f=rfail: _f("effect", m))
        placeholders = frozenset(_fields(message) | _fields(recommendation))
        # a title shows no facts (rule lists have none), only parameters, filled in here: a title that says the threshold
        # follows an override of it ("近{violation_lookback_years}年有重大违法记录")
        title = _bilingual(node["title"], rfail, "title", placeholders=set(params), unknown=NO_PARAMETER)
        title = {lang: text.format_map({k: shown(params[k], labels.get(k), lang) for k in _fields({lang: text})})
                 for lang, text in title.items()}
        rules.append(Rule(rid, title, node["severity"], when,
                          message, recommendation, node["reference"], effect, placeholders))

    used = set(domain.PARAMETERS_READ) | {p for r in rules for p in (*r.when.param_names, *r.placeholders)}
    unused = [p for p in params if p not in used]
    if unused:
        raise fail(f"参数 {unused[0]} 没有被任何规则的条件（param: {unused[0]}）或消息使用，改它不会改变任何决策：请在规则的 "
                   f"when 中引用它，或删去 / parameter {unused[0]!r} is used by no rule's condition or message, so changing "
                   f"it changes no decision: refer to it with 'param: {unused[0]}' in a rule's when, or remove it",
                   fld=f"parameters.{unused[0]}")

    examples = raw.get("examples") or []
    if not isinstance(examples, list):
        raise fail("应为样例列表 / must be a list of example cases", fld="examples")
    for i, ex in enumerate(examples):
        efail = lambda f, m, _i=i: fail(m, fld=f"examples[{_i}]" + (f".{f}" if f else ""))  # noqa: E731
        if not isinstance(ex, dict):
            raise efail(None, "每个样例应为含 name、input、expect 的映射 / an example must be a mapping with name, input, expect")
        _no_unknown(ex, EXAMPLE_KEYS, efail, "")
        if not isinstance(ex.get("input"), dict) or not isinstance(ex.get("expect"), dict):
            raise efail(None, "样例须有 input 映射和 expect 映射 / an example needs an input mapping and an expect mapping")
        for rid in ex["expect"].get("rules", []):
            if rid not in seen:
                raise efail("expect.rules", f"本规则包没有编号为 {rid} 的规则 / unknown rule id {rid}")

    return Pack(name=name, version=content_version(raw), source=source, title=title, parameters=params,
                labels=labels, outcome=outcome, rules=tuple(rules), examples=tuple(examples), text=text)


def _non_finite(node: Any, path: str = "") -> tuple[str, str] | None:
    """The first .inf / .nan anywhere in the file, as (field, text): as a threshold such a value never lets its
    rule fire (nan) or stops the rules engine from loading the pack (inf); nowhere in a pack is it meant."""
    if isinstance(node, float) and not math.isfinite(node):
        return path, str(node)
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found = _non_finite(value, f"{path}[{key}]" if isinstance(node, list) else f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


def _no_unknown(node: dict, allowed: set[str], fail, prefix: str) -> None:
    unknown = sorted(set(node) - allowed)
    if unknown:
        raise fail(f"{prefix}{unknown[0]}", f"未知字段 {unknown[0]!r}，可用：{'、'.join(sorted(allowed))} / unknown field "
                                           f"{unknown[0]!r}; allowed: {', '.join(sorted(allowed))}")


def _labels(node: Any, facts: dict, fail) -> dict[str, dict[str, dict[str, str]]]:
    """`labels: {fact: {value: {zh, en}}}`: the words a message shows for a fact's coded values."""
    if not isinstance(node, dict):
        raise fail("labels", "labels 应为“事实: {取值: {zh: …, en: …}}” / labels map a fact to {value: {zh: …, en: …}}")
    for fact, table in node.items():
        if fact not in facts:
            raise fail(f"labels.{fact}", f"未知事实 {fact!r}，可用：{'、'.join(sorted(facts))} / unknown fact {fact!r}; known facts: "
                                         f"{', '.join(sorted(facts))}")
        if not isinstance(table, dict) or not table:
            raise fail(f"labels.{fact}", "请为每个取值写 {zh: …, en: …} / map each value of the fact to {zh: …, en: …}")
        for value, label in table.items():
            _bilingual(label, fail, f"labels.{fact}.{value}")
    return {fact: {str(value): dict(label) for value, label in table.items()} for fact, table in node.items()}


NEITHER = ("既不是事实也不是参数", "which is neither a fact nor a parameter")
NO_PARAMETER = ("不是参数（标题中只能显示参数，如 {violation_lookback_years}）", "which is no parameter (a title shows parameters only)")


def _bilingual(node: Any, fail, fld: str, placeholders: set[str] | None = None, unknown: tuple[str, str] = NEITHER) -> dict[str, str]:
    if not isinstance(node, dict) or any(not isinstance(node.get(lang), str) or not node[lang].strip() for lang in LANGS):
        raise fail(fld, f"{fld} 须同时有非空的中文（zh）和英文（en）/ {fld} needs non-empty texts for both zh and en")
    if set(node) - set(LANGS):
        raise fail(fld, f"未知语言 {sorted(set(node) - set(LANGS))}，只用 zh 和 en / unknown language(s) "
                        f"{sorted(set(node) - set(LANGS))}; use zh and en")
    if placeholders is not None:
        for lang in LANGS:
            try:
                parts = [p for p in string.Formatter().parse(node[lang]) if p[1] is not None]
            except ValueError as exc:
                raise fail(f"{fld}.{lang}", f"模板有误（花括号未配对？）：{exc} / broken template: {exc}") from exc
            for _, name, spec, conversion in parts:  # values are shown already formatted, as text: {x:.0%} would crash
                if not name or spec or conversion:
                    raw = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
                    raise fail(f"{fld}.{lang}", f"模板中的 {raw} 只能写成 {{名称}}（不带格式、不能空着），数值会按规则包的方式显示 / "
                                                f"write {raw} as {{name}} alone: values are shown already formatted")
            fields = {name for _, name, _, _ in parts}
            for name in fields:
                if name not in placeholders:
                    raise fail(f"{fld}.{lang}", f"模板中的 {{{name}}} {unknown[0]} / the template names {{{name}}}, {unknown[1]}")
    return dict(node)


def _fields(texts: dict[str, str]) -> set[str]:
    return {f for text in texts.values() for _, f, _, _ in string.Formatter().parse(text) if f}


def bundled_pack_paths() -> list[Path]:
    return sorted(BUNDLED_DIR.glob("*.yaml"))
