"""Clause typing with the bundled e5: prototypes catch wordings the lexicon has no entry for."""
import pytest

from contracts.classify import PrototypeIndex, classify, lexicon_scores, load_prototypes, THRESHOLD, TYPES
from contracts.segment import segment


@pytest.fixture(scope="module")
def index():
    from matcher.encoder import load_encoder

    return PrototypeIndex(load_encoder(None))


UNWORDED_SLA = [
    "第五条 售后\n接到甲方报修后，乙方三十分钟内给予答复，两小时内到达现场，八小时内恢复系统运行。",
    "第五条 运维要求\n7×24小时值守，重大事件十五分钟内介入，四小时内解决，每月提交运行报告。",
]


@pytest.mark.parametrize("text", UNWORDED_SLA)
def test_prototypes_type_a_service_level_the_lexicon_misses(text, index):
    clause = segment(text)[0]
    assert max(lexicon_scores(clause.heading, clause.text).values(), default=0) < THRESHOLD  # the lexicon alone: undecided
    typed = classify(segment(text), index=index)[0]
    assert typed.types == ("sla",)


def test_boilerplate_stays_other(index):
    clause = classify(segment("第九条 其他约定\n本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。"), index=index)[0]
    assert clause.types == ("other",)


def test_prototype_file_covers_every_type():
    protos = load_prototypes()
    assert {t for t, _ in protos} == set(TYPES)
    assert any("\u4e00" <= ch <= "\u9fff" for _, text in protos for ch in text)  # Chinese and English prototypes


def _types(body):
    clause = classify(segment(f"Agreement\nSection 7 Miscellaneous\n{body}\nSection 99 Other\nThis Agreement takes effect on signature."),
                      use_embeddings=False)[1]
    return set(clause.types)


@pytest.mark.parametrize("body", [
    "Consultant does hereby assign and transfer to the Company all right, title, and interest in and to the Work Product.",
    "If Agent acquires any rights in the Trademarks, it will assign such rights to Licensor together with all associated goodwill.",
    "Upon expiry, all right, title and interest in the Tooling will automatically transfer to the Licensor.",
    "Any works created by the Distributor pursuant to this Agreement shall exclusively be owned by the Licensor.",
])
def test_lexicon_reads_ip_assignment_in_its_english_wordings(body):
    assert "ip_ownership" in _types(body)


@pytest.mark.parametrize("body", [
    "Operator may assign its right, title and interest in and to this Agreement to an Affiliate.",
    "This Agreement does not transfer any right, title, or interest in the Software to Distributor.",
    "All rights to inventions made solely by employees of Acme shall belong solely to Acme.",
    "The Supplier agrees that the Vendor Materials are not \"work made for hire\".",
    "Any gains, liabilities and expenses arising therefrom will be owned or paid by Party B.",
])
def test_lexicon_ignores_ip_wordings_that_transfer_nothing(body):
    assert "ip_ownership" not in _types(body)


@pytest.mark.parametrize("body,type_,expected", [
    ("Neither party shall be responsible to the other in respect of any indirect loss or damage caused hereunder.", "liability_cap", True),
    ("Both parties will not have liability for any damages other than direct damages.", "liability_cap", True),
    ("Claims under such indemnification shall not exceed the payments received under this Agreement.", "liability_cap", True),
    ("Supplier's sole remedy for a non-conforming Product is limited to replacement of that Product.", "liability_cap", True),
    ("The indemnifying Party's appearance shall not be construed as an admission of liability, including, but not limited to, its right to counsel.",
     "liability_cap", False),
    ("The Company is a limited liability company and in no event shall the cure period exceed thirty (30) days.", "liability_cap", False),
    ("Contractor shall carry Umbrella Liability insurance with limits of not less than $5,000,000 in excess of the primary policies.", "liability_cap", False),
    ("The defaulting Party shall indemnify the other for all the direct and indirect losses arising from its default.", "liability_cap", False),
    # holdout20 h20e04: the letter's addressee was the clause CR-DATA-SECURITY cited, its T2.3 disclaimer was no topic of it
    ("Attention: Chief Information Security Officer", "data_security", False),
    ("Redline gives no undertaking as to the security of any data accessed or obtained during testing.", "data_security", True),
    ("The Supplier is responsible for the security of Customer Data in its systems.", "data_security", True),
    ("Supplier shall comply with the Customer's information security policies.", "data_security", True),
])
def test_lexicon_type(body, type_, expected):
    assert (type_ in _types(body)) is expected
