"""Clause typing on CUAD v1 (351 real English contracts with expert labels), contract level.

What is scored is what a review returns as `other_terms["categories"]` (contracts.sentences.contract_categories):
for English contracts, the sentence model of contracts/sentences.py (trained on the dev half's annotated spans)
— a category is present when the contract's best sentence for it reaches the label's threshold.
`--no-model` scores the review's own reading instead (what Chinese contracts get):
  liability_cap       ← a clause typed liability_cap                    (CUAD "Cap on Liability")
  liquidated_damages  ← a clause typed liquidated_damages               (CUAD "Liquidated Damages")
  warranty            ← a warranty period stated (warranty_period_stated), or a time limit to reject
                        deliveries / claim for defects (other_terms["rejection_period"])  (CUAD "Warranty Duration",
                        whose annotators also label inspection and rejection periods)
  ip_ownership        ← a clause typed ip_ownership                     (CUAD "IP Ownership Assignment")
  governing_law       ← a governing law extracted                        (CUAD "Governing Law")
  termination         ← a right to terminate for convenience extracted   (CUAD "Termination for Convenience")
Contracts are split into halves by a hash of the file name; the lexicon, the readings and the model were
developed on `dev` only, so `test` is the honest number: look at it once per round of changes, as a whole
(docs/contracts.md records every look).
Usage: .venv/bin/python bench/eval_cuad.py [--part dev|test|all] [--no-model] [--limit N] [--embeddings] [-v]
Reads ../shared/data/cuad (or $JICAI_SHARED_DATA/cuad); skips cleanly when it is absent.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contracts.extract import analyse  # noqa: E402
from contracts.sentences import contract_categories, default_model  # noqa: E402

DATA = Path(os.environ.get("JICAI_SHARED_DATA") or ROOT / ".." / "shared" / "data") / "cuad"
CATEGORIES = {
    "liability_cap": "Cap on Liability",
    "liquidated_damages": "Liquidated Damages",
    "warranty": "Warranty Duration",
    "ip_ownership": "IP Ownership Assignment",
    "governing_law": "Governing Law",
    "termination": "Termination for Convenience",
}


def predict(text: str, use_embeddings: bool, use_model: bool = True) -> dict[str, bool]:
    """What the review returns as `other_terms["categories"]` (contracts.sentences.contract_categories)."""
    a = analyse(text, use_embeddings=use_embeddings)
    if use_model:
        return a.other_terms["categories"]
    return contract_categories(a.clauses, a.terms, a.other_terms, use_model=False)


def split_of(name: str) -> str:
    return "dev" if int(hashlib.md5(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="first N contracts only")
    ap.add_argument("--embeddings", action="store_true", help="also embed ambiguous clauses (slower)")
    ap.add_argument("--no-model", action="store_true", help="the review's readings alone, without the CUAD sentence model")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="all",
                    help="evaluate one half only: work on `dev`, look at `test` once per round (default: both)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the contracts each category gets wrong (in the parts evaluated)")
    args = ap.parse_args()
    labels_path = DATA / "cuad_labels_wide.csv"
    if not labels_path.exists():
        print(f"SKIP: CUAD not found at {DATA} (set JICAI_SHARED_DATA)")
        return 0
    csv.field_size_limit(10**9)
    rows = list(csv.DictReader(labels_path.open(encoding="utf-8")))
    if args.limit:
        rows = rows[: args.limit]
    results = {"dev": {c: [] for c in CATEGORIES}, "test": {c: [] for c in CATEGORIES}}
    errors: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    started = time.perf_counter()
    for row in rows:
        path = DATA / "full_contract_txt" / row["txt_file"]
        part = split_of(row["txt_file"])
        if not path.exists() or args.part not in ("all", part):
            continue
        pred = predict(path.read_text(encoding="utf-8", errors="replace"), args.embeddings, not args.no_model)
        for ours, cuad in CATEGORIES.items():
            gold = row[f"{cuad}::present"] == "1"
            results[part][ours].append((gold, pred[ours]))
            if gold != pred[ours]:
                errors[ours].append(f"{part} {'FN' if gold else 'FP'} {row['txt_file']}")
    elapsed = time.perf_counter() - started
    n = sum(len(v["governing_law"]) for v in results.values())
    print(f"CUAD contracts: {n} in {elapsed:.1f} s ({elapsed / max(n, 1) * 1000:.0f} ms each), embeddings {'on' if args.embeddings else 'off'}, "
          f"sentence model {'off' if args.no_model or default_model() is None else 'on'}")
    for part in ("dev", "test", "all") if args.part == "all" else (args.part,):
        print(f"\n[{part}]  {'category':20s} {'P':>6s} {'R':>6s} {'F1':>6s} {'positives':>9s}")
        f1s = []
        for ours, cuad in CATEGORIES.items():
            pairs = results["dev"][ours] + results["test"][ours] if part == "all" else results[part][ours]
            p, r, f1, pos = prf(pairs)
            f1s.append(f1)
            print(f"        {ours:20s} {p:6.3f} {r:6.3f} {f1:6.3f} {pos:9d}   ({cuad})")
        print(f"        {'macro-F1':20s} {'':6s} {'':6s} {sum(f1s) / len(f1s):6.3f}")
    if args.verbose:
        for ours, errs in errors.items():
            print(f"\n{ours}: {len(errs)} wrong")
            for e in errs:
                print("  ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
