"""Deterministic test vectors with a chosen cosine similarity."""

from __future__ import annotations

import numpy as np


def unit(seed: int, dim: int = 8) -> np.ndarray:
    vec = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return vec / np.linalg.norm(vec)


def with_similarity(base: np.ndarray, similarity: float, seed: int = 99) -> np.ndarray:
    """A unit vector whose cosine similarity with unit ``base`` is exactly ``similarity``."""
    noise = np.random.default_rng(seed).standard_normal(base.shape[0])
    ortho = noise - np.dot(noise, base) * base
    ortho /= np.linalg.norm(ortho)
    out = similarity * base.astype(np.float64) + np.sqrt(1.0 - similarity**2) * ortho
    return out.astype(np.float32)
