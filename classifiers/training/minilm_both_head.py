"""Candidate T14b: MiniLM's tool-result head reading each sentence segment both alone and
inside its window (docs/classifiers.md, "Both readings of a sentence for MiniLM's tool
results: candidate T14b").

Probe M3 read each segment of an English tool result twice: alone (the shipped reading: the
shipped logit and embedding of its own row) and inside the window that holds it (the mean of
the task layer's per-token logits and of the base states over its tokens), and a head on both
caught more injected documents at every low false-positive share than the shipped head or a
refit on the alone reading. T14b is that head:

1. MiniLM's graphs return ``token_states`` and ``token_jailbreak``
   (``classifiers/training/minilm_states.py``);
2. documents: M3's (T9's writers' documents and 600 machine-text chunks, and the English
   carriers of the opened agent sets, clean and filled), those of sets before ``--read-from``
   fitted; pieces read as M3 reads them (``classifiers/training/minilm_both_probe.py``, kept
   in its cache);
3. T9's correcting fit (from the shipped reading: ``own`` 1, the rest 0; L2 1 on both
   embeddings' weights, 10 on both logits'), the window and segment lines set on
   out-of-fold scores (folds: T9's writers, the opened sets by version) to catch at least the
   training documents the shipped head catches on the same pieces, and otherwise the fewest
   clean ones;
4. written as ``jailbreak_tool_head.npz``: ``own``, ``w``, ``b``, ``segment_b`` as before,
   with ``window_own`` and ``window_w`` for the in-window reading, and the shipped head it
   started from as ``alone_*`` (read on the English stretches of texts the branch reads
   whole, whose windows MiniLM does not read; ``classifiers/tool_head.py``).

Usage: ``PYTHONPATH=. python -m classifiers.training.minilm_both_head MODELS_DIR
[--read-from 28] [--cache F]`` (the graphs must return the states; rewrites
classifier_config.json and manifest.json)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.settings import ClassifierSettings
from classifiers.tool_head import ToolHead
from classifiers.training.branch_spans_probe import MiniLMReader
from classifiers.training.minilm_both_probe import D, pieces, read_pieces
from classifiers.training.minilm_tool_head import TOOL_HEAD, t9_documents
from classifiers.training.minilm_window_probe import graph_with_states
from classifiers.training.opened_agent_sets import (
    OPENED,
    OPENED_SINCE,
    ROOT,
    carrier_documents,
    version,
)
from classifiers.training.tool_head_fit import (
    CONFIG_FILE,
    Rows,
    fit,
    flagged,
    lines,
    out_of_fold,
    sigmoid,
    write_head,
)

L2, OWN_L2 = 1.0, 10.0  # T9's pulls
Doc = tuple[str, tuple[int, int] | None, int, int]  # text, span, fold, set version (0: rows)


def all_documents() -> list[Doc]:
    """M3's documents in its order (the first ``probe_documents`` are fitted by M3, the
    opened sets from v17 read), each with its fold and set version."""
    rows = t9_documents(6)
    docs: list[Doc] = [(t, s, f, 0) for t, s, f in rows]
    folds = len({f for _, _, f in rows})  # the writers (machine chunks reuse their first six)
    early: list[Doc] = []
    late: list[Doc] = []
    for name, _, _, text, span in carrier_documents(False, OPENED + OPENED_SINCE):
        v = version(name)
        (early if v < 17 else late).append((text, span, v % folds, v))
    return docs + early + late


def read(models: Path, docs: list[Doc], cache: Path) -> tuple[np.ndarray, ...]:
    """(features, is a segment, label, document) of every piece, M3's reading; labels of the
    documents M3 read unlabelled (v17 on) set from their injection's span here."""
    cfg = json.loads((models / CONFIG_FILE).read_text())
    first_read = next(i for i, d in enumerate(docs) if d[3] >= 17)
    with tempfile.TemporaryDirectory() as tmp:
        head = graph_with_states(models, Path(tmp))
        r = MiniLMReader(Path(tmp), cfg, ClassifierSettings().max_tokens)
        if cache.exists():
            with np.load(cache) as c:
                x, seg, doc = c["x"], c["seg"], c["doc"]
        else:
            windows: list[list[int]] = []
            pcs = []
            doc_l: list[int] = []
            for d, (text, span, _, _) in enumerate(docs):
                got = pieces(r, text, span if d < first_read else None, windows, d < first_read)
                pcs += got
                doc_l += [d] * len(got)
            x, seg = read_pieces(r, head, windows, pcs)
            doc = np.array(doc_l)
            y0 = np.array([p[3] for p in pcs], dtype=np.float64)
            np.savez(cache, x=x, seg=seg, y=y0, doc=doc)
        labels: list[float] = []
        for d, (text, span, _, _) in enumerate(docs):
            if d < first_read:
                continue
            labels += [float(p[3]) for p in pieces(r, text, span, [], False)]
    with np.load(cache) as c:
        y = c["y"].copy()
    late = doc >= first_read
    if int(late.sum()) != len(labels):
        raise ValueError("the cached pieces are not M3's reading of these documents")
    y[late] = labels
    return x, seg, y, doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--read-from", type=int, default=28, help="opened sets from here: not fitted")
    ap.add_argument("--cache", type=Path, default=ROOT / ".train-cache" / "m3_pieces.npz")
    args = ap.parse_args(argv)
    models = args.models_dir
    cfg = json.loads((models / CONFIG_FILE).read_text())
    shipped = ToolHead.load(models / cfg["jailbreak_tool_head"]["file"])
    if shipped.window_w is not None:
        raise ValueError("the shipped head to start from reads segments alone")
    docs = all_documents()
    x, seg, y, doc = read(models, docs, args.cache)
    keep_doc = np.array([d[3] < args.read_from for d in docs])
    keep = keep_doc[doc] & (y >= 0)
    number = np.cumsum(keep_doc) - 1  # fitted documents renumbered
    injected = np.array([d[1] is not None for d in docs])[keep_doc]
    folds = np.array([d[2] for d in docs])
    rows = Rows(
        x[keep],
        seg[keep],
        y[keep],
        sigmoid(x[keep, 0]),
        number[doc[keep]],
        folds[doc[keep]],
        injected,
    )
    theta_shipped = np.concatenate(
        [[shipped.own], shipped.w, np.zeros(D), [shipped.b, shipped.segment_b]]
    )
    shipped_flags = flagged(rows, rows.x @ theta_shipped[:-2], shipped.b, shipped.segment_b)
    theta0 = np.zeros(2 * D + 2)
    theta0[0] = 1.0
    reg = np.concatenate([np.full(2 * D, L2), [0.0, 0.0]])
    reg[[0, D]] = OWN_L2
    dw, ds, report = lines(rows, out_of_fold(rows, theta0, reg), "t14b", False, shipped_flags)
    theta = fit(rows, np.ones(len(rows.y), dtype=bool), theta0, reg)
    about: dict[str, Any] = {
        "candidate": "T14b",
        "line": "the shipped head's catches on the same pieces",
        "rows": len(rows.y),
        "documents": int(keep_doc.sum()),
        "opened_sets_before": args.read_from,
        "own": round(float(theta[0]), 6),
        "window_own": round(float(theta[D]), 6),
        "w_norm": round(float(np.linalg.norm(theta[1:D])), 6),
        "window_w_norm": round(float(np.linalg.norm(theta[D + 1 : 2 * D])), 6),
        "window_offset": dw,
        "segment_offset": ds,
    }
    report.update(about)
    cfg["jailbreak_tool_head"] = {"file": TOOL_HEAD, **report}
    write_head(
        models,
        cfg,
        TOOL_HEAD,
        own=np.float32(theta[0]),
        w=theta[1:D].astype(np.float32),
        b=np.float32(theta[-2] + dw),
        segment_b=np.float32(theta[-1] + ds),
        window_own=np.float32(theta[D]),
        window_w=theta[D + 1 : 2 * D].astype(np.float32),
        alone_own=np.float32(shipped.own),
        alone_w=shipped.w.astype(np.float32),
        alone_b=np.float32(shipped.b),
        alone_segment_b=np.float32(shipped.segment_b),
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
