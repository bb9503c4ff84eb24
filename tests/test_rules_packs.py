"""Pack files: broken ones are refused with the file, rule and field named; the engine's sessions are freed."""
import re
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from rules.engine import compile_pack
from rules.errors import PackError
from rules.pack import BUNDLED_DIR, load_pack, parse_pack
from rules.runtime import new_decision_id, stamp_now
from rules.testing import run_examples

ADMISSION = (BUNDLED_DIR / "admission.yaml").read_text(encoding="utf-8")
GRADING = (BUNDLED_DIR / "grading.yaml").read_text(encoding="utf-8")


def broken(text: str, old: str, new: str, *, count: int = 1) -> str:
    assert old in text, old
    return text.replace(old, new, count)


def refused(text: str) -> PackError:
    with pytest.raises(PackError) as err:
        parse_pack(text, source="candidate.yaml")
    return err.value


@pytest.mark.parametrize("path", sorted(BUNDLED_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_packs_pass_their_own_examples_with_full_coverage(path):
    report = run_examples(load_pack(path))
    assert report.passed, [e.problems for e in report.examples if not e.passed] + report.uncovered
    assert report.coverage == 1.0


def test_policy_rule_ids_are_all_present():
    policy_ids = {"ADM-USCC-INVALID", "ADM-LICENSE-EXPIRED", "ADM-BLACKLIST", "ADM-MAJOR-VIOLATION", "ADM-TAX-SOCIAL",
                  "ADM-CAPITAL-LOW", "ADM-YEARS-LOW", "ADM-CERT-ISO9001", "ADM-CERT-ISO27001", "ADM-CERT-MLPS",
                  "ADM-CMMI-LOW", "ADM-DEBT-HIGH", "ADM-NET-ASSETS", "ADM-CASES-FEW"}
    assert {r.id for r in parse_pack(ADMISSION, source="a").rules} == policy_ids
    assert {r.id for r in parse_pack(GRADING, source="g").rules} == {
        "GRD-COMPLIANCE-VIOLATION", "GRD-SECURITY-INCIDENT", "GRD-SLA-BREACHES", "GRD-DIMENSION-FLOOR", "GRD-DECLINE"}


def test_version_is_the_content_hash():
    a = parse_pack(ADMISSION, source="a")
    assert parse_pack(ADMISSION + "\n# a comment\n", source="b").version == a.version
    assert parse_pack(broken(ADMISSION, "max_debt_ratio: 0.70", "max_debt_ratio: 0.65"), source="c").version != a.version


@pytest.mark.parametrize("old, new, rule, field", [
    ("    severity: high\n    when: {fact: uscc_valid", "    severity: high\n    colour: red\n    when: {fact: uscc_valid",
     "ADM-USCC-INVALID", "colour"),
    ("{fact: license_expired, op: eq, value: true}", "{fact: license_expired, op: equals, value: true}",
     "ADM-LICENSE-EXPIRED", "when.op"),
    ("{fact: blacklisted, op: eq, value: true}", "{fact: black_listed, op: eq, value: true}",
     "ADM-BLACKLIST", "when.fact"),
    ("param: min_years_in_operation}", "param: min_years}", "ADM-YEARS-LOW", "when.param"),
    ("  - id: ADM-TAX-SOCIAL", "  - id: ADM-BLACKLIST", "ADM-BLACKLIST", "id"),
    ("    severity: medium\n    when: {fact: debt_ratio", "    severity: urgent\n    when: {fact: debt_ratio",
     "ADM-DEBT-HIGH", "severity"),
    ('zh: "资产负债率 {debt_ratio}，高于上限 {max_debt_ratio}"', 'zh: "资产负债率 {debt_ration}"', "ADM-DEBT-HIGH", "message.zh"),
])
def test_broken_rules_are_refused_naming_rule_and_field(old, new, rule, field):
    err = refused(broken(ADMISSION, old, new))
    assert (err.details["rule"], err.details["field"]) == (rule, field)
    assert err.details["file"] == "candidate.yaml" and "candidate.yaml" in err.message


def test_missing_message_is_refused():
    text = re.sub(r"    message:\n      zh: 供应商被列入[^\n]*\n      en: [^\n]*\n", "", ADMISSION)
    err = refused(text)
    assert (err.details["rule"], err.details["field"]) == ("ADM-BLACKLIST", "message")


def test_missing_english_title_is_refused():
    err = refused(broken(ADMISSION, "title: {zh: 净资产非正, en: Net assets not positive}", "title: {zh: 净资产非正}"))
    assert (err.details["rule"], err.details["field"]) == ("ADM-NET-ASSETS", "title")


@pytest.mark.parametrize("old, new", [
    ("    sustainability: 0.10    # 可持续发展能力", "    sustainability: 0.09    # 可持续发展能力"),
    ("    sustainability: 0.10    # 可持续发展能力", "    sustainability: 0.1000011"),
    ("    sustainability: 0.10    # 可持续发展能力", "    delivery: 0.10"),
])
def test_weights_not_summing_to_one_are_refused(old, new):
    err = refused(broken(GRADING, old, new))
    assert err.details["field"] == "parameters.weights"


def test_weights_within_tolerance_are_accepted():
    parse_pack(broken(GRADING, "    sustainability: 0.10    # 可持续发展能力", "    sustainability: 0.1000009"), source="g")


@pytest.mark.parametrize("text, field", [
    ("pack: admission\nrules: [\n", None),                       # not YAML
    ("- just\n- a list\n", None),
    ("pack: procurement\n", "pack"),
    ("pack: admission\nschema: 1\nauthor: me\n", "author"),
])
def test_broken_files_are_refused(text, field):
    err = refused(text)
    assert err.details["field"] == field and err.details["file"] == "candidate.yaml"


def test_category_table_must_cover_every_category():
    err = refused(broken(ADMISSION, "    cloud: 20000000\n", ""))
    assert err.details["field"] == "parameters.capital_minimum_cny"


@pytest.mark.parametrize("old, new, field", [
    ("  category:\n    hardware:", "  categry:\n    hardware:", "labels.categry"),
    ("    cloud: {zh: 云服务, en: cloud}", "    cloud: {zh: 云服务}", "labels.category.cloud"),
])
def test_value_labels_name_a_fact_and_both_languages(old, new, field):
    assert refused(broken(ADMISSION, old, new)).details["field"] == field


def test_grade_bands_must_fall():
    err = refused(broken(GRADING, "{grade: B, min: 70}", "{grade: B, min: 90}"))
    assert err.details["field"] == "outcome.bands[1].min"


def test_example_naming_an_unknown_rule_is_refused():
    err = refused(broken(ADMISSION, "rules: [ADM-USCC-INVALID]}", "rules: [ADM-USCC-BAD]}"))
    assert err.details["field"].endswith("expect.rules")


def test_a_failing_example_fails_the_pack_test():
    pack = parse_pack(broken(ADMISSION, "max_debt_ratio: 0.70", "max_debt_ratio: 0.75"), source="c")
    report = run_examples(pack)  # the 0.71 example no longer fires ADM-DEBT-HIGH
    assert not report.passed
    assert "ADM-DEBT-HIGH" in report.uncovered
    assert any("ADM-DEBT-HIGH" in p for e in report.examples for p in e.problems)


def test_sessions_are_freed_past_the_engine_limit():
    # durable-rules keeps ~1,024 live sessions before MemoryError; each decision deletes its own
    compiled = compile_pack(parse_pack(GRADING, source="g"))
    facts = {"total": 88.0, "lowest_score": 40.0, "compliance_violation": False, "security_incident": False,
             "sla_breaches": 0}
    for _ in range(3000):
        assert compiled.fired(facts) == {"GRD-DIMENSION-FLOOR"}


def test_a_decision_no_rule_matches_is_handled():
    compiled = compile_pack(parse_pack(GRADING, source="g"))
    assert compiled.fired({"total": 88.0, "lowest_score": 90.0, "sla_breaches": 0}) == set()
    assert compiled.fired({}) == set()


def test_decision_ids_and_stamps_are_what_uuid4_and_astimezone_give():
    # the runtime builds both by hand for speed; they must still be uuid4 hex and local ISO time
    ids = {new_decision_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(uuid.UUID(hex=i).version == 4 and uuid.UUID(hex=i).hex == i for i in ids)
    stamp, today = stamp_now()
    now = datetime.now().astimezone()
    logged = datetime.fromisoformat(stamp)
    assert abs(logged - now) < timedelta(seconds=1) and logged.utcoffset() == now.utcoffset()
    assert len(stamp) == len(now.isoformat(timespec="milliseconds")) and today == logged.date()


def test_a_table_threshold_that_yaml_reads_as_text_is_refused():
    # YAML 1.1 reads 1e7 (no point, no exponent sign) as the string "1e7": compared with a number it never fires
    err = refused(broken(ADMISSION, "hardware: 10000000", "hardware: 1e7"))
    assert (err.details["rule"], err.details["field"]) == ("ADM-CAPITAL-LOW", "when.param")
    assert "hardware" in err.message and "'1e7'" in err.message


@pytest.mark.parametrize("text, old, new, field", [
    (ADMISSION, "max_debt_ratio: 0.70", "max_debt_ratio: .inf", "parameters.max_debt_ratio"),
    (ADMISSION, "    hardware: 10000000", "    hardware: .nan", "parameters.capital_minimum_cny.hardware"),
    (GRADING, "{grade: B, min: 70}", "{grade: B, min: .nan}", "outcome.bands[1].min"),
    (GRADING, "    price: 0.30 ", "    price: .NaN ", "parameters.weights.price"),
])
def test_infinity_and_not_a_number_are_refused_where_they_are_written(text, old, new, field):
    # .inf stopped the engine from loading the pack (a traceback, a 500 on reload) after lint said ok; .nan as a
    # threshold never fired, and as a band minimum or a weight crashed the decimal arithmetic
    err = refused(broken(text, old, new))
    assert err.details["field"] == field and "不是可用于判定的数字" in err.message


@pytest.mark.parametrize("old, new, below, above", [
    ("max_debt_ratio: 0.70", "max_debt_ratio: 1.0e-6", 0.0000009, 0.0000011),   # json writes 1e-06
    ("max_debt_ratio: 0.70", "max_debt_ratio: 1.0e+16", 9.9e15, 1.1e16),       # json writes 1e+16
])
def test_a_threshold_written_with_an_exponent_is_compiled_and_decides_both_sides(old, new, below, above):
    # the ruleset went to the engine as json.dumps writes it ("1e-06"), which the engine cannot parse:
    # lint said ok, then `rules test`, the service's start and POST /v1/rules/reload crashed
    compiled = compile_pack(parse_pack(broken(ADMISSION, old, new), source="c"))
    assert "ADM-DEBT-HIGH" not in compiled.fired({"debt_ratio": below})
    assert "ADM-DEBT-HIGH" in compiled.fired({"debt_ratio": above})


def test_a_capital_minimum_past_64_bits_still_compiles():
    compiled = compile_pack(parse_pack(broken(ADMISSION, "hardware: 10000000", "hardware: 100000000000000000000"), source="c"))
    assert compiled.fired({"category": "hardware", "registered_capital": 5e19}) >= {"ADM-CAPITAL-LOW"}
    assert "ADM-CAPITAL-LOW" not in compiled.fired({"category": "hardware", "registered_capital": 5e20})


@pytest.mark.parametrize("name", ["admission.yml", "准入.YAML", "Admission.Yml"])
def test_an_override_saved_as_yml_or_in_capitals_is_in_force(tmp_path, name):
    # only *.yaml was read: a file saved as .yml was silently left out and the bundled pack kept deciding
    from rules.registry import load_packs

    (tmp_path / name).write_text(broken(ADMISSION, "max_debt_ratio: 0.70", "max_debt_ratio: 0.65"), "utf-8")
    (tmp_path / "notes.txt").write_text("not a pack", "utf-8")
    pack = load_packs(tmp_path)["admission"]
    assert pack.source == str(tmp_path / name) and pack.parameters["max_debt_ratio"] == 0.65


def test_a_tab_in_the_file_is_named_on_one_line_at_its_line_and_column():
    # pyyaml's own text spans four lines, in English, and names "<unicode string>" instead of the file
    err = refused(broken(ADMISSION, "  max_debt_ratio: 0.70", "\tmax_debt_ratio: 0.70"))
    line = ADMISSION.splitlines().index(next(s for s in ADMISSION.splitlines() if "max_debt_ratio: 0.70" in s)) + 1
    assert (err.details["line"], err.details["character"]) == (line, 1)
    assert err.message.startswith(f"candidate.yaml, line {line}, column 1: YAML 格式有误：用了制表符") and "\n" not in err.message


def test_a_key_written_twice_is_refused_not_silently_replaced():
    # YAML lets the last one win: a second max_debt_ratio (or a second rules:) replaced the first without a word
    text = broken(ADMISSION, "  max_debt_ratio: 0.70", "  max_debt_ratio: 0.70\n  max_debt_ratio: 0.65")
    err = refused(text)
    assert "键 max_debt_ratio 写了两次" in err.message
    first = text.splitlines().index(next(s for s in text.splitlines() if "max_debt_ratio: 0.70" in s)) + 1
    assert err.details["line"] == first + 1 and f"第 {first} 行已有" in err.message
    # keys merged in with <<: *anchor may still be overridden (the bundled examples do it)
    assert parse_pack(GRADING, source="g").examples[1]["input"]["previous"] is None


def test_a_file_saved_as_gbk_is_refused_in_words_she_can_act_on(tmp_path):
    path = tmp_path / "准入.yaml"
    path.write_bytes(ADMISSION.encode("gbk"))
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert "不是 UTF-8 编码" in err.value.message and "另存为 UTF-8" in err.value.message
    assert err.value.details["file"] == str(path) and err.value.details["line"] == 1


@pytest.mark.parametrize("old, new, chinese", [
    ("max_debt_ratio: 0.70", "max_debt_ratio: 70%", "参数 max_debt_ratio 的值 '70%' 不是数字"),
    ("max_debt_ratio: 0.70", "max_debt_ratio: 百分之七十", "参数 max_debt_ratio 的值 '百分之七十' 不是数字"),
    ("    hardware: 10000000", "    hardware: 10,000,000", "参数 capital_minimum_cny 的 hardware 项 '10,000,000' 不是数字"),
    ("    cloud: 20000000\n", "", "缺少：cloud"),
    ("  - id: ADM-TAX-SOCIAL", "  - id: ADM-BLACKLIST", "规则编号 ADM-BLACKLIST 重复"),
    ("{fact: license_expired, op: eq, value: true}", "{fact: license_expired, op: equals, value: true}", "未知运算符 'equals'"),
    ("param: min_years_in_operation}", "param: min_years}", "未知参数 'min_years'"),
])
def test_what_a_policy_owner_gets_wrong_is_told_in_chinese_first_with_the_value_she_wrote(old, new, chinese):
    # every pack message was English only, and a threshold typed as text did not show what was typed
    err = refused(broken(ADMISSION, old, new))
    assert chinese in err.message
    message = err.message.split(": ", 1)[1]
    assert message.index(chinese.split(" ")[0]) < message.index(" / ")


def test_two_files_of_one_pack_are_refused_in_chinese_first(tmp_path):
    from rules.registry import load_packs

    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(ADMISSION, "utf-8")
    with pytest.raises(PackError) as err:
        load_packs(tmp_path)
    assert "同一规则包只能有一个文件" in err.value.message and str(tmp_path / "a.yaml") in err.value.message


def test_a_misspelt_expected_field_is_named_as_such_in_chinese_first():
    # `expect: {decison: admit}` said "expected 'admit', got None", as if the decision were missing
    pack = parse_pack(broken(ADMISSION, "expect: {decision: admit, rules: []}", "expect: {decison: admit, rules: []}"),
                      source="c")
    [problem] = [p for e in run_examples(pack).examples for p in e.problems]
    assert problem.startswith("decison: 结果中没有这个字段") and "decision" in problem
    pack = parse_pack(broken(ADMISSION, "max_debt_ratio: 0.70", "max_debt_ratio: 0.75"), source="c")
    problems = [p for e in run_examples(pack).examples for p in e.problems]
    assert problems == ["rules: 应触发 ['ADM-CMMI-LOW', 'ADM-DEBT-HIGH', 'ADM-NET-ASSETS']，实际触发 ['ADM-CMMI-LOW', 'ADM-NET-ASSETS']"
                        "（未触发 ['ADM-DEBT-HIGH']，多触发 []）/ expected ['ADM-CMMI-LOW', 'ADM-DEBT-HIGH', 'ADM-NET-ASSETS'], "
                        "got ['ADM-CMMI-LOW', 'ADM-NET-ASSETS'] (missing ['ADM-DEBT-HIGH'], unexpected [])"]


def test_a_parameter_no_rule_uses_is_refused():
    # a threshold added as a parameter alone (min_net_assets: 1000000) passed lint and changed nothing
    err = refused(broken(ADMISSION, "  max_debt_ratio: 0.70", "  max_debt_ratio: 0.70\n  min_net_assets: 1000000"))
    assert err.details["field"] == "parameters.min_net_assets" and "没有被任何规则" in err.message
    # the ones the domain reads itself (look-back years, TCO horizon, weights) are used
    for path in BUNDLED_DIR.glob("*.yaml"):
        load_pack(path)


@pytest.mark.parametrize("text, old, new, field", [
    (ADMISSION, "  field: decision", "  field: decison", "outcome.field"),
    (ADMISSION, "by_severity: {high: reject, medium: conditional}", "by_severity: {high: 拒绝, medium: conditional}", "outcome"),
    (GRADING, "    - {grade: C}", "    - {grade: D}", "outcome"),
])
def test_an_outcome_table_cannot_rename_the_apis_decision_field_or_values(text, old, new, field):
    # lint said ok, and once published every response said "decison" / "拒绝" / grade D, which API.md does not allow
    text = broken(text, old, new)
    if "grade: D" in text:
        text = text.replace("    C: {zh: 淘汰", "    D: {zh: 淘汰").replace("set_grade: C}", "set_grade: D}")
    err = refused(text)
    assert err.details["field"] == field and "API" in err.message


@pytest.mark.parametrize("placeholder", ["{debt_ratio:.0%}", "{}", "{debt_ratio!r}"])
def test_a_template_with_a_format_or_an_empty_placeholder_is_refused(placeholder):
    # lint said ok, then every decision the rule fired on failed (ValueError, a 500): values reach the
    # template already formatted as text, and {} has no name to fill it
    err = refused(broken(ADMISSION, 'zh: "资产负债率 {debt_ratio}，', f'zh: "资产负债率 {placeholder}，'))
    assert (err.details["rule"], err.details["field"]) == ("ADM-DEBT-HIGH", "message.zh") and placeholder in err.message


@pytest.mark.parametrize("old, new, column, words", [
    ("  max_debt_ratio: 0.70", "  max_debt_ratio：0.65", 17, "用了中文冒号"),
    ("  min_cmmi_level: 3 ", "  min_cmmi_level：4 ", 17, "用了中文冒号"),     # the last key before a blank line
    ("  max_debt_ratio: 0.70", "  max_debt_ratio:0.65", 18, "冒号后缺空格"),
])
def test_a_colon_slip_is_named_on_its_own_line(old, new, column, words):
    # pyyaml stumbles only at the next key ("could not find expected ':'", a line or more later)
    text = broken(ADMISSION, old, new)
    line = text.splitlines().index(next(s for s in text.splitlines() if s.startswith(new.rstrip()))) + 1
    err = refused(text)
    assert (err.details["line"], err.details["character"]) == (line, column) and words in err.message


CONTRACT_RISK = (BUNDLED_DIR / "contract_risk.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, old, new, rule, field, shown", [
    # a number written in quotes: YAML keeps it as text, and text never equals the number the fact holds
    (ADMISSION, "{fact: net_assets, op: le, value: 0}", '{fact: net_assets, op: eq, value: "0"}',
     "ADM-NET-ASSETS", "when.value", "条件的值 '0' 与事实 net_assets 的类型不符，该条件永远不会成立：net_assets 的取值是数字"),
    (ADMISSION, "{fact: blacklisted, op: eq, value: true}", '{fact: blacklisted, op: eq, value: "true"}',
     "ADM-BLACKLIST", "when.value", "条件的值 'true' 与事实 blacklisted 的类型不符"),
    (ADMISSION, "{fact: category, op: eq, value: cloud}", "{fact: category, op: eq, value: Cloud}",
     "ADM-CERT-MLPS", "when.all[0].value", "category 的取值是以下之一：hardware、software、services、cloud"),
    (ADMISSION, "{fact: category, op: eq, value: software}", "{fact: category, op: in, value: [software, sofware]}",
     "ADM-CMMI-LOW", "when.all[0].value", "条件的值 'sofware' 与事实 category 的类型不符"),
    (CONTRACT_RISK, "{fact: contract_kind, op: eq, value: goods_or_licence}", "{fact: contract_kind, op: eq, value: goods_or_license}",
     "CR-WARRANTY", "when.all[0].value", "条件的值 'goods_or_license' 与事实 contract_kind 的类型不符"),
    (CONTRACT_RISK, "{fact: ip_owner, op: eq, value: supplier}", "{fact: ip_owner, op: eq, value: 乙方}",
     "CR-IP-OWNERSHIP", "when.any[1].value", "ip_owner 的取值是以下之一：buyer、supplier、joint"),
    (CONTRACT_RISK, "{fact: sla_clause, op: eq, value: false}", "{fact: sla_clause, op: eq, value: 0}",
     "CR-SLA-MISSING", "when.value", "sla_clause 的取值是 true 或 false"),
    (GRADING, "{fact: security_incident, op: eq, value: true}", "{fact: lowest_dimensions, op: eq, value: 价格}",
     "GRD-SECURITY-INCIDENT", "when.value", "lowest_dimensions 的取值是以下之一：price、response"),
])
def test_a_condition_value_the_fact_can_never_hold_is_refused_on_load_and_lint(tmp_path, capsys, text, old, new, rule, field, shown):
    # such a condition loaded and silently never fired; only `jicai rules test` coverage could catch it
    from rules.registry import load_packs
    from service.cli import main

    path = tmp_path / "override.yaml"
    path.write_text(broken(text, old, new), "utf-8")
    with pytest.raises(PackError) as err:
        load_packs(tmp_path)
    pack = parse_pack(text, source="bundled").name
    assert err.value.details == {"file": str(path), "pack": pack, "rule": rule, "field": field}
    message = err.value.message.split(": ", 1)[1]
    assert shown in message and message.index(shown) < message.index(" / ") and " never holds" in message
    assert main(["rules", "lint", str(path)]) == 2
    out = capsys.readouterr().err
    assert f"pack {pack}, rule {rule}, field {field}: " in out and shown in out
