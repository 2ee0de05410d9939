"""Sentence segments mapped onto their windows' token positions (classifiers/window_pool.py,
candidate T13) and pooled as the graph pools a window."""

from __future__ import annotations

import numpy as np

from classifiers.window_pool import WindowSegments, pooled, segment_positions

PREFIX = 7  # "query: "


def offsets(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A text of ``words`` joined by spaces and its tokens' offsets behind the prefix, one
    token per word (as the tokenizer gives them with the prefix in front)."""
    text = " ".join(words)
    out, at = [], 0
    for w in words:
        out.append((PREFIX + at, PREFIX + at + len(w)))
        at += len(w) + 1
    return text, out


def test_a_segment_maps_onto_its_tokens_in_the_window_that_holds_it() -> None:
    text, offs = offsets(["one", "two", "three.", "four", "five", "six."])
    second = (text.index("four"), len(text))
    got = segment_positions(offs, PREFIX, 10, [(0, text.index("four") - 1), second])
    # positions count from 1: the row is its window behind one start token
    assert got == [(0, [1, 2, 3], (0, text.index("four") - 1)), (0, [4, 5, 6], second)]


def test_a_segment_across_a_window_edge_is_read_by_its_part_in_each_window() -> None:
    text, offs = offsets(["a1", "a2", "a3", "b1", "b2", "b3", "b4"])
    seg = (text.index("a3"), text.index("b2") + 2)  # a3 b1 b2: windows of three tokens
    got = segment_positions(offs, PREFIX, 3, [seg])
    assert got == [(0, [3], seg), (1, [1, 2], seg)]
    # a segment outside every token (trailing space) maps to nothing
    assert segment_positions(offs, PREFIX, 3, [(len(text), len(text) + 1)]) == []


def test_pooled_is_the_normalised_mean_of_the_positions() -> None:
    states = np.array([[9.0, 9.0], [1.0, 0.0], [3.0, 0.0], [0.0, 5.0]], dtype=np.float32)
    assert np.allclose(pooled(states, [1, 2]), [1.0, 0.0])
    v = pooled(states, [2, 3])
    assert np.isclose(np.linalg.norm(v), 1.0) and np.allclose(v, np.array([3, 5]) / np.hypot(3, 5))


def test_window_segments_pool_each_planned_part_for_its_owner() -> None:
    text, offs = offsets(["a1", "a2", "a3", "b1", "b2", "b3"])
    seg = (text.index("a2"), text.index("b1") + 2)
    plan = WindowSegments()
    plan.plan(5, 2, offs, PREFIX, 3, [seg], speaks=[seg])
    assert sorted(plan.by_row) == [5, 6]
    rng = np.random.default_rng(0)
    plan.take(5, rng.normal(size=(5, 4)).astype(np.float32))
    plan.take(7, rng.normal(size=(5, 4)).astype(np.float32))  # a row with nothing planned
    plan.take(6, rng.normal(size=(5, 4)).astype(np.float32))
    x, owner, speaks = plan.pooled_rows()
    assert x.shape == (2, 4) and owner.tolist() == [2, 2] and speaks.tolist() == [True, True]
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0)
