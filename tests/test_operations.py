"""What an operator meets installing and running the service: start-up failures and the error shape."""
from __future__ import annotations

import pytest

from service.cli import main
from service.container import Services
from service.settings import Settings


@pytest.fixture
def a_file(tmp_path):
    path = tmp_path / "not-a-dir"
    path.write_text("x")
    return path


def test_a_data_dir_that_cannot_be_created_is_one_line_naming_it(capsys, a_file):
    code = main(["rules", "list", "--data-dir", str(a_file / "data")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error [data_dir_unusable]:") and str(a_file / "data") in err
    assert "Traceback" not in err


def test_a_data_file_sqlite_cannot_open_is_one_line_naming_the_dir(capsys, tmp_path):
    (tmp_path / "decisions.sqlite3").mkdir()  # e.g. a restore that left a folder where the log belongs
    assert main(["rules", "list", "--data-dir", str(tmp_path)]) == 2
    assert f"error [data_dir_unusable]: 无法使用数据目录 / cannot use the data directory {tmp_path}" in capsys.readouterr().err


def test_the_case_base_file_is_checked_when_the_server_warms_up(tmp_path):
    (tmp_path / "cases.sqlite3").mkdir()
    services = Services(Settings(data_dir=tmp_path))
    try:
        with pytest.raises(Exception) as err:
            services.warm_up()
        assert getattr(err.value, "code", None) == "data_dir_unusable"
    finally:
        services.close()


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("api_key, method, path, headers, status, code", [
    (None, "GET", "/v1/no-such-thing", {}, 404, "not_found"),
    (None, "DELETE", "/health", {}, 405, "method_not_allowed"),
    (None, "POST", "/v1/rules/reload", {}, 403, "writes_disabled"),
    ("k", "POST", "/v1/rules/reload", {"X-API-Key": "wrong"}, 401, "unauthorized"),
])
def test_refusals_say_what_is_wrong_in_chinese_too(data_dir, api_key, method, path, headers, status, code):
    """The API's other messages are 中文 / English; the ones an operator's users meet first must be too."""
    from fastapi.testclient import TestClient

    from service.app import create_app

    with TestClient(create_app(Settings(data_dir=data_dir, api_key=api_key))) as client:
        r = client.request(method, path, headers=headers)
    error = r.json()["error"]
    assert (r.status_code, error["code"]) == (status, code)
    assert _chinese(error["message"]) and " / " in error["message"]
    if status in (404, 405):
        assert f"{method} {path}" in error["message"]
    if status == 405:
        assert r.headers["allow"] == "GET"


def test_server_log_lines_carry_a_timestamp(tmp_path):
    """An operator lines a complaint ("the 14:05 upload failed") up with the log: every line needs its time."""
    import os
    import re
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    jicai = Path(sys.executable).with_name("jicai")
    env = {**os.environ, "JICAI_EMBEDDING_CACHE": str(tmp_path / "cache")}
    server = subprocess.Popen([str(jicai), "serve", "--port", str(port), "--data-dir", str(tmp_path / "data")],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/cases/search?q=%E8%BF%90%E7%BB%B4", timeout=60)  # builds the search index
    finally:
        server.send_signal(signal.SIGINT)
        out = server.communicate(timeout=60)[0]
    access = [line for line in out.splitlines() if '"GET /health HTTP/1.1" 200' in line]
    assert access, out
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", access[0]), access[0]
    assert " DEBUG:" not in out, out  # a library's own debug chatter (bm25s sets its logger to DEBUG) stays out of the log


def test_a_broken_item_list_stops_the_server_at_start_not_at_the_first_survey(tmp_path, monkeypatch):
    items = tmp_path / "items.yaml"
    items.write_text("items:\n  - code: A01\n    terms: 笔记本电脑\n", encoding="utf-8")  # terms must be a list
    monkeypatch.setenv("JICAI_PROCUREMENT_ITEMS", str(items))
    services = Services(Settings(data_dir=tmp_path / "data"))
    try:
        with pytest.raises(Exception) as err:
            services.warm_up()
        assert getattr(err.value, "code", None) == "bad_item_list"
        assert str(err.value).startswith(f"品目文件 {items}：第1个品目（items[0]）须有 code 和非空的 terms 列表 / item list ")
    finally:
        services.close()


def test_a_missing_item_list_stops_the_server_with_one_line_naming_it(tmp_path, monkeypatch):
    missing = tmp_path / "nope.yaml"
    monkeypatch.setenv("JICAI_PROCUREMENT_ITEMS", str(missing))
    services = Services(Settings(data_dir=tmp_path / "data"))
    try:
        with pytest.raises(Exception) as err:
            services.warm_up()
        assert getattr(err.value, "code", None) == "bad_item_list" and str(missing) in str(err.value)
    finally:
        services.close()


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_port_out_of_range_is_refused_before_anything_loads(capsys, tmp_path, port):
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", port, "--data-dir", str(tmp_path)])
    assert exit_.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_a_port_in_use_stops_the_server_with_one_line_before_the_model_loads(capsys, tmp_path, monkeypatch):
    import socket

    def no_warm_up(self):
        raise AssertionError("the model loaded before the port was checked")

    monkeypatch.setattr(Services, "warm_up", no_warm_up)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        code = main(["serve", "--port", port, "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"error [cannot_listen]: 无法在 127.0.0.1:{port} 监听") and "--port" in err
    assert len(err.strip().splitlines()) == 1


def test_the_api_page_works_without_internet(client):
    """/docs is served from files installed with the service, not from a CDN an intranet server cannot reach."""
    import re

    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert assets and not [a for a in assets if a.startswith("http")], assets
    for asset in assets:
        r = client.get(asset)
        assert r.status_code == 200 and r.content, asset
    assert client.get("/openapi.json").json()["info"]["title"] == "Jicai 集采"


def test_a_bug_is_logged_once_with_its_request_and_answered_in_the_error_shape(data_dir, caplog):
    """Starlette answers an unhandled exception and raises it on to the server, which logged its traceback a
    second time, without the request ("Exception in ASGI application")."""
    import json
    import logging
    import socket
    import threading
    import time
    import urllib.error
    import urllib.request

    import uvicorn

    from service.app import create_app

    app = create_app(Settings(data_dir=data_dir))

    @app.get("/v1/bug")
    def bug():
        raise ZeroDivisionError("a bug")

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None))
    thread = threading.Thread(target=server.run, daemon=True)
    caplog.set_level(logging.INFO)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.1)
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/bug?x=1", timeout=30)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert answer.value.code == 500
    assert json.loads(answer.value.read())["error"]["code"] == "internal_error"
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert len(tracebacks) == 1, [r.getMessage() for r in tracebacks]
    assert tracebacks[0].exc_info[0] is ZeroDivisionError and "GET /v1/bug" in tracebacks[0].getMessage()


def test_health_names_the_case_base_and_its_case_count(data_dir):
    from fastapi.testclient import TestClient

    from service.app import create_app

    app = create_app(Settings(data_dir=data_dir))
    with TestClient(app) as client:
        assert client.get("/health").json()["case_base"] is None  # not opened yet: /health does not load the model
        app.state.services.warm_up()
        body = client.get("/health").json()
    assert body["case_base"]["database"] == "sqlite"  # not the file's path on the server: /health answers anyone
    assert body["case_base"]["cases"] >= 30  # the bundled sample cases
