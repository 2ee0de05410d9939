"""extproc/native_memory.py: the glibc levers are applied on glibc and stop cleanly."""

from __future__ import annotations

import asyncio
import platform
import subprocess
import sys
from pathlib import Path

from extproc import native_memory
from extproc.config import ServerSettings

glibc = platform.libc_ver()[0] == "glibc"
ROOT = Path(__file__).resolve().parents[2]


def test_defaults_cap_arenas_and_trim() -> None:
    s = ServerSettings()
    assert s.malloc_arena_max == 2
    assert s.malloc_trim_interval_s == 30.0
    assert s.malloc_mmap_threshold_kib == 256


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


# A child process frees 64 one-MiB buffers interleaved with small live blocks, after an 8 MiB
# free has raised glibc's dynamic mmap threshold: the RSS still held afterwards, in KiB.
_HELD_AFTER_FREE = """
import sys
from extproc import native_memory as nm
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1])
if sys.argv[1] == 'fixed':
    assert nm.fix_mmap_threshold(256)
big = bytearray(8 << 20)
del big
base = rss()
keep, blocks = [], []
for _ in range(64):
    b = bytearray(1 << 20)
    b[::4096] = b'x' * len(b[::4096])
    blocks.append(b)
    keep.append(bytearray(600))
del blocks
print(rss() - base)
"""


def _held_kib(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _HELD_AFTER_FREE, mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return int(out.stdout.strip())


def test_fixed_mmap_threshold_returns_freed_buffers() -> None:
    assert native_memory.fix_mmap_threshold(0) is False
    if not glibc:
        assert native_memory.fix_mmap_threshold(256) is False
        return
    dynamic, fixed = _held_kib("dynamic"), _held_kib("fixed")
    assert dynamic > 32 * 1024  # glibc kept the freed buffers in its heap
    assert fixed < 8 * 1024  # each was its own mapping, unmapped on free
