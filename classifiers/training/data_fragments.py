"""Harmless fragments: the segments (``classifiers/segments.py``) of benign training texts.

At inference the jailbreak score is also taken over each sentence segment of a text, so the
model must know that a sentence cut out of an exam question, a docstring, a speech or a
mail is harmless on its own. Each benign multi-segment text of these sources gives up to
``per_text`` of its segments as benign rows, in the parent's split (a test text's fragments
stay in test)."""

from __future__ import annotations

import random

from classifiers.segments import sentence_segments
from classifiers.training.data_domain import Example

SOURCES = frozenset(
    {
        "mmlu",
        "humaneval",
        "everyday",
        "requests",
        "agentic-benign",
        "pii-presidio",
        "pii-own",
        "sensitive-benign",
        "s-labs",
        "neuralchemy",
    }
)


def fragment_examples(
    examples: list[Example], seed: int = 41, per_text: int = 2, cap: int = 12000
) -> list[Example]:
    rng = random.Random(seed)
    out: list[Example] = []
    for e in examples:
        if e.jailbreak != 0 or e.source not in SOURCES:
            continue
        segs = sentence_segments(e.text)
        if not segs:
            continue
        for seg in rng.sample(segs, min(per_text, len(segs))):
            out.append(Example(seg, e.split, "fragment-benign", jailbreak=0))
    rng.shuffle(out)
    return out[:cap]
