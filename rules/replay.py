"""Backtest: what a candidate pack would have decided on the logged decisions of its pack."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from rules.decision_log import DecisionLog
from rules.errors import InputError
from rules.evaluate import evaluate, parse_input
from rules.pack import Pack


def replay(log: DecisionLog, candidate: Pack) -> dict:
    fields = candidate.outcome.changed_fields()
    changes, transitions, total, skipped = [], Counter(), 0, []
    for logged in log.of_pack(candidate.name):
        before = logged["output"]
        try:
            model = parse_input(candidate, logged["input"])
        except InputError as exc:  # a candidate may demand input the old log never had
            skipped.append({"decision_id": logged["decision_id"], "reason": str(exc)})
            continue
        total += 1
        today = datetime.fromisoformat(logged["evaluated_at"]).date()  # "today" as it was then
        after = evaluate(candidate, model, today=today)
        old_rules = {f["rule_id"] for f in before["findings"]}
        new_rules = {f["rule_id"] for f in after["findings"]}
        outcome_before = {f: before.get(f) for f in fields}
        outcome_after = {f: after.get(f) for f in fields}
        if outcome_before != outcome_after or old_rules != new_rules:
            key = " / ".join(f"{outcome_before[f]}→{outcome_after[f]}" for f in fields)
            transitions[key] += 1
            changes.append({"decision_id": logged["decision_id"], "evaluated_at": logged["evaluated_at"],
                            "pack_version": logged["pack_version"], "before": outcome_before, "after": outcome_after,
                            "rules_added": sorted(new_rules - old_rules), "rules_removed": sorted(old_rules - new_rules)})
    return {"pack": candidate.name, "candidate_version": candidate.version, "replayed": total,
            "changed": len(changes), "unchanged": total - len(changes), "transitions": dict(transitions),
            "changes": changes, "skipped": skipped}
