"""Every ADM rule and every boundary of policy.md §1 (its "precise readings")."""
import pytest

from rules.errors import InputError
from rules.evaluate import evaluate, parse_input
from rules.registry import load_packs
from tests.conftest import VALID_USCC

PACK = load_packs()["admission"]


def decide(profile):
    out = evaluate(PACK, parse_input(PACK, profile))
    return out["decision"], {f["rule_id"] for f in out["findings"]}, out


def test_clean_profile_is_admitted(supplier):
    assert decide(supplier)[:2] == ("admit", set())


@pytest.mark.parametrize("code", VALID_USCC)
def test_real_codes_pass_the_check_digit(supplier, code):
    supplier["uscc"] = code
    assert decide(supplier)[1] == set()


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_letters_outside_the_alphabet_are_invalid_never_mapped_to_digits(supplier, letter):
    # 9144030071526726XG with its 0 at position 9 replaced: O must not be read as 0, I not as 1, …
    supplier["uscc"] = "914403007" + letter + "526726XG"
    decision, fired, out = decide(supplier)
    assert (decision, fired) == ("reject", {"ADM-USCC-INVALID"})
    assert out["findings"][0]["evidence"]["uscc_valid"] is False


def test_wrong_check_digit_and_wrong_length(supplier):
    supplier["uscc"] = "914403001922038217"
    assert decide(supplier)[1] == {"ADM-USCC-INVALID"}
    supplier["uscc"] = "91440300192203821"
    _, fired, out = decide(supplier)
    assert fired == {"ADM-USCC-INVALID"} and "长度不是 18 位" in out["findings"][0]["message"]


def test_lower_case_code_is_upper_cased_first(supplier):
    supplier["uscc"] = "9144030071526726xg"
    assert decide(supplier)[1] == set()


@pytest.mark.parametrize("expires, expired", [("2026-03-02", True), ("2026-03-03", False), (None, False)])
def test_licence_expiry_boundary_and_unlimited_term(supplier, expires, expired):
    supplier["license_expires"] = expires
    assert ("ADM-LICENSE-EXPIRED" in decide(supplier)[1]) is expired


def test_blacklist_and_tax_record(supplier):
    supplier.update(blacklisted=True, tax_social_ok=False)
    assert decide(supplier)[:2] == ("reject", {"ADM-BLACKLIST", "ADM-TAX-SOCIAL"})


@pytest.mark.parametrize("dated, counts", [
    ("2023-03-03", True),   # the same calendar day three years before counts
    ("2023-03-02", False),  # the day before does not
    ("2026-03-03", True),   # on the evaluation date
    ("2026-03-04", False),  # after the evaluation date: not yet on record
])
def test_major_violation_window(supplier, dated, counts):
    supplier["major_violation_dates"] = ["2019-01-01", dated]
    assert ("ADM-MAJOR-VIOLATION" in decide(supplier)[1]) is counts


@pytest.mark.parametrize("established, evaluated, too_young", [
    ("2023-06-30", "2026-06-30", False),  # three full years on the anniversary
    ("2023-07-01", "2026-06-30", True),   # one day short
    ("2020-02-29", "2023-02-28", False),  # leap-day start: anniversary on 28 February (民法典 第二百零三条)
    ("2020-02-29", "2023-02-27", True),
])
def test_full_years_use_calendar_anniversaries(supplier, established, evaluated, too_young):
    supplier.update(established=established, evaluation_date=evaluated)
    assert ("ADM-YEARS-LOW" in decide(supplier)[1]) is too_young


@pytest.mark.parametrize("category, minimum", [
    ("hardware", 10_000_000), ("software", 5_000_000), ("services", 2_000_000), ("cloud", 20_000_000)])
def test_capital_minimum_by_category(supplier, category, minimum):
    supplier.update(category=category, certificates=supplier["certificates"] + [{"type": "MLPS3", "expires": "2030-01-01"}])
    supplier["registered_capital"] = minimum
    assert "ADM-CAPITAL-LOW" not in decide(supplier)[1]
    supplier["registered_capital"] = minimum - 1
    _, fired, out = decide(supplier)
    assert "ADM-CAPITAL-LOW" in fired
    finding = next(f for f in out["findings"] if f["rule_id"] == "ADM-CAPITAL-LOW")
    assert finding["evidence"] == {"registered_capital": minimum - 1, "category": category, "capital_minimum_cny": minimum}
    assert f"{minimum:,}" in finding["message"]


def test_certificate_counts_on_its_expiry_day_and_expired_is_absent(supplier):
    supplier["certificates"][0]["expires"] = "2026-03-03"
    assert "ADM-CERT-ISO9001" not in decide(supplier)[1]
    supplier["certificates"][0]["expires"] = "2026-03-02"
    assert decide(supplier)[:2] == ("conditional", {"ADM-CERT-ISO9001"})


def test_iso27001_only_when_buyer_data_is_handled(supplier):
    supplier["certificates"] = [c for c in supplier["certificates"] if c["type"] != "ISO27001"]
    assert decide(supplier)[:2] == ("reject", {"ADM-CERT-ISO27001"})
    supplier["handles_buyer_data"] = False
    assert decide(supplier)[1] == set()


def test_cloud_always_handles_buyer_data_and_needs_mlps3(supplier):
    supplier.update(category="cloud", registered_capital=30_000_000, handles_buyer_data=False,
                    certificates=[{"type": "ISO9001", "expires": "2030-01-01"}])
    assert decide(supplier)[1] == {"ADM-CERT-ISO27001", "ADM-CERT-MLPS"}


def test_cmmi_best_valid_appraisal_counts_and_only_for_software(supplier):
    supplier["certificates"][2] = {"type": "CMMI", "level": 5, "expires": "2026-03-02"}  # expired
    supplier["certificates"].append({"type": "CMMI", "level": 2, "expires": "2030-01-01"})
    decision, fired, _ = decide(supplier)
    assert (decision, fired) == ("admit", {"ADM-CMMI-LOW"})  # low severity: advice only
    supplier["certificates"].append({"type": "CMMI", "level": 3, "expires": "2030-01-01"})
    assert decide(supplier)[1] == set()
    supplier.update(category="services", certificates=supplier["certificates"][:2])
    assert decide(supplier)[1] == set()


@pytest.mark.parametrize("ratio, fires", [(0.70, False), (0.7000001, True)])
def test_debt_ratio_limit(supplier, ratio, fires):
    supplier["debt_ratio"] = ratio
    assert ("ADM-DEBT-HIGH" in decide(supplier)[1]) is fires


@pytest.mark.parametrize("assets, fires", [(0, True), (-1, True), (0.01, False)])
def test_net_assets_must_be_positive(supplier, assets, fires):
    supplier["net_assets"] = assets
    assert ("ADM-NET-ASSETS" in decide(supplier)[1]) is fires


@pytest.mark.parametrize("projects, fires", [(1, True), (2, False)])
def test_comparable_projects(supplier, projects, fires):
    supplier["comparable_projects_3y"] = projects
    assert ("ADM-CASES-FEW" in decide(supplier)[1]) is fires


def test_messages_show_the_values_in_chinese_and_english(supplier):
    supplier["debt_ratio"] = 0.85
    out = evaluate(PACK, parse_input(PACK, supplier), lang="en")
    assert out["findings"][0]["message"] == "Debt-to-asset ratio of 0.85 is above the limit of 0.7"
    zh = evaluate(PACK, parse_input(PACK, supplier))
    assert zh["findings"][0]["message"] == "资产负债率 0.85，高于上限 0.7"
    assert zh["findings"][0]["reference"].startswith("《政府采购法》第二十二条")


@pytest.mark.parametrize("change, field", [
    ({"category": "food"}, "category"),
    ({"registered_capital": "很多"}, "registered_capital"),
    ({"established": 20200101}, "established"),     # never read as a timestamp
    ({"established": "1699920000"}, "established"),  # a midnight timestamp as text, neither
    ({"established": "2023-02-30"}, "established"),
    ({"blacklisted": "no"}, "blacklisted"),
    ({"evaluation_dat": "2026-01-01"}, "evaluation_dat"),  # a typo is an error, not a silent default
    ({"certificates": [{"type": "CMMI", "expires": "2030-01-01"}]}, "certificates.0"),
])
def test_bad_input_names_the_field(supplier, change, field):
    supplier.update(change)
    with pytest.raises(InputError) as err:
        parse_input(PACK, supplier)
    assert field in [d["field"] for d in err.value.details]


def test_missing_fields_are_listed(supplier):
    del supplier["blacklisted"], supplier["uscc"]
    with pytest.raises(InputError) as err:
        parse_input(PACK, supplier)
    assert {d["field"] for d in err.value.details} == {"blacklisted", "uscc"}


@pytest.mark.parametrize("field, value", [
    ("net_assets", float("-inf")), ("net_assets", float("nan")), ("debt_ratio", float("inf")),
    ("registered_capital", float("inf")),
])
def test_infinite_or_nan_numbers_are_refused_not_read_as_absent(supplier, field, value):
    # Python's json (a CLI file, the API body) reads NaN and Infinity; the engine would see them as absent
    supplier[field] = value
    with pytest.raises(InputError) as err:
        parse_input(PACK, supplier)
    assert field in [d["field"] for d in err.value.details]


@pytest.mark.parametrize("change, fired", [
    ({"registered_capital": 1e16}, set()),           # JSON "1e+16": no decimal point
    ({"net_assets": -1e20}, {"ADM-NET-ASSETS"}),
    ({"debt_ratio": 1e-6}, set()),                   # JSON "1e-6"
    ({"debt_ratio": 3e16}, {"ADM-DEBT-HIGH"}),
])
def test_numbers_written_with_an_exponent_are_decided(supplier, change, fired):
    supplier.update(change)
    assert decide(supplier)[1] == fired


def test_a_count_beyond_64_bits_is_an_input_error(supplier):
    supplier["comparable_projects_3y"] = 10**20
    with pytest.raises(InputError) as err:
        parse_input(PACK, supplier)
    assert [d["field"] for d in err.value.details] == ["comparable_projects_3y"]


def _every_rule(supplier):
    """A profile that trips every ADM rule at once (CMMI-LOW needs a software supplier: a second profile)."""
    cloud = {**supplier, "uscc": "91330106MA2GL0P91K", "category": "cloud", "registered_capital": 1_000_000,
             "established": "2025-01-01", "license_expires": "2026-01-01", "certificates": [],
             "blacklisted": True, "major_violation_dates": ["2025-06-01"], "tax_social_ok": False,
             "debt_ratio": 0.9, "net_assets": -100, "comparable_projects_3y": 0}
    software = {**supplier, "uscc": "9144030019220382", "certificates": [{"type": "CMMI", "level": 2, "expires": "2030-01-01"}]}
    return cloud, software


def test_every_admission_message_reads_in_the_users_language(supplier):
    """No code (check_digit, cloud) in a sentence: each value is shown as the reader says it."""
    findings = {lang: [f for p in _every_rule(supplier) for f in evaluate(PACK, parse_input(PACK, p), lang=lang)["findings"]]
                for lang in ("zh", "en")}
    assert {f["rule_id"] for f in findings["zh"]} == {r.id for r in PACK.rules}
    zh, en = ({r.id: " ".join(f["message"] + f["recommendation"] for f in findings[lang] if f["rule_id"] == r.id)
               for r in PACK.rules} for lang in ("zh", "en"))
    assert "问题：校验码错误" in zh["ADM-USCC-INVALID"] and "问题：长度" in zh["ADM-USCC-INVALID"]
    assert "低于云服务类供应商" in zh["ADM-CAPITAL-LOW"] and "品类 云服务" in zh["ADM-CERT-ISO27001"]
    assert "软件类" in zh["ADM-CMMI-LOW"]
    for text in zh.values():
        assert not any(code in text for code in ("check_digit", "length", "cloud", "software", "None", "True"))
    assert "problem: wrong check digit" in en["ADM-USCC-INVALID"] and "cloud minimum" in en["ADM-CAPITAL-LOW"]
    assert not any("_" in text for text in en.values())


@pytest.mark.parametrize("change, field, zh", [
    ({"registered_capital": "很多"}, "registered_capital", "应为数字"),
    ({"registered_capital": -1}, "registered_capital", "应大于或等于 0"),
    ({"category": "云"}, "category", "应为以下之一"),
    ({"established": "2023-02-30"}, "established", "日期"),
    ({"established": 20200101}, "established", "日期"),
    ({"blacklisted": "否"}, "blacklisted", "true 或 false"),
    ({"comparable_projects_3y": 2.5}, "comparable_projects_3y", "应为整数"),
    ({"name": ""}, "name", "不能为空"),
    ({"evaluation_dat": "2026-01-01"}, "evaluation_dat", "未知字段"),
    ({"certificates": [{"type": "CMMI", "expires": "2030-01-01"}]}, "certificates.0", "等级"),
])
def test_input_errors_say_what_is_wrong_in_chinese_beside_english(supplier, change, field, zh):
    supplier.update(change)
    with pytest.raises(InputError) as err:
        parse_input(PACK, supplier)
    problem = next(d for d in err.value.details if d["field"] == field)
    chinese, _, english = problem["message"].partition(" / ")  # Chinese first, then English
    assert english and zh in chinese, problem
    assert f"{field}: {problem['message']}" in err.value.message and "输入有误" in err.value.message


def test_titles_and_advice_say_the_parameters_in_force(tmp_path, supplier):
    # "近三年有重大违法记录" and "记录满三年后方可重新申请" stayed fixed when an operator set violation_lookback_years: 5,
    # and "below CMMI level 3" when min_cmmi_level was 4
    from rules.pack import BUNDLED_DIR

    text = (BUNDLED_DIR / "admission.yaml").read_text("utf-8")
    text = text.replace("violation_lookback_years: 3", "violation_lookback_years: 5").replace("min_cmmi_level: 3", "min_cmmi_level: 4")
    (tmp_path / "准入.yaml").write_text(text, "utf-8")
    pack = load_packs(tmp_path)["admission"]
    assert pack.rule("ADM-MAJOR-VIOLATION").title == {"zh": "近5年有重大违法记录", "en": "Major illegal record in the last 5 years"}
    assert pack.rule("ADM-CMMI-LOW").title == {"zh": "软件供应商 CMMI 等级低于 4 级", "en": "Software supplier below CMMI level 4"}
    supplier.update(evaluation_date="2026-03-03", major_violation_dates=["2022-03-03"], category="software",
                    certificates=[{"type": "ISO9001", "expires": "2027-01-01"}, {"type": "ISO27001", "expires": "2027-01-01"},
                                  {"type": "CMMI", "level": 3, "expires": "2027-01-01"}])
    findings = {f["rule_id"]: f for f in evaluate(pack, parse_input(pack, supplier), lang="zh")["findings"]}
    assert findings["ADM-MAJOR-VIOLATION"]["title"] == "近5年有重大违法记录"
    assert "记录满 5 年后方可重新申请" in findings["ADM-MAJOR-VIOLATION"]["recommendation"]
    assert findings["ADM-CMMI-LOW"]["title"] == "软件供应商 CMMI 等级低于 4 级"
    # at the defaults the titles read as before, with the figure
    bundled = load_packs()["admission"]
    assert bundled.rule("ADM-MAJOR-VIOLATION").title["zh"] == "近3年有重大违法记录"


def test_a_title_may_show_parameters_only(tmp_path):
    from rules.errors import PackError
    from rules.pack import BUNDLED_DIR, parse_pack

    text = (BUNDLED_DIR / "admission.yaml").read_text("utf-8").replace(
        "title: {zh: 资产负债率过高,", "title: {zh: '资产负债率 {debt_ratio} 过高',")
    with pytest.raises(PackError) as err:
        parse_pack(text, source="准入.yaml")
    assert err.value.details["field"] == "title.zh" and "模板中的 {debt_ratio} 不是参数（标题中只能显示参数" in err.value.message


@pytest.mark.parametrize("code, problem", [
    ("９１４４０３００１９２２０３８２１６", None),                       # full-width digits (a Chinese IME in 全角 mode)
    ("９１４４０３００７１５２６７２６ｘｇ", None),                       # full-width lower-case letters
    ("　914403001922038216　", None),                                     # ideographic spaces around it
    ("９１４４０３００１９２２０３８２１７", "check_digit"),               # still checked, after reading it as ASCII
    ("９１４４０３００７Ｏ５２６７２６ＸＧ", "alphabet"),                   # full-width O is O: never read as 0
    ("91440300①922038216", "alphabet"),                                   # only full-width ASCII is read as ASCII
])
def test_a_full_width_code_is_read_as_the_same_code(supplier, code, problem):
    supplier["uscc"] = code
    _, fired, out = decide(supplier)
    assert fired == (set() if problem is None else {"ADM-USCC-INVALID"})
    if problem:
        assert out["findings"][0]["evidence"] == {"uscc_valid": False} and problem in str(
            evaluate(PACK, parse_input(PACK, supplier), explain=True)["facts"]["uscc_problem"])


def test_an_old_15_digit_registration_number_is_invalid_and_named_as_such(supplier):
    supplier["uscc"] = "440301103097413"  # 工商注册号, before 统一社会信用代码
    decision, fired, out = decide(supplier)
    assert (decision, fired) == ("reject", {"ADM-USCC-INVALID"})
    assert "15 位的旧工商注册号不能代替统一社会信用代码" in out["findings"][0]["message"]
