"""Both cores for one request when idle, one core per batch when busy.

onnxruntime fixes a session's intra-op thread count when it is created. One session with one
thread leaves a core idle when a single request is in flight; one session with two threads
loses throughput under load, when two batch workers each run on their own core (2 workers x
1 thread classified 14.1 prompts/s vs 11.9 for 2 threads each, on a 2-core AVX2 machine). So
the encoder keeps two sessions of the same graph: a run that starts while no other run is in
flight takes the *wide* one (``idle_intra_op_threads``), every other run the *narrow* one
(``intra_op_threads``). Measured there: an idle 64-token request 139 -> 86 ms (p50), the
loaded throughput unchanged (docs/classifiers.md, "Threads: wide when idle")."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import onnxruntime as ort

from classifiers.arena import use_shared_arena
from classifiers.settings import ClassifierSettings

# The wide session's pool threads busy-wait for work by default, also after its run has
# returned; under load that takes a core from the other batch worker's narrow run. Measured
# (64-token prompts in-process, 2 workers, batches of 1-6, Intel Xeon, float graph; docs/
# classifiers.md, "Threads that spin"): always / during_runs / off: idle p50 11.7 / 12.0 /
# 12.5 ms, loaded 99 / 105 / 109 prompts/s.
SPINNING: dict[str, dict[str, str]] = {
    "always": {},
    "during_runs": {"session.force_spinning_stop": "1"},
    "off": {"session.intra_op.allow_spinning": "0"},
}


class EncoderSessions:
    """The narrow session, plus a wide one for runs that start with nothing else in flight."""

    def __init__(self, narrow: ort.InferenceSession, wide: ort.InferenceSession | None) -> None:
        self.narrow = narrow
        self.wide = wide
        self._lock = threading.Lock()
        self._in_flight = 0
        self.runs = {"wide": 0, "narrow": 0}  # runs served by each session (tests, benches)

    def get_providers(self) -> list[str]:
        return list(self.narrow.get_providers())

    def run(
        self, names: Sequence[str], feeds: dict[str, np.ndarray], session: str = ""
    ) -> list[Any]:
        """Run on the wide session when no other run is in flight, else on the narrow one;
        ``session`` ("wide"/"narrow") forces one (the warm-up exercises both)."""
        with self._lock:
            if session:
                kind = session if self.wide is not None else "narrow"
            else:
                kind = "wide" if self.wide is not None and self._in_flight == 0 else "narrow"
            self._in_flight += 1
            self.runs[kind] += 1
        chosen = self.wide if kind == "wide" and self.wide is not None else self.narrow
        try:
            return list(chosen.run(list(names), feeds))
        finally:
            with self._lock:
                self._in_flight -= 1


def wide_session(
    settings: ClassifierSettings, path: str, providers: list[str]
) -> ort.InferenceSession | None:
    """The session with ``idle_intra_op_threads`` threads for runs that start while no other
    is in flight (classifiers/sessions.py); None on a GPU or when it would be no wider."""
    threads = settings.idle_intra_op_threads
    narrow = settings.intra_op_threads  # 0: onnxruntime's default, every core already
    if providers != ["CPUExecutionProvider"] or narrow == 0 or threads <= narrow:
        return None
    opts = session_options(settings, threads, providers)
    for key, value in SPINNING[settings.wide_session_spinning].items():
        opts.add_session_config_entry(key, value)
    return ort.InferenceSession(path, sess_options=opts, providers=providers)


def session_options(
    settings: ClassifierSettings, intra_op_threads: int, providers: list[str]
) -> ort.SessionOptions:
    """Options of every encoder session: ``intra_op_threads`` threads, sequential, all graph
    optimisations, and on the CPU the process's shared arena (classifiers/arena.py)."""
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = intra_op_threads
    opts.inter_op_num_threads = settings.inter_op_threads
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if settings.shared_arena and providers == ["CPUExecutionProvider"]:
        use_shared_arena(opts)
    return opts
