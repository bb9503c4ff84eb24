"""Runs packs on the durable-rules engine.

Each pack version is created once as its own ruleset (a created ruleset cannot be changed or
safely deleted, so its name carries the content hash). Each decision is one session: the facts go
in with `assert_fact` (every matching rule fires, unlike `post`), and the session is deleted in
`finally` — the C engine holds ~1,024 live sessions before `MemoryError`.

We drive the C engine (`durable_rules_engine`) directly instead of through durable's Python
`Host`: its action machinery re-serialises the session state to JSON around every fired rule
(~30 µs each) and runs timer threads we do not use. Here the pending actions are just read off:
each names the rule that matched, which is all a decision needs.

The engine is sent only the facts some rule of the pack reads (it parses and stores every
property it gets; the others cannot change what matches), plus the session id and the decision
marker, and the session id again as the fact's id (the engine otherwise makes one up per fact).
"""
from __future__ import annotations

import itertools
import threading
from typing import Any, Iterable, Mapping

import durable_rules_engine as _engine
import orjson

from rules.pack import Pack

# Rules match only our decision facts; a bare "absent" test would also match the engine's own
# state messages and re-fire without end.
_MARKER = {"$ex": {"jicai_decision": 1}}
# Every decision must be handled by some rule: a fact no rule matches still opens a session,
# and deleting such a session segfaults durable-rules 2.0.28. This rule matches every decision.
_SEEN_RULE = "jicai-seen"
# properties the engine's fact needs besides the facts; no domain may name a fact so
_RESERVED = ("sid", "id", "jicai_decision")

_lock = threading.Lock()
_session_ids = itertools.count()
_compiled: dict[str, "CompiledPack"] = {}


_SCALARS = (str, int, float, bool)
_SCALAR_TYPES = frozenset(_SCALARS)  # exact types first: a set lookup is cheaper than isinstance


def engine_facts(facts: Mapping[str, Any], names: Iterable[str] | None = None) -> dict:
    """What the C engine sees: scalars only; None means absent (the engine treats null as present).

    With `names`, only those facts (the ones the pack's rules read): a fact no rule reads cannot
    change what matches, and the engine parses and stores every fact it is given.
    """
    if names is None:
        facts = {k: v for k, v in facts.items() if isinstance(v, _SCALARS)}
    else:
        get = facts.get
        facts = {k: v for k in names if type(v := get(k)) in _SCALAR_TYPES or (v is not None and isinstance(v, _SCALARS))}
    for k, v in facts.items():
        if type(v) is float:
            facts[k] = _engine_number(v)
    return facts


def _engine_number(value: float) -> float | orjson.Fragment:
    """The engine's JSON parser reads no exponent without a decimal point, which is how orjson and json
    write floats of 1e16 and above or under 1e-5 ("1e+16", "1e-6"): those get the point."""
    if not value or 1e-5 <= abs(value) < 1e16:
        return value
    text = repr(value)
    return orjson.Fragment(text if "." in text else text.replace("e", ".0e"))


def _engine_values(node: Any) -> Any:
    """A ruleset's thresholds written as the facts are (a pack may say 0.000001 or 1.0e+16); an integer past
    64 bits (which orjson refuses, and the engine misreads as digits) as the float it compares like."""
    if type(node) is float:
        return _engine_number(node)
    if type(node) is int and not -2**63 <= node < 2**63:
        return _engine_number(float(node))
    if isinstance(node, dict):
        return {k: _engine_values(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_engine_values(v) for v in node]
    return node


def _rule_of(action: str) -> str:
    """A pending action reads {"RULE-ID":{"m":{…fact…}}}; rule ids are plain (pack.RULE_ID), so no JSON decode."""
    return action[2:action.index('"', 2)]


class CompiledPack:
    def __init__(self, pack: Pack):
        self.pack = pack
        self.ruleset = f"{pack.name}-{pack.version}"  # the same key compile_pack caches under
        # the facts some rule reads, in rule order: the only ones the engine is sent
        self.reads = tuple(dict.fromkeys(f for rule in pack.rules for f in rule.when.facts()))
        clash = set(self.reads) & set(_RESERVED)
        if clash:
            raise ValueError(f"pack {pack.name}: facts named {sorted(clash)} clash with the engine's own properties")
        definition = {rule.id: {"all": [{"m": {"$and": [_MARKER, rule.when.to_durable()]}}]} for rule in pack.rules}
        definition[_SEEN_RULE] = {"all": [{"m": _MARKER}]}
        self._handle = _engine.create_ruleset(self.ruleset, orjson.dumps(_engine_values(definition)).decode())

    def fired(self, facts: Mapping[str, Any]) -> set[str]:
        sid = str(next(_session_ids))  # unique while alive; every session is deleted before we return
        fact = engine_facts(facts, self.reads)
        fact["sid"] = fact["id"] = sid
        fact["jicai_decision"] = 1
        # orjson: 20× faster than json here, and UTF-8 as the engine needs (it does not match \u escapes)
        fact = orjson.dumps(fact).decode()
        fired: set[str] = set()
        handle = self._handle
        with _lock:
            try:
                state = _engine.assert_fact(handle, fact)[1]
                pending = _engine.start_action_for_state(handle, state)
                if pending:
                    fired.add(_rule_of(pending[1]))
                    while pending := _engine.complete_and_start_action(handle, state):
                        fired.add(_rule_of(pending))
            finally:
                _engine.delete_state(handle, sid)
        fired.discard(_SEEN_RULE)
        return fired


def compile_pack(pack: Pack) -> CompiledPack:
    """One ruleset per pack version for the life of the process."""
    key = f"{pack.name}-{pack.version}"
    compiled = _compiled.get(key)  # the common case, without the lock every session takes
    if compiled is not None:
        return compiled
    with _lock:
        if key not in _compiled:
            _compiled[key] = CompiledPack(pack)
        return _compiled[key]
