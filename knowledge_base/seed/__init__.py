"""Cases written by the team and shipped with the package, loaded into a new store."""
from __future__ import annotations

import json
from importlib.resources import files


def load_seed_cases() -> list[dict]:
    text = files(__package__).joinpath("cases.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
