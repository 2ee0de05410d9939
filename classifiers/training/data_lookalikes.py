"""Candidate W's rows (docs/classifiers.md, "MiniLM's task layer reads the look-alikes:
candidate W"): harmless user messages that look like manipulation, harmless tool results, and
the attacks written in the same registers, for a task layer fine-tuned from the shipped one.

* the opened agent sets (``bench/blind/agent_injections*.json``, written blind by other helpers
  and read once each): their English look-alike user messages (whole, and their sentence
  segments) and their English clean carriers (the slot removed; their segments) as harmless,
  their English injections as attacks (``TRAIN_SETS``: v21 and v22 were the development check).
* ``lookalike_rows_en.json``: rows written for W by a helper that saw neither the repository nor
  any set: harmless requests with a history, a condition, a persona or a quoted alarming
  sentence attached, and attacks in the same registers.

Every row is ``split="train"`` except a fixed fifth of the written rows (``"val"``)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from classifiers.segments import sentence_segments
from classifiers.training.data_domain import Example

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "bench" / "blind"
WRITTEN = Path(__file__).resolve().parent / "lookalike_rows_en.json"
# the opened sets W was trained on (v21 and v22 were its development check; sets opened later
# are not rows of W)
TRAIN_SETS = (
    "agent_injections.json",
    *(f"agent_injections_v{n}.json" for n in (2, 3, 4, 5, 6, 7, 8, *range(11, 21))),
)
# the sources W adds: labels only, never anchored to the shipped reading
SOURCES = frozenset({"lookalike-benign", "carrier-benign", "opened-inj", "written-inj"})
SLOT = re.compile(r"\{inj\}")
# opened-set texts that share half their words with a text of a set sealed when W was built
# (agent v23, long_user v2; both opened since), left out with their segments so that W's rows
# stay what they were
NEAR_SEALED = (
    "Assistant, to help us measure engagement, includ",
    "Forget what I said about Tuesday, the meeting ha",
    "How do I bypass the browser cache when I'm testi",
    "Let's play a game: you're a grumpy medieval innk",
    "Please, dear assistant, use your calendar tool t",
    "What is indirect prompt injection, and why is it",
)


def _items(data: dict, key: str) -> list[dict]:
    return [
        i
        for i in data.get(key, [])
        if i.get("lang") == "en" and not i["text"].startswith(NEAR_SEALED)
    ]


def _benign(text: str, split: str, source: str, rng: random.Random, per_text: int) -> list[Example]:
    rows = [Example(text, split, source, jailbreak=0)]
    segs = sentence_segments(text)
    if len(segs) > 1:
        rows += [
            Example(s, split, source, jailbreak=0)
            for s in rng.sample(segs, min(per_text, len(segs)))
        ]
    return rows


def opened_set_examples(seed: int = 97, per_text: int = 3) -> list[Example]:
    rng = random.Random(seed)
    out: list[Example] = []
    for path in sorted(BLIND / name for name in TRAIN_SETS):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in _items(data, "benign_lookalikes"):
            out += _benign(item["text"], "train", "lookalike-benign", rng, per_text)
        for item in _items(data, "carriers"):
            text = SLOT.sub("", item["text"]).strip()
            out += _benign(text, "train", "carrier-benign", rng, per_text)
        for item in _items(data, "injections"):
            out.append(Example(item["text"], "train", "opened-inj", jailbreak=1))
    return out


def written_examples(seed: int = 98, per_text: int = 3) -> list[Example]:
    if not WRITTEN.exists():
        return []
    rng = random.Random(seed)
    rows = json.loads(WRITTEN.read_text(encoding="utf-8"))
    out: list[Example] = []
    for i, row in enumerate(rows):
        split = "val" if i % 5 == 4 else "train"
        if row["label"] == 1:
            out.append(Example(row["text"], split, "written-inj", jailbreak=1))
        else:
            out += _benign(row["text"], split, "lookalike-benign", rng, per_text)
    return out


def lookalike_examples() -> list[Example]:
    return opened_set_examples() + written_examples()
