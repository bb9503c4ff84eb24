"""Runs packs on durable-rules.

Each pack version is registered once as its own ruleset (a registered ruleset cannot be changed or
safely deleted, so the name carries the content hash). Each decision is one session: the facts go
in with `assert_fact` (every matching rule fires, unlike `post`), actions record the firings, and the
session's state is deleted in `finally` — live sessions are a finite resource of the C engine.
"""
from __future__ import annotations

import threading
import uuid
from typing import Any, Mapping

from durable.engine import Host

from rules.pack import Pack

# Rules match only our decision facts; a bare "absent" test would also match the engine's own
# state messages and re-fire without end.
_MARKER = {"$ex": {"jicai_decision": 1}}
# Every decision must be handled by some rule: deleting the session of a fact no rule matched
# segfaults durable-rules 2.0.28, so each ruleset also has this rule that matches every decision.
_SEEN_RULE = "jicai-seen"

_lock = threading.Lock()
_host: Host | None = None
_firings: dict[str, list[str]] = {}
_compiled: dict[str, "CompiledPack"] = {}


def _get_host() -> Host:
    global _host
    if _host is None:
        _host = Host()
    return _host


def _recorder(rule_id: str):
    def action(c) -> None:
        _firings[c.m["sid"]].append(rule_id)
    return action


def engine_facts(facts: Mapping[str, Any]) -> dict:
    """What the C engine sees: scalars only; None means absent (the engine treats null as present)."""
    return {k: v for k, v in facts.items() if isinstance(v, (str, int, float, bool))}


class CompiledPack:
    def __init__(self, pack: Pack):
        self.pack = pack
        self.ruleset = f"{pack.name}-{pack.version}"  # the same key compile_pack caches under
        definition = {rule.id: {"all": [{"m": {"$and": [_MARKER, rule.when.to_durable()]}}], "run": _recorder(rule.id)}
                      for rule in pack.rules}
        definition[_SEEN_RULE] = {"all": [{"m": _MARKER}], "run": _recorder(_SEEN_RULE)}
        _get_host().set_rulesets({self.ruleset: definition})

    def fired(self, facts: Mapping[str, Any]) -> set[str]:
        sid = uuid.uuid4().hex
        fact = {**engine_facts(facts), "sid": sid, "jicai_decision": 1}
        host = _get_host()
        with _lock:
            _firings[sid] = []
            try:
                host.assert_fact(self.ruleset, fact)
                return set(_firings[sid]) - {_SEEN_RULE}
            finally:
                del _firings[sid]
                host.delete_state(self.ruleset, sid)


def compile_pack(pack: Pack) -> CompiledPack:
    """One registration per pack version for the life of the process."""
    key = f"{pack.name}-{pack.version}"
    with _lock:
        if key not in _compiled:
            _compiled[key] = CompiledPack(pack)
        return _compiled[key]
