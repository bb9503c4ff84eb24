"""Chinese and English number, money, rate and duration forms as contracts write them.

Contracts state the same value many ways (叁拾万元, 30万元, ¥300,000.00; 万分之三, 0.03%, 0.3‰;
三十日, 两个工作日, twelve (12) months); the review compares them, so they are read into one unit here.
"""
from __future__ import annotations

import re

from contracts import rx

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_NUM_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS) + "点點"
# a number as written: Arabic (with thousands separators / decimals) or Chinese numerals, optionally + 万/亿
NUMBER = rf"(?:\d[\d,，]*(?:\.\d+)?\s*[万萬亿億]?|[{CN_NUM_CHARS}]+)"


def _cn_section(s: str) -> int:
    """A run below 10,000 such as 三千零五十 or 十二."""
    total, digit = 0, None
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(ch)
    return total + (digit or 0)


def cn_to_number(s: str) -> float:
    """Chinese numerals (小写 or 大写, with 万/亿 and 点) to a number; raises ValueError otherwise."""
    s = s.strip().replace("整", "").replace("正", "")
    if not s:
        raise ValueError("empty")
    if any(c in s for c in "点點"):
        whole, frac = rx.split("[点點]", s, maxsplit=1)
        value = cn_to_number(whole) if whole else 0
        digits = "".join(str(_DIGITS[c]) for c in frac if c in _DIGITS)
        return value + (float("0." + digits) if digits else 0.0)
    if all(c in _DIGITS for c in s) and len(s) > 1:  # 二〇二六 style digit strings
        return float("".join(str(_DIGITS[c]) for c in s))
    total, rest = 0, s
    for unit, mult in sorted(_BIG_UNITS.items(), key=lambda kv: -kv[1]):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            total += (_cn_section(head) if head else 1) * mult
    return float(total + (_cn_section(rest) if rest else 0))


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def to_number(token: str) -> float | None:
    """'3,000', '1.5万', '叁拾万', '十二', 'twelve' → number; None when it is not one."""
    if _DECIMAL_COMMA.fullmatch(token.strip()):
        return float(token.strip().replace(",", "."))  # "0,1" as Europeans write 0.1: no thousands group has fewer than three digits
    t = token.strip().replace("，", ",").replace(" ", "")
    if not t:
        return None
    m = rx.fullmatch(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]?)", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        return value * _BIG_UNITS.get(m.group(2), 1)
    if _SPELLED_NUMBER.fullmatch(t):  # "twelve", "forty-five", "hundred"
        return float(_spelled(t))
    try:
        return cn_to_number(t)
    except (ValueError, KeyError):
        return None


_PCT_FORMS = [
    (re.compile(rf"百分之({NUMBER})"), 1.0),
    (re.compile(rf"千分之({NUMBER})"), 0.1),
    (re.compile(rf"万分之({NUMBER})"), 0.01),
    (re.compile(r"(\d+(?:\.\d+|,\d{1,2}(?!\d))?)\s*(?:%|％|percent\b|per\s*cent\b)", re.I), 1.0),  # (99,5 %: a decimal comma)
    (re.compile(r"(\d+(?:\.\d+)?)\s*(?:‰|per\s*(?:thousand|mille)\b)", re.I), 0.1),  # "0.2 per thousand of the Contract Value"
    (re.compile(r"(\d+(?:\.\d+)?)\s*‱"), 0.01),
]


_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_NUMBER = re.compile(rf"(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(_EN_UNITS[1:10])}))?|{'|'.join(reversed(_EN_UNITS))}|hundred", re.I)
# "Fifteen per cent of the Contract Price" with no figure beside it ("ten per cent (10%)" is read from its figure), also over a
# hundred ("one hundred and fifty per cent of the Total Charges")
_SPELLED_BELOW_100 = rf"(?:{'|'.join(_EN_TENS)})(?:[- ](?:{'|'.join(_EN_UNITS[1:10])}))?|{'|'.join(reversed(_EN_UNITS[1:]))}"
_SPELLED_PCT = re.compile(rf"\b((?:(?:{'|'.join(_EN_UNITS[1:10])}|a) hundred(?:(?: and)? (?:{_SPELLED_BELOW_100}))?)|{_SPELLED_BELOW_100})"
                          r"\s+per\s*cent\b(?!\s*\(\s*\d)", re.I)


# a fraction, as drafters used to civil-law penalties write it: "one-thousandth (1/1000) of the total Contract Price per day"
_FRACTION_PCT = re.compile(r"(?<!/)\b(\d+)\s*/\s*(100|1,?000|10,?000)(?:th)?\b(?!\s*/)")
# … or a fraction of one per cent: "eight hundredths of one per cent (0.08%) of the Contract Price for each day of delay"
_SPELLED_FRACTION_PCT = re.compile(rf"\b({'|'.join(reversed(_EN_UNITS[1:10]))})[- ](ten[- ]thousandths?|thousandths?|hundredths?)\b"
                                   r"(\s+of\s+(?:one|a)\s+per\s*cent\b)?", re.I)
_FRACTION_SCALE = {"hundredth": 1.0, "thousandth": 0.1, "ten-thousandth": 0.01}


def _spelled(words: str) -> int:
    parts = [p for p in rx.split(r"[- ]", words.lower()) if p != "and"]
    if "hundred" in parts:  # "one hundred and fifty", "two hundred", "a hundred"
        i = parts.index("hundred")
        times = _EN_UNITS.index(parts[i - 1]) if i and parts[i - 1] in _EN_UNITS else 1
        return times * 100 + (_spelled(" ".join(parts[i + 1:])) if parts[i + 1:] else 0)
    return sum(_EN_TENS.get(p, _EN_UNITS.index(p) if p in _EN_UNITS else 0) for p in parts)


def find_percents(text: str) -> list[tuple[float, int, int]]:
    """Every percentage in `text` as (value in %, start, end), in reading order."""
    found = []
    for pattern, scale in _PCT_FORMS:
        for m in pattern.finditer(text):
            value = to_number(m.group(1))
            if value is not None:
                found.append((round(value * scale, 6), m.start(), m.end()))
    found += [(float(_spelled(m.group(1))), m.start(), m.end()) for m in _SPELLED_PCT.finditer(text)]
    found += [(round(int(m.group(1)) / int(m.group(2).replace(",", "")) * 100, 6), m.start(), m.end()) for m in _FRACTION_PCT.finditer(text)]
    found += [(round(_spelled(m.group(1)) * _FRACTION_SCALE[rx.sub(r"[- ]", "-", m.group(2).lower()).rstrip("s")] / (100 if m.group(3) else 1), 6),
               m.start(), m.end()) for m in _SPELLED_FRACTION_PCT.finditer(text)]
    found.sort(key=lambda f: f[1])
    kept: list[tuple[float, int, int]] = []
    for f in found:  # '百分之三十（30%）' states one value twice; keep both, overlaps dropped
        if not kept or f[1] >= kept[-1][2]:
            kept.append(f)
    return kept


# a currency written before an amount: the codes and signs of the currencies a Chinese buyer is quoted in (not CAD: computer-aided
# design, "AutoCAD 2024"); one list for every reading of money
CURRENCY_CODES = "RMB|CNY|USD|EUR|GBP|JPY|HKD|SGD|AUD|NZD|CHF|KRW|PGK"
CURRENCY = rf"(?:(?<![A-Za-z])(?:{CURRENCY_CODES}|US\$)|[¥￥€£₩$¤])"  # (¤: a currency the contract writes by a letter of its own)
# thousands grouped as European vendors write them: 1 600 000 (a space, no-break or thin space), 1.600.000,00, 1'600'000
# (money has two decimals, so CNY 1.200 is a thousand and two hundred; not CNY 0.045, a price per call)
_GROUP_SPACE = "[ \u00a0\u202f\u2009]"  # a space, no-break space, narrow no-break space or thin space between groups
_GROUPED = (r"\d{1,3}(?:" + _GROUP_SPACE + r"\d{3})+(?:[.,]\d{1,2})?(?![\d.,]?\d)|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.,]?\d)|"
            r"\d{1,3}(?:['’]\d{3})+(?:\.\d{1,2})?(?!\d)")
# a figure with its thousands grouped, in any of those forms or with commas (1,600,000.50): a total a table or a price list
# writes without its currency
THOUSANDS = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_GROUPED})"
_AMOUNT = re.compile(
    rf"({NUMBER})\s*(万元|亿元|元|(?:million\s+)?yuan\b)"
    rf"|{CURRENCY}\s*({_GROUPED}|[\d,]+(?:\.\d+)?)(\s*(?:million|mn|billion|bn|thousand)\b|[mk]\b|\s*[万萬亿億])?",
    re.I,
)
# … or the code after the figure: "1,600,000 CNY", "1.600.000 EUR" (not "Schedule 2, CNY 452,000", "Year 1 CNY 138,000"); searched
# only where a code follows a digit, which few sentences have (a pattern tried at every digit cost a long contract 6 %)
_AMOUNT_CODE_AFTER = re.compile(rf"(?<![\d.,])({_GROUPED}|\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:{CURRENCY_CODES})\b(?!\s*\d)", re.I)
_CODE_AFTER_DIGIT = re.compile(rf"\d\s*(?:{CURRENCY_CODES})\b", re.I)


def figure_value(figure: str) -> float:
    """A figure in any of the groupings: 1,600,000.50 / 1 600 000,50 / 1.600.000,50 / 1'600'000.50."""
    figure = rx.sub(_GROUP_SPACE + "|['’]", "", figure)
    if rx.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?", figure):
        figure = figure.replace(".", "").replace(",", ".")  # dots group the thousands, a comma marks the decimals
    elif _DECIMAL_COMMA.fullmatch(figure):
        figure = figure.replace(",", ".")
    return float(figure.replace(",", "") or 0)  # (a bare "CNY ," is no amount)


_SCALES = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3,
           "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


def find_amounts(text: str) -> list[tuple[float, int, int]]:
    """Money amounts as (value, start, end): '叁拾万元', '30万元', '¥300,000.00', 'RMB 1.2 million'."""
    out = []
    for m in _AMOUNT.finditer(text):
        if m.group(1):
            if rx.match(r"[万萬亿億]", m.group(1)):
                continue  # a bare unit, as in a column header "金额（万元）", is not an amount
            value = to_number(m.group(1))
            unit = m.group(2).lower()
            if value is None:
                continue
            value *= _SCALES.get(rx.sub(r"\s*(?:元|yuan)$", "", unit), 1)  # 万元, 亿元, million yuan
        else:
            scale = (m.group(4) or "").strip().lower()
            value = figure_value(m.group(3)) * _SCALES.get(scale, 1)
        if value > 0:
            out.append((value, m.start(), m.end()))
    if _CODE_AFTER_DIGIT.search(text):
        for m in _AMOUNT_CODE_AFTER.finditer(text):
            if len(rx.findall(_GROUP_SPACE, m.group(1))) == 1:
                continue  # "Article 5 100 CNY": one group after a space may be two numbers, unlike 1 600 000 CNY
            if (value := figure_value(m.group(1))) > 0 and not any(start < m.end() and m.start() < end for _, start, end in out):
                out.append((value, m.start(), m.end()))
        out.sort(key=lambda a: a[1])
    return out


_UNIT_HOURS = {"分钟": 1 / 60, "minute": 1 / 60, "min": 1 / 60, "小时": 1.0, "个小时": 1.0, "工作小时": 1.0, "个工作小时": 1.0, "hour": 1.0, "hr": 1.0,
               "h": 1.0, "business hour": 1.0, "working hour": 1.0, "天": 24.0, "日": 24.0, "个工作日": 24.0, "工作日": 24.0, "个自然日": 24.0, "自然日": 24.0,
               "day": 24.0, "business day": 24.0, "working day": 24.0, "周": 168.0, "week": 168.0}
_UNIT_MONTHS = {"个月": 1.0, "月": 1.0, "month": 1.0, "年": 12.0, "周年": 12.0, "year": 12.0, "天": 1 / 30,
                "日": 1 / 30, "day": 1 / 30}

_DURATION = re.compile(
    rf"(\d+\s*\(\s*[A-Za-z][A-Za-z\- ]*\)|{NUMBER}|半|[A-Za-z\-]+\s*\(\s*\d+\s*\)|\d+|[A-Za-z\-]+)\s*"
    r"(个工作日|工作日|个自然日|自然日|个工作小时|工作小时|个小时|小时|分钟|个(?:服务|自然|日历)月|(?:服务|自然|日历)月|个月|个(?:服务|合同|订阅)年度|周年|月|年|天|日|周|"
    r"business days?|working days?|calendar days?|business hours?|working hours?|minutes?|mins?|hours?|hrs?|h\b|days?|weeks?|"
    r"(?:(?:consecutive|successive) )?(?:(?:subscription|service|contract|licen[cs]e|billing) )?(?:months?|years?))",  # "two consecutive Subscription Years"
    re.I,
)


def _duration_value(token: str) -> float | None:
    token = token.strip()
    if token == "半":
        return 0.5
    m = rx.search(r"\(\s*(\d+)\s*\)|^(\d+)\s*\(", token)  # "twelve (12)", "24 (twenty-four)"
    if m:
        return float(m.group(1) or m.group(2))
    return to_number(token)


def _norm_unit(unit: str) -> str:
    u = unit.lower()
    u = rx.sub(r"s$", "", u) if rx.match(r"[a-z]", u) else u
    u = rx.sub(r"^个?(?:服务|自然|日历)月$", "个月", u)  # 三十六个服务月, 十二个自然月
    u = rx.sub(r"^个(?:服务|合同|订阅)年度$", "年", u)  # "SaaS服务期为两个服务年度"
    u = rx.sub(r"^(?:(?:consecutive|successive) )?(?:(?:subscription|service|contract|licen[cs]e|billing) )?", "", u)  # "two (2) Subscription Years", "two consecutive years"
    return {"calendar day": "day", "min": "minute", "hr": "hour"}.get(u, u)


_WINDOW = {(24.0, "hour"), (24.0, "小时"), (7.0, "day"), (7.0, "天"), (365.0, "day"), (365.0, "天")}


def find_durations(text: str) -> list[tuple[float, str, int, int]]:
    """Durations as (value, normalised unit, start, end): '两个工作日' → (2, '个工作日')."""
    out = []
    for m in _DURATION.finditer(text):
        value = _duration_value(m.group(1))
        if value is None:
            continue
        unit = _norm_unit(m.group(2))
        start = m.start()
        whole = rx.search(rf"({NUMBER}|\d+)\s*个\s*$", text[:start]) if m.group(1) == "半" else None
        if whole and to_number(whole.group(1)) is not None:  # 两个半小时, 一个半月
            value, start = to_number(whole.group(1)) + 0.5, whole.start()
        if unit == "年" and value > 1900:  # a calendar year such as 2026年
            continue
        if rx.search(r"第\s*$", text[:m.start()]) or m.group(2).endswith("年度") and rx.search(r"[每各首该本]\s*$", text[:m.start()]):
            continue  # which day or year, not how many: 第二个服务年度的服务费, "乙方将在节后第一个工作日开始处理"
        if rx.match(r"\d+(?:\.\d+)+\s", m.group(0)) and text[m.end():m.end() + 1] == "度" and not text[:m.start()].rsplit("\n", 1)[-1].strip():
            continue  # a clause's number opening its line: "5.2 年度验收：…" is no 5.2 years
        if unit in ("月", "日") and (rx.search(r"(?:\d|[每次下当上本])\s*[年月]\s*$", text[:m.start()])
                                    or (unit == "月" and rx.match(r"\s*\d{1,2}\s*日", text[m.end():]))):
            continue  # part of a date: 2026年7月1日 is not seven months and a day, nor is 每月5日前 (by the 5th of each month) five days
        if rx.search(r"\d\s*[×xX*]\s*$", text[:m.start()]):
            continue  # a service window, not a duration: 7×24小时, 5×8小时, 7x24 hours
        if (value, unit) in _WINDOW and (rx.match(r"\s*(?:a|per|each)\s+(?:day|week|year)\b", text[m.end():], re.I)
                                          or rx.search(r"(?:每天|每日|全天|每周|全年)\s*$", text[:m.start()])):
            continue  # … and so is "24 hours a day, 7 days a week", 每天24小时, 全年365天
        end = m.end()
        if unit in ("年", "周年") and text[end:end + 1] == "半":  # 一年半
            value, end = value + 0.5, end + 1
        out.append((value, unit, start, end))
    return out


def to_hours(value: float, unit: str) -> float | None:
    mult = _UNIT_HOURS.get(unit)
    return None if mult is None else round(value * mult, 4)


def to_months(value: float, unit: str) -> float | None:
    mult = _UNIT_MONTHS.get(unit)
    return None if mult is None else round(value * mult, 4)
