"""bench/segment_scan.py compares two commits through the file it writes: reading it back must give what was scanned."""
import importlib.util
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("segment_scan", ROOT / "bench" / "segment_scan.py")
segment_scan = importlib.util.module_from_spec(spec)
spec.loader.exec_module(segment_scan)


def test_the_saved_headings_read_back_as_scanned(tmp_path):
    found = {"holdout1/h1z01_a.txt": (0.4213, ["", "第一条 合同标的", "11A. Customer Responsibilities"]),
             "holdout2/h2e02_b.md": (0.0931, ["", "Part A — Order Details", "Section 12A Suspension"])}
    out = io.StringIO()
    segment_scan.write(found, out)
    saved = tmp_path / "scan.txt"
    saved.write_text(out.getvalue(), encoding="utf-8")
    assert segment_scan.read(saved) == found
