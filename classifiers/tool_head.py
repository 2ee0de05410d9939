"""Candidate T4: the multilingual branch's jailbreak head for tool results (docs/classifiers.md,
"Genuine notices in foreign tool results: candidate T4").

The branch reads a foreign document an agent fetched (a mail, a ticket, a log) with the head
it reads a user's prompt with, and the genuine notices a service addresses to its reader
("save your documents and log off", "run the following command") score like an instruction
planted for the agent. With ``tool_head`` in the branch config, the same encoder pass also
scores every window and sentence segment of each text with a second linear head over the
branch's sentence embedding, fitted on hand-written foreign tool results with and without an
injection (``classifiers/training/branch_tool_head.py``); the engine takes that score where
the text is a tool or function result (``classifiers/roles.py``). A user's turn keeps the
shipped head, its vote and its language offsets.

Artifact (``ml_jailbreak_tool_head.npz``): ``w`` (384,), ``b`` (a window's bias, the policy's
line folded in) and ``segment_b`` (a sentence segment's)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class ToolHead:
    w: np.ndarray
    b: float
    segment_b: float

    @classmethod
    def load(cls, path: Path) -> ToolHead:
        with np.load(path) as z:
            return cls(z["w"].astype(np.float32).reshape(-1), float(z["b"]), float(z["segment_b"]))

    @staticmethod
    def file_of(raw: dict[str, Any] | None) -> str | None:
        """The artefact a branch config's ``tool_head`` names; None when absent."""
        return str(raw["file"]) if raw and raw.get("file") else None

    def scores(self, embeddings: np.ndarray, segment: np.ndarray) -> np.ndarray:
        """(n, 384) embeddings of windows and segments (``segment`` marks the latter) ->
        their jailbreak probabilities as tool-result text."""
        z = embeddings.astype(np.float32) @ self.w
        z = z + np.where(segment, np.float32(self.segment_b), np.float32(self.b))
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
