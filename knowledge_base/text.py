"""Turning cases and queries into BM25 tokens and embedding text.

Chinese is segmented with jieba's search mode (long words plus their parts) and a few procurement
abbreviations its general dictionary lacks (DOMAIN_WORDS), so 维保费 also matches 维保; English is lower-cased and stemmed with Snowball (subcontracted and
subcontract are one word). Tokens are stored per field so field weights can change without
re-segmenting the store.
"""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

import jieba
import Stemmer

jieba.setLogLevel(logging.WARNING)

TOKENIZER_VERSION = "jieba-search+domain+snowball-7"  # bump when tokenize() changes: stored tokens are then re-derived
VECTOR_RECIPE = "title+body-mean-1"  # bump when embedding_texts() changes: stored vectors are then re-derived

_WORD = re.compile(r"[a-z0-9][a-z0-9.+#\-]*|[\u3400-\u9fff]+")
_ENGLISH_WORD = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])")  # letters only: iso27001 or v2 is not spelt
_STOP = frozenset(
    """的 了 和 与 及 或 在 是 为 对 把 被 将 也 都 就 而 并 等 中 后 前 时 这 那 其 之 以 于 由 从 到 个 一 不 没 有
    案例 例子 项目 问题 相关 情况 哪些 什么 怎么 如何 一下 找 请 想 查 看看 关于 过 过的 那个 有没有 没有 类似
    请问 吗 呢 吧 帮 帮我 我 我们 能 不能 能不能 是否 找找 还有
    a an the of to in on for and or with by at from as is are was were be been it its this that these those
    which who what how any some case cases example examples project projects about where when did does do
    we our you your they their there than then so into over after before lesson lessons learned""".split()
)
# 没有 too: jieba's search mode gives 有没有 as 没有 + 有没有, and 没有 is in 24 of the 36 seed cases, so
# "有没有类似的案例" contained a word of most cases (a case containing every query word is kept under the floor).
# 请问 … 还有 only ask (请问…吗, 帮我找找, 能不能): a question made only of them has nothing to search.
# Procurement abbreviations jieba's general dictionary does not know. Without them 等保 was read as
# 等 (a stopword) + 保, so a case saying 等保 was not found by 等保; and in a sentence 维保费 became
# 维 + 保费 and 质保期满后维保费用 gave 后维保, so 维保 missed the cases about 维保费.
DOMAIN_WORDS = ("等保", "维保", "过保", "信创", "密评")
_STEMMER = Stemmer.Stemmer("english")
_STEMMER_LOCK = threading.Lock()  # a PyStemmer object must not be used by two threads at once


@lru_cache(maxsize=1)
def _segmenter() -> jieba.Tokenizer:
    """jieba with DOMAIN_WORDS, kept apart from the global jieba the bundling matcher segments with."""
    segmenter = jieba.Tokenizer()
    for word in DOMAIN_WORDS:
        segmenter.add_word(word, freq=1000)  # a common word's count: 维保费 is 维保 + 费, not 维 + 保费
    return segmenter


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of an ASCII word; other words unchanged."""
    if not word.isascii() or not word[:1].isalpha():
        return word
    with _STEMMER_LOCK:
        return _STEMMER.stemWord(word)


def tokenize(text: str) -> list[str]:
    """BM25 tokens for one text, Chinese and English mixed.

    NFKC first, so full-width letters and digits typed with a Chinese IME (ＩＡＭ, ２０２３) are the
    ASCII ones; a hyphenated word also gives its parts, so post-warranty matches warranty.
    """
    out: list[str] = []
    for chunk in _WORD.findall(unicodedata.normalize("NFKC", text).lower()):
        words = _segmenter().lcut_for_search(chunk) if not chunk.isascii() else _with_parts(chunk.strip(".-"))
        for word in words:
            word = word.strip()
            if word and word not in _STOP and not (len(word) == 1 and word.isascii()):
                out.append(stem(word))
    return out


def _with_parts(word: str) -> list[str]:
    return [word, *word.split("-")] if "-" in word else [word]


def case_field_texts(case: dict) -> dict[str, str]:
    """The case split into the fields that are weighted separately in BM25."""
    return {
        "title": case["title"],
        "summary": case.get("summary") or "",
        "highlights": "\n".join(case.get("highlights") or []),
        "lessons": "\n".join(case.get("lessons") or []),
        "recommendations": "\n".join(case.get("recommendations") or []),
        "meta": " ".join([case.get("category") or "", case.get("org_type") or "", *(case.get("tags") or [])]),
    }


def english_words(text: str) -> list[str]:
    """The English words of a text as typed (lower case, not stemmed, no stopwords), each once."""
    found = _ENGLISH_WORD.findall(unicodedata.normalize("NFKC", text).lower())
    return list(dict.fromkeys(w for w in found if len(w) > 2 and w not in _STOP))


def case_tokens(case: dict) -> dict[str, list[str]]:
    """BM25 tokens per field, and under "words" the case's English words as written: what a misspelt
    query word is corrected to (BM25's vocabulary holds stems, and warranti is no word to show a user)."""
    texts = case_field_texts(case)
    tokens = {name: tokenize(text) for name, text in texts.items()}
    tokens["words"] = english_words(" ".join(texts.values()))
    return tokens


def embedding_texts(case: dict, max_chars: int = 480) -> tuple[str, str]:
    """What the dense encoder sees: the title alone, and title + summary + lessons.

    The case's vector is the mean of the two, so its dot product with a query is the mean of the
    two cosines: short queries match titles best, long ones the body (measured: docs/cases.md).
    e5-small reads 512 tokens at most; the cut keeps the start of each part.
    """
    parts = [case["title"], (case.get("summary") or "")[:200], "；".join(case.get("lessons") or [])[:200]]
    return case["title"], "。".join(p for p in parts if p)[:max_chars]


def query_tokens(query: str) -> list[str]:
    """The query's own tokens plus the other-language terms from the bilingual lexicon."""
    from .lexicon import translate_terms

    return tokenize(query) + tokenize(" ".join(translate_terms(query)))
