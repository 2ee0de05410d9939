"""Jailbreak heads for tool results, and MiniLM's for user turns: the multilingual branch's
(candidate T4, docs/classifiers.md, "Genuine notices in foreign tool results: candidate T4")
and MiniLM's (candidate T5, "Genuine notices in English tool results: candidate T5").

The branch reads a foreign document an agent fetched (a mail, a ticket, a log) with the head
it reads a user's prompt with, and the genuine notices a service addresses to its reader
("save your documents and log off", "run the following command") score like an instruction
planted for the agent. With ``tool_head`` in the branch config, the same encoder pass also
scores every window and sentence segment of each text with a second linear head over the
branch's sentence embedding, fitted on hand-written foreign tool results with and without an
injection (``classifiers/training/branch_tool_head.py``); the engine takes that score where
the text is a tool or function result (``classifiers/roles.py``). A user's turn keeps the
shipped head, its vote and its language offsets.

MiniLM's shipped jailbreak head reads a trained layer whose pooled state the graph does not
return, so its tool-result head (``jailbreak_tool_head`` in the classifier config) corrects
the shipped score instead of replacing it: ``own`` times the row's shipped logit plus a linear
term over the row's sentence embedding (the graph's ``embedding`` output), fitted on
hand-written English tool results (``classifiers/training/minilm_tool_head.py``). A head of
the same kind corrects MiniLM's score of a user's own turn (``jailbreak_user_head``, candidate
P3, ``classifiers/training/minilm_user_head.py``: users pasting code, logs and configs), on
the pieces MiniLM reads as English only.

Artifact (``*.npz``): ``w`` (384,), ``b`` (a window's bias, the policy's line folded in),
``segment_b`` (a sentence segment's) and, for a correcting head, ``own`` (the weight of the
shipped logit; absent: 0, the head alone) and ``in_window`` (1: the head reads a sentence segment
pooled from the states of the window that holds it, candidate T13, ``classifiers/window_pool.py``;
absent: 0, each segment a row of its own)."""

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
    own: float = 0.0
    in_window: bool = False

    @classmethod
    def load(cls, path: Path) -> ToolHead:
        with np.load(path) as z:
            own = float(z["own"]) if "own" in z.files else 0.0
            in_window = bool(int(z["in_window"])) if "in_window" in z.files else False
            return cls(
                z["w"].astype(np.float32).reshape(-1),
                float(z["b"]),
                float(z["segment_b"]),
                own,
                in_window,
            )

    @staticmethod
    def file_of(raw: dict[str, Any] | None) -> str | None:
        """The artefact a config entry names (the branch's ``tool_head``, the classifier config's
        ``jailbreak_tool_head``); None when absent."""
        return str(raw["file"]) if raw and raw.get("file") else None

    def scores(
        self, embeddings: np.ndarray, segment: np.ndarray, shipped: np.ndarray | None = None
    ) -> np.ndarray:
        """(n, 384) embeddings of windows and segments (``segment`` marks the latter), and the
        shipped head's probabilities on them (needed when ``own`` is not 0) -> their jailbreak
        probabilities as tool-result text."""
        z = embeddings.astype(np.float32) @ self.w
        z = z + np.where(segment, np.float32(self.segment_b), np.float32(self.b))
        if self.own:
            if shipped is None:
                raise ValueError("this tool head corrects the shipped score: pass it")
            q = np.clip(shipped.astype(np.float32), 1e-7, 1 - 1e-7)
            z = z + np.float32(self.own) * np.log(q / (1 - q))
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
