"""Sentence segments of a text, for the jailbreak score of short stretches.

The jailbreak head reads a mean-pooled row; an injection of one sentence inside a tool
result, a ticket or pages of filler is diluted by the harmless text around it. Scoring each
segment (a sentence, or a few short ones merged) as well finds it. The training data uses
the same segmentation (``classifiers/training/data_fragments.py``: harmless segments as
negatives), so the model knows what a harmless fragment looks like.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from classifiers.settings import ClassifierSettings

_BREAK = re.compile(r"(?<=[.!?;])\s+|\s*\n\s*")
MIN_SEGMENT_LETTERS = 8
"""A segment with fewer letters than this is not prose (``prose_like``)."""


def prose_like(piece: str, min_letter_share: float) -> bool:
    """True when ``piece`` reads as a sentence: letters (any script) make at least
    ``min_letter_share`` of its visible characters and number at least
    ``MIN_SEGMENT_LETTERS``. A table rule (``|----|----|``), a SQL separator row, a
    ``commit <sha>`` line or a log prefix with an empty message is not: the jailbreak head
    fires on such fragments (odd tokens look like an adversarial suffix) and no injection
    that tells an agent what to do is written that way. Invisible format characters do not
    count. ``min_letter_share`` 0 = every segment is prose
    (``classifiers.segment_min_letter_share``)."""
    if min_letter_share <= 0:
        return True
    letters = sum(c.isalpha() for c in piece)
    # invisible format characters (zero-width spaces, bidi controls, tag characters) are
    # not visible: a sentence interleaved with them is still a sentence
    visible = sum(not c.isspace() and unicodedata.category(c) != "Cf" for c in piece)
    return letters >= MIN_SEGMENT_LETTERS and letters >= min_letter_share * visible


def sentence_spans(text: str, min_chars: int = 40, max_chars: int = 240) -> list[tuple[int, int]]:
    """Character spans (start, end) of the text's segments: sentences and lines, merged
    while shorter than ``min_chars``, cut at whitespace when longer than ``max_chars``.
    One span or none means the text has nothing to split."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    cut: list[tuple[int, int]] = []
    for a, b in pieces:
        while b - a > max_chars:
            space = text.rfind(" ", a + max_chars // 2, a + max_chars)
            stop = space if space > a else a + max_chars
            cut.append((a, stop))
            a = stop + 1 if space > a else stop
        if b > a:
            cut.append((a, b))
    merged: list[tuple[int, int]] = []
    for a, b in cut:
        short = merged and merged[-1][1] - merged[-1][0] < min_chars
        if short and b - merged[-1][0] <= max_chars:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and merged[-1][1] - merged[-1][0] < min_chars:
        a, b = merged.pop()
        if b - merged[-1][0] <= max_chars:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def sentence_segments(text: str, min_chars: int = 40, max_chars: int = 240) -> list[str]:
    """The segments' texts; empty when the text is a single segment."""
    spans = sentence_spans(text, min_chars, max_chars)
    return [text[a:b] for a, b in spans] if len(spans) > 1 else []


def scored_spans(text: str, min_letter_share: float) -> list[tuple[int, int]]:
    """The spans of ``text``'s segments that are scored for jailbreak: none for a text of
    one segment; else those that are ``prose_like`` when at least one is (the table rules
    and hashes of a document that has sentences are its structure), and every one when
    none is: a text with no sentence at all is data or an obfuscated attack (characters
    interleaved with backslashes, Morse code), which the segments must still read."""
    spans = sentence_spans(text)
    if len(spans) < 2:
        return []
    prose = [(a, b) for a, b in spans if prose_like(text[a:b], min_letter_share)]
    return prose or spans


def scored_segments(text: str, min_letter_share: float) -> list[str]:
    """The texts of ``scored_spans``."""
    return [text[a:b] for a, b in scored_spans(text, min_letter_share)]


def corroborated(
    whole: np.ndarray, seg: list[float | None], need: float | Sequence[float]
) -> np.ndarray:
    """Each text's jailbreak score from its whole windows' (``whole``) and its segments'
    (``seg``: None for a text of one segment): the higher of the two, except that a
    segmented text whose segments all stay below ``need`` (one floor, or one per text) keeps
    its segments' score (its pooled reading alone does not flag it;
    ``classifiers.segment_corroboration``, ``long_text_corroboration``)."""
    needs = [float(need)] * len(seg) if isinstance(need, float | int) else list(need)
    out = whole.copy()
    for i, s in enumerate(seg):
        if s is not None:
            out[i] = s if s < needs[i] else max(float(whole[i]), s)
    return out


def corroboration_floors(
    settings: ClassifierSettings, lengths: Sequence[int]
) -> float | list[float]:
    """Per text of ``lengths`` content tokens, the floor a segment must reach for its whole
    windows' score to count: ``segment_corroboration``, or ``long_text_corroboration`` when
    higher for a text longer than one window (candidate R2); one floor for all when the
    second is not higher (the default)."""
    base, long = settings.segment_corroboration, settings.long_text_corroboration
    if long <= base:
        return base
    window = settings.max_tokens - 2
    return [max(base, long) if n > window else base for n in lengths]
