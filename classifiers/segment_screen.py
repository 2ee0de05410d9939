"""The segment screen: a first stage that decides which sentence segments MiniLM reads.

A text split into sentence segments is read by MiniLM as whole windows (every signal) and
once more per segment (the jailbreak score alone, so one injected sentence is not diluted by
the text around it). The segment rows are about half of MiniLM's work on a short prompt and
most of it on a long tool result, and almost every segment of real traffic scores near 0.

The screen is a bag of MiniLM word pieces and hashed piece bigrams: each feature has a small
vector, a segment is the mean of its features' vectors, and a two-layer perceptron maps that
mean to the probability that MiniLM would score the segment high (it was trained on MiniLM's
own segment scores: ``classifiers/training/segment_screen.py``). A segment the screen scores
below its threshold is not run; its jailbreak score then counts as 0. The threshold was set
on the validation split so that almost every segment MiniLM flags is still read. It costs a
numpy gather and two tiny matrix products per batch: microseconds per segment.

The whole windows are never screened, so the embedding, the domain, the PII spans and the
pooled jailbreak score are exactly what they were; only a segment MiniLM would have scored
high can be lost, and ``classifiers.segment_screen: false`` turns the stage off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifiers.language import detect_language
from classifiers.tokenization import Row

SCREEN_MIN_ENGLISH = 0.5
"""The screen judges the segments of a text told English with at least this confidence; a
text told English at less (a Polish lab report, a Swedish ticket) is read in full."""
FOREIGN_SEGMENT_CONFIDENCE = 0.3
"""A segment the detector places in another language with at least this confidence (a
Portuguese instruction in an English mail) is always read."""

BIGRAM_MULTIPLIER = 1000003
"""Piece bigram (a, b) -> bucket (a * BIGRAM_MULTIPLIER + b) mod buckets (training agrees)."""


@dataclass(frozen=True)
class ScreenConfig:
    file: str
    threshold: float

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> ScreenConfig:
        return cls(file=str(raw["file"]), threshold=float(str(raw["threshold"])))


def screen_features(ids: Sequence[int], vocab: int, buckets: int) -> np.ndarray:
    """Feature rows of one segment: its pieces (without the [CLS]/[SEP] the row carries) and
    the buckets of its piece bigrams, offset past the vocabulary."""
    a = np.asarray(ids[1:-1] if len(ids) > 2 else ids[:1], dtype=np.int64)
    bigrams = (a[:-1] * BIGRAM_MULTIPLIER + a[1:]) % buckets + vocab
    return np.concatenate([a, bigrams])


class SegmentScreen:
    def __init__(
        self,
        table: np.ndarray,
        w1: np.ndarray,
        b1: np.ndarray,
        w2: np.ndarray,
        b2: float,
        vocab: int,
        threshold: float,
    ) -> None:
        self._table = table  # (vocab + buckets, dim) float16
        self._w1, self._b1, self._w2, self._b2 = w1, b1, w2, b2
        self.vocab = vocab
        self.buckets = table.shape[0] - vocab
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path, threshold: float) -> SegmentScreen:
        with np.load(path) as npz:
            return cls(
                np.ascontiguousarray(npz["table"]),
                npz["w1"].astype(np.float32),
                npz["b1"].astype(np.float32),
                npz["w2"].astype(np.float32),
                float(npz["b2"]),
                int(npz["vocab"]),
                threshold,
            )

    def scores(self, rows: Sequence[Sequence[int]]) -> np.ndarray:
        """The screen's probability for each row of piece ids ([CLS] ... [SEP])."""
        if not rows:
            return np.zeros(0, dtype=np.float32)
        feats = [screen_features(r, self.vocab, self.buckets) for r in rows]
        starts = np.cumsum([0] + [len(f) for f in feats[:-1]])
        vecs = self._table[np.concatenate(feats)].astype(np.float32)
        mean = np.add.reduceat(vecs, starts, axis=0) / np.array([len(f) for f in feats])[:, None]
        hidden = np.maximum(mean @ self._w1 + self._b1, 0.0)
        logits = hidden @ self._w2 + self._b2
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)

    def keep(self, rows: Sequence[Sequence[int]]) -> list[bool]:
        """Which rows MiniLM should read: those the screen scores at least its threshold."""
        return [bool(s >= self.threshold) for s in self.scores(rows)]


def read_in_full(text: str) -> bool:
    """True when the screen must not judge ``text``'s segments: it is not told English with
    ``SCREEN_MIN_ENGLISH`` (the screen was fitted on the segments of English texts)."""
    lang, conf = detect_language(text)
    return lang != "en" or conf < SCREEN_MIN_ENGLISH


def foreign_segment(piece: str) -> bool:
    """True when ``piece`` is told another language than English (``und`` is not one)."""
    lang, conf = detect_language(piece)
    return lang not in ("en", "und") and conf >= FOREIGN_SEGMENT_CONFIDENCE


def screened_out(
    screen: SegmentScreen | None,
    rows: Sequence[Row],
    row_ids: Callable[[Row], list[int]],
    skip: set[int],
    always_read: set[int],
    segment_text: Callable[[Row], str],
) -> set[int]:
    """Indices of the sentence-segment rows (not whole windows, not already ``skip``-ped)
    that the screen keeps from MiniLM; none without a screen. The segments of the texts in
    ``always_read`` are not screened: in a text that is not English as a whole, MiniLM reads
    only the English stretches, and an English instruction inside a foreign mail or ticket
    is exactly what an injection looks like (the screen, fitted mostly on English texts'
    segments, let four of them through on the development agent sets). Nor is a segment
    whose own text (``segment_text``) is ``foreign_segment``."""
    if screen is None:
        return set()
    seg = [
        k
        for k, r in enumerate(rows)
        if not (r.classify or r.pii)
        and k not in skip
        and r.text_index not in always_read
        and not foreign_segment(segment_text(r))
    ]
    keep = screen.keep([row_ids(rows[k]) for k in seg])
    return {k for k, kept in zip(seg, keep, strict=True) if not kept}
