"""The CLI: admit, grade, rules test|lint|replay — human tables, --json, and one-line errors."""
import json

import pytest

from rules.pack import BUNDLED_DIR
from service.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def profile_file(tmp_path, supplier):
    path = tmp_path / "supplier.json"
    path.write_text(json.dumps(supplier, ensure_ascii=False), "utf-8")
    return path


def test_admit_human_and_json(capsys, data_dir, profile_file, supplier):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "admit", str(profile_file))
    assert code == 0 and "深圳华信云科技有限公司: 准入结论 = admit" in out and "（无发现）" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "admit", str(profile_file), "--lang", "en")
    assert code == 0 and "深圳华信云科技有限公司: decision = admit" in out and "(no findings)" in out
    supplier["uscc"] = "91440300I922038216"
    profile_file.write_text(json.dumps(supplier), "utf-8")
    code, out, _ = run(capsys, "admit", str(profile_file), "--json", "--data-dir", str(data_dir))
    body = json.loads(out)
    assert code == 0 and body["decision"] == "reject" and body["findings"][0]["rule_id"] == "ADM-USCC-INVALID"


def test_grade_a_list(capsys, data_dir, tmp_path, grading_body):
    path = tmp_path / "grades.json"
    top = {**grading_body, "supplier_id": "S2", "scores": dict.fromkeys(grading_body["scores"], 95)}
    path.write_text(json.dumps([grading_body, top]), "utf-8")
    code, out, _ = run(capsys, "grade", str(path), "--data-dir", str(data_dir))
    assert code == 0 and "A: 1  B: 1  C: 0" in out and out.split()[:4] == ["供应商编号", "名称", "考核期", "总分"]


@pytest.mark.parametrize("content, code_word", [("{not json", "invalid_json"), ('{"name": "x"}', "invalid_input")])
def test_bad_files_give_one_clear_line(capsys, data_dir, tmp_path, content, code_word):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    code, out, err = run(capsys, "admit", str(path), "--data-dir", str(data_dir))
    assert code == 2 and err.startswith(f"error [{code_word}]") and "Traceback" not in err


def test_missing_file(capsys, data_dir):
    code, _, err = run(capsys, "admit", "/no/such/file.json", "--data-dir", str(data_dir))
    assert code == 2 and "no such file" in err


def test_rules_test_passes_on_bundled_packs(capsys, data_dir):
    code, out, _ = run(capsys, "rules", "test", "--data-dir", str(data_dir))
    assert code == 0 and "rule coverage 100%" in out and out.strip().endswith("passed")


def test_rules_test_fails_on_an_uncovered_rule(capsys, tmp_path):
    text = (BUNDLED_DIR / "grading.yaml").read_text("utf-8")
    cut = text.index("  - name: 下降 10 分仅提示")  # drop the only example where GRD-DECLINE fires
    end = text.index("  - name: 69.99")
    candidate = tmp_path / "grading.yaml"
    candidate.write_text(text[:cut] + text[end:], "utf-8")
    code, out, _ = run(capsys, "rules", "test", str(candidate))
    assert code == 1 and "UNCOVERED GRD-DECLINE" in out


def test_rules_lint_names_file_rule_and_field(capsys, tmp_path):
    bad = tmp_path / "admission.yaml"
    bad.write_text((BUNDLED_DIR / "admission.yaml").read_text("utf-8").replace("severity: low", "severity: minor", 1), "utf-8")
    code, _, err = run(capsys, "rules", "lint", str(bad))
    assert code == 2 and str(bad) in err and "ADM-CMMI-LOW" in err and "severity" in err
    code, out, _ = run(capsys, "rules", "lint", str(BUNDLED_DIR / "admission.yaml"))
    assert code == 0 and "ok" in out


def test_replay_shows_what_a_candidate_would_change(capsys, data_dir, tmp_path, supplier):
    decisions = []
    for ratio in (0.5, 0.65, 0.69):
        path = tmp_path / f"s{ratio}.json"
        path.write_text(json.dumps({**supplier, "debt_ratio": ratio}), "utf-8")
        _, out, _ = run(capsys, "admit", str(path), "--json", "--data-dir", str(data_dir))
        decisions.append(json.loads(out)["decision_id"])
    candidate = tmp_path / "admission.yaml"
    candidate.write_text((BUNDLED_DIR / "admission.yaml").read_text("utf-8")
                         .replace("max_debt_ratio: 0.70", "max_debt_ratio: 0.60"), "utf-8")
    code, out, _ = run(capsys, "rules", "replay", "--pack", str(candidate), "--json", "--data-dir", str(data_dir))
    report = json.loads(out)
    assert code == 0 and (report["replayed"], report["changed"], report["unchanged"]) == (3, 2, 1)
    assert report["transitions"] == {"admit→conditional": 2}
    assert {c["decision_id"] for c in report["changes"]} == set(decisions[1:])
    assert all(c["rules_added"] == ["ADM-DEBT-HIGH"] for c in report["changes"])
    code, out, _ = run(capsys, "rules", "replay", "--pack", str(candidate), "--data-dir", str(data_dir))
    assert "回测了 3 个决策：2 个会改变，1 个不变" in out and "新触发的规则" in out and "ADM-DEBT-HIGH" in out
    code, out, _ = run(capsys, "rules", "replay", "--pack", str(candidate), "--lang", "en", "--data-dir", str(data_dir))
    assert "3 decisions replayed: 2 would change, 1 unchanged" in out and "rules added" in out


def test_grade_a_csv_sheet_and_its_errors(capsys, data_dir, tmp_path):
    from tests.test_api_rules import GRADE_CSV_ZH

    path = tmp_path / "考核.csv"
    path.write_bytes(GRADE_CSV_ZH.encode("gbk"))
    code, out, _ = run(capsys, "grade", str(path), "--data-dir", str(data_dir))
    assert code == 0 and "A: 1  B: 1  C: 1" in out and "GRD-SECURITY-INCIDENT" in out
    path.write_bytes(GRADE_CSV_ZH.replace("S-03,广州云图,2026H1,60", "S-03,广州云图,2026H1,160").encode())
    code, _, err = run(capsys, "grade", str(path), "--data-dir", str(data_dir))
    assert code == 2 and "rows 5" in err and "scores.price" in err


def test_output_cut_short_by_a_pipe_is_no_traceback():
    import subprocess
    import sys
    from pathlib import Path

    proc = subprocess.run(f"'{sys.executable}' -m service rules list | head -c 1", shell=True, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr, proc.stderr


def test_admission_findings_and_rules_list_say_severities_in_words(capsys, data_dir, profile_file, supplier):
    supplier["uscc"] = "91440300I922038216"  # an I, which no code holds: ADM-USCC-INVALID, high
    profile_file.write_text(json.dumps(supplier, ensure_ascii=False), "utf-8")
    code, out, _ = run(capsys, "admit", str(profile_file), "--data-dir", str(data_dir))
    assert code == 0 and "  高（high）  " in next(line for line in out.splitlines() if line.startswith("ADM-USCC-INVALID"))
    code, out, _ = run(capsys, "admit", str(profile_file), "--lang", "en", "--data-dir", str(data_dir))
    row = next(line for line in out.splitlines() if line.startswith("ADM-USCC-INVALID"))
    assert code == 0 and "  high  " in row and "高" not in row
    code, out, _ = run(capsys, "rules", "list", "--data-dir", str(data_dir))
    assert code == 0 and "  高（high）  " in next(line for line in out.splitlines() if line.startswith("ADM-USCC-INVALID"))
    assert "  低（low）  " in next(line for line in out.splitlines() if line.startswith("CR-GOVERNING-LAW"))
