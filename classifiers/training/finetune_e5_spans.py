"""Sentences read in their document: probe F3 (docs/classifiers.md, "Sentences read in their
document: probe F3"; development only, nothing ships).

Probe F2 read each sentence segment of a tool result alone, as the runtime does, and found
that rows resembling the traffic move the curve more than a fine-tuned top layer does. F3
asks whether the layer does better when it reads a sentence *in its document*: the document's
windows pass through e5's first eleven layers once (the states F2 cached), a trained copy of
layer 12 reads the whole window, and each sentence segment inside the window is pooled from
the window's own top states over the segment's tokens only (its states have seen the rest of
the document). A sentence that does not belong to the document it sits in is the shape of an
injection; a notice that fits its mail is not. It would also make a segment free: no pass of
its own.

Rows and development documents are F2's second run (``--opened-rows 16``): T4's rows and the
opened agent sets v3-v16 are fitted, v17-v27 read, on the same curve.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.finetune_e5_spans
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
from sklearn.linear_model import LogisticRegression
from torch import nn

from classifiers.segments import scored_spans
from classifiers.settings import ClassifierSettings
from classifiers.training.finetune_e5 import WIDTH, Lower, States, cached_states, optimiser_step
from classifiers.training.finetune_e5_tool import PREFIX, ROWS_FILE, development, training_rows
from classifiers.training.model import attention_bias
from classifiers.training.opened_agent_sets import ROOT, curve, version
from classifiers.training.tool_head_fit import documents, segment_label

OPENED_UPTO = 17  # sets before this version are fitted, the rest read
BATCH, LR_LAYER, LR_HEAD = 16, 3e-5, 3e-4
Example = tuple[int, list[int], int]  # (window state, token positions, label)


def window_examples(
    lower: Lower,
    text: str,
    span: tuple[int, int] | None,
    states_of: dict[str, int],
    edges: bool,
) -> list[Example]:
    """Per window of a document whose states are cached: the whole window, and each scored
    segment that lies inside it, as token positions of the window's states (label as F2's
    pieces: 0 clean, 1 holding the injection, -1 neither)."""
    out: list[Example] = []
    enc = lower.tok.encode(PREFIX + text, add_special_tokens=False)
    offs = [(a - len(PREFIX), b - len(PREFIX)) for a, b in enc.offsets]
    segments = scored_spans(
        text, ClassifierSettings.model_fields["segment_min_letter_share"].default
    )
    for s in range(0, max(len(offs), 1), WIDTH):
        part = offs[s : s + WIDTH]
        lo, hi = (max(part[0][0], 0), part[-1][1]) if part else (0, len(text))
        wtext = text[lo:hi]
        k = states_of.get(wtext)
        if k is None or not wtext.strip():
            continue
        holds = span is not None and lo < span[1] and hi > span[0]
        wlabel = 1 if holds else (0 if span is None else -1)
        # the window's own tokens, as its cached states hold them (bos first)
        wenc = lower.tok.encode(PREFIX + wtext, add_special_tokens=False)
        woffs = [(a - len(PREFIX) + lo, b - len(PREFIX) + lo) for a, b in wenc.offsets][:WIDTH]
        n = len(woffs)
        out.append((k, list(range(n + 2)), wlabel))
        for a, b in segments:
            if (a < lo or b > hi) and not (edges and a < hi and b > lo):
                continue
            pos = [j + 1 for j, (x, y) in enumerate(woffs) if x >= a and y <= b and y > x]
            if not pos:
                continue
            label = segment_label(a, b, span)
            label = label if span is not None and label == 1 else (0 if span is None else -1)
            out.append((k, pos, label))
    return out


class SpanTop(nn.Module):
    def __init__(self, lower: Lower, train_layer: bool) -> None:
        super().__init__()
        import copy

        from classifiers.training.e5_teacher import E5_LAYERS

        self.layer = copy.deepcopy(lower.enc.layers[E5_LAYERS - 1])
        self.layer.requires_grad_(train_layer)
        self.jb = nn.Linear(384, 1)

    def pooled(self, states: States, batch: list[Example]) -> torch.Tensor:
        """Normalised mean of the top states over each example's positions."""
        wins = list(dict.fromkeys(k for k, _, _ in batch))
        at = {k: j for j, k in enumerate(wins)}
        h = torch.zeros(len(wins), max(len(states[k]) for k in wins), 384)
        mask = torch.zeros(h.shape[:2])
        for j, k in enumerate(wins):
            h[j, : len(states[k])] = torch.from_numpy(states[k].astype(np.float32))
            mask[j, : len(states[k])] = 1
        x = self.layer(h, attention_bias(mask))
        rows = []
        for k, pos, _ in batch:
            p = [q for q in pos if q < len(states[k])]
            rows.append(x[at[k], p].mean(0))
        return nn.functional.normalize(torch.stack(rows), dim=-1)

    def forward(self, states: States, batch: list[Example]) -> torch.Tensor:
        return self.jb(self.pooled(states, batch)).squeeze(-1)


def batches(examples: list[Example], rng: np.random.Generator | None) -> list[list[Example]]:
    """Examples grouped by window, BATCH windows at a time (every example of a window
    together, so the layer runs once per window)."""
    by_win: dict[int, list[Example]] = {}
    for e in examples:
        by_win.setdefault(e[0], []).append(e)
    wins = list(by_win)
    if rng is not None:
        wins = [wins[i] for i in rng.permutation(len(wins))]
    return [[e for k in wins[s : s + BATCH] for e in by_win[k]] for s in range(0, len(wins), BATCH)]


def scores(top: SpanTop, states: States, examples: list[Example]) -> np.ndarray:
    out = np.zeros(len(examples), np.float32)
    where = {id(e): i for i, e in enumerate(examples)}
    with torch.inference_mode():
        for b in batches(examples, None):
            out[[where[id(e)] for e in b]] = torch.sigmoid(top(states, b)).numpy()
    return out


def fit(top: SpanTop, states: States, examples: list[Example], epochs: int) -> SpanTop:
    with torch.inference_mode():
        x = torch.cat([top.pooled(states, b) for b in batches(examples, None)]).numpy()
    y = np.array([e[2] for b in batches(examples, None) for e in b])
    clf = LogisticRegression(C=10, max_iter=3000).fit(x, y)
    top.jb.weight.data = torch.tensor(clf.coef_, dtype=torch.float32)
    top.jb.bias.data = torch.tensor(clf.intercept_, dtype=torch.float32)
    if not epochs:
        return top.eval()
    rng = np.random.default_rng(0)
    opt = torch.optim.AdamW(
        [
            {"params": top.jb.parameters(), "lr": LR_HEAD},
            {"params": top.layer.parameters(), "lr": LR_LAYER},
        ],
        weight_decay=0.01,
    )
    steps = epochs * len(batches(examples, None))
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[LR_HEAD, LR_LAYER], total_steps=steps, pct_start=0.06
    )
    top.train()
    t0, step = time.time(), 0
    for _ in range(epochs):
        for b in batches(examples, rng):
            logit = top(states, b)
            target = torch.tensor([float(e[2]) for e in b])
            loss = nn.functional.binary_cross_entropy_with_logits(logit, target)
            step = optimiser_step(opt, sched, loss, (step, steps, t0), 100)
    return top.eval()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument(
        "--edge-segments",
        action="store_true",
        help="read a segment that crosses a window's edge by its part inside each window",
    )
    ap.add_argument(
        "--t4-only", action="store_true", help="fit T4's rows alone (the opened sets not)"
    )
    ap.add_argument(
        "--out", default=str(ROOT / "bench" / "results" / "finetune_e5_spans_probe.json")
    )
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    lower = Lower()
    t0 = time.time()
    train_texts, _ = training_rows(lower)
    docs, dev_texts = development(lower)
    tr_states, tr_owner = cached_states(lower, "tool_rows", train_texts, False)
    dv_states, dv_owner = cached_states(lower, "tool_dev", dev_texts, False)
    # one state row per piece: its first window (a window piece is one window of its own)
    states: States = []
    first: dict[str, int] = {}
    for texts, st, whose in ((train_texts, tr_states, tr_owner), (dev_texts, dv_states, dv_owner)):
        seen: set[int] = set()
        for k, i in enumerate(whose.tolist()):
            if i not in seen and texts[i] not in first:
                seen.add(i)
                first[texts[i]] = len(states)
                states.append(st[k])
    train: list[Example] = []
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    for text, span, _ in documents(data, 4):
        train += [
            e for e in window_examples(lower, text, span, first, args.edge_segments) if e[2] >= 0
        ]
    read_docs = []
    for d in docs:
        if version(d["set"]) < OPENED_UPTO:
            if not args.t4_only:
                ex = window_examples(lower, d["text"], d.get("span"), first, args.edge_segments)
                train += [e for e in ex if e[2] >= 0]
        else:
            read_docs.append(d)
    dev: list[Example] = []
    owner: list[int] = []
    for n, d in enumerate(read_docs):
        ex = window_examples(lower, d["text"], None, first, args.edge_segments)
        dev += ex
        owner += [n] * len(ex)
    print(
        f"train {len(train)} examples ({sum(e[2] for e in train)} injection), "
        f"dev {len(read_docs)} documents, {len(dev)} examples ({time.time() - t0:.0f}s)",
        flush=True,
    )
    kind = np.array([d["kind"] for d in read_docs])
    report: dict[str, Any] = {
        "train_examples": len(train),
        "dev_docs": len(read_docs),
        "dev_examples": len(dev),
        "edge_segments": args.edge_segments,
        "t4_only": args.t4_only,
    }
    for name, epochs in (("frozen", 0), ("fine-tuned", args.epochs)):
        top = fit(SpanTop(lower, epochs > 0), states, train, epochs)
        p = scores(top, states, dev)
        doc = np.zeros(len(read_docs), np.float32)
        np.maximum.at(doc, np.array(owner), p)
        report[name] = curve(doc[kind == "inj"], doc[kind == "clean"])
        print(name, json.dumps(report[name]), f"({time.time() - t0:.0f}s)", flush=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
