"""Result types of the classifiers and their public (JSON/gRPC) form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class DomainResult:
    label: str
    score: float
    probs: dict[str, float]


@dataclass(frozen=True)
class JailbreakResult:
    label: str  # "jailbreak" | "benign"
    score: float  # probability of the reported label
    jailbreak_probability: float
    english_probability: float | None = None
    """For a text not told English as a whole: the highest score over its stretches that are
    English themselves (its English sentence segments; the text itself when it is one
    segment), 0.0 when it has none. What a reader that cannot read the text's language may
    still count. None for English text."""
    tool_result_probability: float | None = None
    """The score as a tool or function result, where the model sets a line per role
    (``jailbreak_tool_result_offset``, classifiers/roles.py); None: the same as
    ``jailbreak_probability``."""


@dataclass(frozen=True)
class PiiEntity:
    type: str
    start: int  # character offsets in the original text, end exclusive
    end: int
    score: float


@dataclass(frozen=True)
class Signals:
    domain: DomainResult
    jailbreak: JailbreakResult
    pii: tuple[PiiEntity, ...]
    embedding: np.ndarray  # float32, shape (384,), L2-normalised
    tokens: int  # number of tokens of the text (without special tokens)


def signals_to_public(s: Signals, language: str = "und") -> dict[str, Any]:
    """The public form of one result; ``language``: the text's ISO 639-1 code ("und" when
    unknown), told by the caller's detector (classifiers/language.py)."""
    return {
        "domain": {"label": s.domain.label, "score": float(s.domain.score)},
        "jailbreak": {"label": s.jailbreak.label, "score": float(s.jailbreak.score)},
        "pii": [
            {"type": e.type, "start": int(e.start), "end": int(e.end), "score": float(e.score)}
            for e in s.pii
        ],
        "language": language,
    }
