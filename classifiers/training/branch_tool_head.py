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

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper

from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.segments import scored_spans
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.tool_head_fit import (
    CONFIG_FILE,
    Rows,
    cached_rows,
    documents,
    fit,
    head_arguments,
    lines,
    out_of_fold,
    segment_label,
    sigmoid,
    write_head,
)

ROWS_FILE = Path(__file__).with_name("ml_tool_results.json")
# candidate T10: harmless foreign documents about AI assistants (carriers only)
AI_DOCS_FILE = Path(__file__).with_name("ml_tool_results_ai_docs.json")
# candidate T11: the foreign carriers and injections of the agent sets opened so far
OPENED_DIR = Path(__file__).parents[2] / "bench" / "blind"
OPENED_SETS = tuple(f"agent_injections_v{v}.json" for v in (3, 4, 5, 6, 7, 8, *range(11, 22)))
# an opened injection sharing half its words with a sealed set's text stays out of the rows
LEFT_OUT = frozenset({("agent_injections_v19.json", "i52")})
TOOL_HEAD = "ml_jailbreak_tool_head.npz"
PAIRS = 4
L2 = 1.0
FOLDS = 3


def reader(models: Path, ml: dict[str, Any]) -> MultilingualBranch:
    raw = {
        k: v for k, v in ml.items() if k not in ("jailbreak_exemplars", "tool_head", "user_head")
    }
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


def graph_head(models: Path) -> tuple[dict[str, Any], np.ndarray, float, float]:
    """The classifier config of ``models`` and the branch graph's jailbreak head: its
    weights, its bias, and the bias moved by the config's ``segment_shift`` (a segment's)."""
    cfg = json.loads((models / CONFIG_FILE).read_text())
    ml = cfg["multilingual"]
    graph = onnx.load(str(models / ml["onnx"]))
    inits = {i.name: i for i in graph.graph.initializer}
    w0 = numpy_helper.to_array(inits["jb.weight"]).astype(np.float64).reshape(-1)
    b0 = float(numpy_helper.to_array(inits["jb.bias"]).reshape(-1)[0])
    return cfg, w0, b0, b0 + float(ml.get("segment_shift") or 0.0)


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
        label = segment_label(a, b, span)
        if label < 0:
            continue
        seg = r._tok.encode_batch([r.cfg.prefix + text[a:b]], add_special_tokens=False)[0]
        out += [(row, True, label) for row in r._windows(list(seg.ids))]
    return out


def read_pieces(
    r: MultilingualBranch, docs: list[tuple[str, tuple[int, int] | None, int]], seg_shift: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every window and segment of ``docs`` (text, the injection's span, fold) read by the
    branch: (embedding, shipped probability with segments moved by ``seg_shift``, is a
    segment, document, label), for T4's and P4's heads."""
    rows: list[tuple[list[int], bool, int, int]] = []
    for d, (text, span, _) in enumerate(docs):
        rows += [(row, s, y, d) for row, s, y in pieces(r, text, span)]
    order = sorted(range(len(rows)), key=lambda k: len(rows[k][0]))
    x = np.zeros((len(rows), 384), dtype=np.float64)
    p0 = np.zeros(len(rows), dtype=np.float64)
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        _, jb, _, emb, _ = r._run([rows[k][0] for k in chunk], True)
        assert emb is not None, "the branch graph returns no embedding"
        x[chunk], p0[chunk] = emb, jb
    seg = np.array([row[1] for row in rows])
    q = np.clip(p0, 1e-7, 1 - 1e-7)
    p0 = np.where(seg, sigmoid(np.log(q / (1 - q)) + seg_shift), p0)
    doc = np.array([row[3] for row in rows])
    return x, p0, seg, doc, np.array([row[2] for row in rows], dtype=np.float64)


def opened_rows() -> dict[str, list[dict[str, Any]]]:
    """(T11) The foreign carriers and injections of the opened agent sets (``OPENED_SETS``),
    a carrier kept when its language has an injection in them (``LEFT_OUT`` apart)."""
    carriers: list[dict[str, Any]] = []
    injections: list[dict[str, Any]] = []
    for name in OPENED_SETS:
        data = json.loads((OPENED_DIR / name).read_text(encoding="utf-8"))
        carriers += [c for c in data["carriers"] if c.get("lang", "en") != "en"]
        injections += [
            i
            for i in data["injections"]
            if i.get("lang", "en") != "en" and (name, i["id"]) not in LEFT_OUT
        ]
    langs = {i["lang"] for i in injections}
    return {"carriers": [c for c in carriers if c["lang"] in langs], "injections": injections}


def read_rows(r: MultilingualBranch, data: dict[str, Any], seg_shift: float) -> Rows:
    docs = documents(data, PAIRS)
    x, p0, seg, doc, y = read_pieces(r, docs, seg_shift)
    langs = list(dict.fromkeys(c["lang"] for c in data["carriers"]))
    lang = np.array([langs.index(data["carriers"][docs[d][2]]["lang"]) for d in doc])
    return Rows(
        x,
        seg,
        y,
        p0,
        doc,
        lang % FOLDS,
        np.array([span is not None for _, span, _ in docs]),
    )


def main(argv: list[str] | None = None) -> int:
    ap = head_arguments(__doc__ or "", "the fitted head's share of the logit (T4')")
    ap.add_argument(
        "--ai-docs", action="store_true", help="(T10) add the documents about AI assistants"
    )
    ap.add_argument(
        "--opened-sets",
        action="store_true",
        help="(T11) add the foreign carriers and injections of the opened agent sets",
    )
    args = ap.parse_args(argv)
    models = args.models_dir
    cfg, w0, b0, s0 = graph_head(models)
    ml = cfg["multilingual"]
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    if args.ai_docs:
        docs_rows = json.loads(AI_DOCS_FILE.read_text(encoding="utf-8"))
        data = {**data, "carriers": data["carriers"] + docs_rows["carriers"]}
    if args.opened_sets:
        opened = opened_rows()
        data = {
            **data,
            "carriers": data["carriers"] + opened["carriers"],
            "injections": data["injections"] + opened["injections"],
        }
    rows = cached_rows(args.rows_cache, lambda: read_rows(reader(models, ml), data, s0 - b0))
    theta0 = np.concatenate([w0, [b0, s0]])
    reg = np.concatenate([np.full(len(w0), L2), [0.0, 0.0]])  # the biases move freely
    dw, ds, report = lines(rows, out_of_fold(rows, theta0, reg), "t4")
    theta = fit(rows, np.ones(len(rows.y), dtype=bool), theta0, reg)
    w, bw, bs = theta[:-2], float(theta[-2]), float(theta[-1])
    # T4': the fitted head's logit mixed with the shipped head's (a linear head again), both
    # lines moved by ``offset``
    a, off = args.mix, args.offset
    report.update(
        {
            "candidate": "T11"
            if args.opened_sets
            else "T10"
            if args.ai_docs
            else "T4"
            if (a, off) == (1.0, 0.0)
            else "T4'",
            "rows": len(rows.y),
            "window_offset": dw,
            "segment_offset": ds,
            "mix": a,
            "offset": off,
            "weight_cosine": round(float(w @ w0 / np.linalg.norm(w) / np.linalg.norm(w0)), 6),
        }
    )
    ml["tool_head"] = {"file": TOOL_HEAD, **report}
    write_head(
        models,
        cfg,
        TOOL_HEAD,
        w=(a * w + (1 - a) * w0).astype(np.float32),
        b=np.float32(a * (bw + dw) + (1 - a) * b0 + off),
        segment_b=np.float32(a * (bs + ds) + (1 - a) * s0 + off),
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
