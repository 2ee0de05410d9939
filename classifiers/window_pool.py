"""Sentence segments read inside their window (candidate T13, docs/classifiers.md, "Sentences
read in their window: candidate T13").

The branch's tool-result head used to read each sentence segment of a foreign tool result as
a row of its own: a sentence alone, out of the document that gives it its sense. Probe F3
showed that the same sentence pooled from the top-layer token states of the window that holds
it (the branch graph's ``token_states`` output, the tensor its ``embedding`` is the
normalised mean of) separates injections from genuine notices far better at the low
false-positive end (injections caught where 3 % of clean carriers are flagged: 0.18 -> 0.37
through the shipped int8 graph). A segment that crosses a window edge is read in each window
it overlaps, by its part inside.

The head's artefact says it reads segments so (``in_window`` in ``ToolHead``); this module
maps a text's segments onto its windows' token positions, for the runtime and for the head's
builder (``classifiers/training/branch_window_head.py``) alike."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

Span = tuple[int, int]


def segment_positions(
    offsets: Sequence[tuple[int, int]], prefix: int, width: int, spans: Sequence[Span]
) -> list[tuple[int, list[int], Span]]:
    """(window number, the segment's token positions in that window's row, the segment's
    span) for each part of a segment inside a window. ``offsets``: the character offsets of
    the text's tokens as encoded behind a prefix of ``prefix`` characters (no special
    tokens); ``width``: tokens per window (a row is its window behind one start token, so
    position = index in the window + 1). A token counts when it lies inside the segment."""
    offs = [(a - prefix, b - prefix) for a, b in offsets]
    out: list[tuple[int, list[int], Span]] = []
    for w, s in enumerate(range(0, max(len(offs), 1), width)):
        part = offs[s : s + width]
        if not part:
            continue
        lo, hi = max(part[0][0], 0), part[-1][1]
        for a, b in spans:
            if a >= hi or b <= lo:
                continue
            pos = [j + 1 for j, (x, y) in enumerate(part) if x >= a and y <= b and y > x]
            if pos:
                out.append((w, pos, (a, b)))
    return out


def pooled(states: np.ndarray, positions: Sequence[int]) -> np.ndarray:
    """The normalised mean of one row's token states (tokens, d) over ``positions``: a
    segment's embedding as the graph's own ``embedding`` is its row's."""
    v = states[list(positions)].astype(np.float32).mean(0)
    return (v / max(float(np.linalg.norm(v)), 1e-9)).astype(np.float32)


class WindowSegments:
    """The segments of a branch pass to pool from their windows' states: planned per text
    before the runs, pooled as each run returns its rows' states, scored by the head after."""

    def __init__(self) -> None:
        self.by_row: dict[int, list[tuple[list[int], bool]]] = {}  # row -> (positions, speaks)
        self._owner: dict[int, int] = {}
        self._x: list[np.ndarray] = []
        self._of: list[int] = []
        self._speaks: list[bool] = []

    def plan(
        self,
        first_row: int,
        owner: int,
        offsets: Sequence[tuple[int, int]],
        prefix: int,
        width: int,
        spans: Sequence[Span],
        speaks: Sequence[Span] = (),
    ) -> None:
        """A text's segments (``spans``) whose windows are rows ``first_row``, ``first_row``
        + 1, ...; ``speaks``: the spans that address the AI reading them (candidate T8')."""
        for w, pos, span in segment_positions(offsets, prefix, width, spans):
            self.by_row.setdefault(first_row + w, []).append((pos, span in speaks))
            self._owner[first_row + w] = owner

    def take(self, row: int, states: np.ndarray) -> None:
        """Pools the planned segments of ``row`` from its token states (tokens, d)."""
        for pos, speaks in self.by_row.get(row, ()):
            self._x.append(pooled(states, pos))
            self._of.append(self._owner[row])
            self._speaks.append(speaks)

    def pooled_rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(embeddings (m, d), owner (m,), speaks (m,)) of every segment part pooled so far."""
        x = np.stack(self._x) if self._x else np.zeros((0, 1), dtype=np.float32)
        return x, np.array(self._of, dtype=np.int64), np.array(self._speaks, dtype=bool)
