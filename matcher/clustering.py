"""Vectors -> groups: a sparse k-nearest-neighbour graph and community detection on it.

Nothing here builds an n×n matrix: neighbours come from faiss (exact inner-product search up to
EXACT_SEARCH_LIMIT rows, an HNSW index above), so memory grows with n·k. A node whose every
neighbour is below `min_similarity` has no edge and stays an outlier (label -1); so does a
community of one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

EXACT_SEARCH_LIMIT = 20_000


@dataclass(frozen=True)
class GraphSettings:
    """How the graph is built and cut; defaults per model live in matcher.bundling.MODEL_SETTINGS."""

    min_similarity: float
    k: int = 10
    lexical_weight: float = 0.0  # added: w · cosine of character n-gram TF-IDF
    item_weight: float = 0.0  # added: +w when two requests name the same catalogue items, -w when disjoint ones
    # Leiden with the constant Potts model: a group holds when its internal similarity per pair
    # of members exceeds `resolution`, whatever the survey's size (modularity, as in Louvain,
    # judges a group against the whole graph and so cuts a 20-line survey differently from a
    # 20,000-line one). "louvain" is networkx's modularity Louvain, kept for the measured comparison.
    resolution: float = 0.01
    method: str = "leiden"


def nearest_neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(indices, similarities), each (n, k), self excluded; -1 pads when n <= k."""
    import faiss

    n, dim = vectors.shape
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    kk = min(k + 1, n)
    faiss.omp_set_num_threads(min(2, os.cpu_count() or 1))
    if n <= EXACT_SEARCH_LIMIT:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
    else:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 40
        index.hnsw.efSearch = max(48, 2 * kk)
        faiss.omp_set_num_threads(1)  # parallel inserts make the graph depend on thread timing
        index.add(vectors)
        faiss.omp_set_num_threads(min(2, os.cpu_count() or 1))
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


def similarity_edges(
    vectors: np.ndarray, texts: Sequence[str] | None, settings: GraphSettings, items: sparse.csr_matrix | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Undirected edges (i < j) with their score, kept when the score is at least `min_similarity`.

    score = cosine(embeddings) + lexical_weight · cosine(character n-grams)
            + item_weight · (+1 when both name the same catalogue items, -1 when disjoint ones,
                             0 when they overlap in part or either names none).
    Candidates are each row's nearest neighbours in the embedding space extended by the item
    columns, so two requests naming the same item meet even when their wording differs.
    """
    n = len(vectors)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    vectors = np.asarray(vectors, dtype=np.float32)
    use_items = items is not None and settings.item_weight > 0 and items.nnz > 0
    search = np.hstack([vectors, np.sqrt(settings.item_weight) * items.toarray()]) if use_items else vectors
    extra = settings.lexical_weight > 0 or use_items
    idx, sims = nearest_neighbours(search, settings.k * 2 if extra else settings.k)
    rows = np.repeat(np.arange(n), idx.shape[1])
    cols = idx.ravel()
    valid = cols >= 0
    rows, cols, score = rows[valid], cols[valid], sims.ravel()[valid].astype(np.float64)
    if settings.lexical_weight > 0 and texts is not None:
        from matcher.text import lexical_vectors

        score = score + settings.lexical_weight * pair_cosines(lexical_vectors(texts), rows, cols)
    if use_items:
        named = np.asarray(items.getnnz(axis=1) > 0)
        both = named[rows] & named[cols]
        overlap = pair_cosines(items, rows, cols)
        score = score - settings.item_weight * overlap  # the search added w·overlap: back to the plain cosine
        agree = np.where(overlap > 0.999, 1.0, np.where(overlap > 0, 0.0, -1.0))
        score = score + settings.item_weight * np.where(both, agree, 0.0)
    if extra:  # keep each row's k best by the final score
        order = np.lexsort((-score, rows))
        rank = np.arange(len(order)) - np.searchsorted(rows[order], rows[order])
        keep = order[rank < settings.k]
        rows, cols, score = rows[keep], cols[keep], score[keep]
    keep = score >= settings.min_similarity
    rows, cols, score = rows[keep], cols[keep], score[keep]
    w = sparse.csr_matrix((score.astype(np.float64), (rows, cols)), shape=(n, n))
    upper = sparse.triu(w.maximum(w.T), k=1).tocoo()
    return upper.row.astype(np.int64), upper.col.astype(np.int64), upper.data.astype(np.float32)


def pair_cosines(rows: sparse.csr_matrix, left: np.ndarray, right: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """Dot products rows[left[i]]·rows[right[i]] for many pairs, without an n×n product."""
    out = np.zeros(len(left), dtype=np.float32)
    for s in range(0, len(left), chunk):
        out[s : s + chunk] = np.asarray(rows[left[s : s + chunk]].multiply(rows[right[s : s + chunk]]).sum(axis=1)).ravel()
    return out


def communities(n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray, settings: GraphSettings) -> np.ndarray:
    """Community label per node; -1 for nodes left alone."""
    labels = np.full(n, -1, dtype=np.int64)
    if len(a) == 0:
        return labels
    if settings.method == "leiden":
        import igraph as ig
        import leidenalg

        g = ig.Graph(n=n, edges=np.column_stack([a, b]).tolist(), directed=False)
        part = leidenalg.find_partition(
            g,
            leidenalg.CPMVertexPartition,
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
    groups = sorted((sorted(c) for c in groups if len(c) >= 2), key=lambda c: c[0])
    for label, members in enumerate(groups):
        labels[members] = label
    return labels


def cluster(
    vectors: np.ndarray, texts: Sequence[str] | None, settings: GraphSettings, items: sparse.csr_matrix | None = None
) -> np.ndarray:
    """Group label per row (-1 = outlier); the same input in the same order gives the same labels."""
    a, b, w = similarity_edges(vectors, texts, settings, items)
    labels = communities(len(vectors), a, b, w, settings)
    return labels

