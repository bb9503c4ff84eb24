"""`jicai` refusals: one readable line, Chinese first, a non-zero exit; Ctrl-C is exit 130 and leaves no half-written file."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.cli import main

ROOT = Path(__file__).parent.parent
CONTRACT = ROOT / "tests" / "data" / "contracts" / "cn02_licence_risky.txt"
COMMANDS = (["review"], ["bundle"], ["admit"], ["grade"], ["cases", "add"], ["cases", "import"])


def _one_line_refusal(capsys, argv: list[str], code: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith(f"error [{code}]: ")
    message = first.split(": ", 1)[1]
    assert message.index("/") > 0 and ord(message[0]) > 0x2E80  # Chinese first, then English
    return err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_folder_given_for_a_file_is_one_line(capsys, data_dir, tmp_path, command):
    folder = tmp_path / "需求普查.csv"  # a folder named like a file
    folder.mkdir()
    err = _one_line_refusal(capsys, [*command, str(folder), "--data-dir", str(data_dir)], "unreadable_file")
    assert "这是文件夹，不是文件" in err and str(folder) in err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_missing_file_is_one_line_chinese_first(capsys, data_dir, tmp_path, command):
    missing = tmp_path / "供应商.json"
    err = _one_line_refusal(capsys, [*command, str(missing), "--data-dir", str(data_dir)], "file_not_found")
    assert "找不到文件" in err and len(err.splitlines()) == 1  # the file's name is in the message: not repeated below


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_a_file_without_read_permission_is_one_line(capsys, data_dir, tmp_path):
    secret = tmp_path / "供应商.json"
    secret.write_text("{}", encoding="utf-8")
    secret.chmod(0)
    _one_line_refusal(capsys, ["admit", str(secret), "--data-dir", str(data_dir)], "unreadable_file")


def test_with_json_a_folder_is_the_apis_error_body(capsys, data_dir, tmp_path):
    assert main(["grade", str(tmp_path), "--json", "--data-dir", str(data_dir)]) == 2
    body = json.loads(capsys.readouterr().out)
    assert body["error"]["code"] == "unreadable_file"
    assert body["error"]["details"][0]["field"] == "file"


def test_annotate_writes_the_whole_file_and_nothing_beside_it(capsys, data_dir, tmp_path):
    docx = next((ROOT / "tests" / "data" / "contracts").glob("holdout*/*z01*.docx"))
    out = tmp_path / "批注版.docx"
    assert main(["review", str(docx), "--annotate", str(out), "--data-dir", str(data_dir)]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["批注版.docx"]


def _survey(path: Path, lines: int) -> None:
    """A long survey of distinct lines, so that embedding it takes many seconds."""
    items = ("台式计算机", "笔记本电脑", "机架式服务器", "视频会议终端", "彩色激光打印机", "核心交换机", "防火墙", "存储阵列")
    rows = ["编号,部门,需求描述,数量,预算"]
    rows += [f"R{i},第{i % 37}分行,第{i}号楼{i % 11}层需要{items[i % len(items)]}{i % 7 + 1}台，配置编号{i * 7919}," f"{i % 7 + 1},{1000 + i}"
             for i in range(1, lines + 1)]
    path.write_text("\n".join(rows), encoding="utf-8")


def _wait_until_embedding(cache: Path, proc: subprocess.Popen, limit: float = 300) -> None:
    """Until the first batch of lines is in the embedding cache (written batch by batch), not a fixed sleep that a slow
    start-up outlasts on a busy machine."""
    import sqlite3

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if cache.exists():
            try:
                with sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=1) as db:
                    if db.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')").fetchone()[0] and \
                            any(db.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone() for (name,) in
                                db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")):
                        return
            except sqlite3.Error:
                pass
        time.sleep(0.1)


def test_ctrl_c_during_bundling_exits_130_and_leaves_no_workbook(tmp_path):
    survey, out = tmp_path / "需求普查.csv", tmp_path / "out" / "需求包.xlsx"
    out.parent.mkdir()
    _survey(survey, 4000)
    env = {**os.environ, "JICAI_DATA_DIR": str(tmp_path / "data"), "JICAI_EMBEDDING_CACHE": str(tmp_path / "cache"),
           "HF_HUB_OFFLINE": "1"}
    # (Ctrl-C as a terminal sends it: a suite started in the background by a non-interactive shell runs with SIGINT ignored, which
    # the child would inherit and never be interrupted)
    proc = subprocess.Popen([sys.executable, "-m", "service", "bundle", str(survey), "--xlsx", str(out)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_until_embedding(tmp_path / "cache" / "embeddings.sqlite3", proc)  # past start-up: lines are being embedded
    assert proc.poll() is None, "the run ended before it could be interrupted: make the survey longer"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("已中断（Ctrl-C）")
    assert list(out.parent.iterdir()) == []
