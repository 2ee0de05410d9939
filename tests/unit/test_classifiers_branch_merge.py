"""classifiers/branch_merge.py: how the branch's readings land in the engine's arrays (a stub
branch with fixed answers; the real branch is read end to end by test_classifiers_engine)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np

from classifiers.branch_config import BranchScores
from classifiers.branch_merge import BranchPlan, merge_branch
from classifiers.multilingual import MultilingualBranch
from classifiers.tokenization import TextTokens
from classifiers.types import PiiEntity


class StubBranch:
    """Answers every reading with fixed numbers and records what it was asked."""

    terse_words: int | None = None

    def __init__(self, tool_head: bool = True) -> None:
        self.tool_head = tool_head
        self.asked: dict[str, Any] = {}

    def run(self, texts: Sequence[str], addressed_shift: float = 0.0) -> BranchScores:
        self.asked["run"] = (list(texts), addressed_shift)
        n = len(texts)
        dom = np.full((n, 2), 0.5, dtype=np.float32)
        jb = np.full(n, 0.3, dtype=np.float32)
        tool = np.full(n, 0.9, dtype=np.float32) if self.tool_head else None
        spans = [[PiiEntity("PERSON", 0, 1, 0.9)] for _ in texts]
        return BranchScores(dom, jb, spans, tool)

    def domain_and_pii(self, texts: Sequence[str]) -> tuple[np.ndarray, list[list[PiiEntity]]]:
        self.asked["domain_and_pii"] = list(texts)
        spans = [[PiiEntity("EMAIL_ADDRESS", 0, 2, 0.8)] for _ in texts]
        return np.full((len(texts), 2), 0.25, dtype=np.float32), spans

    def pii_spans(self, texts: Sequence[str]) -> list[list[PiiEntity]]:
        self.asked["pii_spans"] = list(texts)
        return [[PiiEntity("PHONE_NUMBER", 0, 3, 0.7)] for _ in texts]

    def terse_scores(self, texts: Sequence[str]) -> np.ndarray:
        return np.full(len(texts), 0.95, dtype=np.float32)

    def stretch_scores(self, texts: Sequence[str], skip: set[int]) -> dict[int, float]:
        self.asked["stretch_skip"] = set(skip)
        return {i: 0.6 for i in range(len(texts)) if i not in skip}


def merge(
    branch: StubBranch, plan: BranchPlan, texts: list[str], segments: bool = True
) -> tuple[np.ndarray, list[list[PiiEntity]], np.ndarray, np.ndarray | None]:
    dom = np.zeros((len(texts), 2), dtype=np.float32)
    spans: list[list[PiiEntity]] = [[] for _ in texts]
    toks = [TextTokens([], []) for _ in texts]
    other, other_tool = merge_branch(
        cast(MultilingualBranch, branch), plan, texts, toks, dom, spans, 2.5, segments
    )
    return dom, spans, other, other_tool


def test_texts_read_whole_take_every_reading_and_the_shift() -> None:
    branch = StubBranch()
    plan = BranchPlan([1], [], [], {1})
    dom, spans, other, other_tool = merge(branch, plan, ["english", "deutsch"], segments=False)
    assert branch.asked["run"] == (["deutsch"], 2.5)
    assert dom[1].tolist() == [0.5, 0.5] and dom[0].tolist() == [0.0, 0.0]
    assert other.tolist() == [0.0, np.float32(0.3)]
    assert other_tool is not None and other_tool.tolist() == [0.0, np.float32(0.9)]
    assert [s.type for s in spans[1]] == ["PERSON"] and spans[0] == []


def test_without_a_tool_head_there_is_no_tool_reading() -> None:
    _, _, _, other_tool = merge(StubBranch(tool_head=False), BranchPlan([0], [], [], set()), ["x"])
    assert other_tool is None


def test_domain_only_texts_keep_their_spans_only_where_the_branch_reads_their_pii() -> None:
    branch = StubBranch()
    plan = BranchPlan([], [0, 1], [2], {1, 2})
    dom, spans, other, _ = merge(branch, plan, ["aa", "bb", "cc"], segments=False)
    assert dom[:2].tolist() == [[0.25, 0.25], [0.25, 0.25]] and dom[2].tolist() == [0.0, 0.0]
    assert spans[0] == [] and [s.type for s in spans[1]] == ["EMAIL_ADDRESS"]
    assert [s.type for s in spans[2]] == ["PHONE_NUMBER"]
    assert other.tolist() == [0.0, 0.0, 0.0]  # no jailbreak reading from either


def test_foreign_stretches_skip_texts_read_whole_and_pii_only_texts() -> None:
    branch = StubBranch()
    plan = BranchPlan([0], [], [], set(), pii_only={2})
    _, _, other, other_tool = merge(branch, plan, ["a", "b", "c"])
    assert branch.asked["stretch_skip"] == {0, 2}
    assert other.tolist() == [np.float32(0.3), np.float32(0.6), 0.0]
    # a stretch counts for the tool-result reading too
    assert other_tool is not None
    assert other_tool.tolist() == [np.float32(0.9), np.float32(0.6), 0.0]
