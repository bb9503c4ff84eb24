import re
from pathlib import Path

import pytest

from contracts.caseless import Caseless, fold
from contracts.classify import LEXICON, SENTENCE_NEGATIVES, _alternatives, classify
from contracts.segment import segment

CONTRACTS = Path(__file__).parent / "data" / "contracts"

TEXTS = [
    "The Supplier SHALL indemnify the Buyer; Party B's liability is capped at the Fees paid.",
    "乙方应在 2 小时内响应 P1 故障，Service Credits 按月结算。",
    "Governed by the laws of the Republic of Uganda. Disputes: courts of Kampala.",
    "WORK PRODUCT developed hereunder shall vest in Customer; nothing transfers title to the Software.",
    "Résumé of the Société's obligations: ÉTAT DE GENÈVE law applies.",  # accented: searched with re.I as written
    "straße STRASSE ſtrasse Kelvin K µ",  # letters whose re.I folding is not str.lower()
    "This is NOT  works made for hire; see field snake_case_ID [A].",
    "Go-Live Date: 2026-03-01. | Total | USD 30,000 | 投入试运行后 30 日内验收。\u00c9TAT",
]


def test_fold_lowers_ascii_and_chinese_but_not_accented_letters():
    assert fold("Party B 乙方 ＃1") == "party b 乙方 ＃1"
    assert fold("Lomé") is None
    assert fold("ſ") is None


@pytest.mark.parametrize("pattern", [r"party b\b", r"\bSERVICE credits?", r"[A-Z]{2}\d", r"\bnot\W{1,3}works?", r"(?-i:[A-Z])\w+ law",
                                     r"[@-Z]+", r"s", r"k", r"µ", r"ÉTAT", r"(?P<Who>supplier)", r"\x41ustralia",
                                     r"\u00c9TAT", r"[\u00c0-\u00ffA-Z]TAT", r"[A-z]+", r"[^\]A-F\-x]+ date", r"go-LIVE\W+DATE",
                                     r"[\u4e00-\u9fff]{1,2}(?=运行)", r"^\W*TOTAL\s*(?:\||[:：])", r"\|\s*Total\s*\|", r"(?<!\bthe )Date\b"])
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
    assert Caseless(r"[@-Z]")._lowered is None  # [@-z] takes [ \\ ] ^ _ `
    assert Caseless(r"(?-i:[A-Z])")._lowered is None
    assert Caseless(r"\x41ustralia")._lowered is None  # \x41 is "A"; lower-cased text has "a"
    assert Caseless(r"[\u00c0-\u00ff]")._lowered is None  # holds À…Þ, whose re.I folding is not str.lower() of the text


def test_escapes_caseless_codes_and_one_case_ranges_are_lowered_as_written():
    assert Caseless(r"\bNOT\W{1,3}Works?")._lowered.pattern == r"\bnot\W{1,3}works?"  # \W stays \W
    assert Caseless(r"[\u4e00-\u9fff]{1,2}(?=运行)")._lowered.pattern == r"[\u4e00-\u9fff]{1,2}(?=运行)"
    assert Caseless(r"[A-Z]{2}\d")._lowered.pattern == r"[a-z]{2}\d"
    assert Caseless(r"Go-Live Date")._lowered.pattern == "go-live date"  # a hyphen outside a class is no range


def test_every_pattern_the_review_searches_finds_the_same_sentences_either_way(monkeypatch):
    """What the reader and the lexicon search with, recorded while reading labelled contracts, against each of their
    sentences: the lowered search finds what re.I finds, and most patterns are lowered."""
    import contracts.extract as extract

    used = set()
    real = extract.caseless

    def recording(pattern):
        used.add(pattern)
        return real(pattern)

    monkeypatch.setattr(extract, "caseless", recording)
    sentences = []
    for name in ("cn02_licence_risky.txt", "cn13_video_conf_deemed_acceptance.txt", "en02_licence_risky.txt", "en04_managed_services_risky.txt"):
        text = (CONTRACTS / name).read_text(encoding="utf-8")
        extract.analyse(text, use_embeddings=False)
        sentences += [s.text for s in extract._Reader(classify(segment(text), use_embeddings=False)).sentences]
    assert len(used) > 50
    for pattern in used:
        rx, ci = Caseless(pattern), re.compile(pattern, re.I)
        for text in sentences:
            assert list(rx.spans(text, fold(text))) == [m.span() for m in ci.finditer(text)], (pattern, text)
    assert sum(Caseless(p)._lowered is not None for p in used) > 0.9 * len(used)
