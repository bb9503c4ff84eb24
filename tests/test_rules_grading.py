"""Every GRD rule, the band boundaries, exact decimal totals and the weight checks of policy.md §2."""
import pytest

from rules.errors import InputError
from rules.evaluate import evaluate, parse_input
from rules.grading_table import read_grading_table
from rules.registry import load_packs

PACK = load_packs()["grading"]


def grade(body):
    out = evaluate(PACK, parse_input(PACK, body))
    return out["grade"], out["base_grade"], out["total"], {f["rule_id"] for f in out["findings"]}


def uniform(body, score):
    body["scores"] = dict.fromkeys(body["scores"], score)
    return body


@pytest.mark.parametrize("score, band", [(85, "A"), (84.99, "B"), (70, "B"), (69.99, "C"), (100, "A"), (0, "C")])
def test_band_boundaries(grading_body, score, band):
    g, base, total, fired = grade(uniform(grading_body, score))
    assert (g, base, total) == (band, band, score)
    assert fired == ({"GRD-DIMENSION-FLOOR"} if score < 50 else set())


def test_default_weights_weighted_total(grading_body):
    grading_body["scores"] = {"price": 90, "response": 70, "service": 85, "compliance": 100, "sustainability": 60}
    # 27 + 14 + 21.25 + 15 + 6 = 83.25
    assert grade(grading_body)[:3] == ("B", "B", 83.25)


def test_total_rounds_half_up_in_decimal(grading_body):
    # 84.95*0.3 + 85*0.7 = 25.485 + 59.5 = 84.985 exactly; binary float would give 84.98499999…
    grading_body["scores"] = {"price": 84.95, "response": 85, "service": 85, "compliance": 85, "sustainability": 85}
    assert grade(grading_body)[2] == 84.99
    # 84.99*0.3 + 85*0.7 = 84.997 → 85.00, an A
    grading_body["scores"]["price"] = 84.99
    assert grade(grading_body)[:3] == ("A", "A", 85.0)


def test_weights_summing_to_one_in_float_arithmetic_are_accepted(grading_body):
    weights = {"price": 0.6, "response": 0.1, "service": 0.1, "compliance": 0.1, "sustainability": 0.1}
    assert sum(weights.values()) == 0.9999999999999999  # the float trap itself
    grading_body["weights"] = weights
    assert grade(uniform(grading_body, 85))[:3] == ("A", "A", 85.0)


@pytest.mark.parametrize("weights, why", [
    ({"price": 0.3, "response": 0.2, "service": 0.25, "compliance": 0.15, "sustainability": 0.0}, "sum to 1"),
    ({"price": 0.5, "response": 0.5}, "five dimensions"),
    ({"price": 1.2, "response": -0.2, "service": 0, "compliance": 0, "sustainability": 0}, "≥ 0"),
    ({"price": 0.3, "response": 0.2, "service": 0.25, "compliance": 0.15, "sustainability": 0.1, "delivery": 0},
     "five dimensions"),
])
def test_bad_custom_weights_are_rejected(grading_body, weights, why):
    grading_body["weights"] = weights
    with pytest.raises(InputError) as err:
        parse_input(PACK, grading_body)
    assert why in err.value.message and err.value.details[0]["field"] == "weights"
    assert "权重" in err.value.details[0]["message"]


def test_compliance_violation_forces_c_even_at_100(grading_body):
    grading_body["events"]["compliance_violation"] = True
    assert grade(uniform(grading_body, 100)) == ("C", "A", 100.0, {"GRD-COMPLIANCE-VIOLATION"})
    # the total is shown with its unit, as the other grading messages show theirs
    assert "无论总分（100 分）高低，评为 C" in evaluate(PACK, parse_input(PACK, grading_body))["findings"][0]["message"]
    assert "(100 points)" in evaluate(PACK, parse_input(PACK, grading_body), lang="en")["findings"][0]["message"]


@pytest.mark.parametrize("events, rule", [
    ({"security_incident": True}, "GRD-SECURITY-INCIDENT"),
    ({"sla_breaches": 3}, "GRD-SLA-BREACHES"),
])
def test_caps_at_b(grading_body, events, rule):
    grading_body["events"].update(events)
    assert grade(uniform(grading_body, 95)) == ("B", "A", 95.0, {rule})


def test_two_sla_breaches_do_not_cap(grading_body):
    grading_body["events"]["sla_breaches"] = 2
    assert grade(uniform(grading_body, 95))[0] == "A"


def test_cap_does_not_raise_a_c(grading_body):
    grading_body["events"]["security_incident"] = True
    assert grade(uniform(grading_body, 60))[:2] == ("C", "C")


def test_dimension_floor(grading_body):
    grading_body["scores"] = {"price": 100, "response": 100, "service": 100, "compliance": 100, "sustainability": 49.99}
    out = evaluate(PACK, parse_input(PACK, grading_body))
    assert (out["grade"], out["base_grade"]) == ("B", "A")
    assert "可持续发展能力" in out["findings"][0]["message"]
    grading_body["scores"]["sustainability"] = 50
    assert grade(grading_body)[3] == set()


@pytest.mark.parametrize("previous_total, fires", [(90.0, True), (89.99, False)])
def test_decline_of_ten_points_is_reported_without_changing_the_grade(grading_body, previous_total, fires):
    grading_body["previous"] = {"grade": "A", "total": previous_total}
    g, base, total, fired = grade(uniform(grading_body, 80))
    assert (g, base, total) == ("B", "B", 80.0)
    assert fired == ({"GRD-DECLINE"} if fires else set())


def test_decline_compares_the_rounded_total(grading_body):
    # 23.985 + 16 + 20 + 12 + 8.01: exact total 79.995 rounds to 80.00; 90.00 - 80.00 = 10.00 → fires (it would not on 79.995)
    grading_body["scores"] = {"price": 79.95, "response": 80, "service": 80, "compliance": 80, "sustainability": 80.1}
    grading_body["previous"] = {"grade": "A", "total": 90}
    g, _, total, fired = grade(grading_body)
    assert total == 80.0 and fired == {"GRD-DECLINE"}


@pytest.mark.parametrize("change, field", [
    ({"scores": {"price": 101, "response": 1, "service": 1, "compliance": 1, "sustainability": 1}}, "scores.price"),
    ({"scores": {"price": 80}}, "scores.response"),
    ({"events": {"compliance_violation": False, "security_incident": False, "sla_breaches": -1}}, "events.sla_breaches"),
    ({"previous": {"grade": "D", "total": 80}}, "previous.grade"),
])
def test_bad_grading_input(grading_body, change, field):
    grading_body.update(change)
    with pytest.raises(InputError) as err:
        parse_input(PACK, grading_body)
    assert field in [d["field"] for d in err.value.details]


def test_grading_messages_name_dimensions_in_the_users_language(grading_body):
    grading_body["scores"] = {"price": 40, "response": 40, "service": 100, "compliance": 100, "sustainability": 100}
    zh = evaluate(PACK, parse_input(PACK, grading_body))["findings"][0]["message"]
    en = evaluate(PACK, parse_input(PACK, grading_body), lang="en")["findings"][0]["message"]
    assert zh.startswith("维度 价格、响应速度 得分 40") and "price" not in zh
    assert en.startswith("price, response scored 40")


def test_score_errors_are_in_chinese_beside_english(grading_body):
    grading_body["scores"]["price"] = 101
    grading_body["events"]["sla_breaches"] = "3"
    with pytest.raises(InputError) as err:
        parse_input(PACK, grading_body)
    messages = {d["field"]: d["message"] for d in err.value.details}
    assert messages == {"scores.price": "应小于或等于 100 / Input should be less than or equal to 100",
                        "events.sla_breaches": "应为整数 / Input should be a valid integer"}


def test_a_decimal_comma_in_a_grading_sheet_is_refused_naming_row_and_column():
    # Excel in a European locale saves ';' between cells and 8,5 for 8.5: dropping the comma would score 85
    sheet = ("供应商编号;考核期;价格;响应速度;服务能力;合规性;可持续发展能力;合规违规;数据安全事件;SLA违约次数;上期等级;上期总分\n"
             "S-1;2026H1;8,5;80;80;80;80;否;否;0;;\nS-2;2026H1;90;80;80;80;80;否;否;0;A;88,5\n"
             "S-3;2026H1;1,000;80;80;80;80;否;否;0;;\n")
    with pytest.raises(InputError) as err:
        read_grading_table(sheet.encode(), "scores.csv")
    assert err.value.status == 422 and err.value.code == "invalid_input"
    assert err.value.details == [
        {"row": 2, "field": "scores.price", "column": "价格",
         "message": "“8,5”不是有效数字：请写成8.5或85 / 8,5 is not a number: write 8.5 or 85"},
        {"row": 3, "field": "previous.total", "column": "上期总分",
         "message": "“88,5”不是有效数字：请写成88.5或885 / 88,5 is not a number: write 88.5 or 885"}]
    assert err.value.message.startswith("第2行 价格：“8,5”不是有效数字") and "row 2, 价格: 8,5 is not a number" in err.value.message
    # thousands in groups of three are still read (and 1000 is then out of range for the pack to report)
    bodies, rows, _ = read_grading_table(sheet.replace("8,5", "8.5").encode(), "scores.csv")
    assert [b["scores"]["price"] for b in bodies] == [8.5, 90, 1000] and bodies[1]["previous"]["total"] == 88.5


HEADER = ["供应商编号", "供应商名称", "考核期", "价格", "响应速度", "服务能力", "合规性", "可持续发展能力", "合规违规", "数据安全事件",
          "SLA违约次数"]


def grading_xlsx(rows, merged=()) -> bytes:
    """A grading sheet saved by openpyxl (its values are stored: nothing to recompute), with `merged` ranges."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for ref in merged:
        ws.merge_cells(ref)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_score_merged_over_two_suppliers_is_refused_naming_the_row():
    # 价格 (column D) written once beside S-1 and S-2: copying 90 into S-2's row would grade it on S-1's score
    data = grading_xlsx([["S-1", "华信", "2026H1", 90, 80, 80, 80, 80, "否", "否", 0],
                         ["S-2", "数联", "2026H1", None, 70, 70, 70, 70, "否", "否", 0]], merged=["D2:D3"])
    with pytest.raises(Exception) as err:
        read_grading_table(data, "考核.xlsx")
    assert err.value.code == "merged_number" and err.value.status == 422
    assert err.value.details["row"] == 3 and err.value.details["column"] == "价格" \
        and err.value.details["field"] == "scores.price" and "第3行" in err.value.message


def test_a_merged_period_and_event_are_every_rows():
    data = grading_xlsx([["S-1", "华信", "2026H1", 90, 80, 80, 80, 80, "否", "否", 0],
                         ["S-2", "数联", None, 70, 70, 70, 70, 70, None, "否", 1]], merged=["C2:C3", "I2:I3"])
    bodies, rows, _ = read_grading_table(data, "考核.xlsx")
    assert rows == [2, 3] and [b["period"] for b in bodies] == ["2026H1", "2026H1"]
    assert [b["events"]["compliance_violation"] for b in bodies] == [False, False]


def test_a_sheet_without_the_event_columns_is_refused_not_read_as_no_events():
    # a sheet of scores alone said nothing about violations: grading it as "none" gave an A to a supplier the
    # compliance column would have made a C
    sheet = "供应商编号,考核期,价格,响应速度,服务能力,合规性,可持续发展能力\nS-1,2026H1,90,90,90,90,90\n"
    with pytest.raises(Exception) as err:
        read_grading_table(sheet.encode(), "考核.csv")
    assert err.value.code == "missing_column" and err.value.status == 422
    assert err.value.details["missing"] == ["compliance_violation", "security_incident", "sla_breaches"]
    assert "合规违规" in err.value.message


@pytest.mark.parametrize("cell, field, message", [
    ("", "scores.price", "缺少必填字段"),      # a blank dimension is missing, not "not a number"
    ("120", "scores.price", "应小于或等于 100"),
    ("-5", "scores.price", "应大于或等于 0"),
    ("95%", "scores.price", "“95%”带百分号：应为数字，请按该字段的单位只填数字 / 95% has a percent sign: write a number alone"),  # refused,
    # never read as 95 or 0.95, and saying why
])
def test_a_bad_score_in_a_sheet_names_row_column_and_why(cell, field, message):
    from rules.runtime import Decider
    from rules.registry import PackRegistry

    sheet = ",".join(HEADER) + f"\nS-1,华信,2026H1,90,80,80,80,80,否,否,0\nS-2,数联,2026H1,{cell},80,80,80,80,否,否,0\n"
    bodies, rows, columns = read_grading_table(sheet.encode(), "考核.csv")
    with pytest.raises(InputError) as err:
        Decider(PackRegistry()).decide_many("grading", bodies, rows=rows, columns=columns)
    assert err.value.details == [{"row": 3, "field": field, "column": "价格", "message": err.value.details[0]["message"]}]
    assert message in err.value.details[0]["message"]


def test_a_score_cell_formatted_as_a_percentage_is_refused_as_the_95_percent_it_shows():
    # Excel stores the 95% it shows as 0.95: read as the value, S-2 was graded C on a price score of 0.95
    from rules.registry import PackRegistry
    from rules.runtime import Decider

    def build(number_format):
        import io

        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(HEADER)
        ws.append(["S-1", "华信", "2026H1", 90, 80, 80, 80, 80, "否", "否", 0])
        ws.append(["S-2", "数联", "2026H1", 0.95, 80, 80, 80, 80, "否", "否", 0])
        ws["D3"].number_format = number_format
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    bodies, rows, columns = read_grading_table(build("0%"), "考核.xlsx")
    assert bodies[1]["scores"]["price"] == "95%"
    with pytest.raises(InputError) as err:
        Decider(PackRegistry()).decide_many("grading", bodies, rows=rows, columns=columns)
    assert [(d["row"], d["field"], d["column"]) for d in err.value.details] == [(3, "scores.price", "价格")]
    assert err.value.details[0]["message"].startswith("“95%”带百分号")
    # a % the format only writes beside the number ("0.95%" literally) does not scale it
    bodies, _, _ = read_grading_table(build('0.00"%"'), "考核.xlsx")
    assert bodies[1]["scores"]["price"] == 0.95


def test_a_supplier_twice_in_one_period_is_refused_naming_both_rows():
    from rules.runtime import Decider
    from rules.registry import PackRegistry

    sheet = (",".join(HEADER) + "\nS-1,华信,2026H1,90,80,80,80,80,否,否,0\nS-2,数联,2026H1,70,70,70,70,70,否,否,0\n"
             "S-1,华信,2026H1,60,60,60,60,60,否,否,0\nS-1,华信,2026H2,60,60,60,60,60,否,否,0\n")
    bodies, rows, columns = read_grading_table(sheet.encode(), "考核.csv")
    decider = Decider(PackRegistry())
    with pytest.raises(InputError) as err:
        decider.decide_many("grading", bodies, rows=rows, columns=columns)
    assert [(d["row"], d["field"], d["column"]) for d in err.value.details] == [(4, "supplier_id", "供应商编号")]
    assert "已由第2行评分" in err.value.details[0]["message"] and "rows 4" in err.value.message
    # the same supplier in another period is another grade
    assert len(decider.decide_many("grading", bodies[:2] + bodies[3:], rows=rows[:2] + rows[3:], columns=columns)) == 3
