"""Procurement items as guiding prototypes: which catalogue item(s) a request names.

Embeddings of survey lines follow the sentence more than the thing bought ("分行服务器老化，需更换"
sits next to "分行防火墙老化，需更换"). Naming the item — 服务器 A02010104, 防火墙 A02010301 — is
what a procurement office does first, so requests that name the same item are pulled together
and requests that name different items pushed apart (see clustering.GraphSettings.item_weight).

Two sources, same shape: the built-in bilingual list `data/procurement_items.yaml` (written by
the team, with the 政府采购品目分类目录 codes), and optionally the official catalogue CSV itself
(`code,name,level,...`, e.g. from the Ministry of Finance's 2022 edition) for its Chinese names.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml
from scipy import sparse

from matcher.text import is_chinese
from problems import Problem
from tabular import open_table


@dataclass(frozen=True)
class Item:
    code: str
    zh: str
    en: str
    terms: tuple[str, ...]
    # Bought to keep other goods going (维保, 维修, 校准检测, 耗材备件, 培训): never the same tender as
    # the goods, and two lines naming only upkeep are not one need on that account (a body camera's
    # repair and a printer's repair are two tenders). See clustering.similarity_edges.
    upkeep: bool = False


# What comes with the thing bought is not what is bought: 服务器（含三年维保） names a server, and
# "switches with 3-year maintenance" switches. The clause runs to the next punctuation.
_INCLUDED = re.compile(r"(?:含|包含|包括|附带|\bincluding\b|\bincl\.|\bwith\b)[^，。,;；:：()（）]*")


_LATIN_TERM = re.compile(r"[a-z0-9][a-z0-9 \-./]*")


def _prefix_tree_pattern(terms: Iterable[str], terminal: str = "") -> str:
    """One regex for many literal terms, as a prefix tree: 服务器(?:机柜)? instead of 服务器机柜|服务器.

    At each node the longer continuations are tried before `terminal` (what must follow a whole
    term), so at any position the longest term that fits wins, as in an alternation sorted by
    length; the engine does a few character steps per position instead of trying every term.
    """
    root: dict = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        ends = "" in node
        if not alts:
            return terminal
        if len(alts) == 1 and not ends:
            return alts[0]
        if ends and not terminal:
            return f"(?:{'|'.join(alts)})?"
        return f"(?:{'|'.join(alts + ([terminal] if ends else []))})"

    return build(root)


_CLAUSE_END = re.compile(r"[，。；;,：:]")
_COORDINATION = re.compile(r"^[^用]{0,3}(?:及|和|与|或|、|/|／|\+|＋)[^用]{0,3}$")
_FOR = re.compile(r"\bfor\b")


def _bought(text: str, hits: list[tuple[int, int, int]]) -> set[int]:
    """The goods items a line buys, from (start, end, item) hits in order.

    Chinese puts the thing bought last, after what it is for (人事档案扫描用A3平板扫描仪 buys a
    scanner; 财务专用电脑安装主机安全防护软件 buys security software): the last item of the first
    clause that names one, with those joined to it by 及/和/、 (台式机及显示器). English puts it
    first: what comes before "for" (Document scanners for contract archiving), when that names
    an item. Lines whose item is only in a purpose clause keep every item they name.
    """
    if len(hits) < 2:
        return {h[2] for h in hits}
    if not is_chinese(text):
        cut = _FOR.search(text)
        before = [h for h in hits if cut is None or h[1] <= cut.start()]
        return {h[2] for h in (before or hits)}
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    for lo, hi in zip(starts, starts[1:] + [len(text) + 1]):
        first = [h for h in hits if lo <= h[0] < hi]
        if first:
            break
    chosen = [first[-1]]
    for prev in reversed(first[:-1]):
        if not _COORDINATION.match(text[prev[1] : chosen[-1][0]]):
            break
        chosen.append(prev)
    return {h[2] for h in chosen}


class ItemMatcher:
    """Longest-first, non-overlapping term matching: 服务器机柜 names a cabinet, not a server."""

    def __init__(self, items: Sequence[Item]):
        self.items = list(items)
        owner: dict[str, int] = {}
        for i, item in enumerate(self.items):
            for term in item.terms:
                owner.setdefault(term.lower(), i)
        self._owner = owner
        # Latin terms are whole words (plural allowed), so "bi" does not fire inside "big", nor
        # before a hyphen that makes it a modifier ("bi-colour"; "anti-malware" still names malware);
        # the lookaheads report every position where a term starts, and match() keeps the leftmost,
        # longest, non-overlapping ones.
        latin = [t for t in owner if _LATIN_TERM.fullmatch(t)]
        other = [t for t in owner if not _LATIN_TERM.fullmatch(t)]
        self._patterns = [
            re.compile(f"(?=(?<![a-z0-9])({_prefix_tree_pattern(latin, '(?:s|es)?(?![a-z0-9]|-[a-z0-9])')}))") if latin else None,
            re.compile(f"(?=({_prefix_tree_pattern(other)}))") if other else None,
        ]

    def _terms_in(self, text: str) -> list[tuple[int, str]]:
        """(position, matched string), leftmost first and longest at each position, not overlapping."""
        longest: dict[int, str] = {}
        for pattern in self._patterns:
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                found = m.group(1)
                if found and len(found) > len(longest.get(m.start(), "")):
                    longest[m.start()] = found
        out, end = [], 0
        for start in sorted(longest):
            if start >= end:
                out.append((start, longest[start]))
                end = start + len(longest[start])
        return out

    @property
    def upkeep(self) -> np.ndarray:
        """Per item column: True for upkeep items (Item.upkeep)."""
        return np.array([item.upkeep for item in self.items], dtype=bool)

    def match(self, text: str) -> list[int]:
        """Indices of the items a text names, in order of first mention, each once: every upkeep
        item, and of the goods only what the line buys (_bought); what it says comes with the
        thing (含…, including …) is not named."""
        text = _INCLUDED.sub(" ", text.lower())
        hits: list[tuple[int, int, int]] = []
        for start, term in self._terms_in(text):
            idx = self._owner.get(term)
            if idx is None:  # plural suffix
                idx = self._owner.get(term[:-2] if term.endswith("es") and term[:-2] in self._owner else term[:-1])
            if idx is not None:
                hits.append((start, start + len(term), idx))
        goods = _bought(text, [h for h in hits if not self.items[h[2]].upkeep])
        found: list[int] = []
        for _, _, idx in hits:
            if idx not in found and (self.items[idx].upkeep or idx in goods):
                found.append(idx)
        return found

    def matrix(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """(n, items) rows with unit norm over the named items; all-zero when a text names none."""
        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            hits = self.match(text)
            for c in hits:
                rows.append(r)
                cols.append(c)
                vals.append(1.0 / np.sqrt(len(hits)))
        return sparse.csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(len(texts), max(len(self.items), 1)))


ITEMS_ENV = "JICAI_PROCUREMENT_ITEMS"  # an operator's own YAML, same format, merged over the built-in list


def _bad_items(source: str, zh: str, en: str) -> Problem:
    """An item list a person must fix: a clear CLI message and a 4xx, never a traceback."""
    return Problem("bad_item_list", f"品目文件 {source}：{zh} / item list {source}: {en}", {"file": source}, status=400)


def parse_items(text: str, source: str) -> list[Item]:
    """Items from YAML `{items: [{code, zh, en, terms: [...]}]}`; a clear error names the bad entry."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise _bad_items(source, f"不是有效的 YAML（{e}）", f"not valid YAML ({e})") from None
    entries = data.get("items") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise _bad_items(source, "顶层须为 items: 列表", "expected a top-level 'items:' list")
    items = []
    for i, d in enumerate(entries):
        if not isinstance(d, dict) or not d.get("code") or not isinstance(d.get("terms"), list) or not d["terms"]:
            raise _bad_items(source, f"第{i + 1}个品目（items[{i}]）须有 code 和非空的 terms 列表",
                             f"items[{i}] needs a code and a non-empty terms list")
        if not isinstance(d.get("upkeep", False), bool):
            raise _bad_items(source, f"第{i + 1}个品目（items[{i}]）的 upkeep 须为 true 或 false，不能是 {d['upkeep']!r}",
                             f"items[{i}] upkeep must be true or false, not {d['upkeep']!r}")
        items.append(Item(str(d["code"]), str(d.get("zh") or d["terms"][0]), str(d.get("en") or d.get("zh") or d["terms"][0]),
                          tuple(str(t) for t in d["terms"]), d.get("upkeep", False)))
    return items


@lru_cache(maxsize=1)
def builtin_items() -> tuple[Item, ...]:
    return tuple(parse_items(files("matcher").joinpath("data/procurement_items.yaml").read_text(encoding="utf-8"), "built-in items"))


def merge_items(base: Sequence[Item], extra: Sequence[Item]) -> list[Item]:
    """`extra` adds items and, for a code already known, adds its terms (which then win ties)."""
    merged = {item.code: item for item in base}
    for item in extra:
        old = merged.get(item.code)
        merged[item.code] = item if old is None else Item(item.code, item.zh, item.en, item.terms + old.terms, item.upkeep or old.upkeep)
    return list(merged.values())


def official_catalog_items(path: str | Path, levels: Iterable[int] = (3, 4)) -> list[Item]:
    """Items from the official catalogue CSV; each name (before any trailing note) is its only term.

    Generic names ("其他…", single characters) are skipped: they would match everything.
    """
    items = []
    with open_table(path, required=("code", "name", "level")) as table:
        for row in table:
            if int(row["level"]) not in set(levels):
                continue
            name = row["name"].split()[0]
            if name.startswith("其他") or len(name) < 2:
                continue
            items.append(Item(row["code"], name, "", (name,)))
    return items


def default_matcher() -> ItemMatcher:
    """The built-in items, plus the operator's file named by $JICAI_PROCUREMENT_ITEMS if set."""
    return _matcher(os.environ.get(ITEMS_ENV, ""))


@lru_cache(maxsize=4)
def _matcher(extra_path: str) -> ItemMatcher:
    items = list(builtin_items())
    if extra_path:
        try:
            text = Path(extra_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:  # named by $JICAI_PROCUREMENT_ITEMS: one line at start, not a traceback
            reason = e.strerror if isinstance(e, OSError) else "not UTF-8"
            raise _bad_items(extra_path, f"无法读取（{reason}）", f"cannot be read ({reason})") from None
        items = merge_items(items, parse_items(text, extra_path))
    return ItemMatcher(items)
