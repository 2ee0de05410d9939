"""Probe M3: MiniLM's tool-result head reading each sentence both alone and in its window
(docs/classifiers.md, "A sentence read alone and in its window by MiniLM: probe M3";
development only, nothing ships).

M2 found MiniLM's fine-tuned reading of a sentence inside its window far weaker than of the
sentence alone. M3 asks whether the window reading adds anything *next to* the alone one:
each segment's features are the alone reading (shipped logit, embedding) and the in-window
reading (M2's: the task layer's states over its positions through ``jb_head``, the base
states over them), a whole window's the alone block with the window block zero. One pass
runs every whole window and every segment alone; the window reading comes from the whole
windows' states. Documents and fit as M2 (T9's fit on T9's writers' documents and the
English carriers of v3-v16; read on v17-v28), the pieces kept in a cache.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.minilm_both_probe
[MODELS_DIR] [--cache F] [--out FILE]``"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.engine import CONFIG_FILE
from classifiers.segments import scored_spans
from classifiers.settings import ClassifierSettings
from classifiers.tokenization import padded
from classifiers.tool_head import ToolHead
from classifiers.training.branch_spans_probe import MiniLMReader
from classifiers.training.minilm_window_probe import (
    doc_scores,
    graph_with_states,
    probe_documents,
)
from classifiers.training.opened_agent_sets import ROOT, curve
from classifiers.training.tool_head_fit import Rows, fit, logits, segment_label, sigmoid
from classifiers.window_pool import pooled, segment_positions

D = 385
# a piece: (whole window or None, alone windows, in-window parts [(window, positions)], label)
Piece = tuple[int | None, list[int], list[tuple[int, list[int]]], int]


def pieces(
    r: MiniLMReader, text: str, span: Any, windows: list[list[int]], labelled: bool
) -> list[Piece]:
    """A document's whole windows and scored segments, each segment with its alone rows and
    its parts inside the whole windows (appended to ``windows``); labels as M2's."""
    enc = r._tok.encode_batch([text], add_special_tokens=False)[0]
    width = r.cfg.max_tokens - 2
    base = len(windows)
    out: list[Piece] = []
    for w, row in enumerate(r._windows(list(enc.ids))):
        part = enc.offsets[w * width : (w + 1) * width]
        lo, hi = (max(part[0][0], 0), part[-1][1]) if part else (0, len(text))
        windows.append(row)
        holds = span is not None and lo < span[1] and hi > span[0]
        out.append((base + w, [], [], 1 if holds else (0 if span is None else -1)))
    by_span: dict[tuple[int, int], list[tuple[int, list[int]]]] = {}
    for w, pos, sp in segment_positions(
        enc.offsets, 0, width, scored_spans(text, r.min_letter_share)
    ):
        by_span.setdefault(sp, []).append((base + w, pos))
    for (a, b), parts in by_span.items():
        label = segment_label(a, b, span) if span is not None else 0
        label = label if label in (0, 1) and (span is None or label == 1) else -1
        seg = r._tok.encode_batch([text[a:b]], add_special_tokens=False)[0]
        alone = []
        for row in r._windows(list(seg.ids)):
            alone.append(len(windows))
            windows.append(row)
        out.append((None, alone, parts, label))
    return [p for p in out if p[3] >= 0] if labelled else out


def read_pieces(
    r: MiniLMReader, head: tuple[np.ndarray, float], windows: list[list[int]], pcs: list[Piece]
) -> tuple[np.ndarray, np.ndarray]:
    """(n, 2 x 385) features, is a segment: [alone block, window block]; a segment's alone
    block is its highest alone row's, its window block its largest part's."""
    jw, jb = head
    x = np.zeros((len(pcs), 2 * D))
    seg = np.array([p[0] is None for p in pcs])
    whole_of: dict[int, list[int]] = {}
    alone_of: dict[int, list[int]] = {}
    part_of: dict[int, list[tuple[int, list[int]]]] = {}
    for i, (whole, alone, parts, _) in enumerate(pcs):
        if whole is not None:
            whole_of.setdefault(whole, []).append(i)
            continue
        for k in alone:
            alone_of.setdefault(k, []).append(i)
        w, pos = max(parts, key=lambda p: len(p[1]))
        part_of.setdefault(w, []).append((i, pos))
    best = np.full(len(pcs), -np.inf)
    order = sorted(range(len(windows)), key=lambda k: len(windows[k]))
    names = ["embedding", "jailbreak_prob", "token_states", "task_states"]
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        ids, mask = padded([windows[k] for k in chunk])
        embeds = r._words[ids].astype(np.float32) * r._scales[ids][..., None]
        feed = {"inputs_embeds": embeds, "attention_mask": mask}
        emb, prob, states, task = r._session.run(names, feed)
        z = logits(prob.reshape(-1))
        for j, k in enumerate(chunk):
            for i in whole_of.get(k, ()):
                x[i, 0], x[i, 1:D] = z[j], emb[j]
            for i in alone_of.get(k, ()):
                if z[j] > best[i]:
                    best[i] = z[j]
                    x[i, 0], x[i, 1:D] = z[j], emb[j]
            for i, pos in part_of.get(k, ()):
                x[i, D] = float(task[j][pos].astype(np.float64).mean(0) @ jw + jb)
                x[i, D + 1 :] = pooled(states[j], pos)
    return x, seg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models_dir", nargs="?", type=Path, default=ROOT / "models")
    ap.add_argument("--cache", type=Path, default=ROOT / ".train-cache" / "m3_pieces.npz")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "minilm_both_probe.json"))
    args = ap.parse_args(argv)
    t0 = time.time()
    cfg = json.loads((args.models_dir / CONFIG_FILE).read_text())
    train, dev, kinds = probe_documents()
    if args.cache.exists():
        with np.load(args.cache) as c:
            arrays = {k: c[k] for k in c.files}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            head = graph_with_states(args.models_dir, Path(tmp))
            r = MiniLMReader(Path(tmp), cfg, ClassifierSettings().max_tokens)
            windows: list[list[int]] = []
            pcs: list[Piece] = []
            owners: list[int] = []
            for d, (text, span) in enumerate(train + dev):
                got = pieces(r, text, span, windows, d < len(train))
                pcs += got
                owners += [d] * len(got)
            print(
                f"{len(windows)} windows, {len(pcs)} pieces ({time.time() - t0:.0f}s)", flush=True
            )
            x, seg = read_pieces(r, head, windows, pcs)
        arrays = {
            "x": x,
            "seg": seg,
            "y": np.array([p[3] for p in pcs], dtype=np.float64),
            "doc": np.array(owners),
        }
        np.savez(args.cache, **arrays)
    print(f"read ({time.time() - t0:.0f}s)", flush=True)
    x, seg, y, doc = arrays["x"], arrays["seg"], arrays["y"], arrays["doc"]
    tr = doc < len(train)
    shipped = ToolHead.load(args.models_dir / cfg["jailbreak_tool_head"]["file"])
    kind = np.array(kinds)
    report: dict[str, Any] = {"train_docs": len(train), "dev_docs": len(dev), "pieces": len(y)}

    def read(name: str, cols: np.ndarray, theta: np.ndarray) -> None:
        top = doc_scores(x[~tr][:, cols], seg[~tr], doc[~tr] - len(train), theta, len(dev))
        report[name] = curve(top[kind == "inj"], top[kind == "clean"])
        print(name, json.dumps(report[name]), flush=True)

    alone_cols = np.arange(D)
    both_cols = np.arange(2 * D)
    read(
        "shipped",
        alone_cols,
        np.concatenate([[shipped.own], shipped.w, [shipped.b, shipped.segment_b]]),
    )
    for name, cols, owns in (("refit_alone", alone_cols, [0]), ("refit_both", both_cols, [0, D])):
        theta0 = np.zeros(len(cols) + 2)
        theta0[0] = 1.0
        reg = np.concatenate([np.full(len(cols), 1.0), [0.0, 0.0]])
        reg[owns] = 10.0
        xt = x[tr][:, cols]
        rows = Rows(
            xt,
            seg[tr],
            y[tr],
            sigmoid(xt[:, 0]),
            doc[tr],
            np.zeros(int(tr.sum()), dtype=int),
            np.zeros(len(train), dtype=bool),
        )
        read(name, cols, fit(rows, np.ones(int(tr.sum()), dtype=bool), theta0, reg))
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
