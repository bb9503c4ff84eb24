"""A long tender document (招标文件 with annexes, tens of thousands of clauses) is reviewed in time that grows linearly
with its clauses: no step compares every sentence with every other."""
from contracts.extract import Sentence, analyse

CLAUSES = ("质保期满后，乙方按年度提供维护服务，年度维护费为合同总价的8%。",
           "交付成果的知识产权归甲方所有。",
           "After the warranty period, the Supplier shall provide annual support at 8% of the Contract Price.",
           "All intellectual property rights in the Deliverables shall belong to the Buyer.")


def test_a_long_tender_document_compares_no_sentence_with_every_other(monkeypatch):
    text = "某市政务云平台系统集成项目招标文件\n" + "\n".join(f"第{n + 1}条 {CLAUSES[n % len(CLAUSES)]}" for n in range(2000))
    compared = []
    equal = Sentence.__eq__
    monkeypatch.setattr(Sentence, "__eq__", lambda a, b: compared.append(1) or equal(a, b))
    analysis = analyse(text, use_embeddings=False)
    assert len(analysis.clauses) > 2000
    assert analysis.terms["post_warranty_fee_pct"] == 8  # the readings are those of a short contract
    assert len(compared) < 2000, f"{len(compared):,} sentence comparisons for 2,000 clauses"


def test_clauses_that_cite_an_article_are_matched_without_rereading_every_heading(monkeypatch):
    # each 扣减 sentence that cites 第一条 read the heading of every clause again to find it: 2,000 × 2,000 heading reads
    import contracts.extract as extract

    text = "某市政务云运维服务招标文件\n第1条 服务水平\n系统可用率不低于99.5%。\n" + "\n".join(
        f"第{n + 2}条 服务费扣减\n乙方未达到第一条约定的，甲方按月扣减服务费{n % 9 + 1}千元。" for n in range(2000))
    read = []
    heading_article = extract._heading_article
    monkeypatch.setattr(extract, "_heading_article", lambda h: read.append(1) or heading_article(h))
    analysis = analyse(text, use_embeddings=False)
    assert len(analysis.clauses) > 2000
    assert len(read) < 20_000, f"{len(read):,} heading reads for 2,000 clauses"
