"""Candidate T5: MiniLM's jailbreak head for tool results (docs/classifiers.md, "Genuine notices
in English tool results: candidate T5").

MiniLM reads an English document an agent fetched (a mail, a README, a ticket) with the head
it reads a user's prompt with, and its sentence segments flag the genuine notices a service
addresses to its reader ("ignore this mail if you did not ask for it", "run the updater and
restart"): on agent v17, ten of thirty English clean carriers. T4 taught the multilingual
branch that difference for foreign text; T5 does it for MiniLM. MiniLM's shipped head reads a
trained layer that the graph does not return, so the head corrects the shipped score instead
of replacing it: a piece's logit is ``own x shipped logit + w . embedding + bias`` over the
graph's sentence embedding (``classifiers/tool_head.py``), in the same encoder pass.

1. rows: the hand-written English tool results of ``tool_results_en.json`` (carriers holding
   genuine notices, injections addressed to the agent; four writers, six kinds each), each
   carrier read clean and with ``PAIRS`` injections in its slot: every window and sentence
   segment the engine reads (``SignalEngine._encode_rows``), one holding the injection
   labelled 1, the clean carrier's labelled 0;
2. a logistic head started at the shipped reading (``own`` 1, ``w`` 0, biases 0), fitted by
   Newton's method (``classifiers/training/tool_head_fit.py``) with an L2 pull ``L2`` on
   ``w`` and ``OWN_L2`` on ``own``;
3. the two lines (window, segment) set on out-of-fold scores (folds by writer), as for T4;
4. optionally mixed with the shipped reading, ``--mix A`` (``A x fitted + (1 - A) x
   shipped``), and both lines moved by ``--offset``;
5. written as ``jailbreak_tool_head.npz`` and named by the classifier config's
   ``jailbreak_tool_head``; the graph and the user-turn reading stay as shipped.

Usage: ``PYTHONPATH=. python -m classifiers.training.minilm_tool_head MODELS_DIR [--l2 X]``
(numpy and the runtime only; rewrites classifier_config.json and manifest.json)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.machine_text import chunks, with_slot
from classifiers.training.tool_head_fit import (
    SLOT,
    Rows,
    cached_rows,
    correcting_head,
    documents,
    head_arguments,
    logits,
    segment_label,
)

ROWS_FILE = Path(__file__).with_name("tool_results_en.json")
FOREIGN_FILE = Path(__file__).with_name("ml_tool_results.json")
# candidate T7: soft injections (favours and notices aimed at whoever summarises, screens or acts
# for the reader) and harmless technical carriers, three more writers
SOFT_FILE = Path(__file__).with_name("tool_results_en_soft.json")
# candidate T9: harmless documents about AI assistants, chatbots, agents and prompts (carriers
# only; they take the injections of the other writers), two more writers
AI_DOCS_FILE = Path(__file__).with_name("tool_results_en_ai_docs.json")
TOOL_HEAD = "jailbreak_tool_head.npz"
PAIRS = 4
L2 = 1.0
OWN_L2 = 10.0


def pieces(
    eng: SignalEngine, text: str, span: tuple[int, int] | None
) -> list[tuple[list[int], bool, int]]:
    """(token row, is a segment, label) of the windows and segments the engine reads; a
    filled carrier's pieces without the injection are the clean carrier's own: left out."""
    toks, rows = eng._encode_rows([text])
    tt = toks[0]
    out: list[tuple[list[int], bool, int]] = []
    for row in rows:
        if row.stop <= row.start:
            continue
        lo, hi = tt.offsets[row.start][0], tt.offsets[row.stop - 1][1]
        if row.classify or row.pii:
            holds = span is not None and lo < span[1] and hi > span[0]
            if span is not None and not holds:
                continue
            label = int(holds)
        else:
            label = segment_label(lo, hi, span)
            if label < 0:
                continue
        out.append((eng._tok.row_ids(tt, row), not (row.classify or row.pii), label))
    return out


Doc = tuple[str, tuple[int, int] | None, int]  # text, injection span, fold


def writer_documents(data: dict[str, Any]) -> list[Doc]:
    """The writers' carriers, clean and with ``PAIRS`` injections each; fold: the writer."""
    docs = documents(data, PAIRS)
    writers = list(dict.fromkeys(c["id"].split("-")[0] for c in data["carriers"]))
    return [
        (text, span, writers.index(data["carriers"][n]["id"].split("-")[0]))
        for text, span, n in docs
    ]


def machine_documents(n: int, injections: list[str], folds: int) -> list[Doc]:
    """(T6) ``n`` harmless chunks of machine text, each also with one injection of
    ``injections`` at a line boundary; fold: the chunk's number modulo ``folds``."""
    rng = random.Random(67)
    out: list[Doc] = []
    for k, (_, text) in enumerate(chunks(n)):
        out.append((text, None, k % folds))
        slotted = with_slot(text, rng)
        at = slotted.index(SLOT)
        inj = injections[k % len(injections)]
        filled = slotted[:at] + inj + slotted[at + len(SLOT) :]
        out.append((filled, (at, at + len(inj)), k % folds))
    return out


def t9_documents(machine_folds: int) -> list[Doc]:
    """T9's documents: the writers' carriers clean and with ``PAIRS`` injections (T7's soft
    writers and T9's documents about AI assistants included; fold: the writer), then 600
    machine-text chunks clean and with an injection (fold: modulo ``machine_folds``)."""
    data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    for path in (SOFT_FILE, AI_DOCS_FILE):
        more = json.loads(path.read_text(encoding="utf-8"))
        data = {k: data[k] + more.get(k, []) for k in ("carriers", "injections")}
    foreign = json.loads(FOREIGN_FILE.read_text(encoding="utf-8"))["injections"]
    pool = [i["text"] for i in data["injections"]] + [i["text"] for i in foreign]
    return writer_documents(data) + machine_documents(600, pool, machine_folds)


def read_rows(eng: SignalEngine, docs: list[Doc]) -> Rows:
    rows: list[tuple[list[int], bool, int, int]] = []
    for d, (text, span, _) in enumerate(docs):
        rows += [(row, s, y, d) for row, s, y in pieces(eng, text, span)]
    order = sorted(range(len(rows)), key=lambda k: len(rows[k][0]))
    emb = np.zeros((len(rows), 384), dtype=np.float64)
    p0 = np.zeros(len(rows), dtype=np.float64)
    for s in range(0, len(order), 32):
        chunk = order[s : s + 32]
        out = eng._run([rows[k][0] for k in chunk])
        emb[chunk], p0[chunk] = out["embedding"], out["jailbreak_prob"]
    doc = np.array([row[3] for row in rows])
    return Rows(
        np.hstack([logits(p0)[:, None], emb]),
        np.array([row[1] for row in rows]),
        np.array([row[2] for row in rows], dtype=np.float64),
        p0,
        doc,
        np.array([docs[d][2] for d in doc]),
        np.array([span is not None for _, span, _ in docs]),
    )


def main(argv: list[str] | None = None) -> int:
    ap = head_arguments(__doc__ or "", "the fitted head's share of the logit")
    ap.add_argument(
        "--machine-text", type=int, default=0, help="(T6) harmless stdlib chunks to add"
    )
    ap.add_argument("--l2", type=float, default=L2, help="the pull of w towards 0")
    ap.add_argument(
        "--soft-rows", action="store_true", help="(T7) add the soft-injection writers' rows"
    )
    ap.add_argument(
        "--ai-docs", action="store_true", help="(T9) add the documents about AI assistants"
    )
    args = ap.parse_args(argv)
    models = args.models_dir

    def build() -> Rows:
        settings = ClassifierSettings(models_dir=str(models), warmup=False, multilingual=False)
        data = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
        extra = [SOFT_FILE] if args.soft_rows else []
        extra += [AI_DOCS_FILE] if args.ai_docs else []
        for path in extra:
            more = json.loads(path.read_text(encoding="utf-8"))
            data = {k: data[k] + more.get(k, []) for k in ("carriers", "injections")}
        docs = writer_documents(data)
        if args.machine_text:
            foreign = json.loads(FOREIGN_FILE.read_text(encoding="utf-8"))["injections"]
            pool = [i["text"] for i in data["injections"]] + [i["text"] for i in foreign]
            docs += machine_documents(args.machine_text, pool, len({d[2] for d in docs}))
        return read_rows(SignalEngine.load(settings), docs)

    rows = cached_rows(args.rows_cache, build)
    a, off = args.mix, args.offset
    name = "T9" if args.ai_docs else "T7" if args.soft_rows else "T6" if args.machine_text else "T5"
    about = {
        "candidate": name + ("" if (a, off) == (1, 0) else "'"),
        "machine_text": args.machine_text,
        **({"soft_rows": True} if args.soft_rows else {}),
        **({"ai_docs": True} if args.ai_docs else {}),
    }
    key = "jailbreak_tool_head"
    report = correcting_head(models, key, TOOL_HEAD, rows, (args.l2, OWN_L2), a, off, about)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
