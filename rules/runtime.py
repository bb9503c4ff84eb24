"""Decisions as the service and CLI make them: on the pack in force, stamped and logged for audit."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Sequence

from rules.decision_log import DecisionLog
from rules.errors import InputError
from rules.evaluate import evaluate, parse_input
from rules.registry import PackRegistry

LANGS = ("zh", "en")


class Decider:
    def __init__(self, registry: PackRegistry, log: DecisionLog | None = None):
        self.registry = registry
        self.log = log

    def decide(self, pack_name: str, payload: Any, *, lang: str = "zh", explain: bool = False) -> dict:
        return self.decide_many(pack_name, [payload], lang=lang, explain=explain)[0]

    def decide_many(self, pack_name: str, payloads: Sequence[Any], *, lang: str = "zh", explain: bool = False,
                    labels: Sequence[Any] | None = None) -> list[dict]:
        """All inputs are checked before any is decided, so a bad row rejects the batch and logs nothing."""
        pack = self.registry.get(pack_name)  # one snapshot for the whole batch
        if lang not in LANGS:
            raise InputError(f"unknown language {lang!r}; use zh or en", {"field": "lang"})
        models, problems = [], []
        for i, payload in enumerate(payloads):
            try:
                models.append(parse_input(pack, payload))
            except InputError as exc:
                label = labels[i] if labels else i
                problems += [{"row": label, **p} for p in (exc.details or [{"field": "(body)", "message": exc.message}])]
        if problems:
            if len(payloads) == 1 and labels is None:
                raise InputError(f"invalid input — {problems[0]['field']}: {problems[0]['message']}",
                                 [{k: v for k, v in p.items() if k != "row"} for p in problems])
            rows = sorted({str(p["row"]) for p in problems}, key=lambda r: (len(r), r))
            raise InputError(f"{len(rows)} of {len(payloads)} rows are invalid (rows {', '.join(rows[:10])}); "
                             f"first: {problems[0]['field']}: {problems[0]['message']}", problems)
        now = datetime.now().astimezone()
        stamp = now.isoformat(timespec="milliseconds")
        outputs = []
        for model in models:
            body = evaluate(pack, model, lang=lang, explain=explain, today=now.date())
            outputs.append({**body, "pack": pack.name, "pack_version": pack.version,
                            "decision_id": uuid.uuid4().hex, "evaluated_at": stamp})
        if self.log is not None:
            self.log.record(pack, list(zip(payloads, outputs)))
        return outputs


def grade_summary(results: list[dict], grades: Sequence[str]) -> dict[str, int]:
    """How many suppliers got each of the pack's grades (zero included)."""
    summary = dict.fromkeys(grades, 0)
    for r in results:
        summary[r["grade"]] += 1
    return summary
