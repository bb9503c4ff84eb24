"""Clause segmentation: numbered headings (第X条, 一、, （一）, 1.1, A1., T1., Article 3, § 3, FIRST.-, Section 2) and their bodies.

A contract nests numbering (第一章 › 第一条 › 1.1 › （一）). The clause is the level that carries the
topics a reviewer cites: 第X条 when present, otherwise the first numbering style the document uses
at least twice; chapters and deeper sub-items stay inside it. Offsets index the returned text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from contracts import rx

_CN_NUM = "〇零一二三四五六七八九十百千两"
_PREFIX = r"^[ \t#*>]*"  # markdown headings / bold / quotes in pasted text

STYLES: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(_PREFIX + rf"第[{_CN_NUM}\d]+[章部分编](?=\s|[^\w]|$|[\u4e00-\u9fff])")),
    ("article_cn", re.compile(_PREFIX + rf"第[{_CN_NUM}\d]+条")),
    ("cn_enum", re.compile(_PREFIX + rf"[{_CN_NUM}]+[、．.](?!\d)")),
    ("cn_paren", re.compile(_PREFIX + rf"[（(][{_CN_NUM}]+[)）]")),
    ("article_en", re.compile(_PREFIX + r"(?:(?:(?:ARTICLE|Article|CLAUSE|Clause)\s+|(?:ART|Art)\.\s*)(?:\d+|[IVXLC]+)|§\s*\d+)\b(?!\.\d)")),  # Art. 8, § 4
    ("section_en", re.compile(_PREFIX + r"(?:SECTION|Section)\s+(?:[A-Z]\.)?\d+(?:\.\d+|[A-Z])?\b(?!\.\d)")),  # Section 7, Section B.7, Section 10A
    # Mexican / Spanish / Panamanian drafts: "FIRST.- PURPOSE", "FOURTEENTH.- RESCISSION", "## ELEVENTH. CONFIDENTIALITY"
    ("ordinal_en", re.compile(_PREFIX + r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|"
                              r"THIRTEENTH|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH|TWENTY-[A-Z]+)"
                              r"\s*(?:\.?\s*[-–—:]|\.(?=\s+[A-Z]{2}))")),
    # vendor order forms: A1. … / B7 … / A.3 Fees; standard terms after a letter: T1. …
    ("lettered", re.compile(_PREFIX + r"(?:[A-H]\d{1,2}(?:\.(?!\d)|\s+(?=[A-Z\u4e00-\u9fff]))|[A-Z]\.\d{1,2}\s+(?=[A-Z])|T\d{1,2}\.(?!\d))")),
    ("decimal_1", re.compile(_PREFIX + r"\d{1,2}(?:[A-F]?\.(?!\d)|[、．]|\s+(?=[A-Z\u4e00-\u9fff]))")),  # 11. and 11A. (added after 11.)
    ("decimal_2", re.compile(_PREFIX + r"\d{1,2}\.\d{1,2}(?!\.\d)(?:[.、．]|\s|(?=[\u4e00-\u9fffA-Z]))")),
    ("decimal_3", re.compile(_PREFIX + r"\d{1,2}\.\d{1,2}\.\d{1,2}")),
    ("paren_num", re.compile(_PREFIX + r"[（(]\d{1,2}[)）]")),
]
# an annex / schedule always starts a new clause, whatever numbering level the body uses
ANNEX = re.compile(_PREFIX + r"(?:(?:附件|附录|附表)\s*[一二三四五六七八九十\d]+|(?:ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|Schedule|EXHIBIT|Exhibit)\s+[A-Z0-9]{1,3}\b\s*$|"
                   r"(?:ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|Schedule|EXHIBIT|Exhibit)\s+[A-Z0-9]{1,3}\s*[-—:：])")  # "## Schedule 1 - Scope" too
# clause level preference when several styles occur: articles beat everything; chapters never clauses
_ARTICLE_LIKE = ("article_cn", "article_en", "ordinal_en")
_TOP_CANDIDATES = ("cn_enum", "decimal_1", "section_en", "decimal_2")


@dataclass
class Clause:
    index: int
    heading: str
    start: int
    end: int
    text: str
    type: str | None = None
    types: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """The text without its heading, wherever the heading sits: a title line may come before it."""
        at = self.text.find(self.heading) if self.heading else -1
        return self.text if at < 0 else self.text[:at] + self.text[at + len(self.heading):]

    def as_dict(self) -> dict:
        return {"index": self.index, "heading": self.heading, "type": self.type, "types": list(self.types),
                "start": self.start, "end": self.end, "text": self.text}


# an unnumbered title in upper case ("FEES", "PART 2 - FEES AND PAYMENT", "GOVERNING LAW AND DISPUTES")
_UPPER_TITLE = re.compile(r"[A-Z][A-Z0-9 &/,'’–—-]{2,59}")
_CN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,12}")  # "保密", "知识产权与成果归属"
# a price table's row the reading flattened ("1 应用系统运维 136,000", "合计 368,000"): a sum and no sentence
_PRICE_ROW = re.compile(r"[^。；;]*\d{1,3}(?:,\d{3})+[^。；;]*(?<!\.)")


def numbering_style(line: str) -> str | None:
    """The numbering a line opens with (one of STYLES), or None: what starts a clause here, and a numbered item elsewhere."""
    if rx.match(r"\s*\d{1,2}\s", line) and _PRICE_ROW.fullmatch(line.strip()):
        return None  # its serial number numbers no heading
    for name, pattern in STYLES:
        if pattern.match(line):
            return name
    return None


def _heading_of(line: str, style: str | None) -> str:
    """The numbering plus title: the whole line when it is a short title, else up to the first stop."""
    line = line.strip()
    m = dict(STYLES)[style].match(line) if style else None
    number = line[: m.end()].strip("#*> ").strip() if m else ""
    rest = line[m.end():] if m else line.lstrip("#> ")  # "## 服务范围"
    opened = rest.lstrip().startswith("**")  # "1. **Definitions.** …": the bold words after the number
    rest = rest.lstrip()[2:] if opened else rest
    bold = rx.match(r"([^*]{1,60}?)\*\*", rest) if line.startswith("**") or opened else None
    rest = (bold.group(1) if bold else rest).strip().strip("*").lstrip(".．:：").strip()  # "**A1. Service.** Ticketline shall …": the bold words
    if len(rest) <= 40 and not rx.search(r"[。；;]", rest.rstrip("。")) or len(rest) <= 60 and not rx.search(r"[。；;.,，:：、]", rest):
        title = rest  # (a title line with no stop at all is kept whole: "Software Licence and Intellectual Property")
    else:
        t = rx.match(r"(.{1,40}?)(?:[。；;:：]|\.\s)", rest)
        title = t.group(1) if t else rest[:40]
    title = title.rstrip(".。:：").strip()
    if not title:
        return number
    return number + title if not number or rx.search(r"[、．）)]$", number) else f"{number} {title}"


def _is_annex(line: str) -> bool:
    """An annex title line ('附件一 技术规格书'), not a sentence that mentions an annex."""
    return bool(ANNEX.match(line)) and len(line.strip()) <= 40 and not rx.search(r"[。；;]", line)


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _clause_levels(styles: list[str | None]) -> set[str]:
    counts: dict[str, int] = {}
    for s in styles:
        if s:
            counts[s] = counts.get(s, 0) + 1
    for s in _ARTICLE_LIKE:  # unambiguous: one is enough (a single pasted article) …
        n = counts.get(s, 0)
        earlier = styles[:styles.index(s)] if n else []
        # … unless it comes after a run of other numbered headings: "第7条造成的损失…", a reference a line break put first
        if n >= 2 or (n == 1 and not any(t in _TOP_CANDIDATES and counts.get(t, 0) >= 2 for t in earlier)):
            # an order form's A1. … A9. before the terms' Article 1 … are clauses too
            return {s, "lettered"} if earlier.count("lettered") >= 2 and "lettered" not in styles[len(earlier):] else {s}
    # the first top-level style the document uses at least twice
    level = next((s for s in styles if s in _TOP_CANDIDATES and counts.get(s, 0) >= 2), None)
    # (not a schedule's list inside the body, whose numbering goes on after it: "19.1 …" / "SCHEDULE A" / "A.1 Road freight lane
    # rates …" … "A.4 …" / "20.1 …")
    lettered = [i for i, s in enumerate(styles) if s == "lettered"]
    inside_body = bool(lettered) and level in styles[:lettered[0]] and level in styles[lettered[-1] + 1:] \
        and sum(s in _TOP_CANDIDATES for s in styles[:lettered[0]]) > sum(s in _TOP_CANDIDATES for s in styles[lettered[0]:])
    # (nor a schedule's list after the body, the body numbered in more lines than it: "14.1 …" / "ANNEX A: DATASETS" / "A.1 …" … "A.6 …")
    after_body = bool(lettered) and level in styles[:lettered[0]] and level not in styles[lettered[0]:] \
        and styles[:lettered[0]].count(level) > len(lettered)
    if len(lettered) >= 2 and not inside_body and not after_body:
        # an order form's A1. … A7. are clauses, and so are the numbered sections of the terms printed after them
        # (1. Definitions … 12. Law), but not the 2.1, 2.2 inside its B2. … nor a 6.1 inside its A6.
        tail = styles[lettered[-1] + 1:]
        n = Counter(tail)
        level = next((s for s in dict.fromkeys(tail) if s in _TOP_CANDIDATES and n[s] >= 2), level)
        return {"lettered"} | ({level} if level in ("cn_enum", "decimal_1", "section_en") else set())
    if not level:  # （一）… （九） alone, under the parties' names, or （1）… （30）
        return next(({s} for s in ("cn_paren", "paren_num") if counts.get(s, 0) >= 2), set())
    # a short list before the body, numbered in a style the body does not use (the parties "1. … 2. …" above "SECTION 1
    # - …", the 协议书's 一、… 五、 above the 通用条款' 1. … 14.): the body's numbering is a clause level too
    last = max(i for i, s in enumerate(styles) if s == level)
    head, tail = set(styles[:last]), styles[last + 1:]
    n = Counter(tail)
    body = next((s for s in dict.fromkeys(tail) if s in _TOP_CANDIDATES and s not in head and n[s] > counts[level]
                 and not (level == "decimal_1" and s == "decimal_2")), None)  # 1.1 after 1. is a level below it
    return {level, body} - {None}


def _title_lines(lines: list[tuple[int, str]]) -> list[bool]:
    """Unnumbered contracts: short lines without sentence punctuation followed by a body are headings."""
    flags = []
    for i, (_, line) in enumerate(lines):
        s = line.strip().strip("#*").strip()
        nxt = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        # (an upper-case title may be longer: "PART 5 - DATA, SECURITY AND CONFIDENTIALITY")
        short = len(s) <= 24 or bool(_UPPER_TITLE.fullmatch(s))
        flags.append(bool(rx.search(r"[A-Za-z\u4e00-\u9fff]", s)) and short and not rx.search(r"[。，,；;：:]$|[。；;]|\|", s) and not _PRICE_ROW.fullmatch(s)
                     and len(nxt) > len(s))  # a table row is no title
    return flags


def _upper_case_titles(lines: list[tuple[int, str]], styles: list[str | None], levels: set[str]) -> list[int] | None:
    """Unnumbered upper-case titles (FEES, PAYMENT, …) are the clauses when the only numbered lines are one short list under
    one of them ("FEES" over "1. API subscription … 2. … 3. …"), with three titles or more after it."""
    titles = [i for i, (_, line) in enumerate(lines) if i > 0 and _UPPER_TITLE.fullmatch(line.strip())
              and i + 1 < len(lines) and len(lines[i + 1][1].strip()) > len(line.strip())]
    items = [i for i, s in enumerate(styles) if s in levels]
    if not items or items[-1] - items[0] > len(lines) // 10 or any(items[0] < t < items[-1] for t in titles):
        return None
    return titles if sum(t > items[-1] for t in titles) >= 3 else None


def _titles_over_items(lines: list[tuple[int, str]], styles: list[str | None], titles: list[int], level: str) -> bool:
    """（1）… （15） standing as titles on lines of their own ("（12）违约责任"), each over items numbered 1. 2. … afresh, or
    5.1 5.2 … 6.1 under each."""
    if len(titles) < 3 or any(len(t) > 20 or rx.search(r"[。；;，,：:]", t) for i in titles
                              for t in [dict(STYLES)["paren_num"].sub("", lines[i][1], count=1).strip(" \t*#")]):
        return False
    return titles[0] < styles.index(level) and _numbered_afresh([line for (_, line), s in zip(lines, styles) if s == level])


def _numbered_afresh(items: list[str]) -> bool:
    """Whether the items' numbers start again somewhere (1. 2. … 1. 2.), as they do under titles, not through the document."""
    numbers = [(int(m[1]), m[2]) for line in items for m in [rx.search(r"(\d+)([A-F]?)", line)] if m]  # 11A goes on from 11
    return any(b <= a for a, b in zip(numbers, numbers[1:]))


def _markdown_sections(lines: list[tuple[int, str]], styles: list[str | None], levels: set[str]) -> list[int] | None:
    """Markdown headings without numbers ("## 服务范围") over numbered items: the headings are the clauses, the items
    stay inside them — where the items are numbered afresh under each heading (1. 2. … 1. 2.), or are fewer than the
    headings and none is a heading itself (one list "1. 合同签订后…支付50%" under "## 付款方式")."""
    # (… or numbered in a top style that is not the clause level: the terms' "## Section 1 Service" … "## Section 10A …" after an
    # order form's "## 1. Services" … "## 5. Renewal", whose items "1. … 2. …" are numbered afresh)
    other = {"section_en"} - levels
    heads = [i for i, (_, line) in enumerate(lines) if (styles[i] is None or styles[i] in other) and rx.match(r"#{2,6}\s+\S", line.strip())]
    if levels & set(_ARTICLE_LIKE):
        return None
    numbered = [i for i, style in enumerate(styles) if style in levels]
    items = [lines[i][1] for i in numbered]
    marked = [i for i in numbered if lines[i][1].lstrip().startswith("#")]
    # (numbered headings count too when the only other items are an order form's lettered ones, which stay clauses, or a list
    # above the first heading: the parties "1. … 2. …" above "## 1. Definitions" … "## 11A. Customer responsibilities" …
    # "## 13. General" and two "## Schedule 1 …")
    first = next((i for i, (_, line) in enumerate(lines) if rx.match(r"#{2,6}\s", line.strip())), len(lines))
    preamble_list = all(i < first or styles[i] == "lettered" for i in set(numbered).difference(marked))
    if len(heads) + (len(marked) if preamble_list else 0) < 3:
        return None
    if len(items) < len(heads) and not marked:
        return heads
    if not _numbered_afresh(items) and len(marked) < len(items):
        return None  # the numbering runs through the document: it is the clause level (beside the headings when they are all headings)
    # numbered headings under an unnumbered one ("## General Terms" over "### 1. Definitions" … "### 14. General", then the
    # schedules' own 1. 2. …) are clauses too, and so are an order form's lettered items (A1. … A5. under "## Part A") and numbered
    # headings set in bold (the General Terms' "**1. Definitions.**" … printed after "## D. Service levels")
    # and so are the items of a part that has no such headings: an order form's "## Fees" … "## Signatures", then "# GENERAL TERMS"
    # over "1. **Definitions.**" … "14. **General.**"
    parts = [i for i, (_, line) in enumerate(lines) if rx.match(r"#\s+\S", line.strip())] + [len(lines)]
    bare = [(a, b) for a, b in zip(parts, parts[1:]) if not any(rx.match(r"#{2,6}\s", line.strip()) for _, line in lines[a + 1:b])]
    return sorted(heads + [i for i, (_, line) in enumerate(lines) if styles[i] in levels and (
        rx.match(r"\s*(?:#|\*\*)", line) or styles[i] == "lettered" or any(a < i < b for a, b in bare))])


def _title_above(lines: list[tuple[int, str]], styles: list[str | None], start: int, previous: int) -> int:
    """The line a clause begins on: an unnumbered title over its number ("CONFIDENTIALITY" above "10.1 …", "保密" above "10.1")
    belongs to it, not to the end of the clause before — when that one keeps a body without it (not "CLAUSE 7" over its title)."""
    k = start - 1
    while k > previous and not lines[k][1].strip():
        k -= 1
    title = lines[k][1].strip().strip("#*").strip()
    if k <= previous or styles[k] is not None or not (_UPPER_TITLE.fullmatch(title) or _CN_TITLE.fullmatch(title)):
        return start
    own = lines[previous][1] if previous >= 0 else ""
    m = dict(STYLES)[styles[previous]].match(own) if previous >= 0 and styles[previous] else None
    rest = own[m.end():].strip(" .:：*#") if m else own.strip()
    body = any(line.strip() for _, line in lines[previous + 1:k]) or bool(rest) and not _UPPER_TITLE.fullmatch(rest)
    return k if body else start


def segment(text: str) -> list[Clause]:
    """Clauses covering the whole text in order; clause 0 is the preamble when text precedes the first heading."""
    lines = [(p, l) for p, l in _lines(text)]
    styles = [numbering_style(l) for _, l in lines]
    levels = _clause_levels(styles)
    flags = _title_lines(lines)
    items = [i for i, s in enumerate(styles) if s == "paren_num"]
    if levels == {"paren_num"} and sum(flags[i] for i in range(items[0], items[-1]) if styles[i] != "paren_num") >= 2:
        levels = set()  # unnumbered titles (服务范围 / 服务费用 / …) between items numbered （1）… （28） through them: the titles are the clauses
    if len(levels) == 1 and levels <= {"decimal_1", "decimal_2"} and _titles_over_items(lines, styles, items, next(iter(levels))):
        levels = {"paren_num"}  # "（12）违约责任" over "1. … 2. …" (or "9.1 …"), numbered afresh under each title: the titles are the clauses
    sections = (_markdown_sections(lines, styles, levels) or _upper_case_titles(lines, styles, levels)) if levels else None
    if sections:
        starts = sorted(set(sections) | {i for i, (_, line) in enumerate(lines) if _is_annex(line)})
    elif levels:
        starts = [i for i, (s, (_, line)) in enumerate(zip(styles, lines)) if s in levels or _is_annex(line)]
    else:
        starts = [i for i, f in enumerate(flags) if f and i > 0] if sum(flags) >= 3 else []  # line 0 is the contract's name
    bounds = []
    if not starts or starts[0] > 0:
        bounds.append((0, None))  # preamble
    bounds.extend((_title_above(lines, styles, i, previous), i) for previous, i in zip([-1] + starts, starts))
    clauses: list[Clause] = []
    for k, (first_line, heading_line) in enumerate(bounds):
        last_line = bounds[k + 1][0] if k + 1 < len(bounds) else len(lines)
        start = lines[first_line][0]
        end = lines[last_line - 1][0] + len(lines[last_line - 1][1]) if last_line > first_line else start
        body = text[start:end]
        if not body.strip():
            continue
        line = lines[heading_line][1] if heading_line is not None else ""
        heading = "" if heading_line is None else line.strip(" \t#*>") if _is_annex(line) else _heading_of(line, styles[heading_line])
        title = lines[heading_line + 1][1].strip().strip("#* ") if heading_line is not None and heading_line + 1 < last_line else ""
        if heading and heading == line.strip().strip("#*> ").rstrip(".:：") and 0 < len(title) <= 40 and not rx.search(r"[。；;.:：,，|]", title) \
                and styles[heading_line + 1] is None:
            heading = f"{heading} {title}"  # "CLAUSE 7" over "UNIVERSITY DATA": the title on the line below the number (not a table's header row)
        clauses.append(Clause(index=len(clauses), heading=heading, start=start, end=end, text=body))
    if not clauses:
        clauses.append(Clause(index=0, heading="", start=0, end=len(text), text=text))
    return clauses
