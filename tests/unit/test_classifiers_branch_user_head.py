"""The branch's user-turn head (``user_head`` in the branch config, candidate P4): it corrects
the branch's reading of a user's own text in the same pass, before the vote, and leaves the
tool-result reading and the domain alone."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import onnxruntime as ort

from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.settings import ClassifierSettings
from tests.unit.classifier_support import MODELS, multilingual_engine

GERMAN_REPORT = (
    "Der Bericht beschreibt die Entwicklung der Verkaufszahlen im dritten Quartal, die "
    "Lieferzeiten der wichtigsten Zulieferer und die geplanten Schulungen für das Team."
)
GERMAN_PASTE = (
    "Warum schlägt das fehl?\n\n```\nTraceback (most recent call last):\n"
    '  File "sync.py", line 41, in <module>\n    rows = load(path)\n'
    "KeyError: 'kunde_id'\n```"
)


def head(path: Path, own: float, b: float, segment_b: float) -> Path:
    w = np.zeros(384, dtype=np.float32)
    np.savez(path, w=w, b=np.float32(b), segment_b=np.float32(segment_b), own=np.float32(own))
    return path


def branch(cfg: BranchConfig, user: Path | None) -> MultilingualBranch:
    return MultilingualBranch(
        MODELS,
        dataclasses.replace(cfg, user_head=str(user) if user else None),
        ort.SessionOptions(),
        len(multilingual_engine().cfg.domains),
        4096,
        ClassifierSettings().segment_min_letter_share,
    )


def shipped_config() -> BranchConfig:
    cfg = multilingual_engine().cfg.multilingual
    assert cfg is not None
    return cfg


def test_the_config_names_the_head_and_its_file() -> None:
    raw = {
        "onnx": "m.onnx",
        "word_embeddings": "w.npz",
        "tokenizer": "t.json",
        "bos_id": 0,
        "eos_id": 2,
        "prefix": "query: ",
        "max_tokens": 128,
        "languages": ["de"],
        "user_head": {"file": "u.npz", "candidate": "P4"},
    }
    cfg = BranchConfig.from_json(raw)
    assert cfg.user_head == "u.npz" and "u.npz" in cfg.files
    assert BranchConfig.from_json({**raw, "user_head": None}).user_head is None


def test_an_identity_head_reads_as_the_shipped_one(tmp_path: Path) -> None:
    """own 1, no linear term, no bias: every user-turn score, tool-result score and domain
    as without a head."""
    cfg = shipped_config()
    texts = [GERMAN_REPORT, GERMAN_PASTE]
    plain = branch(dataclasses.replace(cfg, user_head=None), None).run(texts)
    same = branch(cfg, head(tmp_path / "id.npz", 1.0, 0.0, 0.0)).run(texts)
    assert np.allclose(same.jailbreak, plain.jailbreak, atol=1e-5)
    assert np.allclose(same.domain, plain.domain, atol=1e-6)


def test_the_head_moves_the_user_turn_reading_only(tmp_path: Path) -> None:
    """A head that flags everything flags a harmless report as a user's text, while its
    tool-result score and its domain stay where they were; a head that flags nothing takes
    a user-turn score no higher than the shipped one (the vote may still add its own)."""
    cfg = shipped_config()
    texts = [GERMAN_REPORT, GERMAN_PASTE]
    plain = branch(dataclasses.replace(cfg, user_head=None), None).run(texts)
    high = branch(cfg, head(tmp_path / "hi.npz", 0.0, 9.0, 9.0)).run(texts)
    low = branch(cfg, head(tmp_path / "lo.npz", 0.0, -9.0, -9.0)).run(texts)
    assert np.all(plain.jailbreak < 0.8) and np.all(high.jailbreak > 0.99)
    assert np.all(low.jailbreak <= plain.jailbreak + 1e-6)
    assert plain.tool_jailbreak is not None
    for run in (high, low):
        assert run.tool_jailbreak is not None
        assert np.allclose(run.tool_jailbreak, plain.tool_jailbreak, atol=1e-6)
        assert np.allclose(run.domain, plain.domain, atol=1e-6)
