"""Find, checksum-verify and describe the model artifacts in models/."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.domain_exemplars import ExemplarSettings
from classifiers.errors import ModelArtifactError
from classifiers.multilingual import BranchConfig
from classifiers.segment_screen import ScreenConfig
from classifiers.tool_head import ToolHead

MANIFEST = "manifest.json"


OVERRIDE_HINT = "set classifiers.models_dir to a folder holding verified artefacts"


def default_models_dir() -> Path:
    """The artefacts installed with Prism: the ``prism_models`` package (models/ in a source
    checkout, ``site-packages/prism_models`` from the wheel, the same in the image)."""
    try:
        import prism_models
    except ImportError as exc:
        raise ModelArtifactError(
            f"the prism_models package is not installed ({exc}); {OVERRIDE_HINT}"
        ) from exc
    return Path(prism_models.__file__).resolve().parent


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_manifest(models: Path, names: list[str]) -> None:
    """manifest.json listing ``names`` with their sha256 and size (what the builders write)."""
    files = {
        n: {"sha256": sha256_file(models / n), "bytes": (models / n).stat().st_size} for n in names
    }
    (models / MANIFEST).write_text(json.dumps({"format": 1, "files": files}, indent=2) + "\n")


def verify_manifest(models_dir: Path, needed: list[str] | None = None) -> dict[str, Any]:
    """Check every file listed in manifest.json (or only ``needed``) against its sha256."""
    mpath = models_dir / MANIFEST
    if not mpath.is_file():
        raise ModelArtifactError(f"model manifest missing: {mpath}")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
        files: dict[str, dict[str, Any]] = manifest["files"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelArtifactError(f"model manifest unreadable: {mpath}: {exc}") from exc
    for name in needed if needed is not None else list(files):
        entry = files.get(name)
        if entry is None:
            raise ModelArtifactError(f"{name} is not listed in {mpath}")
        path = models_dir / name
        if not path.is_file():
            raise ModelArtifactError(f"model file missing: {path}")
        if path.stat().st_size != int(entry["bytes"]):
            raise ModelArtifactError(
                f"model file corrupt (size {path.stat().st_size} != {entry['bytes']}): {path}"
            )
        digest = sha256_file(path)
        if digest != entry["sha256"]:
            raise ModelArtifactError(
                f"model file corrupt (sha256 {digest[:12]}... != {entry['sha256'][:12]}...): {path}"
            )
    return manifest


@dataclass(frozen=True)
class ModelConfig:
    domains: tuple[str, ...]
    pii_labels: tuple[str, ...]
    jailbreak_threshold: float
    onnx_files: dict[str, str]  # precision -> file name
    word_embeddings: str
    tokenizer: str
    max_positions: int
    cls_id: int
    sep_id: int
    hidden: int
    domain_exemplars: ExemplarSettings | None = None  # absent: the domain head alone
    multilingual: BranchConfig | None = None  # absent: MiniLM reads every language
    segment_screen: ScreenConfig | None = None  # absent: MiniLM reads every segment
    jailbreak_tool_result_offset: float = 0.0
    """Logits added to MiniLM's jailbreak score (not the branch's) when a tool or function
    result is judged: the line per role, set on validation (``classifiers.training.align``)."""
    jailbreak_tool_head: str | None = None
    """MiniLM's tool-result head (classifiers/tool_head.py, candidate T6'); it replaces the
    offset above for tool and function results. None: the offset alone."""
    jailbreak_user_head: str | None = None
    """MiniLM's head for a user's own text (classifiers/tool_head.py, candidate P3): it
    corrects the shipped score of every piece MiniLM reads as English in a user's turn (the
    engine keeps the shipped reading for other pieces). None: the shipped reading."""


def load_config(models_dir: Path, name: str = "classifier_config.json") -> ModelConfig:
    path = models_dir / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ModelConfig(
            domains=tuple(raw["domains"]),
            pii_labels=tuple(raw["pii_labels"]),
            jailbreak_threshold=float(raw["jailbreak_threshold"]),
            onnx_files=dict(raw["onnx_files"]),
            word_embeddings=str(raw["word_embeddings"]),
            tokenizer=str(raw["tokenizer"]),
            max_positions=int(raw["max_positions"]),
            cls_id=int(raw["cls_id"]),
            sep_id=int(raw["sep_id"]),
            hidden=int(raw["hidden"]),
            domain_exemplars=ExemplarSettings.from_json(raw.get("domain_exemplars")),
            multilingual=(
                BranchConfig.from_json(raw["multilingual"]) if "multilingual" in raw else None
            ),
            segment_screen=(
                ScreenConfig.from_json(raw["segment_screen"]) if "segment_screen" in raw else None
            ),
            jailbreak_tool_result_offset=float(raw.get("jailbreak_tool_result_offset", 0.0)),
            jailbreak_tool_head=ToolHead.file_of(raw.get("jailbreak_tool_head")),
            jailbreak_user_head=ToolHead.file_of(raw.get("jailbreak_user_head")),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelArtifactError(f"classifier config unreadable: {path}: {exc}") from exc
