"""Domain exemplar vote: the kNN arithmetic, and the engine's domain = head blended with it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from classifiers.artifacts import load_config
from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
from classifiers.engine import SignalEngine
from classifiers.errors import ModelArtifactError
from classifiers.settings import ClassifierSettings
from tests.unit.classifier_support import MODELS


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def _toy(k: int, weight: float = 0.5) -> DomainExemplars:
    """Four exemplars in 2-d (identity projection): two of class 0 near +x, one of class 1
    near +y, one of class 2 at -x."""
    bank = _unit(np.array([[1.0, 0.1], [1.0, -0.1], [0.1, 1.0], [-1.0, 0.0]]))
    settings = ExemplarSettings(file="x.npz", k=k, temperature=0.05, weight=weight)
    return DomainExemplars(
        np.zeros(2), np.eye(2), bank, np.array([0, 0, 1, 2]), n_classes=3, settings=settings
    )


def test_vote_follows_the_nearest_exemplars() -> None:
    ex = _toy(k=2)
    votes = ex.vote(_unit(np.array([[1.0, 0.05], [0.2, 1.0], [-1.0, 0.2]])))
    assert votes.shape == (3, 3)
    np.testing.assert_allclose(votes.sum(axis=1), 1.0, rtol=1e-6)
    assert votes[0].argmax() == 0 and votes[0, 0] > 0.99  # both neighbours are class 0
    assert votes[1].argmax() == 1
    assert votes[2].argmax() == 2


def test_vote_weights_neighbours_by_similarity() -> None:
    # k=3 around +x: two class-0 exemplars and the class-1 one (cos ~0.1); the far
    # neighbour's share is exp((0.1 - 1) / 0.05) ~ 1e-8 of a near one's.
    votes = _toy(k=3).vote(_unit(np.array([[1.0, 0.0]])))
    assert 0 < votes[0, 1] < 1e-6 and votes[0, 0] > 0.999999


def test_blend_is_weighted_average_and_batch_invariant() -> None:
    ex = _toy(k=2, weight=0.25)
    emb = _unit(np.random.default_rng(0).normal(size=(5, 2)))
    head = np.random.default_rng(1).dirichlet(np.ones(3), size=5).astype(np.float32)
    blended = ex.blend(head, emb)
    np.testing.assert_allclose(blended, 0.75 * head + 0.25 * ex.vote(emb), rtol=1e-6)
    one_by_one = np.concatenate([ex.blend(head[i : i + 1], emb[i : i + 1]) for i in range(5)])
    np.testing.assert_allclose(blended, one_by_one, rtol=1e-6)
    assert _toy(k=2, weight=0.0).blend(head, emb) is head


def test_two_stage_search_finds_the_exact_nearest() -> None:
    # 1,000 random exemplars (8 blocks, the last one padded), 16-d, k=10: the block search
    # must return the same neighbours as a full sort, for every query
    rng = np.random.default_rng(7)
    bank = _unit(rng.normal(size=(1000, 16)))
    labels = rng.integers(0, 14, size=1000)
    ex = DomainExemplars(
        np.zeros(16), np.eye(16), bank, labels, 14, ExemplarSettings("x", 10, 0.05, 0.5)
    )
    queries = _unit(rng.normal(size=(200, 16))).astype(np.float32)
    brute = np.argsort(-(queries @ bank.T), axis=1)[:, :10]
    got = ex._top_k(queries @ ex._bank_t)[0]
    assert [set(r) for r in got.tolist()] == [set(r) for r in brute.tolist()]
    assert ex.vote(queries).shape == (200, 14)


def test_bad_settings_are_rejected() -> None:
    with pytest.raises(ValueError, match="k="):
        _toy(k=5)
    with pytest.raises(ValueError, match="temperature"):
        DomainExemplars(
            np.zeros(2),
            np.eye(2),
            np.eye(2),
            np.array([0, 1]),
            2,
            ExemplarSettings("x", 1, 0.0, 0.5),
        )


def _head_only_models(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    shutil.copytree(MODELS, d)
    cfg_path = d / "classifier_config.json"
    cfg = json.loads(cfg_path.read_text())
    del cfg["domain_exemplars"]
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    manifest = json.loads((d / "manifest.json").read_text())
    data = cfg_path.read_bytes()
    manifest["files"]["classifier_config.json"] = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
    }
    (d / "manifest.json").write_text(json.dumps(manifest))
    return d


def test_engine_domain_is_head_blended_with_the_shipped_bank(tmp_path: Path) -> None:
    cfg = load_config(MODELS)
    assert cfg.domain_exemplars is not None
    bank = DomainExemplars.load(
        MODELS / cfg.domain_exemplars.file, len(cfg.domains), cfg.domain_exemplars
    )
    assert bank.size > 10_000
    # two fresh engines of the same settings but the bank, each reading the same batch: the
    # shared test engine's earlier batches can move int8 scores by ~3e-4 on a VNNI CPU
    head_only = SignalEngine.load(
        ClassifierSettings(
            models_dir=str(_head_only_models(tmp_path)), warmup=False, multilingual=False
        )
    )
    with_bank = SignalEngine.load(ClassifierSettings(warmup=False, multilingual=False))
    texts = [
        "Write a Python function that merges two sorted lists.",
        "What is the mechanism of action of beta blockers in hypertension?",
        "Plan a three-day trip to Lisbon with a food tour.",
        "Which accounting standard governs revenue recognition for long-term contracts?",
    ]
    full = with_bank.classify_batch(texts)
    head = head_only.classify_batch(texts)
    head_probs = np.array([[s.domain.probs[d] for d in cfg.domains] for s in head])
    emb = np.stack([s.embedding for s in full])
    expected = bank.blend(head_probs.astype(np.float32), emb)
    for i, s in enumerate(full):
        got = np.array([s.domain.probs[d] for d in cfg.domains])
        # int8 scores of one batch agree to ~3e-4 across runs on a VNNI CPU; the bank moves a
        # text's probabilities by far more than that (asserted below)
        np.testing.assert_allclose(got, expected[i], atol=1e-3)
        assert s.domain.label == cfg.domains[int(expected[i].argmax())]
    assert [s.domain.label for s in full][:3] == ["computer science", "health", "other"]
    moved = np.abs(expected - head_probs).max(axis=1)
    assert (moved > 0.01).any(), moved


def test_corrupt_bank_is_named(tmp_path: Path) -> None:
    d = tmp_path / "models"
    shutil.copytree(MODELS, d)
    p = d / "domain_exemplars.npz"
    p.write_bytes(p.read_bytes()[:-10])
    with pytest.raises(ModelArtifactError, match=r"domain_exemplars\.npz"):
        SignalEngine.load(ClassifierSettings(models_dir=str(d), warmup=False))
