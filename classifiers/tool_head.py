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
shipped logit; absent: 0, the head alone), ``window_own`` and ``window_w`` (T14b: a segment is
also read inside its window; absent: alone only; with them ``alone_own``, ``alone_w``,
``alone_b``, ``alone_segment_b``: the head for segments whose window is not read) and
``in_window`` (1: the head reads a sentence segment pooled from the states of the window that
holds it, candidate T13, ``classifiers/window_pool.py``; absent: 0, each segment a row of its
own)."""

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
    window_own: float = 0.0
    window_w: np.ndarray | None = None
    """(candidate T14b) a second block read on a segment inside its window: ``window_own``
    times the window's shipped logit over the segment's tokens plus ``window_w`` over their
    pooled base states (``classifiers/minilm_window.py``), added to the segment's own
    reading; None: segments are read one way only."""
    alone: ToolHead | None = None
    """(T14b) the head a segment takes where its window block is not read (an English stretch
    of a text the branch reads whole): the shipped head it was fitted from."""

    @classmethod
    def load(cls, path: Path) -> ToolHead:
        with np.load(path) as z:
            own = float(z["own"]) if "own" in z.files else 0.0
            in_window = bool(int(z["in_window"])) if "in_window" in z.files else False
            both = "window_w" in z.files
            return cls(
                z["w"].astype(np.float32).reshape(-1),
                float(z["b"]),
                float(z["segment_b"]),
                own,
                in_window,
                float(z["window_own"]) if both else 0.0,
                z["window_w"].astype(np.float32).reshape(-1) if both else None,
                cls(
                    z["alone_w"].astype(np.float32).reshape(-1),
                    float(z["alone_b"]),
                    float(z["alone_segment_b"]),
                    float(z["alone_own"]),
                )
                if "alone_w" in z.files
                else None,
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
        z = self.logits(embeddings, segment, shipped)
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    def logits(
        self, embeddings: np.ndarray, segment: np.ndarray, shipped: np.ndarray | None = None
    ) -> np.ndarray:
        """``scores`` as logits."""
        z = embeddings.astype(np.float32) @ self.w
        z = z + np.where(segment, np.float32(self.segment_b), np.float32(self.b))
        if self.own:
            if shipped is None:
                raise ValueError("this tool head corrects the shipped score: pass it")
            q = np.clip(shipped.astype(np.float32), 1e-7, 1 - 1e-7)
            z = z + np.float32(self.own) * np.log(q / (1 - q))
        return z.astype(np.float32)

    def window_logits(self, shipped_logit: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        """(T14b) the in-window block of segments: their shipped logit and pooled embedding
        inside their window -> the logit added to their own reading."""
        if self.window_w is None:
            raise ValueError("this tool head has no in-window block")
        z = embeddings.astype(np.float32) @ self.window_w
        return (z + np.float32(self.window_own) * shipped_logit.astype(np.float32)).astype(
            np.float32
        )
