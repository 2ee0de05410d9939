"""Model artifacts: checksums verified at start-up, clear errors naming the bad file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from classifiers.artifacts import verify_manifest
from classifiers.engine import SignalEngine
from classifiers.errors import ModelArtifactError
from classifiers.settings import ClassifierSettings
from tests.unit.classifier_support import MODELS


def _copy_models(tmp_path: Path) -> Path:
    dst = tmp_path / "models"
    shutil.copytree(MODELS, dst)
    return dst


def test_manifest_lists_and_matches_every_artifact() -> None:
    manifest = verify_manifest(MODELS)
    names = set(manifest["files"])
    assert {"tokenizer.json", "classifier_config.json", "word_embeddings.npz"} <= names
    assert any(n.endswith(".int8.onnx") for n in names)
    assert any(n.endswith(".float.onnx") for n in names)


def test_artifacts_fit_the_size_budget() -> None:
    # Issue #3: the MiniLM stack (int8 + float graphs, embedding table, tokenizer, exemplars)
    # within ~50 MB; issue #18: everything, the multilingual branch and the segment screen (a
    # first stage of its own, issue #19) included, within 100 MB.
    files = verify_manifest(MODELS)["files"]
    on_disk = {name: (MODELS / name).stat().st_size for name in files}
    assert sum(on_disk.values()) == sum(int(f["bytes"]) for f in files.values())
    cfg = json.loads((MODELS / "classifier_config.json").read_text())
    branch = cfg["multilingual"]
    others = {branch["onnx"], branch["word_embeddings"], branch["tokenizer"]}
    others.add(branch["domain_exemplars"]["file"])  # the branch's own vote (candidate Y)
    others.add(branch["jailbreak_exemplars"]["file"])  # and its jailbreak vote (X2)
    others.add(cfg["segment_screen"]["file"])
    assert on_disk[cfg["segment_screen"]["file"]] <= 4_000_000
    assert sum(v for k, v in on_disk.items() if k not in others) <= 50_000_000
    assert sum(on_disk.values()) <= 100_000_000


def test_loads_from_explicit_dir(tmp_path: Path) -> None:
    d = _copy_models(tmp_path)
    eng = SignalEngine.load(ClassifierSettings(models_dir=str(d), warmup=False))
    assert eng.classify_batch(["hello"])[0].tokens == 1


@pytest.mark.parametrize("precision", ["int8", "float"])
def test_corrupt_onnx_file_is_named(tmp_path: Path, precision: str) -> None:
    d = _copy_models(tmp_path)
    cfg = json.loads((d / "classifier_config.json").read_text())
    target = d / cfg["onnx_files"][precision]
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(ModelArtifactError, match=r"corrupt.*" + target.name):
        SignalEngine.load(
            ClassifierSettings(models_dir=str(d), warmup=False, precision=precision)  # type: ignore[arg-type]
        )


def test_missing_tokenizer_is_named(tmp_path: Path) -> None:
    d = _copy_models(tmp_path)
    (d / "tokenizer.json").unlink()
    with pytest.raises(ModelArtifactError, match=r"missing.*tokenizer\.json"):
        SignalEngine.load(ClassifierSettings(models_dir=str(d), warmup=False))


def test_missing_manifest(tmp_path: Path) -> None:
    d = _copy_models(tmp_path)
    (d / "manifest.json").unlink()
    with pytest.raises(ModelArtifactError, match="manifest missing"):
        SignalEngine.load(ClassifierSettings(models_dir=str(d), warmup=False))


def test_truncated_embeddings_detected(tmp_path: Path) -> None:
    d = _copy_models(tmp_path)
    p = d / "word_embeddings.npz"
    p.write_bytes(p.read_bytes()[:1000])
    with pytest.raises(ModelArtifactError, match=r"word_embeddings\.npz"):
        SignalEngine.load(ClassifierSettings(models_dir=str(d), warmup=False))


def test_settings_reject_unknown_fields_and_bad_stride() -> None:
    with pytest.raises(ValueError):
        ClassifierSettings(unknown=1)  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        ClassifierSettings(pii_window_tokens=64, pii_window_stride=50)
