"""In-memory hybrid index over the stored cases: BM25 (bm25s) plus the stored e5 vectors.

Each part is first put on a 0–1 scale that means the same for every query (`FusionParams`), then
the two are fused as independent evidence: score = 1 − (1 − dense)^a · (1 − lexical)^b, so either
a strong word match or a strong meaning match alone can clear the "no good match" floor. Ranks
are not fused: plain reciprocal-rank fusion ranked worse than dense alone (docs/cases.md) and
cannot say "no good match"; a weighted sum ranked slightly better on the team set but lets no
dense-only (cross-lingual) match clear a floor.
"""
from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache

import bm25s
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import english_terms
from .text import english_words, stem

# Field weights for BM25: a field's tokens are repeated this many times (a BM25F approximation).
FIELD_WEIGHTS = {"title": 3, "summary": 1, "highlights": 1, "lessons": 2, "recommendations": 1, "meta": 1}


@dataclass(frozen=True)
class FusionParams:
    """Chosen by `bench/eval_cases.py --sweep` on the team's query set; the numbers are in docs/cases.md."""

    dense_exponent: float = 0.5    # a: how much a dense match counts
    lexical_exponent: float = 1.0  # b: how much a BM25 match counts
    dense_low: float = 0.74        # e5 cosine at or below this is "unrelated" (0)
    dense_high: float = 0.94       # at or above this is "the same story" (1)
    bm25_half: float = 4.0         # BM25 score that maps to 0.5 (score / (score + half))
    floor: float = 0.56            # fused scores under this are "no good match"
    # An English query word of spelling_min_length letters or more that no case and no lexicon term has
    # (by its stem) is searched as the closest word of the cases or the lexicon, within this many edits
    # (OSA: two letters swapped are one edit); warrenty → warranty, liabilty → liability. From 4 letters
    # real words were changed: lost → cost, back → bank (team and held-out questions).
    spelling_min_length: int = 5
    edits_short: int = 1           # for words of up to 7 letters
    edits_long: int = 2            # for words of 8 letters or more

    def fuse(self, lexical, dense):
        return 1.0 - (1.0 - dense) ** self.dense_exponent * (1.0 - lexical) ** self.lexical_exponent


@dataclass
class Entry:
    id: str
    tokens: tuple[str, ...]  # interned: 100,000 cases share one copy of each word
    vector: np.ndarray
    year: int
    category: str
    org_type: str
    tags: frozenset[str]
    words: tuple[str, ...] = ()  # the case's English words as written (interned), for spelling correction


def weighted_tokens(field_tokens: dict[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for name, weight in FIELD_WEIGHTS.items():
        out.extend(sys.intern(t) for t in field_tokens.get(name, ()) * weight)
    return tuple(out)


def entry_from_row(case_id: str, tokens_json: str, embedding: bytes, year: int,
                   category: str, org_type: str | None, tags_json: str) -> Entry:
    tokens = json.loads(tokens_json)
    return Entry(
        id=case_id,
        tokens=weighted_tokens(tokens),
        vector=np.frombuffer(bytes(embedding), dtype=np.float32),
        year=int(year),
        category=category.casefold(),
        org_type=(org_type or "").casefold(),
        tags=frozenset(t.casefold() for t in json.loads(tags_json)),
        words=tuple(sys.intern(w) for w in tokens.get("words", ())),
    )


class _Frozen:
    """Arrays and the BM25 matrix built from one set of entries; never changed once built."""

    def __init__(self, entries: list[Entry], dim: int):
        self._entries = entries
        self.ids = [e.id for e in entries]
        self.matrix = np.vstack([e.vector for e in entries]) if entries else np.zeros((0, dim), np.float32)
        self.years = np.array([e.year for e in entries], dtype=np.int32)
        self.categories = np.array([e.category for e in entries], dtype=object)
        self.org_types = np.array([e.org_type for e in entries], dtype=object)
        positions: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            for t in e.tags:
                positions.setdefault(t, []).append(i)
        self.tag_positions: dict[str, np.ndarray] = {t: np.array(p) for t, p in positions.items()}
        self.bm25 = None
        if entries:
            self.bm25 = bm25s.BM25()
            # bm25s needs at least one token per document; the placeholder never matches a query
            self.bm25.index([list(e.tokens) or ["\u0000"] for e in entries], show_progress=False)

    @cached_property
    def spelling(self) -> list[str]:
        """The words a misspelt query word may become: the cases' English words and the lexicon's, sorted.
        Built on the first misspelt word (not with the snapshot: most searches never need it)."""
        return sorted({w for e in self._entries for w in e.words} | english_terms())

    def knows(self, word: str) -> bool:
        """Whether BM25 or the lexicon can do anything with the word: its stem is a case's word or a lexicon term's."""
        stemmed = stem(word)
        return (self.bm25 is not None and stemmed in self.bm25.vocab_dict) or stemmed in _lexicon_stems()


@lru_cache(maxsize=1)
def _lexicon_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in english_terms())


@lru_cache(maxsize=1)
def _english_dictionary():
    """pyspellchecker's English word list (160,000 words, 0.5 s to load, on the first unknown query word): a real word
    the cases lack (expiry, delivered) is what the user meant, not a misspelling of a word they have."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


class HybridIndex:
    """Entries by id, plus a frozen snapshot that searches read.

    After a change the snapshot is rebuilt on the next search. Up to `sync_rebuild_limit` cases
    that is done at once (well under a second, bench/cases.py); above it, building BM25 takes
    seconds, so it runs in a background thread while searches keep reading the previous snapshot:
    a new case becomes searchable when the rebuild finishes, and a deleted one is never returned
    because hits are read back from the store.
    """

    def __init__(self, dim: int, params: FusionParams | None = None, sync_rebuild_limit: int = 20_000):
        self.dim = dim
        self.params = params or FusionParams()
        self.sync_rebuild_limit = sync_rebuild_limit
        self.revision = 0
        self._entries: dict[str, Entry] = {}
        self._frozen: _Frozen | None = None
        self._dirty = True
        self._builder: threading.Thread | None = None
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._entries)

    def ids(self) -> set[str]:
        return set(self._entries)

    def put(self, entry: Entry) -> None:
        with self._lock:
            self._entries[entry.id] = entry
            self._dirty = True

    def remove(self, case_id: str) -> None:
        with self._lock:
            if self._entries.pop(case_id, None) is not None:
                self._dirty = True

    def replace_all(self, entries: list[Entry], revision: int) -> None:
        with self._lock:
            self._entries = {e.id: e for e in entries}
            self._frozen = None
            self._dirty = True
            self.revision = revision

    def frozen(self) -> _Frozen:
        with self._lock:
            if not self._dirty and self._frozen is not None:
                return self._frozen
            if self._frozen is None or len(self._entries) <= self.sync_rebuild_limit:
                self._dirty = False
                self._frozen = _Frozen(list(self._entries.values()), self.dim)
            elif self._builder is None:
                self._builder = threading.Thread(target=self._rebuild, name="case-index-rebuild", daemon=True)
                self._builder.start()
            return self._frozen

    def _rebuild(self) -> None:
        while True:
            with self._lock:
                entries = list(self._entries.values())
                self._dirty = False
            frozen = _Frozen(entries, self.dim)
            with self._lock:
                self._frozen = frozen
                if not self._dirty:
                    self._builder = None
                    return

    def wait_until_current(self, timeout: float | None = None) -> None:
        """Blocks until a background rebuild (if any) has finished; for tests and benchmarks."""
        builder = self._builder
        if builder is not None:
            builder.join(timeout)

    def _mask(self, f: _Frozen, category, year_from, year_to, tag, org_type) -> np.ndarray:
        n = len(f.ids)
        mask = np.ones(n, dtype=bool)
        if category:
            mask &= f.categories == category.casefold()
        if org_type:
            mask &= f.org_types == org_type.casefold()
        if year_from is not None:
            mask &= f.years >= year_from
        if year_to is not None:
            mask &= f.years <= year_to
        if tag:
            tag_mask = np.zeros(n, dtype=bool)
            tag_mask[f.tag_positions.get(tag.casefold(), np.zeros(0, dtype=int))] = True
            mask &= tag_mask
        return mask

    def scores(self, query_tokens: list[str], query_vector: np.ndarray) -> tuple[_Frozen, np.ndarray, np.ndarray]:
        """Raw BM25 scores and cosine similarities for every indexed case."""
        f = self.frozen()
        if not f.ids:
            return f, np.zeros(0), np.zeros(0)
        bm25 = f.bm25.get_scores(query_tokens) if query_tokens else np.zeros(len(f.ids), dtype=np.float32)
        cos = f.matrix @ query_vector.astype(np.float32)
        return f, np.asarray(bm25, dtype=np.float32), cos

    def corrections(self, text: str) -> dict[str, str]:
        """{misspelt word: the word searched instead} for the English words of `text` (text.english_words:
        lower case, stopwords left out, as the cases' own words are) that no case, no lexicon term and no English
        dictionary has,
        each corrected to the closest known word within the edits FusionParams allows; a word with nothing
        that close is left as typed. Chinese is not touched."""
        f = self.frozen()
        out: dict[str, str] = {}
        for word in english_words(text):
            if len(word) < self.params.spelling_min_length or f.knows(word) or word in _english_dictionary():
                continue
            edits = self.params.edits_long if len(word) >= 8 else self.params.edits_short
            found = process.extract(word, f.spelling, scorer=OSA.distance, score_cutoff=edits, limit=None)
            # nearest first; then a word with the same first letter (typos rarely hit it); then alphabetical
            best = min(found, key=lambda m: (m[1], m[0][0] != word[0], m[0]), default=None)
            if best is not None:
                out[word] = best[0]
        return out

    @staticmethod
    def _containing_all(f: _Frozen, words: list[str]) -> np.ndarray:
        """Cases whose BM25 tokens include every word: a word's BM25 score is positive exactly there."""
        found = np.ones(len(f.ids), dtype=bool)
        for word in set(words):
            if word not in f.bm25.vocab_dict:
                return np.zeros(len(f.ids), dtype=bool)
            found &= np.asarray(f.bm25.get_scores([word])) > 0
        return found

    def normalise(self, bm25: np.ndarray, cos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        p = self.params
        lexical = bm25 / (bm25 + p.bm25_half)
        dense = np.clip((cos - p.dense_low) / (p.dense_high - p.dense_low), 0.0, 1.0)
        return lexical, dense

    def search(self, query_tokens: list[str], query_vector: np.ndarray, k: int, *, words: list[str] | None = None,
               category=None, year_from=None, year_to=None, tag=None, org_type=None,
               mode: str = "hybrid", floor: float | None = None) -> list[tuple[str, float, float, float]]:
        """Top-k (case id, score, bm25 part, dense part), best first, above the floor.

        A case containing every one of `words` (the query's own words, not the lexicon's translations)
        is kept under the floor, ranked by its score: a user who types a word that is in a case expects
        that case, and one word found once in a long case scores under the floor (等保: 0.41).
        `mode` "bm25" or "dense" ranks by one part alone (for evaluation).
        """
        f, bm25, cos = self.scores(query_tokens, query_vector)
        if not f.ids:
            return []
        lexical, dense = self.normalise(bm25, cos)
        fused = {"hybrid": self.params.fuse(lexical, dense), "bm25": lexical, "dense": dense}[mode]
        mask = self._mask(f, category, year_from, year_to, tag, org_type)
        floor = self.params.floor if floor is None else floor
        keep = mask & (fused >= floor) & (fused > 0)
        if words and np.count_nonzero(keep) < k:  # only then can a case under the floor make the top k
            keep |= mask & self._containing_all(f, words)
        fused = np.where(keep, fused, -1.0)
        k = min(k, len(f.ids))
        top = np.argpartition(-fused, k - 1)[:k] if k < len(f.ids) else np.arange(len(f.ids))
        # ties (same score) are broken by raw cosine, so equal lexical scores still rank semantically
        top = sorted(top, key=lambda i: (-fused[i], -cos[i]))
        return [(f.ids[i], float(fused[i]), float(lexical[i]), float(dense[i])) for i in top if fused[i] >= 0]
