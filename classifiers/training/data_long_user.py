"""Candidate W6's rows (docs/classifiers.md, "Long user messages for MiniLM's task layer"):
long harmless user messages (a personal history, a persona, rules for the answer, quoted
alarming text, alarming words in a technical task) and long attacks in the same registers,
cut as the engine reads them.

The engine scores a long message by the maximum over its windows (``max_tokens`` 128) and
its sentence segments, so one harmless window or sentence read high blocks the message. A
harmless text gives one row per chunk of about a window (``CHUNK_WORDS`` words) and up to
``per_text`` of its sentence segments, all harmless. An attack gives its last chunk only, as
an attack: the ask usually ends the message, and its preamble (a life story, a game's rules)
is exactly what the harmless rows teach to read as harmless.

Sources:

* ``long_rows_en.json``: 320 texts written for W6 by four helpers that saw neither the
  repository nor any set (240 harmless, 80 attacks);
* the opened long-user sets ``long_user_v1``-``v3`` (bench/blind, each read once for R2, W
  and W4); ``long_user_v4``-``v6`` (opened for W5, W6 and W7) are development checks.

W6, W6' (``--bias-shift 1.0``) and W6r (``--long-attack-copies 4``) failed their rules; W7
(``pieces``: each training attack's other chunks and segments, kept where W5's layer reads
them at 0.5 or more) is shipped and ends ``train.sh`` (docs/classifiers.md).

A fixed fifth of each source's texts (all their rows) is ``split="val"``."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING

from classifiers.segments import sentence_segments

if TYPE_CHECKING:  # data_domain needs the training extra (faker); the row logic does not
    from classifiers.training.data_domain import Example

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "bench" / "blind"
WRITTEN = Path(__file__).resolve().parent / "long_rows_en.json"
TRAIN_SETS = tuple(f"long_user_v{n}.json" for n in (1, 2, 3))
SOURCES = frozenset({"long-benign", "long-inj", "long-inj-piece"})
PIECE = (
    "long-inj-piece"  # an attack's chunk or segment, kept only where the shipped layer leans on it
)
CHUNK_WORDS = 85  # about 115 MiniLM tokens of English prose: one window


def chunks(text: str, words: int = CHUNK_WORDS) -> list[str]:
    """The text in consecutive pieces of ``words`` words (the last may be shorter; a tail
    under a quarter of a piece joins the one before)."""
    w = text.split()
    parts = [w[i : i + words] for i in range(0, len(w), words)]
    if len(parts) > 1 and len(parts[-1]) < words // 4:
        tail = parts.pop()
        parts[-1] = parts[-1] + tail
    return [" ".join(p) for p in parts]


def attack_pieces(text: str) -> list[str]:
    """An attack's pieces other than its last chunk: the chunks before it and every sentence
    segment (candidate W7 keeps those the shipped layer reads high)."""
    parts = chunks(text)
    return parts[:-1] + [s for s in sentence_segments(text) if s != parts[-1]]


def text_rows(
    text: str, label: int, split: str, rng: random.Random, per_text: int, pieces: bool = False
) -> list[Example]:
    from classifiers.training.data_domain import Example

    if label == 1:
        rows = [Example(chunks(text)[-1], split, "long-inj", jailbreak=1)]
        if pieces and split == "train":  # candidate W7
            rows += [Example(p, split, PIECE, jailbreak=1) for p in attack_pieces(text)]
        return rows
    rows = [Example(c, split, "long-benign", jailbreak=0) for c in chunks(text)]
    segs = sentence_segments(text)
    if len(segs) > 1:
        rows += [
            Example(s, split, "long-benign", jailbreak=0)
            for s in rng.sample(segs, min(per_text, len(segs)))
        ]
    return rows


def labelled_texts() -> list[list[tuple[str, int]]]:
    """Per source, its (text, label) pairs: the written rows, then each opened set."""
    out: list[list[tuple[str, int]]] = []
    if WRITTEN.exists():
        rows = json.loads(WRITTEN.read_text(encoding="utf-8"))
        out.append([(r["text"], int(r["label"])) for r in rows])
    for name in TRAIN_SETS:
        path = BLIND / name
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append(
            [(i["text"], 0) for i in data["benign"] if i.get("lang", "en") == "en"]
            + [(i["text"], 1) for i in data["attacks"] if i.get("lang", "en") == "en"]
        )
    return out


def long_user_examples(
    seed: int = 99, per_text: int = 6, attack_copies: int = 1, pieces: bool = False
) -> list[Example]:
    """Every source's rows; a training attack row ``attack_copies`` times (candidate W6r);
    with ``pieces`` each training attack's other chunks and its segments too, as ``PIECE``
    rows that ``finetune_pooled --attack-pieces`` keeps only where the shipped layer reads
    them high (candidate W7)."""
    rng = random.Random(seed)
    out: list[Example] = []
    for source in labelled_texts():
        for i, (text, label) in enumerate(source):
            split = "val" if i % 5 == 4 else "train"
            rows = text_rows(text, label, split, rng, per_text, pieces)
            out += rows * (attack_copies if label == 1 and split == "train" else 1)
    return out
