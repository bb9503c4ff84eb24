"""Contract review quality on the labelled corpus in tests/data/contracts/ (written by the team):
the development set the patterns were tuned on, and held-out sets in holdout1/ and holdout2/.

Prints per-term extraction accuracy (every API term plus contract_kind and the labelled extras),
and — once the contract_risk pack exists — finding precision / recall / F1 against the expected
rule ids and risk-level accuracy.   Usage: .venv/bin/python bench/eval_contracts.py [--no-embeddings]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contracts.review import review_text  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "contracts"


def same(got, want) -> bool:
    if isinstance(want, bool) or want is None or isinstance(want, str):
        return got == want
    return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - want) <= 1e-3 * max(1.0, abs(want))


# severities of policy.md §3: the expected overall risk of a labelled contract follows from its expected rule ids
POLICY_SEVERITY = {
    "CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
    "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
    "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
    "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
    "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium",
}


def expected_risk(rules: list[str]) -> str:
    levels = {POLICY_SEVERITY[r] for r in rules}
    return "high" if "high" in levels else "medium" if "medium" in levels else "low"


def evaluate(folder: Path, use_embeddings: bool, verbose: bool) -> None:
    labels = sorted(folder.glob("*.json"))
    per_term = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    risk_ok = risk_n = 0
    pending = False
    for path in labels:
        label = json.loads(path.read_text(encoding="utf-8"))
        review = review_text((folder / label["file"]).read_text(encoding="utf-8"), use_embeddings=use_embeddings)
        terms = review["terms"]
        for key, want in {**label["expected_terms"], **label["expected_extra"]}.items():
            ok = same(terms.get(key), want)
            per_term[key][0] += ok
            per_term[key][1] += 1
            if not ok and verbose:
                print(f"  term  {label['file']}: {key} = {terms.get(key)!r}, expected {want!r}")
        if review["findings"] is None:
            pending = True
            continue
        got = {f["rule_id"] for f in review["findings"]}
        want = set(label["expected_rules"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        risk_ok += review["risk_level"] == expected_risk(label["expected_rules"])
        risk_n += 1
        if verbose and got != want:
            print(f"  rules {label['file']}: missed {sorted(want - got)}, extra {sorted(got - want)}")
    chinese = sum(1 for p in labels if json.loads(p.read_text(encoding="utf-8"))["language"] == "zh")
    print(f"contracts: {len(labels)} ({chinese} Chinese)")
    print("term accuracy:")
    total_ok = total_n = 0
    for key, (ok, n) in per_term.items():
        total_ok, total_n = total_ok + ok, total_n + n
        print(f"  {key:32s} {ok:3d}/{n:<3d} {ok / n:6.3f}")
    print(f"  {'ALL TERMS':32s} {total_ok:3d}/{total_n:<3d} {total_ok / total_n:6.3f}")
    if pending:
        print("findings: pending — rules/packs/contract_risk.yaml is not there yet")
        return
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"findings: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"risk level accuracy: {risk_ok}/{risk_n} = {risk_ok / risk_n:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-embeddings", action="store_true", help="lexicon-only clause typing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong term and finding")
    args = ap.parse_args()
    sets = [("development set: the extraction patterns were tuned on it", CORPUS),
            ("holdout1: written after tuning; patterns were fixed after its first run (docs/contracts.md)", CORPUS / "holdout1"),
            ("holdout2: written after holdout1's fixes; patterns were fixed after its first run too (docs/contracts.md)", CORPUS / "holdout2"),
            ("holdout3: written after holdout2's fixes; patterns were fixed after its first run too (docs/contracts.md)", CORPUS / "holdout3")]
    for title, folder in sets:
        print(f"\n== {title} ==")
        evaluate(folder, not args.no_embeddings, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
