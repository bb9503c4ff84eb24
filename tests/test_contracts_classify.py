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
