"""One onnxruntime CPU arena per process, sized once by the largest runs at start.

Each ONNX session owns a CPU arena by default that grows by powers of two and never
shrinks: the first time traffic brings a batch of a new, larger shape (a full run of
256-token rows while another worker runs one too), the arena steps up by tens of MiB, minutes
into serving. With ``classifiers.shared_arena`` every session of the process (the encoder,
the multilingual branch, the sessions of a hot-reloaded model) allocates from one arena
that grows only by what a run requests, and the warm-up runs the largest shape the batch
limits allow in every worker at once. The arena then holds its peak before traffic arrives
and RSS stays flat (docs/BENCHMARKS.md, "Soak").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import onnxruntime as ort

log = logging.getLogger(__name__)

USE_ENV_ALLOCATORS = "session.use_env_allocators"
SAME_AS_REQUESTED = 1  # onnxruntime's ArenaExtendStrategy::kSameAsRequested

_lock = threading.Lock()
_registered = False


def use_shared_arena(opts: ort.SessionOptions) -> None:
    """Make sessions built with ``opts`` allocate CPU memory from the process's arena
    (registered on first use, kept for the life of the process)."""
    global _registered
    with _lock:
        if not _registered:
            info = ort.OrtMemoryInfo(
                "Cpu", ort.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0, ort.OrtMemType.DEFAULT
            )
            cfg = ort.OrtArenaCfg({"arena_extend_strategy": SAME_AS_REQUESTED})
            ort.create_and_register_allocator(info, cfg)
            _registered = True
            log.debug("shared onnxruntime CPU arena registered")
    opts.add_session_config_entry(USE_ENV_ALLOCATORS, "1")


def peak_rows(max_rows: int, seq_len: int, filler_id: int) -> list[list[int]]:
    """The largest run the batch limits allow: ``max_rows`` rows of ``seq_len`` tokens."""
    return [[filler_id] * seq_len for _ in range(max(1, max_rows))]


def run_in_every_worker(run: Callable[[], object], workers: int) -> None:
    """Call ``run`` in ``workers`` threads at once (the batcher's workers run concurrently,
    so the arena's peak is that many of the largest runs), re-raising the first error."""
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def body() -> None:
        try:
            start.wait()
            run()
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=body, name=f"arena-warmup-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
