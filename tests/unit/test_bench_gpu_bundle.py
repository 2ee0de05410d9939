"""bench.gpu_bundle keeps the Hopper kernels of a CUDA library and zeroes the others."""

from __future__ import annotations

import struct

from bench.gpu_bundle import FATBIN_MAGIC, zero_other_arches


def entry(kind: int, arch: int, payload: bytes) -> bytes:
    head = bytearray(64)
    struct.pack_into("<HHIQ", head, 0, kind, 0, len(head), len(payload))
    struct.pack_into("<I", head, 28, arch)
    return bytes(head) + payload


def library(entries: bytes) -> bytearray:
    """A minimal ELF: a header, the fatbin, a name table and three section headers."""
    fatbin = struct.pack("<IHHQ", FATBIN_MAGIC, 1, 16, len(entries)) + entries
    names = b"\0.nv_fatbin\0.shstrtab\0"
    data = bytearray(64) + fatbin + names
    shoff = len(data)
    fat_at, names_at = 64, 64 + len(fatbin)
    header = "<IIQQQQIIQQ"  # name, type, flags, addr, offset, size, link, info, align, entsize
    sections = [
        bytes(64),
        struct.pack(header, 1, 1, 0, 0, fat_at, len(fatbin), 0, 0, 8, 0),
        struct.pack(header, 12, 3, 0, 0, names_at, len(names), 0, 0, 1, 0),
    ]
    data += b"".join(sections)
    struct.pack_into("<Q", data, 0x28, shoff)
    struct.pack_into("<HHH", data, 0x3A, 64, 3, 2)
    return data


def test_only_other_arch_cubins_are_zeroed() -> None:
    hopper, ampere, ptx = b"H" * 40, b"A" * 24, b"P" * 8
    data = library(entry(2, 90, hopper) + entry(2, 80, ampere) + entry(1, 80, ptx))
    sizes = zero_other_arches(data)
    assert sizes == {90: 40, 80: 32}
    assert hopper in data and ptx in data
    assert ampere not in data and b"A" not in data
