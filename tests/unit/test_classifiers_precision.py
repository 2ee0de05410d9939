"""precision: auto picks the int8 graph only where the CPU has int8 dot products, and there
only when timing both graphs at load says it is the faster."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from classifiers import engine_parts as engine_module
from classifiers import precision_probe
from classifiers.engine import SignalEngine
from classifiers.precision import cpu_flags, resolve_precision
from classifiers.precision_probe import PrecisionChoice, choose_precision, faster
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


@pytest.mark.parametrize(
    ("text", "probe_ms", "graph", "reason"),
    [
        (X86_AVX2, None, "float", "flags"),  # no int8 dot product: nothing to measure
        (X86_VNNI, {"int8": 50.0, "float": 60.0}, "int8", "measured"),
        (X86_VNNI, {"int8": 50.0, "float": 40.0}, "float", "measured"),
    ],
)
def test_the_engine_loads_the_graph_auto_chooses(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    text: str,
    probe_ms: dict[str, float] | None,
    graph: str,
    reason: str,
) -> None:
    """The auto engine reports the graph it chose and why, and computes exactly what that
    graph does (bit-identical embeddings), not what the other one does."""
    flags = _flags(tmp_path, text)
    monkeypatch.setattr(engine_module, "cpu_flags", lambda: flags)
    monkeypatch.setattr(precision_probe, "_MEASURED", {})
    calls: list[dict[str, ort.InferenceSession]] = []

    def timed(sessions: dict[str, ort.InferenceSession]) -> dict[str, float]:
        calls.append(sessions)
        assert probe_ms is not None, "measured where the flags already decide"
        return probe_ms

    monkeypatch.setattr(precision_probe, "measure", timed)
    auto = SignalEngine.load(ClassifierSettings(warmup=False))
    assert auto.settings.precision == "auto" and auto.precision == graph
    assert auto.precision_choice.reason == reason
    assert auto.precision_choice.probe_ms == (probe_ms or {})
    if probe_ms is not None:  # both graphs of the models folder were timed
        timed_on = {name: Path(sess._model_path).name for name, sess in calls[0].items()}
        assert timed_on == {
            "int8": "prism_signals.int8.onnx",
            "float": "prism_signals.float.onnx",
        }
        assert auto._session.narrow is calls[0][graph]  # the winner's probe session is kept
    other = "int8" if graph == "float" else "float"
    text_in = ["Write a Python function that merges two sorted lists."]
    got = auto.classify_batch(text_in)[0].embedding
    assert np.array_equal(got, engine(graph).classify_batch(text_in)[0].embedding)
    assert not np.array_equal(got, engine(other).classify_batch(text_in)[0].embedding)


def test_float_must_win_by_the_margin() -> None:
    assert faster(100.0, 95.0) == "int8"  # close: the flags' choice stands
    assert faster(100.0, 90.0) == "float"
    assert faster(100.0, 120.0) == "int8"


def test_auto_times_both_real_graphs_once_per_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """On the real graphs: both are timed, the faster is kept by the margin rule, and a
    second load of the same graphs (a hot reload) reuses the measurement."""
    monkeypatch.setattr(precision_probe, "_MEASURED", {})
    models = engine("int8").models_dir
    graphs = {p: models / f"prism_signals.{p}.onnx" for p in ("int8", "float")}
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    flags = _flags(tmp_path, X86_VNNI)
    verified: list[bool] = []
    first, session = choose_precision(
        "auto", CPU, flags, graphs, opts, lambda: verified.append(True)
    )
    assert verified == [True]  # the manifest check ran before both graphs were timed
    assert session is not None and Path(session._model_path).name == graphs[first.precision].name
    assert first.reason == "measured"
    assert set(first.probe_ms) == {"int8", "float"} and min(first.probe_ms.values()) > 0
    assert first.precision == faster(first.probe_ms["int8"], first.probe_ms["float"])
    assert first.public()["precision_probe_ms"] == first.probe_ms

    def never(*_: object) -> dict[str, float]:
        raise AssertionError("measured twice")

    monkeypatch.setattr(precision_probe, "measure", never)
    remembered = choose_precision("auto", CPU, flags, graphs, opts, lambda: verified.append(True))
    assert remembered == (first, None) and verified == [True]  # nothing timed: nothing hashed
    assert choose_precision("int8", CPU, flags, graphs, opts) == (
        PrecisionChoice("int8", "forced"),
        None,
    )
    assert choose_precision("auto", GPU, flags, graphs, opts) == (
        PrecisionChoice("float", "gpu"),
        None,
    )
