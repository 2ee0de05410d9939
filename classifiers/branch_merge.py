"""The multilingual branch's readings merged into the engine's per-text arrays: the texts it
reads whole (domain, jailbreak, tool-result score, PII), the domain of unsure prose, the PII
of texts not told English, terse foreign texts (candidate J2) and the foreign stretches of
the rest (``classifiers.foreign_segments``). MiniLM's own readings are the engine's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from classifiers.multilingual import MultilingualBranch
from classifiers.reader_split import terse_foreign
from classifiers.tokenization import TextTokens
from classifiers.types import PiiEntity


@dataclass
class BranchPlan:
    """Which texts the branch reads, and how (decided by the engine before its own runs)."""

    foreign: list[int]  # read whole
    domain_only: list[int]  # its domain (and PII where ``pii_foreign``) only
    pii_extra: list[int]  # its PII only
    pii_foreign: set[int]  # texts whose PII spans are the branch's
    pii_only: set[int] = field(default_factory=set)  # texts a PII policy alone reads


def merge_branch(
    branch: MultilingualBranch,
    plan: BranchPlan,
    texts: Sequence[str],
    toks: Sequence[TextTokens],
    dom: np.ndarray,
    model_spans: list[list[PiiEntity]],
    addressed_shift: float,
    foreign_segments: bool,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Writes the branch's domains into ``dom`` and its PII spans into ``model_spans``;
    returns its jailbreak part per text (``other``) and, with a tool-result head, the same
    read as tool results (``other_tool``, candidate T4; None without one)."""
    n = len(texts)
    other = np.zeros(n, dtype=np.float32)  # not shifted per role
    other_tool: np.ndarray | None = None
    foreign = plan.foreign
    if foreign:
        # (T8') the branch's tool-result head takes the same shift on its segments
        read = branch.run([texts[i] for i in foreign], addressed_shift)
        dom[foreign] = read.domain
        other[foreign] = read.jailbreak
        if read.tool_jailbreak is not None:
            other_tool = np.zeros(n, dtype=np.float32)
            other_tool[foreign] = read.tool_jailbreak
        if read.pii is not None:
            for i, spans in zip(foreign, read.pii, strict=True):
                model_spans[i] = spans
    if plan.domain_only:
        dom_b, spans_b = branch.domain_and_pii([texts[i] for i in plan.domain_only])
        dom[plan.domain_only] = dom_b
        for i, spans in zip(plan.domain_only, spans_b, strict=True):
            if i in plan.pii_foreign:
                model_spans[i] = spans
    if plan.pii_extra:
        extra = branch.pii_spans([texts[i] for i in plan.pii_extra])
        for i, spans in zip(plan.pii_extra, extra, strict=True):
            model_spans[i] = spans
    limit = branch.terse_words
    read_whole = set(foreign)
    terse_other = [
        i
        for i, t in enumerate(texts)
        if limit is not None
        and i not in plan.pii_only
        and i not in read_whole
        and terse_foreign(t, toks[i], limit)
    ]
    if terse_other:
        # candidate J2: a terse foreign text MiniLM reads takes the terse bank's vote too
        scores = branch.terse_scores([texts[i] for i in terse_other])
        other[terse_other] = np.maximum(other[terse_other], scores)
    if foreign_segments:
        # foreign stretches of the texts the branch does not read as a whole
        for i, p in branch.stretch_scores(texts, read_whole | plan.pii_only).items():
            other[i] = max(other[i], p)
            if other_tool is not None:
                other_tool[i] = max(other_tool[i], p)
    return other, other_tool
