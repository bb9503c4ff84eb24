"""Sentence-level typing of English contracts: a linear model over word uni- and bigrams (TF-IDF, logistic
regression, one per label) trained on the expert-annotated clause spans of the CUAD *dev* half only.

The lexicon types whole clauses; in SEC-filed contracts a cap on liability or a right to terminate on notice
is often one sentence inside a long "Miscellaneous" section. The model scores every sentence, and the
review keeps, for each label, the best sentence's probability and clause (`Analysis.other_terms
["sentence_labels"]`). It is not a fact of the contract_risk pack.

`contract_categories` is the review's contract-level answer to "does this contract cover X" for the six
CUAD categories (returned in the review as `other_terms["categories"]`, measured by bench/eval_cuad.py).
For English contracts the review's own reading (clause types and extracted terms) is fused with the model
(`decide`): a category is present when the best sentence reaches `high`, or when the reading says so and the
best sentence reaches `low`. Both thresholds of each label are the pair with the best contract-level F1 over
held-out scores (5-fold cross-validation over dev contracts, three fold splits), learnt with the readings as
they were *before* they were fitted to the dev contracts, so that the reading is trusted as much as a reading
of unseen wording deserves (docs/contracts.md). Chinese contracts, and English ones when the model file is
absent, get the reading alone. Trained by `bench/calibrate_prototypes.py --cuad-model`.
"""
from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parents[1] / "knowledge_base" / "prototypes" / "cuad_sentence_model.json"
MAX_CHARS = 1500  # a "sentence" of EDGAR text can be a whole run-on section; its start is what is scored
_TOKEN = re.compile(r"(?u)\b\w+\b")


def features(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, digits folded to 0 (the vectoriser the model was trained with)."""
    tokens = _TOKEN.findall(re.sub(r"\d+", "0", text[:MAX_CHARS]).lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def pack(values) -> str:
    """A vector as the model file stores it: float16, little-endian, base64."""
    return base64.b64encode(np.asarray(values, dtype="<f2").tobytes()).decode("ascii")


def unpack(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float64)


class SentenceModel:
    def __init__(self, spec: dict):
        self.labels: list[str] = spec["labels"]
        self.vocabulary = {term: i for i, term in enumerate(spec["vocabulary"])}
        self.idf = unpack(spec["idf"])
        self.coef = np.column_stack([unpack(spec["coef"][label]) for label in self.labels])  # vocab × labels
        self.intercept = np.asarray([spec["intercept"][label] for label in self.labels], dtype=np.float64)
        self.low = dict(spec["low"])
        self.high = dict(spec["high"])

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """sentences × labels: P(the sentence states the label)."""
        out = np.empty((len(texts), len(self.labels)))
        for row, text in enumerate(texts):
            counts: dict[int, int] = {}
            for f in features(text):
                j = self.vocabulary.get(f)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                out[row] = self.intercept
                continue
            idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))  # sublinear tf
            x = tf * self.idf[idx]
            out[row] = (x / np.linalg.norm(x)) @ self.coef[idx] + self.intercept
        return 1.0 / (1.0 + np.exp(-out))

    def best(self, texts: list[str]) -> dict[str, tuple[float, int | None]]:
        """For each label, the highest probability over `texts` and the index of that text."""
        if not texts:
            return {label: (0.0, None) for label in self.labels}
        p = self.probabilities(texts)
        top = p.argmax(axis=0)
        return {label: (round(float(p[top[k], k]), 4), int(top[k])) for k, label in enumerate(self.labels)}

    def decide(self, label: str, reading: bool, probability: float) -> bool:
        """Whether the contract covers `label`, given the review's reading and the best sentence's probability."""
        return probability >= self.high[label] or (bool(reading) and probability >= self.low[label])


@lru_cache(maxsize=1)
def default_model() -> SentenceModel | None:
    """The bundled model, or None when its file is absent."""
    if not MODEL_PATH.exists():
        return None
    return SentenceModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


# the review's own reading of each category, from its clause types and terms (CUAD's name in brackets):
# fused with the model for English contracts; alone for Chinese ones and in `bench/eval_cuad.py --no-model`
READINGS = {
    "liability_cap": lambda types, terms, other: "liability_cap" in types,            # Cap on Liability
    "liquidated_damages": lambda types, terms, other: "liquidated_damages" in types,  # Liquidated Damages
    # Warranty Duration: CUAD's annotators also label periods to inspect and reject deliveries
    "warranty": lambda types, terms, other: bool(terms["warranty_period_stated"] or other["rejection_period"]),
    "ip_ownership": lambda types, terms, other: "ip_ownership" in types,              # IP Ownership Assignment
    "governing_law": lambda types, terms, other: terms["governing_law"] is not None,  # Governing Law
    "termination": lambda types, terms, other: bool(terms["termination_for_convenience"]),  # Termination for Convenience
}


def contract_categories(clauses: list[dict], terms: dict, other_terms: dict, use_model: bool = True) -> dict[str, bool]:
    """Which categories the contract covers: the review's reading, fused with the sentence model when
    there are sentence scores (English contracts) and `use_model`."""
    types = {t for c in clauses for t in c["types"]}
    readings = {c: read(types, terms, other_terms) for c, read in READINGS.items()}
    model, labels = default_model(), other_terms.get("sentence_labels") or {}
    if not use_model or model is None or not labels:
        return readings
    return {c: model.decide(c, readings[c], labels[c]["probability"]) for c in READINGS}
