"""int8 vs float graph on this CPU, and what ``precision: auto`` picks here.

``python -m bench.precision_ab [--json OUT]`` (~3 minutes on a 2-core AVX2 machine): through
``SignalEngine.classify_batch`` (all four signals, sentence segments on), for each precision:
20 distinct 64-token prompts one at a time on one and on two intra-op threads (p50), 16 of
them in one call on one and two threads, and the 27 texts of ``bench.conversations``' ~8k-token
agent conversation in one call on two threads. An operator can run it on a node type to see
whether the CPU's int8 kernels pay off there (docs/classifiers.md, "Precision by CPU")."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from typing import Any

from bench.bench_classifiers import auto_choice, write_json
from bench.conversations import conversation
from bench.loadgen import make_prompt
from classifiers.engine import SignalEngine
from classifiers.precision import INT8_DOT_FLAGS, cpu_flags, resolve_precision
from classifiers.settings import ClassifierSettings


def conversation_texts() -> list[str]:
    texts = []
    for message in conversation(random.Random(2), "ab"):
        content = message.get("content")
        if isinstance(content, str) and content:
            texts.append(content)
    return texts


def timed(engine: SignalEngine, texts: list[str]) -> float:
    t0 = time.perf_counter()
    engine.classify_batch(texts)
    return (time.perf_counter() - t0) * 1000.0


def measure(precision: str, prompts: list[str], conv: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for threads in (1, 2):
        eng = SignalEngine.load(
            ClassifierSettings(
                precision=precision,  # type: ignore[arg-type]
                intra_op_threads=threads,
                idle_intra_op_threads=0,  # one session of ``threads`` threads, no wide one
                warmup=False,
            )
        )
        eng.classify_batch(prompts[:2])
        out[f"p50_64_tokens_{threads}_thread_ms"] = round(
            statistics.median(timed(eng, [p]) for p in prompts), 1
        )
        out[f"batch16_64_tokens_{threads}_thread_ms"] = round(timed(eng, prompts[:16]), 1)
        if threads == 2:
            out["conversation_8k_2_threads_ms"] = round(timed(eng, conv), 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", help="write results as JSON to this file")
    args = ap.parse_args()
    rng = random.Random(1)
    prompts = [make_prompt(64, rng, f"ab{i}") for i in range(20)]
    flags = cpu_flags()
    res: dict[str, Any] = {
        "int8_dot_product_flags": sorted((flags or frozenset()) & INT8_DOT_FLAGS),
        "flags_readable": flags is not None,
        "auto_flags_rule": resolve_precision("auto", ["CPUExecutionProvider"], flags),
        "auto_precision": auto_choice(),  # the flags' rule, then (int8 there) both graphs timed
    }
    conv = conversation_texts()
    for precision in ("int8", "float"):
        res[precision] = measure(precision, prompts, conv)
        print(precision, json.dumps(res[precision]), flush=True)
    res["float_over_int8"] = {
        k: round(res["float"][k] / res["int8"][k], 2) for k in res["int8"] if res["int8"][k]
    }
    print(json.dumps({k: res[k] for k in res if k not in ("int8", "float")}), flush=True)
    write_json(args.json, res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
