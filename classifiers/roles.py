"""The jailbreak line per role: tool results judged on MiniLM's score shifted by the model's
``jailbreak_tool_result_offset`` (docs/classifiers.md, "Candidate T").

A retrained MiniLM can be operated at a different point of its scale for the documents an
agent reads (tool and function results) than for what a user types; the shift is set on the
validation split (``classifiers.training.align``) and applies to MiniLM's part alone: the
multilingual branch and its foreign-stretch reading keep their own calibrated line, unless
the branch has a head of its own for tool results (candidate T4, ``classifiers/tool_head.py``).
The engine reports both scores per text, so its memo needs no role in its key.
"""

from __future__ import annotations

import numpy as np


def shift_probabilities(p: np.ndarray, offset: float) -> np.ndarray:
    """``sigmoid(logit(p) + offset)``, elementwise; exact 0 and 1 stay where they are."""
    q = np.clip(p.astype(np.float64), 1e-7, 1 - 1e-7)
    shifted = 1.0 / (1.0 + np.exp(-(np.log(q / (1.0 - q)) + offset)))
    return np.where((p <= 0.0) | (p >= 1.0), p, shifted).astype(np.float32)


def tool_result_scores(
    own: np.ndarray,
    other: np.ndarray,
    offset: float,
    other_tool: np.ndarray | None = None,
    own_tool: np.ndarray | None = None,
) -> np.ndarray | None:
    """Each text's jailbreak score as a tool result: MiniLM's part as its tool-result head
    reads it (``own_tool``, candidate T6') or else its shipped part (``own``) shifted, and the
    rest (``other``: the branch, foreign stretches) as it is, or as the branch's tool-result
    head reads it (``other_tool``, candidate T4); None when none applies (the score is the
    one a user turn gets)."""
    if offset == 0.0 and other_tool is None and own_tool is None:
        return None
    rest = other if other_tool is None else other_tool
    mine = own_tool if own_tool is not None else shift_probabilities(own, offset)
    return np.maximum(mine, rest)
