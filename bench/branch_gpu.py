"""The multilingual branch on a GPU provider: where the engine places the branch's session
(the encoder's providers), against the same graph on the host CPU (where it ran, whatever
``providers`` said, until 2026-12-04).

Called by ``bench.bench_classifiers_gpu`` for the first precision (the branch's graph is
the same for both). It reads the non-English sentences of the committed smoke fixture,
checks that the branch reads them, compares the branch's outputs as placed with the CPU's
(domain argmax, probabilities, PII spans), and times whole requests through
``SignalEngine`` with the branch's session on either side: one request at a time at
16/64/256 words of German, and 128 64-word prompts in batches of 64 with two workers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from bench.bench_classifiers import latency, throughput
from classifiers.engine import SignalEngine
from classifiers.sessions import session_options

FIXTURE = Path(__file__).resolve().parent.parent / "tests/fixtures/multilingual_smoke.jsonl"
CPU = ["CPUExecutionProvider"]


def fixture_rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def foreign_texts() -> list[str]:
    return [r["text"] for r in fixture_rows() if r["lang"] != "en"]


def german_prompt(n_words: int) -> str:
    """``n_words`` words of German (the fixture's German sentences, repeated)."""
    words = " ".join(r["text"] for r in fixture_rows() if r["lang"] == "de").split()
    return " ".join(words[i % len(words)] for i in range(n_words))


def _spans(pii: list[Any] | None) -> list[list[tuple[str, int, int]]]:
    return [[(e.type, e.start, e.end) for e in row] for row in (pii or [])]


def agreement(branch: Any, texts: list[str], cpu: ort.InferenceSession) -> dict[str, Any]:
    """The branch's outputs with its own session against ``cpu``'s, on ``texts``."""
    got_dom, got_jb, got_pii = branch.run(texts)[:3]
    mine = branch._session
    branch._session = cpu
    try:
        ref_dom, ref_jb, ref_pii = branch.run(texts)[:3]
    finally:
        branch._session = mine
    return {
        "texts": len(texts),
        "domain_argmax_agreement": float(np.mean(got_dom.argmax(1) == ref_dom.argmax(1))),
        "domain_prob_max_abs_diff": round(float(np.abs(got_dom - ref_dom).max()), 6),
        "jailbreak_prob_max_abs_diff": round(float(np.abs(got_jb - ref_jb).max()), 6),
        "pii_spans_equal": _spans(got_pii) == _spans(ref_pii),
    }


def timings(engine: SignalEngine, iters: int) -> dict[str, Any]:
    lat = {str(n): latency(engine, german_prompt(n), iters) for n in (16, 64, 256)}
    text64 = german_prompt(64)
    texts = [f"{i} {text64}" for i in range(128)]
    return {
        "latency_ms": lat,
        "throughput_64_words_batch64_2_workers_per_s": throughput(engine, texts, 64, workers=2),
    }


def branch_on_provider(engine: SignalEngine, iters: int) -> dict[str, Any]:
    branch = engine._branch
    if branch is None:
        return {"error": "this engine has no multilingual branch"}
    texts = foreign_texts()
    out: dict[str, Any] = {
        "read_by_branch": sum(branch.reads(t) for t in texts),
        "texts": len(texts),
        "engine_places_branch_on": branch.providers_in_use,
        "as_placed": timings(engine, iters),
    }
    if branch.providers_in_use == CPU:
        return out
    opts = session_options(engine.settings, engine.settings.intra_op_threads, CPU)
    cpu = ort.InferenceSession(str(engine.models_dir / branch.cfg.onnx), opts, providers=CPU)
    out["vs_cpu"] = agreement(branch, texts, cpu)
    placed, branch._session = branch._session, cpu
    try:
        out["on_host_cpu"] = timings(engine, iters)
    finally:
        branch._session = placed
    return out
