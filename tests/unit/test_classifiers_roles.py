"""classifiers/roles.py: the jailbreak line per role shifts MiniLM's part alone."""

from __future__ import annotations

import numpy as np

from classifiers.roles import shift_probabilities, tool_result_scores


def test_no_offset_means_no_score_of_its_own() -> None:
    assert tool_result_scores(np.array([0.5], np.float32), np.zeros(1, np.float32), 0.0) is None


def test_the_shift_is_in_logits_and_keeps_exact_ends() -> None:
    p = np.array([0.0, 0.5, 0.8, 1.0], np.float32)
    out = shift_probabilities(p, np.log(4.0))
    assert out[0] == 0.0 and out[3] == 1.0
    assert np.isclose(out[1], 0.8, atol=1e-6)  # odds 1 -> 4
    assert np.isclose(out[2], 16 / 17, atol=1e-6)  # odds 4 -> 16


def test_only_minilms_part_moves() -> None:
    own = np.array([0.7, 0.1], np.float32)
    other = np.array([0.0, 0.75], np.float32)  # the branch's score, e.g. a German text
    up = tool_result_scores(own, other, 0.6)
    assert up is not None
    assert up[0] > 0.8  # MiniLM's 0.7 crosses the 0.8 line as a tool result
    assert np.isclose(up[1], 0.75)  # the branch's 0.75 does not move
    down = tool_result_scores(own, other, -2.0)
    assert down is not None and down[0] < 0.3 and np.isclose(down[1], 0.75)
