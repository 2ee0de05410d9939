"""Per text, the highest jailbreak score of its whole windows and of its sentence segments,
kept apart until ``segment_corroboration`` combines them (classifiers/segments.py)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from classifiers.segments import corroborated


class RowMaxima:
    def __init__(self, n: int) -> None:
        self.whole = np.zeros(n, dtype=np.float32)
        self.segments: list[float | None] = [None] * n  # None: the text was not segmented

    def screened(self, i: int) -> None:
        """A segment the first stage let MiniLM skip counts as 0."""
        self.segments[i] = self.segments[i] or 0.0

    def add(self, i: int, p: float, segment: bool) -> None:
        if segment:
            self.segments[i] = max(self.segments[i] or 0.0, p)
        else:
            self.whole[i] = max(float(self.whole[i]), p)

    def scores(self, need: float | Sequence[float]) -> np.ndarray:
        return corroborated(self.whole, self.segments, need)
