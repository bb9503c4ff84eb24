"""Clause segmentation over the labelled corpus in tests/data/contracts/: every contract's clause headings, and the
contracts one clause of which holds over 40 % of the text (most often a section that swallowed the ones after it).
A change to contracts/segment.py is judged by saving this output before it (--out) and comparing after it (--against):
the contracts segmented differently are printed with the headings they lost (-) and gained (+).
Usage: .venv/bin/python bench/segment_scan.py [--out FILE] [--against FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contracts.parsing import read_document  # noqa: E402
from contracts.segment import segment  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "contracts"
BIG = 0.40  # a clause holding more of the text than this is worth a look


def scan() -> dict[str, tuple[float, list[str]]]:
    """Contract path → (the largest clause's share of the text, the clause headings in order)."""
    found = {}
    for label_path in sorted(CORPUS.rglob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        document = label_path.parent / label["file"]
        text = read_document(document.read_bytes(), document.name).text
        clauses = segment(text)
        share = max(c.end - c.start for c in clauses) / max(1, len(text))
        found[str(document.relative_to(CORPUS))] = (share, [c.heading for c in clauses])
    return found


def write(found: dict[str, tuple[float, list[str]]], out) -> None:
    for path, (share, headings) in found.items():
        print(f"## {path} {len(headings)} {share:.4f}", file=out)
        for heading in headings:
            print(f"    {heading}", file=out)


def read(path: Path) -> dict[str, tuple[float, list[str]]]:
    found: dict[str, tuple[float, list[str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            _, current, _, share = line.split(" ", 3)
            found[current] = (float(share), [])
        elif current is not None:
            found[current][1].append(line[4:])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="write every contract's headings here (to compare a later commit with)")
    parser.add_argument("--against", type=Path, help="a file an earlier run wrote with --out")
    args = parser.parse_args()
    found = scan()
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            write(found, out)
    if args.against:
        before = read(args.against)
        changed = [p for p in found if p in before and before[p][1] != found[p][1]]
        for path in changed:
            print(f"{path}: {len(before[path][1])} → {len(found[path][1])} clauses")
            print("   -", [h for h in before[path][1] if h not in found[path][1]])
            print("   +", [h for h in found[path][1] if h not in before[path][1]])
        big_before = sum(share > BIG for p, (share, _) in before.items() if p in found)
        print(f"segmented differently: {len(changed)} of {sum(p in before for p in found)} contracts; "
              f"a clause over {BIG:.0%} of the text: {big_before} before, "
              f"{sum(share > BIG for p, (share, _) in found.items() if p in before)} now")
    big = [(share, path) for path, (share, _) in found.items() if share > BIG]
    for share, path in sorted(big, reverse=True):
        print(f"{share:.0%}  {path}")
    print(f"contracts: {len(found)}; with a clause over {BIG:.0%} of the text: {len(big)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
