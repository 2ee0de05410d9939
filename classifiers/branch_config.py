"""The multilingual branch's configuration (``multilingual`` in classifier_config.json) and
what its reading returns (classifiers/multilingual.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from classifiers.domain_exemplars import ExemplarSettings
from classifiers.jailbreak_vote import VoteSettings
from classifiers.stretch_head import StretchSettings
from classifiers.tool_head import ToolHead
from classifiers.types import PiiEntity


@dataclass(frozen=True)
class BranchConfig:
    onnx: str
    word_embeddings: str
    tokenizer: str
    bos_id: int
    eos_id: int
    prefix: str
    max_tokens: int
    languages: tuple[str, ...]
    segment_shift: float | None = None
    """Candidate G: also read each text's sentence segments, a segment's probability moved
    by this logit offset (its threshold was set on harmless segments, not whole texts);
    None: whole windows only."""
    pii: bool = False
    """Candidate M: the graph also returns ``pii_logits`` (classifiers/branch_pii.py)."""
    domain_exemplars: ExemplarSettings | None = None
    """Candidate Y: the graph also returns the sentence ``embedding``, and the domain is the
    head's probabilities blended with a vote of the nearest labelled prompts in e5's space
    (``classifiers/domain_exemplars.py``); None: the head alone."""
    jailbreak_exemplars: VoteSettings | None = None
    """Candidate X2: a whole text of one window scores the higher of its jailbreak head and
    the head blended with a vote of the nearest labelled prompts
    (``classifiers/jailbreak_vote.py``); None: the head alone."""
    jailbreak_language_shift: dict[str, float] = field(default_factory=dict)
    """Candidate L5: per language the head was not calibrated on, a logit offset for the
    jailbreak probability of a whole text of one window told in it (docs/classifiers.md)."""
    tool_head: str | None = None
    """Candidate T4: the artefact of a second jailbreak head for tool results
    (``classifiers/tool_head.py``); None: tool results read as a user's text."""
    user_head: str | None = None
    """Candidate P4: the artefact of a correcting head for a user's own text (users pasting
    code, logs and configs; ``classifiers/tool_head.py``), applied to every window and
    segment before the vote and the language offsets; None: the shipped head alone."""
    stretch_head: StretchSettings | None = None
    """Candidate L1s: the foreign stretches of a text the branch does not read whole are
    scored by this stored head and segment line (``classifiers/stretch_head.py``); None: by
    the graph's head and ``segment_shift``."""
    segments_to_branch: bool = False
    """Candidate P5: a sentence segment in one of the branch's languages (and not English) of
    a text the branch does not read as a whole is read by the branch alone (its foreign
    stretches, ``stretch_scores``), not by MiniLM too, whose reading of a language it was not
    trained on means nothing (a German question in front of a pasted YAML file: 0.999)."""
    segments_by_words: bool = False
    """Candidate P6': with ``segments_to_branch``, only a segment whose language the detector
    tells by its script or by at least two of its own words (``told_by_words``) is left to
    the branch; a technical line told Swedish on one word ("AV evasion") stays MiniLM's."""
    unsure_stopword_share: float | None = None
    """Candidate L7: the branch also reads a text the detector places outside English with
    too little confidence (a Catalan request told French at 0.0), when English function
    words are under ``ENGLISH_SHARE_READ`` and at least this share of its words are function
    words of the branch's languages; None: only texts told one of its languages with
    ``MIN_CONFIDENCE``. MiniLM, which cannot read them, then counts their English stretches
    alone."""
    unsure_keep_minilm: tuple[str, ...] = ()
    """Candidate L7f: with ``unsure_stopword_share``, unsure prose that ``domain_language``'s
    wider word lists tell one of these languages (``fi``: the branch reads Finnish attacks
    worse than MiniLM, candidates L8 and L7'') keeps MiniLM's jailbreak reading; its domain is
    still the branch's (``unsure_domain_share``)."""
    unsure_domain_share: float | None = None
    """Candidate L7d: the same test as ``unsure_stopword_share``, for the domain alone: the
    branch's domain answers such a text (its PII pass reads it anyway), while its jailbreak
    score stays MiniLM's reading as before; None: off."""

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> BranchConfig:
        return cls(
            onnx=str(raw["onnx"]),
            word_embeddings=str(raw["word_embeddings"]),
            tokenizer=str(raw["tokenizer"]),
            bos_id=int(raw["bos_id"]),
            eos_id=int(raw["eos_id"]),
            prefix=str(raw["prefix"]),
            max_tokens=int(raw["max_tokens"]),
            languages=tuple(raw["languages"]),
            segment_shift=(
                float(raw["segment_shift"]) if raw.get("segment_shift") is not None else None
            ),
            pii=bool(raw.get("pii", False)),
            domain_exemplars=ExemplarSettings.from_json(raw.get("domain_exemplars")),
            jailbreak_exemplars=VoteSettings.from_json(raw.get("jailbreak_exemplars")),
            jailbreak_language_shift={
                str(k): float(v) for k, v in (raw.get("jailbreak_language_shift") or {}).items()
            },
            tool_head=ToolHead.file_of(raw.get("tool_head")),
            user_head=ToolHead.file_of(raw.get("user_head")),
            stretch_head=StretchSettings.from_json(raw.get("stretch_head")),
            segments_to_branch=bool(raw.get("segments_to_branch", False)),
            segments_by_words=bool(raw.get("segments_by_words", False)),
            unsure_stopword_share=(
                float(raw["unsure_stopword_share"])
                if raw.get("unsure_stopword_share") is not None
                else None
            ),
            unsure_keep_minilm=tuple(str(c) for c in raw.get("unsure_keep_minilm") or ()),
            unsure_domain_share=(
                float(raw["unsure_domain_share"])
                if raw.get("unsure_domain_share") is not None
                else None
            ),
        )

    @property
    def files(self) -> list[str]:
        vote = self.jailbreak_exemplars.exemplars if self.jailbreak_exemplars else None
        terse = self.jailbreak_exemplars.terse if self.jailbreak_exemplars else None
        banks = [b.file for b in (self.domain_exemplars, vote, terse) if b is not None]
        stretch = self.stretch_head.file if self.stretch_head else None
        heads = [h for h in (self.tool_head, self.user_head, stretch) if h]
        return [self.onnx, self.word_embeddings, self.tokenizer, *banks, *heads]


class ScoredPieces(NamedTuple):
    """What ``MultilingualBranch._score`` returns per owner (with the first window's
    embedding, for the votes and ``embed``)."""

    domain: np.ndarray
    jailbreak: np.ndarray
    pii: list[list[PiiEntity]] | None
    embedding: np.ndarray | None
    tool_jailbreak: np.ndarray | None


class BranchScores(NamedTuple):
    """What ``MultilingualBranch.run`` returns per text."""

    domain: np.ndarray  # (n, D)
    jailbreak: np.ndarray  # (n,) as a user's text
    pii: list[list[PiiEntity]] | None  # the PII layer's spans; None without ``pii``
    tool_jailbreak: np.ndarray | None  # (n,) as a tool result; None without ``tool_head``
