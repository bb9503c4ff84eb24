"""Contract review latency and peak memory.

Times `review_text` (segmentation, clause typing with e5 prototypes, term extraction, TCO and the
contract_risk pack on the rule engine) on the 6,000-character Chinese contract of the corpus and on the longest
CUAD contract, against a baseline measured in the same run: the same review with lexicon-only
typing (no embedding). "warm" = model and prototypes loaded, clause vectors in matcher's embedding
cache from an earlier call on the same text; "first sight" = model loaded, no embedding cache, so
every undecided clause is embedded as for a contract never seen. Also times reading .docx and .pdf, and
the contract_risk decision alone (the default Decider on the contract's facts).
Last, a long tender document (招标文件 with annexes): --clauses numbered clauses (default 24,000, about 850,000
characters) made of the short sentences of three corpus contracts (Chinese and English), reviewed lexicon-only, against
the same text cut to a quarter in the same run: the ratio is the time per clause of the long text over the short one's
(1.0 when the review grows linearly with the number of clauses).
And a reviewer's day: --distinct labelled corpus contracts (default 300, Chinese and English, .txt/.docx/.pdf) read one
after the other, lexicon-only, after as many others, against the same stream with `re`'s own cache of compiled patterns
in place of contracts.rx's (the reading before rx).
Usage: .venv/bin/python bench/review.py [--runs N] [--clauses N] [--distinct N]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contracts import rx  # noqa: E402
from contracts.classify import PrototypeIndex, default_index  # noqa: E402
from contracts.parsing import read_document  # noqa: E402
from contracts.extract import analyse  # noqa: E402
from contracts.review import bundled_decider, review_text  # noqa: E402
from matcher.encoder import TextEncoder  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "contracts"
CHINESE = CORPUS / "cn01_si_datacenter_network.txt"
TENDER_SOURCES = ("cn01_si_datacenter_network.txt", "cn05_storage_hardware_tco.txt", "en03_hardware_supply_compliant.txt")
CUAD = Path(os.environ.get("JICAI_SHARED_DATA") or ROOT / ".." / "shared" / "data") / "cuad" / "full_contract_txt"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, runs: int, before=None) -> list[float]:
    out = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def report(label: str, ms: list[float], baseline: list[float] | None = None) -> None:
    p50 = statistics.median(ms)
    p95 = sorted(ms)[max(0, int(round(0.95 * len(ms))) - 1)]
    ratio = f"  ×{p50 / statistics.median(baseline):.2f} of the baseline" if baseline else ""
    print(f"  {label:42s} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms   (n={len(ms)}){ratio}")


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str) -> bytes | None:
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
    except ImportError:
        return None
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("STSong-Light", 10)
    y = 800
    for line in text.split("\n"):
        for i in range(0, len(line), 45):  # wrap as a printed page would
            c.drawString(40, y, line[i:i + 45])
            y -= 14
            if y < 40:
                c.showPage()
                c.setFont("STSong-Light", 10)
                y = 800
    c.save()
    return buf.getvalue()


def tender_text(clauses: int) -> str:
    """A tender document of `clauses` numbered clauses (第N条), each a corpus sentence cut at its first comma or semicolon."""
    sentences = []
    for name in TENDER_SOURCES:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            body = re.sub(r"^\s*(第[一二三四五六七八九十百\d]+条|Article\s+\d+|\d+(\.\d+)*\.?)\s*", "", line).strip()
            body = re.split(r"[，；。;]|[,.] ", body)[0].rstrip(",.")
            if len(body) > 8:
                sentences.append(body + ("。" if re.search(r"[\u4e00-\u9fff]", body) else "."))
    return "\n".join(["某市政务云平台系统集成项目招标文件（含附件）"] + [f"第{n + 1}条 {sentences[n % len(sentences)]}" for n in range(clauses)])


def corpus_texts(n: int) -> list[str]:
    """`n` labelled corpus contracts spread over the corpus, read as uploaded."""
    labels = sorted(CORPUS.glob("holdout*/*.json"))
    picked = labels[:: max(1, len(labels) // n)][:n]
    files = [p.with_name(json.loads(p.read_text(encoding="utf-8"))["file"]) for p in picked]
    return [read_document(f.read_bytes(), f.name).text for f in files]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--clauses", type=int, default=24_000, help="clauses of the long tender text (0: skip it)")
    ap.add_argument("--distinct", type=int, default=300, help="distinct corpus contracts read in a row (0: skip them)")
    args = ap.parse_args()
    rss_start = peak_rss_mb()
    text = CHINESE.read_text(encoding="utf-8")
    started = time.perf_counter()
    index = default_index()
    # a contract seen for the first time: the same model without the embedding cache
    uncached = PrototypeIndex(TextEncoder(index.encoder.model, cache=None))
    print(f"loading e5 and embedding the prototypes: {(time.perf_counter() - started) * 1000:.0f} ms; peak RSS {peak_rss_mb():.0f} MB "
          f"(process start {rss_start:.0f} MB)")
    embedded = []
    encode = uncached.encoder.encode
    uncached.encoder.encode = lambda texts: embedded.append(len(texts)) or encode(texts)  # count what a review embeds
    review_text(text, prototype_index=uncached)
    print(f"clauses embedded per review of the Chinese contract: {sum(embedded)} (the lexicon decides the others)")

    print(f"\nChinese contract {CHINESE.name}: {len(text):,} characters")
    base = timed(lambda: review_text(text, use_embeddings=False), args.runs)
    report("lexicon-only typing (baseline)", base)
    report("review, warm", timed(lambda: review_text(text), args.runs), base)
    report("review, first sight (no embedding cache)", timed(lambda: review_text(text, prototype_index=uncached), args.runs), base)
    facts = analyse(text, use_embeddings=False).facts
    decider = bundled_decider()
    decision_ms = timed(lambda: decider.decide("contract_risk", facts), args.runs * 10)
    print(f"  {'contract_risk decision alone (rule engine)':42s} p50 {statistics.median(decision_ms) * 1000:8.0f} µs  "
          f"p95 {sorted(decision_ms)[int(0.95 * len(decision_ms)) - 1] * 1000:8.0f} µs   (n={len(decision_ms)})")
    data = docx_bytes(text)
    report(".docx read (python-docx)", timed(lambda: read_document(data, "c.docx"), args.runs))
    pdf = pdf_bytes(text)
    if pdf:
        report(".pdf read (pypdf)", timed(lambda: read_document(pdf, "c.pdf"), max(5, args.runs // 2)))

    if CUAD.exists():
        longest = max(CUAD.glob("*.txt"), key=lambda p: p.stat().st_size)
        long_text = longest.read_text(encoding="utf-8", errors="replace")
        print(f"\nlongest CUAD contract {longest.name[:60]}: {len(long_text):,} characters")
        runs = max(3, args.runs // 4)
        embedded.clear()
        review_text(long_text, prototype_index=uncached)
        print(f"clauses embedded per review: {sum(embedded)} (at most EMBED_BUDGET)")
        base = timed(lambda: review_text(long_text, use_embeddings=False), runs)
        report("lexicon-only typing (baseline)", base)
        report("review, first sight (no embedding cache)", timed(lambda: review_text(long_text, prototype_index=uncached), runs), base)
    else:
        print(f"\nSKIP longest CUAD contract: {CUAD} not found")
    if args.clauses:
        short, long_tender = tender_text(args.clauses // 4), tender_text(args.clauses)
        print(f"\ntender text of {args.clauses:,} clauses: {len(long_tender):,} characters, lexicon-only")
        base = timed(lambda: review_text(short, use_embeddings=False), 1)
        report(f"a quarter of it, {args.clauses // 4:,} clauses (baseline)", base)
        ms = timed(lambda: review_text(long_tender, use_embeddings=False), 1)
        report(f"all {args.clauses:,} clauses", ms)
        print(f"  time per clause ×{statistics.median(ms) / 4 / statistics.median(base):.2f} of the quarter's (1.00 = linear)")
    if args.distinct:
        texts = corpus_texts(2 * args.distinct)
        warm, texts = texts[::2], texts[1::2]  # the first warm everything but the measured ones' own patterns
        print(f"\n{len(texts)} distinct corpus contracts read in a row, lexicon-only, after {len(warm)} others")
        stream = lambda batch: [timed(lambda: analyse(t, use_embeddings=False), 1)[0] for t in batch]  # noqa: E731
        stream(warm)
        cached = rx.compiled
        rx.compiled = re.compile
        base = stream(texts)
        rx.compiled = cached
        ms = stream(texts)
        report("each contract, re's cache (baseline)", base)
        report("each contract, contracts.rx's cache", ms, base)
        print(f"  all {len(texts)}: {sum(base) / 1000:.1f} s with re's cache, {sum(ms) / 1000:.1f} s with contracts.rx's "
              f"(×{sum(ms) / sum(base):.2f})")
    print(f"\npeak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
