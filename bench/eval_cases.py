"""Case search quality: recall@5 and MRR@10 for BM25 alone, dense alone, plain RRF and our hybrid.

    .venv/bin/python bench/eval_cases.py            # team query set + NASA LLIS (skipped when absent)
    .venv/bin/python bench/eval_cases.py --sweep    # also grid-search the fusion parameters and field weights

Team set: tests/data/cases/queries.jsonl (reworded questions, some cross-lingual) over the bundled
seed cases, one relevant case each, so recall@5 is the share of queries whose case is in the top 5.
"No-match" queries (tests/data/cases/no_match_queries.jsonl) must come back empty under the floor.

NASA LLIS: the records that carry NASA categories are indexed; each record's title is a query and
the other records sharing a category are relevant (the record itself is left out). recall@5 there is
"at least one relevant in the top 5"; P@5 is printed beside the chance level.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge_base import FusionParams, open_store  # noqa: E402
from knowledge_base.text import query_tokens, tokenize  # noqa: E402

QUERIES = ROOT / "tests" / "data" / "cases" / "queries.jsonl"
NO_MATCH = ROOT / "tests" / "data" / "cases" / "no_match_queries.jsonl"
HOLDOUT = ROOT / "tests" / "data" / "cases" / "holdout_queries.jsonl"
RRF_K = 60


def shared_data() -> Path:
    return Path(os.environ.get("JICAI_SHARED_DATA") or ROOT / ".." / "shared" / "data")


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def metrics(rankings: list[list[str]], relevant: list[set[str]]) -> dict:
    r5, mrr, p5 = [], [], []
    for ranked, rel in zip(rankings, relevant):
        top5 = ranked[:5]
        r5.append(len(rel & set(top5)) / min(len(rel), 5) if len(rel) <= 1 else float(bool(rel & set(top5))))
        p5.append(sum(1 for c in top5 if c in rel) / 5)
        rank = next((i for i, c in enumerate(ranked[:10], 1) if c in rel), None)
        mrr.append(1.0 / rank if rank else 0.0)
    return {"recall@5": float(np.mean(r5)), "mrr@10": float(np.mean(mrr)), "p@5": float(np.mean(p5))}


def raw_scores(store, queries: list[str]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """ids, BM25 without and with the lexicon, and cosine (each q × n), through the store's own index."""
    store.refresh()
    vectors = store._embed(queries)
    plain, lexicon, cos = [], [], []
    frozen = store.index.frozen()
    for q, v in zip(queries, vectors):
        frozen, b, c = store.index.scores(tokenize(q), v)
        plain.append(b)
        lexicon.append(store.index.scores(query_tokens(q), v)[1])
        cos.append(c)
    return frozen.ids, np.vstack(plain), np.vstack(lexicon), np.vstack(cos)


def rank(ids: list[str], scores: np.ndarray, exclude: list[str | None], k: int = 10) -> list[list[str]]:
    out = []
    for row, ex in zip(scores, exclude):
        order = np.argsort(-row, kind="stable")
        out.append([ids[i] for i in order[: k + 1] if ids[i] != ex][:k])
    return out


def rrf(bm25: np.ndarray, cos: np.ndarray) -> np.ndarray:
    def ranks(m):
        return np.argsort(np.argsort(-m, axis=1, kind="stable"), axis=1) + 1
    return 1.0 / (RRF_K + ranks(bm25)) + 1.0 / (RRF_K + ranks(cos))


def fused(params: FusionParams, bm25: np.ndarray, cos: np.ndarray) -> np.ndarray:
    lexical = bm25 / (bm25 + params.bm25_half)
    dense = np.clip((cos - params.dense_low) / (params.dense_high - params.dense_low), 0, 1)
    # same tie-break as the index: raw cosine decides between equal fused scores
    return params.fuse(lexical, dense) + 1e-6 * cos


def weighted_sum(params: FusionParams, bm25: np.ndarray, cos: np.ndarray, w: float) -> np.ndarray:
    """The alternative measured against the fusion above (w = weight of the dense part)."""
    lexical = bm25 / (bm25 + params.bm25_half)
    dense = np.clip((cos - params.dense_low) / (params.dense_high - params.dense_low), 0, 1)
    return w * dense + (1 - w) * lexical + 1e-6 * cos


def methods(params: FusionParams, plain: np.ndarray, lexicon: np.ndarray, cos: np.ndarray) -> dict[str, np.ndarray]:
    # ties (e.g. no shared word at all) are broken by cosine, as the index does
    return {
        "bm25 (no lexicon)": plain + 1e-6 * cos,
        "bm25 + lexicon": lexicon + 1e-6 * cos,
        "dense (e5)": cos,
        "rrf (plain)": rrf(plain + 1e-6 * cos, cos) + 1e-9 * cos,
        "hybrid": fused(params, lexicon, cos),
    }


def evaluate(store, queries: list[str], relevant: list[set[str]], id_to_key: dict[str, str],
             exclude: list[str | None] | None = None):
    ids, plain, lexicon, cos = raw_scores(store, queries)
    keys = [id_to_key[i] for i in ids]
    exclude = exclude or [None] * len(queries)
    results = {name: metrics(rank(keys, s, exclude), relevant)
               for name, s in methods(store.index.params, plain, lexicon, cos).items()}
    return results, (keys, plain, lexicon, cos)


def print_table(title: str, results: dict[str, dict], extra: str = "") -> None:
    print(f"\n{title}")
    print(f"  {'method':<18}{'recall@5':>10}{'MRR@10':>9}{'P@5':>8}")
    for name, m in results.items():
        print(f"  {name:<18}{m['recall@5']:>10.3f}{m['mrr@10']:>9.3f}{m['p@5']:>8.3f}")
    if extra:
        print(extra)


def query_set(store, path: Path, title: str) -> tuple:
    rows = load_jsonl(path)
    cases = store.list(limit=1000)
    id_to_key = {c.id: c.external_id for c in cases}
    queries = [r["query"] for r in rows]
    relevant = [set(r["relevant"]) for r in rows]
    results, (keys, plain, lexicon, cos) = evaluate(store, queries, relevant, id_to_key)
    english_cases = {c.external_id for c in cases if c.title.isascii()}
    zh_over_en = sum(r["lang"] == "zh" and bool(set(r["relevant"]) & english_cases) for r in rows)
    print_table(f"{title}: {len(rows)} queries over {len(cases)} seed cases "
                f"({sum(r['lang'] == 'en' for r in rows)} English over Chinese cases, {zh_over_en} Chinese over English)",
                results)
    for lang in ("zh", "en"):
        sel = [i for i, r in enumerate(rows) if r["lang"] == lang]
        sub = {n: metrics(rank(keys, m[sel], [None] * len(sel)), [relevant[i] for i in sel])
               for n, m in methods(store.index.params, plain, lexicon, cos).items()}
        print(f"  {lang} queries ({len(sel)}), recall@5/MRR@10: "
              + "  ".join(f"{n} {m['recall@5']:.2f}/{m['mrr@10']:.2f}" for n, m in sub.items()))
    return queries, relevant, keys, plain, lexicon, cos


def floor_check(store, queries: list[str], relevant: list[set[str]]) -> tuple[list[float], list[float]]:
    """The real search path with the floor: relevant queries should survive it, off-topic ones should not.

    What the user sees is counted: the right case first, a wrong case first, or "no good match"; and how
    many right first hits are under the floor (kept because they contain every word of the query).
    """
    floor = store.index.params.floor
    right = under = wrong = 0
    pos_best = []
    for q, rel in zip(queries, relevant):
        pos_best.append(max((h.score for h in store.search(q, k=1, floor=0.0)), default=0.0))
        hits = store.search(q, k=5)
        if hits and hits[0].case.external_id in rel:
            right += 1
            under += hits[0].score < floor
        else:
            wrong += bool(hits)
    negatives = [r["query"] for r in load_jsonl(NO_MATCH)]
    neg_best = [max((h.score for h in store.search(q, k=1, floor=0.0)), default=0.0) for q in negatives]
    empty = sum(not store.search(q, k=5) for q in negatives)
    print(f"  store.search with floor {floor}: right case first for {right}/{len(queries)} queries ({under} of them "
          f"under the floor), a wrong case first for {wrong}, 'no good match' for {len(queries) - right - wrong}; "
          f"{empty}/{len(negatives)} off-topic queries answered 'no good match'")
    print(f"  best score: relevant queries min {min(pos_best):.3f} / 5th percentile {np.percentile(pos_best, 5):.3f} / "
          f"median {np.median(pos_best):.3f}; off-topic max {max(neg_best):.3f}")
    return pos_best, neg_best


def tag_queries(store) -> None:
    """Each seed case tag typed alone as a query: one or two words that are literally in the cases
    carrying it (the team and held-out questions are sentences). A case with the tag counts as right."""
    cases = store.list(limit=1000)
    tags = sorted({t for c in cases for t in c.tags})
    right = under = wrong = 0
    for tag in tags:
        hits = store.search(tag, k=5)
        if hits and tag in hits[0].case.tags:
            right += 1
            under += hits[0].score < store.index.params.floor
        else:
            wrong += bool(hits)
    print(f"\nSeed tags as queries ({len(tags)}): a case with the tag first for {right} ({under} of them under the "
          f"floor), another case first for {wrong}, 'no good match' for {len(tags) - right - wrong}")


def run_sweep(base: FusionParams, keys, lexicon, cos, relevant, hold) -> None:
    """Grid over the fusion parameters: noisy-OR fusion and, for comparison, a weighted sum.

    Printed by team-set MRR@10; the held-out columns show how well each setting carries over.
    """
    grid = []
    settings = itertools.product(("noisy-or", "weighted"), (0.3, 0.5, 0.7, 1.0, 1.5), (0.72, 0.74, 0.76, 0.78),
                                 (0.92, 0.94, 0.96), (2.0, 4.0, 8.0))
    for kind, a, lo, hi, half in settings:
        p = replace(base, dense_exponent=a, dense_low=lo, dense_high=hi, bm25_half=half)
        score = (lambda l, c: fused(p, l, c)) if kind == "noisy-or" else (lambda l, c: weighted_sum(p, l, c, a / 2))
        m = metrics(rank(keys, score(lexicon, cos), [None] * len(relevant)), relevant)
        h = metrics(rank(hold[0], score(hold[1], hold[2]), [None] * len(hold[3])), hold[3])
        grid.append((m["mrr@10"], m["recall@5"], h["mrr@10"], h["recall@5"], kind, p))
    grid.sort(key=lambda g: (-g[0], -g[1]))
    print(f"\n  sweep (top 15 of {len(grid)}): team MRR@10 recall@5 | held-out MRR@10 recall@5 | setting")
    for mrr, r5, hm, hr, kind, p in grid[:15]:
        a = f"a={p.dense_exponent}" if kind == "noisy-or" else f"w={p.dense_exponent / 2}"
        print(f"    {mrr:.3f} {r5:.3f} | {hm:.3f} {hr:.3f} | {kind} {a} low={p.dense_low} high={p.dense_high} half={p.bm25_half}")
    for kind in ("noisy-or", "weighted"):
        best = max(g[0] for g in grid if g[4] == kind)
        print(f"    best {kind}: team MRR@10 {best:.3f}")


def field_sweep(store) -> None:
    """BM25 field weights (title and lessons repeated) against uniform weights, on both team sets."""
    import knowledge_base.index as index_module

    shipped = dict(index_module.FIELD_WEIGHTS)
    id_to_key = {c.id: c.external_id for c in store.list(limit=1000)}
    sets = {"team": load_jsonl(QUERIES), "held-out": load_jsonl(HOLDOUT)}
    print("\n  BM25 field weights (title, lessons; others 1): hybrid recall@5 / MRR@10 per set")
    try:
        for title, lessons in ((1, 1), (2, 1), (3, 1), (2, 2), (3, 2), (4, 2)):
            index_module.FIELD_WEIGHTS.update(title=title, lessons=lessons)
            store._load_index()
            parts = []
            for name, rows in sets.items():
                res, _ = evaluate(store, [r["query"] for r in rows], [set(r["relevant"]) for r in rows], id_to_key)
                parts.append(f"{name} {res['hybrid']['recall@5']:.3f} / {res['hybrid']['mrr@10']:.3f}")
            mark = "  (shipped)" if (title, lessons) == (shipped["title"], shipped["lessons"]) else ""
            print(f"    title ×{title}, lessons ×{lessons}: " + "   ".join(parts) + mark)
    finally:
        index_module.FIELD_WEIGHTS.clear()
        index_module.FIELD_WEIGHTS.update(shipped)
        store._load_index()


def nasa(encoder, data_dir: Path) -> None:
    path = shared_data() / "nasa_llis" / "llis_lessons.csv"
    if not path.is_file():
        print(f"\nNASA LLIS: skipped, {path} not found (set JICAI_SHARED_DATA)")
        return
    with path.open(encoding="utf-8") as fh:
        records = [r for r in csv.DictReader(fh)]
    labelled = []
    for r in records:
        cats = {c.strip() for c in r["categories"].split("|") if c.strip() and c.strip() != "Categories"}
        if cats and r["title"].strip():
            labelled.append((r, cats))
    subset = data_dir / "nasa_labelled.csv"
    with subset.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(records[0].keys()))
        w.writeheader()
        w.writerows(r for r, _ in labelled)
    store = open_store(None, data_dir / "nasa", encoder=encoder, seed=False)
    t = time.perf_counter()
    report = store.import_file(subset, NASA_MAPPING, defaults={"category": "aerospace", "source": "nasa_llis"},
                               skip_invalid=True, batch_size=128)
    print(f"\nNASA LLIS: imported {report.imported} labelled records ({len(report.invalid)} invalid) "
          f"in {time.perf_counter() - t:.1f} s")
    by_ext = {r["lesson_id"]: cats for r, cats in labelled}
    id_to_key = {c.id: c.external_id for c in store.list(limit=1000)}
    keys = list(by_ext)
    queries = [r["title"] for r, _ in labelled]
    relevant = [{k for k in keys if k != r["lesson_id"] and by_ext[k] & cats} for r, cats in labelled]
    results, _ = evaluate(store, queries, relevant, id_to_key, exclude=[r["lesson_id"] for r, _ in labelled])
    chance = np.mean([len(rel) / (len(keys) - 1) for rel in relevant])
    print_table(f"NASA LLIS: {len(queries)} title queries, relevance = shares a NASA category "
                f"(chance P@5 {chance:.3f})", results)
    store.close()


NASA_MAPPING = {"lesson_id": "external_id", "lesson_date": "date", "abstract": "summary",
                "lesson": "lessons", "categories": "tags", "organization": "org_type"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sweep", action="store_true", help="grid-search the fusion parameters on the team set")
    parser.add_argument("--no-nasa", action="store_true")
    args = parser.parse_args()
    from matcher.encoder import load_encoder

    encoder = load_encoder(None)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(None, Path(tmp) / "team", encoder=encoder)
        print(f"fusion: {store.index.params}")
        queries, relevant, keys, plain, lexicon, cos = query_set(store, QUERIES, "Team query set")
        floor_check(store, queries, relevant)
        tag_queries(store)
        if HOLDOUT.is_file():
            h_queries, h_relevant, h_keys, _, h_lexicon, h_cos = query_set(
                store, HOLDOUT, "Held-out team queries (written before the fusion was chosen, after the lexicon)")
            floor_check(store, h_queries, h_relevant)
            if args.sweep:
                run_sweep(store.index.params, keys, lexicon, cos, relevant, (h_keys, h_lexicon, h_cos, h_relevant))
                field_sweep(store)
        store.close()
        if not args.no_nasa:
            nasa(encoder, Path(tmp))


if __name__ == "__main__":
    main()
