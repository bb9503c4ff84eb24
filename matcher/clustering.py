"""Vectors -> groups: a sparse k-nearest-neighbour graph and community detection on it.

Nothing here builds an n×n matrix: neighbours come from faiss (exact inner-product search up to
EXACT_SEARCH_LIMIT rows, an inverted-file index above), so memory grows with n·k. A node whose every
neighbour is below `min_similarity` has no edge and stays an outlier (label -1); so does a
community of one.

Two similarities are in play (docs/bundling.md, "How it works"):
- the *score* decides whether an edge exists: plain cosine of the embeddings + item agreement +
  lexical overlap, on the model's own scale, so `min_similarity` is calibrated once per model
  (on a survey in two languages, after each language's offset is taken out: see
  `without_language_offsets`);
- the *weight* ranks a line's neighbours and is what the community detection sees: the same, but
  with the cosine taken after centring the survey's vectors and removing its `common_directions`
  strongest principal directions (what every line shares: the sentence pattern, the language),
  so the neighbours are ranked by what sets lines apart.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

EXACT_SEARCH_LIMIT = 20_000
# Above the limit: an inverted file of IVF_LISTS k-means cells, IVF_PROBES of them searched per line.
# On the 50,000-line bench survey its groups agree with exact search's as closely as an HNSW
# index's did (ARI 0.954 against 0.957) and clustering takes 15.4 s instead of 19.1 s: the cells
# are trained and searched on both cores and come out the same on any number of threads, where
# HNSW had to be built on one thread to be repeatable (docs/bundling.md, "Speed and memory").
IVF_LISTS = 512
IVF_PROBES = 24
IVF_SEED = 1234
# Below this many lines the strongest direction of a survey is the difference between its few
# bundles, not what all lines share (a 12-line survey of three bundles lost one of them), so the
# plain cosine is used.
COMMON_DIRECTIONS_MIN_LINES = 50
# A language's mean is trusted as if it had this many more lines at the survey's mean: one English
# line in a Chinese survey is not its language's offset.
LANGUAGE_PRIOR_LINES = 5


@dataclass(frozen=True)
class GraphSettings:
    """How the graph is built and cut; defaults per model live in matcher.bundling.MODEL_SETTINGS."""

    min_similarity: float
    k: int = 10
    # added: w · cosine of character n-gram TF-IDF, unless both lines name catalogue items and not
    # the same ones (服务器维保 shares 服务器 with every server line; the items say it is another need)
    lexical_weight: float = 0.0
    item_weight: float = 0.0  # added: +w when two requests name the same catalogue items, -w when disjoint ones
    # Neighbours ranked and edges weighted after centring and removing this many principal
    # directions (0: centring only; -1: the plain cosine, as for the edge score).
    common_directions: int = -1
    # "surprise": Leiden optimising Surprise (leidenalg.SurpriseVertexPartition), which has no
    # resolution to set: it weighs a group's internal edge share against the share of pairs it
    # holds. "leiden": the constant Potts model, a group holds when its internal similarity per
    # pair of members exceeds `resolution`. "rber": the same with `resolution` times the graph's
    # density as the bar. "louvain": networkx's modularity Louvain. The last three are kept for
    # the measured comparison (bench/eval_bundling.py).
    resolution: float = 0.01
    method: str = "leiden"
    # After Surprise (0: not at all): whole communities are joined when the similarity between
    # them, per pair of lines, exceeds merge_resolution times the graph's own density (Leiden
    # with the Erdős–Rényi Potts model, RBER, on the graph of communities; nothing is split).
    # Surprise alone cuts a large survey's bundles into pieces: with k fixed, a 130-line need
    # has too few edges per pair of its lines to look dense; the graph's density falls as 1/n
    # too, so the bar to join falls with it.
    merge_resolution: float = 0.0
    # Chinese and other lines each moved by their language's offset from the survey's mean before
    # anything is compared (without_language_offsets).
    language_offsets: bool = False
    # Added to the score of a pair of lines in different languages (Chinese and not): even after
    # the offsets a line and its translation sit further apart than two paraphrases in one
    # language, so an edge across languages needs min_similarity - across_languages.
    across_languages: float = 0.0


def nearest_neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(indices, similarities), each (n, k), self excluded; -1 pads when n <= k."""
    import faiss

    n, dim = vectors.shape
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    kk = min(k + 1, n)
    faiss.omp_set_num_threads(min(2, os.cpu_count() or 1))
    if n <= EXACT_SEARCH_LIMIT:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, IVF_LISTS, faiss.METRIC_INNER_PRODUCT)
        index.cp.seed = IVF_SEED
        index.nprobe = IVF_PROBES
        index.train(vectors)
    index.add(vectors)
    sims, idx = index.search(vectors, kk)
    # drop each row's own entry (usually first, not always when texts repeat), keep order
    valid = (idx != np.arange(n)[:, None]) & (idx >= 0)
    order = np.argsort(~valid, axis=1, kind="stable")[:, :k]
    out_idx = np.take_along_axis(idx, order, axis=1).astype(np.int64)
    out_sim = np.take_along_axis(sims, order, axis=1)
    gone = ~np.take_along_axis(valid, order, axis=1)
    out_idx[gone], out_sim[gone] = -1, -np.inf
    if out_idx.shape[1] < k:  # fewer rows than k
        pad = k - out_idx.shape[1]
        out_idx = np.pad(out_idx, ((0, 0), (0, pad)), constant_values=-1)
        out_sim = np.pad(out_sim, ((0, 0), (0, pad)), constant_values=-np.inf)
    return out_idx, out_sim


def without_common_directions(vectors: np.ndarray, directions: int) -> np.ndarray:
    """Rows centred on their mean, minus their top `directions` principal directions, unit length.

    e5 puts every survey line within 0.8–1.0 cosine of every other: what all lines share
    dominates. Removing it (the mean and the strongest direction of variation, found from the
    d×d covariance, never an n×n matrix) leaves what sets lines apart. `directions` < 0, or fewer
    than COMMON_DIRECTIONS_MIN_LINES rows: unchanged.
    """
    if directions < 0 or len(vectors) < COMMON_DIRECTIONS_MIN_LINES:
        return vectors
    from threadpoolctl import threadpool_limits

    x = np.asarray(vectors, dtype=np.float32)
    x = x - x.mean(axis=0, dtype=np.float64).astype(np.float32)
    if directions > 0:
        # One BLAS thread: these products are small (d×d), and on cores shared with other work
        # BLAS threads waiting on each other made them 100x slower (eigh of 384×384: 2.3 s
        # instead of 0.02 s at load 3 on 2 cores).
        with threadpool_limits(1, user_api="blas"):
            _, eigvecs = np.linalg.eigh((x.T @ x).astype(np.float64))
            top = eigvecs[:, ::-1][:, :directions].astype(np.float32)
            x -= (x @ top) @ top.T
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return x


def without_language_offsets(vectors: np.ndarray, chinese: np.ndarray) -> np.ndarray:
    """Rows moved by their language's offset (Chinese or not) from the survey's mean, unit length.

    A multilingual model still places two lines of one language closer than a line and its
    translation, so in a mostly Chinese survey English lines were left alone or bundled by
    language. Moving each language's lines by the difference between their mean and the survey's
    mean takes out what the language adds and keeps what the need adds (the language-mean centring
    of Libovický et al., 2020, "On the language neutrality of pre-trained multilingual
    representations", re-anchored on the survey's mean so the cosine keeps its scale). A survey in
    one language is unchanged. Each language's mean is shrunk towards the survey's by
    LANGUAGE_PRIOR_LINES, so that a handful of lines in a second language move only part of the way.
    `chinese` says per row whether the line is Chinese (`languages`).
    """
    if chinese.all() or not chinese.any():
        return vectors
    x = np.asarray(vectors, dtype=np.float32)
    mean = x.mean(axis=0, dtype=np.float64)
    shifts = []
    for lines in (chinese, ~chinese):  # sums in float64 without copying the rows (8x faster than float64 rows at 50,000)
        own = (x.sum(axis=0, where=lines[:, None], dtype=np.float64) + LANGUAGE_PRIOR_LINES * mean) / (lines.sum() + LANGUAGE_PRIOR_LINES)
        shifts.append((mean - own).astype(np.float32))
    out = x + np.where(chinese[:, None], shifts[0], shifts[1])
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
    return out


def languages(texts: Sequence[str]) -> np.ndarray:
    """Per line: True when it is Chinese (matcher.text.is_chinese)."""
    from matcher.text import is_chinese

    return np.fromiter((is_chinese(t) for t in texts), dtype=bool, count=len(texts))


def similarity_edges(
    vectors: np.ndarray,
    texts: Sequence[str] | None,
    settings: GraphSettings,
    items: sparse.csr_matrix | None = None,
    upkeep: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Undirected edges (i < j) with their weight, kept when the score is at least `min_similarity`.

    score  = cosine(embeddings [without_language_offsets, when set]) + lexical_weight · cosine(character n-grams) [unless the items disagree]
             + item_weight · (+1 when both name the same catalogue items, -1 when disjoint ones,
                              0 when they overlap in part or either names none;
                              -1 whenever they name different upkeep items, `upkeep` marking those columns);
    weight = the same with the cosine taken after `without_common_directions`.
    Upkeep (maintenance, repair, spare parts …, catalog.Item.upkeep) is bought for goods, not with
    them: a line naming it and one that does not are two tenders even when the second names no
    item at all (红外热像仪返厂维修 beside 红外热像仪); it never counts as the same item.
    Candidates are each row's nearest neighbours in that space extended by the item columns, so
    two requests naming the same item meet even when their wording differs; each row keeps its k
    best by weight.
    """
    n = len(vectors)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    vectors = np.asarray(vectors, dtype=np.float32)
    chinese = languages(texts) if texts is not None and (settings.language_offsets or settings.across_languages) else None
    kept = None
    if items is not None and upkeep is not None and upkeep.any():
        kept = (items[:, np.flatnonzero(upkeep)] > 0).astype(np.float32).tocsr()
        items = _unit_rows(items[:, np.flatnonzero(~upkeep)])
    if settings.language_offsets and chinese is not None:
        vectors = without_language_offsets(vectors, chinese)
    space = without_common_directions(vectors, settings.common_directions)
    use_items = items is not None and settings.item_weight > 0 and items.nnz > 0
    search = np.hstack([space, np.sqrt(settings.item_weight) * items.toarray()]) if use_items else space
    extra = settings.lexical_weight > 0 or use_items or space is not vectors
    idx, sims = nearest_neighbours(search, settings.k * 2 if extra else settings.k)
    rows = np.repeat(np.arange(n), idx.shape[1])
    cols = idx.ravel()
    valid = cols >= 0
    rows, cols, weight = rows[valid], cols[valid], sims.ravel()[valid].astype(np.float64)
    bonus = np.zeros(len(rows))
    named_alike = np.ones(len(rows), dtype=bool)
    if use_items:
        named = np.asarray(items.getnnz(axis=1) > 0)
        both = named[rows] & named[cols]
        overlap = pair_cosines(items, rows, cols)
        weight = weight - settings.item_weight * overlap  # the search added w·overlap: back to the plain cosine
        agree = np.where(overlap > 0.999, 1.0, np.where(overlap > 0, 0.0, -1.0))
        bonus += settings.item_weight * np.where(both, agree, 0.0)
        named_alike = ~both | (overlap > 0.999)
    if kept is not None and settings.item_weight > 0 and kept.nnz > 0:
        counts = kept.getnnz(axis=1)
        shared = pair_cosines(kept, rows, cols)  # 0/1 rows: the number of upkeep items both name
        differ = (shared != counts[rows]) | (shared != counts[cols])
        bonus = np.where(differ, -settings.item_weight, bonus)
        named_alike = named_alike & ~differ
    if settings.lexical_weight > 0 and texts is not None:
        from matcher.text import lexical_vectors

        bonus += settings.lexical_weight * pair_cosines(lexical_vectors(texts), rows, cols) * named_alike
    score = (weight if space is vectors else pair_cosines(vectors, rows, cols)) + bonus
    if settings.across_languages and chinese is not None:
        score = score + settings.across_languages * (chinese[rows] != chinese[cols])
    weight = weight + bonus
    if extra:  # keep each row's k best by weight
        order = np.lexsort((-weight, rows))
        rank = np.arange(len(order)) - np.searchsorted(rows[order], rows[order])
        keep = order[rank < settings.k]
        rows, cols, score, weight = rows[keep], cols[keep], score[keep], weight[keep]
    keep = score >= settings.min_similarity
    rows, cols, weight = rows[keep], cols[keep], np.maximum(weight[keep], 0.01)  # community detection needs positive weights
    w = sparse.csr_matrix((weight, (rows, cols)), shape=(n, n))
    upper = sparse.triu(w.maximum(w.T), k=1).tocoo()
    return upper.row.astype(np.int64), upper.col.astype(np.int64), upper.data.astype(np.float32)


def _unit_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    return sparse.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)).dot(m).tocsr()


def pair_cosines(rows: sparse.csr_matrix | np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Dot products rows[left[i]]·rows[right[i]] for many pairs (sparse or dense rows), without an n×n product."""
    out = np.zeros(len(left), dtype=np.float32)
    chunk = 8_192 if isinstance(rows, np.ndarray) else 200_000  # dense gathers stay in cache (10x faster than 100k)
    for s in range(0, len(left), chunk):
        a, b = rows[left[s : s + chunk]], rows[right[s : s + chunk]]
        out[s : s + chunk] = np.einsum("ij,ij->i", a, b) if isinstance(rows, np.ndarray) else np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def communities(n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, settings: GraphSettings) -> np.ndarray:
    """Community label per node; -1 for nodes left alone."""
    labels = np.full(n, -1, dtype=np.int64)
    if len(a) == 0:
        return labels
    if settings.method in ("leiden", "rber", "surprise"):
        import igraph as ig
        import leidenalg

        if settings.method == "surprise":
            # Surprise judges a grouping against the density of the whole graph. When every line
            # is linked (two laptop lines, one survey-wide bundle) there is nothing to compare
            # with and "one group" scores the same as "all alone", so the graph gets one extra
            # line linked to nothing: the smallest background, negligible in a large survey.
            weights = w.astype(float).tolist()
            g = ig.Graph(n=n + 1, edges=np.column_stack([a, b]).tolist(), directed=False)
            part = leidenalg.find_partition(g, leidenalg.SurpriseVertexPartition, weights=weights, seed=42)
            if settings.merge_resolution > 0:
                part = _merged(g, weights, part.membership, settings.merge_resolution)
        else:
            g = ig.Graph(n=n, edges=np.column_stack([a, b]).tolist(), directed=False)
            part = leidenalg.find_partition(
                g,
                leidenalg.CPMVertexPartition if settings.method == "leiden" else leidenalg.RBERVertexPartition,
                weights=w.astype(float).tolist(),
                resolution_parameter=settings.resolution,
                seed=42,
            )
        groups = [list(c) for c in part]
    elif settings.method == "louvain":
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(zip(a.tolist(), b.tolist(), w.tolist()))
        groups = [sorted(c) for c in nx.community.louvain_communities(g, weight="weight", resolution=settings.resolution, seed=42)]
    else:
        raise ValueError(f"unknown community method {settings.method!r}")
    groups = [[i for i in c if i < n] for c in groups]  # without the background line
    groups = sorted((sorted(c) for c in groups if len(c) >= 2), key=lambda c: c[0])
    for label, members in enumerate(groups):
        labels[members] = label
    return labels


def _merged(g, weights: list[float], membership: list[int], resolution: float):
    """The communities of `membership`, joined where RBER at `resolution` gains by it: Leiden run
    on the graph whose nodes are the communities (with their sizes), so none is split."""
    import leidenalg

    part = leidenalg.RBERVertexPartition(g, weights=weights, initial_membership=membership, resolution_parameter=resolution)
    coarse = part.aggregate_partition()
    optimiser = leidenalg.Optimiser()
    optimiser.set_rng_seed(42)
    optimiser.optimise_partition(coarse)
    part.from_coarse_partition(coarse)
    return part


def cluster(
    vectors: np.ndarray,
    texts: Sequence[str] | None,
    settings: GraphSettings,
    items: sparse.csr_matrix | None = None,
    upkeep: np.ndarray | None = None,
) -> np.ndarray:
    """Group label per row (-1 = outlier); the same input in the same order gives the same labels."""
    a, b, w = similarity_edges(vectors, texts, settings, items, upkeep)
    labels = communities(len(vectors), a, b, w, settings)
    return labels

