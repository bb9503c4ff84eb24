import re

import pytest

from contracts.caseless import Caseless, fold
from contracts.classify import LEXICON, SENTENCE_NEGATIVES, _alternatives

TEXTS = [
    "The Supplier SHALL indemnify the Buyer; Party B's liability is capped at the Fees paid.",
    "乙方应在 2 小时内响应 P1 故障，Service Credits 按月结算。",
    "Governed by the laws of the Republic of Uganda. Disputes: courts of Kampala.",
    "WORK PRODUCT developed hereunder shall vest in Customer; nothing transfers title to the Software.",
    "Résumé of the Société's obligations: ÉTAT DE GENÈVE law applies.",  # accented: searched with re.I as written
    "straße STRASSE ſtrasse Kelvin K µ",  # letters whose re.I folding is not str.lower()
    "This is NOT  works made for hire; see field snake_case_ID [A].",
]


def test_fold_lowers_ascii_and_chinese_but_not_accented_letters():
    assert fold("Party B 乙方 ＃1") == "party b 乙方 ＃1"
    assert fold("Lomé") is None
    assert fold("ſ") is None


@pytest.mark.parametrize("pattern", [r"party b\b", r"\bSERVICE credits?", r"[A-Z]{2}\d", r"\bnot\W{1,3}works?", r"(?-i:[A-Z])\w+ law",
                                     r"[@-Z]+", r"s", r"k", r"µ", r"ÉTAT", r"(?P<Who>supplier)", r"\x41ustralia"])
def test_caseless_finds_what_re_ignorecase_finds(pattern):
    rx, ci = Caseless(pattern), re.compile(pattern, re.I)
    for text in TEXTS:
        assert rx.search(text, fold(text)) == bool(ci.search(text)), text
        assert list(rx.spans(text, fold(text))) == [m.span() for m in ci.finditer(text)], text


def test_the_lexicon_and_its_negatives_find_the_same_spans_either_way():
    patterns = [a for pats in LEXICON.values() for p, _ in pats for a in _alternatives(p)] + list(SENTENCE_NEGATIVES.values())
    for pattern in patterns:
        rx, ci = Caseless(pattern), re.compile(pattern, re.I)
        for text in TEXTS:
            assert list(rx.spans(text, fold(text))) == [m.span() for m in ci.finditer(text)], (pattern, text)


def test_patterns_lower_casing_would_change_keep_re_ignorecase():
    assert Caseless(r"\bnot\W{1,3}works?")._lowered is None  # \W lower-cased is \w
    assert Caseless(r"[@-Z]")._lowered is None  # [@-z] takes [ \ ] ^ _ `
    assert Caseless(r"(?-i:[A-Z])")._lowered is None
    assert Caseless(r"liability cap")._lowered is not None
