"""``precision: auto`` on a CPU with int8 dot products: time both graphs once, keep the faster.

The flags say only whether the int8 kernels *can* pay off; whether they do depends on the
microarchitecture. On a 2-core AMD EPYC with AVX-512 VNNI a 64-token prompt took 18.9 ms
int8 vs 24.2 ms float; on a 2-core Intel Xeon with AVX-512 VNNI and AMX the float graph
was the faster one (docs/classifiers.md, "Precision measured at load"). Both graphs hold
the same 8-bit weights, so the choice changes speed, not what the model learnt.

At load, each graph runs a fixed probe (one 64-token row, then a batch of four) on a
session built as the narrow one is (``intra_op_threads``; the winner's session becomes the
engine's narrow session), alternating the graphs so that a busy neighbour slows both
alike. Float is kept only when it takes at most ``FLOAT_MARGIN`` of int8's time, so a
machine where the two are close keeps the flags' choice. The result is remembered per
graph pair and thread count for the life of the process: a hot reload of the same models
does not probe again."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import onnxruntime as ort

from classifiers.precision import Precision, resolve_precision

PROBE_SHAPES = ((1, 64), (4, 64))  # (rows, tokens): one short prompt, a small batch
ROUNDS = 5  # after one warm-up round
FLOAT_MARGIN = 0.9  # float must take at most this share of int8's time

Reason = Literal["forced", "gpu", "flags", "measured"]


@dataclass(frozen=True)
class PrecisionChoice:
    """The graph ``auto`` resolved to, why, and (``measured``) each graph's probe time."""

    precision: Precision
    reason: Reason
    probe_ms: dict[str, float] = field(default_factory=dict)

    def public(self) -> dict[str, object]:
        """What ``/readyz`` and the load log show."""
        out: dict[str, object] = {"precision": self.precision, "precision_reason": self.reason}
        if self.probe_ms:
            out["precision_probe_ms"] = dict(self.probe_ms)
        return out


_MEASURED: dict[tuple[str, str, int, int], PrecisionChoice] = {}


def faster(int8_ms: float, float_ms: float) -> Precision:
    """int8 unless float takes at most ``FLOAT_MARGIN`` of int8's time."""
    return "float" if float_ms <= FLOAT_MARGIN * int8_ms else "int8"


def choose_precision(
    wanted: Literal["auto", "int8", "float"],
    providers: list[str],
    flags: frozenset[str] | None,
    graphs: dict[str, Path],
    opts: ort.SessionOptions,
    verify: Callable[[], None] = lambda: None,
) -> tuple[PrecisionChoice, ort.InferenceSession | None]:
    """The graph to load, and the session the probe built for it (None when nothing was
    timed, or the measurement was remembered). An explicit ``int8``/``float`` wins;
    ``auto`` follows the flags' rule (``resolve_precision``) on a GPU and on a CPU without
    int8 dot products, and where the rule says int8 and both graphs exist, times them
    (``graphs``: precision -> path) on sessions built with ``opts``, after ``verify`` (the
    manifest check of both files; not run when nothing is timed)."""
    prior = resolve_precision(wanted, providers, flags)
    if wanted != "auto":
        return PrecisionChoice(prior, "forced"), None
    if "CUDAExecutionProvider" in providers:
        return PrecisionChoice(prior, "gpu"), None
    if prior != "int8" or "float" not in graphs or "int8" not in graphs:
        return PrecisionChoice(prior, "flags"), None
    key = (str(graphs["int8"]), str(graphs["float"]), opts.intra_op_num_threads, _stamp(graphs))
    if key in _MEASURED:
        return _MEASURED[key], None
    verify()
    sessions = {
        name: ort.InferenceSession(str(graphs[name]), sess_options=opts, providers=providers)
        for name in ("int8", "float")
    }
    probe_ms = measure(sessions)
    choice = _MEASURED[key] = PrecisionChoice(
        faster(probe_ms["int8"], probe_ms["float"]), "measured", probe_ms
    )
    return choice, sessions[choice.precision]


def measure(sessions: dict[str, ort.InferenceSession]) -> dict[str, float]:
    """Median milliseconds of one probe round (every ``PROBE_SHAPES`` run once) per session."""
    feeds = [_feeds(sessions["int8"], rows, tokens) for rows, tokens in PROBE_SHAPES]
    totals: dict[str, list[float]] = {name: [] for name in sessions}
    for round_no in range(ROUNDS + 1):
        order = sorted(sessions) if round_no % 2 == 0 else sorted(sessions, reverse=True)
        for name in order:
            t0 = time.perf_counter()
            for feed in feeds:
                sessions[name].run(None, feed)
            if round_no:  # round 0 warms both up
                totals[name].append((time.perf_counter() - t0) * 1000.0)
    return {name: round(statistics.median(ms), 2) for name, ms in totals.items()}


def _feeds(session: ort.InferenceSession, rows: int, tokens: int) -> dict[str, np.ndarray]:
    """Inputs of the engine's shape: token embeddings (rows, tokens, hidden) and a full mask."""
    hidden = int(session.get_inputs()[0].shape[-1])
    rng = np.random.default_rng(0)
    embeds = rng.normal(0.0, 0.05, (rows, tokens, hidden)).astype(np.float32)
    return {"inputs_embeds": embeds, "attention_mask": np.ones((rows, tokens), dtype=np.int64)}


def _stamp(graphs: dict[str, Path]) -> int:
    """Changes when either graph file is replaced (a new model in the same folder)."""
    return hash(tuple((p.stat().st_mtime_ns, p.stat().st_size) for p in graphs.values()))
