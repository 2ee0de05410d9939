"""Read one message: normalise it, classify it and what it encodes, and say in which language.

A message's :class:`Reading` is what every ML signal sees (it is a ``ClassifierOutput``):
the classifier's output for the normalised text (domain, PII mapped back onto the text as
sent, cache embedding), plus one output per decoded part (``extproc/signals/normalize.py``).
The jailbreak score is the highest over the parts the classifier can read; a part in a
language outside a jailbreak signal's ``supported_languages`` *abstains* instead of
guessing (the encoder was trained on English: docs/classifiers.md, "Languages"). Operator
exemplars (``extproc/signals/corrections.py``) mark a part allowed or denied and correct
the domain vote. Each text is classified through the memo, so the memo keys on the
normalised text and on each decoded part.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from classifiers.language import (
    ENGLISH_SHARE_READ,
    detect_language,
    english_share,
    told_by_words,
)
from extproc.signals.base import ClassifierOutput, DomainOut
from extproc.signals.corrections import Corrections, canonical
from extproc.signals.hidden import is_hidden_sentence, on_signal_line
from extproc.signals.normalize import Normalized, normalize
from extproc.signals.opaque_runs import (
    CLEAR,
    FLOOR,
    MIN_SHARE,
    SecondOpinion,
    mask_runs,
    opaque_share,
    opaque_spans,
)

ClassifyText = Callable[[str], Awaitable[tuple[ClassifierOutput | None, str]]]


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class JailbreakScore:
    jailbreak_probability: float


@dataclass(frozen=True)
class PartReading:
    kind: str
    """``text`` for the message itself, else the decoding (``base64``, ``url>base64``,
    ``unicode_tags``, ...)."""
    output: ClassifierOutput
    language: str
    language_confidence: float
    english_share: float
    operator: str = ""
    """``allow`` / ``deny`` when an operator exemplar matched this text."""
    text: str = field(default="", repr=False)
    """The text read (the normalised message or the decoded part); only
    ``language_by_words`` looks at it."""

    @property
    def language_by_words(self) -> bool:
        """The language was told by the script or by its own words (``told_by_words``), not
        by letters or word-prefix cues alone: only then may a signal abstain on it. Worked
        out only when a signal asks, i.e. for a part told a language it does not read."""
        return told_by_words(self.text)

    @property
    def raw_score(self) -> float:
        return float(self.output.jailbreak.jailbreak_probability)

    @property
    def tool_result_score(self) -> float:
        """The classifier's score for this part read as a tool or function result."""
        return probability(self.output.jailbreak, tool_result=True)

    @property
    def english_score(self) -> float | None:
        """The classifier's score on the English stretches of a part that is not English as
        a whole (``JailbreakResult.english_probability``); None when the classifier did not
        say (English text, or an output without it)."""
        value = getattr(self.output.jailbreak, "english_probability", None)
        return None if value is None else float(value)

    def unreadable(self, supported: frozenset[str], min_confidence: float) -> bool:
        """The classifier cannot read this part as a whole: a language outside ``supported``
        (``*``: every language), told with at least ``min_confidence`` and by the script or
        the language's own words (``language_by_words``). Without the
        classifier's English-stretch score, a part with an English run counts as readable."""
        if (
            "*" in supported
            or self.language in supported
            or self.language == "und"
            or self.language_confidence < min_confidence
            or not self.language_by_words  # last: the only check that scans the text again
        ):
            return False
        return self.english_score is not None or self.english_share < ENGLISH_SHARE_READ


@dataclass(frozen=True)
class Reading:
    """A message as the signals read it (implements ``ClassifierOutput``)."""

    normalized: Normalized
    parts: tuple[PartReading, ...]
    """``parts[0]`` is the message's own normalised text; then the decoded parts."""
    corrected_domain: DomainOut | None = None

    @property
    def main(self) -> PartReading:
        return self.parts[0]

    @property
    def domain(self) -> DomainOut:
        return self.corrected_domain or self.main.output.domain

    @property
    def jailbreak(self) -> JailbreakScore:
        """The highest score over every part (operator verdicts applied, no abstention:
        abstention belongs to each jailbreak signal, ``judge_jailbreak``)."""
        return JailbreakScore(max(_score(p) for p in self.parts))

    @property
    def pii(self) -> Sequence[Span]:
        n = self.normalized
        return [
            Span(e.type, *n.original_span(e.start, e.end), e.score) for e in self.main.output.pii
        ]

    @property
    def embedding(self) -> np.ndarray:
        return self.main.output.embedding

    @property
    def language(self) -> str:
        return self.main.language

    def public_language(self) -> dict[str, Any]:
        return {"code": self.main.language, "confidence": round(self.main.language_confidence, 4)}


def probability(jailbreak: Any, tool_result: bool = False) -> float:
    """A classifier output's jailbreak probability; for a tool or function result, its
    score as one where the model sets a line per role
    (``JailbreakResult.tool_result_probability``; absent or None: the same)."""
    tool = getattr(jailbreak, "tool_result_probability", None) if tool_result else None
    return float(jailbreak.jailbreak_probability if tool is None else tool)


def _score(part: PartReading, tool_result: bool = False) -> float:
    if part.operator == "deny":
        return 1.0
    if part.operator == "allow":
        return 0.0
    return part.tool_result_score if tool_result else part.raw_score


def judge_jailbreak(
    reading: ClassifierOutput,
    supported: frozenset[str],
    min_confidence: float,
    tool_result: bool = False,
    hidden_line: float | None = None,
    line: float = 1.0,
) -> tuple[float, Any]:
    """(score, explain value) of one message for a jailbreak signal: the highest score of
    the parts it can read; unreadable parts abstain (score 0, listed with their language).
    ``tool_result``: the message is a tool or function result, read on the model's line for
    them (``JailbreakResult.tool_result_probability``). ``hidden_line``: an English sentence
    decoded or revealed from the message is read on this line instead of the signal's
    ``line`` (its score moved onto the signal's scale; ``extproc/signals/hidden.py``)."""
    if not isinstance(reading, Reading):
        p = probability(reading.jailbreak, tool_result)
        return p, {"score": round(p, 4)}
    best, best_part = -1.0, reading.main
    abstained: list[dict[str, Any]] = []
    best_hidden: float | None = None  # the best part's own score, read on the hidden line
    for part in reading.parts:
        if part.operator == "" and part.unreadable(supported, min_confidence):
            entry = {
                "part": part.kind,
                "language": part.language,
                "score": round(part.raw_score, 4),
            }
            english = part.english_score
            if "en" in supported and english is not None:
                # the part's English stretches are read, the rest abstains
                entry["english_runs"] = round(english, 4)
                if english > best:
                    best, best_part = english, part
                    best_hidden = None
            abstained.append(entry)
            continue
        score = own = _score(part, tool_result)
        hidden = (
            hidden_line is not None
            and not part.operator
            and is_hidden_sentence(part.kind, part.language, part.text)
        )
        if hidden and hidden_line is not None:
            score = on_signal_line(own, hidden_line, line)
        if score > best or (score == best and part.kind != "text"):  # name the decoding
            best, best_part, best_hidden = score, part, own if hidden else None
    best = max(best, 0.0)
    value: dict[str, Any] = {"score": round(best, 4), "language": reading.main.language}
    if reading.normalized.parts:
        value["parts"] = [p.kind for p in reading.normalized.parts]
    if best_part.kind != "text" and best > 0:
        value["decoded"] = best_part.kind
        if best_hidden is not None:  # read on the hidden line: its own score
            value["hidden_sentence"] = {"score": round(best_hidden, 4)}
    if isinstance(reading.main.output, SecondOpinion):  # the score read with runs masked
        value["opaque_runs_masked"] = {
            "score_as_sent": round(probability(reading.main.output.base.jailbreak, tool_result), 4)
        }
    if best_part.operator:
        value["operator"] = best_part.operator
    if abstained:
        value["abstained"] = abstained
    return best, value


def _part(kind: str, text: str, output: ClassifierOutput) -> PartReading:
    code, conf = detect_language(text)
    return PartReading(kind, output, code, conf, english_share(text), "", text)


async def _second_opinion(classify_text: ClassifyText, main: PartReading, text: str) -> PartReading:
    """``main`` with the jailbreak score of ``text`` read with its opaque runs masked, when
    the runs are a fair share of the text and the masked reading is clearly harmless
    (``extproc/signals/opaque_runs.py``); ``main`` itself otherwise, and when the second
    reading fails (the higher score stands: fail closed)."""
    spans = opaque_spans(text)  # found once for the share and the mask
    if opaque_share(text, spans) < MIN_SHARE:
        return main
    output, _ = await classify_text(mask_runs(text, spans))
    if output is None:
        return main
    score = float(output.jailbreak.jailbreak_probability)
    if score >= CLEAR or score >= main.raw_score:
        return main
    return PartReading(
        main.kind,
        SecondOpinion(main.output, output),
        main.language,
        main.language_confidence,
        main.english_share,
        main.operator,
        main.text,
    )


async def read_text(
    classify_text: ClassifyText,
    text: str,
    corrections: Corrections | None = None,
    pii_only: bool = False,
) -> tuple[Reading | None, str]:
    """Normalise ``text``, classify it and each decoded part (each distinct text once);
    (None, reason) when any classification fails (security signals then fail closed).
    ``pii_only`` (a message only a PII policy reads; ``classify_text`` is then the PII
    reading): the text alone, since PII is read on the message's own text."""
    norm = normalize(text)
    kinds = [("text", norm.text)]
    if not pii_only:
        kinds += [(p.kind, p.text) for p in norm.parts if p.classified]
    distinct = list(dict.fromkeys(t for _, t in kinds))
    if len(distinct) == 1:
        results = [await classify_text(distinct[0])]
    else:
        results = list(await asyncio.gather(*(classify_text(t) for t in distinct)))
    outputs: dict[str, ClassifierOutput] = {}
    for t, (output, error) in zip(distinct, results, strict=True):
        if output is None:
            return None, error
        outputs[t] = output
    parts = [_part(kind, t, outputs[t]) for kind, t in kinds]
    own = getattr(parts[0].output.jailbreak, "jailbreak_probability", None)
    if not pii_only and FLOOR <= 1.0 and own is not None and float(own) >= FLOOR:
        parts[0] = await _second_opinion(classify_text, parts[0], norm.text)
    domain = None
    if corrections is not None:
        parts = [
            PartReading(
                p.kind,
                p.output,
                p.language,
                p.language_confidence,
                p.english_share,
                corrections.jailbreak_verdict(canonical(t), p.output.embedding),
                p.text,
            )
            for p, (_, t) in zip(parts, kinds, strict=True)
        ]
        domain = corrections.domain(parts[0].output.domain, parts[0].output.embedding)
    return Reading(norm, tuple(parts), domain), ""
