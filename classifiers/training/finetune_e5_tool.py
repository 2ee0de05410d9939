"""Does a fine-tuned e5 layer read foreign tool results better than a linear head over frozen
e5? A probe on the opened agent sets, not a shipped model (docs/classifiers.md, "A fine-tuned
layer for foreign tool results: probe F2").

Six linear heads over the branch's frozen sentence embedding (T4, T4', T10, T11, and the L1
family for user turns) traded foreign injections caught against clean foreign carriers
flagged along one curve: the notices a service addresses to its human reader ("pass this on
to your neighbours", "do not share the SMS code") read like instructions planted for the
agent. Probe F (2026-12-01) fine-tuned e5's last layer on user-turn rows and found little;
this probe asks the same of tool results, where the gap is widest (agent v27: 6 of 12
foreign clean carriers blocked):

1. rows: T4's hand-written foreign tool results (``ml_tool_results.json``: 240 carriers
   with genuine notices, 240 injections, twenty languages), each carrier clean and with
   ``PAIRS`` injections in its slot, as ``branch_tool_head`` builds them: every window and
   sentence segment of a clean carrier labelled 0, each window or segment holding the
   injection labelled 1;
2. e5's first eleven layers run once over every distinct piece (training rows and the
   development documents) and their token states are cached (``finetune_e5.Lower``);
3. reader (a): a logistic head over the frozen twelfth layer's L2-normalised mean (what a
   linear tool head reads); reader (b): the same head, then a copy of layer 12 trained with
   it for ``--epochs`` (probe F's recipe: layer lr 3e-5, head 3e-4, batches of 32);
4. development: every foreign carrier of the opened agent sets (``OPENED``), clean and with
   each injection ``bench.blind.pairs`` puts in it, read as the runtime reads a tool result
   (its windows and its sentence segments, the highest score deciding). The sets were not
   used to fit either reader. Both readers are compared on the same curve: injected
   documents caught where a given share of clean carriers is flagged, and the reverse.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.finetune_e5_tool
[--epochs 3] [--out FILE]``"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from classifiers.segments import scored_spans
from classifiers.settings import ClassifierSettings
from classifiers.training.finetune_e5 import (
    WIDTH,
    Lower,
    States,
    Top,
    cached_states,
    collate,
    train_top,
)
from classifiers.training.opened_agent_sets import ROOT, curve, foreign_documents, version
from classifiers.training.tool_head_fit import documents, segment_label

ROWS_FILE = Path(__file__).with_name("ml_tool_results.json")
PAIRS = 4
PREFIX = "query: "


def pieces(lower: Lower, text: str, span: tuple[int, int] | None) -> list[tuple[str, int]]:
    """(piece text, label) of a document's windows and scored segments: label 0 in a clean
    document, 1 for a piece holding the injection, -1 for a piece of an injected document
    that does not (the clean carrier's own, or a segment half in the injection)."""
    out: list[tuple[str, int]] = []
    enc = lower.tok.encode(PREFIX + text, add_special_tokens=False)
    offs = [(a - len(PREFIX), b - len(PREFIX)) for a, b in enc.offsets]
    for s in range(0, max(len(offs), 1), WIDTH):
        part = offs[s : s + WIDTH]
        lo, hi = (max(part[0][0], 0), part[-1][1]) if part else (0, len(text))
        holds = span is not None and lo < span[1] and hi > span[0]
        out.append((text[lo:hi], 1 if holds else (0 if span is None else -1)))
    min_share = ClassifierSettings.model_fields["segment_min_letter_share"].default
    for a, b in scored_spans(text, min_share):
        label = segment_label(a, b, span)
        out.append(
            (text[a:b], label if span is not None and label == 1 else (0 if span is None else -1))
        )
    return out


def training_rows(lower: Lower) -> tuple[list[str], np.ndarray]:
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    texts: dict[str, int] = {}
    for text, span, _ in documents(data, PAIRS):
        for piece, label in pieces(lower, text, span):
            if label >= 0 and piece.strip():
                texts[piece] = max(texts.get(piece, 0), label)
    return list(texts), np.array(list(texts.values()), dtype=np.int64)


def development(lower: Lower) -> tuple[list[dict[str, Any]], list[str]]:
    """Every foreign carrier of the opened sets, clean and injected, with its pieces."""
    docs: list[dict[str, Any]] = [
        {"set": name, "kind": kind, "lang": lang, "text": text}
        | ({"span": span} if span is not None else {})
        for name, kind, lang, text, span in foreign_documents()
    ]
    distinct: dict[str, None] = {}
    for d in docs:
        d["pieces"] = [p for p, _ in pieces(lower, d["text"], None) if p.strip()]
        distinct.update(dict.fromkeys(d["pieces"]))
    return docs, list(distinct)


def opened_rows(
    lower: Lower, docs: list[dict[str, Any]], upto: int, index: dict[str, int]
) -> tuple[list[int], np.ndarray]:
    """(``--opened-rows``) The labelled pieces of the opened sets up to ``upto``, as indices
    into the development pieces (their states are cached there) and their labels."""
    got: dict[int, int] = {}
    for d in docs:
        if version(d["set"]) <= upto:
            for p, label in pieces(lower, d["text"], d.get("span")):
                if label >= 0 and p.strip():
                    got[index[p]] = max(got.get(index[p], 0), label)
    return list(got), np.array(list(got.values()), dtype=np.int64)


def piece_scores(top: Top, states: States, owner: np.ndarray, n: int) -> np.ndarray:
    """Per piece, the highest jailbreak probability of its windows."""
    out = np.zeros(n, np.float32)
    order = np.argsort([len(s) for s in states])
    with torch.inference_mode():
        for s in range(0, len(order), 128):
            idx = order[s : s + 128].tolist()
            _, j = top(*collate(states, idx))
            np.maximum.at(out, owner[idx], torch.sigmoid(j).numpy())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument(
        "--opened-rows",
        type=int,
        default=0,
        help="the opened sets up to this version join the rows; later ones are read",
    )
    ap.add_argument(
        "--out", default=str(ROOT / "bench" / "results" / "finetune_e5_tool_probe.json")
    )
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    lower = Lower()
    t0 = time.time()
    train_texts, y = training_rows(lower)
    docs, dev_texts = development(lower)
    print(
        f"rows {len(train_texts)} ({int(y.sum())} injection pieces); dev {len(docs)} docs, "
        f"{len(dev_texts)} distinct pieces",
        flush=True,
    )
    tr_states, tr_owner = cached_states(lower, "tool_rows", train_texts, False)
    dv_states, dv_owner = cached_states(lower, "tool_dev", dev_texts, False)
    # a piece longer than one window gives several training windows with the piece's label
    jb = y[tr_owner].astype(np.float32)
    dom = np.full(len(tr_states), -1, dtype=np.int64)
    index = {t: i for i, t in enumerate(dev_texts)}
    read = [version(d["set"]) > args.opened_rows for d in docs]
    if args.opened_rows:
        extra, labels = opened_rows(lower, docs, args.opened_rows, index)
        windows: dict[int, list[int]] = {}
        for k, i in enumerate(dv_owner.tolist()):
            windows.setdefault(i, []).append(k)
        picked = [
            (k, y_i) for i, y_i in zip(extra, labels.tolist(), strict=True) for k in windows[i]
        ]
        tr_states = tr_states + [dv_states[k] for k, _ in picked]
        jb = np.concatenate([jb, np.array([y_i for _, y_i in picked], dtype=np.float32)])
        dom = np.full(len(tr_states), -1, dtype=np.int64)
        print(
            f"opened rows up to v{args.opened_rows}: {len(extra)} pieces, "
            f"{int(labels.sum())} injection pieces",
            flush=True,
        )
        docs = [d for d, r in zip(docs, read, strict=True) if r]
    w = np.ones(len(tr_states))
    report: dict[str, Any] = {
        "rows": len(train_texts),
        "injection_pieces": int(y.sum()),
        "dev_docs": len(docs),
        "epochs": args.epochs,
        "opened_rows": args.opened_rows,
        "readers": {},
    }
    for name, train_layer in (("frozen", False), ("fine-tuned", True)):
        top = Top(lower.enc, train_layer)
        top.init_heads(tr_states, dom, jb, w)
        if train_layer:
            top = train_top(top, tr_states, dom, jb, w, args.epochs)
        scores = piece_scores(top, dv_states, dv_owner, len(dev_texts))
        doc = np.array([max(scores[index[p]] for p in d["pieces"]) for d in docs])
        kind = np.array([d["kind"] for d in docs])
        result = {"all": curve(doc[kind == "inj"], doc[kind == "clean"])}
        for first in (17, 22):
            late = np.array([version(d["set"]) >= first for d in docs])
            result[f"v{first}-v27"] = curve(
                doc[(kind == "inj") & late], doc[(kind == "clean") & late]
            )
        report["readers"][name] = result
        print(name, json.dumps(result), f"({time.time() - t0:.0f}s)", flush=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
