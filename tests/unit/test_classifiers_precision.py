"""precision: auto picks the int8 graph only where the CPU has int8 dot products."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers import engine_parts as engine_module
from classifiers.engine import SignalEngine
from classifiers.precision import cpu_flags, resolve_precision
from classifiers.settings import ClassifierSettings
from tests.unit.classifier_support import engine

X86_AVX2 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu sse2 avx fma avx2\n"
X86_VNNI = "processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_vnni\n\nprocessor\t: 1\n"
ARM_DOT = "processor\t: 0\nFeatures\t: fp asimd evtstrm aes crc32 atomics asimddp\n"
CPU = ["CPUExecutionProvider"]
GPU = ["CUDAExecutionProvider", "CPUExecutionProvider"]


def _flags(tmp_path: Path, text: str) -> frozenset[str] | None:
    path = tmp_path / "cpuinfo"
    path.write_text(text)
    return cpu_flags(path)


def test_cpu_flags_reads_x86_and_arm_and_says_when_it_cannot(tmp_path: Path) -> None:
    assert _flags(tmp_path, X86_AVX2) == {"fpu", "sse2", "avx", "fma", "avx2"}
    assert "avx512_vnni" in (_flags(tmp_path, X86_VNNI) or set())
    assert "asimddp" in (_flags(tmp_path, ARM_DOT) or set())
    assert _flags(tmp_path, "processor\t: 0\n") is None
    assert cpu_flags(tmp_path / "missing") is None


@pytest.mark.parametrize(
    ("wanted", "providers", "text", "expected"),
    [
        ("auto", CPU, X86_AVX2, "float"),  # no int8 dot product: 8-bit kernels are slower
        ("auto", CPU, X86_VNNI, "int8"),
        ("auto", CPU, ARM_DOT, "int8"),
        ("auto", GPU, X86_VNNI, "float"),  # the graph measured on GPUs
        ("auto", CPU, None, "int8"),  # flags unknown: what every release before auto ran
        ("int8", CPU, X86_AVX2, "int8"),  # an explicit choice always wins
        ("float", CPU, X86_VNNI, "float"),
    ],
)
def test_auto_resolves_by_provider_and_cpu(
    tmp_path: Path, wanted: str, providers: list[str], text: str | None, expected: str
) -> None:
    flags = None if text is None else _flags(tmp_path, text)
    assert resolve_precision(wanted, providers, flags) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "graph"), [(X86_AVX2, "float"), (X86_VNNI, "int8")])
def test_the_engine_loads_the_graph_auto_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, graph: str
) -> None:
    """The auto engine reports the graph it chose and computes exactly what that graph does
    (bit-identical embeddings), not what the other one does."""
    flags = _flags(tmp_path, text)
    monkeypatch.setattr(engine_module, "cpu_flags", lambda: flags)
    auto = SignalEngine.load(ClassifierSettings(warmup=False))
    assert auto.settings.precision == "auto" and auto.precision == graph
    other = "int8" if graph == "float" else "float"
    text_in = ["Write a Python function that merges two sorted lists."]
    got = auto.classify_batch(text_in)[0].embedding
    assert np.array_equal(got, engine(graph).classify_batch(text_in)[0].embedding)
    assert not np.array_equal(got, engine(other).classify_batch(text_in)[0].embedding)
