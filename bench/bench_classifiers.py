"""Benchmark Prism's classifiers (all four signals per request) on CPU.

Run:  .venv/bin/python bench/bench_classifiers.py [--quick] [--json OUT]

Reports per-request latency p50/p99 for 16/64/256/512-token prompts on one thread,
single-request vs micro-batched throughput on two threads, int8 vs float (and which of the two
`precision: auto` picks on this CPU), and the cost of the
multilingual branch on a German prompt (int8, with and without the branch)."""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import statistics
import time
from typing import Any

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings

WORDS = (
    "the patient asked about the results of the recent blood test and whether the "
    "doctor could explain what the numbers mean for her treatment plan next month"
).split()


GERMAN = (
    "Die Patientin fragte nach den Ergebnissen der letzten Blutuntersuchung und ob der Arzt "
    "erklären könne, was die Werte für ihren Behandlungsplan im nächsten Monat bedeuten. "
) * 2


def prompt_of(engine: SignalEngine, n_tokens: int) -> str:
    """A natural-looking prompt of exactly ``n_tokens`` tokens (these words are one token each)."""
    n_words = n_tokens
    for _ in range(20):
        text = " ".join(WORDS[i % len(WORDS)] for i in range(n_words))
        got = engine.classify_batch([text])[0].tokens
        if got == n_tokens:
            return text
        n_words += n_tokens - got
    raise RuntimeError(f"could not build a {n_tokens}-token prompt")


def latency(engine: SignalEngine, text: str, iters: int) -> dict[str, float]:
    for _ in range(5):
        engine.classify_batch([text])
    samples = []
    for _ in range(iters):
        t0 = time.perf_counter()
        engine.classify_batch([text])
        samples.append((time.perf_counter() - t0) * 1000.0)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 3),
        "p99_ms": round(samples[min(len(samples) - 1, int(0.99 * len(samples)))], 3),
    }


def throughput(engine: SignalEngine, texts: list[str], batch: int, workers: int = 1) -> float:
    chunks = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    engine.classify_batch(chunks[0])
    t0 = time.perf_counter()
    if workers == 1:
        for c in chunks:
            engine.classify_batch(c)
    else:
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            list(pool.map(engine.classify_batch, chunks))
    return round(len(texts) / (time.perf_counter() - t0), 1)


def auto_choice() -> dict[str, object]:
    """What ``precision: auto`` loads on this machine, why, and the probe times when it timed
    both graphs (classifiers/precision_probe.py)."""
    return SignalEngine.load(ClassifierSettings(warmup=False)).precision_choice.public()


def write_json(path: str | None, data: dict[str, Any]) -> None:
    """Write a benchmark's results as indented JSON (nothing when no path was given)."""
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer iterations")
    ap.add_argument("--json", help="write results as JSON to this file")
    args = ap.parse_args()
    iters = 50 if args.quick else 200
    n_tp = 256 if args.quick else 1024
    res: dict[str, Any] = {
        "machine": f"{platform.processor() or platform.machine()}",
        "date": datetime.date.today().isoformat(),
        # other jobs on the same cores distort every number below: record how busy it was
        "load_average_1m": {"start": round(os.getloadavg()[0], 2)},
        # what `precision: auto` loads here, why, and (int8 dot products) both graphs' probe
        "auto_precision": auto_choice(),
        "latency_1_thread": {},
        "throughput_64_tokens": {},
    }
    for precision in ("int8", "float"):
        one = SignalEngine.load(ClassifierSettings(precision=precision, intra_op_threads=1))
        lat = {}
        for n in (16, 64, 256, 512):
            lat[str(n)] = latency(one, prompt_of(one, n), iters if n <= 256 else iters // 2)
        res["latency_1_thread"][precision] = lat
        text64 = prompt_of(one, 64)
        texts = [f"{i} {text64}" for i in range(n_tp)]
        two = SignalEngine.load(ClassifierSettings(precision=precision, intra_op_threads=2))
        res["throughput_64_tokens"][precision] = {
            "single_1_thread": throughput(one, texts[: n_tp // 4], 1),
            "single_2_threads": throughput(two, texts[: n_tp // 4], 1),
            "batch16_2_threads": throughput(two, texts, 16),
            "batch32_2_threads": throughput(two, texts, 32),
            "batch16_2_workers_x_1_thread": throughput(one, texts, 16, workers=2),
        }
        print(
            precision,
            json.dumps(res["latency_1_thread"][precision]),
            json.dumps(res["throughput_64_tokens"][precision]),
            flush=True,
        )
    german = {}
    for name, branch in (("with_branch", True), ("minilm_only", False)):
        eng = SignalEngine.load(
            ClassifierSettings(precision="int8", intra_op_threads=1, multilingual=branch)
        )
        german[name] = latency(eng, GERMAN, iters)
    german["tokens_minilm"] = eng.classify_batch([GERMAN])[0].tokens
    res["latency_1_thread_german_int8"] = german
    print("german", json.dumps(german), flush=True)
    res["load_average_1m"]["end"] = round(os.getloadavg()[0], 2)
    print("load average (1 min) start/end:", res["load_average_1m"], flush=True)
    write_json(args.json, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
