"""The second opinion (classifiers/second_opinion.py) as arithmetic: it only ever lowers a
score, leaves rows under its floor alone, and maps its own threshold onto the policy's 0.8."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers.second_opinion import LOGIT_SCALE, POLICY_THRESHOLD, SecondOpinion


def _opinion(threshold: float = 0.3, floor: float = 0.5, bias: float = 0.0) -> SecondOpinion:
    # one hidden unit that copies the first embedding dimension; output = that value + bias
    w1 = np.zeros((385, 1), dtype=np.float32)
    w1[0, 0] = 1.0
    return SecondOpinion(
        w1,
        np.zeros(1, dtype=np.float32),
        np.ones(1, dtype=np.float32),
        bias,
        threshold,
        floor,
    )


def _emb(first: list[float]) -> np.ndarray:
    emb = np.zeros((len(first), 384), dtype=np.float32)
    emb[:, 0] = first
    return emb


def test_rows_under_the_floor_are_left_as_they_are() -> None:
    op = _opinion(floor=0.5)
    prob = np.array([0.1, 0.49], dtype=np.float32)
    assert np.array_equal(op.adjust(_emb([0.0, 0.0]), prob), prob)


def test_a_score_is_never_raised() -> None:
    op = _opinion()
    prob = np.array([0.55, 0.9, 0.99], dtype=np.float32)
    out = op.adjust(_emb([5.0, 5.0, 5.0]), prob)  # the perceptron says "attack" strongly
    assert np.array_equal(out, prob)


def test_the_threshold_lands_on_the_policy_line() -> None:
    t = 0.3
    op = _opinion(threshold=t, bias=float(np.log(t / (1 - t))))
    # hidden = relu(first dim) = 0, so the perceptron's probability is exactly t
    out = op.adjust(_emb([0.0]), np.array([0.99], dtype=np.float32))
    assert out[0] == pytest.approx(POLICY_THRESHOLD, abs=1e-5)
    # below its threshold, a flagged row falls under the line; above, it stays over
    lower = op.adjust(_emb([0.0]), np.array([0.99], dtype=np.float32))
    op_low = _opinion(threshold=t, bias=float(np.log(t / (1 - t))) - 1.0)
    op_high = _opinion(threshold=t, bias=float(np.log(t / (1 - t))) + 1.0)
    assert op_low.adjust(_emb([0.0]), np.array([0.99], dtype=np.float32))[0] < POLICY_THRESHOLD
    assert op_high.adjust(_emb([0.0]), np.array([0.99], dtype=np.float32))[0] > lower[0]


def test_the_logit_enters_scaled() -> None:
    w1 = np.zeros((385, 1), dtype=np.float32)
    w1[384, 0] = 1.0  # the hidden unit reads the scaled logit
    op = SecondOpinion(w1, np.zeros(1, np.float32), np.ones(1, np.float32), 0.0, 0.5, 0.5)
    p = np.array([0.9], dtype=np.float32)
    expected = np.log(0.9 / 0.1) / LOGIT_SCALE
    assert op.logits(_emb([0.0]), p)[0] == pytest.approx(expected, rel=1e-4)


def test_loads_from_npz(tmp_path: Path) -> None:
    path = tmp_path / "so.npz"
    w1 = np.full((385, 4), 0.01, dtype=np.float32)
    np.savez(path, w1=w1, b1=np.zeros(4), w2=np.ones(4), b2=np.float32(-1.0))
    op = SecondOpinion.load(path, 0.4, 0.5)
    assert op.floor == 0.5
    assert op.logits(_emb([0.0]), np.array([0.7], dtype=np.float32)).shape == (1,)
