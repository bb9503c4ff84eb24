"""The issue's search-quality goals on the team query set, computed by bench/eval_cases.py's own code."""
from __future__ import annotations

import importlib.util

import knowledge_base as kb
from test_kb_fixtures import ROOT, encoder  # noqa: F401  (fixtures)


def load_eval():
    spec = importlib.util.spec_from_file_location("eval_cases", ROOT / "bench" / "eval_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hybrid_meets_the_goals_and_beats_each_part_on_the_team_set(encoder, tmp_path):
    ev = load_eval()
    store = kb.open_store(None, tmp_path, encoder=encoder)
    rows = ev.load_jsonl(ev.QUERIES)
    assert len(rows) >= 40 and sum(r["lang"] == "en" for r in rows) >= 10
    results, _ = ev.evaluate(store, [r["query"] for r in rows], [set(r["relevant"]) for r in rows],
                             {c.id: c.external_id for c in store.list(limit=1000)})
    hybrid = results["hybrid"]
    assert hybrid["recall@5"] >= 0.95 and hybrid["mrr@10"] >= 0.90, results
    for single in ("bm25 (no lexicon)", "bm25 + lexicon", "dense (e5)"):
        assert hybrid["mrr@10"] > results[single]["mrr@10"], (single, results)
        assert hybrid["recall@5"] >= results[single]["recall@5"], (single, results)
    # and the real search path says "no good match" to every off-topic question
    for row in ev.load_jsonl(ev.NO_MATCH):
        assert store.search(row["query"]) == [], row["query"]
    store.close()
