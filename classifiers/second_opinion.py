"""A second opinion on MiniLM's jailbreak score for a row it flags, from the row's embedding.

The jailbreak head learnt that odd tokens mean an attack: jailbreak corpora are full of
adversarial suffixes, encodings and markup, and no ordinary log, calendar block, SQL table,
diff or README was among its negatives. So a window or a sentence segment of a harmless
tool result (a log line, ``BEGIN:VALARM``, a table rule, a ``+++ b/CHANGELOG.md`` hunk
header) can score 0.9-1.0, and the agent conversation that carried it is blocked.

The second opinion is a two-layer perceptron over what MiniLM's graph already returns for
every row: the row's sentence embedding and its jailbreak logit. It was fitted on the rows
MiniLM scores at least ``FIT_FLOOR`` of the training split, with harmless structured documents
(real READMEs and source files of permissively licensed packages, generated logs, configs,
tables, invites) among the negatives (``classifiers/training/second_opinion.py``). For a row
MiniLM scores at least ``floor``, the row's score becomes the lower of MiniLM's and the
second opinion's, the latter moved by a logit offset so that its threshold (set on
validation to keep almost every flagged attack row) lands on the policy's 0.8. It never
raises a score, costs two tiny matrix products per batch, and
``classifiers.second_opinion: false`` turns it off.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

POLICY_THRESHOLD = 0.8
"""The default config's jailbreak block threshold: the second opinion's own threshold is
mapped onto it."""
LOGIT_SCALE = 8.0
"""MiniLM's jailbreak logit enters the perceptron divided by this (training agrees)."""


@dataclass(frozen=True)
class SecondOpinionConfig:
    file: str
    threshold: float  # the perceptron's probability that keeps a flagged row (validation)
    floor: float  # rows MiniLM scores below this are left as they are

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> SecondOpinionConfig:
        return cls(
            file=str(raw["file"]),
            threshold=float(str(raw["threshold"])),
            floor=float(str(raw["floor"])),
        )


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p.astype(np.float64), 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))


class SecondOpinion:
    def __init__(
        self,
        w1: np.ndarray,
        b1: np.ndarray,
        w2: np.ndarray,
        b2: float,
        threshold: float,
        floor: float,
    ) -> None:
        self._w1, self._b1, self._w2, self._b2 = w1, b1, w2, b2
        self.floor = floor
        t = min(max(threshold, 1e-6), 1 - 1e-6)
        # the perceptron's threshold, moved onto the policy's 0.8
        self._shift = math.log(POLICY_THRESHOLD / (1 - POLICY_THRESHOLD)) - math.log(t / (1 - t))

    @classmethod
    def load(cls, path: Path, threshold: float, floor: float) -> SecondOpinion:
        with np.load(path) as npz:
            return cls(
                npz["w1"].astype(np.float32),
                npz["b1"].astype(np.float32),
                npz["w2"].astype(np.float32),
                float(npz["b2"]),
                threshold,
                floor,
            )

    def logits(self, embedding: np.ndarray, prob: np.ndarray) -> np.ndarray:
        """The perceptron's logit for rows of (embedding, MiniLM jailbreak probability)."""
        x = np.concatenate(
            [embedding.astype(np.float32), (_logit(prob) / LOGIT_SCALE)[:, None]], axis=1
        ).astype(np.float32)
        hidden = np.maximum(x @ self._w1 + self._b1, 0.0)
        return (hidden @ self._w2 + self._b2).astype(np.float64)

    def adjust(self, embedding: np.ndarray, prob: np.ndarray) -> np.ndarray:
        """Each row's jailbreak probability after the second opinion: unchanged below
        ``floor``; else the lower of MiniLM's and the (shifted) perceptron's."""
        prob = np.asarray(prob, dtype=np.float32)
        flagged = prob >= self.floor
        if not flagged.any():
            return prob
        out = prob.copy()
        shifted = self.logits(embedding[flagged], prob[flagged]) + self._shift
        second = 1.0 / (1.0 + np.exp(-shifted))
        out[flagged] = np.minimum(prob[flagged], second.astype(np.float32))
        return out
