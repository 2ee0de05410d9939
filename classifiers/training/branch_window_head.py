"""Candidate T13: the branch's tool-result head reading sentence segments inside their window
(docs/classifiers.md, "Sentences read in their window: candidate T13").

The shipped tool head (T4') reads each sentence segment of a foreign tool result as a row of
its own. Probe F3, through the shipped int8 graph, read a segment pooled from the top-layer
token states of the window that holds it instead, and caught twice the injections where
few clean carriers are flagged. T13 is that reader as the runtime runs it
(``classifiers/window_pool.py``):

1. the branch graph returns its token states (``classifiers/training/branch_states.py``);
2. documents: T4's hand-written foreign tool results (``ml_tool_results.json``, each
   carrier clean and with ``PAIRS`` injections of its language) and the foreign carriers of
   the opened agent sets before ``--read-from`` (clean, and with the injections
   ``bench.blind.pairs`` puts in them);
3. pieces: each whole window (its ``embedding``) and each scored segment's part inside each
   window it overlaps (pooled from ``token_states``), labelled as T4's (a piece holding the
   injection 1, a clean carrier's 0, the rest of an injected document left out);
4. a logistic head fitted from the graph's jailbreak head by T4's Newton fit (KL anchor,
   L2 pull), its window and segment lines set on out-of-fold scores (folds by language) as
   T4's;
5. written as ``ml_jailbreak_tool_head.npz`` with ``in_window`` = 1 and named by the branch
   config's ``tool_head``; with opened sets from ``--read-from`` on, their foreign documents
   are read with the fitted head and the curve of probe F3 reported (development).

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_window_head MODELS_DIR
[--read-from 27]`` (the graph must return ``token_states``; rewrites classifier_config.json
and manifest.json)."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.segments import scored_spans
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.branch_tool_head import (
    PAIRS,
    ROWS_FILE,
    TOOL_HEAD,
    graph_head,
    reader,
)
from classifiers.training.opened_agent_sets import curve, foreign_documents, version
from classifiers.training.tool_head_fit import (
    CONFIG_FILE,
    POLICY,
    Rows,
    cached_rows,
    documents,
    fit,
    head_arguments,
    head_logits,
    lines,
    out_of_fold,
    segment_label,
    sigmoid,
    write_head,
)
from classifiers.window_pool import pooled, segment_positions

FOLDS = 3
L2 = 1.0
PLAIN_L2 = 0.4  # (--plain) sklearn's C = 10 in ``fit``'s terms: 0.1 times its 4-fold loss
Doc = tuple[str, tuple[int, int] | None, str]  # (text, the injection's span, language)
Piece = tuple[int, list[int], int, int]  # (window row, positions or [] for whole, label, doc)


def document_pieces(
    r: MultilingualBranch, text: str, span: tuple[int, int] | None, windows: list[list[int]]
) -> list[tuple[int, list[int], int]]:
    """A document's windows (appended to ``windows``) and its labelled pieces: (row,
    positions or [] for the whole window, label), labels as T4's."""
    prefix = len(r.cfg.prefix)
    enc = r._tok.encode_batch([r.cfg.prefix + text], add_special_tokens=False)[0]
    width = r.cfg.max_tokens - 2
    base = len(windows)
    out: list[tuple[int, list[int], int]] = []
    for w, row in enumerate(r._windows(list(enc.ids))):
        windows.append(row)
        offs = enc.offsets[w * width : (w + 1) * width]
        lo, hi = (offs[0][0] - prefix, offs[-1][1] - prefix) if offs else (0, 0)
        holds = span is not None and lo < span[1] and hi > span[0]
        if span is None or holds:
            out.append((base + w, [], int(holds)))
    spans = scored_spans(text, r.min_letter_share)
    for w, pos, (a, b) in segment_positions(enc.offsets, prefix, width, spans):
        label = segment_label(a, b, span)
        if label >= 0:
            out.append((base + w, pos, label))
    return out


def read_documents(r: MultilingualBranch, docs: list[Doc], languages: list[str]) -> Rows:
    """Every piece of ``docs`` read through the branch graph, as T4's rows (the shipped
    probability: the graph's jailbreak head on the piece, the segment line for a segment)."""
    windows: list[list[int]] = []
    pieces: list[Piece] = []
    for d, (text, span, _) in enumerate(docs):
        pieces += [(k, pos, y, d) for k, pos, y in document_pieces(r, text, span, windows)]
    by_row: dict[int, list[int]] = {}
    for i, (k, _, _, _) in enumerate(pieces):
        by_row.setdefault(k, []).append(i)
    x = np.zeros((len(pieces), 384), dtype=np.float64)
    order = sorted(by_row, key=lambda k: len(windows[k]))
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        _, _, _, emb, states = r._run([windows[k] for k in chunk], True, True)
        assert emb is not None and states is not None, "the branch graph returns no states"
        for j, k in enumerate(chunk):
            for i in by_row[k]:
                pos = pieces[i][1]
                x[i] = emb[j] if not pos else pooled(states[j], pos)
    doc = np.array([p[3] for p in pieces])
    lang = np.array([languages.index(docs[d][2]) for d in doc])
    return Rows(
        x,
        np.array([bool(p[1]) for p in pieces]),
        np.array([p[2] for p in pieces], dtype=np.float64),
        np.zeros(len(pieces)),  # the shipped probability, set by the caller
        doc,
        lang % FOLDS,
        np.array([span is not None for _, span, _ in docs]),
    )


def training_documents(read_from: int) -> list[Doc]:
    """T4's documents and the opened sets' foreign documents before ``read_from``."""
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    docs: list[Doc] = [
        (text, span, data["carriers"][n]["lang"]) for text, span, n in documents(data, PAIRS)
    ]
    docs += [
        (text, span, lang)
        for name, _, lang, text, span in foreign_documents()
        if version(name) < read_from
    ]
    return docs


def development(
    r: MultilingualBranch, theta: np.ndarray, read_from: int, languages: list[str]
) -> dict[str, Any] | None:
    """The curve of the opened sets' foreign documents from ``read_from`` on, each scored by
    the highest of its pieces under the fitted head (lines left out: the curve is
    threshold-free); None when there are none."""
    late = [(k, lang, t) for n, k, lang, t, _ in foreign_documents() if version(n) >= read_from]
    if not late:
        return None
    rows = read_documents(r, [(t, None, lang) for _, lang, t in late], languages)
    z = head_logits(rows, theta, np.ones(len(rows.y), dtype=bool))
    top = np.full(len(late), -np.inf)
    np.maximum.at(top, rows.doc, z)
    kind = np.array([k for k, _, _ in late])
    return {"documents": len(late), **curve(top[kind == "inj"], top[kind == "clean"])}


def shipped_flags(models: Path, docs: list[Doc], cache: Path | None) -> np.ndarray:
    """(T13') Per document, whether the shipped tool-result reader (the branch's ``tool_head``
    as the runtime reads a text, T8's shift on segments that address the AI) flags it at the
    policy's line; kept beside the rows cache."""
    keep = cache.with_suffix(".shipped.npy") if cache is not None else None
    if keep is not None and keep.exists():
        return np.asarray(np.load(keep))
    ml = json.loads((models / CONFIG_FILE).read_text())["multilingual"]
    branch = MultilingualBranch(
        models,
        BranchConfig.from_json(ml),
        session_options(ClassifierSettings(warmup=False), 2, ["CPUExecutionProvider"]),
        len(DOMAINS),
        ClassifierSettings().max_batch_tokens,
        ClassifierSettings().segment_min_letter_share,
    )
    if branch._tool is None or branch._tool.in_window:
        raise ValueError("the shipped reader to match is a tool head reading segments alone")
    shift = ClassifierSettings().addressed_segment_shift
    tool = np.concatenate(
        [
            np.asarray(branch.run([t for t, _, _ in docs[s : s + 16]], shift).tool_jailbreak)
            for s in range(0, len(docs), 16)
        ]
    )
    out = tool >= POLICY
    if keep is not None:
        np.save(keep, out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = head_arguments(__doc__ or "", "unused (T13 is not mixed)")
    ap.add_argument("--read-from", type=int, default=27, help="opened sets from here are read")
    ap.add_argument(
        "--plain",
        action="store_true",
        help="fit as probe F3 did: the labels alone (no anchor), an L2 pull towards zero",
    )
    ap.add_argument(
        "--match-shipped",
        type=Path,
        default=None,
        metavar="MODELS",
        help="(T13') the line catches at least the training documents that these models' "
        "tool-result reader flags (the shipped one, reading segments alone)",
    )
    ap.add_argument(
        "--one-line",
        action="store_true",
        help="one bias and one line for windows and segments (probe F3's single intercept)",
    )
    args = ap.parse_args(argv)
    models = args.models_dir
    cfg, w0, b0, s0 = graph_head(models)
    ml = cfg["multilingual"]
    r = reader(models, ml)
    docs = training_documents(args.read_from)
    languages = sorted({lang for _, _, lang in docs} | {d[2] for d in foreign_documents()})
    rows = cached_rows(args.rows_cache, lambda: read_documents(r, docs, languages))
    rows.p0 = sigmoid(rows.x @ w0 + np.where(rows.seg, s0, b0))
    theta0 = np.concatenate([w0, [b0, s0]])
    reg = np.concatenate([np.full(len(w0), L2), [0.0, 0.0]])  # the biases move freely
    fitted = rows
    if args.plain:  # the labels as targets, pulled towards zero weights (probe F3's fit)
        fitted = dataclasses.replace(rows, p0=rows.y)
        theta0 = np.zeros(len(w0) + 2)
        reg = np.concatenate([np.full(len(w0), PLAIN_L2), [0.0, 0.0]])
    if args.one_line:  # every piece fitted as a window: the segment bias is the window's
        fitted = dataclasses.replace(fitted, seg=np.zeros_like(rows.seg))
    z = out_of_fold(fitted, theta0, reg)
    shipped = (
        None
        if args.match_shipped is None
        else shipped_flags(args.match_shipped, docs, args.rows_cache)
    )
    dw, ds, report = lines(rows, z, "t13", args.one_line, shipped)
    theta = fit(fitted, np.ones(len(rows.y), dtype=bool), theta0, reg)
    if args.one_line:
        theta[-1] = theta[-2]
    w, bw, bs = theta[:-2], float(theta[-2]), float(theta[-1])
    report.update(
        {
            "candidate": "T13'" if args.match_shipped else "T13",
            "line": "the shipped reader's catches" if args.match_shipped else "the graph head's",
            "need": int(shipped[rows.doc_injected].sum()) if shipped is not None else None,
            "fit": ("plain" if args.plain else "anchored")
            + (", one line" if args.one_line else ""),
            "rows": len(rows.y),
            "documents": len(docs),
            "opened_sets_before": args.read_from,
            "window_offset": dw,
            "segment_offset": ds,
            "offset": args.offset,
            "weight_cosine": round(float(w @ w0 / np.linalg.norm(w) / np.linalg.norm(w0)), 6),
            "weight_norm": round(float(np.linalg.norm(w)), 4),
        }
    )
    dev = development(r, theta, args.read_from, languages)
    if dev is not None:
        report["development"] = dev
    ml["tool_head"] = {"file": TOOL_HEAD, **report}
    write_head(
        models,
        cfg,
        TOOL_HEAD,
        w=w.astype(np.float32),
        b=np.float32(bw + dw + args.offset),
        segment_b=np.float32(bs + ds + args.offset),
        in_window=np.int8(1),
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
