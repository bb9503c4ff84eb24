"""Calibrates the prototype-similarity threshold and margin of contracts/classify.py.

Every clause of the labelled corpus that the lexicon types is embedded and compared with the
prototype clauses; for each (threshold, margin) the script prints how many clauses the nearest
prototype would type in agreement with the lexicon and how many against it. The settings in
classify.py are the lowest threshold with no disagreement.   Usage: .venv/bin/python bench/calibrate_prototypes.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contracts.classify import SIM_MARGIN, SIM_THRESHOLD, _embed_text, classify, default_index  # noqa: E402
from contracts.segment import segment  # noqa: E402


def main() -> int:
    clauses = []
    for path in sorted((ROOT / "tests" / "data" / "contracts").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "contracts").glob("*.md")):
        clauses += [c for c in classify(segment(path.read_text(encoding="utf-8")), use_embeddings=False) if c.index > 0]
    index = default_index()
    started = time.perf_counter()
    ranked = index.nearest([_embed_text(c) for c in clauses])
    print(f"{len(clauses)} clauses embedded in {time.perf_counter() - started:.1f} s")
    scored = [(r[0][1], r[0][1] - r[1][1], r[0][0] in c.types) for c, r in zip(clauses, ranked)]
    print(f"{'threshold':>9s} {'margin':>6s} {'agree':>6s} {'disagree':>8s}")
    for threshold in (0.85, 0.86, 0.87, 0.88, 0.89, 0.90):
        for margin in (0.0, 0.01, 0.02, 0.03):
            agree = sum(1 for s, m, ok in scored if s >= threshold and m >= margin and ok)
            disagree = sum(1 for s, m, ok in scored if s >= threshold and m >= margin and not ok)
            mark = "  <- classify.py" if (threshold, margin) == (SIM_THRESHOLD, SIM_MARGIN) else ""
            print(f"{threshold:9.2f} {margin:6.2f} {agree:6d} {disagree:8d}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
