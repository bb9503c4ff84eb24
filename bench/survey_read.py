"""Reading a demand survey (需求普查) file: `matcher.io.read_requests` against the bare parser of the same file.

    .venv/bin/python bench/survey_read.py [--sizes 1000,10000,50000] [--rounds 3]

For each size an XLSX and a CSV survey (部门 / 需求描述 / 数量 / 预算（万元）/ 需求日期, Chinese lines, some
dates written 2027年3月底) are written once; each round then times, back to back, the bare read (openpyxl
read-only rows for the XLSX, csv.reader over the decoded text for the CSV) and read_requests (header
mapping, merged cells, totals and notes left out, numbers, units and dates checked, one Request a line).
The ratio ours / bare is taken per round and its median printed: the machine may be shared.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher.io import read_requests  # noqa: E402

HEADER = ["序号", "部门", "需求描述", "数量", "预算（万元）", "需求日期"]
DEPARTMENTS = ["信息技术部", "财务部", "人力资源部", "办公室", "北京分行", "上海分行", "运营管理部", "审计部"]
NEEDS = ["采购机架式服务器用于核心业务扩容", "更换办公笔记本电脑", "机房UPS电池更换", "核心交换机升级", "采购彩色激光打印机",
         "部署终端安全管理软件", "视频会议系统改造", "数据库一体机扩容"]


def rows(n: int) -> list[list]:
    return [[i, DEPARTMENTS[i % len(DEPARTMENTS)], f"{NEEDS[i % len(NEEDS)]}（第{i}批）", i % 9 + 1, round(0.5 + i % 37 * 1.25, 2),
             "2027年3月底" if i % 5 == 0 else dt.date(2027, 1 + i % 12, 1)] for i in range(1, n + 1)]


def write_xlsx(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("需求表")
    ws.append(HEADER)
    for row in rows(n):
        ws.append(row)
    wb.save(path)


def write_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([HEADER, *([*r[:5], r[5].isoformat() if isinstance(r[5], dt.date) else r[5]] for r in rows(n))])


def bare_xlsx(data: bytes) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count - 1


def bare_csv(data: bytes) -> int:
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1


def timed(fn, *args) -> tuple[float, int]:
    start = time.perf_counter()
    n = fn(*args)
    return time.perf_counter() - start, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print(f"{'file':<12} {'bare (s)':>9} {'ours (s)':>9} {'ours/bare':>10}   (medians of {args.rounds} rounds)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            for fmt, write, bare in (("xlsx", write_xlsx, bare_xlsx), ("csv", write_csv, bare_csv)):
                path = Path(tmp) / f"survey{n}.{fmt}"
                write(path, n)
                data = path.read_bytes()
                bare_times, our_times, ratios = [], [], []
                for _ in range(args.rounds):
                    b, counted = timed(bare, data)
                    o, requests = timed(lambda: len(read_requests(data, path.name)))
                    assert counted == requests == n, (counted, requests, n)
                    bare_times.append(b)
                    our_times.append(o)
                    ratios.append(o / b)
                print(f"{n:>6} {fmt:<5} {statistics.median(bare_times):>9.2f} {statistics.median(our_times):>9.2f} "
                      f"{statistics.median(ratios):>9.1f}×", flush=True)


if __name__ == "__main__":
    main()
