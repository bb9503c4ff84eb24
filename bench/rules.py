"""Rule-engine benchmarks, each against a baseline measured in the same run.

1. decisions/s in-process per pack (parse → facts → durable-rules session → findings) against a bare
   durable-rules assert_fact/delete_state loop on a one-rule ruleset;
2. HTTP grade requests/s against a bare FastAPI endpoint echoing the same body (both on uvicorn);
3. RSS before and after N sequential decisions (default 1,000,000).

    .venv/bin/python bench/rules.py [--seconds 5] [--decisions 1000000] [--requests 2000]
"""
from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from durable.engine import Host  # noqa: E402

from rules.evaluate import evaluate, parse_input  # noqa: E402
from rules.registry import load_packs  # noqa: E402

GRADE = {
    "supplier_id": "SUP-9", "name": "上海数联系统集成有限公司", "period": "2026Q1",
    "scores": {"price": 80, "response": 75, "service": 85, "compliance": 90, "sustainability": 45},
    "events": {"compliance_violation": False, "security_incident": False, "sla_breaches": 3},
    "previous": {"grade": "A", "total": 92},
}


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rate(fn, seconds: float) -> float:
    fn()  # warm
    n, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(100):
            fn()
        n += 100
    return n / elapsed


def bare_durable_loop():
    host = Host()
    host.set_rulesets({"bench-bare": {"r": {"all": [{"m": {"$gte": {"x": 0}}}], "run": lambda c: None}}})

    def once():
        sid = uuid.uuid4().hex
        try:
            host.assert_fact("bench-bare", {"sid": sid, "x": 1})
        finally:
            host.delete_state("bench-bare", sid)
    return once


def in_process(seconds: float) -> list[dict]:
    """Each pack decides its own example inputs in turn: clean suppliers and ones that fire several rules."""
    packs = load_packs()
    baseline = rate(bare_durable_loop(), seconds)
    rows = [{"what": "bare durable-rules assert_fact/delete_state", "per_s": baseline, "ratio": 1.0}]
    for pack in packs.values():
        inputs = itertools.cycle([ex["input"] for ex in pack.examples])
        per_s = rate(lambda: evaluate(pack, parse_input(pack, next(inputs))), seconds)
        rows.append({"what": f"{pack.name} decision ({len(pack.rules)} rules, its examples)", "per_s": per_s,
                     "ratio": per_s / baseline})
    return rows


ECHO_APP = """
from typing import Any
from fastapi import Body, FastAPI
app = FastAPI()
@app.post("/echo")
def echo(payload: Any = Body(...)) -> dict:
    return payload
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(args: list[str], env: dict, cwd: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, *args, "--port", str(port)], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/docs", timeout=0.5)
            return proc, port
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def http_rate(url: str, body: dict, n: int) -> float:
    import httpx
    with httpx.Client(timeout=10) as client:
        for _ in range(20):
            client.post(url, json=body).raise_for_status()
        start = time.perf_counter()
        for _ in range(n):
            client.post(url, json=body).raise_for_status()
        return n / (time.perf_counter() - start)


def http(n: int) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "echo_app.py").write_text(ECHO_APP)
        echo, echo_port = serve(["-m", "uvicorn", "echo_app:app", "--log-level", "warning"], env, tmp)
        jicai, jicai_port = serve(["-m", "service", "--data-dir", str(Path(tmp, "data")), "serve"], env, str(ROOT))
        try:
            base = http_rate(f"http://127.0.0.1:{echo_port}/echo", GRADE, n)
            ours = http_rate(f"http://127.0.0.1:{jicai_port}/v1/suppliers/grade", GRADE, n)
        finally:
            echo.kill()
            jicai.kill()
    return [{"what": "bare FastAPI echo (same body)", "per_s": base, "ratio": 1.0},
            {"what": "POST /v1/suppliers/grade (logged)", "per_s": ours, "ratio": ours / base}]


def soak(decisions: int) -> dict:
    pack = load_packs()["grading"]
    body = copy.deepcopy(GRADE)
    for i in range(2000):  # warm caches before the first reading
        evaluate(pack, parse_input(pack, body))
    before, start = rss_mb(), time.perf_counter()
    for i in range(decisions):
        body["scores"]["price"] = i % 101
        evaluate(pack, parse_input(pack, body))
    return {"decisions": decisions, "rss_before_mb": before, "rss_after_mb": rss_mb(),
            "growth_mb": rss_mb() - before, "seconds": time.perf_counter() - start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="per in-process measurement")
    parser.add_argument("--requests", type=int, default=2000, help="per HTTP measurement")
    parser.add_argument("--decisions", type=int, default=1_000_000, help="for the memory soak")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    rows = in_process(args.seconds)
    print("in-process decisions/s (goal: each pack ≥ 50 % of the bare loop)")
    for r in rows:
        print(f"  {r['what']:<48} {r['per_s']:>9,.0f}/s  {r['ratio']:6.1%}")
    http_rows = http(args.requests)
    print("HTTP requests/s, sequential keep-alive client (goal: grade ≥ 50 % of echo)")
    for r in http_rows:
        print(f"  {r['what']:<48} {r['per_s']:>9,.0f}/s  {r['ratio']:6.1%}")
    s = soak(args.decisions)
    print(f"memory soak: {s['decisions']:,} sequential grading decisions in {s['seconds']:.0f} s, "
          f"RSS {s['rss_before_mb']:.1f} → {s['rss_after_mb']:.1f} MB (growth {s['growth_mb']:+.1f} MB; goal < 50 MB)")
    if args.json:
        print(json.dumps({"in_process": rows, "http": http_rows, "soak": s}))


if __name__ == "__main__":
    main()
