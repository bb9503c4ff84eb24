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
