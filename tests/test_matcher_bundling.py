"""Bundling on a small survey written for these tests (expected groups decided by hand)."""
import json
import random
from dataclasses import replace

import numpy as np
import pytest

from matcher.bundling import MODEL_SETTINGS, bundle_requests
from matcher.catalog import default_matcher
from matcher.clustering import GraphSettings, cluster, nearest_neighbours
from matcher.encoder import DEFAULT_MODEL, E5Encoder, EmbeddingCache, TextEncoder
from matcher.requests import InputError

SURVEY = [
    {"id": "S1", "department": "信息技术部", "text": "采购机架式服务器10台，用于核心系统扩容", "quantity": 10, "budget": 800000, "needed_by": "2027-03-31"},
    {"id": "S2", "department": "北京分行", "text": "分行机房服务器老化，需更换2台x86服务器", "quantity": 2, "budget": 150000, "needed_by": "2027-05-15"},
    {"id": "S3", "department": "上海分行", "text": "Replace two ageing rack servers in the branch computer room", "quantity": 2, "budget": 160000},
    {"id": "S4", "department": "办公室", "text": "为新员工配备笔记本电脑30台", "quantity": 30, "budget": 210000, "needed_by": "2027-03-15"},
    {"id": "S5", "department": "审计部", "text": "审计现场作业用便携式计算机8台", "quantity": 8, "budget": 64000, "needed_by": "2027-02-15"},
    {"id": "S6", "department": "深圳分行", "text": "Laptops for the mobile sales team, 20 units", "quantity": 20},
    {"id": "S7", "department": "信息技术部", "text": "建设IAM平台，支持SSO和MFA", "budget": 1200000},
    {"id": "S8", "department": "零售银行部", "text": "各业务系统账号分散，希望建设统一身份认证和单点登录"},
    {"id": "S9", "department": "风险管理部", "text": "Single sign-on and multi-factor authentication for internal applications"},
    {"id": "S10", "department": "信息技术部", "text": "采购标准服务器机柜42U共20个", "quantity": 20},
    {"id": "S11", "department": "人力资源部", "text": "员工年度体检服务采购"},
    {"id": "S12", "department": "办公室", "text": "办公桌椅及文件柜采购"},
]
EXPECTED = [{"S1", "S2", "S3"}, {"S4", "S5", "S6"}, {"S7", "S8", "S9"}]
ONE_OFFS = {"S10", "S11", "S12"}


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    return TextEncoder(E5Encoder(num_threads=2), EmbeddingCache(tmp_path_factory.mktemp("emb") / "c.sqlite3"))


@pytest.fixture(scope="module")
def result(encoder):
    return bundle_requests(SURVEY, encoder=encoder)


def test_same_needs_are_bundled_and_one_offs_left_alone(result):
    groups = [set(b["request_ids"]) for b in result["bundles"]]
    for expected in EXPECTED:
        assert expected in groups
    assert set(result["outliers"]) == ONE_OFFS  # 服务器机柜 is not a server


def test_bundle_fields_follow_the_api(result):
    servers = next(b for b in result["bundles"] if set(b["request_ids"]) == {"S1", "S2", "S3"})
    assert set(servers) >= {"id", "label", "keywords", "request_ids", "departments", "total_quantity", "total_budget", "earliest_needed_by", "shared"}
    assert servers["request_ids"] == ["S1", "S2", "S3"]
    assert servers["departments"] == sorted(["信息技术部", "北京分行", "上海分行"])
    assert servers["total_quantity"] == 14 and servers["total_budget"] == 1110000
    assert servers["earliest_needed_by"] == "2027-03-31"
    assert servers["shared"] is True
    assert servers["label"] == "服务器"  # the catalogue item, in the bundle's language (2 of 3 Chinese)
    assert servers["category"]["code"] == "A02010104"
    laptops = next(b for b in result["bundles"] if "S4" in b["request_ids"])
    assert laptops["earliest_needed_by"] == "2027-02-15" and laptops["total_budget"] == 274000
    iam = next(b for b in result["bundles"] if "S7" in b["request_ids"])
    assert iam["total_quantity"] is None and iam["total_budget"] == 1200000


def test_keywords_come_from_the_members(result):
    servers = next(b for b in result["bundles"] if "S1" in b["request_ids"])
    assert "服务器" in servers["keywords"]
    iam = next(b for b in result["bundles"] if "S7" in b["request_ids"])
    assert {"sso", "单点", "登录", "统一", "认证", "身份"} & set(iam["keywords"])


def test_stats(result):
    s = result["stats"]
    assert s["requests"] == 12 and s["bundles"] == 3 and s["outliers"] == 3 and s["shared_bundles"] == 3
    assert s["outlier_share"] == 0.25
    assert s["embedding_model"] == "multilingual-e5-small" and s["min_similarity"] == 0.93
    assert s["seconds"]["total"] >= s["seconds"]["clustering"] >= 0


def test_same_result_in_any_input_order(encoder, result):
    shuffled = SURVEY[:]
    random.Random(7).shuffle(shuffled)
    again = bundle_requests(shuffled, encoder=encoder)
    strip = lambda r: {k: v for k, v in r.items() if k != "stats"}
    assert strip(again) == strip(result)


def test_one_department_alone_is_not_a_shared_demand(encoder):
    same_dept = [dict(r, department="信息技术部") for r in SURVEY[:3]]
    out = bundle_requests(same_dept, encoder=encoder)
    assert len(out["bundles"]) == 1 and out["bundles"][0]["shared"] is False


def test_a_very_high_threshold_leaves_everything_alone(encoder):
    out = bundle_requests(SURVEY, min_similarity=1.5, encoder=encoder)
    assert out["bundles"] == [] and len(out["outliers"]) == len(SURVEY)


@pytest.mark.parametrize(
    "requests, code",
    [
        ([{"id": "1", "text": "a"}, {"id": "1", "text": "b"}], "duplicate_id"),
        ([{"id": "1", "text": "  "}], "missing_text"),
        ([{"id": "1", "text": "服务器", "quantity": "十台"}], "invalid_number"),
        ([{"id": "1", "text": "服务器", "budget": -5}], "invalid_number"),
        ([{"id": "1", "text": "服务器", "needed_by": "2027-13-45"}], "invalid_date"),
        (["just a string"], "invalid_request"),
    ],
)
def test_bad_requests_are_named(requests, code, encoder):
    with pytest.raises(InputError) as err:
        bundle_requests(requests, encoder=encoder)
    assert err.value.code == code and err.value.status in (400, 413, 422)
    if code == "duplicate_id":
        assert err.value.details["id"] == "1" and err.value.details["again"] == 1
    else:
        assert err.value.details["index"] == 0


def test_empty_and_single_surveys(encoder):
    assert bundle_requests([], encoder=encoder)["bundles"] == []
    one = bundle_requests([{"id": "x", "text": "采购服务器"}], encoder=encoder)
    assert one["outliers"] == ["x"] and one["stats"]["outlier_share"] == 1.0


def test_item_matching_takes_the_longest_term():
    m = default_matcher()
    name = lambda text: [m.items[i].zh for i in m.match(text)]
    assert name("采购标准服务器机柜42U") == ["机柜"]
    assert name("Replace two ageing rack servers") == ["服务器"]
    assert name("Laptops and notebook computers") == ["便携式计算机"]
    assert name("big data platform") == []  # "bi" is a whole word only


def test_graph_search_is_exact_below_the_limit_and_close_above(monkeypatch):
    import matcher.clustering as clustering

    rng = np.random.default_rng(0)
    centres = rng.standard_normal((40, 32)).astype(np.float32)
    x = centres[rng.integers(0, 40, 3000)] + 0.3 * rng.standard_normal((3000, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    exact_idx, _ = nearest_neighbours(x, 5)
    brute = np.argsort(-(x @ x.T) + 2 * np.eye(len(x)), axis=1)[:, :5]
    assert (exact_idx[:, 0] == brute[:, 0]).mean() > 0.999
    monkeypatch.setattr(clustering, "EXACT_SEARCH_LIMIT", 100)  # force the inverted-file index
    approx_idx, approx_sims = nearest_neighbours(x, 5)
    recall = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(approx_idx, brute)])
    assert recall > 0.95
    monkeypatch.setattr(clustering.os, "cpu_count", lambda: 1)  # the cells and the search come out the same on one thread
    again_idx, again_sims = nearest_neighbours(x, 5)
    assert (again_idx == approx_idx).all() and (again_sims == approx_sims).all()


def test_cluster_is_deterministic_and_finds_planted_groups():
    rng = np.random.default_rng(1)
    centres = rng.standard_normal((20, 48)).astype(np.float32)
    truth = rng.integers(0, 20, 1000)
    x = centres[truth] + 0.25 * rng.standard_normal((1000, 48)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    settings = GraphSettings(min_similarity=0.5)
    a, b = cluster(x, None, settings), cluster(x, None, settings)
    assert (a == b).all()
    from sklearn.metrics import adjusted_rand_score

    assert adjusted_rand_score(truth, a) > 0.95


def shipped_shape(min_similarity: float, **changes) -> GraphSettings:
    """The e5 settings (common direction removed, Surprise, the merge after it) at another threshold."""
    return replace(MODEL_SETTINGS[DEFAULT_MODEL], min_similarity=min_similarity, **changes)


@pytest.mark.parametrize("n", [300, 3000])
def test_surprise_finds_planted_groups_at_any_size(n):
    """The shipped shape needs no resolution per survey size."""
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(n)
    shared = rng.standard_normal(48).astype(np.float32)  # what every line has in common
    centres = rng.standard_normal((30, 48)).astype(np.float32)
    truth = rng.integers(0, 30, n)
    x = 3 * shared + centres[truth] + 0.3 * rng.standard_normal((n, 48)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    settings = shipped_shape(0.8)
    a, b = cluster(x, None, settings), cluster(x, None, settings)
    assert (a == b).all() and adjusted_rand_score(truth, a) > 0.95


def needs_with_wordings(n: int) -> tuple[np.ndarray, np.ndarray]:
    """20 needs, each asked for in 6 close wordings (sub-centres a little apart): at 300 lines each
    need is one dense group, at 4,000 the k nearest neighbours of a line stay within its wording."""
    rng = np.random.default_rng(5)
    shared = rng.standard_normal(48).astype(np.float32)
    centres = rng.standard_normal((20, 48)).astype(np.float32)
    wordings = 0.25 * rng.standard_normal((20, 6, 48)).astype(np.float32)
    truth = rng.integers(0, 20, n)
    x = 3 * shared + centres[truth] + wordings[truth, rng.integers(0, 6, n)] + 0.4 * rng.standard_normal((n, 48)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True), truth


def test_the_merge_joins_the_pieces_surprise_cuts_a_large_survey_into():
    from sklearn.metrics import adjusted_rand_score

    x, truth = needs_with_wordings(300)
    small = cluster(x, None, shipped_shape(0.8))
    assert (small == cluster(x, None, shipped_shape(0.8, merge_resolution=0.0))).all() and adjusted_rand_score(truth, small) == 1.0
    x, truth = needs_with_wordings(4000)
    pieces = cluster(x, None, shipped_shape(0.8, merge_resolution=0.0))
    merged = cluster(x, None, shipped_shape(0.8))
    assert (merged == cluster(x, None, shipped_shape(0.8))).all()
    assert all(len(set(merged[pieces == g].tolist())) == 1 for g in range(pieces.max() + 1))  # joined, never split
    assert merged.max() < pieces.max() - 10
    assert adjusted_rand_score(truth, merged) > adjusted_rand_score(truth, pieces) + 0.03


@pytest.mark.parametrize("merge_resolution", [0.0, MODEL_SETTINGS[DEFAULT_MODEL].merge_resolution])
def test_a_survey_that_is_one_bundle_stays_one_bundle(merge_resolution):
    """Surprise alone scores 'together' and 'alone' the same when every line is linked."""
    from matcher.clustering import communities

    settings = shipped_shape(0.9, merge_resolution=merge_resolution)
    two = communities(2, np.array([0]), np.array([1]), np.array([0.95]), settings)
    five = communities(5, *map(np.array, zip(*[(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (2, 3), (3, 4)])), np.full(8, 0.95), settings)
    assert two.tolist() == [0, 0] and five.tolist() == [0] * 5


def test_common_directions_are_removed_from_enough_lines_only():
    from matcher.clustering import COMMON_DIRECTIONS_MIN_LINES, without_common_directions

    rng = np.random.default_rng(3)
    x = 5 * rng.standard_normal(32).astype(np.float32) + rng.standard_normal((200, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assert (x @ x.T).mean() > 0.9  # everything alike, as e5 makes survey lines
    y = without_common_directions(x, 1)
    assert np.allclose(np.linalg.norm(y, axis=1), 1, atol=1e-5) and abs((y @ y.T).mean()) < 0.05
    few = x[: COMMON_DIRECTIONS_MIN_LINES - 1]
    assert without_common_directions(few, 1) is few  # a handful of lines: their strongest direction is a bundle
    assert without_common_directions(x, -1) is x


def test_lexical_overlap_does_not_bridge_different_items():
    """Shared words count where the catalogue cannot tell (no item named) and never against it:
    服务器维保 shares 服务器 with a server line but names another need."""
    from matcher.clustering import similarity_edges

    texts = ["采购服务器", "服务器维保服务", "员工年度体检服务", "员工体检服务"]
    x = np.zeros((4, 8), dtype=np.float32)
    x[0, 0] = x[2, 2] = 1.0
    x[1, 0] = x[3, 2] = 0.9  # each pair at cosine 0.90, under the threshold on embeddings alone
    x[1, 1] = x[3, 3] = np.sqrt(1 - 0.81)
    items = default_matcher().matrix(texts)
    settings = GraphSettings(min_similarity=0.93, item_weight=0.10, lexical_weight=0.2)
    a, b, _ = similarity_edges(x, texts, settings, items)
    assert sorted(zip(a.tolist(), b.tolist())) == [(2, 3)]


@pytest.mark.parametrize(
    "text, bought",
    [
        ("人事档案扫描用A3平板扫描仪", ["扫描仪"]),  # what it is for comes first in Chinese
        ("财务专用电脑安装主机安全防护软件", ["终端安全"]),
        ("Antivirus / endpoint protection for substation engineering workstations", ["终端安全"]),  # before "for" in English
        ("Desktop PCs and laptops for the new office", ["台式计算机", "便携式计算机"]),
        ("Memory upgrade (DIMMs) for existing SCADA servers", ["备品备件", "服务器"]),  # no goods before "for": the servers
        ("笔记本电脑及电脑包", ["便携式计算机", "计算机配件"]),  # both bought
        ("采购防火墙两台，含三年维保", ["防火墙"]),  # what comes with it is not bought on its own
        ("Core switches with a 3-year maintenance contract", ["交换机"]),
        ("核心业务服务器原厂维保续保服务一年", ["服务器", "硬件维保"]),  # upkeep is always named
        ("红外热像仪返厂维修", ["维修服务"]),
        ("LED studio lights (bi-colour panels and fresnels)", []),  # "bi" is a word, not part of one
        ("Anti-malware licences for teaching PCs", ["终端安全"]),
        ("笔记本电脑原装电源适配器50个", ["便携式计算机", "备品备件"]),  # parts, consumables, verification, running charges
        ("电能表计量封印（防窃电封签）", ["消耗品"]),
        ("放射性检测仪年度计量检定", ["校准检测服务"]),
        ("直播背包5G流量卡年度资费", ["运行资费"]),
        ("申请配置邮件过滤网关", []),  # not 滤网, a spare part
        ("Class II biosafety cabinets for cell culture work", []),  # a cabinet alone is not a server rack
        ("Steel filing cabinets for accounting vouchers", ["办公家具"]),
        ("42U server racks for the new data hall", ["机柜"]),
    ],
)
def test_items_are_what_the_line_buys(text, bought):
    m = default_matcher()
    assert [m.items[i].zh for i in m.match(text)] == bought


def test_upkeep_is_another_tender_than_the_goods_even_unnamed():
    """A repair, a calibration or spare parts for a device no item names is not bought with the
    device, and two repairs of different devices are not one need either."""
    from matcher.clustering import similarity_edges

    texts = ["红外热像仪补充配发", "红外热像仪返厂维修", "Repair of hydraulic jacks", "变电运维班配备红外热像仪"]
    x = np.tile(np.eye(1, 8, dtype=np.float32), (4, 1))  # embeddings alike: only items and words differ
    items = default_matcher().matrix(texts)
    settings = GraphSettings(min_similarity=0.93, item_weight=0.10, lexical_weight=0.2)
    a, b, _ = similarity_edges(x, texts, settings, items, default_matcher().upkeep)
    assert sorted(zip(a.tolist(), b.tolist())) == [(0, 3), (1, 2)]  # the device's repair is not with the device
    settings = replace(settings, min_similarity=1.05)
    a, b, _ = similarity_edges(x, texts, settings, items, default_matcher().upkeep)
    assert sorted(zip(a.tolist(), b.tolist())) == [(0, 3)]  # two repairs get no item bonus; shared words do


def test_a_pair_across_languages_needs_a_lower_score():
    """A line and its translation sit further apart than two paraphrases in one language."""
    from matcher.clustering import similarity_edges

    texts = ["叉车更新", "Forklift trucks for the warehouse", "三坐标测量机"]
    x = np.zeros((3, 4), dtype=np.float32)
    x[:, 0] = [1.0, 0.91, 0.91]  # 叉车 at cosine 0.91 to its translation and to the measuring machine
    x[1, 1] = x[2, 2] = np.sqrt(1 - 0.91**2)
    settings = GraphSettings(min_similarity=0.94, across_languages=0.0)
    assert len(similarity_edges(x, texts, settings)[0]) == 0
    a, b, _ = similarity_edges(x, texts, replace(settings, across_languages=0.05))
    assert list(zip(a.tolist(), b.tolist())) == [(0, 1)]


def test_operators_extend_the_item_list(tmp_path, monkeypatch):
    extra = tmp_path / "items.yaml"
    extra.write_text(
        "items:\n"
        "  - {code: 'X-SAFE', zh: 保险柜, en: safe, terms: [保险柜, 保险箱, fireproof safe]}\n"
        "  - {code: A02010104, zh: 服务器, en: server, terms: [小型机]}\n"
        "  - {code: 'X-CLEAN', zh: 机房保洁, en: server room cleaning, upkeep: true, terms: [机房保洁]}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("JICAI_PROCUREMENT_ITEMS", str(extra))
    m = default_matcher()
    name = lambda text: [m.items[i].code for i in m.match(text)]
    assert [m.items[i].code for i in np.flatnonzero(m.upkeep)] == [
        "A02021000:SUPPLY", "C16070200", "C23120000", "C19010000", "A02010700", "A02010700:SUPPLY", "C17010200:FEES", "C02060000",
        "X-CLEAN"]
    assert name("档案室防火保险柜3台") == ["X-SAFE"] and name("Fireproof safes for the archive") == ["X-SAFE"]
    assert name("核心小型机替换") == ["A02010104"] and name("采购服务器") == ["A02010104"]  # added term, old ones kept
    monkeypatch.setenv("JICAI_PROCUREMENT_ITEMS", str(tmp_path / "other.yaml"))
    (tmp_path / "other.yaml").write_text("items: [{code: X}]", encoding="utf-8")
    with pytest.raises(ValueError, match=r"items\[0\] needs a code and a non-empty terms list"):
        default_matcher()
    (tmp_path / "other.yaml").write_text("items: [{code: X, terms: [考勤机], upkeep: 'no'}]", encoding="utf-8")
    with pytest.raises(ValueError, match=r"items\[0\] upkeep must be true or false, not 'no'"):
        default_matcher()


def test_language_offsets_bring_a_translation_closer_than_another_need_in_the_same_language():
    """Two needs, each asked in Chinese and in English, with a language component stronger than the need's."""
    from matcher.clustering import languages, without_language_offsets

    rng = np.random.default_rng(3)
    need, lang = np.eye(16, dtype=np.float32)[:2], 1.5 * np.eye(16, dtype=np.float32)[2:4]
    texts, rows = [], []
    for n, (zh, en) in enumerate([("采购服务器", "servers"), ("更换显示器", "monitors")]):
        for _ in range(6):
            texts += [zh, en]
            rows += [need[n] + lang[0], need[n] + lang[1]]
    x = np.asarray(rows) + 0.05 * rng.standard_normal((len(rows), 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    server_zh, server_en, monitor_zh = 0, 1, 12
    assert x[server_zh] @ x[server_en] < x[server_zh] @ x[monitor_zh]  # the language dominates
    y = without_language_offsets(x, languages(texts))
    assert y[server_zh] @ y[server_en] > y[server_zh] @ y[monitor_zh] + 0.3
    assert np.array_equal(without_language_offsets(x[::2], languages(texts[::2])), x[::2])  # one language: unchanged


def test_a_lone_line_in_another_language_keeps_its_own_meaning():
    from matcher.clustering import languages, without_language_offsets

    rng = np.random.default_rng(4)
    x = rng.standard_normal((21, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = without_language_offsets(x, languages(["采购需求"] * 20 + ["one English line"]))
    mean = x.mean(axis=0) / np.linalg.norm(x.mean(axis=0))
    # moved a share 1 / (1 + LANGUAGE_PRIOR_LINES) of the way, not onto the survey's mean
    assert float(y[20] @ x[20]) > 0.6 and float(y[20] @ mean) < 0.9


@pytest.mark.parametrize("value", [float("nan"), float("inf"), True, "0.9"])
def test_a_bad_min_similarity_is_a_bilingual_error(value, encoder):
    with pytest.raises(InputError) as err:
        bundle_requests(SURVEY[:2], min_similarity=value, encoder=encoder)
    assert err.value.code == "invalid_min_similarity" and "min_similarity" in err.value.message and "相似度" in err.value.message
    json.dumps(err.value.to_dict(), allow_nan=False)  # the API's error body must be valid JSON


@pytest.mark.parametrize("field", ["text", "department", "id"])
def test_a_list_or_object_where_text_belongs_is_refused(field, encoder):
    item = {"id": "1", "department": "IT", "text": "服务器", field: ["服务器", "交换机"]}
    with pytest.raises(InputError) as err:
        bundle_requests([item], encoder=encoder)
    assert err.value.code == "invalid_request" and err.value.details == {"index": 0, "field": field}
