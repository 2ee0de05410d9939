"""Candidate B: harmless structured documents in the branch's languages as negatives for its
jailbreak head (docs/classifiers.md, "Structured documents for the branch").

Agent v8 left six foreign clean carriers flagged by the branch alone (a German TOML file, an
Italian HTML page, a Portuguese shipping notice, a Dutch API reference, a Chinese meeting
note, a Japanese README): the head never saw an ordinary foreign document of that kind as a
negative. The documents are ``ml_rows_structured`` (hand-written for this, by a helper that
saw no evaluation set). Each gives its opening, up to ``per_doc`` of its sentence segments
(the runtime reads both) and, for ``inj_share`` of them, the same document carrying one of
the hand-written injections of its language at a line break (a positive), so that structure
says nothing either way. A document's rows share its split; an injection joins only a
document of its own split.
"""

from __future__ import annotations

import random
import re

from classifiers.segments import sentence_segments
from classifiers.training.data_domain import Example
from classifiers.training.ml_rows_structured import ROWS
from classifiers.training.sources import hand_split

SOURCE = "ml_struct"


def _injected(doc: str, inj: str, rng: random.Random) -> str:
    breaks = [m.start() for m in re.finditer("\n", doc[:400])] or [len(doc[:400])]
    at = rng.choice(breaks)
    return doc[:at] + "\n" + inj + "\n" + doc[at:]


def structured_examples(
    injections: list[Example],
    languages: dict[str, str],
    seed: int = 46,
    per_doc: int = 4,
    inj_share: float = 0.3,
) -> list[Example]:
    """The rows of every structured document; ``injections`` are hand-written jailbreak
    rows, ``languages`` maps each one's text to its language."""
    rng = random.Random(seed)
    pool: dict[tuple[str, str], list[str]] = {}
    for e in injections:
        pool.setdefault((languages[e.text], e.split), []).append(e.text)
    out: list[Example] = []
    for lang, _kind, _label, doc in ROWS:
        split = hand_split(doc)
        segs = [s for s in sentence_segments(doc) if len(s.strip()) >= 12]
        rows = [doc, *rng.sample(segs, min(per_doc, len(segs)))]
        out += [Example(t, split, SOURCE, jailbreak=0) for t in rows]
        candidates = pool.get((lang, split), [])
        if candidates and rng.random() < inj_share:
            text = _injected(doc, rng.choice(candidates), rng)
            out.append(Example(text, split, SOURCE, jailbreak=1))
    return out
