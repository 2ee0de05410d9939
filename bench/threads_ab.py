"""The wide session when idle (``classifiers.idle_intra_op_threads``): on vs off.

``python -m bench.threads_ab [--json OUT]`` (~2 minutes on a 2-core machine). For each
setting, in a fresh process (so peak RSS is that setting's own), through
``SignalEngine.classify_batch`` with the shipped defaults otherwise (warm-up, shared arena,
``precision: auto``): 20 distinct 64-token prompts one at a time (idle latency, p50), 32 one
at a time from 2 threads (two requests in flight) and 96 in batches of 16 from 2 threads (the
batcher's two workers under load), then the process's peak RSS (docs/classifiers.md,
"Threads: wide when idle")."""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import random
import statistics
import subprocess
import sys
import time
from typing import Any

from bench.bench_classifiers import write_json
from bench.loadgen import make_prompt
from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings


def throughput(engine: SignalEngine, texts: list[str], batch: int) -> float:
    chunks = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        list(pool.map(engine.classify_batch, chunks))
    return round(len(texts) / (time.perf_counter() - t0), 1)


def peak_rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def one(idle_threads: int) -> dict[str, Any]:
    rng = random.Random(1)
    idle = [make_prompt(64, rng, f"idle{i}") for i in range(20)]
    busy = [make_prompt(64, rng, f"busy{i}") for i in range(96)]
    eng = SignalEngine.load(ClassifierSettings(idle_intra_op_threads=idle_threads))
    eng.classify_batch(idle[:1])
    lat = []
    for prompt in idle:
        t0 = time.perf_counter()
        eng.classify_batch([prompt])
        lat.append((time.perf_counter() - t0) * 1000.0)
    return {
        "precision": eng.precision,
        "idle_p50_64_tokens_ms": round(statistics.median(lat), 1),
        "two_in_flight_single_per_s": throughput(eng, busy[:32], 1),
        "two_workers_batch16_per_s": throughput(eng, busy, 16),
        "runs": dict(eng._session.runs),
        "peak_rss_mib": peak_rss_mib(),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", help="write results as JSON to this file")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one)))
        return 0
    res: dict[str, Any] = {}
    for threads in (0, 2):
        out = (
            subprocess.run(
                [sys.executable, "-m", "bench.threads_ab", "--one", str(threads)],
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        res[f"idle_intra_op_threads_{threads}"] = json.loads(out)
        print(threads, out, flush=True)
    write_json(args.json, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
