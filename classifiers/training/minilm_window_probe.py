"""Probe M2: MiniLM's tool-result head fed sentences read in their window (docs/classifiers.md,
"MiniLM's tool-result head on sentences read in their window: probe M2"; development only,
nothing ships).

Probe M1 read MiniLM's frozen base layers. The shipped tool-result head (T9) corrects the
shipped jailbreak logit, which MiniLM's graph computes from its task layer's token states
(``/task/ln2``, mean-pooled, then ``jb_head``), and adds a term over the sentence embedding
(the normalised mean of ``/layers.5/ln2``). Both can be read for a sentence inside the window
that holds it: the mean of the task layer's states over the sentence's positions through
``jb_head``, and the normalised mean of the base states over them. M2 compares, on the English
carriers of opened agent sets v17-v28 (each document's highest piece):

- ``shipped``: the shipped head on windows and segments read alone (today's reading);
- ``shipped_in_window``: the same head, segments read in their window;
- ``refit_alone`` / ``refit_in_window``: T9's fit (``tool_head_fit.fit`` from the shipped
  reading) on T9's writers' documents and the English carriers of v3-v16, each reading.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.minilm_window_probe
[MODELS_DIR] [--out FILE]``"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from classifiers.engine import CONFIG_FILE
from classifiers.settings import ClassifierSettings
from classifiers.tokenization import padded
from classifiers.tool_head import ToolHead
from classifiers.training.branch_spans_probe import MINILM_TOP, MiniLMReader, examples
from classifiers.training.minilm_tool_head import t9_documents
from classifiers.training.opened_agent_sets import (
    OPENED,
    OPENED_SINCE,
    ROOT,
    carrier_documents,
    curve,
    version,
)
from classifiers.training.tool_head_fit import Rows, fit, logits, sigmoid
from classifiers.window_pool import pooled

TASK_TOP = "/task/ln2/LayerNormalization_output_0"  # mean-pooled into jb_head
GRAPH = "prism_signals.int8.onnx"
READ_FROM = 17
Example = tuple[int, list[int], int]


def graph_with_states(models: Path, out: Path) -> tuple[np.ndarray, float]:
    """A models folder in ``out`` whose MiniLM graph also returns ``token_states`` (base) and
    ``task_states`` (task layer); returns ``jb_head``'s weight and bias."""
    g = onnx.load(str(models / GRAPH))
    have = {o.name for o in g.graph.output}
    for name, top in (("token_states", MINILM_TOP), ("task_states", TASK_TOP)):
        if name in have:
            continue
        g.graph.node.append(helper.make_node("Identity", [top], [name]))
        g.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
    for f in models.iterdir():
        if f.name != GRAPH:
            (out / f.name).symlink_to(f.resolve())
    onnx.save(g, str(out / GRAPH))
    init = {i.name: numpy_helper.to_array(i) for i in g.graph.initializer}
    return init["jb_head.weight"].reshape(-1).astype(np.float32), float(init["jb_head.bias"][0])


def features(
    r: MiniLMReader, head: tuple[np.ndarray, float], windows: list[list[int]], ex: list[Example]
) -> np.ndarray:
    """(n, 385): each example's shipped logit and sentence embedding; a segment in its window
    reads both from the window's states over its positions."""
    jw, jb = head
    by_win: dict[int, list[int]] = {}
    for i, (k, _, _) in enumerate(ex):
        by_win.setdefault(k, []).append(i)
    out = np.zeros((len(ex), 385), dtype=np.float64)
    order = sorted(by_win, key=lambda k: len(windows[k]))
    names = ["embedding", "jailbreak_prob", "token_states", "task_states"]
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        ids, mask = padded([windows[k] for k in chunk])
        embeds = r._words[ids].astype(np.float32) * r._scales[ids][..., None]
        emb, prob, states, task = r._session.run(
            names, {"inputs_embeds": embeds, "attention_mask": mask}
        )
        z = logits(prob.reshape(-1))
        for j, k in enumerate(chunk):
            for i in by_win[k]:
                pos = ex[i][1]
                if pos:
                    out[i, 0] = float(task[j][pos].astype(np.float64).mean(0) @ jw + jb)
                    out[i, 1:] = pooled(states[j], pos)
                else:
                    out[i, 0], out[i, 1:] = z[j], emb[j]
    return out


def reading(
    r: MiniLMReader,
    head: tuple[np.ndarray, float],
    docs: list[tuple[str, Any]],
    labelled: bool,
    alone: bool,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features, is a segment, label, document) of every piece of ``docs`` (text, span)."""
    windows: list[list[int]] = []
    ex: list[Example] = []
    doc: list[int] = []
    seg: list[bool] = []
    width = r.cfg.max_tokens - 2
    for d, (text, span) in enumerate(docs):
        base = len(windows)
        n_ids = len(r._tok.encode_batch([text], add_special_tokens=False)[0].ids)
        n_whole = max(1, -(-n_ids // width))
        got = examples(r, (text, span), windows, labelled, alone)
        ex += got
        doc += [d] * len(got)
        seg += [bool(e[1]) or e[0] >= base + n_whole for e in got]
    x = features(r, head, windows, ex)
    return x, np.array(seg), np.array([e[2] for e in ex], dtype=np.float64), np.array(doc)


def doc_scores(
    x: np.ndarray, seg: np.ndarray, doc: np.ndarray, theta: np.ndarray, n: int
) -> np.ndarray:
    """Each document's highest piece probability under ``theta`` (features, window bias,
    segment bias)."""
    z = x @ theta[:-2] + np.where(seg, theta[-1], theta[-2])
    top = np.full(n, -np.inf)
    np.maximum.at(top, doc, z)
    return sigmoid(top)


def probe_documents() -> tuple[list[tuple[str, Any]], list[tuple[str, Any]], list[str]]:
    """(training documents, read documents, each read document's kind): T9's writers'
    documents and 600 machine-text chunks with the English carriers of v3-v16; v17-v28's."""
    train = [(t, s) for t, s, _ in t9_documents(6)]
    dev: list[tuple[str, Any]] = []
    kinds: list[str] = []
    for name, kind, _, text, span in carrier_documents(False, OPENED + OPENED_SINCE):
        if version(name) < READ_FROM:
            train.append((text, span))
        else:
            dev.append((text, None))
            kinds.append(kind)
    return train, dev, kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models_dir", nargs="?", type=Path, default=ROOT / "models")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "minilm_window_probe.json"))
    args = ap.parse_args(argv)
    t0 = time.time()
    cfg = json.loads((args.models_dir / CONFIG_FILE).read_text())
    shipped = ToolHead.load(args.models_dir / cfg["jailbreak_tool_head"]["file"])
    theta_shipped = np.concatenate([[shipped.own], shipped.w, [shipped.b, shipped.segment_b]])
    train, dev, kinds = probe_documents()
    print(f"{len(train)} training and {len(dev)} read documents", flush=True)
    report: dict[str, Any] = {"train_docs": len(train), "dev_docs": len(dev)}
    is_kind = np.array(kinds)
    with tempfile.TemporaryDirectory() as tmp:
        head = graph_with_states(args.models_dir, Path(tmp))
        r = MiniLMReader(Path(tmp), cfg, ClassifierSettings().max_tokens)
        for alone in (True, False):
            mode = "alone" if alone else "in_window"
            xt, st, yt, dt = reading(r, head, train, True, alone)
            xd, sd, _, dd = reading(r, head, dev, False, alone)
            print(
                f"{mode}: {len(yt)} training, {len(dd)} read pieces ({time.time() - t0:.0f}s)",
                flush=True,
            )
            reg = np.concatenate([[10.0], np.full(384, 1.0), [0.0, 0.0]])
            theta0 = np.concatenate([[1.0], np.zeros(384), [0.0, 0.0]])
            p0 = sigmoid(xt[:, 0])
            rows = Rows(
                xt, st, yt, p0, dt, np.zeros(len(yt), dtype=int), np.zeros(len(train), dtype=bool)
            )
            theta = fit(rows, np.ones(len(yt), dtype=bool), theta0, reg)
            for name, th in (("shipped", theta_shipped), ("refit", theta)):
                top = doc_scores(xd, sd, dd, th, len(dev))
                key = name + ("" if alone and name == "shipped" else "_" + mode)
                report[key] = curve(top[is_kind == "inj"], top[is_kind == "clean"])
                report[key]["pieces"] = len(dd)
                print(key, json.dumps(report[key]), flush=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
