"""Which graph to run: ``int8`` (8-bit ``MatMulNBits``) or ``float`` (the same weights, float32
compute).

The int8 graph pays off only where the CPU has int8 dot-product instructions (x86 AVX-512
VNNI, AVX-VNNI or AMX; Arm dot product). Without them onnxruntime's 8-bit kernels are slower
than float32: on a 2-core AVX2 EPYC without VNNI a 64-token prompt took 330 ms int8 vs 141 ms
float on one thread (docs/classifiers.md, "Precision by CPU"). On a GPU the float graph is
the one measured. ``auto`` (the default) picks by those rules; ``int8``/``float`` force one."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

Precision = Literal["int8", "float"]

INT8_DOT_FLAGS = frozenset(
    {
        "avx512_vnni",  # x86 AVX-512 VNNI (Cascade Lake and later, AMD Zen 4 and later)
        "avx_vnni",  # x86 AVX-VNNI on 256-bit registers (Alder Lake, Sierra Forest, Zen 5)
        "amx_int8",  # x86 AMX (Sapphire Rapids and later)
        "asimddp",  # Arm SDOT/UDOT (Neoverse N1, Graviton 2 and later)
    }
)
CPUINFO = Path("/proc/cpuinfo")


def cpu_flags(cpuinfo: Path = CPUINFO) -> frozenset[str] | None:
    """The first processor's feature flags (x86 ``flags``, Arm ``Features``), or None where
    they cannot be read (not Linux, no /proc)."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("flags", "Features"):
            return frozenset(value.split())
    return None


def resolve_precision(
    wanted: Literal["auto", "int8", "float"],
    providers: list[str],
    flags: frozenset[str] | None,
) -> Precision:
    """The graph to load. ``auto``: float on a GPU provider; int8 on a CPU with int8 dot
    products; float on a CPU known to lack them; int8 where the flags cannot be read (not
    Linux: Apple silicon has the Arm dot product)."""
    if wanted != "auto":
        return wanted
    if "CUDAExecutionProvider" in providers:
        return "float"
    if flags is None:
        return "int8"  # unknown CPU: the precision every release before `auto` ran
    return "int8" if flags & INT8_DOT_FLAGS else "float"
