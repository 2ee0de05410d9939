"""Probe F3 through the shipped branch graph (docs/classifiers.md, "Sentences read in their
document: probe F3"; development only, nothing ships).

F3 pooled each sentence segment of a foreign tool result from its window's top states in a
float torch copy of e5. A shipped reader would do it with the branch's int8 graph, so this
reads the same rows and documents through that graph: a copy of it also returns the top
layer's token states (``token_states``, the tensor the graph mean-pools into ``embedding``),
each window is run once, a segment is pooled from the states of every window it overlaps
(its part inside), the whole window is the graph's own ``embedding``, and a logistic head is
fitted on T4's rows and the opened agent sets v3-v16 and read on v17-v27, F3's frozen reader
with ``--edge-segments``.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.branch_spans_probe
[MODELS_DIR] [--out FILE]``"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression

from classifiers.engine import CONFIG_FILE
from classifiers.multilingual import MultilingualBranch
from classifiers.segments import scored_spans
from classifiers.settings import ClassifierSettings
from classifiers.tokenization import load_tokenizer, padded
from classifiers.training.branch_states import TOP, with_states
from classifiers.training.branch_tool_head import ROWS_FILE, reader
from classifiers.training.opened_agent_sets import (
    OPENED,
    OPENED_SINCE,
    ROOT,
    carrier_documents,
    curve,
    version,
)
from classifiers.training.tool_head_fit import documents, segment_label
from classifiers.window_pool import pooled, segment_positions

MINILM_TOP = "/layers.5/ln2/LayerNormalization_output_0"  # MiniLM's, pooled into embedding
READ_FROM = 17  # sets from this version are read, earlier ones fitted (F3's split)
Doc = tuple[str, tuple[int, int] | None]
Example = tuple[int, list[int], int]  # (window, token positions or [] for the whole, label)


@dataclass(frozen=True)
class WindowShape:
    prefix: str
    max_tokens: int


class MiniLMReader:
    """(probe M1) MiniLM's graph, with ``token_states``, read as ``examples`` and ``features``
    read the branch: windows of ``max_tokens`` between [CLS] and [SEP], no prefix."""

    def __init__(self, models: Path, cfg: dict[str, Any], max_tokens: int) -> None:
        self.cfg = WindowShape("", max_tokens)
        self._tok = load_tokenizer(models / cfg["tokenizer"])
        self._tok.no_truncation()
        self._tok.no_padding()
        with np.load(models / cfg["word_embeddings"]) as npz:
            self._words, self._scales = npz["q"], npz["scale"]
        onnx_file = str(models / "prism_signals.int8.onnx")
        self._session = ort.InferenceSession(onnx_file, providers=["CPUExecutionProvider"])
        self.min_letter_share = ClassifierSettings().segment_min_letter_share
        self._ends = (int(cfg["cls_id"]), int(cfg["sep_id"]))

    def _windows(self, ids: list[int]) -> list[list[int]]:
        width = self.cfg.max_tokens - 2
        starts = range(0, max(len(ids), 1), width)
        return [[self._ends[0], *ids[s : s + width], self._ends[1]] for s in starts]


Reader = MultilingualBranch | MiniLMReader


def examples(
    r: Reader, doc: Doc, windows: list[list[int]], labelled: bool, alone: bool
) -> list[Example]:
    """A document's windows (appended to ``windows``) and their examples: each whole window,
    and each scored segment's part inside each window it overlaps (T13's mapping,
    ``classifiers/window_pool.py``); labels as F3's."""
    text, span = doc
    prefix = len(r.cfg.prefix)
    enc = r._tok.encode_batch([r.cfg.prefix + text], add_special_tokens=False)[0]
    width = r.cfg.max_tokens - 2
    base = len(windows)
    out: list[Example] = []
    for w, row in enumerate(r._windows(list(enc.ids))):
        part = enc.offsets[w * width : (w + 1) * width]
        lo, hi = (max(part[0][0] - prefix, 0), part[-1][1] - prefix) if part else (0, len(text))
        windows.append(row)
        holds = span is not None and lo < span[1] and hi > span[0]
        out.append((base + w, [], 1 if holds else (0 if span is None else -1)))
    done: set[tuple[int, int]] = set()
    spans = scored_spans(text, r.min_letter_share)
    for w, pos, (a, b) in segment_positions(enc.offsets, prefix, width, spans):
        if alone and (a, b) in done:
            continue
        label = segment_label(a, b, span) if span is not None else 0
        label = label if label in (0, 1) and (span is None or label == 1) else -1
        if alone:  # F2's reading through the graph: the segment run as rows of its own
            done.add((a, b))
            seg = r._tok.encode_batch([r.cfg.prefix + text[a:b]], add_special_tokens=False)
            for row in r._windows(list(seg[0].ids)):
                out.append((len(windows), [], label))
                windows.append(row)
        else:
            out.append((base + w, pos, label))
    return [e for e in out if e[2] >= 0] if labelled else out


def features(r: Reader, windows: list[list[int]], ex: list[Example]) -> np.ndarray:
    """Each example's normalised pooled embedding: the graph's own for a whole window, the
    mean of the top token states over its positions for a segment."""
    by_win: dict[int, list[int]] = {}
    for i, (k, _, _) in enumerate(ex):
        by_win.setdefault(k, []).append(i)
    out = np.zeros((len(ex), 384), dtype=np.float32)
    order = sorted(by_win, key=lambda k: len(windows[k]))
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        ids, mask = padded([windows[k] for k in chunk])
        embeds = r._words[ids].astype(np.float32) * r._scales[ids][..., None]
        feed = {"inputs_embeds": embeds, "attention_mask": mask}
        emb, states = r._session.run(["embedding", "token_states"], feed)
        for j, k in enumerate(chunk):
            for i in by_win[k]:
                pos = ex[i][1]
                out[i] = emb[j] / max(float(np.linalg.norm(emb[j])), 1e-9)
                if pos:
                    out[i] = pooled(states[j], pos)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models_dir", nargs="?", type=Path, default=ROOT / "models")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "branch_spans_probe.json"))
    ap.add_argument("--alone", action="store_true", help="segments read alone (F2's reading)")
    ap.add_argument(
        "--minilm", action="store_true", help="(M1) MiniLM's graph on the English carriers"
    )
    args = ap.parse_args(argv)
    t0 = time.time()
    cfg = json.loads((args.models_dir / CONFIG_FILE).read_text())
    ml = cfg["multilingual"]
    graph = "prism_signals.int8.onnx" if args.minilm else ml["onnx"]
    with tempfile.TemporaryDirectory() as tmp:
        states = MINILM_TOP if args.minilm else TOP
        folder = with_states(args.models_dir, graph, Path(tmp), states)
        max_tokens = ClassifierSettings().max_tokens
        r: Reader = MiniLMReader(folder, cfg, max_tokens) if args.minilm else reader(folder, ml)
        windows: list[list[int]] = []
        train: list[Example] = []
        data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
        for text, span, _ in [] if args.minilm else documents(data, 4):
            train += examples(r, (text, span), windows, True, args.alone)
        dev: list[Example] = []
        owner: list[int] = []
        kinds: list[str] = []
        sets = OPENED + OPENED_SINCE if args.minilm else OPENED
        for name, kind, _, text, span in carrier_documents(not args.minilm, sets):
            doc = (text, span)
            if version(name) < READ_FROM:
                train += examples(r, doc, windows, True, args.alone)
            else:
                ex = examples(r, (doc[0], None), windows, False, args.alone)
                owner += [len(kinds)] * len(ex)
                kinds.append(kind)
                dev += ex
        print(
            f"{len(windows)} windows, {len(train)} training and {len(dev)} read examples, "
            f"{len(kinds)} documents ({time.time() - t0:.0f}s)",
            flush=True,
        )
        x_train = features(r, windows, train)
        x_dev = features(r, windows, dev)
    print(f"read ({time.time() - t0:.0f}s)", flush=True)
    y = np.array([e[2] for e in train])
    clf = LogisticRegression(C=10, max_iter=3000).fit(x_train, y)
    p = clf.predict_proba(x_dev)[:, 1]
    top = np.zeros(len(kinds))
    np.maximum.at(top, np.array(owner), p)
    is_kind = np.array(kinds)
    report = {
        "graph": graph,
        "windows": len(windows),
        "train_examples": len(train),
        "dev_examples": len(dev),
        "dev_docs": len(kinds),
        "reading": "segments alone" if args.alone else "segments in their window",
        "frozen": curve(top[is_kind == "inj"], top[is_kind == "clean"]),
    }
    print(json.dumps(report), flush=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
