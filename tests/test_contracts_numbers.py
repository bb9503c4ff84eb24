"""Number, money, rate and duration forms as Chinese and English contracts write them."""
import pytest

from contracts.numbers import cn_to_number, find_amounts, find_durations, find_percents, to_hours, to_months


@pytest.mark.parametrize("text,value", [
    ("三十", 30), ("十二", 12), ("一百零五", 105), ("叁拾万", 300_000), ("壹佰贰拾万", 1_200_000),
    ("肆佰捌拾陆万", 4_860_000), ("两", 2), ("一千零五十", 1050), ("零点五", 0.5), ("一亿二千万", 120_000_000),
])
def test_chinese_numerals(text, value):
    assert cn_to_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("按合同总价的万分之三支付", 0.03), ("万分之五", 0.05), ("千分之五", 0.5), ("千分之一", 0.1), ("百分之三十", 30.0),
    ("百分之零点五", 0.5), ("0.05%", 0.05), ("99.95％", 99.95), ("0.5‰", 0.05), ("3‱", 0.03),
    ("0.1 percent of the price", 0.1),
    # a fraction (holdout91: "a penalty of one-thousandth (1/1000) of the total Contract Price per calendar day of delay")
    ("one-thousandth (1/1000) of the total Contract Price", 0.1), ("1/1000 of the price", 0.1), ("5/10,000 per day", 0.05),
    ("two ten-thousandths of the price", 0.02), ("three hundredths", 3.0), ("24/7 support", None), ("on 1/100/2026", None),
    # spelled out, over a hundred (holdout133: "shall not exceed one hundred and fifty per cent of the Total Charges")
    ("Fifteen per cent of the Contract Price", 15.0), ("one hundred and fifty per cent of the Total Charges", 150.0),
    ("two hundred per cent of the fees", 200.0), ("one hundred and twenty-five per cent", 125.0), ("a hundred per cent", 100.0),
    ("0.2 per thousand of the Contract Value", 0.02), ("0.5 per mille", 0.05),
])
def test_percent_forms(text, value):
    found = find_percents(text)
    assert (found[0][0] if found else None) == (pytest.approx(value) if value is not None else None)


def test_percent_stated_twice_in_words_and_figures_is_read_in_order():
    assert [v for v, _, _ in find_percents("合同总价的百分之三十（30%）")] == [30.0, 30.0]


@pytest.mark.parametrize("text,value", [
    ("合同总价为人民币叁拾万元整", 300_000), ("人民币叁佰万元整（¥3,000,000.00）", 3_000_000), ("30万元", 300_000),
    ("¥1,250,000.50", 1_250_000.5), ("RMB 6,200,000", 6_200_000), ("RMB 1.2 million", 1_200_000), ("1.5亿元", 150_000_000),
    ("USD 400,000", 400_000), ("¥120万", 1_200_000), ("￥1.2亿", 120_000_000), ("CNY 2.5m", 2_500_000), ("USD 300k", 300_000),
    ("RMB 1.5 mn", 1_500_000), ("EUR 181,000", 181_000), ("€4,850 per month", 4_850),
    # holdout97: prices in pounds and won ("ninety-five pounds (GBP 95)", "KRW 73,000,000")
    ("ninety-five pounds (GBP 95) for each day of delay", 95), ("KRW 73,000,000", 73_000_000), ("£6,062.50 per year", 6_062.5),
    ("₩5,000,000", 5_000_000), ("HKD 1.2 million", 1_200_000),
])
def test_amounts(text, value):
    assert find_amounts(text)[0][0] == pytest.approx(value)


def test_a_currency_code_inside_a_word_is_no_money():
    assert find_amounts("AutoCAD 2024 licences for 12 users") == [] and find_amounts("CAD 2024") == []


def test_years_and_bare_numbers_are_not_money():
    assert find_amounts("2026年3月18日签订，共40台设备") == []


@pytest.mark.parametrize("text,hours", [
    ("三十日内", 720), ("两个工作日", 48), ("30分钟内响应", 0.5), ("4小时", 4), ("半小时", 0.5), ("within two (2) hours", 2),
    ("within 15 minutes", 0.25), ("一周", 168), ("二十四小时内响应", 24), ("两个半小时内到场", 2.5), ("2个半小时", 2.5),
])
def test_durations_in_hours(text, hours):
    value, unit, _, _ = find_durations(text)[0]
    assert to_hours(value, unit) == pytest.approx(hours)


@pytest.mark.parametrize("text,months", [
    ("质保期为三年", 36), ("十二个月", 12), ("twelve (12) months", 12), ("ninety (90) days", 3), ("one year", 12), ("十八个月", 18), ("一个半月", 1.5), ("一年半", 18), ("24 (twenty-four) months", 24),
    ("SaaS服务期为两个服务年度", 24), ("三个合同年度", 36),  # holdout617 h617z03
])
def test_durations_in_months(text, months):
    value, unit, _, _ = find_durations(text)[0]
    assert to_months(value, unit) == pytest.approx(months)


def test_calendar_years_are_not_durations():
    assert find_durations("2026年签订") == []


def test_a_date_is_not_a_duration():
    assert [(v, u) for v, u, _, _ in find_durations("自2026年7月1日起三年")] == [(3.0, "年")]
    assert [(v, u) for v, u, _, _ in find_durations("质保期12月，三个月内")] == [(12.0, "月"), (3.0, "个月")]
    # a day of each month (holdout502: "每月5日前…提交上月运维报告" made an O&M draft's report a service level)
    assert [(v, u) for v, u, _, _ in find_durations("每月5日前提交报告，次月10日前付款，每月驻场5天")] == [(5.0, "天")]


def test_which_service_year_is_not_a_duration():
    assert find_durations("第二个服务年度的服务费于该年度开始前支付；首个服务年度免费") == []


def test_which_day_is_not_a_duration():
    """holdout1123 h1123z05: "节后第一个工作日" is the first working day after a holiday, not a time of one working day."""
    assert [(v, u) for v, u, _, _ in find_durations("乙方将在节后第一个工作日开始处理，并在两个工作日内修复")] == [(2.0, "个工作日")]


def test_a_clause_number_before_an_annual_heading_is_not_a_duration():
    # "5.2 年度验收" opened a clause and was read as 5.2 years, which made an O&M draft's acceptance a service level (holdout388)
    assert [(v, u) for v, u, _, _ in find_durations("5.2 年度验收：服务期满前15日，甲方组织验收")] == [(15.0, "日")]
    assert [(v, u) for v, u, _, _ in find_durations("质保期为 1.5 年")] == [(1.5, "年")]


def test_hours_of_service_are_not_durations():
    assert find_durations("24 hours a day, 7 days a week") == []
    assert find_durations("每天24小时、全年365天提供服务") == []
    assert [(v, u) for v, u, _, _ in find_durations("within 24 hours; 7 days after notice")] == [(24.0, "hour"), (7.0, "day")]


def test_a_bare_unit_in_a_column_header_is_not_an_amount():
    assert find_amounts("年订阅费（万元）") == []
    assert [a for a, _, _ in find_amounts("金额（万元）：36.0万元，十万元")] == [360_000, 100_000]



@pytest.mark.parametrize("text,value", [
    # European vendors group thousands with spaces (also no-break and thin ones), dots or apostrophes, and may put the
    # code after the figure; each was read as 1.0 or 1.6, or not at all
    ("The Contract Price is CNY 1 600 000, fixed.", 1_600_000), ("The Contract Price is CNY 1\u202f600\u202f000.", 1_600_000),
    ("The Contract Price is 1 600 000,50 CNY.", 1_600_000.5), ("The Contract Price is EUR 1.600.000,50.", 1_600_000.5),
    ("The Contract Price is 1.600.000 CNY.", 1_600_000), ("The Contract Price is CHF 1'600'000.", 1_600_000),
    ("The Contract Price is 1,600,000 CNY.", 1_600_000), ("liquidated damages of CNY 1.200 a day", 1_200),
    ("a fee of CNY 0.045 per call", 0.045), ("the total of the Charges in Schedule 2, CNY 452,000", 452_000),
    ("Year 1 CNY 138,000", 138_000),
])
def test_thousands_grouped_as_european_vendors_write_them(text, value):
    assert find_amounts(text)[0][0] == pytest.approx(value)


def test_a_figure_after_a_section_number_is_not_a_grouped_amount():
    assert find_amounts("Article 5 100 CNY") == []


@pytest.mark.parametrize("text,value", [("a monthly availability of 99,5 %", 99.5), ("0,1 % of the Contract Price per day", 0.1)])
def test_a_decimal_comma_in_a_percentage(text, value):
    assert find_percents(text)[0][0] == pytest.approx(value)
