"""Calibrates the clause typing's learned parts.

Default: the prototype-similarity threshold and margin of contracts/classify.py. Every clause of the labelled
corpus that the lexicon types is embedded and compared with the prototype clauses; for each (threshold,
margin) the script prints how many clauses the nearest prototype would type in agreement with the lexicon
and how many against it. The settings in classify.py are the lowest threshold with no disagreement.

--cuad-model: trains the English sentence model of contracts/sentences.py on the CUAD *dev* half only (the
half bench/eval_cuad.py does not quote): every sentence of every dev contract, labelled with the CUAD
categories whose expert-annotated spans it overlaps; TF-IDF over the word uni- and bigrams seen in at least two
sentences, one logistic regression per label (weights stored as float16). 5-fold cross-validation over dev
contracts, in three fold splits, gives every dev contract held-out scores per label (its best sentence under a
model that never saw it). Each label's fusion thresholds (`p ≥ high`, or the review's reading and `p ≥ low`:
contracts.sentences.SentenceModel.decide) are the pair with the best contract-level F1 over those scores, with
the review's readings as the code of UNFITTED made them: the current readings were fitted to the dev contracts,
so on dev they look far better than on unseen wording, and thresholds learnt with them would trust them too
much. How well this choice generalises is estimated by nesting (the pair chosen on four fifths of the contracts'
held-out scores, applied to the fifth, three splits per fold split); the script prints those P / R / F1 for the
reading alone, the model alone (one threshold) and the fusion. Then the model is fitted on the whole dev half and
written to knowledge_base/prototypes/cuad_sentence_model.json.

Usage: .venv/bin/python bench/calibrate_prototypes.py [--cuad-model]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from contracts.classify import SIM_MARGIN, SIM_THRESHOLD, _embed_text, classify, default_index  # noqa: E402
from contracts.segment import segment  # noqa: E402


def prototypes() -> int:
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


# ---- the CUAD sentence model --------------------------------------------------------------------------

C = 1.0
FOLDS = 5
OOF_SEEDS = (0, 1, 2)  # fold splits of the contracts that give every dev contract held-out scores
SPLITS = (10, 11, 12)  # contract splits of the nested threshold estimate
UNFITTED = "e850a95"  # the review's readings before they were fitted to CUAD's dev half (docs/contracts.md, round 0)


def _dev_sentences():
    """[(file, [sentence texts], [set of labels per sentence], {label: contract-level gold})] for the dev half."""
    from contracts.extract import _sentences
    from eval_cuad import CATEGORIES, DATA, split_of

    csv.field_size_limit(10**9)
    by_cuad = {cuad: ours for ours, cuad in CATEGORIES.items()}
    rows = [r for r in csv.DictReader((DATA / "cuad_labels_wide.csv").open(encoding="utf-8")) if split_of(r["txt_file"]) == "dev"]
    spans: dict[str, list[tuple[str, str]]] = {}
    for r in csv.DictReader((DATA / "cuad_clause_spans_long.csv").open(encoding="utf-8")):
        if r["category"] in by_cuad and split_of(r["txt_file"]) == "dev":
            spans.setdefault(r["txt_file"], []).append((by_cuad[r["category"]], r["clause_text"]))
    norm = lambda t: re.sub(r"\s+", " ", t).strip()  # noqa: E731
    out = []
    for row in rows:
        path = DATA / "full_contract_txt" / row["txt_file"]
        if not path.exists():
            continue
        sents = [norm(s.text) for s in _sentences(segment(path.read_text(encoding="utf-8", errors="replace")))]
        labels = [set() for _ in sents]
        for label, span in spans.get(row["txt_file"], []):
            for piece in (norm(p) for p in span.split("<omitted>")):
                if len(piece) < 15:
                    continue
                for i, s in enumerate(sents):
                    if piece[:60] in s or (len(s) > 20 and s[:60] in piece):
                        labels[i].add(label)
        out.append((row["txt_file"], sents, labels, {ours: row[f"{cuad}::present"] == "1" for ours, cuad in CATEGORIES.items()}))
    return out, list(CATEGORIES)


def _fit(sents, labels, names):
    """TF-IDF over every word uni- and bigram seen in at least two training sentences, one logistic regression per label."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from contracts.sentences import features

    vec = TfidfVectorizer(analyzer=features, sublinear_tf=True, lowercase=False, min_df=2)
    x = vec.fit_transform(sents)
    models = {name: LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, [name in ls for ls in labels]) for name in names}
    return vec, models


def _prf(gold, pred):
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


_UNFITTED_READER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import contracts
from contracts.extract import analyse
assert contracts.__file__.startswith(sys.argv[1]), contracts.__file__
out = []
for path in json.loads(sys.stdin.read()):
    a = analyse(Path(path).read_text(encoding="utf-8", errors="replace"), use_embeddings=False)
    types = {t for c in a.clauses for t in c["types"]}
    out.append({"liability_cap": "liability_cap" in types, "liquidated_damages": "liquidated_damages" in types,
                "warranty": bool(a.terms["warranty_period_stated"]), "ip_ownership": "ip_ownership" in types,
                "governing_law": a.terms["governing_law"] is not None, "termination": bool(a.terms["termination_for_convenience"])})
print(json.dumps(out))
"""


def _unfitted_readings(files: list[str]) -> list[dict[str, bool]]:
    """The review's readings of `files` as the code of UNFITTED made them (run from `git archive` in a subprocess)."""
    import io
    import subprocess
    import tarfile
    import tempfile

    from eval_cuad import DATA

    archive = subprocess.run(["git", "-C", str(ROOT), "archive", UNFITTED, "contracts", "rules", "knowledge_base", "problems", "tabular"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tmp, filter="data")
        paths = json.dumps([str(DATA / "full_contract_txt" / f) for f in files])
        done = subprocess.run([sys.executable, "-c", _UNFITTED_READER, tmp], input=paths, capture_output=True, text=True, check=True, cwd=tmp)
    return json.loads(done.stdout)


def _rule_f1(gold, reading, scores, low, high):
    """P / R / F1 of `p ≥ high or (reading and p ≥ low)` for every (low, high) pair at once: arrays over the pairs."""
    import numpy as np

    pred = (scores[None, :] >= high[:, None]) | (reading[None, :] & (scores[None, :] >= low[:, None]))
    tp = (pred & gold).sum(1)
    fp = (pred & ~gold).sum(1)
    fn = (~pred & gold).sum(1)
    return tp / np.maximum(tp + fp, 1), tp / np.maximum(tp + fn, 1), 2 * tp / np.maximum(2 * tp + fp + fn, 1)


def _choose(gold, reading, scores, pairs):
    """The (low, high) with the best F1; among equals the one nearest the reading alone (highest high, lowest low)."""
    import numpy as np

    f1 = _rule_f1(gold, reading, scores, pairs[:, 0], pairs[:, 1])[2]
    best = np.flatnonzero(f1 == f1.max())
    return pairs[best[np.lexsort((pairs[best, 0], -pairs[best, 1]))[0]]]


def cuad_model() -> int:
    import numpy as np
    from sklearn.model_selection import KFold

    from contracts.sentences import MODEL_PATH, SentenceModel, pack, unpack

    started = time.perf_counter()
    data, names = _dev_sentences()
    if not data:
        print("SKIP: CUAD not found (set JICAI_SHARED_DATA)")
        return 0
    print(f"CUAD dev half: {len(data)} contracts, {sum(len(d[1]) for d in data)} sentences, "
          f"{sum(1 for d in data for ls in d[2] if ls)} inside an annotated span")
    unfitted = _unfitted_readings([d[0] for d in data])
    print(f"  readings of {UNFITTED} on the dev contracts ({time.perf_counter() - started:.0f} s)", flush=True)
    # held_out[name][s, i]: contract i's best sentence under a model trained without it, in fold split s
    held_out = {name: np.zeros((len(OOF_SEEDS), len(data))) for name in names}
    for s, seed in enumerate(OOF_SEEDS):
        for train, test in KFold(FOLDS, shuffle=True, random_state=seed).split(np.arange(len(data))):
            vec, models = _fit([x for i in train for x in data[i][1]], [ls for i in train for ls in data[i][2]], names)
            for i in test:
                x = vec.transform(data[i][1])
                for name in names:
                    held_out[name][s, i] = models[name].predict_proba(x)[:, 1].max() if x.shape[0] else 0.0
        print(f"  fold split {s + 1}/{len(OOF_SEEDS)} done ({time.perf_counter() - started:.0f} s)", flush=True)
    steps = np.round(np.arange(0.0, 1.0001, 0.02), 2)
    pairs = np.array([(lo, hi) for hi in steps for lo in steps if lo <= hi])
    alone = np.column_stack([steps, steps])  # low = high: the model alone
    low, high, table = {}, {}, {"reading": [], "model": [], "fused": []}
    print(f"\nnested held-out dev P / R / F1: thresholds chosen on 4/5 of the contracts' held-out scores, applied to the 5th "
          f"({len(OOF_SEEDS)} model fold splits × {len(SPLITS)} threshold splits); readings of {UNFITTED}")
    print(f"{'label':20s} {'low':>5s} {'high':>5s}   {'reading alone':>19s}   {'model alone':>19s}   {'fused (shipped)':>19s}")
    for name in names:
        gold = np.array([d[3][name] for d in data])
        reading = np.array([u[name] for u in unfitted])
        runs = {"model": [], "fused": []}
        for s in range(len(OOF_SEEDS)):
            scores = held_out[name][s]
            for seed in SPLITS:
                pred = {k: np.zeros(len(data), bool) for k in runs}
                for fit, apply in KFold(FOLDS, shuffle=True, random_state=seed).split(scores):
                    for k, options in (("model", alone), ("fused", pairs)):
                        lo, hi = _choose(gold[fit], reading[fit], scores[fit], options)
                        pred[k][apply] = (scores[apply] >= hi) | (reading[apply] & (scores[apply] >= lo))
                for k, done in runs.items():
                    done.append(_prf(gold, pred[k]))
        # shipped: the best pair over the held-out scores of all fold splits together
        lo, hi = _choose(np.tile(gold, len(OOF_SEEDS)), np.tile(reading, len(OOF_SEEDS)), held_out[name].ravel(), pairs)
        low[name], high[name] = float(lo), float(hi)
        cells = {"reading": _prf(gold, reading), **{k: tuple(np.mean(v, axis=0)) for k, v in runs.items()}}
        for k, v in cells.items():
            table[k].append(v[2])
        print(f"{name:20s} {lo:5.2f} {hi:5.2f}   " + "   ".join(f"{p:.3f} / {r:.3f} / {f:.3f}" for p, r, f in cells.values()))
    print(f"{'macro-F1':20s} {'':5s} {'':5s}   " + "   ".join(f"{np.mean(v):19.3f}" for v in table.values()))
    vec, models = _fit([s for d in data for s in d[1]], [ls for d in data for ls in d[2]], names)
    vocabulary = list(vec.get_feature_names_out())
    spec = {
        "source": "CUAD v1 (Hendrycks et al. 2021, CC BY 4.0): expert-annotated clause spans of the dev half of bench/eval_cuad.py "
                  f"(file-name hash, {len(data)} contracts) — never the test half. Trained by bench/calibrate_prototypes.py --cuad-model.",
        "labels": names,
        "cuad_categories": dict(__import__("eval_cuad").CATEGORIES),
        "settings": {"features": "word 1-2-grams in at least 2 sentences, digits as 0, first 1,500 characters",
                     "tfidf": "sublinear tf, smooth idf, l2", "C": C, "class_weight": "balanced", "folds": FOLDS,
                     "thresholds": f"best contract-level F1 of the fusion over the held-out scores of {len(OOF_SEEDS)} fold splits, "
                                   f"with the readings of {UNFITTED} (before they were fitted to the dev half)"},
        "low": low,
        "high": high,
        "vocabulary": vocabulary,
        "idf": pack(vec.idf_),
        "coef": {name: pack(models[name].coef_[0]) for name in names},
        "intercept": {name: round(float(models[name].intercept_[0]), 6) for name in names},
    }
    # the runtime scorer must agree with scikit-learn's vectoriser on the stored (float16) weights
    check = [s for d in data[:3] for s in d[1]]
    ours = SentenceModel(spec).probabilities(check)
    vec.idf_ = unpack(spec["idf"])
    x = vec.transform(check)
    theirs = np.column_stack([1 / (1 + np.exp(-(x @ unpack(spec["coef"][n]) + spec["intercept"][n]))) for n in names])
    assert np.abs(ours - theirs).max() < 1e-6, np.abs(ours - theirs).max()
    MODEL_PATH.write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"\n{len(vocabulary)} features; wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.0f} s")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cuad-model", action="store_true", help="train the CUAD sentence model on the dev half")
    args = ap.parse_args()
    return cuad_model() if args.cuad_model else prototypes()


if __name__ == "__main__":
    raise SystemExit(main())
