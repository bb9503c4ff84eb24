"""`jicai review` at a terminal: findings read in the reader's language, codes kept for scripts (--json)."""
import json
from pathlib import Path

from service.cli import main

RISKY = Path(__file__).parent / "data" / "contracts" / "cn02_licence_risky.txt"


def _row(out: str, rule_id: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(rule_id))


def test_severities_read_as_the_reports_say_them(capsys, data_dir):
    """The Markdown report says [高（high）]; the table of the same review said a bare code."""
    assert main(["review", str(RISKY), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "风险等级: 高（high）" in out
    assert "  高（high）  " in _row(out, "CR-SLA-MISSING") and "  中（medium）  " in _row(out, "CR-LD-LOW")
    assert main(["review", str(RISKY), "--lang", "en", "--data-dir", str(data_dir)]) == 0
    row = _row(capsys.readouterr().out, "CR-SLA-MISSING")
    assert "  high  " in row and "高" not in row


def test_json_keeps_the_severity_codes(capsys, data_dir):
    assert main(["review", str(RISKY), "--json", "--data-dir", str(data_dir)]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["risk_level"] == "high"
    assert {f["severity"] for f in body["findings"]} == {"high", "medium"}


def test_the_tco_line_says_amounts_as_the_reader_writes_them(capsys, data_dir, tmp_path):
    # 100 万元 of licences, then 10 % a year for the four years after the warranty: 140 万元, 40 / 140 after it
    draft = tmp_path / "合同.txt"
    draft.write_text("第一条 合同总价人民币100万元，为软件许可费。\n第二条 质保期12个月。\n"
                     "第三条 质保期满后，每年维护费为软件许可费的10%。\n", encoding="utf-8")
    assert main(["review", str(draft), "--data-dir", str(data_dir)]) == 0
    assert "\nTCO（5 年）：140 万元；维保费占比 28.57 %\n" in capsys.readouterr().out
    assert main(["review", str(draft), "--lang", "en", "--data-dir", str(data_dir)]) == 0
    assert "\nTCO over 5 years: CNY 1,400,000; post-warranty share 28.57 %\n" in capsys.readouterr().out
