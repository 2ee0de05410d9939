"""Candidate P4's second half: a correcting head for the multilingual branch's reading of a
user's own text (docs/classifiers.md, "Foreign users pasting material: candidate P4").

A user who writes in one of the branch's languages and pastes code, a log or a config is
read by the branch's shipped head, whose windows and sentence segments misfire on machine
text: 13 of the 50 harmless foreign messages of ``user_code_v1`` are blocked on the branch's
own score. MiniLM's user-turn head (P3) corrects MiniLM's reading of English pieces; this
head does the same for the branch, in the same encoder pass (``classifiers/tool_head.py``):
a piece's logit is ``own x shipped logit + w . embedding + bias``, applied by
``MultilingualBranch.run`` to every window and segment before the vote and the language
offsets. Tool results keep T4''s head.

1. rows: the branch's hand-written rows in its languages (``ml_rows_guard``, ``_more``,
   ``_extra``, ``ml_rows_roleplay``; training split by ``hand_split``), a jailbreak's windows
   labelled 1 and its segments kept at the shipped reading, a benign text's pieces 0; and
   ``--foreign`` user messages pasting harmless material behind or before a question in one
   of twenty languages (``minilm_user_head.foreign_documents``, the same documents MiniLM's
   head reads), each also with an injection in the material (the piece holding it
   labelled 1), kept where the branch reads the message at all (``reads``);
2. fitted from the shipped reading (``own`` 1, ``w`` 0) by Newton's method, its lines set on
   out-of-fold scores over four folds, exactly as MiniLM's heads
   (``classifiers/training/tool_head_fit.py``);
3. written as ``ml_jailbreak_user_head.npz`` and named by the branch config's ``user_head``.

P4 and P5 failed development; the head is not shipped (the runtime keeps ``user_head``).

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_user_head MODELS_DIR``
(needs the training extra's data packages, as ``minilm_user_head``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from classifiers.training.branch_tool_head import read_pieces, reader
from classifiers.training.minilm_tool_head import ROWS_FILE, Doc
from classifiers.training.minilm_user_head import (
    FOLDS,
    L2,
    OWN_L2,
    foreign_documents,
    jailbreak_documents,
)
from classifiers.training.tool_head_fit import (
    CONFIG_FILE,
    Rows,
    cached_rows,
    correcting_head,
    head_arguments,
    logits,
)

USER_HEAD = "ml_jailbreak_user_head.npz"


def hand_documents() -> list[Doc]:
    """The branch's hand rows of the training split as whole documents."""
    from classifiers.training.ml_rows_guard import ROWS as GUARD
    from classifiers.training.ml_rows_guard_extra import ROWS as EXTRA
    from classifiers.training.ml_rows_guard_more import ROWS as MORE
    from classifiers.training.ml_rows_roleplay import ROWS as ROLEPLAY
    from classifiers.training.sources import hand_split

    docs: list[Doc] = []
    for _, _, label, text in GUARD + MORE + EXTRA + ROLEPLAY:
        if text.strip() and hand_split(text) == "train":
            docs.append((text, (0, len(text)) if label == "jailbreak" else None, len(docs) % FOLDS))
    return docs


def build_rows(models: Path, foreign: int) -> Rows:
    cfg = json.loads((models / CONFIG_FILE).read_text())
    ml = cfg["multilingual"]
    r = reader(models, ml)
    docs = hand_documents()
    whole = len(docs)  # documents before this are whole jailbreak-or-benign texts
    _, short = jailbreak_documents(0, 0, 71)
    writers = [i["text"] for i in json.loads(ROWS_FILE.read_text(encoding="utf-8"))["injections"]]
    docs += [d for d in foreign_documents(foreign, short + writers, 81) if r.reads(d[0])]
    shift = float(ml.get("segment_shift") or 0.0)  # segments as the branch reads them
    emb, p0, seg, doc, y = read_pieces(r, docs, shift)
    injected = np.array([span is not None for _, span, _ in docs])
    keep = seg & (doc < whole) & injected[doc]
    y[keep] = p0[keep]  # a jailbreak's sentences keep the shipped reading
    return Rows(
        np.hstack([logits(p0)[:, None], emb]),
        seg,
        y,
        p0,
        doc,
        np.array([docs[d][2] for d in doc]),
        injected,
    )


def main(argv: list[str] | None = None) -> int:
    ap = head_arguments(__doc__ or "", "the fitted head's share of the logit")
    ap.add_argument("--foreign", type=int, default=1200, help="foreign pasted messages")
    args = ap.parse_args(argv)
    models = args.models_dir
    rows = cached_rows(args.rows_cache, lambda: build_rows(models, args.foreign))
    a, off = args.mix, args.offset
    about = {"candidate": "P4" + ("" if (a, off) == (1, 0) else "'"), "foreign": args.foreign}
    report = correcting_head(
        models, "user_head", USER_HEAD, rows, (L2, OWN_L2), a, off, about, "multilingual"
    )
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
