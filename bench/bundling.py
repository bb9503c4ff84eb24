"""Bundling speed and peak memory at 1,000 / 10,000 / 50,000 requests.

    .venv/bin/python bench/bundling.py [--sizes 1000,10000,50000]

Embedding is timed on 1,000 uncached lines with the bundled e5; the larger runs read their
embeddings from the on-disk cache, as a re-run of a survey does. Clustering is everything after
the embeddings: item matching, the k-NN graph, Leiden, labels and keywords. Each size runs in
its own process so its peak RSS is its own. Baseline in the same run: the dense approach
(full n×n similarity matrix, threshold, the same community detection), which needs n²·4 bytes.

Requests are real short texts from ../shared/data (banking77, THUCNews, TNEWS, CSL titles,
34,003 with cached embeddings after bench/eval_bundling.py has run) with departments, amounts
and dates drawn at random; past that, copies whose vectors are jittered (text suffixed #n).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher.encoder import DEFAULT_MODEL, E5Encoder, EmbeddingCache, TextEncoder  # noqa: E402
from matcher.glossary import expand_acronyms  # noqa: E402

SHARED = Path(os.environ.get("JICAI_SHARED_DATA") or ROOT / ".." / "shared" / "data")
EVAL_CACHE = ROOT / "bench" / "out" / "embeddings.sqlite3"
SOURCES = ["banking77/train.csv", "zh_thucnews_titles/dev.csv", "zh_tnews/dev.csv", "zh_csl_titles/dev.csv", "zh_csl_titles/train.csv"]
DEPARTMENTS = ["信息技术部", "财务部", "人力资源部", "办公室", "北京分行", "上海分行", "广州分行", "深圳分行", "运营管理部", "风险管理部", "审计部", "数据中心"]


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def start_peak() -> float:
    """Reset the kernel's peak-RSS mark (VmHWM) and return the current RSS in MB."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _status_mb("VmRSS")


def peak_since(start: float) -> float:
    return _status_mb("VmHWM") - start


def cpu_seconds() -> float:
    """User + system time of this process: less sensitive than wall time to other work on shared cores."""
    t = os.times()
    return t.user + t.system


def pool_texts() -> list[str]:
    texts: list[str] = []
    for rel in SOURCES:
        path = SHARED / rel
        if path.exists():
            with open(path, encoding="utf-8", newline="") as f:
                texts.extend(r["text"] for r in csv.DictReader(f))
    if not texts:
        with open(ROOT / "tests" / "data" / "requests" / "survey_labelled.csv", encoding="utf-8", newline="") as f:
            texts = [r["text"] for r in csv.DictReader(f)]
    return list(dict.fromkeys(" ".join(t.split()) for t in texts))


def build_survey(n: int, pool: list[str], pool_vecs: np.ndarray, cache: EmbeddingCache) -> list[dict]:
    """n requests; texts past the pool are jittered copies whose vectors go into the cache."""
    rng = np.random.default_rng(n)
    order = rng.permutation(len(pool))
    requests, fresh = [], []
    for i in range(n):
        j = int(order[i % len(pool)])
        copy = i // len(pool)
        text = pool[j] if copy == 0 else f"{pool[j]} #{copy}"
        if copy:
            v = pool_vecs[j] + rng.normal(0, 0.01, pool_vecs.shape[1]).astype(np.float32)
            fresh.append((EmbeddingCache.key(DEFAULT_MODEL, expand_acronyms(text)), v / np.linalg.norm(v)))
        requests.append({
            "id": f"Q{i + 1}", "department": DEPARTMENTS[int(rng.integers(len(DEPARTMENTS)))], "text": text,
            "quantity": int(rng.integers(1, 50)), "budget": float(rng.integers(1, 500)) * 1000,
            "needed_by": (dt.date(2027, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))).isoformat(),
        })
    cache.put_many(fresh)
    return requests


def child(kind: str, survey_path: str, cache_path: str) -> None:
    """One measured run in this process; prints a JSON line."""
    from matcher.bundling import bundle_requests

    with open(survey_path, encoding="utf-8") as f:
        requests = json.load(f)
    encoder = TextEncoder(E5Encoder(num_threads=2), EmbeddingCache(cache_path))
    if kind == "ours":
        from matcher.text import words

        words("预热")  # jieba's dictionary loads once per process, not per survey
        bundle_requests(requests[:50], encoder=encoder)
        before, cpu = start_peak(), cpu_seconds()
        out = bundle_requests(requests, encoder=encoder)
        s = out["stats"]["seconds"]
        print(json.dumps({"read_cache": s["embedding"], "clustering": s["clustering"], "describing": s["describing"], "total": s["total"],
                          "cpu": cpu_seconds() - cpu, "peak_mb": peak_since(before), "bundles": out["stats"]["bundles"]}))
    else:
        from matcher.bundling import settings_for
        from matcher.clustering import communities

        texts = sorted(r["text"] for r in requests)
        vecs = encoder.encode(texts)
        settings = settings_for(encoder.name)
        before, cpu = start_peak(), cpu_seconds()
        t = time.perf_counter()
        sims = vecs @ vecs.T  # the n×n matrix this design avoids
        np.fill_diagonal(sims, -1)
        a, b = np.nonzero(np.triu(sims >= settings.min_similarity, 1))
        labels = communities(len(vecs), a, b, sims[a, b], settings)  # the shipped community detection
        print(json.dumps({"clustering": time.perf_counter() - t, "cpu": cpu_seconds() - cpu, "peak_mb": peak_since(before),
                          "bundles": int(labels.max() + 1)}))


def run_child(kind: str, survey: Path, cache: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(survey), str(cache)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--dense-limit", type=int, default=10_000, help="largest size for the dense n×n baseline")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="jicai-bench-") as work:  # removed afterwards, also on an error
        measure([int(s) for s in args.sizes.split(",")], args.dense_limit, Path(work))


def measure(sizes: list[int], dense_limit: int, work: Path) -> None:
    """Print the table; `work` holds the scratch cache and surveys."""
    pool = pool_texts()
    cache = EmbeddingCache(work / "cache.sqlite3")
    print(f"cpus: {os.cpu_count()}; request pool: {len(pool):,} distinct texts; scratch {work}")

    # embedding, uncached, on 1,000 lines with the real model
    sample = pool[:1000]
    e5 = TextEncoder(E5Encoder(num_threads=2), cache)
    t = time.perf_counter()
    e5.encode(sample)
    rate = len(sample) / (time.perf_counter() - t)
    print(f"embedding (bundled e5, uncached, 2 threads): {rate:.0f} lines/s -> 1,000 in {1000 / rate:.0f} s, "
          f"10,000 in {10000 / rate / 60:.1f} min, 50,000 in {50000 / rate / 60:.0f} min the first time; a re-run reads the cache")

    # copy the cached embeddings of the pool into the scratch cache (encode what is missing)
    source = EmbeddingCache(EVAL_CACHE) if EVAL_CACHE.exists() else cache
    keys = [EmbeddingCache.key(DEFAULT_MODEL, expand_acronyms(x)) for x in pool]
    found = source.get_many(keys, 384)
    if len(found) < len(pool):
        print(f"  encoding {len(pool) - len(found):,} pool texts missing from {EVAL_CACHE.name} (one-off) ...", flush=True)
        TextEncoder(E5Encoder(num_threads=2), source).encode(pool)
        found = source.get_many(keys, 384)
    pool_vecs = np.vstack([found[k] for k in keys])
    cache.put_many(list(zip(keys, pool_vecs)))

    print("\nours: read cache = embeddings from the on-disk cache; clustering = item matching + k-NN graph + communities;")
    print("describing = labels, keywords, totals; peak = peak RSS above the process's RSS before the call.")
    print("cpu = user + system seconds of the whole call (both threads), steadier than wall time when cores are shared.")
    print("dense n×n = the same threshold and community detection on the full similarity matrix; ratios = dense / ours (clustering).")
    print(f"load average before the runs: {os.getloadavg()[0]:.1f}")
    print(f"\n{'requests':>9} | {'read cache':>10} {'clustering':>10} {'describing':>10} {'total':>8} {'cpu':>7} {'peak MB':>8} {'bundles':>8} | {'dense clustering':>16} {'cpu':>7} {'peak MB':>8} | {'time ratio':>10} {'memory ratio':>12}")
    for n in sizes:
        survey = work / f"survey-{n}.json"
        survey.write_text(json.dumps(build_survey(n, pool, pool_vecs, cache), ensure_ascii=False), encoding="utf-8")
        ours = run_child("ours", survey, work / "cache.sqlite3")
        line = (f"{n:>9,} | {ours['read_cache']:>8.2f} s {ours['clustering']:>8.2f} s {ours['describing']:>8.2f} s {ours['total']:>6.2f} s"
                f" {ours['cpu']:>5.1f} s {ours['peak_mb']:>8.0f} {ours['bundles']:>8,} |")
        if n <= dense_limit:
            dense = run_child("dense", survey, work / "cache.sqlite3")
            line += (f" {dense['clustering']:>14.2f} s {dense['cpu']:>5.1f} s {dense['peak_mb']:>8.0f} | {dense['clustering'] / ours['clustering']:>9.1f}x"
                     f" {dense['peak_mb'] / max(ours['peak_mb'], 1):>11.1f}x")
        else:
            line += f" {'not run: n×n needs':>16} {n * n * 4 / 2**30:.1f} GB |"
        line += f"   (load {os.getloadavg()[0]:.1f})"
        print(line, flush=True)


if __name__ == "__main__":
    main()
