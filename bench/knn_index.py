"""The approximate neighbour index against exact search, on the 50,000-line bench survey.

    .venv/bin/python bench/knn_index.py [--lines 50000]

Above matcher.clustering.EXACT_SEARCH_LIMIT lines the k-NN graph comes from an inverted-file
index. This prints, in one run: clustering time with the index and with exact search forced (the
baseline), their ratio, the recall of each line's exact 10 nearest neighbours, and the agreement
(ARI) of the two runs' groups. The survey is bench/bundling.py's (real short texts, jittered
copies past the pool; embeddings from bench/out/embeddings.sqlite3, filled by eval_bundling.py).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bundling as bench  # noqa: E402
from sklearn.metrics import adjusted_rand_score  # noqa: E402

import matcher.clustering as clustering  # noqa: E402
from matcher.bundling import settings_for  # noqa: E402
from matcher.catalog import default_matcher  # noqa: E402
from matcher.encoder import DEFAULT_MODEL, EmbeddingCache  # noqa: E402
from matcher.glossary import expand_acronyms  # noqa: E402


def survey_vectors(n: int) -> tuple[list[str], np.ndarray]:
    """The bench survey's texts (sorted, as bundle_requests sorts them) and their unit vectors."""
    pool = bench.pool_texts()
    if not bench.EVAL_CACHE.exists():
        sys.exit(f"no cached embeddings at {bench.EVAL_CACHE}: run bench/eval_bundling.py first")
    keys = [EmbeddingCache.key(DEFAULT_MODEL, expand_acronyms(t)) for t in pool]
    found = EmbeddingCache(bench.EVAL_CACHE).get_many(keys, 384)
    have = [i for i, k in enumerate(keys) if k in found]
    pool, pool_vecs = [pool[i] for i in have], np.vstack([found[keys[i]] for i in have])
    rng = np.random.default_rng(n)
    order = rng.permutation(len(pool))
    rows = []
    for i in range(n):  # the same jittered copies as bench/bundling.py's build_survey
        j, copy = int(order[i % len(pool)]), i // len(pool)
        v = pool_vecs[j] if copy == 0 else pool_vecs[j] + rng.normal(0, 0.01, pool_vecs.shape[1]).astype(np.float32)
        rows.append((pool[j] if copy == 0 else f"{pool[j]} #{copy}", v / np.linalg.norm(v)))
    rows.sort(key=lambda r: r[0])
    return [t for t, _ in rows], np.vstack([v for _, v in rows]).astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=50_000)
    args = ap.parse_args()
    texts, vectors = survey_vectors(args.lines)
    settings = settings_for(DEFAULT_MODEL)
    matcher = default_matcher()
    named = matcher.matrix([expand_acronyms(t, inline=False) for t in texts])
    lexical_texts = [expand_acronyms(t) for t in texts]
    print(f"{len(texts):,} lines; index above {clustering.EXACT_SEARCH_LIMIT:,} lines: "
          f"{clustering.IVF_LISTS} cells, {clustering.IVF_PROBES} searched")

    runs, shipped_limit = {}, clustering.EXACT_SEARCH_LIMIT
    for name, limit in (("index (shipped)", shipped_limit), ("exact search", 10**9)):
        clustering.EXACT_SEARCH_LIMIT = limit
        t = time.perf_counter()
        neighbours, _ = clustering.nearest_neighbours(vectors, 10)
        knn_seconds = time.perf_counter() - t
        t = time.perf_counter()
        labels = clustering.cluster(vectors, lexical_texts, settings, named, matcher.upkeep)
        runs[name] = (neighbours, labels, knn_seconds, time.perf_counter() - t)
    clustering.EXACT_SEARCH_LIMIT = shipped_limit
    (ix, il, ik, ic), (ex, el, ek, ec) = runs["index (shipped)"], runs["exact search"]
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ix, ex)])
    print(f"10 nearest of each line (plain cosine): index {ik:.2f} s, exact {ek:.2f} s, ratio {ek / ik:.1f}x; recall of the exact 10: {recall:.3f}")
    print(f"whole clustering step:                  index {ic:.2f} s, exact {ec:.2f} s, ratio {ec / ic:.1f}x")
    print(f"groups: index {il.max() + 1:,} ({(il < 0).sum():,} outliers), exact {el.max() + 1:,} ({(el < 0).sum():,} outliers); "
          f"ARI between them {adjusted_rand_score(el, il):.3f}")


if __name__ == "__main__":
    main()
