"""A PII layer on the multilingual branch (candidate M, docs/classifiers.md, "Names in the
branch's languages").

MiniLM's PII layer reads names and addresses in de/fr/es/it/nl/pt at 0.62-0.71 strict F1
(seventh round): its English word-piece vocabulary cuts foreign names and street words into
many pieces. The branch already reads every text the detector places in one of its
languages with multilingual-e5-small, whose XLM-R vocabulary was built for them. This module
trains a copy of e5's last layer plus a token head (17 BIO labels, the same as MiniLM's) on
frozen states of e5's first eleven layers, exactly as MiniLM's PII layer is a copy of its
last layer: the branch's domain and jailbreak outputs, and every shared weight, stay as
they are.

Rows: the seventh round's sentences in six languages (``data_pii.language_examples``, their
own train/validation split), the optional third engineer's templates (``--more``), and the
branch's hand-written domain questions in its languages (no personal data, all ``O``);
since M7 also composed lists of people with addresses in the six languages (``--lists``)
and the branch's later domain questions in eighteen more (``--later-domain-rows``).
"""

from __future__ import annotations

import copy
import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn

if TYPE_CHECKING:
    import onnx

from classifiers.branch_pii import text_offsets
from classifiers.training.e5_teacher import E5Encoder
from classifiers.training.encode import PII_LABELS
from classifiers.training.model import attention_bias

PREFIX = "query: "
MAX_TOKENS = 128  # the branch's window, <s> and </s> included
SEED = 7
CACHE = Path(__file__).resolve().parents[2] / ".train-cache"


@dataclass
class BranchTokens:
    ids: list[int]  # <s> prefix+text </s>, cut to MAX_TOKENS (pruned-vocabulary ids)
    offsets: list[tuple[int, int]]  # per id, in the text (not the prefix); (0, 0) outside
    inside: list[bool]  # the id is a token of the text (not <s>, </s> or the prefix)


def branch_tokens(
    tok: Tokenizer, texts: Sequence[str], bos: int, eos: int, limit: int = MAX_TOKENS
) -> list[BranchTokens]:
    """Tokenise as the branch does ("query: " + text); offsets point into the text, a
    SentencePiece token's leading space left out (" Müller" -> "Müller")."""
    out = []
    encs = tok.encode_batch([PREFIX + t for t in texts], add_special_tokens=False)
    for text, enc in zip(texts, encs, strict=True):
        ids, offs, inside = [bos], [(0, 0)], [False]
        chars = text_offsets(text, enc.offsets, len(PREFIX))  # as the runtime reads them
        for i, o in zip(enc.ids, chars, strict=True):
            if len(ids) >= limit - 1:
                break
            ids.append(i)
            offs.append(o or (0, 0))
            inside.append(o is not None)
        ids.append(eos)
        offs.append((0, 0))
        inside.append(False)
        out.append(BranchTokens(ids, offs, inside))
    return out


def token_labels(bt: BranchTokens, spans: Sequence[tuple[int, int, str]] | None) -> list[int]:
    """BIO label id per token; -100 outside the text (and everywhere without labels)."""
    if spans is None:
        return [-100] * len(bt.ids)
    labels = [0 if inside else -100 for inside in bt.inside]
    for s, e, typ in spans:
        first = True
        for i, (a, b) in enumerate(bt.offsets):
            if bt.inside[i] and a >= s and b <= e:
                labels[i] = PII_LABELS.index(("B-" if first else "I-") + typ)
                first = False
    return labels


class PiiLayer(nn.Module):
    """A copy of e5's last layer and a token head: states after layer 11 -> BIO logits."""

    def __init__(self, enc: E5Encoder) -> None:
        super().__init__()
        self.layer = copy.deepcopy(enc.layers[-1]).requires_grad_(True)
        self.head = nn.Linear(384, len(PII_LABELS))

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.layer(h, attention_bias(mask)))


def lower_states(
    enc: E5Encoder, words: torch.Tensor, rows: list[list[int]], batch: int = 32
) -> list[torch.Tensor]:
    """Per row, the float16 output of e5's first eleven layers (T, 384)."""
    out: list[torch.Tensor] = [torch.empty(0)] * len(rows)
    order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
    with torch.no_grad():
        for s in range(0, len(order), batch):
            chunk = order[s : s + batch]
            t = max(len(rows[k]) for k in chunk)
            ids = torch.zeros(len(chunk), t, dtype=torch.long)
            mask = torch.zeros(len(chunk), t, dtype=torch.long)
            for j, k in enumerate(chunk):
                ids[j, : len(rows[k])] = torch.tensor(rows[k])
                mask[j, : len(rows[k])] = 1
            x = enc.ln(words[ids] + enc.pos[:t] + enc.typ)
            bias = attention_bias(mask)
            for layer in enc.layers[:-1]:
                x = layer(x, bias)
            for j, k in enumerate(chunk):
                out[k] = x[j, : len(rows[k])].to(torch.float16)
    return out


def cached_lower_states(
    enc: E5Encoder, words: torch.Tensor, rows: list[list[int]], tag: str
) -> list[torch.Tensor]:
    key = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
    path = CACHE / f"e5_lower_{tag}_{key}.pt"
    if path.exists():
        return torch.load(path)
    states = lower_states(enc, words, rows)
    CACHE.mkdir(exist_ok=True)
    torch.save(states, path)
    return states


def train_layer(
    model: PiiLayer,
    states: list[torch.Tensor],
    labels: list[list[int]],
    items: list[int],
    epochs: int,
    weights: Sequence[float] | None = None,
) -> None:
    """AdamW, one-cycle schedule, batches of 32 rows of similar length (fixed seed)."""
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    opt = torch.optim.AdamW(
        [
            {"params": list(model.layer.parameters()), "lr": 2e-4},
            {"params": list(model.head.parameters()), "lr": 1e-3},
        ],
        weight_decay=0.01,
    )
    plans = []
    for _ in range(epochs):
        order = sorted(items, key=lambda k: (len(states[k]), rng.random()))
        chunks = [order[s : s + 32] for s in range(0, len(order), 32)]
        rng.shuffle(chunks)
        plans.append(chunks)
    total = sum(len(p) for p in plans)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[2e-4, 1e-3], total_steps=total, pct_start=0.06, anneal_strategy="linear"
    )
    ce = nn.CrossEntropyLoss(ignore_index=-100, reduction="none")
    model.train()
    step = 0
    for chunks in plans:
        for chunk in chunks:
            t = max(len(states[k]) for k in chunk)
            h = torch.zeros(len(chunk), t, 384)
            mask = torch.zeros(len(chunk), t, dtype=torch.long)
            y = torch.full((len(chunk), t), -100, dtype=torch.long)
            w = torch.ones(len(chunk), t)
            for j, k in enumerate(chunk):
                n = len(states[k])
                h[j, :n] = states[k].float()
                mask[j, :n] = 1
                y[j, :n] = torch.tensor(labels[k])
                if weights is not None:
                    w[j] = weights[k]
            logits = model(h, mask)
            per = ce(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))
            valid = (y.reshape(-1) != -100).float()
            loss = (per * w.reshape(-1) * valid).sum() / valid.sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"  ml-pii step {step}/{total} loss {loss.item():.4f}", flush=True)
    model.eval()


def token_probs(model: PiiLayer, states: list[torch.Tensor]) -> list[np.ndarray]:
    """Per row, softmax label probabilities (T, 17)."""
    out = []
    with torch.no_grad():
        for s in states:
            h = s.float()[None]
            mask = torch.ones(1, len(s), dtype=torch.long)
            out.append(model(h, mask)[0].softmax(-1).numpy())
    return out


LOWER_STATES = "/layers.10/ln2/LayerNormalization_output_0"
"""The branch graph's tensor that feeds e5's last layer (torch's exporter names it by module)."""
PII_OUTPUT = "pii_logits"
GRAFT_PREFIX = "pii/"


def export_layer(model: PiiLayer, path: Path) -> None:
    """The PII layer alone as an ONNX graph: (h, attention_mask) -> pii_logits, its matrices
    as 8-bit blocks of 32 (MatMulNBits), like MiniLM's graph."""
    import tempfile

    from classifiers.training.export import quantize_int8

    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "pii.onnx"
        h, m = torch.randn(2, 16, 384), torch.ones(2, 16, dtype=torch.long)
        torch.onnx.export(
            model.eval(),
            (h, m),
            str(fp32),
            input_names=["h", "attention_mask"],
            output_names=[PII_OUTPUT],
            dynamic_axes={
                "h": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                PII_OUTPUT: {0: "batch", 1: "seq"},
            },
            opset_version=17,
            do_constant_folding=True,
            dynamo=False,
        )
        quantize_int8(fp32, path, 32)


def ungraft(g: onnx.GraphProto) -> None:
    """Drop a grafted PII layer (its nodes, weights and output) from the branch graph."""
    keep = [n for n in g.node if not n.name.startswith(GRAFT_PREFIX) and PII_OUTPUT not in n.output]
    del g.node[:]
    g.node.extend(keep)
    inits = [i for i in g.initializer if not i.name.startswith(GRAFT_PREFIX)]
    del g.initializer[:]
    g.initializer.extend(inits)
    outs = [o for o in g.output if o.name != PII_OUTPUT]
    del g.output[:]
    g.output.extend(outs)


def graft(branch_path: Path, layer_path: Path, out_path: Path) -> None:
    """The branch graph with the PII layer read off ``LOWER_STATES``: one more output,
    ``pii_logits``; every node, weight and output it had stays as it was."""
    import onnx

    branch, layer = onnx.load(str(branch_path)), onnx.load(str(layer_path))
    g, lg = branch.graph, layer.graph
    ungraft(g)  # a branch that has a PII layer already (a copy of models/) gets the new one
    if not any(LOWER_STATES in n.output for n in g.node):
        raise ValueError(f"{branch_path}: no tensor {LOWER_STATES}")
    shared = {"attention_mask": "attention_mask", "h": LOWER_STATES}

    def name(x: str) -> str:
        return shared.get(x, GRAFT_PREFIX + x) if x else x

    for init in lg.initializer:
        init.name = name(init.name)
        g.initializer.append(init)
    for node in lg.node:
        node.name = name(node.name)
        node.input[:] = [name(x) for x in node.input]
        node.output[:] = [name(x) for x in node.output]
        g.node.append(node)
    for out in lg.output:
        out.name = name(out.name).removeprefix(GRAFT_PREFIX)
        g.output.append(out)
    for node in g.node:  # the layer's final output keeps its plain name
        node.output[:] = [PII_OUTPUT if x == GRAFT_PREFIX + PII_OUTPUT else x for x in node.output]
    have = {op.domain for op in branch.opset_import}
    for op in layer.opset_import:
        if op.domain not in have:
            branch.opset_import.append(op)
    onnx.checker.check_model(branch)
    onnx.save(branch, str(out_path))


Row = tuple[str, tuple[tuple[int, int, str], ...], str]
LISTS_SEED = 23 + 6000


def list_rows(per_language: int) -> list[Row]:
    """Candidate M6's composed lists of people with addresses (``pii_templates_lists``)."""
    from classifiers.training.pii_templates_lists import list_examples

    return [
        (e.text, tuple(e.spans or ()), e.split) for e in list_examples(LISTS_SEED, per_language)
    ]


def later_domain_rows() -> list[Row]:
    """The branch's hand-written domain questions written after M3 (Y2, Y3, Y4: 18 more
    languages), as rows without personal data (candidate M7)."""
    from classifiers.training import ml_rows_domain_eight, ml_rows_domain_more, ml_rows_domain_ten

    mods = (ml_rows_domain_ten, ml_rows_domain_eight, ml_rows_domain_more)
    return [(r[2], (), "train") for m in mods for r in m.ROWS]


def training_rows(english: bool) -> list[Row]:
    """(text, PII spans, split): the seventh round's sentences in six languages, the third
    engineer's, the branch's hand-written domain questions in its languages (no personal
    data) and, with ``english``, the English PII rows."""
    from classifiers.training.data_pii import (
        LANGUAGE_FILLINGS,
        language_examples,
        pii_examples,
        third_language_examples,
    )
    from classifiers.training.ml_rows_domain import ROWS as DOMAIN_ROWS

    examples = language_examples(23 + 4000, LANGUAGE_FILLINGS)
    examples += third_language_examples(23 + 5000, LANGUAGE_FILLINGS)
    if english:
        examples += pii_examples(seed=23, per_template=LANGUAGE_FILLINGS)
    rows = [(e.text, tuple(e.spans or ()), e.split) for e in examples]
    return rows + [(t, (), "train") for lang, _, t in DOMAIN_ROWS if lang != "en"]


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    import tempfile

    from classifiers.tokenization import load_tokenizer
    from classifiers.training.e5_teacher import read_e5
    from classifiers.training.export import write_manifest
    from classifiers.training.static_distill import e5_file, kept_ids
    from classifiers.training.train_multilingual import KEEP_PIECES, ONNX_NAME, TOKENIZER

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="a copy of models/ (its branch gains PII)")
    ap.add_argument("--english", action="store_true", help="also the English PII rows")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument(
        "--lists", type=int, default=0, help="composed list rows per language (M6; 0: none)"
    )
    ap.add_argument(
        "--later-domain-rows",
        action="store_true",
        help="also the branch's domain questions written after M3, no personal data (M7)",
    )
    args = ap.parse_args(argv)
    torch.set_num_threads(int(__import__("os").environ.get("TRAIN_THREADS", "2")))
    out = Path(args.out)
    cfg_path = out / "classifier_config.json"
    cfg = json.loads(cfg_path.read_text())
    branch = cfg["multilingual"]
    plain = out / TOKENIZER  # gzip-compressed in a copy of models/ (branch_jailbreak_bank)
    tok = load_tokenizer(plain if plain.exists() else out / (TOKENIZER + ".gz"))
    tok.no_truncation()
    tok.no_padding()
    f = read_e5(e5_file())
    keep = kept_ids(f, KEEP_PIECES)
    enc = E5Encoder(f).eval()
    words = enc.word.weight[torch.from_numpy(keep)].detach()
    rows, states, labels = [], [], []
    parts = [("train", training_rows(args.english))]
    if args.lists:
        parts.append(("lists", list_rows(args.lists)))
    if args.later_domain_rows:
        parts.append(("later-domain", later_domain_rows()))
    for tag, part in parts:  # each part's states cached on their own
        bts = branch_tokens(tok, [r[0] for r in part], branch["bos_id"], branch["eos_id"])
        labels += [token_labels(bt, r[1]) for bt, r in zip(bts, part, strict=True)]
        states += cached_lower_states(enc, words, [bt.ids for bt in bts], tag)
        rows += part
    train = [i for i, r in enumerate(rows) if r[2] == "train"]
    print(f"branch PII layer: {len(train)} training rows of {len(rows)}", flush=True)
    model = PiiLayer(enc)
    train_layer(model, states, labels, train, args.epochs)
    with tempfile.TemporaryDirectory() as tmp:
        layer_path = Path(tmp) / "layer.onnx"
        export_layer(model, layer_path)
        graft(out / ONNX_NAME, layer_path, out / ONNX_NAME)
    branch["pii"] = True
    branch["pii_training"] = {
        "rows": len(train),
        "english": args.english,
        "epochs": args.epochs,
        **({"lists_per_language": args.lists} if args.lists else {}),
        **({"later_domain_rows": True} if args.later_domain_rows else {}),
        "base": "a copy of e5's last layer + a 17-label token head",
    }
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((out / "manifest.json").read_text())["files"])
    write_manifest(out, names)
    print(f"{ONNX_NAME}: {(out / ONNX_NAME).stat().st_size / 1e6:.2f} MB", flush=True)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
