"""Domain exemplar vote: nearest labelled training prompts in the cache-embedding space.

The domain head and a k-nearest-neighbour vote over the frozen paraphrase embedding make
different mistakes; their average is more accurate than either (docs/classifiers.md,
"Domain exemplars"). The vote reuses the embedding the encoder pass already produced, so it
costs one small matrix product per batch and no encoder work.

Artifact (``domain_exemplars.npz``): ``mean`` (384,) and ``components`` (384, d) project an
embedding onto the bank's top-d principal axes; ``q`` (N, d) int8 with ``scale`` (N,) are
the training prompts' projected, L2-normalised embeddings; ``labels`` (N,) their domain
index."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

BLOCK = 128  # columns per block of the two-stage top-k search


@dataclass(frozen=True)
class ExemplarSettings:
    file: str
    k: int
    temperature: float
    weight: float  # share of the vote in the blended probabilities (0 = head only)

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> ExemplarSettings | None:
        """The settings of a config's ``domain_exemplars`` entry; None when absent."""
        if raw is None:
            return None
        return cls(
            file=str(raw["file"]),
            k=int(raw["k"]),
            temperature=float(raw["temperature"]),
            weight=float(raw["weight"]),
        )


class DomainExemplars:
    def __init__(
        self,
        mean: np.ndarray,
        components: np.ndarray,
        bank: np.ndarray,
        labels: np.ndarray,
        n_classes: int,
        settings: ExemplarSettings,
    ) -> None:
        if not 0 < settings.k <= len(labels):
            raise ValueError(f"exemplar k={settings.k} outside 1..{len(labels)}")
        if settings.temperature <= 0 or not 0 <= settings.weight <= 1:
            raise ValueError("exemplar temperature must be > 0 and weight in [0, 1]")
        if labels.size and int(labels.max()) >= n_classes:
            raise ValueError("exemplar labels exceed the number of domains")
        self._mean = mean.astype(np.float32)
        self._components = components.astype(np.float32)
        n_blocks = -(-len(labels) // BLOCK)
        bank_t = np.zeros((bank.shape[1], n_blocks * BLOCK), dtype=np.float32)  # (d, N padded)
        bank_t[:, : len(labels)] = bank.T
        self._bank_t = bank_t
        self._labels = labels.astype(np.int64)
        self._n_classes = n_classes
        self.settings = settings

    @classmethod
    def load(cls, path: Path, n_classes: int, settings: ExemplarSettings) -> DomainExemplars:
        with np.load(path) as z:
            bank = z["q"].astype(np.float32) * z["scale"].astype(np.float32)[:, None]
            return cls(z["mean"], z["components"], bank, z["labels"], n_classes, settings)

    @property
    def size(self) -> int:
        return int(self._labels.size)

    def vote(self, embeddings: np.ndarray) -> np.ndarray:
        """(B, 384) unit embeddings -> (B, n_classes) similarity-weighted label shares of
        each row's k nearest exemplars (cosine in the projected space)."""
        q = (embeddings.astype(np.float32) - self._mean) @ self._components
        q /= np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-12)
        nearest, top = self._top_k(q @ self._bank_t)
        top = top.astype(np.float64)
        w = np.exp((top - top.max(axis=1, keepdims=True)) / self.settings.temperature)
        votes = np.zeros((len(q), self._n_classes), dtype=np.float64)
        np.add.at(votes, (np.arange(len(q))[:, None], self._labels[nearest]), w)
        return (votes / votes.sum(axis=1, keepdims=True)).astype(np.float32)

    def _top_k(self, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Exact k largest per row of (B, N padded) similarities: indices and values
        (``sims``' padding columns are overwritten in place).

        Two stages, because a full argpartition over ~13k columns per row cost more than the
        matrix product: the k largest entries lie in the (at most k) blocks of BLOCK columns
        whose maxima are the k largest block maxima, so only those blocks are searched."""
        b, k, n = len(sims), self.settings.k, self.size
        sims[:, n:] = -np.inf  # padding columns
        blocks = sims.reshape(b, -1, BLOCK)
        kb = min(k, blocks.shape[1])
        best = np.argpartition(blocks.max(axis=2), -kb, axis=1)[:, -kb:]  # (B, kb)
        cand = np.take_along_axis(blocks, best[:, :, None], axis=1).reshape(b, kb * BLOCK)
        cand_idx = (best[:, :, None] * BLOCK + np.arange(BLOCK)).reshape(b, kb * BLOCK)
        sel = np.argpartition(cand, -k, axis=1)[:, -k:]
        return np.take_along_axis(cand_idx, sel, axis=1), np.take_along_axis(cand, sel, axis=1)

    def blend(self, head_probs: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        """The probabilities Prism reports: (1 - weight) x head + weight x vote."""
        if len(head_probs) == 0 or self.settings.weight == 0:
            return head_probs
        a = np.float32(self.settings.weight)
        return (1 - a) * head_probs + a * self.vote(embeddings)
