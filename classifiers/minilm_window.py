"""MiniLM's tool-result head reading a sentence both alone and inside its window (candidate
T14b, docs/classifiers.md, "Both readings of a sentence for MiniLM's tool results: candidate
T14b").

The engine reads each sentence segment of a text as a row of its own, out of the document
that gives it its sense; a genuine notice ("ignore this mail if you did not ask for it") then
reads like an instruction planted for the agent. Read inside its window instead, MiniLM's
fine-tuned layer reads it worse (probe M2); read both ways, a head separates injections from
genuine notices better than either (probe M3). When MiniLM's tool-result head has an
in-window block (``window_w`` in ``classifiers/tool_head.py``), a segment's tool-result logit
is its own row's reading plus that block on its largest part inside a window (classify or PII
row) that runs: the mean of the graph's per-token ``token_jailbreak`` over its tokens and
the normalised mean of ``token_states`` over them (both outputs added by
``classifiers/training/minilm_states.py``). A segment the screen skips is not read (as
before); one none of whose windows runs keeps its own reading; an English stretch of a text
the branch reads whole (whose windows MiniLM does not read) takes the shipped head the block
was fitted from (``alone``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from classifiers.jailbreak_vote import shifted
from classifiers.tokenization import Row
from classifiers.tool_head import ToolHead
from classifiers.window_pool import pooled

STATE_OUTPUTS = ("token_states", "token_jailbreak")


def largest_parts(
    rows: Sequence[Row], segments: Iterable[int], windows: Iterable[int]
) -> dict[int, list[tuple[int, list[int]]]]:
    """For each window row of ``windows`` (whole rows: classify or PII), the segment rows of
    ``segments`` whose largest part lies in it (ties: the window that starts first), with
    that part's token positions in the window's row (position 0: its start token)."""
    by_text: dict[int, list[int]] = {}
    for w in windows:
        by_text.setdefault(rows[w].text_index, []).append(w)
    out: dict[int, list[tuple[int, list[int]]]] = {}
    for k in segments:
        seg = rows[k]
        best: tuple[tuple[int, int], int, list[int]] | None = None
        for w in by_text.get(seg.text_index, ()):
            win = rows[w]
            lo, hi = max(seg.start, win.start), min(seg.stop, win.stop)
            key = (hi - lo, -win.start)
            if hi > lo and (best is None or key > best[0]):
                best = (key, w, list(range(lo - win.start + 1, hi - win.start + 1)))
        if best is not None:
            out.setdefault(best[1], []).append((k, best[2]))
    return out


class BothReadings:
    """The segments of one engine pass: their own rows' tool-result logits and their
    windows' block, gathered as the runs return in any order and combined after."""

    def __init__(
        self, head: ToolHead, parts: dict[int, list[tuple[int, list[int]]]], reads: set[int]
    ) -> None:
        self.head = head
        self.parts = parts
        self.reads = reads  # the segment rows read both ways
        self._own: dict[int, float] = {}
        self._window: dict[int, float] = {}

    @classmethod
    def plan(
        cls, head: ToolHead, rows: Sequence[Row], order: Sequence[int], read_whole: set[int]
    ) -> BothReadings:
        """The readings of one pass running the rows ``order``: every segment row of a text
        the branch does not read whole (``read_whole``), in the windows that run."""
        wins = [k for k in order if rows[k].classify or rows[k].pii]
        segs = [
            k
            for k in order
            if not (rows[k].classify or rows[k].pii) and rows[k].text_index not in read_whole
        ]
        return cls(head, largest_parts(rows, segs, wins), set(segs))

    def fallback(
        self, chunk: Sequence[int], whole: Sequence[bool], out: dict[str, np.ndarray], p: np.ndarray
    ) -> None:
        """In ``p`` (a run's tool-result probabilities), the segments not read both ways (of a
        text the branch reads whole) take the head's ``alone`` reading."""
        at = [j for j, k in enumerate(chunk) if not whole[j] and k not in self.reads]
        if at and self.head.alone is not None:
            seg = np.ones(len(at), dtype=bool)
            p[at] = self.head.alone.scores(out["embedding"][at], seg, out["jailbreak_prob"][at])

    def take_window(self, window: int, states: np.ndarray, token_jailbreak: np.ndarray) -> None:
        """The block of the segments whose part lies in ``window``, from its row's outputs
        (tokens, d) and (tokens,)."""
        got = self.parts.get(window, ())
        if not got:
            return
        z = np.array([token_jailbreak[pos].astype(np.float64).mean() for _, pos in got])
        x = np.stack([pooled(states, pos) for _, pos in got])
        for (k, _), v in zip(got, self.head.window_logits(z, x).tolist(), strict=True):
            self._window[k] = v

    def take_own(self, segment: int, logit: float) -> None:
        """A segment row's own tool-result logit (its bias included)."""
        self._own[segment] = logit

    def scores(self, moved: set[int], shift: float) -> list[tuple[int, float]]:
        """(segment row, tool-result probability) of every segment read; a row of ``moved``
        (one that speaks to the AI reading it, candidate T8) moved by ``shift``."""
        ks = sorted(self._own)
        if not ks:
            return []
        z = np.array([self._own[k] + self._window.get(k, 0.0) for k in ks], dtype=np.float64)
        p = (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).astype(np.float32)
        up = np.array([k in moved for k in ks], dtype=bool)
        if up.any():
            p[up] = shifted(p[up], shift)
        return list(zip(ks, p.tolist(), strict=True))
