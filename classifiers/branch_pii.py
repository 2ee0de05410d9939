"""PII spans read by the multilingual branch (candidate M, docs/classifiers.md).

MiniLM's English word pieces cut foreign names and street words into many pieces; the
branch's XLM-R vocabulary does not. With ``pii`` in the branch's config, its graph also
returns per-token BIO logits (a copy of e5's last layer and a token head, trained on
``classifiers/training/ml_pii.py``), and a text the branch reads for PII takes its model
spans from there instead of from MiniLM's PII layer. Patterns and their validators, the
constrained decoding and the name rules are the same for both readers
(``classifiers/pii_decode.py``).

Which texts: every text the detector does not call English, however unsure it is of the
language it names (a form of names and numbers has too few words for the detector to be
sure of anything, and MiniLM reads foreign names worst of all). Texts it calls English keep
MiniLM's PII layer, even at low confidence: short English sentences often get 0.0-0.3, and
MiniLM reads English names better than the branch (development groups: sending every text
not told English at 0.5 to the branch cost the English groups 0.02 strict F1; this gate
costs them 0.001)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from classifiers.language import detect_language
from classifiers.pii_decode import decode_window
from classifiers.types import PiiEntity


def reads_pii(text: str) -> bool:
    """The branch reads this text's PII: the detector does not call it English."""
    return detect_language(text)[0] != "en"


def text_offsets(
    text: str, offsets: Sequence[tuple[int, int]], prefix_len: int
) -> list[tuple[int, int] | None]:
    """Per token of ``prefix + text``: its characters in ``text``, a SentencePiece token's
    leading space left out (" Müller" -> "Müller"); None for the prefix's tokens."""
    out: list[tuple[int, int] | None] = []
    for a, b in offsets:
        a, b = max(a - prefix_len, 0), max(b - prefix_len, 0)
        while a < b and text[a].isspace():
            a += 1
        out.append((a, b) if b > a else None)
    return out


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def window_spans(
    text: str,
    logits: np.ndarray,
    offsets: Sequence[tuple[int, int] | None],
    labels: tuple[str, ...],
) -> list[PiiEntity]:
    """Model spans of one branch window: ``logits`` (n, labels) for its content tokens (no
    <s>/</s>), ``offsets`` from ``text_offsets``. A span cut by the window's edge is kept
    as far as it goes: the branch's windows do not overlap, and part of a name is better
    redacted than none."""
    keep = [j for j, o in enumerate(offsets) if o is not None]
    if not keep:
        return []
    probs = softmax(logits[keep].astype(np.float32))
    spans = [o for o in offsets if o is not None]
    return decode_window(text, probs, labels, spans, True, True)
