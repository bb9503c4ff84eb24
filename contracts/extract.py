"""A draft contract to facts: clauses with types, the API's `terms`, the clause each term came from,
and a flat `facts` dict the contract_risk rule pack reads.

Terms are read sentence by sentence with patterns for how Chinese and English contracts state
them (万分之三/日, 0.05% per day, 质保期为三年, twelve (12) months, 归甲方所有, vest in Customer …).
A term the text does not state stays None: a missing value is a finding for the rules to make,
never a default filled in here.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from contracts import rx
from contracts.caseless import caseless, fold
from contracts.classify import PrototypeIndex, classify
from contracts.numbers import (
    CURRENCY,
    CURRENCY_CODES,
    THOUSANDS,
    figure_value,
    find_amounts,
    find_durations,
    find_percents,
    to_hours,
    to_months,
    to_number,
)
from contracts.parsing import ContractInputError
from contracts.segment import Clause, numbering_style, segment
from contracts.sentences import contract_categories, default_model
from contracts.tco import contract_tco, tco_facts

BUYER = r"(?:甲方|采购人|采购方|买方|需方|委托方|发包方|用户方|招标人|Buyer|Customer|Client|Purchaser|Licensee|Ordering Party|Party A\b|First Party\b|Subscriber\b|the Bank)"
SUPPLIER = (r"(?:乙方|Party B\b|Second Party\b|供应商|供方|卖方|承包方|承包人|服务方|服务商|中标人|受托方|Supplier|Vendor|Contractor|Service Provider|Provider|"
            r"Licensor|Seller|Consultant|Reseller|Integrator)")
BUYER_EN = rf"(?:the )?{BUYER}"
SUPPLIER_EN = rf"(?:the )?{SUPPLIER}"
NEG = r"(?:不得|不能|不可|禁止|严禁|无权|shall not|may not|will not|must not|cannot|is not permitted|are not permitted|in no event)"

TERM_KEYS = ("availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law")


# Every key of Analysis.facts, with what it means; the contract_risk pack's conditions read these.
# None means "the text does not say" (the rule engine sees it as absent).
FACTS: dict[str, str] = {
    "availability_pct": "committed availability in % (the lowest committed figure); None: no figure stated",
    "p1_response_hours": "response time for critical (P1 / 一级 / 紧急 / severity 1) faults in hours; a response time for all faults when no priority is named; None: unstated",
    "sla_remedy": "a service credit / fee deduction / penalty for missing a service level exists (False when there is no SLA)",
    "ip_owner": "owner of the customised deliverables: buyer | supplier | joint; None: not stated (the supplier keeping its own product is not counted)",
    "data_security_clause": "a clause on data security and breach responsibility (encryption, breach notice, liability …); confidentiality alone does not count",
    "buyer_owns_data": "True: buyer data stated to belong to the buyer and no use beyond the contract; False: the supplier may use it beyond the contract; None: not stated",
    "confidentiality": "a confidentiality (non-disclosure) clause exists",
    "ld_rate_per_day_pct": "late-delivery damages per day in % of the contract value (per week ÷ 7, per month ÷ 30, amounts ÷ contract value); SLA credits excluded",
    "liability_cap_pct": "the supplier's total liability cap in % of the contract value (amount ÷ value; 'fees of N months' ÷ term); None: no cap or not computable",
    "prepayment_pct": "advance payment (on signing / before delivery) in % of the contract value",
    "final_payment_on_acceptance": "one-off deliveries: True when the final instalment waits for acceptance; None for fees paid per period or no schedule",
    "acceptance_clause": "an acceptance clause with criteria (specifications, test plan …); False when acceptance is deemed on delivery/installation",
    "warranty_months": "free warranty period in months; null in a service contract (the warranty rules are for goods and licences)",
    "post_warranty_fee_pct": "post-warranty annual service fee in % of the licence/hardware price (contract value when not itemised)",
    "auto_renewal_price_increase": "automatic renewal with a unilateral price increase (supplier's then-current prices, 'may increase' …)",
    "termination_for_breach": "the buyer (or either / the non-breaching party) may terminate for the other party's breach",
    "subcontract_without_consent": "True: the supplier may subcontract without the buyer's written consent (mere notice counts as without); False: consent required or prohibited; None: not addressed",
    "governing_law": "governing law: PRC | Hong Kong SAR | Macao SAR | Taiwan | Singapore | England and Wales | New York | … ; None: unstated",
    "contract_kind": "goods_or_licence (hardware, licences, systems delivered and accepted) | service (subscription, cloud, O&M): CR-WARRANTY, CR-POST-WARRANTY-FEE and CR-TCO-SERVICE-SHARE apply to goods_or_licence only",
    "contract_value": "contract value in CNY: the caller's, else the stated total, else the sum of itemised prices",
    "contract_value_stated": "the total the text states, in CNY",
    "term_years": "contract / service term in years: the caller's, else the stated one",
    "licence_or_hardware_price": "itemised licence + hardware price in CNY (the fee base and TCO purchase price)",
    "implementation_fee": "itemised implementation / installation fee in CNY",
    "sla_clause": "a measurable service level exists (availability figure or fault response/resolution times); 'reasonable efforts' is not one",
    "ip_buyer_free_use": "with joint IP, the buyer may use, modify and license the deliverable freely",
    "data_use_beyond_contract": "the supplier may use buyer data beyond performing the contract (also de-identified / aggregated / licensed)",
    "ld_stated": "liquidated damages for delay or breach exist (per-SLA credits do not count)",
    "liability_cap_stated": "a cap on the supplier's liability is stated",
    "liability_cap_below_value": "True: the cap is below 100 % of the contract value, or is 'fees paid in the last N months' on a longer or one-off contract; None: a cap whose share cannot be computed",
    "liability_cap_amount": "the cap when stated as an amount, CNY",
    "fees_per_period": "a service contract paid per period (monthly, quarterly, yearly)",
    "acceptance_deemed_on_delivery": "acceptance deemed on delivery / installation / go-live",
    "warranty_period_stated": "a warranty period is stated at all (also when its length is redacted)",
    "post_warranty_fee_stated": "a post-warranty fee is stated as a % or an amount",
    "post_warranty_fee_capped": "False: the post-warranty fee is open (supplier's price list, unilateral increase, to be negotiated); True: fixed; None: no post-warranty fee wording",
    "post_warranty_fee_amount": "post-warranty annual fee in CNY",
    "post_warranty_fee_increase_pct": "a stated yearly increase of the post-warranty fee in %",
    "auto_renewal": "the contract renews automatically",
    "termination_for_convenience": "a party may terminate without cause / at any time on notice",
    "governing_law_prc": "the governing law is PRC law (None: unstated)",
    "governing_forum_outside_mainland": "disputes go to a court or arbitration seat outside mainland China (HK, Macao, Taiwan, abroad)",
    "tco_total": "TCO over the horizon in CNY (goods_or_licence with a known value), policy §4",
    "tco_post_warranty_share_pct": "post-warranty fees as % of TCO; None when the fee is unknown or TCO does not apply",
    "tco_horizon_years": "the TCO horizon used, years (the pack re-derives the share when its own horizon differs)",
    "tco_discount_rate": "the discount rate the TCO used; None: undiscounted",
    "tco_operating_cost_per_year": "the operating cost per year the TCO added, CNY (0 unless given)",
    "language": "zh | en",
}


@dataclass(unsafe_hash=True)  # hashable by its fields (never changed after reading), so that a set finds it
class Sentence:
    clause: int
    text: str
    start: int  # offset in the document text
    table_row: bool = False  # a Markdown table row, read as 'header：cell | …' (one item per row)

    @cached_property
    def folded(self) -> str | None:
        return fold(self.text)

    def says(self, pattern: str) -> bool:
        """Whether `rx.search(pattern, self.text, re.I)` finds it, at case-sensitive speed where that is exact (contracts.caseless)."""
        return caseless(pattern).search(self.text, self.folded)


@dataclass
class Analysis:
    text: str
    language: str
    clauses: list[dict]
    terms: dict
    term_clause: dict
    facts: dict
    tco: dict | None = None
    # readings the contract_risk pack does not take (not in FACTS), with the clause each came from:
    # "rejection_period" — a time limit to inspect deliveries and reject them or claim for defects (质量异议期);
    # "sentence_labels" — English only: for each label of contracts.sentences, the best sentence's probability and clause;
    # "categories" — contracts.sentences.contract_categories: which of six topics the contract covers, contract-wide
    other_terms: dict = field(default_factory=dict)
    # how the text was read where a reviewer must know it: {"code": "parties_swapped" | "special_terms_prevail" |
    # "clause_amended", "clause", "start", "text": what says so, "affects": [{"clause", "start", "text"}] the sentences
    # it replaces or changes, "words": [[old, new]] changed in place}
    readings: list[dict] = field(default_factory=list)


def detect_language(text: str) -> str:
    cjk = len(rx.findall(r"[\u4e00-\u9fff]", text[:20000]))
    return "zh" if cjk >= 0.1 * max(1, len(rx.sub(r"\s", "", text[:20000]))) else "en"


# a sentence ends at 。；;！？, a line break, or ". " before a capital, a parenthesis or a numbered item
# ("… of the breach. 14.2 Each Party may …": EDGAR text often runs a whole section's sub-items on one line), not after an
# abbreviation that names a provision ("Liability under para. (2) is limited …", "under Art. 4.1 (CNY 1,072,000)"), but after
# the number it names when a quoted term follows ("… stated in Art. 3.1. "Hardware and Licence Subtotal" means …"), and after a
# year or a sum ("… the first invoice being issued on 1 November 2025. The integration … fee is invoiced after …") or a
# provision's number ("… with the same service levels and service credits as in Articles 6.2 and 6.3. The annual support fee …")
_ABBREVIATIONS = "".join(rf"(?<!\b{re.escape(a)})" for a in ("i.e", "e.g", "para", "paras", "Para", "art", "Art", "sec", "Sec", "cl", "Cl", "No", "Nos"))
# a provision's number ends a sentence too when it is cited mid-line ("… under Part B Section 3. Subscription fees are
# invoiced …"); a line that starts with one ("Section 3. Fees") is a heading's number, not a sentence's end
_CITED_NUMBER = "|".join(rf"(?<= {w} \d)|(?<= {w} \d\d)" for word in ("Section", "Article", "Clause", "Schedule", "Part", "Annex", "Exhibit", "Appendix", "Attachment")
                         for w in (word, word.lower()))
_SENT_SPLIT = re.compile(r"(?<=[。；;！？!?])|\n|(?:(?<=[a-z\)\"”\]])|(?<=[A-Z]{2}))" + _ABBREVIATIONS + r"\.\s+(?=[A-Z(\"“]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-Z(\"“])|(?<=\d)\.\s+(?=[\"“][A-Z])|"
                         r"(?:(?<=\b\d{4})|(?<=,\d{3})|(?<=\d\.\d)|(?<=\d\.\d\d)|" + _CITED_NUMBER + r")\.\s+(?=[A-Z][a-z])")


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
_AMOUNTS_IN = re.compile(rf"\b(?:amounts|prices|fees|figures|sums)\b[^.;]{{0,20}}?\b(?:are |is )?(?:in|stated in|expressed in|quoted in|denominated in) ({CURRENCY_CODES})\b", re.I)
_HEADER_UNIT = re.compile(rf"[（(]\s*(?:[^()（）,，;；]{{1,10}}[,，]\s*)?(?:in\s+)?({CURRENCY_CODES}|人民币元|万元|元)\s*(?:[,，;；][^)）]{{0,30}})?[)）]|^\s*({CURRENCY_CODES}|人民币元|万元|元)\s*$", re.I)


def _table_row(cells: list[str], header: list[str], caption_unit: str | None = None) -> str:
    """A Markdown table row read as 'header：cell | …', so that a term in a table reads like one in a
    sentence ('Response：1 hour' under 'Severity 1'); a bare number under 'Amount (RMB)' gets its unit, and
    one under a money column ('Fee for the Subscription Term') the unit of the table's caption
    ('A3. Products and Fees (CNY, VAT included)')."""
    parts = []
    for name, cell in zip(header, cells):
        if not cell:
            continue
        header_unit = _HEADER_UNIT.search(name)
        unit = header_unit and (header_unit.group(1) or header_unit.group(2))
        if not unit and caption_unit and rx.search(r"fee|price|amount|total|charge|cost|金额|价|费|合计|小计", name, re.I):
            unit = caption_unit
        number = rx.match(r"\d[\d,]*(?:\.\d+)?(?=\s|/|$)", cell)
        worked = rx.fullmatch(r"([\d,.\s+×xX*()]+=\s*)(\d[\d,]*(?:\.\d+)?)", cell)  # a sum worked out in the cell: "58,000 + 24 × 46,000 = 1,162,000"
        if unit and (worked or number):  # "672,000 per year" under "Amount (CNY)", "Charge (CNY, VAT included)" or "CNY"; a worked sum's result
            before, figure, after = (worked.group(1), worked.group(2), "") if worked else ("", number.group(0), cell[number.end():])
            # (人民币元 is read as 元: "1,260,000人民币元" is no amount the number readings know)
            cell = f"{before}{figure}{unit.removeprefix('人民币')}{after}" if "元" in unit else f"{before}{unit} {figure}{after}"
        parts.append(f"{name}：{cell}" if name else cell)
    return " | ".join(parts)


def _table_cells(lines: list[str]) -> list[list[str] | None]:
    """Each line's cells when it is a table row, else None. A Markdown row is fenced by pipes; a plain
    text table ("指标 | 承诺值 | 未达标处理") is a run of two or more lines with the same number of pipes."""
    out: list[list[str] | None] = []
    for line in lines:
        row = _TABLE_ROW.match(line)
        out.append([_plain(cell) for cell in row.group(1).split("|")] if row else None)
    pipes = [line.count("|") if cells is None and not _TABLE_RULE.match(line) else 0 for line, cells in zip(lines, out)]
    for i, n in enumerate(pipes):
        if n and ((i > 0 and pipes[i - 1] == n) or (i + 1 < len(pipes) and pipes[i + 1] == n)):
            out[i] = [_plain(cell) for cell in lines[i].split("|")]
    return out


def _plain(cell: str) -> str:
    """A cell's text without Markdown emphasis: "**36.0**" is 36.0."""
    return rx.sub(r"^(\*\*|__)(.*)\1$", r"\2", cell.strip()).strip()


def _sentences(clauses: list[Clause]) -> list[Sentence]:
    out = []
    for c in clauses:
        lines = c.text.split("\n")
        table = _table_cells(lines)
        offset, header, caption_unit = c.start, None, None
        for i, line in enumerate(lines):
            start, offset = offset, offset + len(line) + 1
            cells = table[i]
            if cells is not None:
                if _TABLE_RULE.match(line):
                    continue
                fenced = _TABLE_ROW.match(line)
                first = i == 0 or table[i - 1] is None
                if (fenced and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1])) or (
                        first and not any(rx.search(r"\d", cell) for cell in cells)
                        and (not fenced or (len(cells) >= 3 and all(len(cell) <= 24 for cell in cells)))):
                    header = cells
                    # the caption above, past a blank line: "A3. Products and Fees (CNY, VAT included)", "All amounts are in CNY and include VAT."
                    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "") if i > 0 and table[i - 1] is None else ""
                    caption = _HEADER_UNIT.search(above) or _AMOUNTS_IN.search(above)
                    caption_unit = caption.group(1) if caption else None
                elif header and len(cells) == len(header):
                    line = _table_row(cells, header, caption_unit)
                out.append(Sentence(c.index, rx.sub(r"\s+", " ", line), start, table_row=True))
                continue
            header, pos = None, 0
            for piece in _SENT_SPLIT.split(line):
                if piece is None:
                    continue
                idx = line.find(piece, pos)
                pos = idx + len(piece) if idx >= 0 else pos
                if piece.strip():  # runs of spaces (PDF and EDGAR text) are one space for the patterns
                    out.append(Sentence(c.index, rx.sub(r"\s+", " ", piece), start + max(idx, 0)))
    return out


def _phrases(text: str) -> list[str]:
    return [p for p in rx.split(r"[，；;]|,(?!\d{3})|(?<=\w)\s+and\s+(?=\w)", text) if p.strip()]


# A government procurement contract in two parts: 合同通用条款 (general terms) and 合同专用条款 (special terms,
# which prevail: "专用条款与通用条款不一致的，以专用条款为准"); FIDIC-style General / Particular Conditions.
_SPECIAL_PART = (r"^\W*(?:第[一二三四五六七八九十\d]+部分\s*)?(?:合同)?(?:专用|特殊|特别)(?:合同)?条款\W*$|"
                 r"^\W*(?:Part [IVX\d]+\W*)?(?:Special|Particular) (?:Conditions|Terms)(?: of (?:the )?Contract)?\W*$")
_NEXT_PART = r"^\W*第[一二三四五六七八九十\d]+部分|^\W*Part [IVX\d]+\b|^\W*(?:附件|Annex|Appendix|Schedule)\s*\S{0,3}\s"
# "通用条款第5.1款修改为…", "第六条第1款修改为…", "第十条第1款中的“万分之五”修改为“万分之三”", "Clause 9.2 is deleted and replaced"
_ARTICLE_NO = r"(\d+|[一二三四五六七八九十]+)"  # 14 or 十四
_REFERENCE = (rf"第\s*{_ARTICLE_NO}\s*条(?:\s*第\s*{_ARTICLE_NO}\s*款)?|"
              r"第?\s*(\d+)\.(\d+)\s*[款条]|(?:Clause|Section|Condition|Sub-[Cc]lause|GCC)\s+(\d+)(?:\.(\d+))?")
_CHANGED = r"修改为|变更为|调整为|替换为|改为|(?:is|are|shall be) (?:hereby )?(?:amended|replaced|deleted|modified|substituted)"
_CHANGE_WORDS = ("改为", "变更为", "调整为", "替换为", "amended", "replaced", "deleted", "modified", "substituted")  # one is in every _CHANGED and _IN_PLACE match
_IN_PLACE = r"中的?\s*[“\"]([^”\"]{1,40})[”\"]\s*(?:修改|变更|调整|替换|改)为\s*[“\"]([^”\"]{1,40})[”\"]"


def _article_number(token: str | None) -> int | None:
    return None if not token else int(token) if token.isdigit() else int(to_number(token) or 0) or None


def _changes(text: str) -> list[tuple[int, int | None, tuple[str, str] | None]]:
    """The clauses a sentence says it changes: (article, paragraph or None, (old words, new words) when only words change)."""
    out = []
    low = text.lower()
    if not any(word in low for word in _CHANGE_WORDS):  # a plain substring test: most sentences change nothing
        return out
    for m in rx.finditer(_REFERENCE, text, re.I):
        rest = text[m.end():m.end() + 40]
        words = rx.match(r"\s*" + _IN_PLACE, rest)
        if not (words or rx.match(r"[^。；;.]{0,20}?(?:" + _CHANGED + ")", rest, re.I)):
            continue
        groups = m.groups()
        article = _article_number(groups[0] or groups[2] or groups[4])
        para = _article_number(groups[1] or groups[3] or groups[5])
        if article:
            out.append((article, para, (words.group(1), words.group(2)) if words else None))
    return out


def _heading_article(heading: str) -> int | None:
    """The article a heading numbers: "第六条 故障响应与考核" is 6, "10. Liability" is 10."""
    h = rx.match(rf"\W*(?:第\s*{_ARTICLE_NO}\s*条|(?:Article|Clause|Section)?\s*(\d+)[.、．\s])", heading, re.I)
    return _article_number((h.group(1) or h.group(2)) if h else None)


def _position(s: Sentence, heading: str) -> tuple[int | None, int | None]:
    """(article, paragraph) of a sentence: "5.3 …" is 5.3; a sentence "1. …" under 第十条 / "10. …" is 10.1."""
    m = rx.match(r"\s*(\d+)\.(\d+)(?![\d])", s.text)
    if m:
        return int(m.group(1)), int(m.group(2))
    article = _heading_article(heading)
    p = rx.match(rf"\s*(?:(\d+)[.、．](?!\d)|[（(]{_ARTICLE_NO}[）)]|第{_ARTICLE_NO}款)", s.text)
    return article, _article_number(next((g for g in p.groups() if g), None)) if p else None


def _prevailing(sentences: list[Sentence], clauses: list[Clause]) -> tuple[list[Sentence], list[dict]]:
    """The sentences in the order a reading should meet them: a special-terms part (合同专用条款, Particular
    Conditions) and any sentence that amends another clause (第十六条 合同变更条款: "第八条修改为…") first, so that a
    reading taking the first statement takes the one that prevails; the sentences they replace are dropped, and
    where only words change ("第十条第1款中的“万分之五”修改为“万分之三”") the words are changed in place.
    Also returns the readings a reviewer is told about: what prevails, over which sentences."""
    start = next((i for i, s in enumerate(sentences) if rx.search(_SPECIAL_PART, s.text, re.I)), None)
    special = []
    if start is not None:
        end = next((i for i in range(start + 1, len(sentences)) if rx.search(_NEXT_PART, sentences[i].text, re.I)), len(sentences))
        special = sentences[start:end]
    special_ids = {id(s) for s in special}
    changes_of = [_changes(s.text) for s in sentences]
    amending = [s for s, found in zip(sentences, changes_of) if found and id(s) not in special_ids]
    if not special and not amending:
        return sentences, []
    # each change with the reading it belongs to: the special part's as one, each amending sentence's own
    readings = ([_reading("special_terms_prevail", special[0])] if special else []) + [_reading("clause_amended", s) for s in amending]
    by_sentence = {id(s): readings[0] for s in special} | {id(s): r for s, r in zip(amending, readings[bool(special):])}
    changes = [(change, by_sentence[id(s)]) for s, found in zip(sentences, changes_of) for change in found]
    heading = {c.index: c.heading for c in clauses}
    first = special + amending
    out = []
    for s in sentences:
        if id(s) in by_sentence:
            continue
        article, para = _position(s, heading.get(s.clause, ""))
        hit = [(c, reading) for c, reading in changes if c[0] == article and (c[1] is None or c[1] == para)]
        for _, reading in hit:
            if s.text.strip() != heading.get(s.clause, "").strip() and (not reading["affects"] or reading["affects"][-1]["start"] != s.start):
                reading["affects"].append({"clause": s.clause, "start": s.start, "text": s.text})
        if not hit:
            out.append(s)
        elif all(c[2] for c, _ in hit):  # words changed in place
            text = s.text
            for (_, _, (old, new)), reading in hit:
                text = text.replace(old, new)
                if [old, new] not in reading["words"]:
                    reading["words"].append([old, new])
            out.append(Sentence(s.clause, text, s.start, s.table_row))
    return first + out, readings


def _reading(code: str, s: Sentence) -> dict:
    return {"code": code, "clause": s.clause, "start": s.start, "text": s.text, "affects": [], "words": []}


def _roles_inverted(clauses: list[Clause]) -> dict | None:
    """A supplier's own template may name itself 甲方 ("甲方（卖方、供货方）", "“甲方”系指卖方"): the policy reads the
    contract from the buyer's side, so 甲方 and 乙方 are then read the other way round. Returns the reading that
    says where the text names them so, or None."""
    head = "\n".join(c.text for c in clauses)[:3000]
    seller = r"卖方|供货方|供方|出卖人|销售方|服务方|供应商|承包方|受托方|(?<!被)许可方"
    buyer = r"买方|采购方|采购人|需方|买受人|委托方|发包方|用户|被许可方"
    m = rx.search(rf"甲方\s*[（(][^）)]{{0,12}}(?:{seller})[^）)]{{0,12}}[）)]?|[“\"]?甲方[”\"]?\s*(?:系指|是指|指)\s*(?:{seller})|"
                  rf"乙方\s*[（(][^）)]{{0,12}}(?:{buyer})[^）)]{{0,12}}[）)]?|[“\"]?乙方[”\"]?\s*(?:系指|是指|指)\s*(?:{buyer})", head)
    offset = 0
    for c in clauses if m else ():  # the clause holding the match in the joined text
        if m.start() < offset + len(c.text) + 1:
            return _reading("parties_swapped", Sentence(c.index, m.group(0), c.start + m.start() - offset))
        offset += len(c.text) + 1
    return None


def swap_party_names(text: str) -> str:
    """甲方 ↔ 乙方: a contract whose supplier is 甲方 read from the buyer's side, and the buyer's wording put back in its names."""
    return rx.sub(r"[甲乙]方", lambda m: "乙方" if m.group(0) == "甲方" else "甲方", text)


# an English contract naming a party by its own short name: 'Supplier: Quillwork Cloud Ireland Limited, … ("Quillwork")',
# 'Quillwork Cloud Ireland Limited ("Quillwork" or the "Supplier")'
_ROLE_LABELS = {"Supplier": r"Supplier|Vendor|Service Provider|Provider|Licensor|Lessor|Seller|Contractor",
                "Customer": r"Customer|Buyer|Purchaser|Client|Licensee|Lessee"}
_SHORT_NAME = r"[“\"](?:the\s+)?([A-Z][\w&.\- ]{1,30}?)[”\"]"  # ("Tribuna"), ("the Club")
_ENTITY = r"(?:Limited|Ltd\.?|Inc\.?|LLC|Corporation|Corp\.?|Company|GmbH|PLC|JSC|S\.L\.|S\.A\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|N\.V\.|Sdn\.? Bhd\.?|公司)"  # ("LotusShift Technology Joint Stock Company")
# what a supplier does in its own name: grants the licence, delivers, installs, performs
_SUPPLIES = r"(?:shall |will |must )?(?:grants?|licen[cs]es?|delivers?|supplies|supply|provides?|installs?|implements?|carries out|carry out|performs?|develops?)\b"


def _party_names(text: str) -> dict[str, str]:
    """{short name: the role word the readings know} for the parties the preamble of `text` (the clauses' text) names by a
    short name of their own."""
    head = rx.sub(r"\*\*|__", "", text[:3000])  # '(the "**Museum**")'
    names = {}
    for role, labels in _ROLE_LABELS.items():
        # ("Vendor: Vilm Ticketing GmbH, … ("Vilm")", or the same in a table row: "| Vendor | Vilm Ticketing GmbH, … ("Vilm") |";
        # not a sentence's "… shall provide to the Customer: (a) access to …")
        for m in rx.finditer(rf"(?:^|(?<=[\s)”\"]))(?<![Tt]he )(?:{labels})\s*[:：|][^\n]{{0,200}}?\(\s*(?:the\s+)?{_SHORT_NAME}\s*\)|"
                             rf"\(\s*(?:the\s+)?{_SHORT_NAME}\s*(?:or|and)\s*(?:the\s+)?[“\"](?:{labels})[”\"]\s*\)", head, re.M):
            name = m.group(1) or m.group(2)
            if not rx.fullmatch(f"{BUYER}|{SUPPLIER}", name):
                names[name] = role
    # one company defined by a name of its own ('Sentrix Cyber, Inc., a Delaware corporation ("Sentrix")') and the
    # other party by its role ('the customer named in A1 ("Customer")'): the name is the other role
    # (past an aside in brackets and a line break: 'Bergwand Software GmbH, Herreninsel 3, 83209 Chiemsee (Herrenchiemsee),
    # Germany; … ("Bergwand")')
    defined = rx.findall(rf"{_ENTITY}(?:[^()\n]|\n(?!\s*\n)|\([^()\n]{{0,40}}\)){{0,200}}?\(\s*(?:the\s+)?{_SHORT_NAME}", head)
    roles = rx.findall(rf"\(\s*(?:the\s+)?{_SHORT_NAME}", head)
    own = [n for n in dict.fromkeys(defined) if not rx.fullmatch(f"{BUYER}|{SUPPLIER}", n) and n not in names]
    if len(own) == 1:
        if any(rx.fullmatch(BUYER, n) for n in roles):
            names[own[0]] = "Supplier"
        elif any(rx.fullmatch(SUPPLIER, n) for n in roles):
            names[own[0]] = "Customer"
    # parties listed under labels: "VOLTARIA: VOLTARIA MOBILITY SOFTWARE, S.L., …" and "CUSTOMER: Shenzhen … Co., Ltd., …";
    # "Provider: ROUTECAB TECHNOLOGIES S.R.L., …, represented by …" and "Beneficiary: DALIAN HAIXING TAXI COOPERATIVE, with its seat at …"
    labels = list(dict.fromkeys(rx.findall(rf"^\W*([A-Z][\w&.\-]{{1,30}})\s*[:：][^\n]{{0,200}}?(?:{_ENTITY}|represented by|with its (?:registered office|seat))", head, re.M)))
    if len(labels) == 2 and not names:
        _name_the_other(labels, names)
    # an order form's parties under their roles, "Vendor:    Vinotura DOOEL Skopje", and the text going on with "Vinotura may
    # change the Subscription Fee …" (or a table row's "| Vendor | Réservia SAS, …" and "Réservia may increase …"): the name's
    # first word, where it acts on its own
    for role, role_labels in _ROLE_LABELS.items() if not names else ():
        m = rx.search(rf"^\W*(?:{role_labels})\s*[:：|]\s*([A-Z][\w&\-]{{3,30}})\b", head, re.M)
        if m and not _role_word(m.group(1)) and _acts(m.group(1), text):
            names[m.group(1)] = role
    # … or the parties as a table's columns: "| | Vendor | Customer |" over "| Name | Harbourline Software Inc. | Foshan … |"
    tables = rx.finditer(r"^\|([^\n]*)\|[ \t]*\n\|[-:| \t]+\|[ \t]*\n\|([^\n]*)\|", head, re.M) if not names else ()
    for header, cell in (pair for table in tables for pair in zip(*(map(str.strip, g.split("|")) for g in table.groups()))):
        role = next((role for role, role_labels in _ROLE_LABELS.items() if rx.fullmatch(role_labels, header)), None)
        m = rx.match(r"([A-Z][\w&\-]{3,30})\b", cell)
        if role and m and not _role_word(m.group(1)) and _acts(m.group(1), text):
            names[m.group(1)] = role
    # … or only the customer under its role, the vendor in the letterhead ("**Wattbuch GmbH** · Strandstraße 14 · Borkum"
    # over "Customer: Hangzhou … Co., Ltd.") and the text going on with "Wattbuch may adjust …"
    labelled = [(role, m.group()) for role, role_labels in _ROLE_LABELS.items() if not names
                for m in [rx.search(rf"^\W*(?:{role_labels})\s*[:：].*$", head, re.M)] if m]
    if len(labelled) == 1:
        (role, line), = labelled
        for m in rx.finditer(rf"\b([A-Z][\w&\-]{{3,30}})(?:[ \t]+[A-Z][\w&\-]*){{0,3}}[ \t]+{_ENTITY}", head):
            if m.group(1) not in line and not _role_word(m.group(1)) and _acts(m.group(1), text):
                names[m.group(1)] = _OTHER_ROLE[role]
                break
    # the parties may stand on lines of their own, or fill the preamble before "agree as follows"
    parties = rx.search(r"(?:\bbetween\b|\bthe undersigned\b|^\W*(?:the |contracting )?parties\W*$|^\W*appearing\W*$).{0,1200}|"
                        r"\A.{0,1500}?(?=\b(?:hereby |have )?agreed? as follows)", head, re.I | re.S | re.M)
    # ("Museum"), (the **University**), hereinafter referred to as "the Institute", (hereinafter: the Museum), (hereinafter, the "Club")
    # (a Spanish draft's parties "APPEARING" one per line)
    # (not the document's own name: 'This Software Licence and Services Agreement (the "Agreement") is made between …')
    short = [n for a, b, c in rx.findall(rf"\(\s*(?:the\s+)?{_SHORT_NAME}\s*\)|\(\s*(?:here(?:in)?after\s*:\s*)?the\s+([A-Z][\w&.\-]{{1,30}})\s*\)|"
                                         rf"here(?:in)?after,?\s+(?:referred to as |called )?(?:the\s+)?[“\"](?:the\s+)?([A-Z][\w&.\- ]{{1,30}}?)[”\"]",
                                         parties.group()) for n in [a or b or c]
             if not rx.fullmatch(r"(?:[A-Z]\w+ )*(?:Agreement|Contract|Order(?: Form)?|Terms|MSA|SOW|Schedule|Annex|Appendix|Exhibit)", n)][:2] if parties and not names else []
    if len(short) == 2:  # 'between Jiangnan Natural History Museum, … (the "Museum"), and Archivault B.V., … (the "Vendor")'
        _name_the_other(short, names)
        if not any(map(_role_word, short)):  # two names of their own ("Collectia", "the Museum"): the supplier is the one that acts
            acts = [len(rx.findall(rf"\b{re.escape(n)}\s+{_SUPPLIES}", text)) for n in short]
            if max(acts) >= 2 and max(acts) > 2 * min(acts):
                supplier = acts.index(max(acts))
                names[short[supplier]], names[short[1 - supplier]] = "Supplier", "Customer"
    # a vendor's paper that speaks as "we" to "you": ("Bosun", "we", "us", "our") and ("Customer", "you", "your")
    # … or in a definition: 'In this Order Form "we", "us" and "Tidewake" mean Tidewake Bookings Limited, and "you" means …';
    # a pronoun's also in the vendor's terms after the order form: 'Friesenwind Software GmbH ("we", "us") provides …'
    # … or 'The Customer is referred to as "you" or the "Customer"'
    alias_group = re.compile(r"\(\s*[“\"][^()\n]{1,80}[”\"]\s*\)|(?:[“\"][^“”\"\n]{1,30}[”\"](?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?){1,4}\s+means?\b|"
                             r"referred to as\s+(?:(?:the\s+)?[“\"][^“”\"\n]{1,30}[”\"](?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?){1,4}")
    later = [(text, g) for g in alias_group.finditer(text, len(head), 12000) if rx.search(r"[“\"](?:we|you)[”\"]", g.group(), re.I)]
    for source, group in [*((head, g) for g in alias_group.finditer(head)), *later]:
        aliases = [rx.sub(r"^the\s+", "", a) for a in rx.findall(r"[“\"]([^“”\"]{1,30})[”\"]", group.group())]  # ("Client" or "the Board")
        # the group's role: a role word in it, a party name read above (not a pronoun read above: "our" is "Supplier's"),
        # the role word it follows in an order form's list of parties: Supplier ("Tidewell", "we", "us"): …, or the pronoun
        # it goes by: ("BMC", "we", "us") speaks for the supplier
        before = rx.search(rf"(?:^|\n)\W*({BUYER}|{SUPPLIER})\s*$", source[:group.start()])
        spoken = next((role for role, (pronoun, _) in _PRONOUNS.items() for a in aliases if a.lower() == pronoun), None)
        role = next(filter(None, (_role_word(a) or (names.get(a) if names.get(a) in _PRONOUNS else None) for a in aliases)), None) \
            or (_role_word(before.group(1)) if before else None) or spoken
        for a in aliases:
            if role and a.lower() in _PRONOUNS[role]:
                subject, possessive = _PRONOUNS[role]  # "we" brings "our" (and "ours": "Customer Data is yours")
                for word, suffix in ((subject, ""), (possessive, "'s"), (possessive + "s", "'s")) if a.lower() == subject else ((possessive, "'s"), (possessive + "s", "'s")):
                    names[word] = names[word.capitalize()] = role + suffix
            elif (before or spoken or any(map(_role_word, aliases))) and role and a[0].isupper() and not _role_word(a) and a.lower() != "us":
                names[a] = role  # the name it goes by: "Tidewell", "the Board"
    return names


_PRONOUNS = {"Supplier": ("we", "our"), "Customer": ("you", "your")}  # never "us": it is also the US of US$
_OTHER_ROLE = {"Supplier": "Customer", "Customer": "Supplier"}


def _acts(name: str, text: str) -> bool:
    """A name the text makes act on its own ("Wattbuch may adjust …", "Vinotura shall …") at least twice."""
    return len(rx.findall(rf"\b{re.escape(name)}\s+(?:shall|may|will|must)\b", text)) >= 2


def _name_the_other(pair: list[str], names: dict[str, str]) -> None:
    """Of two parties, one named by its role and one by a name of its own: the name is the other role."""
    for name, other in (pair, pair[::-1]):
        if _role_word(other) and not _role_word(name):
            names[name] = _OTHER_ROLE[_role_word(other)]


def _role_word(name: str) -> str | None:
    """"Customer" or "Supplier" when `name` is one of the role words the readings know (Licensee, Vendor, 甲方 …)."""
    return "Customer" if rx.fullmatch(BUYER, name, re.I) else "Supplier" if rx.fullmatch(SUPPLIER, name, re.I) else None


# a currency the contract writes by a letter it defines: 'A reference to "K" or "Kina" is to the lawful currency of Papua New Guinea'
_LETTER_CURRENCY = re.compile(r"[“\"]([A-Z][a-z]?)[”\"](?:\s*(?:or|and)\s*[“\"][A-Z][a-z]+[”\"])?[^.;\n]{0,60}\bcurrency\b")


def _currency_letter(clauses: list[Clause]) -> str | None:
    m = next((m for c in clauses[:40] for m in [_LETTER_CURRENCY.search(c.text)] if m), None)
    return m.group(1) if m else None


def _rewritten(sentences: list[Sentence], rewrite: Callable[[str], str]) -> list[Sentence]:
    return [replace(s, text=rewrite(s.text)) for s in sentences]


_CONTRACTIONS = [(re.compile(r"\b([Ww])on[’']t\b"), r"\1ill not"), (re.compile(r"\b([Cc])an[’']t\b"), r"\1annot"),
                 (re.compile(r"\b([Ss])han[’']t\b"), r"\1hall not"), (re.compile(r"\b(\w+)n[’']t\b"), r"\1 not"),
                 (re.compile(r"\b(\w+)[’']ll\b"), r"\1 will")]


def _uncontracted(text: str) -> str:
    """Plain English read as the readings' patterns spell it: "We won't subcontract" is "We will not subcontract"."""
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return text


def _renamer(names: dict[str, str]) -> Callable[[str], str]:
    """Each party's own name (or pronoun) read as the role word the readings know."""
    named = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    return lambda text: named.sub(lambda m: names[m.group(1)], text)


def _currency_signer(letter: str) -> Callable[[str], str]:
    """"K350" read as money ("¤350") where the contract defines K as its currency."""
    sign = re.compile(rf"(?<![A-Za-z0-9]){letter}(?=\s?\d)")
    return lambda text: sign.sub("¤", text)


class _Reader:
    """Holds the sentences and clause types one analysis reads from."""

    def __init__(self, clauses: list[Clause]):
        self.clauses = clauses
        sentences = _rewritten(_sentences(clauses), _uncontracted)
        swapped = _roles_inverted(clauses)
        if swapped:
            sentences = _rewritten(sentences, swap_party_names)
        names = _party_names(self.text)
        if names:
            sentences = _rewritten(sentences, _renamer(names))
        letter = _currency_letter(clauses)
        if letter:
            sentences = _rewritten(sentences, _currency_signer(letter))
        self.sentences, self.readings = _prevailing(sentences, clauses)
        if swapped:
            self.readings.insert(0, swapped)
        self.types = {c.index: set(c.types) for c in clauses}
        self._next = {id(a): b for a, b in zip(self.sentences, self.sentences[1:]) if b.clause == a.clause}
        self._previous = {id(b): a for a, b in zip(self.sentences, self.sentences[1:]) if b.clause == a.clause}

    def following(self, s: Sentence) -> Sentence | None:
        """The sentence after `s` in its clause, if any."""
        return self._next.get(id(s))

    def preceding(self, s: Sentence) -> Sentence | None:
        """The sentence before `s` in its clause, if any."""
        return self._previous.get(id(s))

    @cached_property
    def text(self) -> str:
        """The clauses' text, one per line: where the preamble names the parties and the contract names a country."""
        return "\n".join(c.text for c in self.clauses)

    @cached_property
    def _numbered(self) -> dict[tuple[str, int], set[int]]:
        """("article", N) → the clauses whose heading numbers article N (第六条, 6.; or 六、 in a contract with no 第X条, where
        "甲方按第四条扣减服务费" cites "四、服务考核"); ("item", N) → those numbered （N） ("（6）考核与扣款"), which 第（6）项 cites.
        Read once, not once per citing sentence."""
        out: dict[tuple[str, int], set[int]] = {}
        for c in self.clauses:
            item = rx.match(r"\W*?[（(]\s*(\d{1,2})\s*[）)]", c.heading)
            for key in (("article", _heading_article(c.heading)), ("item", item and int(item.group(1)))):
                if key[1] is not None:
                    out.setdefault(key, set()).add(c.index)
        if not any(rx.match(rf"\W*第\s*{_ARTICLE_NO}\s*条", c.heading) for c in self.clauses):
            for c in self.clauses:
                if listed := rx.match(r"\W*([一二三四五六七八九十]+)、", c.heading):
                    out.setdefault(("article", _article_number(listed.group(1))), set()).add(c.index)
        return out

    def cited(self, text: str) -> set[int]:
        """The clauses a sentence points to by number ("甲方按第六条的规定扣减服务费", "除按第（6）项扣款外", "甲方按第（6）条扣款")."""
        keys = {("article", _article_number(m.group(1) or m.group(3) or m.group(5))) for m in rx.finditer(_REFERENCE, text, re.I)}
        keys |= {("item", int(m.group(1))) for m in rx.finditer(r"第\s*[（(]\s*(\d{1,2})\s*[）)]\s*[项条款]", text)}  # 第（6）项, 第（6）条
        return {i for key in keys for i in self._numbered.get(key, ())}

    def cites(self, text: str, type_: str) -> bool:
        """Whether a sentence points by number to a clause of that type ("甲方按第（6）条扣款" where （6） is the service levels)."""
        return any(type_ in self.types[c] for c in self.cited(text))

    def find(self, pattern: str) -> list[Sentence]:
        return [s for s in self.sentences if s.says(pattern)]

    def find_or_under(self, pattern: str) -> list[Sentence]:
        """The sentences that say `pattern`, and every sentence of a clause whose heading says it, where the body does not repeat the heading's word
        ("Article 12 Subcontracting" / "The Supplier may use a local installation company … only with the Buyer's prior written consent")."""
        headed = {c.index for c in self.clauses if rx.search(pattern, c.heading, re.I)}
        return [s for s in self.sentences if s.clause in headed or s.says(pattern)]


_OPENS = r"[\s\d.、（）()]*(?:\d*[A-Z]?\d*(?:\.\d+)*\.?\s+)?"  # what may come before a sentence's subject: its number ("8A.4", "B1.4", "（2）")


def _buyer_alone(text: str) -> bool:
    """A sentence whose subject is the buyer and where the supplier, if named, does nothing (符合乙方配置要求的服务器): the
    buyer's own duty or right ("8A.4 The Customer shall give the Provider … a contact person who can answer questions within 2
    working days")."""
    return bool(rx.match(rf"{_OPENS}(?:[Tt]he\s+)?{BUYER}", text)) and \
        not rx.search(rf"(?:{SUPPLIER})\s*(?:应|须|必须|负责|承担|将|可|有权|不得|shall|must|will|may|is|are|has|agrees)", text)


def _buyer_responds(text: str) -> bool:
    """A time the buyer keeps, not the supplier: "Customer shall give Vendor … a technical contact who answers questions within two
    working days" (not "甲方报告故障后，乙方在8小时内响应", where the supplier responds), or that the supplier helps the buyer keep:
    "Vendor will help Customer answer requests from applicants … within 5 business days after Customer's instruction"."""
    return _buyer_alone(text) and not rx.search(rf"(?:{SUPPLIER})[^，。；,;]{{0,24}}(?:响应|到场|恢复|修复|respond|answer|resolv|restor)", text, re.I) \
        or bool(rx.search(rf"\b(?:help|assist|support)s?\s+{BUYER_EN}\s+(?:to\s+|in\s+)?(?:answer|respond)", text, re.I))


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides: "赔偿责任（含违约金）累计不超过…" names no delay damages."""
    return rx.sub(r"[（(][^（）()]*[）)]", "", text)


def _first(items):
    return items[0] if items else None


# ---- money and term --------------------------------------------------------------------------

# "the subscription fees total CNY 792,000" (not an instalment's sum: "… together with the historic archive and integration support fees, in total CNY 402,000")
_FEES_TOTAL = r"\b(?:fees|charges)\b[^.;]{0,60}\b(?:and total\b|(?<!\bin )total(?=\s+" + CURRENCY + r"))"
# the contract's total by name (also a sum said to be the fixed total after it: "服务费合计为人民币396,400元，为固定总价"), and sums
# (合计, a table's Total row) that may add up one year's fees or one table only
_CONTRACT_TOTAL = (r"(?:合同|协议|订单)总(?:价款|金额|价|额)|(?:合同|协议|订单)(?:项下|(?:服务|有效)?期(?:限)?内)?的?(?:固定|全部|各项)?费用(?:合计|总计)|本合同(?:项下)?的?服务费(?:总额|合计)?(?=\s*(?:为|共计|[:：]))|合同金额(?!明细|构成|组成|分项)|合同价款总额|合同价款(?!明细|构成|组成|分项)|总价款|签约合同价|总金额|费用?总额|(?<!年度)(?<!每年)(?<!月度)(?<!每月)总费用|服务总价|"
                   r"(?<![单分])总价(?=\s*(?:为|是|：|:|人民币|¥|￥))|[，,]\s*为(?:固定|包干)总价|total (?:contract|order(?: form)?|agreement|purchase) (?:price|value|amount|cost|fees|charges)|total subscription value|total (?:fees|charges|price|amount) (?:under|of) (?:this|the) (?:order form|order|agreement|contract)\b|(?:total (?:fixed |overall )?(?:value|price|amount|cost)|\bprice) of (?:this|the) (?:agreement|contract|order)|"
                   r"(?:contract|agreement) (?:price|value|sum)|a fixed price of|" + _FEES_TOTAL + r"|total (?:contract )?(?:remuneration|consideration)")
# the fees of the whole term, named so ("Total Support Fees for the Renewal Term"): the value when no contract total is named
_TERM_TOTAL = (r"total (?:amount of (?:the )?)?(?:[a-z]+ ){0,2}(?:fees?|charges|price|value) (?:for|over|during|under) (?:the |this )?(?:[a-z]+ )?(?:term|agreement|contract|(?<=initial )period|(?<=minimum )period)|"
               r"total (?:for|over|during) the (?:initial |minimum |subscription |contract |service ){0,2}(?:term|period)|"  # "Total for the initial subscription term"
               r"total (?:for|over|during) the (?:first )?(?:two|three|four|five|six|[2-9]) (?:subscription |contract |service )?years\b|"  # "Total for the two Subscription Years (2 x 264,000 + 36,000) CNY 564,000"
               r"(?:fixed|committed|recurring) (?:[a-z]+ )?(?:fees|charges) (?:for|over|during) the (?:[a-z]+ )?(?:term|period)|"
               r"(?:for|over|during) the (?:initial |minimum |subscription |contract |service )?(?:term|period),? the (?:[a-z]+ )?(?:fees|charges) (?:amount|come) to|"  # "Over the Initial Term the Charges amount to CNY 1,478,400"
               r"[两二三四五六七八九十\d]+个(?:服务|合同|订阅)年度(?:内)?的?(?:全部|各项)?费用(?:及[^，。；：\d]{1,10}?费)?(?:合计|总计|总额)")  # "两个服务年度的费用合计为…", "两个服务年度费用及实施费合计…" (not one fee's: "…的订阅费合计")
# one fee's total for the term after its price per year or month: the value when it is the only fee and nothing totals the contract
# ("a Subscription Fee of CNY 318,000 for each Subscription Year, CNY 636,000 for the Term", "CNY 17,800 per month, that is CNY 427,200
# for the Subscription Term", "CNY 186,000 per Subscription Year, and CNY 372,000 for the Term", "CNY 168,000 for each Subscription
# Year, so CNY 336,000 for the two Subscription Years of the term", "CNY 318,000 for each Subscription Year, or CNY 636,000 for the
# initial Subscription Term" or "… for both Subscription Years", "CNY 228,000 per Subscription Year, CNY 456,000 for the two
# Subscription Years", "CNY 186,000 per Subscription Year, inclusive of VAT …, and CNY 372,000 for the two Subscription Years of the
# Term", "CNY 236,000 for each Subscription Year, a total of CNY 472,000 for the Subscription Term"; not "(a) … CNY 486,000 per
# Contract Year, i.e. CNY 972,000 for the Subscription Term; and (b) Onboarding Fee")
_FEE_TERM_TOTAL = (r"\b(?:fees?|charges?)\b[^.;]{0,80}?\b(?:for each|per) (?:subscription |contract )?(?:year|month),\s*"
                   r"(?:(?:inclusive|exclusive|including|excluding|plus|net) [^.;,]{0,60},\s*)?(?:and |or |so |that is |i\.e\.,? |(?:making )?a total of |in total )?"
                   + CURRENCY + r"\s?[\d,]+(?:\.\d+)? for (?:the (?:(?:(?:initial|subscription|whole|entire) ){0,2}term\b|(?:two|three|four|five|[2-9]) (?:subscription |contract )?years(?: of the term)?\b)|"
                   r"both (?:subscription |contract )?years\b)")
_NAMED_VALUE = _CONTRACT_TOTAL + "|" + _TERM_TOTAL
_SUM_IN_TOTAL = r"(?<=\d)(?:,\s*| )in total\b"  # "CNY 696,000 in total": one fee's total over the term, where it adds up a period's fee
_SUM_WORDS = (r"合计|总计|：Total \||^\W*Total(?: for (?:the |this )?(?:subscription|(?:initial |subscription )?term|contract|agreement|order))?\s*(?:\||(?:[:：]|\.{3,}|…+)?\s*(?=" + CURRENCY + r"\s*\d))|\bTotal\s+(?=" + THOUSANDS + r"\s*$)|(?<=[.;] )Total[:：]?\s*(?=" + CURRENCY + r"\s*\d)|total (?:fixed |subscription |service |support |licen[cs]e )?fees?|total (?:fixed )?charges?|total (?:fixed )?price|\b(?:in|a) total(?: of)?(?=\s*(?:\*\*)?" + CURRENCY + ")|" + _SUM_IN_TOTAL + "|"
              r"^\W*(?:[a-z]+ )?(?:fees|charges) for the (?:initial |minimum |subscription |contract )?(?:term|period)\s*[:：]|"  # "Charges for the Initial Term: CNY 607,200", after a Total line
              r"(?:fees|charges) for (?:the|all) (?:two|three|four|five|six|\d) (?:subscription |contract |service )?(?:years|months)\b")  # "Subscription fees for the two Subscription Years   372,000"
_VALUE_WORDS = _NAMED_VALUE + "|" + _SUM_WORDS


def _in_cells(s: Sentence, pattern: str) -> bool:
    """Whether a table row says `pattern` in a cell, not only in a column's header ("合计（元）：360,000")."""
    if not s.table_row:
        return True
    labels = [m.span(1) for m in rx.finditer(r"(?:^|\| )([^|：]*)：", s.text)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in labels) for m in rx.finditer(pattern, s.text, re.I))


def _contract_value(r: _Reader) -> tuple[float | None, int | None]:
    """The stated total: one named as the contract's (合同总价, 订阅费总额, Contract Price) wins over a sum
    (合计, Total), which may add up one year's fees or one table only."""
    share = r"(?:剩余|其余|余下)?(?:的|of (?:the )?)?\s*(?:百分之|千分之|万分之|[\d.]+\s*[%％]|[a-z\- ]+ per ?cent)"  # (合同总价剩余的50%)
    share_of = r"(?:[\d.]+\s*[%％]\)?|per ?cent\)?)\s*of (?:the )?$"  # "15% of the Contract Price (CNY 374,250)": an instalment
    # what the total leaves out: "超出部分按每次人民币0.02元另行结算，不计入本协议总金额", "… are not part of the Total Contract
    # Value", "按每店每年3,200元另行签订订单，不影响本合同价款" (not "总价为…，超量费用不计入总价"), or takes in as one of its parts:
    # "单件价值在5,000元以下的备件包含在合同价款内"
    left_out = r"(?:不?计入|不?包括在|不?含在|不?包含在|不影响|(?:not (?:be )?)?included in|excluded from|not (?:form )?(?:a )?part of|forms? no part of)\s*(?:the\s+)?(?:本|该)?$"
    # … or what a cap is measured by: "每逾期一日…支付违约金人民币1,200元，累计不超过实施服务费总额"
    capped_by = r"(?:不超过|不得超过|不高于|至多|not (?:to )?exceed|(?:not|no) more than|up to|limited to|capped at)[^，。；,;\d]{0,8}$"
    found = [s for s in r.find(_VALUE_WORDS) if _in_cells(s, _VALUE_WORDS)
             and any(not rx.match(share, s.text[m.end():], re.I) and not rx.search(share_of + "|" + left_out + "|" + capped_by, s.text[:m.start()], re.I)
                     for m in rx.finditer(_VALUE_WORDS, s.text, re.I))]
    # The order they are tried in: the contract's total by its name, first where it is not only fees said to total ("… the
    # subscription fees total CNY 792,000." / "The total contract value is therefore CNY 810,000."); a total over the term; a
    # plain sum, first a line that is the total ("合计人民币壹佰壹拾柒万陆仟元整", or a table row's first cell after its header:
    # "项目：合计 | 金额（人民币）：2,160,000 元") before one that adds up a part ("三十六个月合计…"); last a periodic fee's total over
    # the term, which is one fee's ("| Total monthly service charges over the Initial Term | 36 x 46,000 | 1,656,000 |" comes after
    # the table's "| **Total charges** | | **1,710,000** |"), but only where every term total it says is a periodic fee's (a
    # flattened table also saying "Total Charges for the Initial Period 1,674,240" is the contract's)
    def rank(s: Sentence) -> tuple[int, bool]:
        if rx.search(_CONTRACT_TOTAL, s.text, re.I):
            # (a name that goes on to a part's fee ranks after the total: "1.2 合同价款：平台软件许可费860,000元；…；合同总价为人民币1,736,000元")
            return 0, not rx.search(_CONTRACT_TOTAL, rx.sub(_FEES_TOTAL, "", s.text, flags=re.I), re.I) \
                or bool(rx.search(rf"(?:{_CONTRACT_TOTAL})\s*[：:]\s*[^，。；\d]{{1,20}}?费\s*(?:为)?\s*(?:人民币|¥|￥)?\s*\d", s.text, re.I))
        totals = list(rx.finditer(_TERM_TOTAL, s.text, re.I))
        if not totals and not rx.search(_SUM_WORDS, rx.sub(_SUM_IN_TOTAL, "", s.text, flags=re.I), re.I):
            return 3, True  # "a Platform Fee of CNY 11,400 per month for the Term, i.e. CNY 273,600 in total" is the platform fee's
        if not totals:
            return 2, not rx.match(r"\W*(?:[^|：:]{1,12}[：:]\s*)?(?:合计|总计|total\b)", s.text, re.I)
        # (also a periodic fee's named before its total: "| Monthly Fleet Fee, total for the Term | 36 × 21,500 | 774,000 |")
        return (3 if all(rx.match(r"total (?:amount of (?:the )?)?(?:monthly|quarterly|annual|yearly)\b", t.group(0), re.I)
                         or rx.search(r"\b(?:monthly|quarterly|annual|yearly)\b[^|.;]{0,40}$", s.text[:t.start()], re.I) for t in totals) else 1), False

    ranks = {id(s): rank(s) for s in found}  # by identity: comparing sentences field by field made a long contract quadratic
    named_ids = {i for i, (tier, _) in ranks.items() if tier <= 1}
    for s in sorted(found, key=lambda s: ranks[id(s)]):
        if rx.search(r"%|％|百分之|千分之|万分之", s.text.split("元")[0]) and not find_amounts(s.text):
            continue
        # a bare figure right after the total's name, in a table a PDF's text layer runs into one line: "… Total Order Value 624,000
        # A3.1 Prices …", "Monthly Service Fee: K18,600 x 24 months 446,400 … Total for the Initial Term 460,000" (not the fee before it)
        # (also past a basis column or an aside: "Contract Value  total  252,000", "Total Contract Value Initial Term 242,000",
        # "Total Contract Value (fixed charges) 1,340,000")
        # (or a sum's: "Enterprise subscription CNY 84,000 per quarter x 8 quarters 672,000 … Total fixed fees 708,000")
        # (or past a dash for an empty cell: "… one-time 68,000 Total Contract Value — 752,000 Fees are fixed …", a wrapped row run on)
        # (or past the period it covers: "… 226,000 Total fees for the first two Subscription Years 490,000", a price list run into one line)
        after_name = rx.search(rf"(?:{_NAMED_VALUE if id(s) in named_ids else _SUM_WORDS})\s*(?:\([^()\d]{{1,40}}\)\s*)?[：:|]?\s*(?:[—–-]+\s*)?(?:(?:total|fixed price|lump[- ]sum|(?:initial|minimum|subscription|contract) (?:term|period))\s+)?(?:(?:for|over) the (?:first |whole |entire )?(?:\w+ )?(?:subscription |contract |service )?(?:years?|term|period)\s+)?({THOUSANDS})(?![\d%％])", s.text, re.I)
        # (not a rate for what the price leaves out: "合同价款包含三人次的现场服务，超出部分按每人每日2,000元另行收费")
        amounts = [(a, st, e) for a, st, e in find_amounts(s.text) if not rx.search(rf"(?:{_PER_CALL}|每(?:人|日|天|工时))[^，。；\d]{{0,6}}$", s.text[:st], re.I)]
        if amounts and not after_name:
            return max(a for a, _, _ in amounts), s.clause
        # a column-aligned or dot-leader price list under a caption in CNY: "Total Contract Price (VAT included)   2,350,000",
        # "Total Order Value for the Subscription Term ... 1,190,000 (2 x 486,000 + 218,000)"
        # a table row "Item：Total Charges for the Initial Term | Initial Term (24 months)：1,295,920"
        bare = after_name or rx.search(r"(?:[^\d.,\s]\s+|\.{2,}\s*|[：:]\s*)(" + THOUSANDS + r")\s*(?:$|\(|\|)", s.text)
        total_line = rx.match(r"\W*(?:total|合计|总计)\b", s.text, re.I)  # "Total Charges | 940,000" under "Part A - One-off charges (CNY)"
        if (id(s) in named_ids or total_line or after_name) and bare and rx.search(CURRENCY + "|人民币|元", s.text + r.clauses[s.clause].text):
            return figure_value(bare.group(1)), s.clause
    term_totals = r.find(_FEE_TERM_TOTAL)
    if len(term_totals) == 1:
        return find_amounts(rx.search(_FEE_TERM_TOTAL, term_totals[0].text, re.I).group(0))[-1][0], term_totals[0].clause
    # … last, with no total at all, the one service fee the contract states, when it is no period's ("运维服务费为人民币叁拾捌万陆仟元整
    # （¥386,000），含驻场人员、远程支持…全部服务费用及税费", paid by the quarter)
    # (the period it is paid by may follow it: "服务费用为人民币叁拾捌万陆仟元整（¥386,000），按季度支付，每季度¥96,500")
    fees = [(s, amounts) for s in r.find(r"服务费(?:用)?为\s*(?:人民币|¥|￥)") if (amounts := find_amounts(s.text))]
    if len(fees) == 1:
        (fee, amounts), = fees
        end = amounts[0][2]
        if not rx.search(_PERIOD_FEE, fee.text[:end]) and not rx.match(r"\s*[元整）)]*\s*(?:/|每|per\b)", fee.text[end:]):
            return amounts[0][0], fee.clause
    return None, None


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                                        "october", "november", "december"), 1)}
_DATE = (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})|"
         r"(" + "|".join(_MONTHS) + r") (\d{1,2}),? (\d{4})")


def _dates(text: str) -> list[tuple[int, int, int]]:
    out = []
    for m in rx.finditer(_DATE, text, re.I):
        g = m.groups()
        if g[0]:
            out.append((int(g[0]), int(g[1]), int(g[2])))
        elif g[3]:
            out.append((int(g[3]), int(g[4]), int(g[5])))
        elif g[6]:
            out.append((int(g[8]), _MONTHS[g[7].lower()], int(g[6])))
        else:
            out.append((int(g[11]), _MONTHS[g[9].lower()], int(g[10])))
    return out


_SOME_YEARS = r"(?:two|three|four|five|\d+)\b[^.;]{0,8}\b"  # ("two Subscription Years", "3 contract years")
_TERM_WORDS = (r"合同期限|服务期限|服务期为|服务期自|服务期：|服务期[”\"]\s*(?:是)?指|服务期(?=[\d一二两三四五六七八九十])|有效期|租期|订阅期|initial term|minimum term|term of this agreement|subscription (?:term|period)|service term|service period|contract period|contract term|term of (?:this|the) contract|\bterm (?:is|shall be)\b|"
               r"coverage (?:runs|period)|服务期间|(?:agreement|contract) (?:has|comprises|covers|lasts) (?=" + _SOME_YEARS + r"(?:subscription |service |contract )?years\b)|\b(?:during|for|over) the (?=" + _SOME_YEARS + r"(?:subscription|service|contract) years\b)|(?:agreement|contract|subscription|services?) (?:runs?|shall run|remains in force|continues in force|(?:is|shall be) (?:concluded|entered into)) for|"
               r"[(（]\s*the\s+[“\"](?:Initial\s+)?Term[”\"]\s*[)）]|(?:[“\"]\**|\*\*)(?:Initial |Subscription |Service )?Term(?:\**[”\"]|\*\*)\s*(?:means|shall mean)\b|continues (?:in force )?until|"
               r"(?:services?|subscription) (?:are|is|shall be|will be) (?:provided|rendered|performed|supplied) for (?:a (?:period|term) of|(?=(?:[\w-]+ ){1,2}(?:\(\d+\) )?(?:months?|years?)\b))|"
               r"提供\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起\s*)?至\s*\d{4}\s*年|"
               r"^\W*(?:[\d.]+\s+)?(?:the |this )?(?:services?|subscription|agreement|contract)\b[^.;]{0,150}?\band (?:continues?|runs?|lasts?) for (?=(?:a (?:period|term) of )?(?:[\w-]+ ){1,2}(?:\(\d+\) )?(?:months?|years?)\b)")
# ("… continues until thirty-six (36) months after Go-Live (the "Term")", '"Term" means 24 months from the Integration Acceptance Date',
# "**Term** means 36 months from the Service Commencement Date" (in bold, not quotes),
# "The Services start on the date Customer signs the Transition acceptance certificate … and continue for 36 months",
# "The Services are provided for a period of …", "The Services run for 24 months from the Service Commencement Date",
# "乙方为甲方提供2026年1月1日至2026年12月31日的运维服务", "The Services are provided for thirty-six months from …")


def _term_years(r: _Reader) -> tuple[float | None, int | None]:
    # (…or said under a heading that names the term: "A2. Subscription Term" / "Thirty-six (36) months from …")
    said = r.find_or_under(_TERM_WORDS)
    # …or given on the line after a title that names it ("B. Initial Term" / "36 months from the Service Commencement Date")
    said += [s for title, s in zip(r.sentences, r.sentences[1:]) if s not in said and title.clause == s.clause and len(title.text) <= 40
             and rx.search(_TERM_WORDS + r"|initial term|\bterm\s*$|(?:服务期|服务期限|合同期限)\s*[。．.]?\s*$", title.text, re.I)
             and not find_durations(title.text)]  # (… "第二条 服务期。" / "自2026年1月1日起至2026年12月31日止。")
    said.sort(key=lambda s: s.start)  # the term where it is first given, not a renewal term after it
    # a date a defined name stands for ('"Provisioning Date" means 15 January 2026, …'), for a term given from it ('"Subscription
    # Term" means the period from the Provisioning Date to 14 January 2028')
    defined = {m.group(1): m.group(2) for s in r.find(r"Date[”\"]\s*(?:means|shall mean)\b")
               for m in [rx.search(rf"[“\"]([A-Z][\w -]{{1,40}}? Date)[”\"]\s*(?:means|shall mean)\s+[^.;\d]{{0,20}}?({_DATE})", s.text, re.I)] if m}
    for s in said:
        if rx.search(r"质保|保修|warrant", s.text, re.I):
            continue
        # not the renewal's period: "At the end of the Initial Term it renews … of twelve (12) months", "服务期一年，期满自动续约一年"
        # (not a heading's "Renewal" a PDF's text layer ran into its first item: "A2. Subscription Term and Renewal A2.1 The …")
        text = rx.split(r"renew(?!al\s+[A-Z]?\d+(?:\.\d+)+\b)|(?:自动|期满后?)续", s.text, maxsplit=1, flags=re.I)[0]
        for value, unit, start, end in find_durations(text):
            months = to_months(value, unit)
            # (one of the periods the term is made of: '"Subscription Year" means each of the two consecutive periods of one year making
            # up the Subscription Term')
            periods = rx.search(r"\b(two|three|four|five|\d+)\s+(?:consecutive\s+|successive\s+)?periods\s+of\s*$", text[:start], re.I)
            if months and periods:
                months *= to_number(periods.group(1))
            # (not a period after the term: "This obligation continues for three years after the Subscription Term", 合同终止后三年内)
            after = rx.match(r"\s*(?:\(\d+\)\s*)?(?:after|following|beyond) (?:the (?:end|expiry|expiration|termination) of |(?:the )?(?:[A-Z]\w+ )?Term\b|"
                             r"(?:this|the) (?:Agreement|Contract) (?:ends|expires|terminates))", text[end:], re.I) \
                or rx.search(r"(?:终止|届满|期满|结束)后\s*$", text[:start])
            if months and months >= 6 and unit not in ("日", "天", "day") and not after:
                return round(months / 12, 4), s.clause
        # a period given by its dates: "from 1 July 2026 (the "Start Date") to 30 June 2027" is a year
        dates = _dates(rx.sub("|".join(map(re.escape, defined)), lambda m: defined[m.group()], text) if defined else text)
        if len(dates) >= 2 and rx.search(r"\bfrom\b|自|起|日\s*至", text, re.I) and _months_spanned(dates) >= 6:
            return round(round(_months_spanned(dates)) / 12, 4), s.clause
    # … or named by the year it ends with: "This Agreement runs until the end of the second Subscription Year", "The Agreement ends at
    # the end of the second Subscription Year", "… ends at the end of Subscription Year 2", "本合同至第三个服务年度届满时终止", or by its
    # anniversary: "… ends on the day before the second anniversary of that date"
    for s in r.find(_ENDS_WITH_YEAR):
        m = rx.search(_ENDS_WITH_YEAR, s.text, re.I)
        ordinal = m.group(1) or m.group(4)
        years = _year_of(f"{ordinal} year") if ordinal else to_number(m.group(2) or m.group(3))
        if years and 1 <= years <= 10:
            return float(years), s.clause
    # … or the subscription years a definition lists by their dates: '"Subscription Year" means the period from 1 June 2026 to 31 May
    # 2027 (the first Subscription Year) and the period from 1 June 2027 to 31 May 2028 (the second Subscription Year)', also one
    # definition to a year: "First Subscription Year means 1 July 2026 to 30 June 2027; Second Subscription Year means 1 July 2027 to …"
    defined_years = r.find(r"(?:[“\"](?:Subscription|Service|Contract) Years?[”\"]|\b(?:First|Second|Third|Fourth|Fifth) (?:Subscription|Service|Contract) Year)"
                           r"\s*(?:means|shall mean)\b")
    dates = [d for s in defined_years for d in _dates(s.text)]
    if len(dates) >= 4 and _months_spanned(dates) >= 6:
        return round(round(_months_spanned(dates)) / 12, 4), defined_years[0].clause
    # … or counted in the total of the term's fees: "The total fees for the term are CNY 742,000, being three annual subscription fees
    # of CNY 236,000 and a one-time integration fee", "三个服务年度合计¥864,000"
    for s in r.find(_YEARS_IN_TOTAL):
        m = rx.search(_YEARS_IN_TOTAL, s.text, re.I)
        years = to_number(m.group(1) or m.group(2))
        if years and 1 <= years <= 10:
            return float(years), s.clause
    return None, None


def _months_spanned(dates: list[tuple[int, int, int]]) -> float:
    """From dates[0] to the end of the run of periods it starts (_last_of_consecutive), in months."""
    (y1, m1, d1), (y2, m2, d2) = dates[0], _last_of_consecutive(dates)
    return (y2 - y1) * 12 + (m2 - m1) + (d2 - d1 + 1) / 30


def _last_of_consecutive(dates: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    """The end of the period that starts at dates[0] and ends at dates[1], run on by each next period that starts the day
    after: '"Subscription Year" means each of the two periods from 1 June 2026 to 31 May 2027 and from 1 June 2027 to
    31 May 2028 (together, the "Subscription Term")' is two years."""
    end = dates[1]
    for start, stop in zip(dates[2::2], dates[3::2]):
        try:
            if dt.date(*end) + dt.timedelta(days=1) != dt.date(*start):
                break
        except ValueError:  # no such day (31 June)
            break
        end = stop
    return end


_ENDS_WITH_YEAR = (r"\b(?:agreement|contract|term)\s+(?:(?:begins|starts|commences|takes effect)\b[^.;]{0,40}?\band\s+)?(?:(?:runs|shall run|continues|shall continue|remains in force|continues in force)\s+until|"
                   r"(?:ends|expires|terminates|(?:shall|will) (?:end|expire|terminate))\s+at)\s+the\s+end\s+of\s+"
                   r"(?:the\s+(first|second|third|fourth|fifth|\d(?:st|nd|rd|th))\s+(?:subscription|service|contract)\s+year|(?:subscription|service|contract)\s+year\s+(\d))\b|"
                   r"(?:合同|协议|服务期|有效期)[^。；;]{0,30}?至第([一二两三四五六七八九十\d]+)个?(?:服务|合同|订阅)年度(?:届满|结束|期满|末)|"
                   # ("The Initial Term begins on the date of Go-Live Acceptance (the "Subscription Start Date") and ends on the day before
                   # the second anniversary of that date")
                   r"\b(?:agreement|contract|term)\b[^.;]{0,100}?\b(?:ends|expires|terminates|(?:shall|will) (?:end|expire|terminate))\s+on\s+"
                   r"(?:the\s+day\s+(?:before|preceding)\s+)?the\s+(first|second|third|fourth|fifth)\s+anniversary\b")
_YEARS_IN_TOTAL = (r"\btotal (?:fees|charges|price|amount)s? (?:for|over) the (?:\w+ )?term\b[^.;]{0,40}?\b(?:being|comprising|made up of|consisting of|i\.e\.)\s+"
                   r"(two|three|four|five|\d+) (?:annual|yearly) (?:subscription |service |support )?(?:fees|charges)|"
                   r"([两二三四五六七八九十\d]+)个服务年度(?:合计|共计|总计)")


def _annual_fee(r: _Reader) -> tuple[float | None, int | None]:
    """A service's fee for one year ("The Annual Fee of CNY 428,000", 年度服务费为人民币…元), outside any after-warranty clause."""
    annual = r"annual (?:[a-z]+ )?(?:fee|charge)s?\b|年度(?:维保|运维|技术支持|运行维护)?(?:服务)?费|年服务费|每年(?:服务|维保|运维)?费"  # 年度运维服务费
    for s in r.find(annual):
        if rx.search(_PW_CONTEXT + r"|%|％|百分之|increase|上浮|上调", s.text, re.I) or not _in_cells(s, annual):
            continue  # (a row under an "Annual fee (CNY)" column prices one item)
        amounts = find_amounts(s.text)
        if amounts:
            return amounts[0][0], s.clause
    return None, None


_LICENCE_ITEM = r"(?:设备|硬件|货物)(?:及|和|与)(?:软件|许可)小计|软硬件小计|(?:devices?|hardware|equipment|goods) (?:and|&) (?:software|licen[cs]es?) sub-?total|软件许可费|许可费|授权费|(?:软件|平台)(?:软件)?许可(?:使用)?|软件(?:产品)?(?:费用|价款|款)|硬件(?:设备)?(?:费用|费|价款|款)|设备(?:费用|费|价款|款)|货物(?:价款|费用)|licen[cs]e (?:fees?|price)|software licen[cs]es?|hardware(?: (?:price|fees?|costs?))?|equipment price"
_IMPL_ITEM = r"实施费|实施服务费|(?:定制)?开发(?:及|和)实施|定制开发费|开发费|integration (?:services?|fees?)|安装调试费|集成服务费|集成费|部署费|implementation (?:services? )?fees?|installation fees?|professional services fees?"
# not an item's price: a fee after the warranty, a percentage, a row of the payment schedule ("第二期 | 许可证书交付后"),
# what the price leaves out
_NOT_ITEM = (r"质保期|保修期|维保|维护费|运维|技术支持|年度|每年|%|％|百分之|after the warranty|annual|per year|支付条件|付款条件|期次|payment (?:conditions?|milestones?)|"
             r"不包括|不含(?!税)|另行(?:计收|收取|收费|计费)|not included|does not include|(?:is|are) excluded")  # 合同金额不包括：…第三方软件许可…（按每人每天人民币2,800元另行计收）


# a price table's row names the thing bought, without 费 / fee: "| 硬件设备（服务器…） | 700,000 |"
# (not the party: "Integration with the Licensee's ERP system" is implementation work)
_LICENCE_ROW = _LICENCE_ITEM + r"|硬件|许可|授权|设备|套件|licen[cs]es?(?!e)|hardware|equipment|\bkits?\b"  # (a 控制改造套件 is a kit, not the retrofit work)
_IMPL_ROW = (_IMPL_ITEM + r"|实施|开发|集成|安装|调试|部署|对接|改造|培训|训练|implementation|integration|installation|migration|training|commissioning|"
             r"configuration(?: (?:services?|work))?\b")


# an entry of a price list run into prose: "itemised in Schedule 2: hardware CNY 4,200,000; implementation, migration
# and training CNY 1,600,000" — the names, then one amount, between a colon or semicolon and the next; not an
# instalment of a payment schedule ("实施完成后支付人民币50万元")
_LIST_ENTRY = re.compile(r"(?!.*(?:支付|付款|后|\bpa(?:y|id)\b|payable|\bdue\b|\bupon\b|\bafter\b|\bwithin\b|\bon completion\b))"
                         r"(?:\d{1,2}[.、]\s*)?[^:：;；\d]{2,60}?\s*(?:(?:" + CURRENCY + r"|人民币)\s*)?[\d,.]+\s*(?:万元|元|万)?\s*[.。]?\s*$", re.I)  # "7. 安装调试及试生产配合，179,000元"


def _list_entries(text: str) -> list[str]:
    entries = [piece.strip() for piece in rx.split(r"[:：;；]", text) if _LIST_ENTRY.fullmatch(piece.strip())]
    # a price list a PDF's text layer ran into one line: "… Server licence, 1 server: CNY 96,000 Licence Fees subtotal: CNY 635,000
    # Configuration, station interfaces and MES connector (fixed price): CNY 318,000 Training (…): CNY 24,000 Total …"
    run_on = rx.findall(r"(?:^|(?<=\d)\s)([A-Z][^:：;；]{2,80}?[:：]\s*" + CURRENCY + r"\s*\d[\d,]*(?:\.\d+)?)(?=\s+[A-Z]|\s*$)", text)
    # (or an entry that is the whole sentence, on its own line: "Configuration, station interfaces and MES connector (fixed price): CNY 318,000")
    return entries + run_on if len(run_on) >= 3 or run_on == [text.strip()] else entries


def _row_cells(row: str) -> list[tuple[str, str]]:
    """(header, value) of a table row read as "名称：在线折光仪 | 规格及说明：… | 金额（元）：372,000元"."""
    return [(head, value) if value else ("", head) for head, _, value in (cell.partition("：") for cell in row.split(" | "))]


_SUMMARY_ROW = r"小计|合计|总计|sub-?total|total"  # what names a table's summary row


def _row_name(row: str) -> str:
    """The cell that names a table row's item: the first with words, not a number or a letter (序号：2, Item：A) — not
    its specification, where "卫生型法兰安装" names no installation fee."""
    names = (value for _, value in _row_cells(row) if rx.search(r"[^\W\d_]{2}", value))
    first = next(names, row)
    if rx.fullmatch(rf"\s*(?:{_SUMMARY_ROW})\s*[:：]?\s*", first, re.I):
        return next(names, first)  # a summary row's 序号 cell says only 小计, its name cell what it sums: "小计 | 软硬件小计 | | 1,600,000"
    return first


def _row_total(row: str) -> float | None:
    """A table row's line total — the cell headed 金额 / 合计 / Amount / Total — rather than its unit price."""
    for head, value in reversed(_row_cells(row)):
        if rx.search(r"金额|总价|合计|小计|amount|total", head, re.I) and not rx.search(r"单价|unit", head, re.I) and (found := find_amounts(value)):
            return found[0][0]
    # a summary row's one figure is its total wherever it sits: "序号：设备及软件小计 | 单价（元）：1,548,000元" (a merged cell in Word)
    found = find_amounts(row)
    if len(found) == 1 and rx.search(_SUMMARY_ROW, _row_name(row), re.I):
        return found[0][0]
    return None


def _bare_figure(row: str) -> float | None:
    """The figure a table row's last cell holds alone, with no unit: a subtotal row's in a column no header names
    ("序号：软硬件小计 | 837,480"); money only where the caller knows the table's currency."""
    bare = rx.fullmatch(r"\s*(" + THOUSANDS + r")\s*", _row_cells(row)[-1][1])
    return figure_value(bare.group(1)) if bare else None


_SUBTOTAL = r"小计|sub-?total"


def _summed_by(r: _Reader, kind: str) -> set[int]:
    """Offsets of the table rows that a subtotal row of `kind` sums, the rows just above it that add up to it: they are of its kind
    whatever their names say ("流浆箱本体改造（含稀释水系统…） | 1,380,000" over "设备及软件小计 | 2,948,000" is equipment, not 改造 work)."""
    out: set[int] = set()
    run: list[tuple[int, float | None]] = []  # (offset, line total) of the table's rows since the last subtotal
    for s in r.sentences:
        if not s.table_row:
            run = []
            continue
        name, total = _row_name(s.text), _row_total(s.text)
        if total is None and rx.search(_SUBTOTAL, name, re.I):
            total = _bare_figure(s.text)  # (its units are the rows' it sums: "序号：设备及软件小计 | 1,548,000" under "金额（元）")
        if not (rx.search(_SUBTOTAL, name, re.I) and rx.search(kind, name, re.I) and total):
            run.append((s.start, total))
            continue
        added, rows = 0.0, []
        for start, amount in reversed(run):
            added += amount or 0.0
            rows.append(start)
            if abs(added - total) < 1:
                out.update(rows)
                break
        run = []
    return out


def _itemised(r: _Reader, pattern: str, row_pattern: str, other_row: str) -> tuple[float | None, int | None]:
    """The sum of the amounts itemised for `pattern`; a table row or a price-list entry in prose names its item
    more loosely (`row_pattern`, and not `other_row`, nor summed by a subtotal of `other_row`); a table's subtotal row for them
    ("Licence Fees subtotal") is their sum, also of rows that do not say what they are ("Buyer Portal (traceability) module")."""
    total, clause, seen = 0.0, None, set()
    subtotals: list[tuple[float, int]] = []
    in_phrase = caseless(pattern)
    theirs = _summed_by(r, other_row)
    for before, s in zip([None] + r.sentences, r.sentences):
        if s.start in theirs:
            continue
        # (a table row by its name cell, a price-list entry whole)
        rows = [(s.text, _row_name(s.text))] if s.table_row else [(p, p) for p in _list_entries(s.text)]
        # (… and an entry of a dot-leader price list by all its name, also one a line break cut: "Licence fee, FjordTrace Process,
        # Label and Recall modules," / "25 concurrent users ......... CNY 780,000")
        leader = None if s.table_row else rx.search(r"(?:\.{3,}|\s{3,})\s*(?:" + CURRENCY + r"\s*)?\d[\d,]*(?:\.\d+)?\s*$", s.text)
        if leader and leader.start() <= 120:
            cut = before is not None and before.clause == s.clause and not before.table_row \
                and rx.search(r"[,，(（]\s*$", before.text) and not find_amounts(before.text)
            name = (before.text + " " if cut else "") + s.text[:leader.start()]
            rows.append((name + s.text[leader.start():], name))
        pieces = [(p, row_pattern) for p, name in rows if rx.search(row_pattern, name, re.I) and not rx.search(other_row, name, re.I)]
        if not s.table_row:
            pieces += [(p, pattern) for p in _phrases(s.text) if in_phrase.search(p, fold(p))]
        for p, item in pieces:
            if rx.search(_NOT_ITEM, p, re.I):
                continue
            m = rx.search(item, p, re.I)
            if not m:
                continue
            amount = _row_total(p) if s.table_row else None
            if amount is None:
                amount = _first([a for a, _, _ in find_amounts(p[m.start():])])
            sub = rx.search(_SUBTOTAL, _row_name(p) if s.table_row else p, re.I)
            in_cny = sub and any(rx.search(r"元|人民币|CNY|RMB", c.text) for c in r.clauses[max(0, s.clause - 8):s.clause + 1])  # (rows may be clauses)
            if sub and not s.table_row:
                # a subtotal in prose, counted once, is the sum after it: "Licence Fees subtotal: CNY 635,000", a flattened table's
                # "… 1套 187,000 — 设备及软件小计 1,286,000" under a header in 元, "以上第1至4项为设备及软件小计，共计2,420,000元"
                at = s.text.find(p)
                tail = p[sub.end():] + (s.text[at + len(p):][:24] if at >= 0 else "")
                bare = rx.match(r"\s*[:：]?\s*(" + THOUSANDS + r")(?![\d%％])", tail)
                after = _first([a for a, _, _ in find_amounts(tail)])
                amount = after or (figure_value(bare.group(1)) if bare and in_cny else amount)
            elif sub and amount is None:
                # … and a subtotal row's figure in a column no header names: "序号：软硬件小计 | 837,480"
                amount = _bare_figure(p) if in_cny else None
            if amount is not None and sub:
                if (amount, s.clause) not in subtotals:
                    subtotals.append((amount, s.clause))
            elif amount is not None and not s.table_row and amount == total:
                continue  # the rows above summed up in prose: "Items 1 and 2 together (CNY 820,000) are … the Licence Fees"
            elif amount is not None and not s.table_row and total and rx.search(r"\bitems?\s+\d+(?:\s*(?:,|and|to|-|–)\s*\d+)+", s.text, re.I):
                total = amount  # … also rows whose names did not say so: "Items 1 and 2 together are the "Licence Fees" and amount to CNY 1,576,000"
            elif amount is not None and (m.group(0), amount) not in seen:
                seen.add((m.group(0), amount))
                total += amount
                clause = s.clause if clause is None else clause
    if subtotals:
        return sum(a for a, _ in subtotals), subtotals[0][1]
    return (total or None), clause


def _defined_sums(r: _Reader) -> dict[str, tuple[float, int]]:
    """{name: (amount, clause)} of sums the text names for later use: "上表第1、3、4项合计¥1,675,000，以下称“软硬件小计”",
    "Items 1 to 3 total CNY 1,234,000 (hereinafter the "Licence Subtotal")"."""
    sums = {}
    for s in r.sentences:
        for m in rx.finditer(r"(?:以下(?:简)?称(?:为)?|下称|hereinafter(?: referred to as| called)?)\s*(?:the\s+)?[“\"]([^”\"]{2,30})[”\"]", s.text):
            found = [a for a, _, end in find_amounts(s.text[:m.start()]) if end >= m.start() - 20]
            if found:
                sums.setdefault(m.group(1), (found[-1], s.clause))
    return sums


# a licence bought, not a driver's or a business's ("API SUBSCRIPTION AGREEMENT - DRIVING LICENCE VERIFICATION SERVICE")
# (not a permit a party holds, nor one a service checks: "RESTAURANT LICENCE VERIFICATION", "licence images", "food business licence")
# (nor the licence to use a data subscription's data or API: "DATA SUBSCRIPTION AND API LICENCE AGREEMENT")
_SOFTWARE_LICENCE = (r"(?<!driving )(?<!driver's )(?<!drivers' )(?<!business )(?<!restaurant )(?<!food )(?<!operating )(?<!trading )"
                     r"(?<!vehicle )(?<!guide )(?<!medical )(?<!practising )(?<!API )(?<!data )licen[cs]e"
                     r"(?!s? (?:verification|checks?|images?|numbers?|scopes?|data|registry|registers|holders?|plates?|expiry|status)\b)")


def _contract_kind(text: str, clauses: list[Clause]) -> str:
    """goods_or_licence (hardware, licences, systems delivered and accepted) or service (subscription,
    cloud, O&M): decides whether the warranty / post-warranty / TCO rules apply."""
    # the title: the first of the opening lines that names a contract (a buyer's letterhead may come first)
    # (a line's number is not its title: "DATA SUBSCRIPTION AGREEMENT - EXCHANGE-RATE DATA API Agreement number: WFD-SH-2025-031",
    # a title its hard-wrapped text ran into the next line; "Agreement number: …" alone names nothing)
    opening = [line.strip() for line in text.strip().split("\n")[:16] if line.strip()]
    heads = [rx.split(r"\s*(?:(?:合同|协议)编号|\b(?:agreement|contract|order) (?:No\.|number)(?!\w))", line, maxsplit=1, flags=re.I)[0] for line in opening[:12]]
    title = next((head for head in heads if rx.search(r"合同|协议|agreement|contract|\border\b|\bterms\b|engagement letter", head, re.I)
                  and not rx.search(r"编号|\bNo\.|number", head, re.I)),
                 opening[0] if opening else "")[:80]
    project = next((line for line in opening if rx.match(r"(?:项目名称|Project(?: name)?)\s*[:：]", line, re.I)), "")
    title = f"{title} {project[:80]}"  # 政府采购合同 says little; 项目名称：…运维服务项目 says what is bought
    goods = r"(?<!政府)采购|供货|设备|硬件|货物|到货|交货|软件(?:产品)?(?:许可|销售)|许可证|永久许可|授权|系统集成|集成项目|建设|改造|开发|实施|安装调试|" + _SOFTWARE_LICENCE + r"|hardware|equipment|purchase|delivery(?! (?:platform|scheduling|routing|route|management|tracking|app)\b)|perpetual|implementation|development"
    service = r"云服务|云平台服务|订阅|SaaS|运维服务|技术支持服务|搬迁服务|迁移服务|support renewal|premier support|(?:testing|consulting|assessment|audit|advisory|data|analytics) services|engagement letter|运行维护|维保服务|驻场|托管|外包服务|技术服务合同|测评|咨询|监理|服务期限|维保(?:服务)?(?:合同|协议)|续保|maintenance renewal|post-warranty|subscription|\bcloud\b(?: services?)?|managed (?:\w+ ){0,2}services?|(?<!master )services agreement|服务协议|maintenance services?|operation and maintenance|hosting|outsourc|\bservices?\W*$"
    # (a title that ends by naming a service is one: "ORDER FORM — RouteWorks Delivery Scheduling Service"; a product named for the
    # deliveries it plans delivers nothing: "ORDER FORM — RouteAtlántica Delivery Platform")
    t_goods, t_service = len(rx.findall(goods, title, re.I)), len(rx.findall(service, title, re.I))
    if t_goods and rx.search(r"服务(?:合同|协议)书?\s*$", title.strip()) and not rx.search(r"供货|供应|销售|买卖", title) and \
            t_goods == len(rx.findall(r"设备|硬件|货物", title)):
        return "service"  # 报废信息设备数据销毁及处置服务合同: the goods are what the service handles
    if t_service and not t_goods or t_service > t_goods:
        return "service"
    if t_goods and not t_service:
        return "goods_or_licence"
    body = text[:30000]
    g = len(rx.findall(r"到货|交货|货物|硬件|许可|" + _SOFTWARE_LICENCE + r"|perpetual|delivery of (?:the )?(?:products|equipment|system)|质保期|保修期|warranty period", body, re.I))
    s = len(rx.findall(r"服务期|按月|按季|每月|月度服务费|订阅|subscription|per month|monthly (?:service |recurring )?(?:fee|charge)s?|managed services?|运维|云服务|service period|"
                       r"per (?:contract|subscription|service) year|platform fees?|\bSaaS\b|software[- ]as[- ]a[- ]service", body, re.I))
    return "service" if s > g else "goods_or_licence"


# ---- SLA --------------------------------------------------------------------------------------

_AVAIL = r"可用率|可用性|在线率|可用时间|availability|uptime|available"
_BELOW = r"(?:低于|不足|below|under|less than|short of)"
_COMMIT = r"(?:不低于|不少于|达到|≥|>=|保证|承诺|at least|no less than|not less than|minimum of|of at least)"
_P1 = r"一级|1级|P1|Sev(?:erity)?\s*[:：]?\s*(?:1|one)\b|priority\s*[:：]?\s*(?:1|one)\b|紧急|严重故障|重大故障|重大事件|critical|urgent"
_PX = r"二级|三级|四级|2级|3级|P[2-4]|Sev(?:erity)?\s*[:：]?\s*[2-4]|priority\s*[:：]?\s*[2-4]|一般故障|轻微|\b(?:minor|major|medium|low)\b(?!-)"  # not "the low-oxygen alarm"
_RESP = r"响应|respon|acknowledg|triag|escalat|reaction|\banswer(?:ed|s)?\b|\btakes? charge of|\btaken in charge|\btaken into account within"  # "shall be answered … within one (1) hour"
_NOT_RESP = r"到场|到达现场|现场|恢复|解决|修复|排除|resol|restor|fix|on[- ]?site|workaround"
# the buyer's answer to the supplier is no service level: "Customer shall appoint a project lead who answers Provider's
# configuration questions within three business days"
_ANSWERS_SUPPLIER = rf"\b(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?(?: to)?|repl(?:y|ies|ied)(?: to)?) {SUPPLIER_EN}\b"
# questions answered are help, not a response to a fault: "The Provider shall answer the Customer's technical questions about the Data
# definitions and the API within two business days"
_ANSWERS_QUESTIONS = r"\banswer(?:s|ed|ing)?\b[^.;,]{0,40}\b(?:questions|queries|enquiries|inquiries)\b|\b(?:questions|queries|enquiries|inquiries)\b[^.;,]{0,60}\b(?:are|is|shall be|will be) answered\b"


_DEVICE = r"终端|设备|传感器|探头|点位|测点|站点|路口|摄像|相机|视频|仪表|控制器|网关|采集器"  # a measure of the devices or sites (终端在线率, 路口在线率, 测点在线率, 相机在线率, 视频在线率), not of the service
_FEED = _DEVICE + r"|企业|车辆|数据"  # whose 在线率 a sentence may name before the figure: the devices', the enterprises' or vehicles' data feeds


def _whose_rate(before: str) -> str:
    """The words that name whose 在线率 a figure is: its own phrase ("一百三十六家企业数据在线率不低于"), or the phrase before when
    the rate names no one ("312路视频全部接入，在线率不低于98%"), past a bracket that gives the figure ("数据在线率（不低于98%）")."""
    phrases = rx.split(r"[，,；;。：:、（(]", rx.sub(r"率\s*[（(]", "率", before))
    return phrases[-1] if not rx.match(r"\s*在线率", phrases[-1]) or len(phrases) < 2 else phrases[-2]


def _availability(r: _Reader) -> tuple[float | None, int | None]:
    """The committed level: the lowest commitment, but one stated as a tier of the remedy ("below the
    commitment but not below 99 %: 10 % credit") only when no plain commitment is found."""
    plain: list[tuple[float, int]] = []
    tiers: list[tuple[float, int]] = []
    first: tuple[float, int, bool] | None = None  # (figure, clause, whether the service falls below it)
    for s in r.find(_AVAIL):
        if not rx.search(_AVAIL, rx.sub(r"\bworkarounds? (?:is |are |being )?available\b", "", s.text, flags=re.I), re.I):
            continue  # a priority that a workaround leaves low says nothing of the service's availability: "| Priority 3 | A single
            # user affected, workaround available | … | 0.5% of MRC when below 90% in the month |"
        tier = bool(rx.search(_REMEDY, s.text, re.I) and rx.search(_BREACH, s.text, re.I)
                    or rx.search(r"低于\s*[\d.]+\s*[%％]\s*(?:但|且|，|,)?\s*(?:不低于|高于|≥)|below [\d.]+\s*(?:%|per ?cent) but (?:not below|at least|above)|"
                                 r"(?:不低于|≥)\s*[\d.]+\s*[%％]\s*(?:但|且|，|,)?\s*低于|[\d.]+\s*(?:%|per ?cent) or (?:more|above|higher) but (?:below|less than)", s.text, re.I))
        for value, start, end in find_percents(s.text):
            # (nor a share of incidents handled in time: "| P3 | A single user impaired, workaround available | 2 hours | … | 90% of
            # incidents per month |", or of data delivered in time: "keep the delay between receipt of a vessel position and its
            # availability through the API below 10 minutes for at least 98% of positions each month")
            if not 90 <= value <= 100 or rx.match(r"\s*(?:of (?:all )?(?:the )?(?:incidents|requests|tickets|calls|cases|faults|events|positions|records|messages|updates|transactions)\b|的?(?:故障|工单|事件|请求|报修))",
                                                    s.text[end:], re.I):
                continue
            # (a note on how a rate is counted is not another measure, nor whose rate it is: "月度可用率（站点数据在线率与平台可用时间综合计算）不低于99.5%",
            # "系统月度在线率（按全部称重点位在线时长计算）不低于99.95%")
            measured = rx.sub(r"(率|可用性)[（(][^（）()]{0,40}[)）]", r"\1", s.text[:start])
            metrics = rx.findall(r"[\u4e00-\u9fff]{0,4}率|可用性|\b(?:[a-z]+\s+)?(?:rate|ratio)\b|\b(?:accuracy|availability|uptime)\b", measured, re.I)
            if metrics and (not rx.search(_AVAIL, metrics[-1], re.I) or rx.match(_DEVICE, metrics[-1])
                            or metrics[-1].endswith("在线率") and (any(rx.match(_DEVICE, m) and m.endswith("在线率") for m in metrics)
                                                                   or rx.search(_FEED, _whose_rate(measured)))):
                continue  # "可用率、…、工单闭环率（不低于98%）": the figure of another measure; "终端在线率不低于98%", "前端设备在线率：每季度末
                # 在线率不低于95%", "集中控制器在线率不低于99%", "一百三十六家企业数据在线率不低于95%": the devices' or the feeds', not the service's (but "设备可用率：乙方保证…设备的年度可用率不低于99.9%" is the commitment)
            before = s.text[max(0, start - 16):start]
            below = bool(rx.search(_BELOW + r"\s*$", before, re.I))
            if first is None or first[2] and not below:
                # (a figure the service falls below is a breach's threshold, not the level promised: "If the monthly availability
                # … falls below 99.0% in two consecutive months, Customer may terminate", before Schedule 3's "| … | 99.95% |")
                first = (value, s.clause, below)
            # "不低于99.9%", "commits to a Service Availability of 99.7%" (not "availability is below 99.0%")
            if rx.search(_COMMIT + r".{0,12}$|(?:availability|uptime|可用率|可用性)\s*(?:level |target |commitment )?(?:of|为|[:：])\s*$|\bavailable(?: at)?\s*$", before, re.I) \
                    or rx.search(r"\b(?:availability|uptime) of (?:the )?[\w -]{1,40}[:：]\s*$", s.text[max(0, start - 60):start], re.I) \
                    or rx.search(r"\b(?:guarantee|commit|undertake)\w*\b[^.;%\d]{0,20}\b(?:availability|uptime)\b[^.;%\d]{0,50}\bof\s*$", s.text[max(0, start - 100):start], re.I) \
                    or rx.search(r"(?:availability|uptime|可用率|可用性)[^|%\d\n]{0,80}\|\s*(?:(?:commitment|target|guaranteed|(?:service )?level|承诺|目标值?)\s*[:：]\s*)?$",
                                 s.text[max(0, start - 120):start], re.I):
                # "… make the Service available at 99.95 %", "D.1 Monthly availability of the Service: 99.95%", "guarantees a monthly availability of the API and the web platform of 99.95 %",
                # a service-level table's row: "| Monthly availability of the ordering and payment functions | 99.95% |", read
                # "Measure：Monthly availability of … | Commitment：99.95%" or "… | Service level：99.5%"
                (tiers if tier else plain).append((value, s.clause))
    if plain or tiers:
        return min(plain or tiers)
    return first[:2] if first else (None, None)


def _flattened_table_response(t: str) -> float | None:
    """A severity table whose cells a PDF's text layer ran into one line: "Severity Definition Response On site
    Restoration Severity 1 … 15 minutes 1 hour 3 hours Severity 2 …" — the first time in the P1 row is under the
    first time column, when that column is the response."""
    # the P1 row after the header's first column that names the response, not a "Critical spares kit" in a price list before it
    header_at = rx.search(_RESP, t, re.I)
    row = re.compile(_P1, re.I).search(t, header_at.end()) if header_at else None
    # … or rows labelled A, B, C under a "Priority" column: "Priority Definition Response Restoration A A show cannot start …"
    lettered = None if row else rx.match(r"(?:Priority|Severity|Level|Category|Class)\b.{0,80}?\s(A)\s+(?=[A-Z])", t)
    if not (row or lettered) or "|" in t:
        return None
    row_start, row_end = (lettered.start(1), lettered.end(1)) if lettered else (row.start(), row.end())
    header = t[:row_start]
    columns = rx.findall(_RESP + "|" + _NOT_RESP, header, re.I)
    if len(columns) < 2 or not rx.match(_RESP, columns[0], re.I) or find_durations(header) or \
            rx.search(r"\b(?:shall|will|must|should)\b|(?<!响)应|须", header, re.I):
        return None  # a header names its columns; "The Supplier shall respond to and restore Severity 1 …" is a sentence
    following = rx.search(r"\sB\s+(?=[A-Z])", t[row_end:]) if lettered else rx.search(_PX, t[row_end:], re.I)
    durations = find_durations(t[row_end: row_end + following.start() if following else len(t)])
    return to_hours(durations[0][0], durations[0][1]) if durations else None


def _row_run(sentences: list[Sentence], i: int) -> str:
    """A sentence and those the splitter cut from it at semicolons: a table row a PDF's text layer ran into one line ("Priority 1
    Server or network down at the packing house or cold store;" / "optical sorting line cannot print labels;" / "… 30 minutes 3 hours")."""
    text = sentences[i].text
    for following in sentences[i + 1:i + 6]:
        if following.clause != sentences[i].clause or not rx.search(r"[;；]\s*$", text):
            break
        text += " " + following.text
    return text


_SYSTEM_RESPONSE = (r"\b(?:median|average|mean|p\d{2}|\d{2}(?:th)?[- ]percentile)\s+(?:API |query |page )?response times?\b|"
                    r"\bresponse times? of (?:the |each |every |an? )?[\w -]{0,40}?\b(?:endpoints?|API|quer(?:y|ies)|pages?|screens?|searches)\b")
_TIME_FIGURE = r"\d+(?:\.\d+)?\s*(?:分钟|小时|天|日|秒|%|minutes?|mins?\b|hours?|hrs?\b|h\b|days?|seconds?|per ?cent)"


def _timed(text: str) -> list[tuple]:
    """The durations in a text that may be a time to act: not a deduction's unit ("一级故障响应每超时1小时扣款500元", "一级故障每超出响应时限
    一小时扣减¥800"), the window a figure is measured over ("the average response time of the … endpoint measured by the Customer over
    five working days is less than two seconds"), how late a response is when a credit starts ("10% for each Severity 1 response that
    is late by more than one hour"), nor how long the fault lasts ("Priority 1 - … no position updates are delivered for more than 30
    minutes: response within 8 business hours"); nor a date before an end ("服务期满前15日，甲方组织验收"), a problem put off to the next
    working day ("节假日期间提交的问题，顺延至下一个工作日处理"), how long a presence lasts ("系统上线后，乙方应派工程师现场保障两周，协助甲方处理上线初期的
    问题", "乙方提供为期两周的现场保障") or a breach's cure period ("a material breach that is not remedied within 30 days after written
    notice, or if the Provider repeatedly fails to resolve incidents within a reasonable time")."""
    return [d for d in find_durations(text) if not rx.search(r"每(?:超时|超出|超过|延迟|迟延|逾期)?(?:响应|到场|修复|恢复)?(?:时限|时间)?\s*$|\b(?:for )?(?:each|every|per) (?:additional |further )?$|"
                                                          r"\b(?:over|during) (?:the |a period of )?$|\b(?:late|delayed|overdue) by (?:more than |over |at least )?$|\bfor (?:more|longer) than $|"
                                                          r"(?:期满|届满|到期|结束|开始)前\s*$|(?:保障|驻场|值守|陪护|跟踪)\s*$|为期\s*$|for a period of\s*$|(?:顺延|延后|推迟)至\s*下\s*$|"
                                                          r"\b(?:remed(?:y|ied|ies)|cur(?:e|ed|es)|rectif(?:y|ied|ies))\b[^.;]{0,20}\bwithin\s*$", text[:d[2]], re.I)]


def _p1_response(r: _Reader) -> tuple[float | None, int | None]:
    p1, general, tighter = [], [], []
    for i, s in enumerate(r.sentences):  # the items under a lead-in that names the response
        if s.says(_RESP) and rx.search(r"[:：]\s*$", s.text) and not find_durations(s.text):
            for item in r.sentences[i + 1:i + 7]:
                durations = _timed(item.text)
                if item.clause == s.clause and item.says(_P1) and durations:
                    p1.append((to_hours(durations[0][0], durations[0][1]), item.clause))
                    break
        # … and a level whose times a line break carried to the next sentence: "Severity 1 (Software unusable):" / "reaction
        # within 1 hour, workaround within 1 working day"; or that the level's description ended: "（1）一级故障：…或API中断。乙方应在15分钟内响应"
        if s.says(_P1) and rx.search(r"[:：]\s*$|^\W*(?:\w{1,3}\W{1,3})?(?:" + _P1 + r")\w{0,6}\s*[:：]", s.text, re.I) \
                and not find_durations(s.text) and i + 1 < len(r.sentences):
            item = r.sentences[i + 1]
            first = rx.split(r"[，,；;]", item.text)[0]
            # (or "within six (6) hours" under a lead-in that names the response: "Caroni shall respond to incidents as follows:")
            led = rx.match(r"\W*within\b", first, re.I) and any(x.says(_RESP) for x in r.sentences[max(0, i - 3):i])
            if item.clause == s.clause and not item.says(_P1 + "|" + _PX) and (rx.search(_RESP, first, re.I) or led) \
                    and (durations := find_durations(first)):
                p1.append((to_hours(durations[0][0], durations[0][1]), item.clause))
        # … or a severity table whose header and rows are lines of their own (a PDF's text layer): "Severity Definition Response
        # Restoration" / "1 Thermal process records cannot be kept … 2 hours on site within 2 days"
        header = rx.match(r"\W*(?:Severity|Priority|Level|Category|故障等级|故障级别|级别|等级)", s.text, re.I) and i + 1 < len(r.sentences)
        columns = rx.findall(_RESP + "|" + _NOT_RESP, s.text, re.I) if header else []
        if columns and rx.match(_RESP, columns[0], re.I) and not find_durations(s.text):
            item = r.sentences[i + 1]
            # (the row may start a clause of its own: "1 Thermal …" reads as a numbered heading)
            if item.clause - s.clause in (0, 1) and rx.match(r"\W*(?:1|one|一级?)\b", item.text, re.I) and (durations := find_durations(item.text)):
                p1.append((to_hours(durations[0][0], durations[0][1]), item.clause))
    # a security service's first answer to a P1 incident is to tell the customer: "| Incident Priority | Notification of the Customer |
    # Containment action started |" / "| P1 | within 15 minutes of detection | …"
    notice = rf"\bnotification of {BUYER_EN}"
    # the period whose own time is not the standing one, where a clause gives both ("考试期间15分钟内响应，1小时内恢复；非考试期间
    # 30分钟内响应"), as the availability reads the weaker tier: once per clause, not per sentence
    specials = {c.index: m.group(1) for c in r.clauses if (m := rx.search(r"非([\u4e00-\u9fff]{1,6}?)期间", c.text))}
    # … and a sentence scoped to such a period, beside the standing time: "考试周及技能鉴定期间，乙方应安排专人值守，一级故障应在30分钟内
    # 响应", "节日保障期间，一级故障须在10分钟内响应" (not the whole term: "服务期间，…", "During the warranty period and the support period, …";
    # nor one of two periods that share the year: "榨季期间，一级故障…30分钟内响应…；非榨季期间一级故障2小时内响应")
    scoped_to = (r"^\W*(?:[（(]?[一二三四五六七八九十\d]+[）)、.]\s*)?[^，。；,]{1,24}?(?:期间|时段内?|高峰期)\s*[，,]|"
                 r"^\W*(?:\d[\d.]*\s+)?during\b[^,.;]{1,60}\b(?:periods?|peaks?|seasons?|campaigns?|holidays?|weeks?)\s*,")
    for i, s in enumerate(r.sentences):
        if not s.says(_RESP) and not (s.says(_P1) and s.says(notice)):
            continue
        if rx.search(r"验收|acceptance|\bset-?up\b|onboarding|\bintegration\b", r.clauses[s.clause].heading, re.I) and "sla" not in r.types[s.clause]:
            continue  # an acceptance test's timing: "2,000 Queries sent within ten minutes … are answered without error and each within three seconds";
            # a setup's: "4. SETUP AND INTEGRATION" / "… shall answer the Customer's developers' integration questions within 1 business day"
        if _buyer_responds(s.text):
            continue
        if s.says(_SYSTEM_RESPONSE) and not s.says(_P1):
            continue  # how fast the system answers, not the supplier: "(c) the median response time of the position endpoint
            # measured over those seven days is below 800 milliseconds"
        if (hours := _flattened_table_response(_row_run(r.sentences, i))) is not None:
            p1.append((hours, s.clause))
            continue
        priority, open_response = None, False
        # a level's description in brackets says nothing of its time: "Priority 1 (the Service is unavailable and no
        # workaround exists) - six (6) hours"
        t = rx.sub(r"\s*[（(](?![^）)]*(?:\d|" + _P1 + "|" + _PX + "|" + _RESP + r"))[^（）()]{8,}[）)]\s*", " ", s.text, flags=re.I)
        # … also where it names a level's word itself: "respond to a Severity 1 incident (the Software is unavailable or a critical
        # function cannot be used and there is no workaround) within 1 hour"
        # (its figures too, where they measure the fault, not the time: "一级故障（预警信息无法发布或发布延迟超过3分钟）：15分钟内响应";
        # a figure that is no time at all: "Priority 1 incident (tier-1 system cannot be restored …): response | 30 minutes")
        t = rx.sub(rf"(?P<level>(?:{_P1})(?:\s*\w+){{0,2}})\s*[（(](?![^）)]*(?:{_RESP}))(?:(?![^）)]*{_TIME_FIGURE})|(?=[^）)]*(?:超过|以上|多于|more than|exceeding|over)\s*\d))"
                   rf"[^（）()]{{8,}}[）)]\s*", r"\g<level> ", t, flags=re.I)
        # … nor a time for special periods in brackets, beside the standing one: "| Priority 1 | 1 hour (30 minutes during campaign
        # periods) | 6 hours |"
        t = rx.sub(r"\s*[（(][^（）()]*(?:\b(?:during|in|for) [^（）()]*\b(?:periods?|peaks?|seasons?|campaigns?|holidays?)\b|期间|高峰|节假日|旺季)[^（）()]*[）)]", " ", t, flags=re.I)
        special = specials.get(s.clause)
        scoped = not special and (opening := rx.match(scoped_to, s.text, re.I)) and not rx.search(
            r"(?:服务|合同|运维|维保|质保|保修|订阅|有效|许可|项目|实施)期间|\b(?:warranty|support|maintenance|subscription|service|contract|licen[cs]e|agreement|initial|renewal|term)\b",
            opening.group(0), re.I)
        for phrase in rx.split(r"[，,；;。、|]|\s{2,}|\band\b", t):
            if rx.search(_P1, phrase, re.I):
                priority = 1
            elif rx.search(_PX, phrase, re.I):
                priority = 2
            if special and rx.search(rf"(?<!非){special}期间", phrase):
                continue
            durations = _timed(phrase)
            responds = (rx.search(_RESP, phrase, re.I) or priority == 1 and rx.search(notice, phrase, re.I)) and not rx.search(_ANSWERS_SUPPLIER + "|" + _ANSWERS_QUESTIONS, phrase, re.I) and not (
                rx.search(_NOT_RESP, phrase, re.I) and not rx.search(r"(?:内|以内|within)\s*(?:到达?现?场)?响应|响应时间|^\W*respon\w*\s*[:：]|respon\w*\s+(?:(?:time|target)s?\s+)?(?:within|[:：]|\d|one|two|four)", phrase, re.I))
            # a table row names the response in one cell and gives its time in the next
            # ("紧急事件（一级）响应时间 | 30分钟"; "P1: acknowledgement and notification | within 15 minutes")
            follows = open_response and not rx.search(_NOT_RESP, phrase, re.I)
            open_response = bool(responds and not durations) or (follows and not durations)
            if not (responds or follows):
                continue
            # (a time tightened for a while is no standing commitment beside one: "重要时段保障期间…值守期间一级故障的响应时限缩短为15分钟")
            shortened = rx.search(r"(?:缩短|缩减|压缩)(?:为|至|到)|\b(?:shortened|reduced|tightened) to\b", phrase, re.I)
            for value, unit, _, _ in durations:
                hours = to_hours(value, unit)
                if hours is not None and hours <= 24 * 7:
                    (tighter if shortened or scoped else p1 if priority == 1 else general if priority is None else []).append((hours, s.clause))
    if p1:
        return min(p1)
    if general:
        return min(general)
    if tighter:
        return min(tighter)
    # … or, where no level names a response, the P1 level's first action: the on-site team's arrival under the response clause
    # ("（7）服务响应" / "一级故障（主展厅核心展项停运…）：驻场人员15分钟内到达现场处置，2小时内恢复")
    for s in r.sentences:
        level = rx.search(_P1, s.text, re.I)
        if not level or not rx.search(_RESP + r"|服务水平|服务级别|service levels?", r.clauses[s.clause].heading, re.I):
            continue
        for phrase in rx.split(r"[，,；;。]", _unbracketed(s.text[level.end():])):
            if rx.search(_PX, phrase, re.I):
                break
            if rx.search(r"到达?现场|到场|\barriv\w* on[- ]?site|\bon[- ]?site within", phrase, re.I) and (durations := find_durations(phrase)):
                hours = to_hours(durations[0][0], durations[0][1])
                if hours is not None and hours <= 24:
                    return hours, s.clause
                break
    return None, None


_DEDUCT_SUM = r"扣(?=\s*(?:人民币|¥|￥|\d))"  # 扣 before a sum (扣¥500) deducts; 扣 elsewhere (扣留, 不扣) need not
_SLA_CONTEXT = r"服务水平|服务级别|SLA|可用率|可用性|响应时间|响应(?!文件)|服务标准|服务质量|service levels?|availability|uptime|response time"
# what an SLA's remedy says (扣付: "一级故障每超时一小时扣付1,000元"; 赠送…人天: "未按时响应的，每次向甲方赠送1人天免费服务")
_REMEDY = (r"扣减|扣除|扣付|减免|减收|抵扣|返还|退还|赔偿|赔付|补偿|违约金|罚|另扣|" + _DEDUCT_SUM + r"|服务积分|赠送[^，。；]{0,6}人[天日]|service credits?|credits?\b|credited (?:against|to)|rebates?\b|"
           + CURRENCY + r"\s?[\d,]+(?:\.\d+)? (?:for|per) (?:each |every )?(?:hour|incident)\b|refund|reduction of (?:the )?(?:[a-z]+ ){0,2}(?:fees?|charges?|price|instalments?|installments?|invoices?)|reduction of " + CURRENCY + r"|(?:price|fees?|charges?)[^.;]{0,20}(?:(?:shall|will) be|is|are) reduced|liquidated damages|"
           r"penalt|deduct|withh?old(?:s|ing)?\s+(?:[\w'’]+\s+){0,3}?(?:(?:payments?|fees?|charges?|amounts?|sums?|invoices?|monies|money|part|portions?)\b|\d|" + CURRENCY + r")|扣款|向(?:甲方|采购人|买方)支付|支付(?:给)?(?:甲方|采购人|买方)|(?:(?:shall|will) (?:pay|owe)|pays|owes)[^.;]{0,30}" + CURRENCY + r"\s?[\d,]+|"
           rf"(?:{SUPPLIER}[^，。；]{{0,8}}|每超(?:时|过|出)[^。；]{{0,12}})支付(?:人民币|¥|￥)?\s*[\d零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]")  # "乙方每超时一小时，支付¥800", "每超过1小时支付人民币800元"
_BREACH = (r"未达到|未能达到|未达标|不达标|(?<!不)低于|不满足|不符合|(?<!不)(?<!不得)超过|(?<!不)(?<!不得)超出|超时|未在|未按|延误|逾期|迟延|延迟|迟到|违反|每超|中断|"
           r"below|(?:lower|less) than|fail|miss|breach|not (?:meet|met|achieved|responded|acknowledged|restored|resolved|fixed|provided)|exceed|delay|late|outage|loss of power|"
           r"falls? short|shortfall|\bbeyond (?:the |its |any )?(?:agreed |applicable |stated )?(?:[\w-]+ )?(?:times?|deadlines?|periods?|limits?|targets?)\b")  # "remains out of service beyond the restoration time"
# remedies named in a list, nothing else: "any penalty, damages or fee reduction"
_REMEDY_WORD = r"(?:penalt(?:y|ies)|(?:liquidated )?damages|(?:service )?credits?|(?:fee |price )?reductions?|compensation)"
_REMEDIES_LISTED = _REMEDY_WORD + r"(?:(?:,\s*|,?\s+(?:or|and)\s+)" + _REMEDY_WORD + r")*\b"
_NO_REMEDY = (r"\bno (?:service )?credits?\b|no [^.;]{0,40}(?:credits?|refunds?|reductions?|compensation) (?:apply|applies|shall apply|is payable|are payable|will be)|"
              r"\bno (?:failure|breach|shortfall)\b[^.;]{0,60}(?:shall|will|does) (?:give rise to|entitle|result in)|\bno (?:claim|right|entitlement)s? to (?:any )?[^.;]{0,40}(?:credits?|reductions?|refunds?|compensation|penalt)|"  # "Customer shall have no claim to any fee reduction, credit or penalty"
              r"(?:shall|will|does) not give rise to (?:any )?(?:service )?(?:credits?|refunds?|reductions?|compensation|damages|payments?|deductions?)|"
              r"(?:does|do|shall|will) not (?:provide|give|grant|pay|offer|issue) (?:any )?[^.;]{0,40}(?:credits?|refunds?|reductions?|compensation)|"  # "… does not give Customer a right to service credits"
              r"not (?:be )?entitle[^.;]{0,40}(?:credits?|reductions?|refunds?|compensation|damages)|"  # "… shall not be entitled to service credits"
              r"(?:shall|will|is|are) not (?:be )?liable for (?:any )?" + _REMEDIES_LISTED + "|"  # "The Provider shall not be liable for any penalty, damages or fee reduction for late completion"
              r"entitles? [^.;]{0,40}\bneither to (?:a |any )?[^.;]{0,30}(?:reductions?|credits?|refunds?|compensation)|"  # "… entitles the Customer neither to a reduction of the fees nor to a credit"
              r"(?:credits?|reductions?|refunds?|compensation)\b[^.;]{0,30}\b(?:(?:are|is) not (?:owed|due|payable|granted|provided|available|offered)|(?:do|does|shall|will) not apply)|"  # "Service credits, fee reductions or other compensation are not owed for missing them", "… do not apply to any failure to meet the service levels"
              r"entitles? [^.;]{0,80}\bbut not to (?:a |any )?(?:service |price |fee )?(?:credits?|reductions?|refunds?|compensation|damages)\b|"  # "… entitles the Customer to escalation …, but not to service credits"
              r"不(?:另行|另计|另|再)?(?:(?:约定|设置?|予以?|作|计)[^。；，]{0,6}?)?(?:扣减|扣除|扣款|补偿|赔偿|违约金)(?!以外|之外)|不(?:进行|实行|实施)[^。；，]{0,6}?(?:扣减|扣除|扣款|补偿|赔偿)|"  # "未达标情形不进行服务费扣款", "乙方超时响应或到场的，由双方协商改进措施，不另计扣款或违约金", "本合同不约定扣款、违约金或其他补偿", "本合同不另设服务水平扣款"
              r"不(?:因此|因而|因[^。；]{0,40}?)?承担(?:因[^。；]{0,40}?)?(?:任何)?(?:费用)?(?:扣款|扣减|抵扣|赔偿|补偿|违约金|违约(?:[或及和、]赔偿)?责任)|"  # "乙方不因未达到上述时限承担任何违约或赔偿责任"
              r"不接受[^。；]{0,8}(?:扣款|扣减)|不(?:因|就|据此|以此)[^。；]{0,40}?而?(?:扣减|扣除|扣款|减免|减少)|不(?:再)?要求[^。；]{0,8}(?:支付|承担)[^。；]{0,8}(?:违约金|赔偿|补偿)|"  # "本合同不就服务水平未达标扣减服务费"
              r"不(?:就此|因此)?(?:向(?:甲方|采购人|买方))?支付[^。；]{0,6}(?:违约金|赔偿金|补偿)|不对[^。；]{0,40}承担(?:任何)?(?:赔偿|扣款|扣减|补偿|违约金|违约(?:[或及和、]赔偿)?责任)|"  # 本合同不因服务指标未达标而扣减…，乙方亦不就此向甲方支付违约金
              r"不予?(?:退还|返还|退回)")  # money kept, not given back: "因甲方原因导致项目暂停超过六十日的，…已收款项不予退还"


_EITHER_PARTY_LIABLE = r"^\W*(?:[\d.]+\s*)?(?:任何一方|任一方|双方中任何一方|either party|each party|any party|a party)[^。；.;]{0,30}?(?:违反|违约|breach)"


_MILESTONE = r"验收|交付|上线|完成|go-?live|accept|transition|delivery|complet|onboard|commence|\bissued\b|\b(?:each|every|per) (?:full )?(?:calendar )?day of delay\b"  # what a delay is of


def _sla_remedy(r: _Reader) -> tuple[bool, int | None]:
    # (French drafts acknowledge "Blocking Anomalies" rather than respond to incidents)
    sla_clauses = {c.index for c in r.clauses if "sla" in c.types or rx.search(_SLA_CONTEXT + r"|故障|服务考核|考核得分|respond|restor|\bfault|failure|incident|anomal(?:y|ies)|acknowledg", c.text, re.I)}
    lead = None  # a list's lead-in that names the remedy: "6.3 Service credits:" before "(a) for each … incident where … is missed: CNY 1,000"
    for s in r.sentences:
        if lead is not None and s.clause != lead:
            lead = None
        # (not fines an authority imposes: "The Provider is responsible for losses and regulatory penalties caused by its breach of this
        # Section 5", the data-security section)
        named = s.says(_REMEDY) and bool(rx.search(_REMEDY, rx.sub(_AUTHORITY_FINES, "", s.text, flags=re.I), re.I))
        remedy = named or lead is not None
        if named and rx.search(r"[:：]\s*$", s.text) and s.clause in sla_clauses:
            lead = s.clause
        # (the milestone may be the sentence before's: "乙方应在合同签订后四十五日内完成全部门店上线。" / "逾期的，每逾期一日按合同总额的千分之一向甲方支付违约金。")
        before = r.preceding(s) if rx.match(r"\W*(?:如|若)?(?:逾期|延期|迟延)的", s.text) else None
        late = s.says(r"逾期|延期|迟延|\bdelay") and (s.says(_MILESTONE) or before is not None and before.says(_MILESTONE)) \
            and not s.says(r"可用|响应|故障|恢复|availability|respon(?!sib)|incident|(?<!'s )(?<!’s )(?<!its )(?<!our )(?<!their )fault|restor")  # delay damages, not an SLA's remedy ("reasons for which it is responsible"; "If the production API keys are issued late …"; "delayed through the Vendor's fault";
        # "For each day of delay attributable to the Provider, the Provider shall pay … as a penalty", split by a wrap from its milestone)
        # who pays for a data breach, or what the buyer pays, is not an SLA's remedy
        other_money = (s.says(r"security incident|(?:data|personal[- ](?:data|information)|security) breach|数据泄露|信息泄露|安全事件")
                       and not s.says(_SLA_CONTEXT)) \
            or s.says(_BUYER_PAYS)
        # ("11.2 甲方违反第八条约定的，应向乙方支付合同总金额的20%作为违约金" in a clause that also names 第三方软硬件故障)
        # ("第十三条 违约与解除 …一级故障…；（二）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金")
        ending = rx.search(r"(?:有权|可以?|may|is entitled to|shall be entitled to)[^。；.;]{0,12}(?:解除|终止|terminat)", s.text, re.I)
        if ending and not rx.search(_REMEDY, s.text[:ending.start()], re.I):
            continue  # "…未达到服务可用性承诺…的，甲方有权解除本协议，并要求乙方…赔偿损失": the end of the contract, not the SLA's remedy
        if s.says(r"\bterminat|解除|终止") and s.says(r"\brefund|退还|返还"):
            continue  # nor the fees given back when it ends: "If Customer terminates for Vendor's breach, Vendor shall refund the subscription fee …"
        if s.says(_EITHER_PARTY_LIABLE) and not s.says(_SLA_CONTEXT):
            continue  # nor either party's liability for any breach, in a clause that names faults only to exclude them: "任何一方违反本合同约定的，
            # 应承担继续履行、采取补救措施等违约责任，给对方造成损失的，应予赔偿" beside "乙方对…第三方软硬件故障造成的损失不承担责任"
        if not other_money and (s.clause in sla_clauses or s.says(_SLA_CONTEXT)) and remedy and s.says(_BREACH) \
                and not s.says(_NO_REMEDY) and not late:
            return True, s.clause
    return False, None


# ---- IP and data --------------------------------------------------------------------------------

_IP = r"知识产权|著作权|版权|专利|所有权|权利归属|成果|intellectual property|copyright|title|ownership|work product|deliverables?|own\b|owns\b|property of"
_PRE = r"原有|既有|已有|已经?拥有|背景知识产权|(?:its|their) own (?:tools|methods|materials|know-how)|know-how|平台(?!(?:优化|定制|个性化)?配置|所作|所做|(?:功能)?(?:完善|改进|优化)成果)(?:软件|本身|及其)?|platform|standard software|自有(?:平台|产品|技术)|标准产品|通用(?:开发|功能)?(?:框架|模块|组件|产品|工具)|开发工具|底层平台|平台本身|pre-?existing|\bexist(?:s|ed) (?:before|prior to)\b|background|proprietary (?:software|platform|tools)|Vendor Materials|Supplier Materials|standard products?"  # (not 平台配置 or 平台优化配置, work done on it, nor "对平台所作的配置调整成果"; "in the Software as it existed before this Agreement"; "乙方在本项目中使用的通用功能模块和开发工具")
_SUBMITTED = rf"(?:{SUPPLIER})(?:提交|交付|编制|出具)的"  # what the supplier hands over is its work: "乙方提交的巡检记录、…运行月报…等资料"
_CUSTOM = r"定制|本项目|开发形成|开发成果|工作成果|交付成果|交付物|为甲方|为[^，。；、]{0,8}?(?:开发|编写)的|" + _SUBMITTED + r"|custom(?!er)|customer-specific|client-specific|specific developments?|work results?|deliverable|work product|(?:develop(?:s|ed)?|design(?:s|ed)?|ma(?:de|kes?)|creat(?:e|es|ed)|prepar(?:e|es|ed)|written|writes?|buil(?:t|ds?)|configur(?:e|es|ed)|set up|produc(?:e|es|ed)|perform(?:s|ed)?)(?: by (?:the )?\w+(?: or by (?:the )?\w+)?)?(?: specifically)? (?:for|under)(?! (?:the |our |its |(?!" + BUYER + r"'s)\w+'s )?(?:generic |general |standard )?(?:platforms?|services?|products?|software|customers|clients)\b)|specifically for|bespoke|(?:prepared|developed|made|created|written) (?:on the basis of|according to|in accordance with|to) (?:the )?\w+'s (?:specifications|requirements|instructions)|(?:configured|built|developed|created|prepared|written)(?: by (?:the )?\w+)? (?:during|in|as part of) (?:the )?(?:onboarding|implementation|integration|set-?up)\b|(?:developed|built|created|written) with (?:the )?\w+['’]s (?:[\w-]+ )?(?:support|assistance|help)\b"  # (为…开发的: "乙方为平台开发的功能优化代码"; "any course templates configured by Dasom during onboarding"; "the connector developed with the Vendor's integration support"; "… interface mappings created during onboarding"; "Content templates and layouts designed for the Customer")
_PROPERTY = r"(?:(?:sole|exclusive|absolute)(?: and (?:sole|exclusive|absolute))? )?(?:intellectual )?property"  # "the sole and exclusive property of", "the intellectual property of"


def _owned_by_zh(party: str, keeps: str = r"享有|拥有") -> str:
    """归甲方 / 属于甲方 / 由甲方所有 / 甲方享有知识产权 / 甲方对…成果享有全部知识产权: the party owns it (由 alone names no owner:
    "服务结束后由乙方自行卸载")."""
    return (rf"(?:归|属于)\s*{party}\s*(?:单独|独家)?(?:所有|享有|拥有)?|由\s*{party}\s*(?:单独|独家)?(?:所有|享有|拥有)|"
            rf"{party}\s*(?:对[^。；，,]{{1,60}}?)?(?:单独|独家)?(?:{keeps})(?:全部)?(?:所有权|知识产权|著作权|权利)")


_OWNER_ZH = [
    (_owned_by_zh(BUYER), "buyer"),
    (_owned_by_zh(SUPPLIER, r"享有|拥有|保留") + rf"|{BUYER}仅(?:享有|拥有|获得).{{0,12}}使用权", "supplier"),
    (r"(?:双方|甲乙双方)\s*共(?:同)?(?:有|所有|享有|拥有)|共有|共同所有|joint(?:ly)? own|jointly by|joint ownership|co-own", "joint"),
]
_OWNER_EN = [
    (rf"(?:vest|vests|vested) in {BUYER_EN}|(?:sole|exclusive)?\s*property of {BUYER_EN}|{BUYER_EN} shall (?:solely )?own|owned (?:solely )?by {BUYER_EN}|"
     rf"(?:assigns?|transfers?) (?:to {BUYER_EN}|all (?:of its )?right, title and interest)|^\W*(?:(?:[A-Z]?[\d.]+\)?|[a-z]\))\s+)?{BUYER_EN} (?:solely )?owns? (?!all {BUYER} Data)|(?:is|are|be|been) (?:hereby )?(?:assigned|transferred) to {BUYER_EN}|(?:rights?|title|ownership|results|deliverables|work product|intellectual property)\b(?:[^.;]|\.(?=\d)){{0,200}}\bpass(?:es)? to {BUYER_EN}|{BUYER_EN} (?:shall be|is) the (?:sole )?owner|belongs? (?:exclusively |solely |only )?to {BUYER_EN}|"
     rf"\b(?:made|prepared|developed|built|created) (?:specifically )?for {BUYER_EN} and (?:shall )?belongs? to (?:it|them)\b|"  # "… are made for the Subscriber and belong to it"
     rf"{BUYER_EN} (?:shall )?(?:obtains?|acquires?|receives?) (?:the |all |full |sole )?(?:ownership|title)\b|"
     rf"(?:{BUYER_EN} (?:shall )?(?:obtains?|acquires?|receives?)|grants? (?:to )?{BUYER_EN}) (?:the |an )?exclusive(?:,? (?:and )?(?:perpetual|irrevocable|transferable|unlimited|worldwide))* rights? of use\b|"  # a German draft's ausschließliches Nutzungsrecht
     rf"(?:is|are|remains?|be) (?:the )?{BUYER}'s {_PROPERTY}", "buyer"),
    (rf"{SUPPLIER_EN}(?: and its (?:licensors|affiliates|suppliers))? (?:shall )?(?:retain|retains|own|owns)|{SUPPLIER_EN} (?:also |likewise )?(?:is and )?remains? the (?:sole |exclusive )?owner|(?:remain|remains|be)(?: likewise| also)? the {_PROPERTY} of {SUPPLIER_EN}|"
     rf"(?:vest|vests|vested) in (?:and remain with )?{SUPPLIER_EN}|remain with {SUPPLIER_EN}|owned by {SUPPLIER_EN}|belongs? (?:exclusively |solely |only )?to {SUPPLIER_EN}|"
     rf"(?:is|are|remains?|be) (?:the )?{SUPPLIER}'s {_PROPERTY}|(?:is|are)(?: likewise| also)? the {_PROPERTY} of {SUPPLIER_EN}", "supplier"),  # "are likewise the exclusive property of the Licensor"
]


# the work a development contract defines: 甲方委托乙方开发“智慧监管平台”（以下简称“本系统”）
_DEVELOPED_AS = re.compile(r'(?:开发|定制|研发)[^。；]{0,30}?[“"]([^”"]{1,30})[”"][（(]?(?:以下简称|下称|简称)[“"]([^”"]{1,12})[”"]')
# a defined term for work done for the buyer: '"Integration Components" means the connector …, scripts and configuration prepared for the Customer',
# '"Customer Configurations" means the fare tables, timetables, report layouts … set up for Customer'
# '"Connector" means the software module that Provider builds to load the Data into Customer's ERP' (what the supplier builds
# into the buyer's own systems, not '"Platform" means the platform which Provider develops and operates', nor its product
# "which the Vendor will configure for the Customer's three machine models"), or develops for the buyer: '"Connector" means the
# integration software that Tidemark develops for Customer under this Agreement …', Tidemark being the supplier; or what a service
# produces only for the buyer: '"Customer Outputs" means reports, maps and analyses produced by the Data Service specifically for
# Customer's regions of interest' ('"Integration Adapters" means the software components the Provider builds to connect the API to the
# Customer's voyage management and claims systems', with no "that")
_DEFINED_FOR = re.compile(rf'[“"]\**([A-Z][^”"*]{{2,40}}?)\**[”"]\s+means\b[^;.]{{0,300}}?\b(?:(?:prepared|developed|built|created|written|customi[sz]ed|configured|set up)'
                          rf'(?: by (?:the )?\w+)? (?:specifically )?for {BUYER_EN}\b|(?:produced|generated)(?: by (?:the )?(?:\w+ ){{0,3}}?\w+)? specifically for {BUYER_EN}\b|(?:(?:that|which) )?{SUPPLIER_EN} (?:shall |will )?'
                          rf'(?:builds?|develops?|writes?|creates?)\b(?:[^;.]{{0,60}}?\b{BUYER}\'s\b| (?:specifically )?for {BUYER_EN}\b))')


# what the supplier undertakes to build into the buyer's own systems, named without a definition: "Provider shall build a
# field-mapping adapter that converts Provider Data into the message format of Customer's tracking system", "The Provider shall build
# and deliver, within 45 days after signature, an adapter that loads the Data into the Customer's marine coordination system", "Vendor
# shall build a connector between the API and Customer's transport management system (TMS) that …"
_BUILT_FOR = re.compile(rf"{SUPPLIER_EN} (?:shall|will) (?:build|develop|write|create)(?: and \w+)?(?:, [^,.;]{{1,40}},)? (?:a|an|the) ((?:[\w-]+ ){{0,3}}[\w-]+) "
                        rf"(?:(?:that|which) [^.;]{{0,80}}?|(?:between|into|to|for|with|linking)\b[^.;]{{0,60}}?)\b{BUYER}'s\b")


def _ip_owner(r: _Reader) -> tuple[str | None, int | None, bool]:
    # (not a licensed product the definition adds the buyer's configurations to: '"Software" means the Adriatek Monitor software,
    # licensed perpetually for the Buyer's sites, and the dashboards and alarm rules configured for the Buyer'; but a defined name
    # on the way is no licence: '"Integration Adapters" means the connectors … that Vendor builds specifically to load Licensed Data
    # into Customer's systems')
    # (read in the sentences, where a party's own name is its role: '"Connector" means the integration software that Tidemark
    # develops for Customer')
    names = {n for s in r.sentences for pattern in (_DEVELOPED_AS, _DEFINED_FOR, _BUILT_FOR) for m in pattern.finditer(s.text)
             if not (pattern is _DEFINED_FOR and rx.search(r"\blicen[cs]ed\b", m.group(0))) for n in m.groups()}
    custom = _CUSTOM + "".join(f"|(?-i:{re.escape(n)})" for n in sorted(names))  # as defined: "Content", not "its content management software"
    found: dict[str, int] = {}
    headed: dict[str, int] = {}
    free_use = False
    ip_heading = r"知识产权|著作权|成果|归属|ownership|intellectual property|work product|work results?|results of (?:the )?work|rights of use|proprietary|copyrights?"
    in_ip = [s for s in r.sentences if "ip_ownership" in r.types[s.clause] or rx.search(ip_heading, r.clauses[s.clause].heading, re.I)]
    # custom work owned, wherever it is said ("… created under clause 1.3, …, pass to", "… mappings created for Customer are Customer's property",
    # "Customer Configurations belong to Customer" under a heading cut before its "intellectual property", "… created by Supplier for
    # Customer during the Onboarding Services, including the migrated in-house courses, belong to Customer", "乙方为甲方定制开发的小程序页面样式、
    # 对接程序及专属报表，归甲方所有" with no word for IP; the Chinese one only after 定制 or 开发, not the 为甲方 of goods supplied)
    # ("The Customer owns the Customer Outputs, including the integration code and lane mappings developed by or for the Customer")
    owned_work = (rf"(?:{custom})(?:[^.;。；(（]|\.(?=\d)|[(（][^)）]*[)）]){{0,120}}(?:belongs? to|(?:the )?property of|owned by|vests? in|pass(?:es)? to|(?:is|are|remains?) (?:the )?\w+['’]s {_PROPERTY})|"
                  rf"\b{BUYER_EN} (?:shall |will )?owns?\b[^.;。；]{{0,120}}?(?:{custom})|"
                  rf"(?:定制|开发|{_SUBMITTED})[^。；]{{0,60}}?(?:(?:归|属于|由)\s*(?:{BUYER}|{SUPPLIER})\s*(?:单独|独家)?所有|"
                  rf"所有权(?:均|全部)?(?:归|属于)\s*(?:{BUYER}|{SUPPLIER}))")  # ("乙方提交的巡检记录、…运行月报…等资料的所有权归甲方")
    ip_sentences = set(in_ip)
    for s in in_ip + [x for x in r.find(r"知识产权|intellectual property|right, title and interest|ownership|" + owned_work) if x not in ip_sentences]:
        text = s.text
        infringes = rx.search(r"侵犯|侵权|infring|第三方.{0,10}(?:主张|索赔)", text, re.I)
        if infringes:  # a warranty against infringement owns nothing; what the sentence said before it stands
            # ("…运行分析报告等成果，其知识产权归甲方所有，甲方可自由使用和修改，乙方保证上述成果不侵犯第三方权利")
            text = text[:max((m.start() for m in rx.finditer(r"[，；;]", text[:infringes.start()])), default=0)]
            if not rx.search(_IP, text, re.I):
                continue
        for pattern, owner in _OWNER_ZH + _OWNER_EN:
            for m in rx.finditer(pattern, text, re.I):
                # (what the work is based on is not what is owned: "… developed for the Customer, are developed on the basis of the
                # Supplier's know-how and remain the exclusive property of the Supplier")
                # ("定制功能是在标准产品基础上开发的，其源代码、设计文档及相关知识产权均归乙方所有")
                left = rx.sub(r"\b(?:on the basis of|based on) (?:the )?\w+'s (?:know-how|tools|methods|materials)\b|在[^，,；;。]{1,20}?基础上", "", text[:m.start()], flags=re.I)
                # (up to a licence of it: "retains its own tools and know-how and grants the Customer a free licence to use any of them
                # embedded in the Deliverables")
                # (nor what the owner may do with it: "…, belong to Customer, which may use, modify and share them freely, including
                # on other platforms")
                # (nor what it leaves out: "Shannonlearn owns the Service and all its underlying software and content, other than Customer
                # Data and Customer Materials")
                after = rx.split(r"[，；;。]|, (?:but|except|excluding|other than|save|while|and|provided|which|who)\b|\band grants?\b", text[m.end():], maxsplit=1)[0]
                if rx.match(r"\s*all (?:rights?|right, title and interest|intellectual property)\b", after, re.I):
                    # "own all rights in the Services, …, and all Deliverables, including custom detection rules": the list runs on
                    after = rx.split(r"[；;。]|, (?:but|except|while|and|provided)\b", text[m.end():], maxsplit=1)[0]
                context = rx.split(r"[，,；;]|\bexcept\b|但|除", left)[-1] + text[m.start():m.end()] + after
                near = left[-40:]
                if rx.search(_PRE, context, re.I) and not rx.search(custom, context, re.I):
                    continue
                pre = [x.end() for x in rx.finditer(_PRE, left, re.I)]
                if owner == "supplier" and pre and pre[-1] > max([x.end() for x in rx.finditer(custom, left, re.I)] or [-1]) \
                        and not rx.search(r"(?:定制|开发)[^，,；;。的]{0,4}的(?:(?!既有|原有|已有)[^，,；;。])*$", left[:pre[-1]]):  # not "定制开发的省级平台对接程序"
                    continue  # "乙方在本项目中使用的其既有通用开发框架和组件，知识产权仍归乙方": the subject is pre-existing
                if owner == "supplier" and not rx.search(custom + r"|成果|开发|enhancement|modification|improvement", rx.sub(
                        r"(?:enhancements?|modifications?|improvements?)\s+(?:(?:to|of)\s+(?:them|it|the (?:Services?|Software|Platform|Products?|Documentation))\b|thereto|thereof)|"
                        r"\b(?:including|and) (?:all )?(?:its |their )?(?:improvements|enhancements|modifications)\b(?:\s+made under (?:clause|section|article) [\d.]+)?"
                        r"(?![^.;]{0,40}\b(?:for|specifically)\b)",
                        "", context + " " + text[:m.start()], flags=re.I), re.I):  # not "own the Services … and all improvements to them" / "…, including improvements." / "and all its improvements"
                    continue  # the supplier owning its own product is fine ("The API … and all improvements remain …"); the rule is about customised work
                if owner != "joint" and s not in ip_sentences and not rx.search(_IP, left + text[m.end():m.end() + 60], re.I) \
                        and not rx.search(custom, left + m.group(0) + after, re.I):
                    continue
                if rx.search(r"数据[^，,；;。、]{0,4}$", near) and not rx.search(r"知识产权|著作权|成果|intellectual|work product", near, re.I) \
                        and not rx.search(r"(?:脚本|程序|代码|工具|接口|报表|模板|软件|组件)$", near) and not rx.search(custom, near, re.I) \
                        and not rx.search(r"(?:文档|脚本|程序|代码|配置|模型|方案|报告|成果|软件)[^，,；;。、]{0,8}(?:、|和|及|与)", rx.split(r"[，,；;。]", left)[-1]):
                    continue  # data ownership, read by _data_terms; not 数据迁移脚本, the work done on it, nor a list of it with the data
                    # ("…训练形成的识别模型参数、分级规则配置和标注数据集归甲方所有", "运维过程中形成的文档、脚本、配置和数据归甲方所有")
                if rx.search(r"(?:匿名化?|脱敏|去标识化?|聚合|汇总)[^，,；;。]{0,6}数据[^，,；;。]{0,8}$", near):
                    continue  # what the supplier makes of anonymised data is a use of the data, read by _data_terms: "乙方有权将上述数据进行
                    # 匿名化处理后，用于行业客流分析…，该等匿名化数据及分析成果归乙方所有"
                found.setdefault(owner, s.clause)
                heading = r.clauses[s.clause].heading
                if rx.search(ip_heading, heading, re.I) and not (rx.search(r"数据|\bdata\b", heading, re.I) and not rx.search(
                        r"知识产权|著作权|成果|intellectual|work product|copyright", heading, re.I)):  # not "数据归属与使用"
                    headed.setdefault(owner, s.clause)
        if rx.search(rf"{BUYER}.{{0,20}}(?:自由|无需.{{0,8}}同意|不受限制|freely|without (?:the )?(?:need for |)(?:consent|restriction)).{{0,30}}(?:使用|修改|许可|use|modify|licen)", s.text, re.I):
            free_use = True
    found = headed or found  # the clause headed as the IP clause says it; "由此形成的模型归乙方" in the data clause does not
    for owner in ("joint", "supplier", "buyer"):
        if owner in found:
            return owner, found[owner], free_use
    return None, None, free_use


_DATA = r"数据|资料|信息|录音|录像|影像|data|information|recordings"  # (通话录音 and 录像 are the buyer's data too)
# (加密 before 巡检, 监测 or 布点 is more often, not encrypted: "乙方应…加密巡检和校准频次", "乙方应提出加密布点或综合防治建议"; a lock the supplier may not set is no duty
# to keep data safe: "乙方…不得设置加密或其他技术限制")
# (the buyer's information lost counts as its data lost: "… a Customer Design or other Customer information has been accessed, lost
# or disclosed …, it shall notify the Customer within 24 hours"; Confidential Information disclosed is confidentiality's)
_SEC_WORDS = (r"数据安全|信息安全|网络安全|数据泄露|信息泄露|泄露事件|安全事件|安全漏洞|个人信息保护|等级保护|等保|(?<!设置)加密(?!巡|监测|检测|观测|采样|频|校准|检查|布点|布设|点位)|访问控制|"
              # (… and measures taken for the data: "乙方应对其接触的甲方数据采取必要的安全措施")
              r"数据(?:(?:或|及|和|、)[\u4e00-\u9fff]{1,6}?)?被?(?:泄露|丢失|损坏|毁损|篡改|窃取|破坏)|数据[^。；，]{0,8}(?:采取|落实)[^。；，]{0,8}安全(?:保护|防护)?措施|信息被(?:篡改|窃取|破坏)|(?:平台|系统|网络|服务器|数据库)(?:被|遭到?)(?:入侵|攻击|非法侵入)|网络攻击|未经授权(?:的)?访问|非法访问|"
              r"data security|information security|security (?:breach|incident|compromise)|incidents? (?:are |is |shall be )?notified|incident notice|MLPS\b|(?:incidents?|breach(?:es)?) affecting [\w ,]{0,80}(?:data|records)|(?:incidents?|events?) (?:that |which )?(?:may |might |could )?(?:compromises?|affects?|endangers?) [\w ,'’]{0,60}\bdata\b|technical and organi[sz]ational (?:security )?measures|breach(?:es)? of (?:the )?(?:data |information )?security|breach(?:es)? of (?:the |any )?(?:[A-Z]\w+ )?(?:Data|data)\b|unauthori[sz]ed (?:disclosure|access)|data breach|data leak|(?:loss|leakage|corruption|destruction|disclosure) of [\w ]{0,20}data|(?:data|(?<!confidential )information) (?:is|are|was|were|has been|have been) (?:lost|leaked|disclosed|corrupted|destroyed|stolen|accessed)|(?:materials|records|files|content) (?:is|are|was|were|has been|have been) (?:(?:lost|damaged|corrupted|destroyed),? (?:or )?)*(?:leaked|stolen)|(?:accessed|disclosed) without authori(?:[sz]ation|ty)|personal[- ](?:data|information)|data protection|encrypt(?!ed (?:tunnels?|links?|connections?|VPNs?)\b)|safeguards?\b|(?:keep|hold|store)s?\b[^.;]{0,30}\bdata\b[^.;]{0,20}\b(?:secure|safe)\b")
_SEC_DUTY = r"(?<![响相对供适效反理])应(?![急用])|须|必须|负责|承担|赔偿|通知|报告|措施|遵守|shall|must|\bwill\b|notif(?:y|ies|ied)|notice within|\binforms?\b|compensates?|responsib|liable|measures|compl(?:y|ies)\b"  # present tense: "informs the Client … of any security incident", "complies with the … Data Security Law"
# (not 应 in 应急, 应用, 响应: "服务内容：驻场运维值守、…网络安全等级保护测评配合、重大节假日及恶劣天气应急保障" lists work, it binds no one)
# (a backup among the tasks of an O&M service is work, not a duty for the data's security: "负责系统日常巡检、数据备份、账号管理、用户咨询")
_HELPS_CHECK = r"配合[^。；]{0,40}?(?:网络安全|信息安全|数据安全|等级保护|等保)[^，。；、]{0,6}(?:检查|测评|评估|审计|检测)"
# (nor does a security engineer on the team: "乙方应组建由项目负责人、数据库工程师、网络安全工程师…组成的运维团队" staffs the service)
_SECURITY_ROLE = r"(?:网络|信息|数据)安全(?:工程师|专员)|\b(?:network|information|data) security (?:engineers?|specialists?)\b"
# (nor does the network built with "encrypted tunnels over Customer's internet lines": that describes the service, not a duty to keep data safe)
# both parties obeying the law, data laws among the laws, binds no one to keep the data safe: "Each party shall comply with the laws that
# apply to it …, including the Personal Information Protection Law"
_SECURITY_LAW = r"(?:Personal Information Protection|Data Security|Cyber ?security|Network Security) Law|个人信息保护法|数据安全法|网络安全法"
# staff keeping the buyer's house rules while at its premises is site conduct, not a duty for the data's security: "On-site engineers shall
# comply with Customer's site rules and information security policies when working at Customer's offices", "驻场人员应遵守甲方的考勤和信息安全管理制度"
_AT_BUYERS_SITE = (rf"\bon[- ]site (?:engineers?|staff|personnel|team)|(?:when|while) (?:working )?(?:at|on|in) (?:the )?{BUYER_EN}['’]s (?:offices?|premises|sites?|facilities)|"
                   r"(?:驻场|现场|进场)(?:工作)?人员")
_HOUSE_RULES = r"(?:information |IT |data |cyber ?)?security (?:polic(?:y|ies)|rules|regulations|procedures)|(?:信息|网络|数据)?安全(?:管理)?(?:制度|规定|要求)"
_BOTH_OBEY_LAWS = (r"^\W*(?:[\dA-Z.]+\s+|[一二三四五六七八九十]+\W+)?(?:(?:each party|both parties|the parties)\b|甲乙双方|双方|各方)[^.;。；]{0,20}(?:comply|observe|abide|遵守|遵循)"
                   rf"[^.;。；]*(?:{_SECURITY_LAW})")


# use of the buyer's data beyond the contract (商业 of a use, not of the information kept secret: "乙方有权在不泄露甲方商业信息的前提下，
# 将本项目作为案例用于乙方的宣传和投标材料")
_REUSE = (r"脱敏|匿名|去标识|去除[^，。；]{0,12}(?:识别|标识)信息|(?:行业)?基准指数|汇总|聚合|统计分析(?!等?(?:库|系统|模块|平台|功能))|(?<!整)改进|优化.{0,6}(?:产品|服务|算法)|(?:产品|服务|算法)优化|训练|行业(?:数据)?分析|研究报告|商业(?!信息|秘密|机密)|其他(?:目的|用途|客户)|"
          r"aggregat|de-?identif|anonymi[sz]|improv|benchmark|other purposes|any purpose|commerciali|"
          r"train(?:s|ed|ing)? (?:its |their |the |of )?(?:[\w-]+ ){0,2}(?:models?|algorithms?|AI\b|engines?|classifiers?)|(?:model|algorithm|AI) training|\bto train\b")  # not a fee item "Training: CNY 45,000"


# a defined name for the datasets a subscription delivers: '"Data" means the datasets listed in Schedule A'
_SOLD_DATA = re.compile(r"[“\"]([A-Z][\w -]{1,30}?)[”\"]\s*(?:means|shall mean)\b[^.;]{0,120}\b(?:datasets?|data ?feeds?|data products?|"
                        r"data (?:made available|provided|delivered|supplied) (?:through|via|by|on) (?:the |its )?(?:API|portal|platform|feed|service)s?)\b")
# ('"Data" means the forecast, sea-state, ocean-current and AIS vessel-position data made available through the API under the data packages …')


# what reused work may not contain: "但不得包含甲方的纹样图稿和业务数据", "which shall not include any Customer Data"
_EXCLUDED_DATA = r"(?:不得|不应|不能|不|并不)(?:包含|包括|含有|含|涉及)[^，。；]{0,40}|\b(?:shall|must|may|does|do|will) not (?:include|contain)\b[^.;,]{0,60}|\bexcluding\b[^.;,]{0,60}"


_MASKED_BY_BUYER = (rf"(?:anonymi[sz]ed|de-?identified|aggregated|pseudonymi[sz]ed|masked)\s+by\s+{BUYER_EN}\b|"
                    rf"(?:由|经){BUYER}(?:自行)?(?:进行)?(?:脱敏|匿名化|去标识化)(?:处理)?")


_UNIDENTIFIABLE = (r"(?:不能|不可|无法)(?:再|被)?(?:单独|直接)?(?:识别|辨识|还原|关联|追溯)|(?:不得|不应|禁止)(?:借此|据此|以此|通过[^，。；]{0,10})?(?:重新)?(?:识别|辨识|还原)|"
                   r"(?:cannot|can ?not|may not) (?:be )?(?:re-?)?(?:identif|link|trac|attribut)\w*")  # "乙方不得借此识别具体会员" bars re-identifying, not the reuse


def _data_terms(r: _Reader) -> dict:
    out = {"data_security_clause": False, "buyer_owns_data": None, "data_use_beyond_contract": False}
    where = {}
    for s in r.find(_SEC_WORDS):
        if s.says(r"(?:makes|gives) no (?:commitment|warranty|representation|undertaking)|(?:does|do) not (?:warrant|undertake|guarantee)|(?:does|do|shall|will) not accept (?:any )?(?:responsibility|liability)|(?:shall|will) (?:have|bear) no (?:liability|responsibility)|不承担[^。；]{0,30}(?:责任|损失)|不对[^。；]{0,40}承担[^。；]{0,4}责任|不负责"):
            continue  # "Vendor makes no commitment regarding the security of Diagnostic Data … and shall have no liability", 乙方不对…数据丢失承担责任,
            # "Supplier does not accept any responsibility or liability for the loss, corruption, unauthorised access to … Customer Data"
        if s.says(r"(?:shall|will) not be (?:liable|responsible) for|\b(?:is|are) not (?:liable|responsible) for|\bneither party (?:(?:shall|will) be|is) (?:liable|responsible)"):
            continue  # "shall not be liable for … loss of data": an exclusion, not a duty
        # the buyer's own duty ("Customer shall remove personal information …", "数据备份、服务器安全防护…由甲方自行负责", "系统部署于
        # 甲方自有服务器，甲方负责服务器、网络及数据备份的安全管理"), also where the
        # supplier is named only after the security words, if at all ("The Customer shall … obtain the consents required from visitors
        # for the collection of their personal information through its own privacy notice, which Supplier shall display", "B1.4 The
        # Customer shall not … attempt to gain unauthorised access to the platform")
        first_sec, first_supplier = rx.search(_SEC_WORDS, s.text, re.I), rx.search(SUPPLIER, s.text)
        buyer_first = rx.match(rf"{_OPENS}(?:the\s+)?{BUYER}", s.text, re.I) and first_sec \
            and (not first_supplier or first_sec.start() < first_supplier.start())
        if _buyer_alone(s.text) or buyer_first or (s.says(rf"(?:^|[，,；;]|由)\s*{BUYER}\s*(?:自行)?(?:负责|承担)|responsibility of {BUYER_EN}|{BUYER}'s (?:sole |own )?responsibility")
                                                   and not s.says(rf"{SUPPLIER}\s*(?:应|须|必须|负责|承担|shall|must|will)")):
            continue
        if not rx.search(_SEC_WORDS, rx.sub(f"{_HELPS_CHECK}|{_SECURITY_ROLE}", "", s.text, flags=re.I), re.I):
            continue  # the buyer's security check the supplier helps with: "乙方应配合甲方完成…数据报送、系统对接调试及网络安全检查"
        if s.says(_BOTH_OBEY_LAWS) and not rx.search(_SEC_WORDS, rx.sub(_SECURITY_LAW, "", s.text, flags=re.I), re.I):
            continue
        if s.says(r"故障|\b(?:critical|major|minor|severity|priority)\b[^.;]{0,20}\b(?:faults?|incidents?)\b") and not rx.search(_SEC_WORDS, _unbracketed(s.text), re.I):
            continue  # a fault level described in brackets: "Critical faults (loss of data or alarms from a pen group) shall receive a response within 1 hour"
        if s.says(r"status page|availability|uptime|outage|downtime") and not rx.search(
                _SEC_WORDS, rx.sub(r"incidents? (?:are |is |shall be )?notified|incident notices?", "", s.text, flags=re.I), re.I):
            continue  # an outage told to the buyer under the service levels: "publish the status of the API on its status page and send
            # incident notices to Customer's technical contact, and … a monthly availability report"
        if rx.search(r"不可抗力|force majeure", r.clauses[s.clause].heading, re.I) and not rx.search(
                _SEC_WORDS, rx.sub(r"\bevents?\b[^.;]{0,80}\bdata\b", "", s.text, flags=re.I), re.I):
            continue  # the force majeure event that affects a data feed: "Provider shall use its backup hosting … and shall tell
            # Customer without delay when an event affects the Data"
        if s.says(r"\bkeep\b[^.;]{0,20}\bconfidential\b|保密") and not rx.search(_SEC_WORDS, rx.sub(r"personal[- ](?:data|information)|个人信息", "", s.text, flags=re.I), re.I):
            continue  # personal information among what a party keeps secret: "shall keep confidential all non-public information …,
            # including designs, prices … and personal information of staff"
        if s.says(_AT_BUYERS_SITE) and not rx.search(_SEC_WORDS, rx.sub(_HOUSE_RULES, "", s.text, flags=re.I), re.I):
            continue
        in_preamble = s.clause == 0 and not r.clauses[0].heading
        certificate = rx.search(r"(?<!身份)(?<!因素)认证(?!方式)|证书|资质|certif|qualifi", s.text, re.I) and not s.says(r"通知|报告|notify|notif")  # holding one is no duty
        # (but 身份认证, authenticating users, is a measure: "乙方应采取身份认证、传输加密等安全措施保护甲方数据")
        # (nor is a staff member's: "乙方派驻3名工程师，其中…1名具备网络安全相关资质")
        if s.says(_SEC_DUTY) and not certificate and not in_preamble:
            out["data_security_clause"], where["data_security_clause"] = True, s.clause
            break
    owns = None
    # (and what the contract defines as data: "“Customer Materials” means all last files, … and other data of Customer", "“Customer
    # Designs” means all designs, patterns, images, colour charts and stitch files created, supplied or stored by the Customer",
    # "“Customer Inputs” means the product descriptions, SKU lists, … and any other information that Customer submits to the API")
    # (… or a defined term the buyer's name opens, for its messages, images or logs: '"Customer Mail" means all e-mail messages,
    # attachments, headers and related logs of Customer processed by the Service', '"Customer Content" means images, metadata and
    # recognition results submitted to or returned by the API for the Customer'; a term set in bold is defined as one in quotes:
    # '**Customer Documents** means all documents printed, copied or scanned …, and all data stored on them', or in bold and quotes;
    # '"Buyer Designs" means all drawings, patterns, scans, models and toolpaths created or supplied by the Buyer')
    defined_data = (r"(?:[“\"]\**|\*\*)([A-Z][\w -]{2,40})(?:\**[”\"]|\*\*)\s*(?:means|shall mean|refers to)\b[^.;]{0,200}(?:\bdata\b|\b(?:files|images|recordings|records|content|information)\b"
                    rf"[^.;]{{0,80}}\b(?:(?:supplied|provided|uploaded|stored|submitted|entered) by {BUYER_EN}|(?:that|which) {BUYER_EN} (?:supplies|provides|uploads|stores|submits|enters)\b))",
                    # ('"Customer Materials" means the lists of vessels, voyages and ports that the Customer submits to the API', '… the watchlists,
                    # booking references, container numbers, user accounts and query parameters that the Customer or its users submit to the API')
                    rf"(?:[“\"]\**|\*\*)((?:{BUYER}) [A-Z][\w -]{{1,30}})(?:\**[”\"]|\*\*)\s*(?:means|shall mean|refers to)\b[^.;]{{0,200}}\b(?:metadata|messages|images|files|records|logs|content|information|recordings|"
                    rf"documents|drawings|designs|patterns|scans|models|(?:that|which) {BUYER_EN}(?: or its (?:users|staff|employees|clients))? (?:submits?|supplies|provides|uploads|stores|enters|sends)\b)\b",
                    # … or named in brackets after what it covers: "All documents, drawings, scans and files printed, copied or scanned on
                    # the Devices (**Customer Documents**) belong to Customer"
                    rf"\b(?:documents|drawings|designs|patterns|scans|files|images|recordings|records|logs)\b[^.;()（）]{{0,120}}[(（](?:the |hereinafter )?"
                    rf"[“\"]?\**((?:{BUYER}) [A-Z][\w -]{{1,30}}?)\**[”\"]?[)）]")
    named = "".join("|" + _spaced(m.group(1)) for s in r.sentences for pattern in defined_data for m in rx.finditer(pattern, s.text))
    # the data a subscription sells is the supplier's: '"Data" means the datasets listed in Schedule A' beside "grants the Customer a …
    # right … to access the API, download the Data" (so "The Provider may improve the methods used to compile the Data" reuses nothing)
    sold = [m.group(1) for s in r.sentences for m in [_SOLD_DATA.search(s.text)] if m
            and any(rx.search(rf"\b(?:grants?|licen[cs]es?)\b[^.;]{{0,160}}\b(?:access|download|receive|use)\b[^.;]{{0,40}}\bthe {_spaced(m.group(1))}\b", x.text)
                    for x in r.sentences)]
    # (as is the data a heading calls subscribed: "2. SUBSCRIBED DATA AND SERVICES" over "The Vendor … may reprocess it with improved methods")
    # (and so are its data fields or packages: "The Provider may add new data fields or improve the models used to produce the Data")
    sold_data = r"\bsubscribed data\b" + (r"|\bthe (?:" + "|".join(map(_spaced, sold)) + r")\b|\bdata (?:fields|packages|layers|sources|types)\b" if sold else "")
    # sentences about data, and every sentence of a clause headed as one ("6. Customer Data": "… traffic statistics …")
    # ("平台中的宗教场所信息、…个人信息、财务信息及视频资料均属于甲方所有")
    # (a sensor network's "readings, maps and reports" belong to the buyer under "Field Data")
    # ("… traffic statistics, device logs and addressing plans relating to Customer's network are Customer's property", "Designs,
    # patterns and loom files created by the Customer with the Licensed Software belong to the Customer")
    design_files = r"(?:CAD|loom|design|pattern) files"
    data_nouns = r"data|information|records|logs|measurements?|readings|videos?|footage|images|recordings|" + design_files + r"|\bthey\b" + named
    # (… or information said to be the buyer's: "traffic statistics and any other information relating to the Customer's network … belong
    # to the Customer")
    owned_information = rf"\binformation\b[^.;]{{0,160}}(?:belongs? to|property of|owned by) {BUYER_EN}"
    for s in [s for s in r.sentences if rx.search(r"数据|记录|录像|录音|影像|图像|视频|日志|信息|data|records|recordings|logs|" + design_files + "|" + owned_information + named,
                                                  s.text + " " + r.clauses[s.clause].heading, re.I)]:
        t = s.text
        # (also with its other rights: "…隐患清单及平台运行数据，所有权和知识产权均归甲方所有")
        if s.says(rf"(?:数据|资料|信息|记录|视频|影像|图像|日志|账号|data)[^，。；：:,]{{0,30}}(?:(?:[，,]\s*(?:均|全部|都|皆))?(?:归|属于?|由)|[，,]\s*(?:均|全部|都|皆)?\s*其?(?:(?:所有权|权属|全部权利)(?:(?:和|及|与|、|以及)(?:知识产权|使用权|收益权|处置权))*\s*(?:均|全部|都|皆)?)?\s*(?:归|属于?))\s*{BUYER}\s*(?:所有|享有|拥有)?|(?:数据|资料|记录|视频|影像|日志)[^。；：:]{{0,60}}?[，,]\s*(?:均|全部|都|皆)\s*(?:归|属于?)\s*{BUYER}|{BUYER}\s*(?:享有|拥有).{{0,10}}数据.{{0,6}}(?:所有权|权利)|"
                     rf"{BUYER}(?:'s)? (?:shall )?(?:own|owns|retain|retains|keeps?) (?:all )?(?:(?:right, title and interest|rights?|ownership) (?:in|of|to) )?(?:the |all )?(?:{BUYER}(?:'s)? ){{0,2}}data|"
                     rf"(?:{data_nouns})[^.;]{{0,160}}(?:belongs? (?:solely |exclusively |only )?to|(?:is|are|shall be|shall remain|remains?|stays?) the {_PROPERTY} of|(?:is|are|shall be|shall remain|remains?|stays?) owned by) {BUYER_EN}|"
                     rf"(?:{data_nouns}|reports)[^.;]{{0,160}}\b(?:is|are|shall be|shall remain|remains?|stays?) (?:the )?{BUYER}'s(?: (?:own |sole |exclusive )?(?:data|property)|(?=\s*(?:[.;]|$)))|"
                     rf"{BUYER} Data\b[^.;]{{0,120}}\b(?:is|are|shall remain|remains?|remain) (?:its|their) (?:own |sole |exclusive )?property"):  # "The Licensee Data … remain its exclusive property"
            if owns is None:
                owns = s.clause
        # (what the buyer itself may do is no reuse: "…标注数据集归甲方所有，甲方可自行或委托第三方使用、修改和继续训练", "… belong to
        # Customer, who may use, copy and modify them and let third parties use them for any purpose"; a 软件许可,
        # 使用许可 or 永久许可 bought, 认可, is no permission: "包括应用软件许可、…，实现…数据统计分析等功能", "乙方向甲方提供平台软件永久使用许可",
        # "提供…平台软件许可（永久许可，不限用户数），并…完成…数据审核、汇总分析…等模块的定制开发", nor a permit the buyer administers: "排污许可管理信息平台的
        # 数据对接"; nor is a licence's scope: "…满意度评价、
        # 统计分析等模块）的永久使用许可，许可范围为甲方及所属县（区）信访部门"; nor a defined name: "Customer may keep … Customer
        # Outputs, and Licensed Data incorporated in them in aggregated form")
        # (not 可 of an adjective: 可燃及有毒气体浓度, 可编程控制器, 可视化, 可靠性; nor the buyer's consent to put a proposal into effect:
        # "乙方应每季度对故障和工单进行统计分析，提出系统优化、数据质量改进…建议，经甲方同意后实施")
        permit = next((m for m in rx.finditer(r"有权|可以|可将|可对|(?<![许认])可(?!用[率性]|燃|视|靠|信|见|控|行|编程|追溯|扩展|维护|选|读|伸缩|拆卸|移植|持续|比|变)|允许|授予|(?<!软件)(?<!使用)(?<!永久)许可(?!证|费|范围|管理)|同意乙方|甲方同意(?!后?(?:方可)?(?:实施|执行|上线|变更|部署))|may|is entitled|are entitled|(?!(?-i:Licen[cs]ed [A-Z]))licen[cs]e(?!e)|permitted|right to|authori[sz]es?|\ballows?\b", t, re.I)
                       if not (rx.match(r"有权|可|may|is entitled|right to", m.group(), re.I) and rx.search(rf"{BUYER}(?:,\s*who)?[^，。；,;]{{0,6}}$", t[:m.start()], re.I))
                       and not rx.search(r"(?:仅|只|only)\s*$", t[:m.start()], re.I)), None)  # "乙方仅可为履行本合同使用" permits no reuse
        # (data the buyer itself masks is no reuse by the supplier: "shall not copy it out of the Customer's systems, except test
        # extracts anonymised by the Customer", 由甲方脱敏后的测试数据)
        phrases = _phrases(rx.sub(_MASKED_BY_BUYER, lambda m: " " * len(m.group()), t, flags=re.I))
        for i, phrase in enumerate(phrases):
            beyond = rx.search(_REUSE, phrase, re.I)
            if rx.search(r"(?:脱敏|匿名化?|去标识化?)[^，。；]{0,8}后?方可(?:展示|显示|公开|对外|发布|播放)", phrase):
                beyond = None  # masking the buyer's data before it is shown protects it: "视频数据应按规定进行脱敏处理后方可展示"
            # the use may be named earlier in the sentence ("may use … derived from Customer Data, in anonymised … form"; "licence
            # to use Probe Data, after removal of driver, vehicle and trip identifiers, to improve …") or
            # just after ("may extract … anonymised telemetry from Customer Data and use them")
            # (the word, not its letters: "Provider may improve the Data Services …, provided that the data sets in clause 2.1 continue to be
            # supplied …")
            # (or combined with other customers' data: "may combine Customer Inputs with the inputs of its other customers, in aggregated
            # and anonymised form, … to improve its data products")
            use = rx.search(r"使用|利用|分析|处理|用于|提取|纳入|合并|汇集|\b(?:re-?)?us(?:e|es|ed|ing)\b|exploit|process|analy|extract|include|incorporat|compil|combin|\bpool",
                            " ".join(phrases[:i + 2]), re.I)
            # a prohibition, unless an exception lets the reuse back in ("不得使用…，但经脱敏处理后可用于产品改进"; not "…for any
            # other purpose, and shall not sell … except approved subprocessors")
            exception = rx.search(r"但|但是|however|except|provided that", t, re.I)
            # (a "but" that only limits the permission leaves it: "乙方有权对甲方数据进行脱敏处理后，用于…模型的训练…，但不得披露甲方名称")
            # "shall make no other use of it, including in aggregated … form", "may use it only to perform this Contract and not
            # for any other purpose, including in anonymised or aggregated form"
            # (… or "acquires no right to use it for any other purpose", "only to perform this Agreement and for no other purpose",
            # "only to perform this Contract and not for research, publication or product development, even in anonymised form")
            # (what the reused data cannot do is no prohibition: "形成不能识别具体会员的统计数据，用于乙方产品改进")
            neg = rx.search(NEG + r"|\b(?:make|makes|making) no (?:other |further )?use\b|\bno other use\b|\b(?:not for (?:any |an )?|for no )(?:other|further|different) (?:purposes?|uses?)\b|"
                            r"\b(?:acquires?|obtains?|has|have|gets?) no (?:right|licen[cs]e)\b|\bonly to [^.;]{0,60}\band not (?:for|to)\b",
                            rx.sub(_UNIDENTIFIABLE, lambda m: " " * len(m.group()), t, flags=re.I), re.I)
            prohibited = neg and not (exception and (rx.search(_REUSE, t[exception.end():], re.I) or neg.start() > exception.start()))
            # (not data only in brackets: "乙方有权将定制开发成果（不含甲方数据）用于其他客户项目" reuses the work, not the data, nor
            # in a heading cut from that sentence: "8.2 定制开发成果（包括接口程序、数据库脚本…）的知识产权归乙方所有，乙方可将其用于其他客户项目")
            # (or what the contract defines as the buyer's data: "a … licence to use Customer Inputs, in aggregated form …")
            # (nor a database's design, which is work: "定制开发形成的源代码、数据库设计和技术文档属于乙方的技术成果，乙方可将其用于其他客户项目")
            # (nor data the reused work may not contain: "乙方可将定制开发成果纳入其标准产品向其他客户提供，但不得包含甲方的纹样图稿和业务数据")
            if beyond and use and permit and rx.search(_DATA + named, rx.sub(sold_data + "|数据库|" + _EXCLUDED_DATA, "", _unbracketed(t + " " + r.clauses[s.clause].heading), flags=re.I), re.I) and not prohibited and not rx.search(NEG + r"|仅|只|only|solely", phrase, re.I):
                out["data_use_beyond_contract"], where["data_use_beyond_contract"] = True, s.clause
    if out["data_use_beyond_contract"]:
        out["buyer_owns_data"], where["buyer_owns_data"] = False, where["data_use_beyond_contract"]
    elif owns is not None:
        out["buyer_owns_data"], where["buyer_owns_data"] = True, owns
    return {"values": out, "where": where}


# a party's own log-in secrets are no confidentiality clause: "The Subscriber shall keep its API keys secret, … and inform Supplier
# without delay if a key may have been disclosed"
_CREDENTIALS = r"(?:API\s+keys?|passwords?|credentials|access\s+(?:codes|keys|data)|log-?in\s+(?:details|data)|user\s+names?\s+and\s+passwords)\b"
_OWN_CREDENTIALS = rf"\b(?:keep|keeps|hold|holds)\s+(?:its|their|the|all)\s+(?:own\s+)?{_CREDENTIALS}[^.;]{{0,20}}\b(?:secret|confidential)"


# what binds a party to keep information secret (not to disclose it, to hold it in confidence …)
_CONFIDENTIALITY_DUTY = (r"披露|泄露|透露|提供给|告知|第三方|保守|保密义务|保密责任|严格保密|予以保密|disclos|reveal|divulg|third part|in confidence|keeps? .{0,60}confidential|"
                         r"confidentiality (?:obligations? )?appl(?:y|ies) to (?:both|each|either) part|"
                         r"hold .{0,30}confiden|protect .{0,40}confiden|treat .{0,40}(?:confiden|secret)|secrecy")


def _confidentiality(r: _Reader) -> tuple[bool, int | None]:
    for s in r.find(r"保密|商业秘密|机密|confidential|in (?:strict(?:est)? |complete |full )?confidence|non-disclosure|trade secret|\bsecret\b|secrecy"):
        if s.says(_OWN_CREDENTIALS) and not s.says(r"confidential information|trade secret"):
            continue
        # (nor one that says there is none: "The parties have not agreed any confidentiality obligations … Information exchanged between
        # them is not treated as confidential unless they sign a separate non-disclosure agreement", "双方不承担保密义务")
        if s.says(r"\b(?:not agreed|no|not assume|not undertake)\b[^.;]{0,20}confidentiality (?:obligations?|undertakings?|duties)|"
                  r"\bnot (?:be )?treated as confidential|(?:不承担|不负|未约定|无)(?:任何)?保密(?:义务|责任)"):
            continue
        if rx.search(_CONFIDENTIALITY_DUTY, s.text, re.I):
            return True, s.clause
        # … or what it declares confidential, bound by the next sentence: "Information that a party learns about the other … is
        # confidential. The receiving party shall not reveal it to third parties without the other's prior written approval."
        # (not the buyer's own keys: "The Customer's API keys and portal credentials are confidential. The Customer shall not reveal them …")
        following = r.following(s) if s.says(r"\b(?:is|are|shall be|will be|remains?) (?:treated as )?confidential\b") \
            and not s.says(r"\b" + _CREDENTIALS) else None
        if following is not None and rx.search(_CONFIDENTIALITY_DUTY, following.text, re.I):
            return True, s.clause
    # a clause headed as the confidentiality clause that binds the parties in words of its own ("Information that a party
    # learns about the other … is confidential. The receiving party shall use it only for this Agreement …")
    for c in r.clauses:
        if rx.search(r"保密|confidential|secrecy|non-disclosure", c.heading, re.I) and rx.search(
                r"应|不得|须|shall|must|may (?:use|pass|only)|only (?:for|with)", c.body, re.I):
            return True, c.index
    return False, None


# ---- damages, cap, payment ------------------------------------------------------------------------

_DELAY = r"逾期|延期|迟延|延迟|推迟|延误|未按期|未按时|未能按期|每迟|delay|late (?:delivery|completion)|delivered late|overdue|each day|per day|day of delay"
# what the buyer pays — late payment ("甲方每逾期一日，按应付金额的千分之一向乙方支付违约金") or anything it pays the supplier ("否则应向乙方
# 支付该员工年薪两倍的赔偿金") — is neither the supplier's delay damages nor an SLA's remedy
_BUYER_PAYS = (rf"{BUYER}.{{0,10}}(?:逾期付款|逾期支付|迟延付款|延迟付款|未按(?:期|时)(?:付款|支付))|late payment|fails? to pay|overdue (?:amounts|payments?|invoices?)|付款.{{0,6}}逾期|"
               r"(?:amounts?|sums?|invoices?|payments?)\b[^.;]{0,30}\boverdue\b|\bbears? interest\b|"  # "Undisputed amounts more than 30 days overdue bear interest at 0.02% per day"
               rf"{BUYER}每(?:逾期|迟延|延迟)|向{SUPPLIER}(?:支付|赔偿|偿付)|(?:赔偿|补偿|偿付)(?:给)?{SUPPLIER}|\bpay (?:to )?{SUPPLIER_EN}\b|"
               rf"{BUYER}应(?:付|支付|承担)的?违约金|(?:damages|penalt\w*) (?:payable|owed|due) by {BUYER_EN}|"  # "乙方首先用于抵扣甲方应付的违约金"
               rf"{BUYER}[^。；]{{0,20}}按(?:逾期|未付|欠付)(?:金额|款项|付款)")  # "…；甲方还应每日按逾期金额的千分之一支付违约金", cut from its 逾期付款 at the semicolon
_EACH = r"for (?:each|every) (?:full |complete |completed |commenced |started |calendar )?"  # "for each commenced week of delay"
# ("每逾期满一周，按合同总价的0.1%…"), also with what is late named in between ("乙方每逾期上线一日，向甲方支付¥1,500的违约金",
# "乙方每逾期交货或逾期完成安装调试一日，应按合同总价的千分之一…")
_LATE_WORDS = r"逾期|延期|迟延|延迟|延误|推迟|拖延|超期"
_LATE_BY = rf"每(?:{_LATE_WORDS})[\u4e00-\u9fff]{{{{1,12}}}}?满?(?:一|1)\s*个?(?:{{unit}})"
_ASIDE = r"(?:[（(][^（）()]{1,6}[）)])?"  # what else the rate counts, in brackets: "每逾期（中断）一日"
_PER = [(rf"每(?:{_LATE_WORDS}|迟交)?{_ASIDE}\s*满?\s*(?:一|1)?\s*(?:个)?(?:日|天|自然日|工作日)|/\s*(?:日|天)|每日|per (?:calendar |business )?day|{_EACH}day|each day|every day|daily|"
         + _LATE_BY.format(unit="日|天|自然日|工作日"), 1),
        (rf"每(?:逾期|延期|迟延|延迟|延误)?{_ASIDE}\s*满?\s*(?:一|1)?\s*(?:个)?(?:周|星期|礼拜)|/\s*周|每周|per week|{_EACH}week|each week|weekly|" + _LATE_BY.format(unit="周|星期|礼拜"), 7),
        (rf"每(?:逾期|延期|迟延|延迟|延误)?{_ASIDE}\s*满?\s*(?:一|1)?\s*(?:个)?月|/\s*月|per month|{_EACH}month|each month|monthly|" + _LATE_BY.format(unit="月"), 30)]
_CAP_WORDS = r"累计|最高|最多|上限|不超过|不得超过|不高于|至多|\bat most\b|cap|maximum|not (?:to )?exceed|(?:not|no) more than|up to|in aggregate|aggregate|(?<![\d)] )(?<!amounting )in total(?!\s*(?:to\s+)?" + CURRENCY + r"\s*\d)|a maximum of"  # not a sum: "…, in total CNY 214,000, is issued"
_CAP_BEFORE = rf"(?:{_CAP_WORDS}|a total of|limited to)"  # "up to a total of ten per cent (10%)", "limited to 8% of the Total Contract Value"; in a payment, "a total of CNY …" is the sum


# a rate charged on one year's or one month's fee, not on the contract value ("按年度服务费的千分之一")
_YEAR_BASE = r"(?:年度|每年|年|一年的?)(?:服务|订阅|使用|运维|维保)?费|annual (?:[a-z]+ ){0,2}(?:fees?|charges?)|yearly fees?"
_MONTH_BASE = r"(?:月度|每月|当月|月)(?:服务|订阅|使用|运维)?费|monthly (?:[a-z]+ ){0,2}(?:fees?|charges?)|month's fees?"


def _per_contract_value(pct: float, before: str, after: str, term_years: float | None) -> float | None:
    """A daily rate on a year's or a month's fee as a share of the contract value (None when the term is unknown).
    The fee is named before the rate in Chinese (按年度服务费的千分之一) and after it in English (0.5% of the Monthly Fee)."""
    def on(base: str) -> bool:
        return bool(rx.search(rf"(?:{base})[^，。；;,]{{0,6}}$", before, re.I) or rx.match(rf"\s*\)?\s*(?:\([^)]{{0,12}}\)\s*)?of (?:the |one )?(?:{base})", after, re.I))
    if on(_YEAR_BASE):
        return pct / term_years if term_years else None
    if on(_MONTH_BASE):
        return pct / (term_years * 12) if term_years else None
    return pct


_AUTHORITY_FINES = r"(?:regulatory|administrative|governmental|statutory)(?: fines(?: and| or)?)? penalt\w*|penalt\w* (?:imposed|levied) by (?:a |any |the )?(?:regulator|authorit|government)\w*|行政(?:罚款|处罚)|(?:监管|主管|政府)(?:部门|机构|机关)?(?:处以|作出|给予|所处|的)*罚款"  # "甲方因此被监管机构处以的罚款"


# what a service level measures: a sentence that names it is the SLA's, not delay damages (迟到: an engineer late on site, "乙方每迟到1小时，
# 向甲方支付¥600服务扣款" after the fault levels)
_SERVICE_WORDS = (r"可用率|可用性|响应(?!文件)|故障(?!(?:分析)?报告)|(?<!漏洞)(?<!缺陷)修复|服务水平|服务级别|到场|到达现场|迟到|availability|uptime|respon(?!sib)|(?<!our )(?<!its )(?<!their )(?<!'s )(?<!’s )(?<! at )(?<! no )(?<!own )\bfault(?! of\b)|incident|anomal(?:y|ies)|workaround|service level|arrive on[- ]site|on[- ]site (?:time|arrival|attendance|visits?)|attend(?:ing|ance)? on[- ](?:board|site)|"
                  r"(?:engineer|technician)s?\b[^.;]{0,30}\barriv|(?:resolution|restoration|fix) time|\brepair(?:s|ed|ing)?\b|\b(?:permanent|final) (?:fix|solution|correction)\b|"  # "if it misses a fix time, CNY 1,500 for each day of delay"; "For each day by which a permanent fix is late, the Vendor shall credit CNY 2,000"
                  r"\b(?:severity|priority)\s*(?:\d|one|two|three)\b")  # ("… for each day by which an on-site visit is late, CNY 2,000")


# damages per day of delay charged on the contract price, whatever task is late
_DAMAGES_ON_PRICE = r"每(?:逾期|延期|迟延|延迟)一?[日天][^。；]{0,6}合同(?:总价|总额|总金额|金额|价款)[^。；]{0,16}违约金"


# what the supplier credits the buyer for a missed service level (a remedy, neither delay damages nor a fee): "a service credit of
# 5 %", "the Vendor shall credit 5% of the annual support fee"
_SLA_CREDIT = r"service credit|\b(?:shall|will|must) credit\b"


def _ld_terms(r: _Reader, contract_value: float | None, term_years: float | None) -> dict:
    rate, rate_clause, stated, stated_clause = None, None, False, None
    for s in r.sentences:
        t = s.text
        heading = r.clauses[s.clause].heading
        titled = not rx.search(r"[，,。；]", heading)  # a title, not a clause's first sentence run into its number ("第十七条 乙方未按…的，每迟交一日扣减300元")
        if s.says(_BUYER_PAYS) or s.says(_SERVICE_WORDS) and not s.says(_DAMAGES_ON_PRICE) \
                or s.says(_SLA_CREDIT) and not s.says(r"\bday of delay|\bdays? late\b"):
            # (a late 漏洞修复 among other tasks is delay: "未按期完成规则适配、巡检报告或漏洞修复的，每逾期一日…", as is 缺陷修复:
            # "乙方未按约定期限提交季度巡检报告、完成隐患整改或缺陷修复的，每逾期一日…", and a late 故障分析报告, and any late task charged
            # on the contract price: "未按约定时间完成月度巡检、故障修复或驻场人员未按时到岗的，每逾期一日，按合同总价的千分之一…支付违约金")
            # (nor is a credit for late data: "If daily data is delivered late on more than three days in a month, Provider shall credit
            # Customer a further 5%")
            continue  # (but "a service credit of CNY 150 for each day of delay" of the go-live is delay damages; "through our fault" or
            # "through the fault of the Provider" is no fault to fix; a late workaround for a French "Blocking Anomaly" is the SLA's)
        if "sla" in r.types[s.clause] and not s.says(r"逾期|延期|迟延|延迟|推迟|延误|未按期|未按时|交付|交货|完工|上线|delay|late"):
            continue  # a service credit, not damages for delay or breach
        if s.says(r"\bno (?:[a-z]+ ){0,3}(?:damages|penalt\w*|compensation)\b[^.;]{0,60}(?:apply|applies|payable|due)|"
                     r"(?:shall|will|does|do) not give rise to (?:any )?(?:penalt\w*|damages|compensation)|"  # "a delay … shall not give rise to penalties or damages"
                     r"(?:shall|will|does|do) not entitle (?:the )?\w+ to (?:any )?(?:liquidated damages|penalt\w*|damages|compensation)|"  # "a delay … does not entitle Customer to liquidated damages"
                     r"(?:has no liability|(?:shall|will) not be (?:liable|responsible))(?: to pay [^.;]{0,60}?)? for (?:any )?delay|"
                     r"(?:is|are|shall|will) not (?:be )?liable to pay (?:any )?[^.;]{0,40}?\b(?:damages|penalt\w*|compensation)\b(?! (?:exceeding|in excess|of more|beyond))|"
                     r"(?:does|do|shall|will) not (?:pay|owe) (?:any )?(?:liquidated damages|penalt\w*|damages|compensation)\b|"  # "The Provider does not pay liquidated damages, penalties or credits for any delay"
                     # "Neither party is liable for lost profits or grid penalties", "Provider is not liable for grid penalties arising from forecast error alone"
                     r"\b(?:neither party (?:is|shall be|will be)|(?:is|are) not) liable (?:to the other(?: party)? )?for [^.;]{0,60}\bpenalt|"
                     r"(?:is|are|shall|will) not (?:be )?liable for (?:any )?[^.;]{0,40}?\b(?:damages|penalt\w*|compensation)\b[^.;]{0,20}\b(?:because of|due to|for|caused by|arising from) (?:a |any |the )?(?:delay|late\b)|"  # "… is not liable for any payment, damages or penalty because of a delay in onboarding", "… for any penalty, damages or fee reduction for late completion of Transition"
                     r"不(?:[因对就][^。；]{0,20})?(?:向(?:甲方|乙方|对方))?(?:承担|支付)[^。；]{0,16}(?:违约金|扣款|扣减|罚款)|(?:不得|无权)[^。；]{0,6}要求[^。；]{0,12}(?:支付|承担)[^。；]{0,8}违约金|"
                     r"(?:不(?:另行)?|未|没有)(?:约定|设置?|设立|适用)[^。；，]{0,12}违约金"):
            continue  # "Sentrix has no liability for any delay …, and no damages or penalties apply to any such delay"; "甲方不得因此要求乙方支付违约金",
            # "乙方不承担因交付延迟产生的任何违约金或赔偿责任",
            # "乙方不因实施进度延误向甲方支付违约金", "本合同不因考核结果扣减服务费，也不另行约定违约金", "本合同不设逾期交货或逾期完工违约金"
        # not a word in brackets: "全部赔偿责任（包括违约金、损害赔偿及其他责任）总额…为限" is a cap; nor the 扣 of a knot button
        # before its styles: "盘扣款式库及工艺卡"
        # (nor fines an authority imposes: "liable for losses and regulatory penalties caused by" a data breach)
        ld_word = rx.search(r"违约金|罚金|罚款|赔偿金|liquidated damages|penalt|扣减|扣除|扣款(?!式)", rx.sub(_AUTHORITY_FINES, "", _unbracketed(t), flags=re.I), re.I)
        if ld_word and ld_word.group(0) in ("扣减", "扣除", "扣款") and (rx.search(r"考核[^。；，]{0,3}扣(?:款|减|分)", t) or r.cites(t, "sla")
                                                                  or any(rx.search(r"考核|服务标准|服务水平|服务级别", r.clauses[c].heading) for c in r.cited(t) if c != s.clause)
                                                                  or rx.search(r"考核|服务标准|服务水平|服务级别", heading) and titled
                                                                  or rx.search(r"(?:不得|无权|不能)[^。；，]{0,16}(?:扣减|扣除|扣款)|(?:保证金|保函)中?(?:扣除|扣减|扣款)[^。；，]{0,6}损失|(?:扣除|扣减)[^。；，]{0,8}(?:已|实际)发生的?[^。；，]{0,6}(?:费用|成本)|(?:扣除|扣减)[^。；，]{0,4}相应的?[^。；，]{0,6}(?:费用|成本|损失)|"
                                                                               r"(?:扣除|扣减)(?:[^。；，]{0,6}应扣|[^。；，]{0,20}?应(?:承担|支付|付)的?[^。；，]{0,6}|[^。；，]{0,16}?的扣(?:减|款))(?:款项|金额|款|费用)|"
                                                                               r"应扣(?:减|除)?的(?:款项|金额)[^。；，]{0,12}(?:扣除|扣减)|"
                                                                               r"(?:撤除|撤销|减少|拆除|取消|停用)[^。；，]{0,12}的[，,]?\s*(?:按|依)[^。；，]{0,10}(?:标准|单价|价格)[^。；，]{0,4}(?:扣减|扣除|核减)", t)
                                                                  or (before := r.preceding(s)) is not None and (before.says(_SERVICE_WORDS) or r.cites(before.text, "sla"))
                                                                  and not s.says(_DELAY)
                                                                  or not any(find_amounts(part) or find_percents(part) for part in rx.split(r"[，,；;。]", t)
                                                                             if rx.search(r"扣减|扣除|扣款(?!式)", part))):
            ld_word = None  # the SLA's assessment deduction ("考核扣款从当季服务费中扣除", "季度考核有扣减的，从当季服务费中直接扣除", "甲方按第六条的规定扣减服务费" where 第六条 is the SLA, or
            # its assessment: "按第五条第（三）款扣减服务费" under "第五条 服务要求及考核";
            # under "第六条 考核与验收": "驻场人员无故缺勤的，每人每日扣减800元"); nor losses taken from the supplier's bond: "乙方严重违约的，
            # 甲方有权从履约保证金中扣除相应损失" names no sum, nor does a cost recovered: "复验仍不合格的，甲方可从最后一季度服务费中扣除相应整改费用"; nor one the buyer may not make: "甲方不得以软件存在问题为由拒付或扣减款项"; nor a settlement on termination: "甲方已支付的预付款在扣除乙方已发生的费用后多退少补";
            # nor the rest of the SLA's deduction: "响应或到场超时的，每超时1小时，甲方可从履约保证金中扣减1,000元；质保期满后从当期维保费中扣减",
            # "甲方按第（6）条扣款；扣款不足以弥补甲方损失的，乙方应予赔偿" where （6） is the service assessment; nor the payment that takes off
            # what is due elsewhere: "考核结果确认后二十日内支付当季服务费¥121,500，扣除当季应扣款项"; nor a right to set off what is owed under the contract:
            # "甲方有权从应付款中扣除乙方依本合同应承担的赔偿款项"; nor the payment that takes off a deduction another clause sets:
            # "支付当季运维费（扣除第四条第（三）项的扣减金额）", "…考核结果确认后…支付当季服务费，应扣减的金额从当季服务费中扣除"; nor a fee cut with the scope:
            # "服务期内新增站台的，…按每站台¥780折算当季剩余月份计费；撤除站台的，按同一标准扣减"; nor a deduction that names no sum or
            # rate where it is made: "乙方违约的，甲方可要求其整改、扣减服务费或赔偿损失", a balance carried over: "其中备品备件费用单列182,000元，
            # 按实际更换数量据实结算，结余部分在第四季度费用中扣减", a refund on termination: "乙方可扣除已完成工作的费用后退还余额"
        if ld_word and ld_word.group(0).lower().startswith("penalt") and s.says(r"breach of (?:data |information )?security|security (?:breach|incident)|data breach|"
                                                                              r"personal (?:data|information)|\b[A-Z]\w+ Data\b"):
            ld_word = None  # penalties a data breach brings, which the supplier bears: "be responsible for all losses, costs and penalties
            # resulting from a breach [of security affecting Customer Data] attributable to the Vendor"
        delay = rx.search(_DELAY, t, re.I)
        if ld_word and not stated and not rx.search(rf"{SUPPLIER}.{{0,6}}有权.{{0,10}}(?:要求|收取)", t):
            stated, stated_clause = True, s.clause
        if not delay or rate is not None:
            continue
        if rx.search(r"考核|扣款|扣减|服务标准|服务水平|服务级别", heading) and titled and rx.search(r"扣减|扣款|扣除|" + _DEDUCT_SUM, t) and not rx.search(r"违约金", t):
            continue  # a deduction of the service assessment (运维报告逾期提交的，每逾期一日扣减叁佰元; "第八条 扣款。…月度数据比对每逾期一日，
            # 扣减服务费500元"; under "5. 服务标准": "月度报告每迟交一日扣减人民币100元") is no rate of delay damages
        if not ld_word and (not s.says(r"逾期|延期|迟延|延迟|推迟|延误|未按期|未按时|每迟|delay|late|overdue|credit")
                            or s.says(rf"{SUPPLIER}[^。；]{{0,40}}收取|另行(?:计费|计收|收取|收费)|{SUPPLIER_EN} (?:may|is entitled to|shall be entitled to) charge\b")):
            continue  # a price per day ("54 tester-days at CNY 9,000 per day"), or one the supplier charges while the buyer is late
            # ("甲方未按时配合的，乙方有权顺延交付，并按每人每日1,500元收取人员等待费用", "…乙方因此增加的人工按每人每天3,500元另行计费"), is no delay damages
        divisor = None
        for pattern, days in _PER:
            if s.says(pattern):
                divisor = days
                break
        if divisor is None:
            continue
        for value, start, end in find_percents(t):
            spelled = rx.search(r"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                                r"fifty|hundred|and|point)[\- ]){1,6}per ?cent\s*\(\s*$", t[:start], re.I)  # "ten per cent (10%)"
            begin = spelled.start() if spelled else start
            if rx.search(_CAP_BEFORE + r".{0,10}$", t[max(0, begin - 18):begin], re.I):
                continue
            share = _per_contract_value(value, t[max(0, start - 24):start], t[end:end + 40], term_years)
            rate, rate_clause = (None if share is None else round(share / divisor, 6)), s.clause
            break
        if rate is None and contract_value:
            for amount, start, _ in find_amounts(t):
                if not rx.search(_CAP_BEFORE + r".{0,10}$", t[max(0, start - 18):start], re.I):
                    rate, rate_clause = round(amount / divisor / contract_value * 100, 6), s.clause
                    break
        if rate is not None and not stated:
            stated, stated_clause = True, s.clause
        elif rate is None and not stated and any(not rx.search(_CAP_BEFORE + r".{0,10}$", t[max(0, st - 18):st], re.I) for _, st, _ in find_amounts(t)):
            stated, stated_clause = True, s.clause  # a sum per day of delay where the value to compare it with is not known: stated
    return {"ld_rate_per_day_pct": rate, "ld_stated": stated, "_where": {"ld_rate_per_day_pct": rate_clause, "ld_stated": stated_clause}}


_CAP_LIABILITY = (rf"赔偿|责任|liab|(?:amount|sum)s?\s+(?:that\s+)?{SUPPLIER_EN}\s+(?:(?:may|might|can|could|shall|will)\s+"
                  r"(?:have to|be (?:required|obliged|liable) to)|must|has to)\s+pay|"  # "The aggregate amount the Supplier may have to pay (must pay, can be required to pay) … shall not exceed"
                  rf"\ball claims against {SUPPLIER_EN}\b")  # "All claims against the Supplier under … this Contract are together capped at …"
_CAP_LIMIT = (r"不超过|不得超过|不高于|以.{0,40}为限|上限|限额|最高|封顶|exceed|limited to|\bcap\b|capped|"
              r"limited,? (?:in (?:total|(?:the )?aggregate)|overall)\b[^.;]{0,80}?\bto\b")  # "is limited in total, for all damaging events …, to CNY 280,000"
# liability in total, which a sum of damages or credits inside it does not make a cap of something else: "赔偿责任（含违约金）累计不超过"
_TOTAL_LIABILITY = r"赔偿(?:责任)?总额|全部(?:赔偿)?责任|责任总额|累计赔偿|赔偿责任(?:累计|合计|总计)"
_MULTIPLES = {"twice": 2.0, "double": 2.0, "two times": 2.0, "three times": 3.0, "one and a half times": 1.5, "one and one-half times": 1.5}


def _liability_cap(r: _Reader, contract_value: float | None, term_years: float | None, licence_price: float | None) -> dict:
    out = {"liability_cap_pct": None, "liability_cap_stated": False, "liability_cap_below_value": False, "liability_cap_amount": None}
    foreseeable = None
    for s in r.find(_CAP_LIABILITY):
        t = s.text
        bare = rx.sub(r"^[#*\s]*(?:\d{1,2}(?:\.\d{1,2})*\.?|第[一二三四五六七八九十\d]+条)?\s*", "", t)  # "## 11. 违约责任及责任限额" is a heading
        # (a limit on a time is none on liability: "每批产线停线改造时间不得超过10日，因乙方原因超出的，按第十条承担违约责任")
        limits = rx.sub(r"(?:不超过|不得超过|不高于|最多|exceed(?:ing)?)\s*[\d一二三四五六七八九十两]+\s*(?:个?(?:工作|自然)?(?:日|天|小时|月|年|周)|(?:business |working |calendar )?(?:days?|hours?|weeks?|months?|years?)\b)",
                        "", rx.sub(r"[（(][^）)]{0,12}[）)]", "", t), flags=re.I)
        if (len(bare.strip()) < 16 and not rx.search(r"[。.]\s*$", t)) or not rx.search(_CAP_LIMIT, limits, re.I):
            continue  # a heading such as 赔偿限额, or one naming it in brackets: 对应通用条款第11条（责任限额）
        if rx.search(r"违约金", _unbracketed(t)) and not rx.search(_TOTAL_LIABILITY + r"|违约金(?:及|和|与|、|以及)[^，。；]{0,6}赔偿", t):  # not "赔偿责任（含违约金）累计不超过", "违约金及赔偿责任累计不超过"
            continue
        if rx.search(r"(?:抵扣|扣减|扣款|扣除|service credits?)[^。；;]{0,16}?(?:不超过|不得超过|不高于|上限|为限|(?:shall|will|may) not exceed|capped|limited to)", _unbracketed(t), re.I) \
                and not rx.search(_TOTAL_LIABILITY + r"|(?:total|aggregate) liability", t, re.I):
            continue  # a ceiling on the service level's credits, not on liability: "服务赔偿：…乙方按当月订阅费的5%给予服务抵扣，当月抵扣累计不超过当月订阅费的50%"
        if rx.search(r"(?:第[一二三四五六七八九十百\d.]+[条款]|本合同)(?:约定|规定|所述)?的?(?:责任)?(?:限额|上限|责任限制|赔偿限额)|以第[一二三四五六七八九十百\d.]+[条款](?:约定|规定)?为限|(?:subject to|within) (?:the )?(?:limits?|caps?|limitations?) "
                     r"(?:in|of|under|set out in) (?:clause|section|article)", t, re.I) and not find_percents(t) and not find_amounts(t):
            continue  # "乙方在第十二条约定的限额内承担责任", "（以第11.2款约定的限额为限）", "赔偿范围以第10条约定为限", "在本合同约定的责任限额内承担赔偿
            # 责任": the cap is the one set out there
        if rx.search(r"without (?:any )?liability|remed(?:y|ies)(?: for [\w ]{1,20}?)? (?:is|are|shall be|will be) limited to", t, re.I) \
                and not rx.search(r"liabilit\w*(?:(?!remed)[^.;]){0,80}(?:exceed|limited to|capped)", t, re.I):
            continue  # "If the delay exceeds sixty (60) days, Customer may terminate … without liability"; "Vendor is not liable to pay any
            # credit … for late support, and Customer's remedy is limited to the termination right in clause 12"; "Provider has no
            # liability for any delay in onboarding or Go-Live, and Customer's remedies for delay are limited to the rights set out in Section 5"
        if rx.search(rf"^\W*{BUYER}|{BUYER}(?:'s)? (?:total |aggregate )?liability", t, re.I) and not rx.search(
                rf"任何一方|双方|各方|一方|{SUPPLIER}|either party|each party|neither party|both parties", t, re.I):
            continue
        if rx.search(r"不(?:受|设).{0,6}限|不设上限|unlimited|shall not apply to", t, re.I) and not rx.search(r"不超过|exceed|为限|为上限|上限为|limited to|capped\b", t, re.I):
            continue
        if rx.search(r"foreseeable", t, re.I) and not (find_percents(t) or find_amounts(t) or rx.search(r"months?|years?|fees|charges|price|value", t, re.I)):
            foreseeable = foreseeable if foreseeable is not None else s.clause
            continue  # "… limited to the damage typically foreseeable" (slight negligence, German style): the figure, if any, comes after it
        out["liability_cap_stated"], out["_where"] = True, s.clause
        pct = None
        fee_period = rx.search(r"已(?:经)?(?:实际)?支付|实际支付|已收取|(?:前|此前|之前|过去)\s*\S{1,4}\s*个?月|当年|年度服务费|一年的?服务费|"
                               r"(?:fees?|charges?|amounts?) (?:actually )?paid|paid (?:or|and) payable .{0,30}(?:months|year)|preceding|prior (?:twelve|12|six|6|three|3)|"
                               r"(?:twelve|12|six|6|three|3)[\s\-]?\(?\d*\)?\s*months?|annual (?:service |subscription )?(?:fees?|charges?)", t, re.I)
        if fee_period and rx.search(r"paid (?:or|and) payable (?:under|in connection with|pursuant to) (?:this|the|that|an?) (?:Agreement|Contract|Order Form)|"
                                    r"paid (?:or|and) payable under (?:Clause|Section|Article) [\d.]+", t, re.I) \
                and not rx.search(r"months?|years?|annual|preceding|prior", t[fee_period.start():], re.I):
            fee_period = None  # "the total Fees paid or payable under this Agreement for the Initial Term" / "under Clause 3.1": all of them
        percents = [v for v, st, _ in find_percents(t) if not rx.search(r"违约金", _unbracketed(t[:st])[-12:])]
        times = rx.search(r"的\s*([一二两三四五六七八九十点\d.]+)\s*倍|\b(twice|double|(?:two|three|one and (?:a |one-)half|\d+(?:\.\d+)?) times)\b", t, re.I)
        word = (times.group(1) or times.group(2)).lower() if times else ""
        multiple = (_MULTIPLES.get(word) or to_number(word.split()[0]) or 1.0) if word else 1.0  # 合同总金额的两倍, twice the Annual Fee
        figure = rx.search(r"\((\d+(?:\.\d+)?)\)\s*times\b|\b(\d+(?:\.\d+)?)\s*[x×](?=[\s)）])", t, re.I)
        if figure:  # "two (2) times", "one and one-half (1.5) times the Total Order Value", "1.5x the fees", "one and a half times (1.5x)"
            multiple = float(figure.group(1) or figure.group(2))
        found = find_amounts(t)
        amounts = [a for a, _, _ in found]
        # "the nine (9) months immediately preceding", else "the two (2) years preceding", 前两年
        periods = [(unit, to_months(v, unit)) for v, unit, _, _ in find_durations(t) if unit in ("个月", "月", "month", "年", "year")]
        months = next((m for unit, m in periods if unit in ("个月", "月", "month")), None) or next((m for _, m in periods), None)
        yearly = r"当年|年度|一年|每年|年(?:订阅|服务|使用)?费|annual|contract year|(?:that|any|per|each) (?:contract |subscription |service )?year"
        n = months or (12.0 if rx.search(yearly, t, re.I) else None)
        # an amount restated after the fees it equals: "an amount equal to one annual Subscription Fee, i.e. CNY 118,000"
        restated = next((a for a, st, _ in found if rx.search(r"(?:i\.e\.|namely|that is|即)[,，:：]?\s*$", t[max(0, st - 12):st], re.I)), None)
        if percents and rx.search(_VALUE_WORDS + r"|合同|contract|fees|charges|total value|value of (?:this|the) (?:Agreement|Order)", t, re.I):
            pct = percents[0]
        elif restated is not None and contract_value:
            out["liability_cap_amount"] = restated
            pct = round(restated / contract_value * 100, 4)
        elif rx.search(r"许可费|licen[cs]e (?:fees?|sub-?total|price)", t, re.I) and licence_price and contract_value and not n \
                and not rx.search(r"引起索赔|所涉|该产品|giving rise to|(?:relevant|affected) (?:products?|licen[cs]es?)", t, re.I):
            pct = round(licence_price / contract_value * 100, 4)  # "… equal to the Licence Subtotal", "以甲方已实际支付的软件许可费为限"
            # (not the fees of the product the claim is about: "不超过甲方就引起索赔的产品实际支付的许可费", a share no one can tell)
        elif fee_period and (n or not amounts):  # "fees paid in the previous N months": a share of the value only when the term is known
            if n and term_years:
                pct = round(min(100.0 * multiple, multiple * n / (term_years * 12) * 100), 4)
            out["liability_cap_below_value"] = pct is None or pct < 100
        elif amounts:
            # "以本协议合计金额（1,288,000元）的两倍为限": the multiple of the amount just named; "twice the total fees under the Order
            # Form (CNY 454,000)": of the fees the brackets restate
            # (but not where the brackets give the product itself: "two times the total fees payable for the Initial Term (CNY
            # 840,000)" of a CNY 420,000 contract)
            times_it = rx.match(r"\s*[）)]?\s*的\s*[一二两三四五六七八九十点\d.]+\s*倍", t[found[0][2]:]) or (
                times and times.group(2) and times.end() <= found[0][1] and rx.search(r"[(（]\s*$", t[:found[0][1]])
                and not rx.search(r"\d", t[times.end():found[0][1]])
                and not (contract_value and math.isclose(amounts[0], multiple * contract_value, rel_tol=0.005)))
            out["liability_cap_amount"] = amounts[0] * (multiple if times_it else 1.0)
            if contract_value:
                pct = round(out["liability_cap_amount"] / contract_value * 100, 4)
        elif contract_value and _states_value(r, rx.search(r"(?:(?:stated|set out|specified) )?in (?:article|art\.|clause|section|§)\s*(\d+(?:\.\d+)*)", t, re.I), contract_value):
            # "twice the fixed fees stated in article 3.3", where 3.3 gives the total; "150% of the total amount stated in Article 4.2"
            pct = percents[0] if percents else 100.0 * multiple
        elif rx.search(_VALUE_WORDS + r"|合同(?:总)?(?:价|金额|价款)|协议总?(?:价|金额|价款)|(?:服务期|合同期)总(?:价|金额)|contract (?:price|value|sum)|"
                       r"total (?:amount|fees|charges|price)s? (?:paid (?:or|and) )?payable|(?:(?:subscription |service )?(?:fees|charges|amounts) payable (?:under this|for the (?:Initial |Subscription |Contract )?Term\b)|"
                       r"(?:subscription|service) (?:fees|charges) for the (?:Initial |Subscription |Contract )?Term\b|fixed (?:fees|charges) (?:set out|stated|specified) in (?:the )?Schedule|"
                       r"(?-i:\bthe (?:total )?Subscription Fees\b))", t, re.I):
            # "twice the subscription fees for the Subscription Term", "twice the fixed fees set out in the Schedule", "two times the
            # Subscription Fees" (the defined name, all of them: "The Subscription Fees are CNY 486,000 for Subscription Year 1 and …")
            pct = 100.0 * multiple
        out["liability_cap_pct"] = pct
        if pct is not None and not fee_period:
            out["liability_cap_below_value"] = pct < 100
        elif pct is None and not fee_period:
            out["liability_cap_below_value"] = None  # capped, but the value to compare with is unknown
        break
    else:
        if foreseeable is not None:  # limited to foreseeable damage and to no figure: capped, by nothing to compare
            out.update(liability_cap_stated=True, liability_cap_below_value=None, _where=foreseeable)
    return out


def _states_value(r: _Reader, reference: re.Match | None, contract_value: float) -> bool:
    """Whether the numbered provision a cap refers to ("stated in article 3.3") gives the contract value — in its own words
    or in the price table under it ("4.1 The fees are as follows:" over a table whose total is the contract value)."""
    if not reference:
        return False
    provision, inside = [], None
    for s in r.sentences:
        if rx.match(rf"\W*{re.escape(reference.group(1))}\b(?!\.\d)", s.text):
            inside = s.clause
        elif inside is not None and (s.clause != inside or rx.match(r"\W*\d{1,2}(?:\.\d{1,2})+\b", s.text)):
            inside = None
        if inside is not None:
            provision.append(s)
    return any(abs(amount - contract_value) < 0.5 for s in provision for amount, _, _ in find_amounts(s.text))


_PERIOD_FEE = r"按(?:月|季|季度|半年|年|年度)|每(?:月|季|季度|半年|年)|(?:每个?|各|该|首个|第[一二三四五六七八九十、]+个)服务年度|/服务年度|月度|季度|服务期满[一二三四五六七八九十\d]+个月|semi-?annual|half-?yearly|every six months|年度服务费|(?:上|下)半年度?服务期满|年费|年订阅费|订阅费|月服务费|per (?:(?:subscription|service|contract) )?(?:month|quarter|year|annum)|(?:each|every) (?:subscription|service|contract) (?:month|quarter|year)|(?:subscription|service|contract) year \d+ (?:fees?|charges?)|monthly|quarterly|annually|annual (?:[a-z]+ ){0,2}(?:fees?|charges?|subscription)|subscription fees?|(?:fees?|charges?) for the first (?:[a-z]+ )?(?:year|month|quarter)"
# "after signature of the Acceptance Certificate", "upon signature of the Go-Live Certificate" is no advance
# (nor "after signing the Final Acceptance Certificate")
_NOT_ON_ACCEPTANCE = r"(?! (?:of (?:the |an? )?|the |an? )(?:[\w-]+ ){0,2}?(?:acceptance|delivery|final|completion|handover|certificate|protocol)\b)"
_ADVANCE = (r"(?:^|\|)\s*(?:[^|：]{0,20}：)?\s*(?:合同|协议)(?:签订|签署|生效)\s*(?=\||$)|预付款|预付|首付款|首期款|第一期|首笔|[定订]金(?!额)|合同(?:签订|签署|生效)[^，；。]{0,20}(?:后|起)|(?:after|on the (?:date|day)) (?:the |this )?(?:contract|agreement|order form) is (?:signed|executed)|(?:after|upon|on|once|when) (?:the |this )?(?:contract|agreement|order form) (?:takes effect|comes into (?:effect|force)|enters into force)|(?:after|upon|on|once|when) (?:both (?:the )?parties|the parties) (?:have )?(?:signed|executed) (?:this|the) (?:agreement|contract|order(?: form)?)\b|签约后|签订后|advance[- ]payment|in advance|as an advance\b(?! notice)|upfront|up-front|(?:upon|on|after(?: the)?) (?:the date of )?(?:signing|signature|execution)" + _NOT_ON_ACCEPTANCE + r"|within [^.;,]{0,20}days? (?:of|after|from) (?:the )?(?:signature|signing|execution|effective date|date of (?:this|the) (?:contract|agreement|order(?: form)?)\b)" + _NOT_ON_ACCEPTANCE + r"|down payment|(?<!quality )(?<!warranty )(?<!performance )(?<!security )(?<!retention )deposit\b|signature of (?:this|the) (?:agreement|contract|order(?: form)?)|(?:SOW|order|agreement|contract) execution|execution of (?:this|the) (?:agreement|contract|SOW)|"
            r"before the (?:Subscription |Service )?(?:Start|Commencement) Date|before the (?:first day|start|commencement|beginning) of the (?:[A-Za-z]+ )?(?:Term|Period)|(?:invoiced|payable|due|issued) (?:(?:in full|together|jointly) )?(?:on|upon) the (?:(?:Order (?:Form )?|Agreement )?(?:Effective|Order)|Order Form) Date|before (?:the )?(?:set-?up|implementation|onboarding|integration) (?:work |services? )?(?:begins|starts|commences)|before (?:the )?(?:Vendor|Supplier|Provider|Contractor) (?:begins|starts|commences) (?:the )?(?:set-?up|implementation|onboarding|integration)\b|"
            r"\bon the (?:(?:Order (?:Form )?|Agreement )?(?:Effective|Order)|Order Form) Date(?:[^.;]{0,40}\binvoice|\s*[:：])|\binvoices?\b[^.;]{0,160}\bon the (?:(?:Order (?:Form )?|Agreement )?(?:Effective|Order)|Order Form) Date")
_NOT_FIXED = r"暂不约定|暂未约定|另行(?:书面)?(?:通知|约定|商定|协商)|to be (?:agreed|notified|determined)"
_PRE_ACCEPT = r"签订|签署|生效|到货|发货|交货|交付|安装|签收|上线|delivery|shipment|signing|execution|installation|receipt"


_RESTATED = (r"\s*(?:计|即|合计|共计|金额为|折合|i\.e\.|that is|namely|equal to|amounting to|being|(?:a |in )?total of|in total|together|in the total amount of|=)"
             r"[\s:：,，]*(?:人民币|RMB|CNY|¥|￥)?\s*")  # a share's sum said after it


# a piece that gives the sum of the ones before it: "合计人民币伍拾贰万肆仟元", "together CNY 441,000", "a total of CNY 995,600"
_SUMS_UP = r"\s*(?:together|合计|共计|总计|即|(?:a |in )?total of|in total|i\.e\.|in the total amount of)"
# words that say when a sum is due
_WHEN_EN = r"payable|paid|pay\b|due\b|issued|invoiced|\b(?:on|upon|after|within|before|following|by)\b"
_WHEN = _WHEN_EN + r"|支付|付款|后|前|内"


def _payment_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences that make one payment term, joined again: items of a list cut at their semicolons, where a last item adds
    them up and none says when it is due ("…the Customer shall pay: (i) the fees of the first subscription year, CNY 204,000;"
    / "and (ii) fifty per cent of the integration fee, CNY 59,000;" / "a total of CNY 263,000." is one sum due on signature),
    an invoice said when, then what it covers ("Invoice 1 is issued on signature of this Order Form …" / "It covers the
    … fees for the first Subscription Year (CNY 103,800) and the Onboarding fee (CNY 18,600), in total CNY 122,400."), and a
    lead-in the lines broke off its instalments ("… payable in three equal instalments of CNY 800,000:" / "(1) within 30 days
    after the Acceptance Date; (2) on the first anniversary of the Acceptance Date; …")."""
    out, i = [], 0
    while i < len(sentences):
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and nxt.clause == sentences[i].clause:
            # (or says what it comes to: "… on signature of this Order Form." / "Customer shall pay that invoice of CNY 270,000 within ten days")
            covers = (rx.match(r"\s*(?:It|This (?:invoice|instalment|payment))\s+(?:covers|comprises|includes|consists of)\b", nxt.text, re.I)
                      or rx.search(r"\b(?:that|this|the said) invoice\b", nxt.text, re.I) and find_amounts(nxt.text)) \
                and not find_amounts(sentences[i].text) and not find_percents(sentences[i].text)
            # (or says when an invoice its sums were given for is due: "The first invoice covers … a total of CNY 995,600." / "It is
            # issued on the Order Date …")
            covers = covers or rx.match(r"\s*(?:It|This invoice)\s+is\s+(?:issued|sent|payable|due)\b", nxt.text) \
                and rx.search(r"\binvoice\b", sentences[i].text, re.I) and find_amounts(sentences[i].text) and not find_amounts(nxt.text)
            listed = rx.search(r"[:：]\s*$", sentences[i].text) and rx.match(r"\s*(?:\(\d+\)|\([a-z]\)|[（(][一二三四五六七八九十\d]+[）)])", nxt.text)
        else:
            covers = listed = None
        if covers or listed:
            out.append(Sentence(sentences[i].clause, sentences[i].text + " " + nxt.text, sentences[i].start))
            i += 2
            continue
        k = i + 1
        while k < len(sentences) and sentences[k].clause == sentences[i].clause and rx.search(r"[;；]\s*$", sentences[k - 1].text) \
                and not rx.match(_SUMS_UP, sentences[k].text, re.I) and not rx.search(_WHEN, sentences[k].text, re.I):
            k += 1
        items = sentences[i:k]
        sums = [find_amounts(s.text) for s in sentences[i:k + 1]] if len(items) > 1 and k < len(sentences) and sentences[k].clause == sentences[i].clause \
            and rx.search(r"[;；]\s*$", items[-1].text) and rx.match(_SUMS_UP, sentences[k].text, re.I) else []
        if sums and all(sums) and abs(sum(found[0][0] for found in sums[:-1]) - sums[-1][0][0]) < 1:
            out.append(Sentence(sentences[i].clause, " ".join(s.text for s in sentences[i:k + 1]), sentences[i].start))
            i = k + 1
        else:
            out.append(sentences[i])
            i += 1
    return out


def _installments(text: str) -> list[str]:
    """A payment schedule split into instalments, each with its amount and its condition: the text
    is cut at every comma and a piece without a figure is carried into the next one."""
    out, buffer = [], ""
    pieces = rx.split(r"([，；;]|,(?!\d{3})|\band\b)", text)
    parts, joins = pieces[::2], pieces[1::2] + [""]
    amounts = [find_amounts(part) for part in parts]
    has_amount = [bool(found) for found in amounts]
    has_percent = [bool(find_percents(part)) for part in parts]
    sums_up = [bool(rx.match(_SUMS_UP, part, re.I)) for part in parts]
    first = [found[0][0] if found else 0.0 for found in amounts]
    start = 0
    for i, part in enumerate(parts):
        buffer += part + " "
        # sums due at one time, added up after them: "the Customer shall pay: (i) the fees of the first subscription year,
        # CNY 204,000; and (ii) fifty per cent of the integration fee, CNY 59,000; a total of CNY 263,000" (not the
        # instalments of a schedule restated as the contract's total: "…, CNY 30,000; 70% on acceptance, CNY 70,000; total CNY 100,000")
        total = next((j for j in range(i + 1, len(parts)) if sums_up[j] and has_amount[j]), None)
        if (has_amount[i] or has_percent[i]) and total and not any(rx.search(_WHEN, parts[k], re.I) for k in range(i + 1, total)) \
                and abs(sum(first[start:total]) - first[total]) < 1:
            continue
        # amounts summed after them stay with their sum: "50% of the integration fee (CNY 123,000) and the subscription fee
        # for the first contract year (CNY 318,000), together CNY 441,000" (also shares without theirs: "the Annual Subscription Fee
        # for year 1 and 50% of the fee for the Integration Services, together CNY 230,000")
        if (has_amount[i] or has_percent[i]) and (i + 1 < len(parts) and sums_up[i + 1] and has_amount[i + 1]
                              or joins[i] == "and" and i + 2 < len(parts) and has_amount[i + 1] and sums_up[i + 2] and has_amount[i + 2]):
            buffer += "and " if joins[i] == "and" else ""
            continue
        # "The first annual invoice (CNY 1,075,200) and the invoice for the Onboarding Fee (CNY 96,000) are issued on the
        # Order Date": an amount with no word of when is paid together with the next one
        # (words of when before a colon lead the list: "(a) on signature of this Agreement: the fees for the first subscription
        # year (CNY 204,000) and fifty per cent of the Integration Services fee (CNY 64,000)")
        # (or before the verb that bills them both: "On the Order Effective Date the Vendor will invoice the one-time onboarding fee
        # of CNY 96,000 and the Subscription Year 1 fee of CNY 420,000", the next item saying no when of its own)
        shared = joins[i] == "and" and (not rx.search(_WHEN_EN, rx.split(r"[:：]", part)[-1], re.I) or i + 1 < len(parts) and not rx.search(
            _WHEN_EN, rx.split(r"\b(?:invoices?|bills?)\b", part)[-1], re.I) and not rx.search(_WHEN_EN, parts[i + 1], re.I))
        if shared and has_amount[i]:
            buffer += "and "
            continue
        # a sum broken down in the next piece stays with it: "Instalment 1: CNY 322,800, being one half of the subscription fees
        # (CNY 277,200) plus the Onboarding fee (CNY 45,600), invoiced on the Order Effective Date"
        if has_amount[i] and i + 1 < len(parts) and rx.match(r"\s*(?:being|comprising|consisting of|made up of)\b", parts[i + 1], re.I):
            continue
        # a share restated as its sum in the next piece stays with it: "实施服务费：合同签订后…支付50%，计69,000元"
        if has_percent[i] and not has_amount[i] and i + 1 < len(parts) and has_amount[i + 1] \
                and rx.match(_RESTATED + r"$", rx.split(r"\d", parts[i + 1], maxsplit=1)[0], re.I):
            continue
        # (but when the sum came first, with no word of when, the words after it say when it is paid: "首个服务年度订阅费与实施费合计
        # 人民币284,000元，由甲方在合同签订后10日内一次性支付")
        if not (has_amount[i] or has_percent[i]) and out and i > 0 and has_amount[i - 1] and start == i \
                and not rx.search(_WHEN, parts[i - 1], re.I) and rx.search(_WHEN, part, re.I):
            out[-1] += buffer
            buffer, start = "", i + 1
            continue
        # ("一次性支付接入实施费及第一个服务年度的订阅费，合计人民币伍拾贰万肆仟元": the sum that follows is this instalment's)
        if has_percent[i] or has_amount[i] or (rx.search(_FINAL_WORDS, part, re.I) and not (i + 1 < len(parts) and sums_up[i + 1])):
            out.append(buffer)
            buffer, start = "", i + 1
    if buffer.strip() and out:
        out[-1] += buffer
    elif buffer.strip() and (any(has_amount) or any(has_percent)):
        out.append(buffer)  # every piece was carried into the next: one instalment
    return out


_FINAL_WORDS = r"尾款|余款|剩余|全部(?:合同)?(?:款|价款|费用)|全额|100\s*%|一次性|balance|remaining|in full"
# (not a payment said not to wait for it: "剩余35%于全部设备到货之日起九十日内支付，该笔款项的支付不以验收结果为条件", "regardless of acceptance")
_ACCEPTED = (r"(?<!不以)(?<!不以甲方)(?:验收|终验|初验)|考核(?:合格|通过)|"
             r"(?<!regardless of )(?<!regardless of the )(?<!irrespective of )(?<!irrespective of the )accept(?:ance|ed)")
_RETENTION = r"质保期满|质保期届满|保修期满|warranty|defects? liability"


# an advance ruled out: "No advance payment is required. 100% … after Final Acceptance", 本合同不设预付款
_NO_ADVANCE = (r"\bno (?:advance|down|up-?front) ?(?:payments?|amounts?|fees?)\b|\bno (?:prepayment|amount|fee|sum|payment|charge|monie)s? (?:is|are|shall be|will be) "
               r"(?:required|payable|due) in advance|(?:is|are) not payable in advance|"
               r"\b(?:no (?:amount|fee|sum|payment|charge|monie)s?|nothing) (?:is|are|shall be|will be|becomes?) (?:payable|due|invoiced|paid) before\b|\bnot (?:ask for|require|request|take|charge) (?:any |an )?(?:advance|up-?front|down) payments?|(?:不设|无|不(?:向[^，。；]{1,10})?(?:支付|收取))(?:任何)?预付款")  # "甲方不向乙方支付任何预付款"
_FEE_NAME = r"\b((?:[A-Z][\w-]*\s+){1,5}(?:Fee|Charge|Price))s?\b"


def _named_fees(r: _Reader) -> dict[str, tuple[float, bool]]:
    """{name: (amount, one-off)} of fees defined by name and amount ("a one-off Integration and Certification Fee of
    CNY 64,000"), for a payment term that names them without their amounts."""
    fees: dict[str, tuple[float, bool]] = {}
    for s in r.sentences:
        # "… Fee of CNY 64,000", "Onboarding Fee (one time): CNY 34,000", "(b) Integration Fee CNY 88,000, one-off", "(a) Integration and
        # Onboarding Fee, one-time: CNY 64,000"
        # (or what it covers before the colon: "(b) Onboarding Fee for the Custom Connector, test environment and training: CNY 68,000")
        for m in rx.finditer(_FEE_NAME + r"(\s*\([^()]{1,160}\)|,\s*(?:one-?(?:off|time)|non-?recurring|initial))?(?:\s+(?:of|is)|(?:\s+for\s+[^:：;.]{1,80}?)?\s*[:：]|(?=\s+" + CURRENCY + r"\s*\d))\s*", s.text):
            found = find_amounts(s.text[m.end():m.end() + 40])
            if found and found[0][1] == 0:
                once = bool(rx.search(r"one-?(?:off|time)|initial|non-?recurring", s.text[max(0, m.start() - 30):m.start()] + (m.group(2) or ""), re.I))
                # (its name without the article a sentence starts with: "The Subscription Fee is CNY 486,000 per Subscription Year")
                fees.setdefault(rx.sub(r"^(?:The|An?|This|Each|Such|Any|All)\s+", "", m.group(1)), (found[0][0], once))
    return fees


def _spaced(words: str) -> str:
    """A pattern for `words` with any run of whitespace between them (a name wrapped across a line)."""
    return r"\s+".join(map(re.escape, words.split()))


def _fees_in(part: str, fees: dict[str, tuple[float, bool]]) -> list[tuple[float, bool]]:
    """The defined fees a payment term names, each once, the longest name first ("Annual Platform Subscription Fee" before "Subscription Fee")."""
    out = []
    for name in sorted(fees, key=len, reverse=True):
        m = rx.search(r"\b" + _spaced(name) + r"s?\b", part)
        if m:
            out.append(fees[name])
            part = part[:m.start()] + " " + part[m.end():]
    return out


def _price_rows(r: _Reader) -> list[tuple[str, float]]:
    """(name, amount) of each table row that names one thing and prices it once ("Item：Onboarding and integration (…) | Amount：CNY 42,000"),
    and of each line of a price list that does ("- Integration fee (one-time): CNY 118,000", "One-off Setup Fee ...... CNY 64,000")."""
    rows = []
    for s in r.sentences:
        if s.table_row:
            values, name = [value for _, value in _row_cells(s.text)], _row_name(s.text)
            after = values[values.index(name) + 1:] if name in values else None
            # (a currency in a cell of its own before the sum's: "Set-up fee (one-time, fixed) | CNY | 38,000", columns aligned by spaces;
            # or typed after the name's dot leader: "Setup and Connector Fee (one-time) .............. CNY | 84,000")
            led = rx.fullmatch(rf"(.*?)\s*(?:\.{{3,}}|…+)\s*({CURRENCY})", name)
            if led and after:
                name, after = led.group(1), [led.group(2)] + after
            cells = rx.sub(rf"(?:^|(?<= \| ))\s*({CURRENCY})\s* \| ", r"\1 ", " | ".join(after)) if after is not None else ""
            found = [a for value in cells.split(" | ") if value for a, _, _ in find_amounts(value)]
        else:
            # (also an item of a lettered list, a note in brackets after its sum: "(a) onboarding and integration fee: CNY 58,000 (one time);")
            # (or no colon at all after a fee's name: "Setup and integration fee (one-time) CNY 36,000")
            # (or a long name: "(a) Set-up fee for onboarding, test environment, mapping of the Customer's sourcing regions and the Custom
            # Indicators under clause 7.2: CNY 42,000;")
            # (or the list's first item after its lead-in: "The fees for the Subscription Term are: Subscription Year 1 fee CNY 336,000;")
            # (or a comma after the name: "The fees are: onboarding fee, CNY 96,000 (one-time); subscription fee for Subscription Year 1,
            # CNY 420,000; …")
            # (or nothing after a year's fee named by its year: "… subscription fee for Subscription Year 1 CNY 396,000;")
            # (or a note after it: "(b) integration and onboarding fee (connector development, …): CNY 64,000, one-time;", "(a) subscription
            # fee: CNY 276,000 per Subscription Year, CNY 552,000 for the Subscription Term;", the period's fee; "(a) setup and Adapter
            # development fee: CNY 64,000, one time;", "(b) Subscription Fee: CNY 452,000 per Subscription Year, CNY 904,000 for the two
            # Subscription Years.", "(a) subscription fee: CNY 472,000 per Subscription Year, CNY 944,000 for both Subscription Years;")
            line = rx.fullmatch(r"\W*(?:[^:：]{0,60}\b(?:are|is|as follows)\s*[:：]\s*)?(?:[a-z]{1,4}\)\s+)?([A-Za-z][^:：]{2,160}?)\s*(?:[:：]|\.{3,}|…+|(?<=[)）])|(?<=[Ff]ee)|(?<=[Cc]harge)|(?<=\b[Yy]ear \d)|,)\s*(" + CURRENCY + r"\s*[\d,]+(?:\.\d+)?)"
                                r"\s*(?:[(（][^()（）]{1,40}[)）])?(?:,\s*(?:one[- ]?(?:time|off)|non-?recurring)|\s+per\s+(?:\w+\s+){0,2}?(?i:year|month|quarter|annum)"
                                r"(?:,\s*" + CURRENCY + r"\s*[\d,]+(?:\.\d+)?\s+for\s+(?:the|both|all)\s+(?:\w+\s+){0,2}(?i:term|years))?)?\s*[;；,.]?\s*", s.text)  # (the full stop a line break leaves on a list's last item)
            name, found = (line.group(1), [a for a, _, _ in find_amounts(line.group(2))]) if line else ("", [])
        # (a row priced by the period beside its total for the term, or one-time twice: "Service Fee | per Subscription Year | 412,000 |
        # 1,236,000", "Set-up Fee | one-time | 196,000 | 196,000": the first is the fee)
        if len(found) == 2 and (found[0] == found[1] or rx.search(r"\bper (?:\w+ )?(?:year|month|quarter)\b|每(?:年|月|季)|/(?:年|月)", s.text, re.I)):
            found = found[:1]
        if len(found) == 1:
            rows.append((rx.sub(r"\s*\([^()]*\)", "", name).strip(), found[0]))
    return rows


def _rows_named(part: str, rows: list[tuple[str, float]]) -> list[float]:
    """The price-table rows a payment term names by their fee names: "The Onboarding Fee and the Annual Subscription Fee for
    year 1 are invoiced upon signature" over rows "Onboarding and integration (…) | 42,000" and "Annual Subscription Fee,
    year 1 | 168,000" — one sum when every fee named is one row, else nothing."""
    total, named = 0.0, 0
    # (named in lower case too: "The entire integration fee and the subscription fee for the first contract year are invoiced on
    # signature" over "- Integration fee (one-time): CNY 118,000", "the onboarding fee and the Subscription Fee for Subscription Year 1",
    # "the Setup and integration fee")
    # (and a period's fee named by the period: "the Subscription Year 1 fee")
    capitalised = list(rx.finditer(_FEE_NAME, part)) + list(rx.finditer(r"\b((?:[A-Z][\w-]*\s+){0,3}Year\s+\d)\s+(?:fee|charge)s?\b", part))
    lower_case = [m for m in rx.finditer(r"\b((?:[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,4}?|(?:[a-z][\w-]*\s+){1,5}?)(?:fee|charge|price))s?\b", part)
                  if not any(m.start() < c.end() and c.start() < m.end() for c in capitalised)]
    for m in sorted(capitalised + lower_case, key=lambda m: m.start()):
        # (a lower-case name may start with the words before it: "shall pay the onboarding and integration fee and …", "Provider
        # invoices the onboarding fee …"; only its first word may be capitalised: "the Setup and integration fee")
        head = m.group(1) if m in capitalised else rx.sub(r"^(?:[A-Za-z]+\s+){1,3}?(?=(?:the|its)\s)", "", m.group(1))
        head = rx.sub(r"^(?:(?:The|An?|Each|Any|and|or|entire|whole|full|its)\s+)+|\s+(?:Fee|Charge|Price)$", "", head, flags=re.I).strip()
        for_year = rx.match(r"\s+for (?:the )?(?:\w+ )?(?:contract |subscription )?year\b(?: \d)?", part[m.end():], re.I)
        numbered = rx.search(r"\s+Year\s+\d$", head)
        year = _year_of(for_year.group()) if for_year else _year_of(numbered.group()) if numbered else None
        head = head[:numbered.start()] if numbered else head
        # (a row may say what the name leaves out, a word before it: "The Setup Fee" over "One-off Setup Fee ...... CNY 64,000", "the
        # subscription fee" over "API subscription, up to 250,000 Calls | per Subscription Year | 186,000"; or one between its words:
        # "the onboarding and archive fee" over "one-time onboarding and historical archive fee CNY 88,000"; or a few words before it:
        # "the onboarding fee" over "(b) integration and onboarding fee (…): CNY 64,000, one-time", "the set-up fee" over "(a) Onboarding
        # and Custom Feed set-up fee (one-time): CNY 54,000")
        between = r"\s+(?:[\w-]+\s+)?".join(map(re.escape, head.split()))
        priced = [(name, amount) for name, amount in rows
                  if rx.match(r"(?:(?:one-?(?:off|time)|initial|non-?recurring)\s+)?(?:[\w-]+\s+){0,4}?" + between + r"\b", name, re.I)]
        rows_of = [amount for name, amount in priced if not year or _year_of(name) == year]
        if not rows_of and year:  # a year's fee from the row priced by the year: "the Service Charges for the first Subscription Year" over
            # "Service Charges | per Subscription Year | 216,000" (not "Service Charges, Initial Term | 3 Subscription Years | 648,000")
            rows_of = [amount for name, amount in priced if _year_of(name) is None and not rx.search(r"\bterms?\b|\btotal\b|\bperiod\b", name, re.I)]
        if len(rows_of) != 1:
            return []
        total, named = total + rows_of[0], named + 1
    return [total] if named else []


_ORDINAL_YEARS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _year_of(text: str) -> int | None:
    """Which year a fee is for: "year 2", "the second subscription year", "2nd contract year"."""
    m = rx.search(r"\byear (\d)\b|\b(first|second|third|fourth|fifth|\d(?:st|nd|rd|th)) (?:contract |subscription )?year\b", text, re.I)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _ORDINAL_YEARS.get(word) or int(word[0])


def _amounts_for(r: _Reader, period: str) -> list[float]:
    """The amounts the text gives "for the <period>" ("CNY 536,000 for the whole Subscription Period")."""
    after = re.compile(r"\s*(?:in total\s*)?for the " + _spaced(period), re.I)
    return [a for s in r.find(re.escape(period)) for a, _, end in find_amounts(s.text) if after.match(s.text, end)]


def _first_year_billed(r: _Reader, clause: int) -> float | None:
    """The yearly fee, where the clause (or another about payment) bills the first year's before the service ("The fee for the
    first Subscription Year is invoiced on signature of this Agreement", "The first annual invoice is payable 14 days before the
    planned Go-Live Date"), priced "CNY 138,000 per Subscription Year"."""
    if not any((s.clause == clause or "payment" in r.types[s.clause]) and s.says(r"\b(?:fee for the first (?:\w+ )?year|first (?:annual|yearly) invoice)\b[^.;]{0,40}\b(?:invoiced|payable|paid|due) "
                                             r"(?:(?:up)?on (?:the )?signature|[^.;]{0,30}\bbefore the (?:planned |scheduled )?(?:Go-Live|Service Start|Start|Commencement)\b)")
               for s in r.sentences):
        return None
    per_year = [a for s in r.sentences for a, _, end in find_amounts(s.text) if rx.match(r"\s*per (?:\w+ )?year\b", s.text[end:], re.I)]
    return per_year[0] if per_year else None


def _period_items(r: _Reader) -> set[int]:
    """Offsets of the sentences about a per-period fee, with the items of a list whose lead-in puts them on a period:
    "3.2 其余款项按季度支付：第一、二、三个服务季度考核合格后，甲方各支付…；服务期满并经年度服务验收合格后，甲方支付剩余的…"."""
    out, lead = set(), False
    for s in r.sentences:
        colon = rx.match(r"[^：:。;；]*[：:]", s.text)
        if colon:
            lead = bool(rx.search(_PERIOD_FEE, colon.group(), re.I))
        if lead or s.says(_PERIOD_FEE):
            out.add(s.start)
        lead = lead and bool(rx.search(r"[；;]\s*$", s.text))
    return out


def _payment_terms(r: _Reader, contract_value: float | None, kind: str, term_years: float | None) -> dict:
    out = {"prepayment_pct": None, "final_payment_on_acceptance": None, "fees_per_period": False}
    where = {}
    pay = [s for s in _payment_sentences(r.sentences) if "payment" in r.types[s.clause]
           and (s.says(r"支付|付款|付清|结算|payable|payment|pays?\b|paid|invoice|\b(?:are|is|shall be|become|becomes|fall|falls) due\b") or find_percents(s.text))]
    pay = pay or r.find(r"支付.{0,20}(?:%|％|元)|付款")
    # a service priced per period ("Unit fee: CNY 540 per user per year") is paid per period, also when paid in advance
    # (or a price list's row priced by the period: "Property subscriptions  18 properties x CNY 1,150 per property per month x 24 months")
    priced = [s for s in r.sentences if "payment" in r.types[s.clause] and s.says(r"费|价|fees?\b|price|charges?\b|" + CURRENCY
                                                                                  + r"\s?[\d,]+(?:\.\d+)?\s*(?:/|per)\s*(?:[a-z]+\s+per\s+)?(?:month|quarter|year|annum)\b")]
    # (not a ground to end the contract: "连续两个季度考核不合格…甲方有权解除本合同，并…据实结算")
    out["fees_per_period"] = kind == "service" and any(s.says(_PERIOD_FEE) and not s.says(r"解除|terminat") for s in pay + priced)
    fees, rows = _named_fees(r), _price_rows(r)
    # (a term that names defined fees without their figures is one instalment: "We will invoice the Onboarding Fee and the
    # Subscription Fee for the first Contract Year on signature of this Order Form"; a deduction is none, but an instalment paid
    # "并扣减按第六条第（四）项计算的款项" is)
    installments = [(s, part) for s in pay if not s.says(r"违约金|liquidated damages|delay damages|penalt|shall be reduced by|解除|terminat|"
                                                         r"(?:each|every|per) (?:full |calendar )?(?:day|week) of (?:delay|late\b)|每(?:逾期|延迟|迟延)")
                    for part in _installments(s.text) or ([s.text] if _fees_in(s.text, fees) or _rows_named(s.text, rows) else [])
                    if ("payment" in r.types[s.clause] or s.says(r"支付|付|pay|paid|invoice")) and not rx.search(
                        _CAP_WORDS + "|" + _AVAIL + r"|\bliability\b[^.;]{0,80}\blimited to|违约金|(?<!并)扣减|penalt|liquidated|(?:%|％|[一二三四五六七八九十]|元)(?:的|作为)?(?:银行|见索即付)?(?:履约保证金|履约保函)|"
                        r"(?:提交|缴纳|交纳|提供|开具)[^，。；]{0,4}(?:履约保证金|履约保函)(?![^，。；]{0,8}(?:后|起))|(?:提交|提供|开具)[^，。；]{0,12}保函\s*作为[^，。；]{0,6}担保|"  # (not "提交履约保函及等额发票后…支付")
                        r"(?:provide|deliver|furnish|submit)[^.;]{0,30}performance (?:bond|security|guarantee)|"
                        rf"向{BUYER}(?:支付|赔偿|偿付|退还)|\bpay (?:to )?{BUYER_EN}\b|"
                        r"(?:announced|notified|scheduled)[^.;]{0,40}in advance|\b(?:agreed|approved|arranged|quoted|confirmed)(?: (?:up)?on| with (?:the )?\w+)? in advance|\binsur(?:e|es|ed)\b|\binsurance (?:cover|policy)|投保|保险金额|"
                        r"(?<!费)率\s*(?:应)?(?:不低于|不少于|不小于|达到|≥)|\b(?:accuracy|(?:success|error|hit|match|pass|loss|failure|defect) rate)\b|"
                        r"\btax (?:receipts?|certificates?)\b|\bwithholding tax(?:es)?\b[^.;]{0,80}\b(?:handled|borne|withheld|deducted)\b|完税凭证|代扣代缴", part, re.I)]
    # ("maintenance windows announced … in advance", "users beyond ten per cent … added … at rates agreed in advance"; nor a liability cap: "total liability … is limited to 150% of the Contract Price"; nor the supplier's bond: "乙方应在合同签订前按合同总价的5%提交履约保证金",
    # "乙方应在合同签订后五个工作日内向甲方提交合同总价的5%作为履约保证金", "乙方应按合同总价的10%提交见索即付的银行保函作为预付款担保", not one the payment waits for:
    # "合同签订且乙方提交等额银行履约保函后二十个工作日内，甲方…支付"; nor insurance cover: "shall insure it until delivery to the farm for 110% of its
    # value", but a bond "issued by Seoul Guarantee Insurance" may back an instalment; nor what the supplier pays the buyer:
    # "因乙方原因延长纸机停机安装时间的，每超过1小时，乙方向甲方支付3,000元"; nor a rate an acceptance test measures, in an acceptance
    # clause typed as payment too: "智能审核规则全部上线，规则命中结果经甲方…抽查准确率不低于 95%", "… every sensor reports to the Software,
    # with a data loss rate below 0.5% over seven days"; nor the tax withheld on a fee: "Withholding taxes payable in China on the Licence
    # Fee shall be handled as required by PRC tax law, and the Buyer shall give the Vendor the tax receipts")
    for s, part in installments:
        single_period = term_years is not None and term_years <= 1  # a one-year fee paid upfront is the whole contract
        # a period's fee paid ahead is no prepayment, unless a one-off fee is billed with it ("the Implementation Fee and the
        # Annual Subscription Fee for the first subscription year (together CNY 704,000) … before the Subscription Start Date")
        named = _fees_in(part, fees)
        one_off = rx.search(r"implementation|onboarding|one-?(?:time|off)|set-?up|(?:integration|installation|migration)(?: services?| work)? (?:fee|price|charge)|(?:integration|installation|migration) (?:services|work)\b|fee for the integration|实施费|开通费|初装费|部署费|一次性(?:费用|服务费)", part, re.I) \
            or any(once for _, once in named)
        # … or the fees of the whole term at once ("the Subscription Fees for the entire Initial Term", "Subscription Fees for the
        # Initial Term: 55 % … invoiced on the Effective Date")
        whole_term = rx.search(r"(?:entire|whole|full) (?:[A-Za-z]+ ){0,2}(?:Term|Period)|(?:fees?|charges?) for the Initial (?:[A-Za-z]+ )?Term|全部(?:服务|订阅|合同)期|整个(?:服务|订阅|合同)期", part, re.I)
        # … or a sum paid as an advance by name, whatever period fees it is later set off against ("an Advance Payment of CNY 420,000.
        # The Advance Payment is deducted in equal parts from the monthly invoices")
        advance_sum = rx.search(r"\badvance payment (?:of|amounting to|in the amount of) " + CURRENCY, part, re.I)
        if rx.search(_ADVANCE, part, re.I) and not rx.search(_NO_ADVANCE, part, re.I) and (single_period or one_off or whole_term or advance_sum or not (
                rx.search(_PERIOD_FEE, part, re.I) and not rx.search(_VALUE_WORDS, part, re.I))):
            if rx.search(_NOT_FIXED, part, re.I):
                break  # mentioned, left open: null, never a guess
            pcts = [v for v, st, _ in find_percents(part) if v <= 100  # not the bond lodged against it ("against a performance bond of 10%")
                    # nor a tolerance in the tests the payment waits for ("the month-end cost report matches … within 0.5%")
                    and not rx.search(r"\bwithin\s*$|±\s*$|(?:误差|偏差)[^，。；\d]{0,6}$", part[:st], re.I)
                    and not rx.search(r"(?:bond|guarantee|security)(?: (?:of|equal to|amounting to|in the amount of|for))?\s*$|"
                                      r"(?:保证金|保函)(?:金额)?(?:为|按)?[（(]?(?:合同(?:总价|金额)的?)?\s*$", part[:st], re.I)]  # "履约保证金（合同总价的5%）"
            found = find_amounts(part)
            written = [a for a, _, _ in found]  # the sums as written; `amounts` becomes what is paid
            amounts = written
            # (the next sum may be a share of a fee: "… (CNY 88,000) and 60% of the Integration Services fee (CNY 45,600)")
            # (or the year of a period's fee: "the one-time onboarding fee of CNY 96,000 and the Subscription Year 1 fee of CNY 420,000")
            joined = len(found) > 1 and all((g := rx.fullmatch(r"\W*(?:and|及|和|、)\W*(?:the )?((?:[^\d]|\d+(?:\.\d+)?\s*[%％]|(?<=year )\d\b)*)", part[e:st], re.I))
                                            and len(g.group(1)) <= 60 for (_, _, e), (_, st, _) in zip(found, found[1:])) \
                and not rx.search(r"合计|共计|总计|together|total|i\.e\.|of which|其中", part, re.I)
            # a share of a one-off fee billed with another: "the first annual subscription fee (CNY 273,600) together with 65% of the
            # Integration Services fee (CNY 101,400)", "65 per cent of the Integration Services fee (CNY 96,200) and the Subscription
            # Fee for the first year (CNY 186,000)": both sums are paid, not the 65 % (null without the contract value)
            shares = one_off and len(found) > 1 and (joined or rx.search(r"\btogether with\b", part, re.I))
            if joined or shares:
                amounts = [sum(amounts)]  # the sums named above are due together
            if shares:
                pcts = []
            # … or said with their total after them ("… (CNY 777,600) and the Implementation Services fee (CNY 218,000), a total of
            # CNY 995,600"): the total, also where one of them is a share ("首年订阅费326,400元及实施服务费的50%即73,400元，合计399,800元")
            # (or where a fee named before it has no figure: "the Onboarding fee and the charges for the first Subscription Year
            # (CNY 363,600), together CNY 417,600")
            summed = rx.search(_SUMS_UP + r"[\s:：,，]*(?:人民币|RMB|CNY|¥|￥)?\s*$", part[:found[-1][1]], re.I) if len(found) > 1 else None
            # (the sums as written, not as joined above: "the first subscription year (…, CNY 258,000) together with the Onboarding
            # fee (CNY 88,000), a total of CNY 346,000")
            if len(found) > 2 and rx.search(_RESTATED + r"$", part[:found[-1][1]], re.I) and abs(sum(written[:-1]) - written[-1]) < 1 \
                    or summed and not rx.match(r"\s*(?:即|i\.e\.)", summed.group(), re.I) and written[-1] > max(written[:-1]):
                amounts, pcts = [found[-1][0]], []
            if not amounts:  # "The Integration and Certification Fee and the Annual … Fee for the first Contract Year shall be invoiced on the Effective Date"
                # (the price table's rows where they price more of what is named than the fees defined with a figure: "the Integration Fee
                # together with the Subscription Fee for the first Subscription Year" where only "Integration Fee of CNY 44,000" is defined)
                by_name, by_rows = sum(amount for amount, _ in named), _rows_named(part, rows)
                amounts = by_rows if by_rows and by_rows[0] > by_name else [by_name] if named else []
            if not amounts and whole_term:  # "The subscription fee for the whole Subscription Period is invoiced in full …": the amount
                amounts = _amounts_for(r, whole_term.group(0))  # given elsewhere "for the whole Subscription Period"
            # a share of one fee restated as its sum ("实施服务费：合同签订后…支付50%，计69,000元" in a 933,600 contract): the
            # sum's share of the contract value, where it is not the share the percentage says
            # (or, the instalment's one sum, in brackets: "Subscription Fees for the Initial Term: 55 % (CNY 290,400)")
            restated = [a for a, st, _ in found if find_percents(part[:st]) and (rx.search(_RESTATED + r"$", part[:st], re.I)
                                                                                 or len(found) == 1 and rx.search(r"[（(]\s*(?:人民币|RMB|CNY|¥|￥)?\s*$", part[:st]))]
            if pcts and restated and contract_value and restated[0] < contract_value and abs(restated[0] / contract_value * 100 - pcts[0]) > 0.5:
                pcts = [round(restated[0] / contract_value * 100, 4)]
            # a share of one priced fee ("The Integration fee is invoiced 50% on signature"): of that fee
            of_fee = rx.search(r"\bthe ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:fee|charge)s? (?:is|are|shall be) (?:invoiced|payable|paid) (\d+(?:\.\d+)?)\s*%", part, re.I)
            priced = [amount for name, amount in rows if of_fee and rx.match(re.escape(of_fee.group(1)) + r"\b", name, re.I)]
            if pcts and not found and len(priced) == 1 and contract_value:
                pcts, amounts = [], [priced[0] * float(of_fee.group(2)) / 100]
            # a one-off fee billed ahead goes with the first year's fee the clause bills ahead in a sentence of its own ("The fee for the
            # first Subscription Year is invoiced on signature", "The first annual invoice is payable 14 days before the planned Go-Live Date")
            if one_off and amounts and not pcts and not rx.search(_PERIOD_FEE, part, re.I):
                amounts = [amounts[0] + (_first_year_billed(r, s.clause) or 0.0)]
            if pcts:
                out["prepayment_pct"], where["prepayment_pct"] = pcts[0], s.clause
            elif amounts and contract_value:  # "一次性支付接入实施费及第一个服务年度的订阅费，合计人民币伍拾贰万肆仟元": what is paid, not all
                out["prepayment_pct"], where["prepayment_pct"] = round(min(amounts[0], contract_value) / contract_value * 100, 4), s.clause
            elif not shares and rx.search(r"全额|全部|一次性(?:全额)?支付|in full", part, re.I) and not rx.search(r"剩余|余款|尾款|除.{0,12}外|balance|remaining", part, re.I):
                out["prepayment_pct"], where["prepayment_pct"] = 100.0, s.clause
            if out["prepayment_pct"] is not None:
                break
    # a service paid per period has no final payment, unless a fixed-scope part is paid by a schedule of its own that ends
    # with the balance ("…支付数字化加工费的百分之四十；项目终验后，甲方支付剩余数字化加工费" beside "运维费按季度支付")
    # the fee of a maintenance contract to be signed after the warranty, in the clause that says so, is no instalment of
    # this one ("质保期满后，甲方有权选择…。维保服务费…按年签订维保合同，按季度支付")
    installments = [(s, p) for s, p in installments if not (rx.search(_PW_CONTEXT, r.clauses[s.clause].text, re.I)
                                                            and rx.search(r"维保|维护|技术支持|maintenance|support", p, re.I) and not rx.search(_ACCEPTED, p, re.I))]
    if out["fees_per_period"]:
        per_period = _period_items(r)
        project = [(s, p) for s, p in installments if s.start not in per_period]
        # (a share of a fee of its own — "支付数字化加工费的百分之四十" — not only of the whole contract's price, which are the
        # service's own instalments: "…支付合同总价的40%作为预付款；…；服务期满且年度验收合格后，甲方支付剩余20%")
        # ("an advance of 55% of the total fees (CNY 338,800)" of a subscription, "The balance … after the start of the second Subscription Year")
        whole = r"合同(?:总价|总金额|金额|价款)|contract (?:price|value|sum)|total (?:contract )?(?:price|value|fees)"
        schedule = len(project) >= 2 and any(find_percents(p) and rx.search(r"费|fee|charge", p, re.I) and not rx.search(whole, p, re.I) for _, p in project) \
            and rx.search(r"剩余|余款|尾款|balance|remaining", project[-1][1], re.I)
        # … and the bulk of the contract: a set-up fee paid half on signing and half on its acceptance beside three years of
        # subscription is a service's ("实施服务费：…支付50%，计69,000元；实施验收合格后…支付剩余50%" of 933,600)
        paid = sum(sums[0][0] for sums in (find_amounts(p) for _, p in project) if sums)
        if schedule and contract_value and paid and paid < 0.5 * contract_value:
            schedule = False
        installments = project if schedule else []
    if installments:
        on_accept = [s for s, p in installments if rx.search(_ACCEPTED, p, re.I)]
        # instalments, not sentences: one table cell may hold the whole schedule ("…30%；到货签收后支付40%；终验合格后支付剩余30%")
        before_acceptance = [(s, p) for s, p in installments if rx.search(_PRE_ACCEPT, p, re.I) and not rx.search(_ACCEPTED + "|" + _RETENTION, p, re.I)]
        # (not an instalment's amount restated after it: "…支付合同总价的10%，即人民币136,000元")
        last = [(s, p) for s, p in installments if not rx.search(_RETENTION, p, re.I) and not rx.match(r"\s*(?:即|i\.e\.)", p, re.I)]
        # (not the price's scope: "为固定总价，包含设备、…、安装、调试…等全部费用，甲方不再另行支付任何费用", "含13%增值税、运输、保险、安装调试等全部费用")
        bad = [s for s, p in before_acceptance if rx.search(_FINAL_WORDS, p, re.I) and not rx.search(r"(?:包含|包括|含)[^。；]{0,80}全部费用|不再另行支付", p)]
        if last and last[-1] in before_acceptance and not rx.search(_ACCEPTED, last[-1][1], re.I):
            bad.append(last[-1][0])
        if bad or not on_accept:
            out["final_payment_on_acceptance"], where["final_payment_on_acceptance"] = False, (bad or [installments[-1][0]])[0].clause
        else:
            out["final_payment_on_acceptance"], where["final_payment_on_acceptance"] = True, on_accept[-1].clause
    out["_where"] = where
    return out


# ---- acceptance, warranty, post-warranty --------------------------------------------------------

# what use of the system is deemed: the system (or project, platform, software) accepted
_ACCEPTED_IN_USE = r"(?<!不)视为(?:甲方)?(?:已)?(?:(?:本|该)(?:台|套|批)?)?(?:设备|系统|项目|平台|软件)?验收(?:合格|通过|(?=[。；]|$))"  # (or "视为甲方已验收。", "投入生产运行即视为该台设备验收合格")
# (not when conditions are met: "安装调试完成后，系统连续运行72小时，满足下列全部条件的视为验收合格")
# (use after go-live deemed to approve the system is deemed acceptance: "甲方在上线后使用系统处理生产业务的，视为甲方认可系统已符合合同要求")
# (a signed commissioning report too, where no test is named: "乙方向甲方提交调试报告，甲方在调试报告上签字，即视为验收合格"; not a signed
# go-live acceptance form: "双方共同签署上线验收单后，视为验收合格")
# … unless the buyer may still object: "deemed accepted … unless Customer notifies a defect within ten days"
_UNLESS_OBJECTED = r"(?![^.;]*(?:unless|objection|comments|does not|fails to|rejects?))"
_DEEMED = (r"(?:安装|到货|交货|交付|部署|上线(?!验收)|签收|上架|加电|通电|接入|开通|试车|调试(?:完成)?(?:报告|确认单|确认书|记录|单))(?:(?!异议|未提出|满足|符合|达到|下列|以下)[^。；]){0,30}(?<!不)视为(?:(?:甲方)?(?:已)?验收(?:合格|通过)?|(?:(?!未|不)[^。；]){0,30}?(?:验收(?:合格|通过)|(?<!乙方)认可[^。；]{0,12}符合(?:本)?合同(?:的)?(?:要求|约定)))|"
           # (or a few days' silence after go-live, with no test to pass: "系统上线试运行满7日，甲方未书面提出异议的，即视为甲方验收合格")
           # ("系统上线试运行满10个工作日，甲方未以书面形式提出异议的，即视为验收合格", "系统上线试运行7日内，甲方未以书面形式提出异议的，即视为验收合格",
           # "上线后十日内甲方未提出书面异议的，视为验收合格")
           r"(?:上线|交付|部署|安装)[^。；]{0,12}(?:满\s*[\d一二三四五六七八九十]+\s*(?:日|天|个?工作日)|[\d一二三四五六七八九十]+\s*(?:日|天|个?工作日)内)[，,]?\s*[^。；]{0,6}未[^。；]{0,10}异议的?[，,]?\s*(?:即|则)?视为[^。；]{0,6}验收(?:合格|通过)|"
           # ("甲方提前使用系统处理正式业务的，视为甲方已验收")
           r"(?:(?:用于|投入|开始|实际|提前|恢复)(?:正式|正常|[\u4e00-\u9fff]{1,2}(?=运行))?(?:生产|运营|运行|使用)|试生产)(?:[^。；]{0,12}|[^，。；]{0,8}[，,]?\s*或[^。；]{0,40})" + _ACCEPTED_IN_USE + "|"  # 甲方…已将系统用于正式生产的，视为验收合格; 甲方开始使用系统，或…的，视为… (also 甲方开始使用系统或在上述期限内未提出书面异议的，即视为验收合格); 甲方…已实际使用系统处理业务的，视为…; …，或甲方已开始使用平台处理业务的，视为平台验收合格; 热调试完成、钢化炉恢复正常生产后，即视为甲方验收合格; 系统投入热态运行后，即视为甲方验收合格; 试生产连续运行三日未停机的，即视为甲方验收合格 (trial production is use)
           r"在(?:正式)?(?:生产|运营|业务)中使用[^。；]{0,16}" + _ACCEPTED_IN_USE + "|"  # "或甲方已在生产中使用本系统的，视为验收合格"
           r"deemed (?:to have been )?accepted(?: by (?:the )?\w+)? (?:upon|on|at) (?:the |\w+'s )?(?:(?:completion|date|signature|signing) of (?:the )?|date on which (?:the )?)?(?:installation|commissioning|delivery|shipment|performance|provision|go-?live)|deemed accepted when installed|"
           r"\buse of the [\w ]{1,30}?(?: in [^.;]{0,40})? constitutes acceptance(?! of (?:the |these |such |any )?(?:change|new|updated|revised|amended|modified|adjusted|increased|terms|sub-?processor|price|fee|charge|rate))|"
           r"deemed (?:to have been )?(?:delivered and )?accepted(?: and (?:complete|completed))?(?: by (?:the )?\w+)? (?:when|once|as soon as|upon|on)(?: the date)?(?: on which| that)? (?:the )?(?:Supplier|Vendor|Provider|Contractor|Licensor)\b"
           + _UNLESS_OBJECTED + r"|"
           r"deemed (?:to have been )?accepted (?:on|upon|at|when) [^.;]{0,60}\b(?:first uses?|first use of|production use|go-?live|goes live)|"
           # (or when access is handed over: "The Data and the API are deemed accepted by the Customer when the production credentials are issued")
           r"deemed (?:to have been )?accepted(?: by (?:the )?\w+)? (?:when|once|as soon as|upon|on)(?: the date on which)? (?:the |its )?(?:[\w-]+ ){0,2}(?:credentials|access|accounts?|log-?ins?|API keys?) "
           r"(?:are|is|have been|has been) (?:issued|provided|delivered|granted|sent|made available)" + _UNLESS_OBJECTED + r"|"
           # (or complete on the supplier's own word, with no check of the buyer's: "Transition is complete, and the Service Commencement Date
           # occurs, when Provider notifies Customer in writing that it has started delivering all Services")
           r"\b(?:transition|onboarding|implementation|set-?up|handover|go-?live)\b[^.;]{0,20}\b(?:is|are|shall be|will be) complete(?:d)?\b[^.;]{0,60}?"
           r"\b(?:when|once|on the date|upon)\b[^.;]{0,12}?\b(?:Supplier|Vendor|Provider|Contractor|Licensor) (?:notifies|informs|confirms to|tells)\b"
           r"(?![^.;]*(?:unless|objection|comments|does not|fails to|rejects?|confirms?|approves?|accepts?|signs?))|"
           r"(?:with|upon|on) (?:the )?(?:signature|signing|completion) of the (?:Installation|Delivery|Commissioning|Handover) (?:Protocol|Certificate|Note|Report)[^.;]{0,80}\bdeemed (?:to have been )?accepted|"
           r"(?:Commencement|Start|Go-Live) Date[^.;]{0,80}deemed (?:complete and )?accepted(?: by (?:the )?\w+)? (?:on|upon|at) (?:that|this|such) date|"
           # ("Transition is complete, and the transition work is deemed accepted by the Customer, on the Service Commencement Date", "The
           # Transition shall be deemed complete, and the Services accepted by the Customer, on the Service Commencement Date")
           r"deemed (?:complete,? and (?:the (?:[\w-]+ ){1,3})?)?accepted(?: by (?:the )?\w+)?,? (?:on|upon|at) (?:the|its|their|that|each) (?:[\w-]+ )?(?:Commencement|Start|Go-Live) Date"
           + _UNLESS_OBJECTED)
# (criteria listed after what the supplier shows: "Onboarding is complete when Provider demonstrates, and Customer confirms in a signed
# Service Acceptance certificate, that: (a) …")
# (… or a run without faults: "全部场馆稳定运行十四日、未出现一级故障后，甲方签署上线验收单")
# a test defined, or passed, where a service starts on it ("4.2 Activation tests: (a) …", "The Integration Test consists of two hundred
# sample product files …", "The test succeeds when every known defect is reported …", "Customer signs the Go-Live Acceptance form when the
# checks pass", "When these tests are passed the Customer shall confirm acceptance in writing")
_TEST_DEFINED = (r"\b(?:activation|integration|commissioning|commencement|go-?live|cut-?over|site|connection|connectivity) tests?(?: (?:for|in) [^:：.;]{0,30})?\s*"
                 r"(?:[:：]|(?:are|is)\s*[:：]|(?:are|is) passed (?:when|once|if)\b|consists? of|comprises?)")  # "Commencement tests for each hotel: …",
# "site tests in the Buyer's presence: a comparison of every logger against a calibrated reference thermometer …",
# "The integration tests are: (a) …", "The Activation Tests are passed when: (a) …", "The Connection Test is passed when: …"
# (also where they are named by clause: "When all tests in Clauses 6.1 and 6.2 have been passed …", or listed: "the date on which the
# Customer confirms in writing that the following tests are passed: (a) …")
_TEST_PASSES = r"\b(?:all|the|these|every)(?: following)? (?:tests|checks)(?: (?:in|of|under) (?:Clauses?|Sections?|Articles?) [\d.]+(?:(?:,| and) [\d.]+)*)? (?:are |have been )?pass(?:ed)?\b|\b(?:the )?tests? succeeds? (?:when|if|once|only)\b"
_CRITERIA = (r"(?:验收|考核)(?:内容|项目)?(?:及|和|与)?(?:标准|依据|指标)|验收[，,]\s*(?:验收)?(?:标准|指标)(?:为|如下|\s*[:：])|(?:考核|评估)(?:意见|结果|得分)[^。；]{0,4}(?:为|作为)[^。；]{0,10}验收的?依据|对照(?:本合同)?第[一二三四五六七八九十\d.]+条[^。；]{0,6}(?:服务水平|服务标准)|(?:验收|考核)内容(?:包括|为|如下|\s*[:：])|(?:交接|服务|期末|初步|最终|竣工|阶段|季度|年度|进行)验收\s*[:：]|确认标准|接管标准|验收方案|验收测试|验收程序|测试方案|测试用例|技术规范|技术要求|技术规格|规格书|需求说明|需求规格|性能指标|招标文件|投标文件|"
             r"附件.{0,12}(?:要求|标准|清单|指标|规格)|技术参数|采购文件|逐台|规格说明|服务说明书|考核细则|考核表|服务规格|服务标准|考核办法|考核评分表|考核指标|考核评分细则|评分细则|逐项|初验|终验|试运行|(?:连续|稳定)(?:稳定|生产)?运行(?:满)?\s*[\d一二三四五六七八九十]+\s*(?:日|天|小时|个月)|acceptance criteria|service standards|service level targets|acceptance tests?|acceptance testing|specifications?|test plan|requirements|"
             r"GB(?:/T)?\s*\d{3,}|国家标准|行业标准|statement of work|functional|(?:Schedule|Annex|Appendix|Exhibit|Attachment) [A-Z0-9]|pass(?:es)? (?:the )?test|" + _TEST_PASSES + "|" + _TEST_DEFINED + r"|\bcriteria\b|验收条件|演练|\bdrill\b|\bRTO\b|\bRPO\b|"
             r"checklist|(?:failure|defect|error) rate|\btest \w+ (?:succeeded|passed|was successful)|recovery times?|"
             r"\b(?:\d[\d,]*|one|two|three|four|five|six|ten|twenty|fifty|hundred) test [a-z]+s\b|\bparallel running\b|\btrial (?:run|operation)\b|\balarms tested\b|"  # "500 test certificates issued and verified", "10 days of parallel running"
             r"\b(?:run|operated)\b[^.;]{0,20}\bfor (?:\d+|[a-z-]+) consecutive (?:days|hours|weeks)\b|"  # "the system has run for 45 consecutive days without a Severity 1 failure": 连续运行 ("连续生产运行72小时" too)
             r"(?:requires?|subject to) (?:that )?(?:all )?(?:of )?the following|\b(?:tests?|checks?|verif(?:y|ies)|confirms?) that\s*$|\b(?:requires?|checks?|tests?|verif(?:y|ies)|confirms?|show(?:s|ing)?|prov(?:es?|ing)) that\b[^.;:：]{0,60}?[:：]?\s*\((?:a|i|1)\)|\brequires? that\b[^.;:：]{0,60}[:：]\s*(?:$|[^.;:：]{10,200}[;；]\s*$)|\brequires?\s*[:：]\s*(?:$|\((?:a|i|1)\))|\b(?:demonstrat(?:es?|ing)|confirm(?:s|ing)?|show(?:s|ing)?|prov(?:es?|ing)|certif(?:y|ies|ying)|verif(?:y|ies|ying))\b[^.;:：]{0,100}?\bthat\s*[:：]\s*(?:$|\((?:a|i|1)\)|[^.;:：]{10,200}[;；]\s*$)|the following (?:criteria|conditions|requirements|tests|checks)|\b(?:acceptance|go-?live|commissioning) tests (?:are|comprise|consist of)\s*[:：]|\b(?:acceptance|go-?live|commissioning|activation|integration) (?:tests?|checks)\b[^.;:：]{0,60}[:：]\s*\((?:a|i|1)\)|"
             r"(?:按|依据|根据)[^。；]{0,10}第\s*[（(]?[\d一二三四五六七八九十]+[)）]?\s*[项条款][^。；]{0,6}(?:标准|要求)[^。；]{0,8}验收|"  # "甲方按本合同第（4）项标准进行年度验收"
             r"(?:下列|以下)(?:全部|各项|所有)?(?:条件|标准|要求|指标)|验收(?:须|应|需|必须)(?:同时)?满足\s*[:：]|(?:功能|性能|联调|接口)测试(?:全部|均)?通过|"  # "每家影院的上线验收须满足：…功能测试全部通过；"
             r"\b(?:verif(?:y|ies)|demonstrates?)\s*(?:that\s*)?[:：]|shall (?:jointly )?(?:verify|demonstrate)|"
             r"\bwill (?:jointly )?(?:demonstrate|verify)\b[^.;:]{0,60}[:：]|\bto the \w+'s (?:reasonable )?satisfaction\s*[:：]\s*\((?:a|i|1)\)|(?:all|the) tests (?:are |have been )?passed|\b(?:when|once|if)\b(?:[^.;:：]{0,60}?[:：]\s*(?:$|\((?:a|i|1)\))|\s*\((?:a|i|1)\))|\b(?:when|once|if)\s*[:：]\s*(?:[^.;:：]|\.(?=\d)){10,200}[;；]\s*$|\b(?:when|once|if) (?:all )?(?:of )?the following\b|"
             r"\bagainst the (?:agreed )?(?:acceptance |test )?(?:service levels?|specifications?|requirements|criteria|checklist|scripts?|test (?:list|plan|cases|scripts?))|"  # "tests the Services against the agreed test list: (i) …"
             r"\b(?:these|the above|such|all(?: the)?(?: above)?) (?:conditions|criteria|requirements) (?:are|have been) (?:met|fulfilled|satisfied)|上述(?:条件|标准|要求)[^。；]{0,4}(?:满足|达到|具备)|"
             r"\bthe (?:\w+ )?items (?:in|of|listed in) (?:Clause|Section|Article|§)\s*\d+(?:\.\d+)*\s+(?:are|have been) (?:complete|completed|met|fulfilled|delivered)|"
             r"\b(?:acceptance|go-?live) requires\b|\bacceptance (?:takes place|is achieved|occurs|is reached|is given|is granted) (?:when|once|if)\b|\b(?:is|are) complete (?:when|once|if)\s*[:：]|"
             r"\b(?:is|are|shall be|will be) accepted (?:\([^()]{0,60}\) )?(?:when|once|if)\b")  # "The integration is accepted (the "Integration Acceptance") when, in a test …"
# ("Service Commencement requires: (a) all devices … registered; (b) alarm forwarding tested …")
# ("Service Commencement requires Customer's written acceptance after a readiness review showing that: all in-scope devices are monitored …;")
# ("4.2 Service Commencement requires that: all 1,850 end-user devices report to the endpoint management platform; monitoring covers …")
# (a list of conditions after "confirms … that:" may run in semicolons, unlettered: "Onboarding is complete when the Customer confirms in
# writing that: the agent is installed on at least 98% of the devices …; all servers … report to the monitoring platform; …", or after "when:": "The Customer will confirm Go-Live Acceptance in writing when: all functions listed in A2 work …;",
# "The Custom Feeds pass when: all Data Products listed in clause 2.1 load into the data warehouse each day …;")
# ("Onboarding Completion occurs when Customer signs an onboarding completion certificate after verifying that: (a) the pay rules …")
# ("The Go-Live Date is the date on which Customer confirms in writing that: (a) every Data Product in Schedule A is delivered …": a
# go-live the buyer confirms on listed conditions is its acceptance)


# "Neither the delivery, nor the installation, nor the use of the System by the Employer constitutes acceptance."
# (nor "甲方书面签署上线验收单方视为验收合格": accepted only when the buyer signs an acceptance form, not on go-live; but
# "甲方签署安装确认单之日，即视为本系统验收合格" is deemed on installation)
_NOT_DEEMED = (r"\b(?:neither|nor|no)\b[^.;]{0,80}\bconstitutes? acceptance|签(?:署|字|发)[^。；]{0,20}(?:验收单|验收报告|验收证书|验收意见)[^。；]{0,4}(?:方|才)视为|"
               r"(?:验收单|验收报告|验收证书|验收意见)上?签(?:署|字|发)?(?:确认)?后视为")  # "甲方在上线验收报告上签字确认后视为验收合格"


def _acceptance(r: _Reader) -> dict:
    deemed = [s for s in r.find(_DEEMED) if not s.says(_NOT_DEEMED)]
    # … or on "that date" where the sentence before named the go-live: "The Service Commencement Date is the date on which the Provider
    # notifies the Customer in writing that the Services are live. The Services are deemed accepted by the Customer on that date."
    deemed += [b for a, b in zip(r.sentences, r.sentences[1:]) if a.clause == b.clause
               and b.says(r"\bdeemed (?:complete and )?accepted(?: by (?:the )?\w+)? (?:on|upon|as of|at) (?:that|this|such) date\b")
               and a.says(r"\b(?:Commencement|Start|Go-Live|Live|Delivery) Date\b|\bgo(?:es)?[- ]live\b|\b(?:is|are) live\b")]
    accept_words = r"验收|考核|accept|\b(?:go-?live|activation|(?:service )?commencement|cut-?over|handover) (?:requires\b|(?:occurs|takes place|is achieved|happens) (?:only )?(?:when|once|if)\b)|\bsign(?:s|ed|ing)?[- ]off\b|\b(?:transition|handover|takeover|onboarding|go-?live|cut-?over|commencement|activation|completion|delivery confirmation|(?:production |operational |service )?readiness) criteria\b|(?:completion|handover|commencement) certificate|\b(?:go-?live|production access|service start|activation|readiness) confirmation\b|\b(?:onboarding|transition|handover|takeover) is complete (?:when|once|if)\b|\b(?:go-?live|(?:service )?commencement|activation) date (?:is|means) the (?:date|day) (?:on which|when)\b[^.;:：]{0,40}\bconfirms?\b|\bconfirms? (?:the )?(?:completion of (?:the )?)?(?:service )?(?:commencement|go-?live|activation|handover|transition|onboarding)(?: date)?(?: in writing)? (?:when|once|if)\b|(?:tests?|testing) witnessed by|confirms? the \w+ against|" + _TEST_DEFINED + "|" + _TEST_PASSES + r"|测试(?:通过|合格)|检测合格|确认单|确认书|\b(?:test(?:s|ed|ing)?|verif(?:y|ies|ied|ication))\b.{0,60}(?:against|in accordance with)"
    in_acceptance = {c.index for c in r.clauses if "acceptance" in c.types}
    # … or a clause headed as a check ("六、接管及服务确认": 确认标准为：1. 设备台账逐项核对 …; "Article 7 (Transition and
    # Confirmation of Completion)": "The transition is complete when: (1) …")
    # … or one that ends in a certificate of the handover ("3. TRANSITION": "Transition is complete when the Provider has shown,
    # to the Client's reasonable satisfaction: (a) …. The Client shall then sign a Transition Certificate."; "Onboarding is
    # complete when: (a) …. When onboarding is complete, the parties shall sign a Commencement Certificate."), or criteria of the
    # handover by name ("5.2 Transition criteria: (a) …; (b) …. Client confirms Service Commencement in writing when all criteria are met"),
    # or a go-live certificate signed when the go-live tests pass, or a confirmation the buyer issues when they pass ("Customer shall issue
    # the Production Access Confirmation when: (a) the connector passes Customer's test suite …")
    # ("The transition is complete when: the asset inventory … has been verified …; runbooks … approved by the Customer; … and the
    # Customer's IT manager has signed the transition completion certificate"; "4.2 Activation criteria: all endpoints … return Data …;
    # … 4.3 When the criteria are met, Customer signs an activation certificate";
    # "4.2 Delivery Confirmation criteria: (a) all endpoints in Schedule A return data …",
    # "Customer confirms Service Commencement when: (a) the asset inventory covers every computer …", "The Customer will confirm
    # completion of Transition in writing when: all applications, sites and devices in Schedule 1 are documented and monitored; …")
    checked = {c.index for c in r.clauses if rx.search(r"接管|确认\s*$", c.heading)
               or rx.search(r"confirmation of completion|completion confirmation|sign[- ]off", c.text.split("\n", 1)[0], re.I)
               or rx.search(r"\b(?:transition|handover|takeover|commencement|go-?live|activation)(?: acceptance| completion)? certificate", c.text, re.I)}
    crit = [s for s in r.sentences if (s.clause in in_acceptance or s.clause in checked or s.says(accept_words))
            and s.says(_CRITERIA) and not s.says(_DEEMED)]
    ok = bool(crit) and not deemed
    clause = (deemed[0].clause if deemed else crit[0].clause if crit else _first([s.clause for s in r.find(r"验收|acceptance")]))
    return {"acceptance_clause": ok, "acceptance_deemed_on_delivery": bool(deemed), "_where": clause}


_DURATION_AHEAD = (r"(?=(?:\[|\w+(?:[- ]\w+)?\s*\(\d+\)|\d+\s*\([A-Za-z][A-Za-z\- ]*\)|\d+|one|two|three|four|five|six|twelve|eighteen|twenty|thirty|sixty|ninety|"
                   r"(?:seven|eight|nine|ten|eleven|fifteen|forty|fifty)\b)"  # "warrants … for nine months after Final Acceptance"
                   r"[^.;]{0,14}?(?:days?|weeks?|months?|years?|\]))")
_WARRANTY = (r"质保期|保修期|质量保证期|质量保修期|免费维保期|免费维护期|免费售后服务期|免费技术支持期(?!满|届满)|免费维[护保](?!期满|期届满)|免费(?:提供(?:软件|系统)?(?:缺陷|故障)?)?(?:修复|维修)(?!费)|(?:原厂|免费)(?:免费|上门|现场|整机)?(?:质保|保修)(?!期满|期届满|费)|质保服务期|缺陷责任期|defects? liability period|warranty period|"
             rf"warranted for|guaranteed for (?:a period of )?{_DURATION_AHEAD}|^[^\w]*warranty[:：]?\s+{_DURATION_AHEAD}|(?:warrants?|warranted|(?<!bank )guarantees),? (?:[^.;]|\.(?=\d)){{0,250}}?\b(?:for|during) (?:a period of )?{_DURATION_AHEAD}|guarantee period|warranty (?:of|for) |"
             rf"(?:provide|give|offer)s? (?:a |the )?(?:free )?warranty(?: and (?:support|maintenance))?[^.;]{{0,80}}?\bfor (?:a period of )?{_DURATION_AHEAD}|"
             # "For ninety (90) days after delivery, Developer warrants that …"; "warrants … a remaining shelf life of twelve (12) months"
             rf"\bfor (?:a period of )?{_DURATION_AHEAD}[^.;,]{{0,40}}(?:after|from|following)[^.;]{{0,200}}?\bwarrants?\b|warrants? [^.;]{{0,200}}shelf[- ]life")
# a warrant to buy shares is not a warranty
_STOCK_WARRANT = r"warrants? (?:to purchase|exercisable|certificate)|(?:options?|shares|stock) (?:and|or) warrants|warrants? (?:and|or) options|\"[\w ]*Warrant\"|THIS WARRANT\b"
_AFTER = (r"期满|届满|结束后|之后|以后|后的|满后|after (?:the )?(?:expiry|expiration|end)|after the warranty|upon expiry|following (?:the )?(?:expiry|expiration)|"
          r"\band (?:for )?(?:(?:the|a further|another) )?[\w() -]{1,20}? (?:years?|months?) (?:after|following) (?:it|that)\b")  # "valid for the warranty period and the three years after it", "during the warranty period and for two years after it"


_REDACTED_PERIOD = (r"warranty period|warranty term|\w+[- ](?:year|month|day) (?:limited )?warrant|质保期|保修期|"
                    r"warrant\w* [^.;]{0,80}?for (?:a period of )?(?:\[|\w+(?:-\w+)? \(\d+\) |\d+ )")


def _warranty_months(r: _Reader) -> tuple[float | None, bool, int | None]:
    """(free warranty in months, whether a warranty period is stated at all — also when redacted, clause)."""
    for s in r.find(_WARRANTY):
        if rx.search(_STOCK_WARRANT, s.text, re.I):
            continue
        phrases = rx.split(r"[，；;。]", s.text)
        for i, phrase in enumerate(phrases):
            m = rx.search(_WARRANTY, phrase, re.I)
            if not m:
                continue
            lead = rx.search(r"(\S{1,6}(?:年|个月|月)半?)(?:以?内)?(?:7\s*[×xX*]\s*24\s*小时)?(?:为|的)?(?:原厂)?$", phrase[:m.start()])  # 五年原厂免费保修; 十二个月为免费质保期; 三年原厂免费上门质保; 九个月内为免费维护期
            tail = (lead.group(1) if lead else "") + phrase[m.start():]
            cut = rx.search(_AFTER, tail, re.I)
            if cut and cut.start() < 8 or rx.search(r"\b(?:(?:after|upon|on|following|from) (?:the )?(?:expiry|expiration|end) of (?:the |this )?|after (?:the |this )?)$", phrase[:m.start()], re.I):
                continue  # "Upon expiry of the Guarantee Period, the Maintenance Service … for one (1) year" is what follows it
            durations = find_durations(tail[:cut.start()] if cut else tail)
            if not durations and i + 1 < len(phrases) and rx.match(r"\s*(?:期限)?(?:为|是)", phrases[i + 1]):
                durations = find_durations(phrases[i + 1])  # "质保期自最终验收合格之日起计算，为三十六个月"
            elif not durations and i > 0 and rx.search(r"(?:个?月|年|日|天)以?内\s*$", phrases[i - 1]):
                durations = find_durations(phrases[i - 1])[-1:]  # "自系统上线之日起六个月内，乙方提供免费维护服务", "…六个月内，乙方免费修复软件缺陷", "…六个月内，乙方免费提供缺陷修复服务"
            if rx.search(r"\(\s*(?:the\s+)?[\"“]$", phrase[:m.start()]):
                # a term defined after its period: "… during six (6) months from the date of the Final Acceptance Certificate (the
                # "Warranty Period")" — the period is the last one before it
                durations = find_durations(phrase[:m.start()])[-1:]
            for value, unit, _, _ in durations:
                months = to_months(value, unit)
                if months and (unit not in ("日", "天", "day") or value >= 30):
                    return months, True, s.clause
    for s in r.find(r"warrant|质保|保修|guarantee period|defects? liability"):
        if rx.search(_REDACTED_PERIOD, s.text, re.I) and not rx.search(_STOCK_WARRANT, s.text, re.I):
            return None, True, s.clause
    return None, False, None


# a time limit to inspect deliveries and reject them or claim for defects / shortages (质量异议期): not a fact of
# the contract_risk pack; CUAD counts it as "Warranty Duration" (bench/eval_cuad.py)
_REJECT_WORDS = (r"\breject|rejection|revocation of acceptance|non-?conform|defect|shortage|discrepanc|damage claims|"
                 r"deemed (?:to have )?accept|fails? to (?:conform|meet|comply)|not (?:in )?conform|does not meet")
_ON_RECEIPT = r"receipt|delivery|arrival|shipment|delivered|received"
_NOT_REJECTION = (r"purchase order|indemnif|proceeding|audit|\bcure\b|infring|approv|invoice|"
                  r"receipt of (?:a |the |such |any )?(?:written )?(?:notice|request|recommendation)")
_WITHIN = r"within\s+(?:a period of\s+)?(?:this\s+)?(?:\[[^\]]*\]|[\w-]+\s*\(\d+\)|\d+)"
_REJECTION_ZH = (r"质量异议期|(?:到货|收货|收到货物|交货|交付)[^。；]{0,20}(?:\d+|[一二三四五六七八九十]+)\s*(?:个)?(?:日|天|工作日)内[^。；]{0,30}"
                 r"(?:异议|退货|拒收|换货)")


def _rejection_period(r: _Reader) -> int | None:
    """The clause stating a time limit to reject deliveries or claim for defects, or None."""
    for s in r.sentences:
        t = s.text
        if rx.search(_REJECTION_ZH, t) or (rx.search(_WITHIN, t, re.I) and rx.search(_REJECT_WORDS, t, re.I)
                                            and rx.search(_ON_RECEIPT, t, re.I) and not rx.search(_NOT_REJECTION, t, re.I)):
            return s.clause
    return None


_PW_CONTEXT = (r"(?:质保|保修|质量保证|免费维保|免费维护|免费服务|免费技术支持)期(?:满|届满|结束|之?后|以后)|质保期满|保修期满|维保期满|"
               r"(?:after|on|upon|from|following) (?:the )?(?:expiry|expiration|end) of (?:the )?(?:warranty|guarantee)|after (?:the )?(?:warranty|guarantee)|post-warranty|following the warranty|"
               r"thereafter.{0,60}maintenance|maintenance at an annual (?:charge|fee)|\bafterwards,? (?:annual )?(?:support|maintenance)\b")  # "Warranty 24 months … Afterwards support at 8% …"
# the maintenance fee by name, and (_PW_FEE) any fee said after the warranty, or a sum a year ("annual support, including
# calibration and updates, for CNY 141,920 per year"; not a rise of "at most 3% per year")
_MAINTENANCE_FEE = r"维保费|维护(?:保养)?费|保养费|技术支持(?:服务)?费|服务费|运维费|年费|maintenance (?:and support )?(?:fees?|charges?)|support (?:fees?|charges?)|service (?:fees?|charges?)"
_PW_FEE = _MAINTENANCE_FEE + r"|费用|续保|annual maintenance|fees?|(?:AMC|annual) charges?\b|charged|(?:support|maintenance) rates?|" + CURRENCY + r"\s*\d[\d,]*(?:\.\d+)? (?:per|a|each) (?:year|annum)\b"
_UNCAPPED = (r"(?:按|依据|根据|参照|以)(?!此|本|上述|该|前述)(?:乙方|原厂|供应商|厂商|其)?(?:当年度|当年|每年|届时|当时|现行|最新)?(?:公布|公开|发布|有效|适用|执行)?的?[^，。；]{0,4}?(?:价格目录|价目表|目录价|报价|价格|市场价|标准价|收费标准)|"
             rf"{SUPPLIER}\s*(?:有权|可|may|reserves the right to|has the right to|is entitled to).{{0,20}}(?:调整|上调|提高|涨|increase|adjust|revise|update)"
             r"(?![^，。；,;]{0,8}(?:内容|范围|方式|时间|人员|计划|安排))|"  # (not "乙方可根据产品升级情况调整维护服务的具体内容")
             r"then[- ]current (?:list )?(?:price|rate|fee)s?|list price (?:then )?in effect|prevailing (?:list )?(?:price|rate)s?|另行(?:协商|商定|约定|报价)|"
             r"双方(?:另行)?协商确定|届时(?:协商|确定)|另行结算|按实(?:际发生)?结算|to be agreed|to be negotiated|at (?:its|(?:the )?\w+'s) (?:standard|then)|"
               r"(?:standard|list) (?:support |maintenance )?(?:rates?|prices?) in (?:effect|force)|rates? in effect at the time|(?:rates?|prices?) prevailing at the time|"
               r"price list in force|in force at the time of (?:each|the) order|at (?:the )?\w+'s list prices?|(?:list )?(?:prices?|rates?) (?:valid|applicable|current) (?:at|on) the (?:time|date)|(?:price list|tariff|rate card) (?:valid|applicable|current|in force|in effect) (?:at|on) the (?:time|date)")


_PARTS = r"易损件|备品备件|备件|耗材|配件|spare parts|consumables|wear parts"  # priced apart from the maintenance fee


_FIXED_FEE = r"不得上调|不上调|不(?:作|予)(?:上调|调整)|(?:价格|费用|收费|单价)(?:保持)?不变|保持不变|固定不变|按此(?:价格|标准)执行|fixed|(?:shall|will) not (?:be )?increase"  # 维保期内价格不变


_PER_CALL = r"(?:每次|按次|每人次|[每按]人天|[每按]人日|[每按]小时|per (?:visit|call[- ]?out|call|incident|hour|man[- ]day|person[- ]day)\b)"  # "现场服务按人天计费"


def _out_of_scope(r: _Reader, s: Sentence) -> bool:
    """Whether `s` prices what one of the sentences before it, in its numbered item, put outside the maintenance (a list of
    exclusions, "5.4 下列情形不属于免费维护范围：…；…；…；…。上述情形乙方可提供有偿服务，费用按乙方收费标准另行计算") — not the fee after the
    warranty in an item of its own ("6.5 质保期满后，…按乙方届时公布的价格标准执行")."""
    if s.says(_PW_CONTEXT) or numbering_style(s.text):
        return False
    prev = s
    for _ in range(8):
        prev = r.preceding(prev)
        if prev is None:
            return False
        if prev.says(r"不属于[^。；]{0,8}范围|不在[^。；]{0,8}范围[之以]?内|(?:范围|服务)[之以]外|not covered by|outside (?:the )?scope|out of scope"):
            return True
        if numbering_style(prev.text):
            return False  # the item's first sentence: the look-back goes no further
    return False


# a fee by the year: "维保年费固定为人民币…（¥356,400）", "CNY 360,000 for each Support Year"
_BY_THE_YEAR = r"每年|年度|年费|/年|一年|per (?:year|annum)|annual|yearly|each (?:\w+ )?year"


def _post_warranty(r: _Reader, fee_base: float | None, kind: str, value_base: float | None) -> dict:
    """The fee after the warranty. In a service contract only where the text says "after the warranty":
    there a clause about the yearly service fee is the service itself. A percentage "of the contract price" is of the
    contract value, whatever the itemised fee base."""
    out = {"post_warranty_fee_pct": None, "post_warranty_fee_stated": False, "post_warranty_fee_capped": None,
           "post_warranty_fee_amount": None, "post_warranty_fee_increase_pct": None}
    where = None
    sents = [s for s in r.sentences if s.says(_PW_CONTEXT)
             or (kind != "service" and "post_warranty_service" in r.types[s.clause] and s.says(_PW_FEE))]
    # "9.1 免费维护期届满后，乙方按年度提供模型运维服务。9.2 模型运维服务费为每年合同总价的20%": the next sentence prices it
    listed = set(sents)
    sents += [n for s in list(sents) if (n := r.following(s)) is not None and n not in listed
              and n.says(_PW_FEE) and (find_percents(n.text) or find_amounts(n.text) or n.says(_UNCAPPED))]
    uncapped = False
    for s in sents:
        t = s.text
        if s.says(r"支付(?:合同总价|合同总金额|服务费总额|剩余|尾款|余款)|(?:剩余|尾款|余款)[^。；]{0,60}(?:支付|付清)|保证金|保函|质保金|retention|(?:performance|warranty) (?:security|bond|guarantee)|(?:shall be|is) paid (?:at|on)|(?:is|are) payable on|扣减|扣除|扣款|deduct|withh?old|"
                     + _SLA_CREDIT + rf"|\bcredit of|\bcredit (?:to )?{BUYER_EN} with\b|违约金|liquidated"):
            # a retention instalment or an SLA remedy ("shall grant a credit of 5% of the annual support fee", "shall credit the
            # Customer with … 5 per cent of the quarterly support fee", "the Vendor shall credit 5% of the annual support fee"), not the fee
            continue
        open_ = rx.search(_UNCAPPED, t, re.I)
        if open_ and rx.search(r"另行|协商|to be (?:agreed|negotiated)", open_.group(), re.I) \
                and rx.search(r"(?:此后|之后|以后|thereafter|after (?:that|this|these)|(?<!质保)(?<!保修)期满后|届满后|[一二三四五六七八九十两\d]+年(?:以)?后|"
                              r"续(?:签|约|期|订)(?:时|后)|(?:up)?on renewal)"
                              r"[^。；;.]{0,10}$", t[:open_.start()], re.I) \
                and (rx.search(_FIXED_FEE, t[:open_.start()], re.I) or any(x.says(_FIXED_FEE) for x in r.sentences if x.clause == s.clause)):
            # "前两年按此价格执行，不得上调，此后价格由双方另行协商", "该费率在质保期满后三年内固定不变，续签时双方另行协商", "维保期内该费用不作调整。维保服务期自…至终验合格满五年之日止，期满后由双方
            # 另行协商" (also "…按季度平均支付；维保期内价格不变。"): fixed for a time, then agreed by both, not set by one
            open_ = None
        if open_ and open_.group() == "另行结算" and rx.match(r"[，,]?\s*(?:且|并)?不(?:包括|包含|含|计入)在?(?:本)?合同(?:总价|价款|总金额|金额)", t[open_.end():]):
            open_ = None  # "维保费、培训费…另行结算，不包括在合同总价内": billed outside the contract price, at the price set for it elsewhere
        if open_ and rx.search(r"投标|中标", open_.group()):
            open_ = None  # "射线管更换按乙方投标时报价的单价执行": the price it bid, fixed
        if open_ and rx.search(r"(?:按|依|依照|按照)本合同(?:第[一二三四五六七八九十\d.]+[条款]|[“\"][^”\"]{1,30}[”\"])[^，。；]{0,4}另行(?:约定|结算)", t):
            open_ = None  # "按本合同“七、质保期满后的维保服务”另行约定", "按本合同第七条另行结算": the fee is the one set out in that clause
        if open_ and rx.search(r"(?:不超过|不高于|不得超过|最高|上限|(?:no|not) more than|not (?:to )?exceed|capped at|by more than)[^。；;.]{0,20}(?:\d|百分之)|"
                               r"consumer price index|\bCPI\b|居民消费价格指数|物价指数", t[open_.end():], re.I):
            open_ = None  # "有权…上调维保费，上调幅度不超过上一年度维保费的10%", "… in no case by more than 3 % per year", "by not more than 3%": bounded
        if open_ and _out_of_scope(r, s):
            open_ = None  # "下列情况不属于维护范围：…；因甲方操作不当造成的问题。乙方可以提供有偿服务，费用由双方另行协商"
        if open_ and not rx.search(r"新增|扩大|额外|新功能|(?:如需|需要|需)(?:进行)?适配|(?:约定|合同|范围)(?:以外|之外)|(?:大|主)版本升级|超(?:过|出)(?:约定|规定|合同约定|包含)?的?(?:次数|范围|人天)|加班|节假日|夜间|overtime|out[- ]of[- ]hours|additional|extra|new (?:features|functions|modules|scope|services|versions?)|major (?:version |release )?upgrades?|"
                                   r"(?:beyond|in excess of|more than) the (?:agreed|included|contracted) (?:number|visits|scope)|" + _PER_CALL + r"(?!续)",
                                   t[:open_.start()], re.I) \
                and not rx.search(rf"(?:{_PARTS})[^，。；;,]{{0,6}}$", t[:open_.start()], re.I) \
                and not rx.match(rf"[^，。；;,]{{0,12}}(?:{_PARTS})", t[open_.end():], re.I) \
                and not rx.search(_PARTS, open_.group(), re.I) \
                and not (rx.search(_PARTS, t[:open_.start()], re.I) and not rx.search(_MAINTENANCE_FEE, t, re.I)) \
                and not rx.search(r"(?:是否|whether to )(?:续签|续约|续期|续订|renew\w*)[^，。；;,]{0,6}$", t[:open_.start()], re.I) \
                and not rx.search(r"(?:未|不)(?:购买|签订|续签|订购)(?:[^，。；]{0,8}(?:维保|维护|服务协议|服务合同)|的)", t[:open_.start()]) \
                and not (rx.search(r"协商|商定|约定", open_.group()) and rx.match(r"\s*(?:是否)?(?:续签|续约|续期|续订)", t[open_.end():])):
            # (open pricing for added scope — "新增部分的费用由双方另行协商", "甲方如需增加本合同约定以外的功能或接口，双方应另行协商费用", "大版本升级费用另行报价", "派员现场服务超过约定次数的，按人天
            # 单价¥2,800另行结算", "定制开发部分不随标准版升级，如需适配，由双方另行协商费用", or by the call: "免费维护期满后每次重新激活按乙方报价收费" — or for parts — "易损件另行报价", "由甲方按备件清单价格选择购买",
            # "以合理价格持续供应备件", "以合理价格持续供应所提供设备的备品备件", "备件在质保期内归乙方所有，质保期满后由甲方选择是否按清单价格购买" — leaves the fee itself fixed, as does
            # leaving a renewal to be agreed: "是否续签由双方另行协商", "维保期满前双方另行协商续签", or pricing what a buyer without the
            # maintenance buys: "甲方未购买维保服务的，…系统升级及恢复服务需按乙方报价另行购买", "已签订年度维护服务协议的可免费升级，未签订的按乙方当期报价收费")
            uncapped, where = True, where if where is not None else s.clause
        for value, start, end in find_percents(t):
            before = t[max(0, start - 14):start]
            if rx.match(r"\s*(?:的)?(?:增值税|税|VAT\b|tax\b)", t[end:], re.I) or rx.search(r"(?:税率|VAT|tax rate)\s*(?:为|of|at|[:：])?\s*$", before, re.I):
                continue  # a tax rate: "合同总价…含13%增值税，包括…质保期内的全部服务费用"
            if rx.search(r"discount|折扣|优惠|rebate|\bless\b|\bminus\b", t[max(0, start - 30):start], re.I):
                continue  # "at the OEM's list price … less a reseller discount of 10%", "spare parts at list price less 20 %"
            if rx.search(r"上浮|上调|涨|增长|增加|提高|调整|increase|escalat|adjust", before, re.I):
                out["post_warranty_fee_increase_pct"] = value
                continue
            # (or a rate by the year: "乙方按软硬件小计的7%每年（即¥117,250/年）提供维保服务")
            if out["post_warranty_fee_pct"] is None and (s.says(_PW_FEE + r"|许可|价|licen|price")
                                                         or rx.match(r"\s*(?:每年|/年|per (?:year|annum)|a year)", t[end:], re.I)):
                out["post_warranty_fee_pct"], where = value, s.clause
                if value_base and rx.search(r"(?:合同总价|合同总金额|合同金额|合同价款|contract (?:price|value|sum))[^，。；;,]{0,4}$", before, re.I):
                    fee_base = value_base  # "年度维保费按合同总价的22%计取", beside an itemised licence of 196,000
        if out["post_warranty_fee_pct"] is None and out["post_warranty_fee_amount"] is None:
            # not the contract value ("合同总价为…贰佰肆拾万元，即每年服务费…")
            # (nor a price per visit or per hour: "未签订年度服务协议的，乙方按次收取上门服务费，每次¥1,200起")
            amounts = [a for a, start, end in find_amounts(t) if not rx.search(rf"(?:{_VALUE_WORDS})[^，。；;]{{0,12}}$", t[:start], re.I)
                       and not rx.search(_PER_CALL + r"[^，。；;,]{0,4}$", t[:start], re.I)
                       and not rx.match(r"\s*(?:起\s*)?(?:/\s*(?:次|人次|人天|人日|小时)|" + _PER_CALL + ")", t[end:], re.I)]
            if amounts and s.says(_BY_THE_YEAR):
                out["post_warranty_fee_amount"], where = amounts[0], s.clause
    if out["post_warranty_fee_pct"] is None and out["post_warranty_fee_amount"] is None and not uncapped:
        # "after the Warranty Period … at the Support Charges set out in Part B of Schedule 2": the fee by its defined
        # name, priced where that name is ("Part B — Support Charges: CNY 360,000 for each Support Year")
        names = {m.group(1) for s in sents for m in rx.finditer(r"\b((?:[A-Z][a-z]+ ){1,3}(?:Charges?|Fees?))\b", s.text)}
        for s in r.sentences:
            amounts = find_amounts(s.text)
            if s not in sents and amounts and any(n in s.text for n in names) and s.says(_BY_THE_YEAR):
                out["post_warranty_fee_amount"], where = amounts[0][0], s.clause
                break
    stated = out["post_warranty_fee_pct"] is not None or out["post_warranty_fee_amount"] is not None
    if out["post_warranty_fee_pct"] is not None and fee_base:
        out["post_warranty_fee_amount"] = round(out["post_warranty_fee_pct"] / 100 * fee_base, 2)
    elif out["post_warranty_fee_amount"] is not None and fee_base:
        out["post_warranty_fee_pct"] = round(out["post_warranty_fee_amount"] / fee_base * 100, 4)
    out["post_warranty_fee_stated"] = stated
    out["post_warranty_fee_capped"] = (stated and not uncapped) if (stated or uncapped) else None
    if uncapped:
        out["post_warranty_fee_capped"] = False
    out["_where"] = where
    return out


# ---- renewal, termination, subcontracting, law ---------------------------------------------------

_AUTO_RENEW = (r"自动(?:续期|续约|续签|续订|续展|续延|延续|延长|顺延)|视为(?:同意)?(?:续约|续签|续期|续展|延续)|(?:顺延|延续)(?:一|1)\s*年|"
               r"automatic(?:ally)?\s+(?:be\s+)?(?:renew|extend)|auto-?renew|(?:renew(?:s|ed)?|extend(?:s|ed)?) automatically|tacit(?:ly)? renew|evergreen|"
               r"tacit relocation|continues? (?:in force )?from year to year")  # Scots law: "shall continue from year to year by tacit relocation"
_SUCCESSIVE = r"successive (?:renewal )?(?:terms|periods)"  # renewal too, unless the clause says it is not automatic
_UNILATERAL = (rf"{SUPPLIER}\s*(?:有权|可|可以|may|reserves the right to|(?:is|shall be) entitled to)\s*.{{0,20}}(?:调整|上调|提高|上浮|涨|increase|adjust|revise|change|update)|"
               rf"{SUPPLIER}\s*(?:may|reserves the right to|is entitled to|shall be entitled to)\s+review\b[^.;]{{0,40}}\bincrease|"  # "may review the Charges and increase them"
               rf"{SUPPLIER}\s*(?:may|is entitled to|shall be entitled to),[^.;]{{0,140}}?,\s*(?:increase|adjust|revise|raise)\b|"  # "may, by written notice given …, increase"
               r"(?:按|以|依据|根据|参照)(?:乙方|供应商|其)?(?:届时|当时|当年|现行|最新)[^，。；]{0,12}(?:价格|报价|价目|目录价|收费标准|标准价格)|"
               r"由(?:乙方|供应商|服务商)(?:根据|依据|按照)?.{0,20}(?:调整|上调|提高|上浮)|由(?:乙方|供应商|服务商)[^。；]{0,30}(?:(?:价格|费用|收费|报价)[^。；]{0,10}|重新|单方面?)确定|(?:价格?|费|收费|报价)(?:标准)?由(?:乙方|供应商|服务商)[^。；]{0,30}确定|(?:上调|上浮|涨价|提价)[^。；]{0,12}\d+(?:\.\d+)?\s*%|"
               # (the fee the subject: "续期年费由乙方根据市场行情及产品升级情况确定")
               r"then[- ]current (?:list )?(?:price|rate|fee)s?|list price(?:s)?(?: for (?:the )?[\w-]+(?: [\w-]+){0,2}?)? (?:then )?in (?:effect|force)|price list (?:then )?in (?:effect|force)|prevailing (?:list )?(?:price|rate)s?|"
               rf"determined by {SUPPLIER_EN}|(?:上浮|上调|涨价|increase)(?:\s*by)?\s*\d+(?:\.\d+)?\s*%|"
               rf"\b(?:may|can) be (?:increased|raised|adjusted|revised) by {SUPPLIER_EN}\b")  # "The subscription fee for each renewal period may be increased by Provider by up to 9%"
_NO_RENEWAL = r"不(?:会|得|予|作)?自动|(?:does|do|shall|will) not (?:be )?(?:automatically |tacitly )?(?:renew|extend)|not (?:renew(?:ed)?|be renewed|extend(?:ed)?) (?:automatically|tacitly)|no (?:automatic|tacit) (?:renewal|extension)"  # a French draft's "there is no tacit renewal"
_SAME_PRICE = r"(?:原合同价格|原价格|原价|原服务费)(?!的?基础)|同等价格|相同价格|(?:价格|费用?|收费)(?:标准)?不变|same (?:fees?|prices?|rates?|terms)|unchanged"  # not "在原价基础上调整"


def _renewal(r: _Reader) -> dict:
    # "may order the Support Services for successive periods of one year …. Support Services do not renew automatically."
    not_automatic = {s.clause for s in r.find(_NO_RENEWAL)}
    renew = [s for s in r.find(_AUTO_RENEW + "|" + _SUCCESSIVE) if not s.says(_NO_RENEWAL)
             and (s.clause not in not_automatic or s.says(_AUTO_RENEW))]
    if not renew:
        return {"auto_renewal": False, "auto_renewal_price_increase": False, "_where": None}
    clauses = {s.clause for s in renew}
    # the renewal clause, and the price of a renewal term wherever it is set ("For each Renewal Term, the fee shall be …")
    # ("… may increase the Subscription Fee for each renewal Subscription Year by up to 8%", a clause of its own)
    scope = [s for s in r.sentences if s.clause in clauses or rx.search(r"续约期|续展期|续期|续订期|续延|(?:renewal|extension) (?:subscription |contract |service )?(?:term|period|year)", s.text, re.I)]
    # (not a right denied: "Vendor may not increase the Subscription Fee during the Initial Term or any renewal period")
    # (a renewal at an unchanged fee leaves other prices in its clause to what they price: "维护服务每年到期后自动续期一年，维护费标准
    # 不变" beside "上述服务按乙方当年服务报价另行收费" for work outside the maintenance)
    same = any(s.says(_SAME_PRICE) for s in renew)
    increase = [s for s in scope if (not same or rx.search(r"续|renew", s.text, re.I)) and any(not rx.search(r"\b(?:may|shall|will|can|must)\s+not\b|\bcannot\b|不得|不会|不能|不可", m.group(), re.I)
                                        for m in rx.finditer(_UNILATERAL, s.text, re.I))
                and not rx.search(_SAME_PRICE, s.text, re.I) and not rx.search(r"双方协商|协商一致|mutual|agreed by both", s.text, re.I)
                and rx.search(r"价|费|fees?\b|pric|charges?\b|rates?\b|tariff|costs?\b", s.text, re.I)]  # not "Provider may change the API, provided …"
    return {"auto_renewal": True, "auto_renewal_price_increase": bool(increase),
            "_where": (increase[0] if increase else renew[0]).clause}


_TERM_WORD = r"解除|终止|terminat|rescind|\b(?:end|cancel|withdraw from|dissolve(?: \(\w+\))?) (?:this|the) (?:Contract|Agreement|Order)"  # Dutch "dissolve (ontbinden)"


_NOTICE_EN = (r"(?:upon|on|with|after|by) (?:at least |not less than |no less than )?[^.;]{0,40}?(?:days|months)'?s?\W{0,3} (?:prior |advance )?(?:written )?notice|"
              r"(?:upon|on|with) (?:prior |advance )?(?:written )?notice|(?:by )?(?:giving|delivering|providing|sending|serving)[^.;]{0,60}notice|"
              r"effective [^.;]{0,40}after [^.;]{0,30}notice|upon [^.;]{0,40}receipt of [^.;]{0,40}notice (?:to|of) terminat")
_CONVENIENCE = (r"(?:有权|可以|可|得)\s*(?:随时|在任何时候|无需(?:说明)?理由|无理由)?.{0,20}(?:提前.{0,8}(?:日|天|个月).{0,12}(?:书面)?通知.{0,12})?(?:解除|终止)"
                r"(?=.{0,40}(?:无需(?:说明)?理由|无理由))|(?:随时|任何时候|无需(?:说明)?理由|无理由).{0,20}(?:有权|可以|可)?.{0,12}(?:解除|终止)|"
                r"提前.{0,8}(?:日|天|个月).{0,12}(?:书面)?通知.{0,12}(?:解除|终止)|"
                r"(?:(?:may|shall have the right to|(?:is|are|shall be|will be) entitled(?: to)?|has the right to|can|right to)[\s,]+(?:[\w()\[\]*\"]+[\s,]+){0,12}?|"
                r"(?:retains?|reserves?) the right[\s,]+(?:[\w()\[\]*\"]+[\s,]+){0,20}?)(?:be )?terminat\w*"
                rf"[^.;]{{0,260}}?(?:at any time|for (?:its |their )?convenience|without cause|for any reason|for no reason|with or without cause|in advance|{_NOTICE_EN})|"
                r"terminated by [^.;]{0,60}?upon [^.;]{0,50}?notice|terminate (?:immediately )?upon [^.;]{0,40}receipt of [^.;]{0,40}notice (?:to|of) terminat|"
                r"(?:at any time|for convenience|without cause)[^.;]{0,60}(?:may|right to) terminat|terminat\w* for convenience|"
                # an item of "… may be terminated as follows: (a) By either party upon ninety (90) days' written notice"
                rf"^\W*(?:or |and )?(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\.?\s+|\(\w{{1,4}}\)\s*)?By (?:either|any|each|the) [^.;]{{0,80}}?(?:for any reason|without cause|for convenience|{_NOTICE_EN})")
# a right that only arises on breach, insolvency, a change of control or some other event is not "for convenience"
_NOT_CONVENIENCE = (r"违约|违反|破产|breach|default|violat|insolven|bankrupt|liquidation|dissolution|fails? to|failure to|cure|"
                    r"occurrence|change (?:of|in) control|in the event|\bif\b|\bshould\b|continuation of|force majeure|in case|for \W?cause\b|"
                    r"following (?:events|circumstances)|mutual|as follows")
# … unless the right is expressly without cause: "upon ninety days' notice (1) if it discontinues … or (2) without cause"
_AT_WILL = r"无需(?:说明)?理由|无理由|for (?:its |their )?convenience|(?<!other than )without cause|for any reason or (?:for )?no reason|for no reason|at will"


def _convenience_at(t: str, m: re.Match) -> bool:
    """A right to terminate found at `m` is for convenience unless a condition (breach, insolvency, "if",
    "in case", a list of events …) surrounds it in the same enumerated item; an express "without cause"
    / "for any reason or no reason" wins over conditions stated next to it."""
    if rx.search(_AT_WILL, t[m.start():m.end() + 250], re.I):
        return True
    before = t[max(0, m.start() - 250):m.start()]
    before = rx.split(_ENUM, before)[-1]
    after = t[m.end():m.end() + 160]
    head = rx.split(_ENUM, after)[0]
    after = after if head.rstrip().endswith(":") else head  # "… by giving notice: (i) if the other party fails …"
    if rx.match(r"\W*upon\b[^,]{0,200},", before if m.start() <= 250 else "", re.I):
        return False  # "Upon learning of …, X shall have the right to terminate"
    if rx.search(r"(?:as follows|following)\s*:?\s*$", t, re.I):
        return False  # "… may be terminated at any time prior to closing, as follows:" (a list of events)
    return not rx.search(_NOT_CONVENIENCE, before + m.group(0) + after, re.I)


_ENUM = r"\(\s*(?:[ivx]{1,4}|[a-h]|\d{1,2})\s*\)\s|(?<!\w)(?:[ivx]{1,4}|\d)\)\s"
_LEAD_IN = r"terminat[^.;]*(?:as follows|following manner|following ways?|following circumstances)?\s*:\s*$|terminat[^.;]*as follows\s*$"


def _termination(r: _Reader) -> dict:
    breach = None
    convenience = None
    holder = rf"(?:{BUYER}|守约方|非违约方|未违约方|任何一方|另一方|对方|双方均|either party|each party|either of us|each of us|the non-?breaching party|the other party|non-defaulting party|(?:the )?(?:aggrieved|innocent) party|\ba party)"  # "a party may terminate this Agreement by written notice"
    lead: tuple[int, int] | None = None  # "This Agreement may be terminated … in the following manner:" (clause, sentence)
    for i, s in enumerate(r.sentences):
        # what neither party may do is no right: "Neither party may terminate … whether for convenience or for breach …,
        # except that either party may terminate … if the other party becomes insolvent", "The Customer may not terminate … for any
        # reason, including any breach by the Vendor, and … limited to those set out in Clauses 4.2, 6.3 and 12."
        t = rx.sub(rf"\b(?:(?:neither|no) party (?:may|shall|can|is entitled to)|{BUYER} (?:may|shall|can) ?not)\b(?:[^.;]|\.\d)*?(?=\bexcept\b|[.;]?\s*$)|"
                   rf"(?:任何一方|双方|{BUYER})均?不得[^。；]*?(?=但|$)|"
                   r"(?:(?<=[，。；])|^)[^，。；]*不(?:得)?(?:以|因)此(?:为由)?(?:而)?(?:解除|终止)", " ", s.text, flags=re.I)  # "…甲方可扣减服务费…，但不以此解除合同"
        if not rx.search(_TERM_WORD, t, re.I):
            # an item under a lead-in: "(a) By either party, providing ninety (90) days' prior written notice"
            if convenience is None and lead and lead[0] == s.clause and i - lead[1] <= 8:
                m = rx.search(_CONVENIENCE, t, re.I)
                if m and rx.match(r"\W*(?:or |and )?(?:[\d.]+\s+|\(\w{1,4}\)\s*)?By\b", t) and _convenience_at(t, m):
                    convenience = s.clause
            continue
        # (the right may follow its condition: "守约方在对方严重违约且经书面催告后十五日内仍未纠正的，有权解除本合同")
        right = rx.search(rf"(?<![A-Za-z])(?:the )?{holder}\s*(?:(?:在|于|如|若)[^。；]{{1,60}}?(?:的|时)\s*[，,]\s*)?(?:均|亦|也|即)?\s*(?:有权|可以|可|得|may|shall have the right to|(?:shall be|is) entitled(?: to)?|has the right to|can)\s*(?:(?!{NEG})[^。]){{0,50}}(?:{_TERM_WORD})", t, re.I)
        # "The right of either party to terminate for good cause remains unaffected", "… to extraordinary termination for good cause …"
        # ("Each party's right to terminate for good cause remains unaffected"; not "the Client's right to rescind or terminate this
        # Agreement for breach … is excluded")
        kept = rx.search(rf"\bright of {holder} to (?:extraordinary |immediate )?(?:{_TERM_WORD})|{holder}['’]s right to (?:extraordinary |immediate )?(?:{_TERM_WORD})", t, re.I)
        right = right or (kept if kept and not rx.search(r"\b(?:is|are) (?:hereby )?(?:excluded|waived)\b|shall not apply", t[kept.end():], re.I) else None)
        # an Italian draft's risoluzione di diritto: "if the breach is not remedied, the Agreement is terminated by right on expiry of that period"
        right = right or rx.search(r"(?:agreement|contract) (?:is|shall be|will be) (?:terminated|dissolved) (?:by right|automatically|by operation of law|ipso jure)", t, re.I)
        # … or a term sheet's noun phrase: "Termination for uncured material breach."
        right = right or rx.search(r"(?:^|[.;]\s+)(?:[\d.]+\s*)?termination for (?:an? )?(?:uncured |unremedied )?(?:material )?breach\b", t, re.I)
        if right and rx.search(r"下列情形|以下情形|下列情况|以下情况|下列任一|following (?:events|circumstances|cases)|(?:any|one) of the following|\bif\s*(?::|\(a\))|"
                               r"\bif (?:the )?\w+\s*:", t, re.I):  # "… may terminate … if the Provider: (a) …; (c) commits any other serious breach"
            # "乙方有下列情形之一的，甲方有权书面通知解除本协议：（1）…；（3）乙方有其他严重违约行为": the events follow
            t = " ".join(x.text for x in r.sentences[i:i + 9] if x.clause == s.clause)
        # (not what is ended: "一经查实，甲方有权解除本合同项下尚未履行的采购" ends the purchases not yet performed, on a bribe)
        # (nor a breach of the integrity clause alone: "廉洁条款：…乙方不得向甲方工作人员提供回扣…；发现违反的，甲方有权终止合作", where the
        # contract lets neither party end it for a failure to perform)
        c = r.clauses[s.clause]
        at = s.start - c.start
        paragraph = c.text[c.text.rfind("\n", 0, max(at, 0)) + 1:at] + s.text  # the sentence and what its paragraph said before it
        if breach is None and right and not rx.search(r"廉洁|回扣|贿赂|行贿|不正当利益|\bbrib|\bcorrupt|kickback", paragraph, re.I) and rx.search(r"违约|违反|不履行|(?<!尚)未履行(?!的?部分)|未能履行|严重|重大|不符合(?:合同)?约定|不合格|不达标|未达标|质量问题|breach|default|fails? to (?:perform|comply)|\b(?:good |important )?cause\b|未能纠正|未纠正|cure|not remedied|逾期.{0,10}(?:超过|达到)",
                                  rx.sub(r"(?:互|均)?不(?:承担|负)[^。；，]{0,4}违约责任", "", t), re.I):
            # (not the liability that an ending for force majeure excludes: "因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任")
            breach = s.clause
        if convenience is None:
            for m in rx.finditer(_CONVENIENCE, t, re.I):
                if _convenience_at(t, m):
                    convenience = s.clause
                    break
        if rx.search(_LEAD_IN, t, re.I) and not rx.search(_NOT_CONVENIENCE.removesuffix("|as follows"), t, re.I):
            lead = (s.clause, i)
    return {"termination_for_breach": breach is not None, "termination_for_convenience": convenience is not None,
            "_where": {"termination_for_breach": breach, "termination_for_convenience": convenience}}


# ("may entrust the performance of parts of the Services, including hosting, support and integration activities, to subcontractors")
_MAY_ENGAGE = (r"may (?:engage|use|appoint|entrust|avail (?:itself|themselves) of|make use of)(?:(?!\b(?:not|only)\b)[^.;]){0,140}?(?:sub-?contractors|contractors|affiliat(?:es|ed compan(?:y|ies))|partners?|third part(?:y|ies))|"
               # "Provider may perform any part of the Services through its affiliates or through subcontractors selected by Provider"
               r"may (?:perform|provide|deliver|carry out)\b(?:(?!\b(?:not|only)\b)[^.;]){0,80}?\bthrough\b[^.;]{0,40}?(?:sub-?contractors|affiliat(?:es|ed compan(?:y|ies))|partners?|third part(?:y|ies))")
_TO_A_FIRM = r"[^，。；]{0,20}(?:单位|公司|机构)(?:实施|施工|完成|履行|承担|负责)"  # (委托)当地具有消防设施工程资质的安装单位实施, (可由)乙方的合作施工单位实施


# telling the buyer (not "Tencent Cloud SMS (notifications)", nor "the cost of notifying affected persons")
_NOTIFIES = r"notif(?:y|ies|ied|ication to)\b"


_PICKS_A_FIRM = r"(?:选择|选用|聘请|更换|安排)[^。；]{0,60}(?:第三方|合作方|合作伙伴|合作单位|外协单位|服务商)"  # "自行选择合作伙伴承担部分定制开发", "更换第三方服务商", "自主安排合作伙伴参与实施"


def _subcontracting(r: _Reader) -> tuple[bool | None, int | None]:
    result, where = None, None
    for s in r.find_or_under(r"分包|转包|委托第三方|交由第三方|委托他人|交由他人|转交第三方|第三方(?:代为)?(?:履行|实施|完成)|(?:委托给?|交由)其?[^，。；]{0,16}(?:合作伙伴|合作方|合作单位|外协单位|第三方|关联公司|服务商|原厂|合作的[^，。；]{0,6}(?:单位|公司|机构|队)|当地[^，。；]{0,6}(?:施工|安装|工程)队)|(?:委托给?|交由)" + _TO_A_FIRM + r"|" + _PICKS_A_FIRM + r"|subcontract|sub-contract|delegate|(?:transfer|entrust) (?:the )?performance of|entrust[^.;]{0,60}\bto (?:any )?third part(?:y|ies)|"
                     r"(?:appoint|engage|use)[^.;]{0,60}(?:partners?|third part(?:y|ies)|affiliates|contractors)[^.;]{0,60}to perform|\bsub-?processors?\b|"
                     # ("Installation labour, cabling and any other part of the work may be given to a third party only after …")
                     r"\bpart of the (?:work|works|services?)\b[^.;]{0,30}\b(?:given|entrusted|delegated|passed) to (?:a |any )?third part(?:y|ies)|" + _MAY_ENGAGE):
        t = s.text
        if not rx.search(r"分包|转包|sub-?contract", t, re.I) and (rx.search(rf"{BUYER}[^，。；]{{0,8}}(?:委托|交由)的?(?:第三方|他人)|(?:^|[，,；;]|\d\s)\s*{BUYER}(?:(?!{SUPPLIER})[^。；]){{0,40}}?(?:委托|交由)(?:第三方|他人)", t)
                                              or _buyer_alone(t)):
            continue  # the buyer having a third party change, maintain or test the deliverables ("甲方不得…交由第三方维护", "通过甲方委托的第三方机构网络安全检测",
            # but not a sentence on subcontracting that the buyer opens: "10.1 The Client authorises the hosting provider indicated in Annex A.
            # Any other subcontracting of the Service … requires the Client's prior written consent"
            # "…归乙方所有，甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改", "…不得自行或委托他人修改、反编译或再许可")
        if not rx.search(r"分包|转包|subcontract", t, re.I) and rx.search(rf"未经{SUPPLIER}|without (?:the )?{SUPPLIER}(?:'s)? (?:prior )?(?:written )?consent", t, re.I):
            continue  # the supplier's consent binds the buyer ("未经乙方书面同意，甲方不得…委托第三方对其进行维护")
        consent = rx.search(r"(?:经|征得|取得|获得|事先|须经|需经|应经)(?:甲方|采购人|买方|委托方)?(?:的)?(?:事先)?书面(?:同意|批准|认可)|未经.{0,12}(?:书面)?(?:同意|批准|许可).{0,30}不得|"
                            rf"prior written (?:consent|approval)|written (?:consent|approval)|(?:consent|approval|approved|agreed)(?: by {BUYER_EN})?(?: given)?(?: in advance| beforehand)? in writing|"
                            rf"(?:requires?|subject to) (?:the )?(?:prior |previous )?(?:consent|approval) of {BUYER_EN}|"
                            rf"{BUYER_EN} has approved (?:that|the|each|such) (?:[\w-]+ )?(?:party|firm|company|sub-?contractor) in writing|"
                            r"(?:named|listed|identified|specified) in (?:Annex|Schedule|Appendix|Exhibit|Attachment)|"
                            # the one partner the papers name, not an example of many ("may use subcontractors …, including its local
                            # partner named in the Order Form"): "may use its hosting partner named in the documentation", "… named in Section 2.2"
                            r"(?<!including )\b(?:its|the) (?:[\w-]+ )?(?:partner|sub-?contractor|sub-?processor)s? (?:named|listed|identified) in (?:the (?:Order Form|Documentation)|(?:Section|Clause|Article) \d)|"
                            r"\bthe (?:sub-?processors?|sub-?contractors?)(?: and (?:sub-?processors?|sub-?contractors?))? (?:named|listed) in the Order Form|approves? (?:them |it |(?:that|this|the|each) \w+ )?by signing|"
                            r"without (?:such|that|this) (?:prior )?(?:written )?(?:consent|approval)", t, re.I)  # partners the contract names are approved
        waived = rx.search(r"无需|不需|无须|不必|at (?:its|their) (?:sole )?discretion|without (?:the need for |requiring |obtaining )?(?:the |\w+'s )?(?:prior )?(?:written )?(?:consent|approval)", t, re.I)
        if waived and rx.search(r"(?:shall|may|will|must|can|do|does) ?not|(?:has|have) no right|(?:is|are) not (?:entitled|allowed|permitted)|不得|\bno (?:other )?(?:sub-?contracting|sub-?contractors?|sub-?processors?|delegation)\b", t[:waived.start()], re.I):
            waived, consent = None, consent or waived  # "shall not … without …", "has no right to … without … prior written consent" asks for consent
        # … or a ground for the buyer to end the contract: "或将服务转包、分包的，甲方有权书面通知解除本合同"
        prohibited = rx.search(r"擅自(?:分包|转包)|(?:转包|分包)[^。；]{0,10}的[^。；]{0,20}(?:有权|可)[^。；]{0,12}(?:解除|终止)|subcontracting without (?:approval|consent)|不得.{0,30}(?:分包|转包|转交|委托|交由)|禁止.{0,10}(?:分包|转包)|不允许.{0,6}分包|(?:shall|may) not (?:\w+ )?(?:sub-?contract|delegate|engage (?:any )?(?:other )?(?:sub-?processors? or )?sub-?contractors?)|"
                               r"\bno (?:other )?(?:part|portion)\b[^.;]{0,60}\bmay be (?:sub-?contracted|delegated)", t, re.I)  # "No other part of the Contract may be subcontracted"
        # "是否允许分包按专用条款约定", "允许分包的，乙方就分包项目对甲方负责": a condition, not a permission
        # nor what the contract says is none: "乙方租用的公有云基础设施不视为分包，但乙方更换云服务商的，应提前60日书面通知甲方"
        t = rx.sub(r"是否(?:允许|可以)分包|(?:如|若|如果|凡)?(?:经)?(?:允许|同意)分包的|[^，。；]*(?:不视为|不属于|不构成|不作为)(?:分包|转包)", "", t)
        allowed = rx.search(r"(?:可以|(?<![认许])可|有权|自行|(?<![未不])允许)[^。；]{0,60}?(?:分包|转包|委托第三方|交由第三方|委托他人|委托给|委托其|交由|委托[^，。；]{0,16}(?:第三方|合作单位|外协单位|合作伙伴|服务商|原厂)|(?:委托|由)" + _TO_A_FIRM + r"|" + _PICKS_A_FIRM + r")|may (?:\w+ or )?(?:sub-?contract|delegate)|" + _MAY_ENGAGE + r"|is entitled to (?:sub-?contract|engage|(?:use|appoint) (?:\w+ )?sub-?contractors)|"
                            r"(?:分包|转包).{0,20}(?:通知|告知|备案)|(?:sub-?contract\w*|sub-?processors?)(?:(?!incident|breach|caus)[^.;]){0,80}(?:upon notice|with notice|" + _NOTIFIES + ")|"
                            r"(?:upon notice|with notice|" + _NOTIFIES + r")\w*(?:(?!incident|breach|caused)[^.;]){0,80}(?:sub-?contract|sub-?processor)", t, re.I)
        # (not "notify … any incident … caused by its approved subcontractors", "notify … of any security incident …, and bear the losses
        # that an incident caused by Provider or its subcontractors causes")
        before = r.preceding(s) if allowed and rx.match(r"\W*(?:It|They)\b", t) else None
        if allowed and (rx.search(rf"{BUYER}(?!.*{SUPPLIER})", t[:allowed.start()], re.I)
                        or before is not None and rx.match(rf"{_OPENS}(?:the\s+)?{BUYER}\b", before.text, re.I)):
            allowed = None  # the buyer's own right to have a third party use or change deliverables, also where a pronoun names it: "7.2 The
            # Customer owns the Customer Configurations. It may use, copy and modify them freely and have them used by any third party"
        if allowed and not consent and not waived and _approved_by_definition(r, t[allowed.start():]):
            consent = allowed  # "may use the Field Partner", defined as "… which the Customer approves … by signing this Agreement"
        # (a permission for the firm it names, when the next sentence asks consent for any other: "The Vendor may use its authorised
        # service partner, Guangzhou … Co., Ltd., for on-site installation" / "Any other subcontractor requires the Buyer's prior written consent";
        # "Any other subcontracting requires …"; "Provider may use its hosting partner named in its documentation." / "Provider shall not
        # subcontract any other part of the Services without Customer's prior written consent")
        following = r.following(s) if allowed and not waived else None
        if following is not None and rx.search(
                r"\b(?:any|all|every) other (?:sub-?contract(?:ors?|ing)|partners?|sub-?processors?|third part(?:y|ies))\b[^.;]{0,80}\b(?:consent|approv\w*)|"
                r"\b(?:sub-?contract|delegate) (?:any|all) other\b[^.;]{0,80}\b(?:consent|approv\w*)|"  # "… shall not subcontract any other part of the Services without …"
                r"其他[^。；]{0,20}(?:分包|合作伙伴|合作单位|第三方)[^。；]{0,30}(?:同意|批准)", following.text, re.I):
            consent = allowed
        if allowed and (waived or not consent) and not (prohibited and not rx.search(r"但|(?<![解删])除|however|except|provided", t, re.I)):
            return True, s.clause
        if consent and not waived or prohibited:
            result, where = False, s.clause
    return result, where


def _approved_by_definition(r: _Reader, permission: str) -> bool:
    """Whether the party a permission names ("may use the Field Partner") is defined in the contract as approved by it."""
    named = rx.search(r"\b(?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})", permission[permission.find(" ") + 1:])
    if not named:
        return False
    defined = rf"[\"“]{re.escape(named.group(1))}[\"”]"
    return any(rx.search(defined, s.text) and rx.search(r"approves?\b[^.;]{0,80}by signing|approved (?:sub-?contractor|subprocessor)", s.text, re.I)
               for s in r.sentences)


@lru_cache(maxsize=1)
def law_labels() -> dict[str, dict[str, str]]:
    """{governing_law value: {"zh": …, "en": …}}: the contract_risk pack's labels, which the findings' messages and the reports use."""
    from rules.pack import BUNDLED_DIR, load_pack  # here: the pack's facts are this module's FACTS

    return load_pack(BUNDLED_DIR / "contract_risk.yaml").labels["governing_law"]


def _law_key(laws: Mapping[str, Mapping[str, str]]) -> tuple[tuple[str, str], ...]:
    """The labels table as a key the lookups below are cached by: (value, Chinese name) in the table's order."""
    return tuple((value, label["zh"]) for value, label in laws.items())


@lru_cache(maxsize=8)
def _laws_by_chinese_name(laws: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """马耳他 → Malta: the labels read the other way, so that a Chinese draft may name any law the findings can name (not the
    PRC's, Hong Kong's, Macao's or Taiwan's, which the patterns below read in their own forms)."""
    names: dict[str, str] = {}
    for value, zh in laws:  # the first of two values with one Chinese name (美国法律: United States)
        if value not in ("PRC", "Hong Kong SAR", "Macao SAR", "Taiwan", "unspecified (redacted)") and zh.endswith("法律"):
            names.setdefault(zh.removesuffix("法律"), value)
            # a state or province named without its country: 适用新墨西哥州法律 (美国新墨西哥州法律), 安大略省法律
            if local := rx.fullmatch(r"(?:美国|加拿大|澳大利亚)(.+(?:州|省|领地))法律", zh):
                names.setdefault(local.group(1), value)
    return names


@lru_cache(maxsize=8)
def _chinese_law_names(laws: tuple[tuple[str, str], ...]) -> re.Pattern:
    names = sorted(_laws_by_chinese_name(laws), key=len, reverse=True)  # 美国纽约州 before 美国
    # (a state or province the labels do not name is its country's: 印度马哈拉施特拉邦法律 → India)
    return re.compile("(" + "|".join(map(re.escape, names)) + r")(?:[\u4e00-\u9fff]{1,8}?(?:州|省|邦|地区|领地|自治区))?(?:的)?(?:法律|法)")


_OUTSIDE = [
    (r"香港|Hong Kong|HKIAC", "Hong Kong SAR"), (r"澳门|Macao|Macau", "Macao SAR"), (r"台湾|Taiwan|(?<!People.s )(?<!Peoples )Republic of China", "Taiwan"),
    (r"新加坡|Singapore|SIAC", "Singapore"), (r"(?<!新)英格兰|英国|(?<!New )England|English law|London|LCIA|United Kingdom", "England and Wales"), (r"苏格兰|Scotland|Scottish|Scots\b|Edinburgh", "Scotland"),
    (r"纽约|New York", "New York"), (r"国际商会|ICC\b|International Chamber of Commerce|Paris", "ICC / Paris"),
    (r"美国", "United States"),  # a US law the labels do not name as a state: 美国联邦法律
    (r"瑞典|Stockholm|SCC", "Sweden"), (r"希腊|Greece|Greek|Hellenic", "Greece"), (r"日本|Japan|Tokyo", "Japan"), (r"德国|German(?:y)?\b", "Germany"),
    # a law named by its adjective ("governed by Danish law")
    (r"丹麦|Denmark|Danish", "Denmark"), (r"芬兰|Finland|Finnish", "Finland"), (r"挪威|Norway|Norwegian", "Norway"),
    (r"荷兰|Netherlands|Dutch", "Netherlands"), (r"瑞士|Switzerland|Swiss", "Switzerland"), (r"法国|France|French", "France"),
    (r"意大利|Italy|Italian", "Italy"), (r"西班牙|Spain|Spanish", "Spain"), (r"奥地利|Austria", "Austria"), (r"北爱尔兰|Northern Ireland|Northern Irish", "Northern Ireland"),
    (r"(?<!北)爱尔兰|(?<!Northern )Ireland|(?<!Northern )Irish", "Ireland"),
    (r"葡萄牙|Portugal|Portuguese", "Portugal"), (r"比利时|Belgium|Belgian", "Belgium"), (r"Swedish", "Sweden"), (r"波兰|Poland|Polish", "Poland"),
    (r"捷克|Czech", "Czech Republic"), (r"斯洛伐克|Slovak(?:ia)?\b", "Slovakia"), (r"爱沙尼亚|Estonia|Tallinn", "Estonia"), (r"克罗地亚|Croatia|Zagreb", "Croatia"), (r"拉脱维亚|Latvia", "Latvia"), (r"立陶宛|Lithuania", "Lithuania"),
    (r"匈牙利|Hungary|Hungarian", "Hungary"), (r"罗马尼亚|Romania", "Romania"), (r"保加利亚|Bulgaria", "Bulgaria"),
    (r"土耳其|Turkey|Turkish|T[üu]rkiye", "Turkey"), (r"巴西|Brazil", "Brazil"), (r"(?<!新)墨西哥|(?<!New )Mexico|Mexican", "Mexico"), (r"韩国|Korea", "Republic of Korea"), (r"阿根廷|Argentin(?:a|e)", "Argentina"), (r"文莱|Brunei", "Brunei"), (r"马达加斯加|Madagascar|Malagasy", "Madagascar"), (r"加蓬|Gabon", "Gabon"), (r"科特迪瓦|C[ôo]te d['’]Ivoire|Ivory Coast", "Côte d'Ivoire"), (r"特立尼达|Trinidad", "Trinidad and Tobago"),
    (r"刚果（金）|Democratic Republic of (?:the )?Congo|\bDRC\b|Kinshasa", "Democratic Republic of the Congo"),
    (r"刚果（布）|(?<!Democratic )Republic of (?:the )?Congo|Brazzaville", "Republic of the Congo"),
    (r"美属维尔京|United States Virgin Islands|U\.\s?S\.\s?Virgin Islands|\bUS Virgin Islands|\bUSVI\b|Virgin Islands of the United States", "US Virgin Islands"),
    (r"英属维尔京|British Virgin Islands|\bBVI\b|(?<!States )(?<!U\.S\. )Virgin Islands(?! of the United States)", "British Virgin Islands"),
    (r"圣基茨|Saint Kitts|St\.? Kitts|Saint Christopher and Nevis|Kittitian", "Saint Kitts and Nevis"),
    (r"阿联酋|迪拜|阿布扎比|United Arab Emirates|\bUAE\b|Dubai|Abu Dhabi", "UAE"),
    (r"老挝|\bLaos\b|\bLao People['’]?s Democratic Republic|\bLao PDR\b", "Laos"),  # "the laws of the Lao People's Democratic Republic"
]


_OUTSIDE_FORUM = _OUTSIDE + [(r"加利福尼亚|加州|California|San Francisco|Delaware|Texas|United States|U\.S\.", "United States")]


# "适用中华人民共和国法律（为本合同之目的，不包括香港特别行政区、澳门特别行政区和台湾地区法律）"
_EXCLUDED_LAW = (r"[（(][^）)]*(?:不包括|不含|除外|excluding|exclusive of|other than|but not)[^）)]*[）)]|"
                 r"(?:不包括|不含|excluding|exclusive of|other than|but not)[^。；;.]*")


def _country_named(adjective: str, text: str) -> str:
    """The country a law named by its adjective belongs to, as the contract spells it elsewhere ("governed by Burundian law" in a
    contract with a vendor "in Bujumbura, Burundi"), else the adjective itself."""
    stem = rx.sub(r"(?:lese|ian|ean|ese|ois|an|ish|i)$", "", adjective)  # (Togolese: Togo)
    named = [m.group(0) for m in rx.finditer(rf"\b{re.escape(stem)}[a-z]*\b", text) if m.group(0) != adjective] if len(stem) >= 4 else []
    return named[0] if named else adjective


_DISPUTE = r"争议|纠纷|诉讼|仲裁|disput|arbitrat|proceeding|litigat|submit"  # what a forum is chosen for


def _law_and_forum(r: _Reader, laws: Mapping[str, Mapping[str, str]]) -> dict:
    """`laws`: the governing_law labels of the pack in force, which name laws in Chinese and know the State of Georgia."""
    law, law_clause = None, None
    known = _law_key(laws)
    # the choice of law first: "… processed in Singapore under PRC law" earlier in the text does not choose the law
    said = r.find(r"适用|管辖|准据法|(?:依照|依据|按照|根据)[^，。；]{0,12}法律[^，。；]{0,4}(?:解释|履行|订立)|governed by|governing law|laws? of|construed in accordance|applicable law|PRC law|Chinese law")  # "PRC law; Taiyuan Arbitration Commission."
    choice = r"准据法|适用.{0,20}法律|(?:依照|依据|按照|根据)[^，。；]{0,12}法律[^，。；]{0,4}(?:解释|履行|订立)|governed by|governing law|construed in accordance"
    for s in [s for s in said if rx.search(choice, s.text, re.I)] + [s for s in said if not rx.search(choice, s.text, re.I)]:
        t = s.text
        if rx.search(r"仲裁|诉讼|法院|arbitrat|court", t, re.I) and not rx.search(r"适用.{0,20}法|governed by|laws? of|governing law|PRC law|Chinese law", t, re.I):
            continue
        if rx.search(r"(?:compan(?:y|ies)|corporation|entity|incorporated|organi[sz]ed|existing|established)\b[^.;]{0,30}(?:governed by|under) (?:the laws? of|[A-Z][a-z]+ law)", t, re.I) \
                and not rx.search(r"(?:this|the) (?:Agreement|Contract|Order)\b[^.;]{0,60}(?:governed|construed)", t, re.I):
            continue  # a party's incorporation: "a private limited liability company governed by the laws of the Grand Duchy of Luxembourg"
        if rx.search(r"\bcompl(?:y|ies|ying|iance) with\b", t, re.I) and not rx.search(choice, t, re.I):
            continue  # a duty to obey a law chooses none: "Each party shall comply with the data protection laws applicable to it,
            # including the Personal Information Protection Law of the People's Republic of China"
        chosen = rx.sub(_EXCLUDED_LAW, "", t, flags=re.I)
        # the law chosen, past another that is not ("Although the Provider contracts on the law of Scotland as standard, at the
        # Customer's request this Agreement is governed by the laws of the People's Republic of China")
        if rx.search(r"(?:governed by|construed in accordance with) (?:the )?(?:laws? of (?:the )?)?(?:People'?s Republic of China|PRC)\b|适用中华人民共和国的?法律", chosen, re.I):
            law, law_clause = "PRC", s.clause
            break
        # a law named in Chinese by a name the pack's labels know ("本合同适用马耳他法律", "适用美国加利福尼亚州法律")
        if (named := _chinese_law_names(known).search(chosen)) and rx.search(r"适用|受|依照|依据|按照|根据|管辖|准据法", chosen[:named.start()]):
            law, law_clause = _laws_by_chinese_name(known)[named.group(1)], s.clause
            break
        outside = next((name for pat, name in _OUTSIDE if rx.search(rf"(?:{pat}).{{0,12}}(?:法律|法)|(?:laws? of|governed by).{{0,40}}(?:{pat})|(?:{pat}) law", chosen, re.I)), None)
        if outside:
            law, law_clause = outside, s.clause
            break
        if rx.search(r"中华人民共和国.{0,6}法律|中国(?:大陆)?法律|中华人民共和国法|我国法律|People'?s Republic of China|PRC law|laws of (?:the )?PRC|Chinese law|laws of China", t, re.I):
            law, law_clause = "PRC", s.clause
            break
        # a name of several words, hyphenated ones ("the Co-operative Republic of Guyana"), accented ones, and one joined by "and" or
        # "of" ("São Tomé and Príncipe", "the Isle of Man"; not "Delaware and the United States")
        m = rx.search(r"(?i:laws?|legislation)(?i: and (?:decisions|regulations|statutes))?(?i: (?:for the time being )?in force)? (?i:of|in) (?i:the )?(?:(?P<realm>(?:[A-Z][A-Za-z]+(?:-[A-Za-z]+)*(?:'s)? ){0,2}(?i:state|commonwealth|territory|island|bailiwick|province|republic|kingdom|grand duchy|principality|sultanate|emirate|union|federation))(?i: of )(?i:the )?)?"
                      r"(?P<name>[A-Z][^\W\d_]+(?:-[^\W\d_]+)*(?: [A-Z][^\W\d_]+(?:-[^\W\d_]+)*)*(?: (?:and (?:the )?|of )[A-Z][^\W\d_]+\b(?! [A-Z]))?|\[[\s*.]+\])|(?i:in accordance with|governed by) (?P<adjective>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?i:law)\b", t)
        if m and rx.search(r"govern|construed|applicable|interpret|in accordance with|determined", t, re.I):
            name = m.group("name") or _country_named(m.group("adjective"), r.text)
            name = name.title() if name.isupper() else name
            name = rx.split(r"\s(?:Without|And|Excluding|Except|Applicable|Regardless|Including|As|In|Which|That|To|For|Shall|Will|With)\b", name)[0]
            law = "unspecified (redacted)" if name.startswith("[") else " ".join(name.split()[:5])
            if m.group("name") and rx.search(r"\bstate of (?:the )?$", t[m.start():m.start("name")], re.I) and f"State of {law}" in laws:
                law = f"State of {law}"  # the State of Georgia is no country
            elif m.group("realm") in laws:
                law = m.group("realm")  # a territory named with its country: "the laws of the Northern Territory of Australia"
            elif (formal := rx.fullmatch(r"([A-Z][a-z]+)(?: Arab)? (?:Republic|Kingdom|Federation)", law)) and law not in laws:
                # a state named by its adjective ("the laws of the Togolese Republic"), as the contract names the country elsewhere
                # ("the Court of Arbitration of Togo"), else as the labels name it ("the Syrian Arab Republic": Syria; "the Kyrgyz
                # Republic": Kyrgyzstan); not a name the labels know ("the Czech Republic")
                adjective = formal.group(1)
                country = _country_named(adjective, r.text)
                if country == adjective:
                    country = max((k for k in laws if len(k) >= 4 and adjective.startswith(k)), key=len, default=None) \
                        or min((k for k in laws if k.startswith(adjective)), key=len, default=adjective)
                law = country if country != adjective else law
            law_clause = s.clause
            break
    forum, forum_clause = None, None
    # whole words: not "58 Century Avenue"; not a company's seat ("GmbH, with its seat on the Insel Reichenau, … Germany")
    forum_words = r"仲裁|法院|诉讼|arbitrat|\bcourts?\b|jurisdiction|\bvenue\b|\bseat\b(?<!\bits seat)(?<!\btheir seat)"
    for s in r.find(forum_words + "|管辖"):
        t = s.text
        if rx.search(r"regist(?:er|ered|ry|ration)|登记|注册|\bHR[AB]\s*\d", t, re.I) and not rx.search(_DISPUTE, t, re.I):
            continue  # a party's register: "registered with the Regional Court of Linz, Austria", "Local court of Stralsund, HRB 22817" choose no forum
        if rx.search(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)* Court,|\bCourt (?:Street|Road|Avenue|Lane|Drive|Square|Place)\b", t) \
                and not rx.search(_DISPUTE + r"|jurisdiction", t, re.I):
            continue  # nor a party's address: "Lagan Sensing Ltd, 3 Linen Hall Court, Lisburn BT28 1AB, Northern Ireland", "1650 Court
            # Street, Redding, California, United States"
        mainland = rx.search(r"人民法院|仲裁委员会|仲裁院|仲裁中心|CIETAC|China International Economic|Arbitration Commission|people's court|Beijing|Shanghai|"
                             r"Shenzhen|Guangzhou|courts? of the PRC|PRC courts|Chinese courts", t, re.I)
        outside = next((name for pat, name in _OUTSIDE_FORUM if rx.search(pat, t, re.I)), None)
        if not outside and law not in (None, "PRC", "unspecified (redacted)") and not mainland:
            # a forum in the country whose law governs, named as the table does not know it: "arbitration under the Rules of the
            # Centre Burundais d'Arbitrage …, seated in Bujumbura" under the laws of Burundi
            outside = law if rx.search(rf"\b{re.escape(law[:5])}", t, re.I) else None
        # (not a clause's title in brackets: "… specifically approves Articles … 13 (Governing Law and Jurisdiction)" under the
        # Italian Civil Code names no forum)
        if outside and rx.search(forum_words, _unbracketed(t), re.I):
            forum, forum_clause = True, s.clause
            break
        if mainland:
            forum, forum_clause = False, s.clause
    return {"governing_law": law, "governing_law_prc": None if law is None else law == "PRC",
            "governing_forum_outside_mainland": forum,
            "_where": {"governing_law": law_clause, "governing_forum_outside_mainland": forum_clause}}


# ---- entry point -------------------------------------------------------------------------------------

def _check_caller_values(*, contract_value, term_years, language) -> None:
    for name, value in (("contract_value", contract_value), ("term_years", term_years)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value) or value <= 0):
            raise ContractInputError("invalid_input", f"{name} 应为正数 / {name} must be a positive number", {"field": name})
    if language not in (None, "zh", "en"):
        raise ContractInputError("invalid_input", "language 应为 zh 或 en / language must be zh or en", {"field": "language"})


def analyse(text: str, contract_value: float | None = None, term_years: float | None = None, language: str | None = None,
            horizon_years: float = 5.0, discount_rate: float | None = None, operating_cost_per_year: float = 0.0,
            use_embeddings: bool = True, prototype_index: PrototypeIndex | None = None,
            law_names: Mapping[str, Mapping[str, str]] | None = None) -> Analysis:
    """Segment, type and read a contract. `contract_value` / `term_years` given by the caller win over the text.
    `prototype_index` defaults to the bundled e5 with its cache; `law_names` to the bundled contract_risk pack's
    governing_law labels (a service passes the pack in force's, so that a law an operator names is read in Chinese too).
    Raises ContractInputError for a caller's value that cannot be right (a contract value or term that is not a
    positive number, an unknown language)."""
    _check_caller_values(contract_value=contract_value, term_years=term_years, language=language)
    clauses = classify(segment(text), use_embeddings=use_embeddings, index=prototype_index)
    r = _Reader(clauses)
    language = language or detect_language(text)
    where: dict[str, int | None] = {}

    stated_value, where["contract_value"] = _contract_value(r)
    value = float(contract_value) if contract_value else stated_value
    stated_years, where["term_years"] = _term_years(r)
    years = float(term_years) if term_years else stated_years
    kind = _contract_kind(text, clauses)
    licence_price, where["licence_or_hardware_price"] = _itemised(r, _LICENCE_ITEM, _LICENCE_ROW, _IMPL_ROW)
    # a sum the text names as the licence / hardware price is that price: "上述第1至4项合计8,369,200元，以下称"设备及软件价款"",
    # "上表第1、3、4项合计¥1,675,000，以下称“软硬件小计”，作为质保期满后维保费的计算基数"
    licence_price, where["licence_or_hardware_price"] = next(((amount, clause) for name, (amount, clause) in _defined_sums(r).items()
                                                              if rx.search(_LICENCE_ITEM, name, re.I)), (licence_price, where["licence_or_hardware_price"]))
    implementation, where["implementation_fee"] = _itemised(r, _IMPL_ITEM, _IMPL_ROW, _LICENCE_ROW)
    if value is None and (licence_price or implementation):  # itemised prices without a stated total
        value = (licence_price or 0.0) + (implementation or 0.0)
        where["contract_value"] = where["licence_or_hardware_price"]
    if value is None and kind == "service" and years:  # a service priced by the year, for a stated term
        annual, where["contract_value"] = _annual_fee(r)
        value = round(annual * years, 2) if annual else None
    fee_base = licence_price or value

    terms: dict = {}
    extra: dict = {"contract_kind": kind, "contract_value": value, "contract_value_stated": stated_value,
                   "term_years": years, "licence_or_hardware_price": licence_price, "implementation_fee": implementation}

    terms["availability_pct"], where["availability_pct"] = _availability(r)
    terms["p1_response_hours"], where["p1_response_hours"] = _p1_response(r)
    # a measurable service level: a time to respond to / resolve faults, or an availability figure
    measurable = [s for s in r.find(r"故障|事件|问题|incident|\bfault|issue|request|outage|priority|severity")
                  # (not "responsible for the losses", nor an escalation path: "if unresolved within two working days, with the Account Director")
                  if rx.search(r"响应|(?<!未)解决|恢复|修复|到场|处理|respon(?!sib)|(?<!un)resol|restor|fix|workaround", s.text, re.I)
                  and any(to_hours(v, u) is not None for v, u, _, _ in _timed(s.text))
                  # (nor the notice of a data breach: "发生数据泄露、丢失的，乙方应在24小时内通知甲方并协助处理", "…并协助恢复", help to restore
                  # the data, not a time to restore a service)
                  # (… where "responding" is to the regulators: "notify … within 24 hours …, cooperate with the Customer in responding to regulators")
                  and not (s.says(_SEC_WORDS) and s.says(r"通知|报告|notif|inform|report") and not s.says(
                      r"响应|到场|(?<!协助)(?<!配合)恢复|修复|(?<!Customer's )(?<!Buyer's )(?<!Client's )(?<!in its )(?<!in the )respon(?!sib|d(?:ing|s)? to (?:the )?(?:regulators?|authorit|affected|data subjects|individuals))|resol|restor"))
                  # (… nor the buyer's own: "cooperate with the Customer's response and any notifications to candidates", "cooperate with
                  # Customer in its response", "shall cooperate with the Customer in the response")
                  # (nor how long records are kept: "keep request and response content no longer than thirty days")
                  and not s.says(r"\b(?:keep|retain|store)\b[^.;]{0,80}\bno longer than\b") and not _buyer_responds(s.text)
                  # (nor a course that teaches how problems are handled: "第二次在安装后两周内进行，内容包括规则库维护和常见问题处理", "培训…每期不少于两天，
                  # 确保受训人员能够独立完成花样下发、参数调整及常见故障处理")
                  and not (s.says(r"培训|课程|内容包括|\btraining\b|\bcourses?\b") and not s.says(r"(?<!常见)故障|incident|\bfault|outage|priority|severity|响应|respon(?!sib)"))
                  # (nor the fixes of acceptance testing: "测试中发现的问题，乙方应在10个工作日内修复并重新提交测试")
                  and not s.says(r"(?:测试|验收|试运行)(?:过程)?(?:中|时|期间)?(?:发现|提出)的?(?:问题|缺陷|错误|bug)|"
                                 r"\b(?:defects?|issues?|errors?|bugs?) (?:found|identified|raised|reported) (?:in|during) (?:the )?(?:acceptance |go-?live |integration )?(?:test|testing|tests|trial)\b")]
    # … or a clause headed as the service levels that commits to figures (驻场人员到岗率不低于98%; 5个工作日内替换)
    measurable += [s for s in r.sentences if rx.search(r"服务水平|服务级别|service levels?|\bSLA\b", r.clauses[s.clause].heading, re.I)
                   and rx.search(_COMMIT + r"|不得超过|不超过|no more than|not (?:to )?exceed|(?:日|天|小时)内|within", s.text, re.I)
                   and (find_percents(s.text) or find_durations(s.text))]
    extra["sla_clause"] = terms["availability_pct"] is not None or terms["p1_response_hours"] is not None or bool(measurable)
    where["sla_clause"] = next((i for i in (where["availability_pct"], where["p1_response_hours"], measurable[0].clause if measurable else None)
                                if i is not None), _first([c.index for c in clauses if "sla" in c.types]))
    remedy, where["sla_remedy"] = _sla_remedy(r)
    terms["sla_remedy"] = remedy and extra["sla_clause"]

    terms["ip_owner"], where["ip_owner"], extra["ip_buyer_free_use"] = _ip_owner(r)
    data = _data_terms(r)
    terms["data_security_clause"] = data["values"]["data_security_clause"]
    terms["buyer_owns_data"] = data["values"]["buyer_owns_data"]
    extra["data_use_beyond_contract"] = data["values"]["data_use_beyond_contract"]
    where.update(data["where"])
    terms["confidentiality"], where["confidentiality"] = _confidentiality(r)

    ld = _ld_terms(r, value, years)
    terms["ld_rate_per_day_pct"], extra["ld_stated"] = ld["ld_rate_per_day_pct"], ld["ld_stated"]
    where.update(ld["_where"])
    cap = _liability_cap(r, value, years, licence_price)
    where["liability_cap_pct"] = where["liability_cap_below_value"] = cap.pop("_where", None)
    terms["liability_cap_pct"] = cap.pop("liability_cap_pct")
    extra.update(cap)

    pay = _payment_terms(r, value, kind, years)
    where.update(pay.pop("_where"))
    terms["prepayment_pct"], terms["final_payment_on_acceptance"] = pay["prepayment_pct"], pay["final_payment_on_acceptance"]
    extra["fees_per_period"] = pay["fees_per_period"]
    acc = _acceptance(r)
    terms["acceptance_clause"], extra["acceptance_deemed_on_delivery"] = acc["acceptance_clause"], acc["acceptance_deemed_on_delivery"]
    where["acceptance_clause"] = acc["_where"]
    if acc["acceptance_deemed_on_delivery"] and terms["final_payment_on_acceptance"]:
        terms["final_payment_on_acceptance"] = False  # paid on an acceptance deemed on delivery: "按本合同第六条确认验收后…支付45%"
        # where 第六条 says "通电试切一次正常后，即视为该台设备验收合格"
    terms["warranty_months"], extra["warranty_period_stated"], where["warranty_months"] = _warranty_months(r)
    where["warranty_period_stated"] = where["warranty_months"]
    if kind == "service":
        # a service contract has no warranty term (policy: the warranty rules are for goods and licences), even where a
        # deliverable of it is warranted ("the connector … will conform to its agreed specification for 90 days")
        terms["warranty_months"] = where["warranty_months"] = None
    rejection = _rejection_period(r)
    model = default_model() if language == "en" else None  # English only: it was trained on CUAD
    best = model.best([s.text for s in r.sentences]) if model else {}
    sentence_labels = {label: {"probability": p, "clause": r.sentences[i].clause if i is not None else None} for label, (p, i) in best.items()}
    pw = _post_warranty(r, fee_base, kind, value)
    where["post_warranty_fee_pct"] = where["post_warranty_fee_capped"] = pw.pop("_where")
    terms["post_warranty_fee_pct"] = pw.pop("post_warranty_fee_pct")
    extra.update(pw)

    ren = _renewal(r)
    where["auto_renewal_price_increase"] = where["auto_renewal"] = ren.pop("_where")
    terms["auto_renewal_price_increase"] = ren["auto_renewal_price_increase"]
    extra["auto_renewal"] = ren["auto_renewal"]
    term = _termination(r)
    where.update(term.pop("_where"))
    terms["termination_for_breach"] = term["termination_for_breach"]
    extra["termination_for_convenience"] = term["termination_for_convenience"]
    terms["subcontract_without_consent"], where["subcontract_without_consent"] = _subcontracting(r)
    law = _law_and_forum(r, law_labels() if law_names is None else law_names)
    where.update(law.pop("_where"))
    terms["governing_law"] = law["governing_law"]
    extra["governing_law_prc"] = law["governing_law_prc"]
    extra["governing_forum_outside_mainland"] = law["governing_forum_outside_mainland"]

    tco = contract_tco({**terms, **extra}, horizon_years, discount_rate, operating_cost_per_year)
    extra.update(tco_facts(tco, horizon_years, discount_rate, operating_cost_per_year))

    all_terms = {**terms, **extra}
    term_clause = {k: (where.get(k) if isinstance(where.get(k), int) else None) for k in all_terms}
    facts = {k: (float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v) for k, v in all_terms.items()}
    facts["language"] = language
    clause_dicts = [c.as_dict() for c in clauses]
    other = {"rejection_period": rejection is not None, "rejection_period_clause": rejection,
             "sentence_labels": sentence_labels}
    other["categories"] = contract_categories(clause_dicts, all_terms, other)
    return Analysis(text=text, language=language, clauses=clause_dicts, terms=all_terms,
                    term_clause=term_clause, facts=facts, tco=tco, other_terms=other, readings=r.readings)
