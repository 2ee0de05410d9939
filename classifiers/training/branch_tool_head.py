"""Candidate T4: a jailbreak head of the multilingual branch for tool results only
(docs/classifiers.md, "Genuine notices in foreign tool results: candidate T4").

The branch scores a foreign document an agent fetched with the head it scores a user's
prompt with. Its sentence segments carry most of what it finds in tool results (agent v16:
52 of 79 foreign injections flagged by a segment, 17 by a whole window), and they also flag
the genuine notices a service addresses to its reader ("save your documents and log off",
"run the following command"): five of v16's sixteen foreign clean carriers. The T rounds
taught MiniLM that difference in English; T4 teaches it to a second linear head over the
branch's own sentence embedding, used where the text is a tool or function result:

1. rows: the hand-written foreign tool results of ``ml_tool_results.json`` (carriers holding
   genuine notices, injections addressed to the agent; 20 languages), each carrier read
   clean and with ``PAIRS`` injections of its language in its slot: every whole window and
   every sentence segment (``scored_spans``), a window or segment holding the injection
   labelled 1, the clean carrier's labelled 0;
2. a logistic head with a window bias and a segment bias, fitted from the shipped head (the
   graph's ``jb.weight`` and ``jb.bias``, the segment bias moved by the config's
   ``segment_shift``) by Newton's method on the rows' labels, each ``ROW_WEIGHT`` times a
   KL anchor to the shipped head's probability on the same row, plus an L2 pull ``L2``
   towards the shipped weights;
3. the two lines (window, segment) are set on out-of-fold scores (``FOLDS`` folds by
   language, so a line is set on languages its head never saw): the pair that flags the
   fewest clean carriers among those that flag at least as many injected carriers as the
   shipped head does (a carrier is flagged when any of its windows or segments reaches the
   policy's 0.8);
4. (T4', after T4's development verdict) optionally mixed with the shipped head,
   ``--mix A``: the logit ``A x fitted + (1 - A) x shipped``, a linear head again, and both
   lines moved by ``--offset``;
5. written as ``ml_jailbreak_tool_head.npz`` (``w`` (384,), ``b`` the window line folded in,
   ``segment_b``) and named by the branch config's ``tool_head``; the graph, the user-turn
   head, the segment offset and the vote stay as shipped.

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_tool_head MODELS_DIR``
(numpy and the runtime only; rewrites classifier_config.json and manifest.json)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.segments import scored_spans
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings

ROWS_FILE = Path(__file__).with_name("ml_tool_results.json")
TOOL_HEAD = "ml_jailbreak_tool_head.npz"
SLOT = "{inj}"
PAIRS = 4
ROW_WEIGHT = 3.0
L2 = 1.0
FOLDS = 3
POLICY = 0.8
GRID = np.round(np.arange(-4.0, 4.0001, 0.1), 2)


@dataclass
class Rows:
    x: np.ndarray  # (n, 384) the branch's embedding of each window or segment
    seg: np.ndarray  # (n,) True for a sentence segment
    y: np.ndarray  # (n,) 1 where the piece holds the injection
    p0: np.ndarray  # (n,) the shipped head's probability (segments shifted)
    doc: np.ndarray  # (n,) the document each piece belongs to
    fold: np.ndarray  # (n,) the document's fold (by its language)
    doc_injected: np.ndarray  # (docs,) True for a carrier holding an injection


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def documents(data: dict[str, Any]) -> list[tuple[str, tuple[int, int] | None, int]]:
    """(text, the injection's character span or None, carrier number) per document: each
    carrier clean, and with ``PAIRS`` injections of its language (by stride)."""
    by_lang: dict[str, list[str]] = {}
    for inj in data["injections"]:
        by_lang.setdefault(inj["lang"], []).append(inj["text"])
    out: list[tuple[str, tuple[int, int] | None, int]] = []
    for n, c in enumerate(data["carriers"]):
        text = c["text"]
        at = text.index(SLOT)
        out.append((text[:at] + text[at + len(SLOT) :], None, n))
        pool = by_lang[c["lang"]]
        for k in range(PAIRS):
            inj = pool[(n + k * 3) % len(pool)]
            out.append((text[:at] + inj + text[at + len(SLOT) :], (at, at + len(inj)), n))
    return out


def reader(models: Path, ml: dict[str, Any]) -> MultilingualBranch:
    raw = {k: v for k, v in ml.items() if k not in ("jailbreak_exemplars", "tool_head")}
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, 2, ["CPUExecutionProvider"])
    return MultilingualBranch(
        models,
        BranchConfig.from_json(raw),
        opts,
        len(DOMAINS),
        settings.max_batch_tokens,
        settings.segment_min_letter_share,
    )


def pieces(
    r: MultilingualBranch, text: str, span: tuple[int, int] | None
) -> list[tuple[list[int], bool, int]]:
    """(token row, is a segment, label) of a document's windows and segments; a filled
    carrier's pieces without the injection are the clean carrier's own and are left out."""
    out: list[tuple[list[int], bool, int]] = []
    prefix = len(r.cfg.prefix)
    enc = r._tok.encode_batch([r.cfg.prefix + text], add_special_tokens=False)[0]
    width = r.cfg.max_tokens - 2
    for w, row in enumerate(r._windows(list(enc.ids))):
        offs = enc.offsets[w * width : (w + 1) * width]
        lo = offs[0][0] - prefix if offs else 0
        hi = offs[-1][1] - prefix if offs else 0
        holds = span is not None and lo < span[1] and hi > span[0]
        if span is None or holds:
            out.append((row, False, int(holds)))
    for a, b in scored_spans(text, r.min_letter_share):
        if span is None:
            label = 0
        else:
            inside = max(0, min(b, span[1]) - max(a, span[0]))
            label = 1 if inside >= 0.5 * min(b - a, span[1] - span[0]) else -1
        if label < 0:
            continue
        seg = r._tok.encode_batch([r.cfg.prefix + text[a:b]], add_special_tokens=False)[0]
        out += [(row, True, label) for row in r._windows(list(seg.ids))]
    return out


def read_rows(r: MultilingualBranch, data: dict[str, Any], seg_shift: float) -> Rows:
    docs = documents(data)
    rows: list[tuple[list[int], bool, int, int]] = []
    for d, (text, span, _) in enumerate(docs):
        rows += [(row, s, y, d) for row, s, y in pieces(r, text, span)]
    order = sorted(range(len(rows)), key=lambda k: len(rows[k][0]))
    x = np.zeros((len(rows), 384), dtype=np.float64)
    p0 = np.zeros(len(rows), dtype=np.float64)
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        _, jb, _, emb = r._run([rows[k][0] for k in chunk], True)
        assert emb is not None, "the branch graph returns no embedding"
        x[chunk], p0[chunk] = emb, jb
    seg = np.array([row[1] for row in rows])
    q = np.clip(p0, 1e-7, 1 - 1e-7)
    p0 = np.where(seg, sigmoid(np.log(q / (1 - q)) + seg_shift), p0)
    doc = np.array([row[3] for row in rows])
    langs = list(dict.fromkeys(c["lang"] for c in data["carriers"]))
    lang = np.array([langs.index(data["carriers"][docs[d][2]]["lang"]) for d in doc])
    return Rows(
        x,
        seg,
        np.array([row[2] for row in rows], dtype=np.float64),
        p0,
        doc,
        lang % FOLDS,
        np.array([span is not None for _, span, _ in docs]),
    )


def fit(
    rows: Rows, keep: np.ndarray, w0: np.ndarray, b0: float, s0: float
) -> tuple[np.ndarray, float, float]:
    """(w, window bias, segment bias) from the shipped head, Newton's method on the rows in
    ``keep`` (deterministic)."""
    x = np.hstack([rows.x[keep], (~rows.seg[keep])[:, None], rows.seg[keep][:, None]])
    theta0 = np.concatenate([w0, [b0, s0]])
    target = (rows.p0[keep] + ROW_WEIGHT * rows.y[keep]) / (1 + ROW_WEIGHT)
    reg = np.full(len(theta0), L2)
    reg[-2:] = 0.0  # the biases move freely

    def loss(t: np.ndarray) -> float:
        z = x @ t
        bce = np.logaddexp(0.0, z) - target * z
        return float((1 + ROW_WEIGHT) * bce.sum() + 0.5 * (reg * (t - theta0) ** 2).sum())

    theta, now = theta0.copy(), loss(theta0)
    for _ in range(50):
        p = sigmoid(x @ theta)
        grad = (1 + ROW_WEIGHT) * x.T @ (p - target) + reg * (theta - theta0)
        hess = (1 + ROW_WEIGHT) * (x.T * (p * (1 - p))) @ x + np.diag(reg) + 1e-9 * np.eye(len(reg))
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while loss(theta - scale * step) > now and scale > 1e-6:
            scale /= 2  # backtracking keeps each step a descent
        theta = theta - scale * step
        before, now = now, loss(theta)
        if before - now < 1e-9 * max(1.0, abs(before)):
            break
    return theta[:-2], float(theta[-2]), float(theta[-1])


def flagged(rows: Rows, z: np.ndarray, dw: float, ds: float) -> np.ndarray:
    """Per document, whether any of its pieces reaches the policy's line."""
    hit = z + np.where(rows.seg, ds, dw) >= logit(POLICY)
    out = np.zeros(len(rows.doc_injected), dtype=bool)
    np.logical_or.at(out, rows.doc, hit)
    return out


def lines(rows: Rows, z: np.ndarray) -> tuple[float, float, dict[str, Any]]:
    """The (window, segment) offsets that flag the fewest clean carriers while flagging at
    least the injected carriers the shipped head flags (ties: the most injected)."""
    inj = rows.doc_injected
    shipped = flagged(rows, np.log(np.clip(rows.p0, 1e-7, 1) / np.clip(1 - rows.p0, 1e-7, 1)), 0, 0)
    need = int(shipped[inj].sum())
    best: tuple[tuple[int, int, float, float], float] | None = None  # (key, segment offset)
    for dw in GRID:
        for ds in GRID:
            f = flagged(rows, z, float(dw), float(ds))
            caught, clean = int(f[inj].sum()), int(f[~inj].sum())
            if caught < need:
                continue
            # fewest clean, then most injected, then the smallest move, then the lower window
            key = (clean, -caught, abs(float(dw)) + abs(float(ds)), float(dw))
            if best is None or key < best[0]:
                best = (key, float(ds))
    assert best is not None
    (clean, neg_caught, _, dw_best), ds_best = best
    report = {
        "injected": int(inj.sum()),
        "clean": int((~inj).sum()),
        "shipped_injected_flagged": need,
        "shipped_clean_flagged": int(shipped[~inj].sum()),
        "t4_injected_flagged_oof": -neg_caught,
        "t4_clean_flagged_oof": clean,
    }
    return dw_best, ds_best, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--rows-cache", type=Path, default=None, help="read rows kept here (npz)")
    ap.add_argument(
        "--mix", type=float, default=1.0, help="the fitted head's share of the logit (T4')"
    )
    ap.add_argument("--offset", type=float, default=0.0, help="moves both lines (logits, T4')")
    args = ap.parse_args(argv)
    models = args.models_dir
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    graph = onnx.load(str(models / ml["onnx"]))
    inits = {i.name: i for i in graph.graph.initializer}
    w0 = numpy_helper.to_array(inits["jb.weight"]).astype(np.float64).reshape(-1)
    b0 = float(numpy_helper.to_array(inits["jb.bias"]).reshape(-1)[0])
    s0 = b0 + float(ml.get("segment_shift") or 0.0)
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    if args.rows_cache is not None and args.rows_cache.exists():
        with np.load(args.rows_cache) as c:
            rows = Rows(**{k: c[k] for k in c.files})
    else:
        rows = read_rows(reader(models, ml), data, s0 - b0)
        if args.rows_cache is not None:
            np.savez(args.rows_cache, **vars(rows))
    z = np.zeros(len(rows.y))
    for f in range(FOLDS):
        test = rows.fold == f
        w, bw, bs = fit(rows, ~test, w0, b0, s0)
        z[test] = rows.x[test] @ w + np.where(rows.seg[test], bs, bw)
    dw, ds, report = lines(rows, z)
    w, bw, bs = fit(rows, np.ones(len(rows.y), dtype=bool), w0, b0, s0)
    # T4': the fitted head's logit mixed with the shipped head's (a linear head again), both
    # lines moved by ``offset``
    a, off = args.mix, args.offset
    w_out = a * w + (1 - a) * w0
    b_out = a * (bw + dw) + (1 - a) * b0 + off
    s_out = a * (bs + ds) + (1 - a) * s0 + off
    np.savez(
        models / TOOL_HEAD,
        w=w_out.astype(np.float32),
        b=np.float32(b_out),
        segment_b=np.float32(s_out),
    )
    report.update(
        {
            "candidate": "T4" if (a, off) == (1.0, 0.0) else "T4'",
            "rows": len(rows.y),
            "window_offset": dw,
            "segment_offset": ds,
            "mix": a,
            "offset": off,
            "weight_cosine": round(float(w @ w0 / np.linalg.norm(w) / np.linalg.norm(w0)), 6),
        }
    )
    ml["tool_head"] = {"file": TOOL_HEAD, **report}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(models, list(dict.fromkeys([*names, TOOL_HEAD])))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
