"""extproc/native_memory.py: the glibc levers are applied on glibc and stop cleanly."""

from __future__ import annotations

import asyncio
import platform

from extproc import native_memory
from extproc.config import ServerSettings

glibc = platform.libc_ver()[0] == "glibc"


def test_defaults_cap_arenas_and_trim() -> None:
    s = ServerSettings()
    assert s.malloc_arena_max == 2
    assert s.malloc_trim_interval_s == 30.0


def test_zero_leaves_glibc_default() -> None:
    assert native_memory.cap_arenas(0) is False


def test_cap_and_trim_apply_on_glibc_and_are_no_ops_elsewhere() -> None:
    assert native_memory.cap_arenas(2) is glibc
    blocks = [bytearray(256 * 1024) for _ in range(64)]  # above the mmap threshold
    del blocks
    assert isinstance(native_memory.trim(), bool)
    if not glibc:
        assert native_memory.trim() is False


async def test_trimmer_runs_periodically_and_stops() -> None:
    t = native_memory.HeapTrimmer(0.01)
    t.start()
    await asyncio.sleep(0.2)
    await t.stop()
    done = t.trims
    assert done >= 3 if glibc else done == 0  # off glibc there is nothing to trim
    await asyncio.sleep(0.05)
    assert t.trims == done  # stopped: no more ticks


async def test_trimmer_off_when_interval_zero() -> None:
    t = native_memory.HeapTrimmer(0)
    t.start()
    await asyncio.sleep(0.05)
    await t.stop()
    assert t.trims == 0
