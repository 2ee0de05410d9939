"""Keep native (C heap) memory flat: fewer glibc arenas, freed pages handed back.

Python objects are bounded by configuration (``extproc/bounds.py``); what grows without them
is the C heap under onnxruntime, gRPC and the worker threads. glibc gives every thread that
allocates concurrently its own arena (up to 8 per core) and keeps freed pages of each, so
RSS creeps up as batches of new shapes land on new threads. Three levers, all from
``server`` settings and all no-ops where the C library is not glibc:

- ``malloc_arena_max``: the arena cap (``mallopt(M_ARENA_MAX)``), set before the first
  worker thread starts;
- ``malloc_mmap_threshold_kib``: a fixed mmap threshold (``mallopt(M_MMAP_THRESHOLD)``).
  glibc raises its threshold each time a large block is freed (up to 32 MiB), after which the
  encoder's batch-sized buffers come from the heap and stay there when freed: RSS then saws
  up and down by tens of MiB between trims. Fixed, every block above it is its own mapping,
  returned to the kernel on ``free``;
- ``malloc_trim_interval_s``: every so often ``malloc_trim(0)`` returns free pages at the top
  and inside every arena to the kernel, off the event loop.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging

from extproc.periodic import Periodic

log = logging.getLogger("prism.memory")

M_ARENA_MAX = -8  # glibc's mallopt parameter numbers
M_MMAP_THRESHOLD = -3


def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
        lib.gnu_get_libc_version  # noqa: B018  (raises AttributeError off glibc)
    except (OSError, AttributeError):
        return None
    return lib


_LIBC = _glibc()


def cap_arenas(arena_max: int) -> bool:
    """Cap glibc's malloc arenas; 0 leaves glibc's default. True when applied."""
    if arena_max <= 0 or _LIBC is None:
        return False
    ok = bool(_LIBC.mallopt(M_ARENA_MAX, arena_max))
    log.debug("malloc arenas capped", extra={"arena_max": arena_max, "applied": ok})
    return ok


def fix_mmap_threshold(threshold_kib: int) -> bool:
    """Fix glibc's mmap threshold at ``threshold_kib`` KiB; 0 keeps glibc's dynamic one."""
    if threshold_kib <= 0 or _LIBC is None:
        return False
    ok = bool(_LIBC.mallopt(M_MMAP_THRESHOLD, threshold_kib * 1024))
    log.debug("mmap threshold fixed", extra={"threshold_kib": threshold_kib, "applied": ok})
    return ok


def trim() -> bool:
    """Hand free heap pages back to the kernel; True when glibc released some."""
    if _LIBC is None:
        return False
    return bool(_LIBC.malloc_trim(0))


class HeapTrimmer:
    """``malloc_trim`` every ``interval_s`` seconds in a worker thread (0 = off)."""

    def __init__(self, interval_s: float) -> None:
        self.trims = 0
        self._periodic = (
            Periodic(interval_s, self._tick, "heap-trim")
            if interval_s > 0 and _LIBC is not None
            else None
        )

    async def _tick(self) -> None:
        await asyncio.to_thread(trim)
        self.trims += 1

    def start(self) -> None:
        if self._periodic is not None:
            self._periodic.start()

    async def stop(self) -> None:
        if self._periodic is not None:
            await self._periodic.stop()
