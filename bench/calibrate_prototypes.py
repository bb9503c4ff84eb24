"""Calibrates the clause typing's learned parts.

Default: the prototype-similarity threshold and margin of contracts/classify.py. Every clause of the labelled
corpus that the lexicon types is embedded and compared with the prototype clauses; for each (threshold,
margin) the script prints how many clauses the nearest prototype would type in agreement with the lexicon
and how many against it. The settings in classify.py are the lowest threshold with no disagreement.

--cuad-model: trains the English sentence model of contracts/sentences.py on the CUAD *dev* half only (the
half bench/eval_cuad.py does not quote): every sentence of every dev contract, labelled with the CUAD
categories whose expert-annotated spans it overlaps; TF-IDF over word uni- and bigrams, one logistic
regression per label, the 3,000 strongest features of each label kept. 5-fold cross-validation over dev
contracts sets each label's thresholds (`high`: held-out contract-level precision ≥ 95 % and probability ≥ 0.5;
`low`: 95 % of dev positives above it) and prints the held-out P / R / F1; then the model is fitted on the whole dev half and written to
knowledge_base/prototypes/cuad_sentence_model.json.

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

FEATURES_PER_LABEL = 3000
C = 1.0
FOLDS = 5


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
    """A vocabulary (the strongest features of each label) and one logistic regression per label."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from contracts.sentences import features

    options = dict(analyzer=features, sublinear_tf=True, lowercase=False)
    full = TfidfVectorizer(min_df=2, **options)
    x = full.fit_transform(sents)
    terms = full.get_feature_names_out()
    keep: set[str] = set()
    for name in names:
        y = [name in ls for ls in labels]
        coef = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, y).coef_[0]
        keep |= set(terms[np.argsort(-np.abs(coef), kind="stable")[:FEATURES_PER_LABEL]])
    vec = TfidfVectorizer(vocabulary=sorted(keep), **options)
    x = vec.fit_transform(sents)
    models = {name: LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(x, [name in ls for ls in labels]) for name in names}
    return vec, models


def _prf(gold, pred):
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def cuad_model() -> int:
    import numpy as np
    from sklearn.model_selection import KFold

    from contracts.sentences import MODEL_PATH, SentenceModel

    started = time.perf_counter()
    data, names = _dev_sentences()
    if not data:
        print("SKIP: CUAD not found (set JICAI_SHARED_DATA)")
        return 0
    print(f"CUAD dev half: {len(data)} contracts, {sum(len(d[1]) for d in data)} sentences, "
          f"{sum(1 for d in data for ls in d[2] if ls)} inside an annotated span")
    held_out = {name: np.zeros(len(data)) for name in names}
    for k, (train, test) in enumerate(KFold(FOLDS, shuffle=True, random_state=0).split(np.arange(len(data)))):
        vec, models = _fit([s for i in train for s in data[i][1]], [ls for i in train for ls in data[i][2]], names)
        for i in test:
            x = vec.transform(data[i][1])
            for name in names:
                held_out[name][i] = models[name].predict_proba(x)[:, 1].max() if x.shape[0] else 0.0
        print(f"  fold {k + 1}/{FOLDS} done ({time.perf_counter() - started:.0f} s)", flush=True)
    grid = np.round(np.arange(0.01, 1.0, 0.01), 2)
    low, high = {}, {}
    print(f"\n{'label':20s} {'low':>5s} {'high':>5s}   held-out (dev, {FOLDS}-fold) P / R / F1 at best threshold; P at high; R at low")
    for name in names:
        gold = [d[3][name] for d in data]
        f1, t_best = max((_prf(gold, held_out[name] >= t)[2], t) for t in grid)
        # high: the model alone decides only where it is precise (95 % on held-out dev) and leans yes (≥ 0.5);
        # low: below it lie at most 5 % of the dev positives, so a reading the model scores lower is dropped
        t_high = min([t for t in grid if t >= 0.5 and sum(held_out[name] >= t) >= 3 and _prf(gold, held_out[name] >= t)[0] >= 0.95], default=1.0)
        t_low = min(t_high, max([t for t in grid if _prf(gold, held_out[name] >= t)[1] >= 0.95], default=float(grid[0])))
        low[name], high[name] = float(t_low), float(t_high)
        p, r, f = _prf(gold, held_out[name] >= t_best)
        print(f"{name:20s} {t_low:5.2f} {t_high:5.2f}   {p:.3f} / {r:.3f} / {f:.3f} at {t_best:.2f}; "
              f"P {_prf(gold, held_out[name] >= t_high)[0]:.3f}; R {_prf(gold, held_out[name] >= t_low)[1]:.3f}")
    vec, models = _fit([s for d in data for s in d[1]], [ls for d in data for ls in d[2]], names)
    vocabulary = list(vec.get_feature_names_out())
    spec = {
        "source": "CUAD v1 (Hendrycks et al. 2021, CC BY 4.0): expert-annotated clause spans of the dev half of bench/eval_cuad.py "
                  f"(file-name hash, {len(data)} contracts) — never the test half. Trained by bench/calibrate_prototypes.py --cuad-model.",
        "labels": names,
        "cuad_categories": dict(__import__("eval_cuad").CATEGORIES),
        "settings": {"features": "word 1-2-grams, digits as 0, first 1,500 characters", "tfidf": "sublinear tf, smooth idf, l2",
                     "features_per_label": FEATURES_PER_LABEL, "C": C, "class_weight": "balanced", "folds": FOLDS},
        "low": low,
        "high": high,
        "vocabulary": vocabulary,
        "idf": [round(float(v), 6) for v in vec.idf_],
        "coef": {name: [round(float(v), 6) for v in models[name].coef_[0]] for name in names},
        "intercept": {name: round(float(models[name].intercept_[0]), 6) for name in names},
    }
    # the runtime scorer must agree with scikit-learn on the rounded weights
    check = [s for d in data[:3] for s in d[1]]
    ours = SentenceModel(spec).probabilities(check)
    x = vec.transform(check)
    theirs = np.column_stack([1 / (1 + np.exp(-(x @ np.asarray(spec["coef"][n]) + spec["intercept"][n]))) for n in names])
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
