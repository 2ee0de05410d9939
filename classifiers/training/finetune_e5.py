"""Does fine-tuning e5's last layer leave the frozen heads' trade-off curve? A probe on the
development sets, not a shipped model (docs/classifiers.md, "Languages", candidate F).

Candidates C, D and E kept multilingual-e5-small frozen and changed only the heads; each
traded foreign recall against foreign false positives along one curve. This probe fine-tunes
e5's twelfth layer with the heads, round 6's recipe for MiniLM:

1. run e5's first eleven layers once over a fixed subset of the branch's rows (English
   training rows, a stratified sample, plus every hand-written row in the other languages)
   and over the development texts, and cache their token states (float16, on disk);
2. fit logistic-regression heads on layer 12's embeddings (candidate D's heads, on this
   subset; with ``--frozen`` that is all, the baseline on the curve C-E lie on), then train a
   copy of layer 12 with both heads on the cached states (hand-written rows weigh
   ``HAND_WEIGHT`` as in ``train_multilingual``);
3. set the jailbreak threshold at 1 % of benign validation rows in each group (English,
   hand-written), as ``train_multilingual.fit_heads`` does;
4. read the development sets head-alone, every text as 126-token windows (the highest window
   decides, as the runtime branch does): multilingual v1-v4 (foreign jailbreak recall, benign
   forwarded, domain accuracy) and agent v5 (injected carriers blocked, clean carriers and
   look-alikes forwarded, English and the other languages apart).

With ``--segments``, each agent text is also read as its sentence segments
(``classifiers.segments``), the highest score deciding, as the runtime does for MiniLM.

Usage: python -m classifiers.training.finetune_e5 [--frozen] [--segments] [--epochs 3]
[--out FILE]"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from torch import nn

from bench.blind import fill, pairs
from classifiers.labels import DOMAINS
from classifiers.segments import sentence_segments
from classifiers.training.e5_teacher import E5_LAYERS, E5Encoder, e5_tokenizer, read_e5
from classifiers.training.model import attention_bias, mean_pool
from classifiers.training.static_distill import e5_file, kept_ids
from classifiers.training.train import CACHE, all_examples, set_seeds
from classifiers.training.train_multilingual import HAND_WEIGHT, KEEP_PIECES, hand_examples

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "bench" / "blind"
WIDTH = 126  # tokens per window between <s> and </s>
ENGLISH_TRAIN, ENGLISH_VAL = 12000, 4000
LR_LAYER, LR_HEADS, BATCH = 3e-5, 3e-4, 32
VAL_FPR = 0.01
States = list[np.ndarray]  # one (tokens, 384) float16 array per window


class Lower:
    """e5's first eleven layers (frozen) and its tokenizer, on the runtime's pruned vocabulary."""

    def __init__(self) -> None:
        self.f = read_e5(e5_file())
        self.keep = kept_ids(self.f, KEEP_PIECES)
        self.tok = e5_tokenizer(self.f, self.keep)
        self.enc = E5Encoder(self.f).eval()

    def windows(self, text: str, first_only: bool) -> list[list[int]]:
        ids = self.keep[self.tok.encode("query: " + text, add_special_tokens=False).ids]
        starts = [0] if first_only else range(0, max(len(ids), 1), WIDTH)
        return [[self.f.bos, *ids[s : s + WIDTH].tolist(), self.f.eos] for s in starts]

    def states(self, rows: list[list[int]], batch: int = 64) -> States:
        out: States = [np.zeros(0)] * len(rows)
        order = np.argsort([len(r) for r in rows], kind="stable")
        e = self.enc
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            ids = torch.zeros(len(idx), max(len(rows[i]) for i in idx), dtype=torch.long)
            mask = torch.zeros(ids.shape)
            for j, i in enumerate(idx):
                ids[j, : len(rows[i])], mask[j, : len(rows[i])] = torch.tensor(rows[i]), 1
            with torch.inference_mode():
                x = e.ln(e.word(ids) + e.pos[: ids.shape[1]] + e.typ)
                bias = attention_bias(mask)
                for layer in e.layers[: E5_LAYERS - 1]:
                    x = layer(x, bias)
            for j, i in enumerate(idx):
                out[i] = x[j, : len(rows[i])].numpy().astype(np.float16)
        return out


def cached_states(lower: Lower, name: str, texts: list[str], first_only: bool):
    """(states per window, owner text per window), cached on disk by content."""
    key = hashlib.sha256("\x00".join([name, str(first_only), *texts]).encode()).hexdigest()[:16]
    path = CACHE / f"e5_lower_{name}_{key}.npz"
    if path.exists():
        z = np.load(path)
        lens = z["lens"]
        return list(np.split(z["flat"], np.cumsum(lens)[:-1])), z["owner"]
    t0 = time.time()
    rows, owner = [], []
    for i, t in enumerate(texts):
        for w in lower.windows(t, first_only):
            rows.append(w)
            owner.append(i)
    states = lower.states(rows)
    CACHE.mkdir(exist_ok=True)
    lens = np.array([len(s) for s in states])
    np.savez(path, flat=np.concatenate(states), lens=lens, owner=np.array(owner))
    print(
        f"  {name}: {len(texts)} texts, {len(rows)} windows ({time.time() - t0:.0f}s)", flush=True
    )
    return states, np.array(owner)


class Top(nn.Module):
    """Layer 12 (a trainable copy, or frozen) with the two heads over the L2-normalised
    mean-pooled sentence embedding, as the exported branch computes it."""

    def __init__(self, enc: E5Encoder, train_layer: bool) -> None:
        super().__init__()
        self.layer = copy.deepcopy(enc.layers[E5_LAYERS - 1])
        self.layer.requires_grad_(train_layer)
        self.dom = nn.Linear(384, len(DOMAINS))
        self.jb = nn.Linear(384, 1)

    def embed(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = self.layer(h, attention_bias(mask))
        return nn.functional.normalize(mean_pool(x, mask), dim=-1)

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        e = self.embed(h, mask)
        return self.dom(e), self.jb(e).squeeze(-1)

    def init_heads(self, states: States, dom: np.ndarray, jb: np.ndarray, w: np.ndarray) -> None:
        """Logistic-regression heads on the layer's current embeddings (candidate D's way, so
        ``--frozen`` is D's linear heads on this subset, and a fine-tune starts there); a head
        whose labels are all -1 keeps its initial weights."""
        with torch.inference_mode():
            x = np.concatenate(
                [
                    self.embed(*collate(states, list(range(s, min(s + 128, len(states)))))).numpy()
                    for s in range(0, len(states), 128)
                ]
            )
        for head, y in ((self.dom, dom), (self.jb, jb)):
            keep = y >= 0
            if not keep.any():  # rows that label only the other head (tool results)
                continue
            clf = LogisticRegression(C=10, max_iter=3000).fit(
                x[keep], y[keep], sample_weight=w[keep]
            )
            head.weight.data = torch.tensor(clf.coef_, dtype=torch.float32)
            head.bias.data = torch.tensor(clf.intercept_, dtype=torch.float32)


def collate(states: States, idx: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    h = torch.zeros(len(idx), max(len(states[i]) for i in idx), 384)
    mask = torch.zeros(h.shape[:2])
    for j, i in enumerate(idx):
        h[j, : len(states[i])] = torch.from_numpy(states[i].astype(np.float32))
        mask[j, : len(states[i])] = 1
    return h, mask


def train_top(
    top: Top, states: States, dom: np.ndarray, jb: np.ndarray, w: np.ndarray, epochs: int
):
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    groups = [{"params": list(top.dom.parameters()) + list(top.jb.parameters()), "lr": LR_HEADS}]
    if any(p.requires_grad for p in top.layer.parameters()):
        groups.append({"params": list(top.layer.parameters()), "lr": LR_LAYER})
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = epochs * ((len(states) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[g["lr"] for g in groups], total_steps=steps, pct_start=0.06
    )
    dom_t, jb_t = torch.tensor(dom), torch.tensor(jb, dtype=torch.float32)
    w_t = torch.tensor(w / w.mean(), dtype=torch.float32)
    ce = nn.CrossEntropyLoss(ignore_index=-1)
    top.train()
    t0, step = time.time(), 0
    for _ in range(epochs):
        # batches of similar length, in random order
        order = np.argsort([len(s) + rng.random() for s in states])
        chunks = [order[s : s + BATCH].tolist() for s in range(0, len(order), BATCH)]
        for k in rng.permutation(len(chunks)):
            idx = chunks[k]
            d_logit, j_logit = top(*collate(states, idx))
            loss = ce(d_logit, dom_t[idx]) if (dom_t[idx] >= 0).any() else torch.zeros(())
            jm = jb_t[idx] >= 0
            if jm.any():
                bce = nn.functional.binary_cross_entropy_with_logits(
                    j_logit[jm], jb_t[idx][jm], reduction="none"
                )
                loss = loss + (bce * w_t[idx][jm]).mean()
            step = optimiser_step(opt, sched, loss, (step, steps, t0), 200)
    return top.eval()


def optimiser_step(
    opt: torch.optim.Optimizer,
    sched: torch.optim.lr_scheduler.LRScheduler,
    loss: torch.Tensor,
    progress: tuple[int, int, float],
    every: int,
) -> int:
    """One step of ``loss``; every ``every`` steps a line of progress (step, of, started)."""
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
    step, steps, t0 = progress
    step += 1
    if step % every == 0:
        print(f"  step {step}/{steps} loss {loss.item():.4f} ({time.time() - t0:.0f}s)", flush=True)
    return step


def predict(top: Top, states: States, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per text: domain of its first window, highest jailbreak probability over its windows."""
    dom = np.zeros((len(states), len(DOMAINS)), np.float32)
    jb = np.zeros(len(states), np.float32)
    order = np.argsort([len(s) for s in states])
    with torch.inference_mode():
        for s in range(0, len(order), 128):
            idx = order[s : s + 128].tolist()
            d, j = top(*collate(states, idx))
            dom[idx], jb[idx] = d.softmax(-1).numpy(), torch.sigmoid(j).numpy()
    out_dom, out_jb = np.zeros((n, len(DOMAINS)), np.float32), np.zeros(n, np.float32)
    seen: set[int] = set()
    for k, i in enumerate(owner):
        if i not in seen:
            out_dom[i] = dom[k]
            seen.add(i)
        out_jb[i] = max(out_jb[i], jb[k])
    return out_dom, out_jb


def dev_texts() -> dict[str, tuple[list[str], list[dict]]]:
    """The development texts: (texts, one dict of labels per text) per group."""
    out: dict[str, tuple[list[str], list[dict]]] = {}
    for v in (1, 2, 3, 4):
        d = json.loads((BLIND / f"multilingual_v{v}.json").read_text(encoding="utf-8"))
        jb = [i for i in d["jailbreak_items"] if i["lang"] != "en"]
        out[f"ml{v}_jb"] = (
            [i["text"] for i in jb],
            [{"bad": i["label"] == "jailbreak"} for i in jb],
        )
        dm = [i for i in d["domain_items"] if i["lang"] != "en"]
        out[f"ml{v}_domain"] = ([i["text"] for i in dm], [{"domain": i["domain"]} for i in dm])
    a = json.loads((BLIND / "agent_injections_v5.json").read_text(encoding="utf-8"))
    inj = pairs(a)
    out["a5_injected"] = (
        [fill(c, i["text"]) for c, i in inj],
        [{"bad": True, "lang": i.get("lang", "en")} for _, i in inj],
    )
    out["a5_clean"] = (
        [fill(c, "") for c in a["carriers"]],
        [{"bad": False, "lang": c.get("lang", "en")} for c in a["carriers"]],
    )
    out["a5_lookalike"] = (
        [b["text"] for b in a["benign_lookalikes"]],
        [{"bad": False, "lang": b.get("lang", "en")} for b in a["benign_lookalikes"]],
    )
    return out


def share(flags: list[bool]) -> float | None:
    return round(float(np.mean(flags)), 3) if flags else None


def report_dev(dev: dict, preds: dict, t: float) -> dict:
    rep: dict = {}
    for name, (_, labels) in dev.items():
        dom, jb = preds[name]
        if name.endswith("_domain"):
            rep[name] = share(
                [
                    DOMAINS[int(k)] == lab["domain"]
                    for k, lab in zip(dom.argmax(1), labels, strict=True)
                ]
            )
        elif name.startswith("ml"):
            rep[name] = {
                "recall": share([p >= t for p, lab in zip(jb, labels, strict=True) if lab["bad"]]),
                "forwarded": share(
                    [p < t for p, lab in zip(jb, labels, strict=True) if not lab["bad"]]
                ),
            }
        else:
            ok = [(lab["lang"], (p >= t) == lab["bad"]) for p, lab in zip(jb, labels, strict=True)]
            rep[name] = {
                "en": share([o for lang, o in ok if lang == "en"]),
                "other": share([o for lang, o in ok if lang != "en"]),
            }
    # one point of the curve, the same for every model: the threshold that forwards 95 % of
    # the foreign clean carriers and look-alikes together; the foreign injections it blocks
    benign = [
        p
        for name in ("a5_clean", "a5_lookalike")
        for p, lab in zip(preds[name][1], dev[name][1], strict=True)
        if lab["lang"] != "en"
    ]
    t95 = float(np.quantile(benign, 0.95))
    inj, labels = preds["a5_injected"][1], dev["a5_injected"][1]
    rep["a5_foreign_injected_blocked_at_95pct_foreign_benign_forwarded"] = share(
        [p > t95 for p, lab in zip(inj, labels, strict=True) if lab["lang"] != "en"]
    )
    return rep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frozen", action="store_true", help="train the heads only (the baseline)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--english-train", type=int, default=ENGLISH_TRAIN)
    ap.add_argument("--english-val", type=int, default=ENGLISH_VAL)
    ap.add_argument(
        "--segments",
        action="store_true",
        help="agent v5: also score each sentence segment of a text (the highest decides)",
    )
    ap.add_argument("--out", default="")
    args = ap.parse_args(argv)
    set_seeds()
    torch.set_num_threads(2)
    rng = np.random.default_rng(0)
    english = [
        e
        for e in all_examples()
        if e.split in ("train", "val") and (e.domain >= 0 or e.jailbreak >= 0)
    ]
    pick = {
        split: rng.choice([i for i, e in enumerate(english) if e.split == split], n, replace=False)
        for split, n in (("train", args.english_train), ("val", args.english_val))
    }
    rows = [english[i] for split in ("train", "val") for i in sorted(pick[split])]
    rows += hand_examples(more=True)
    lower = Lower()
    states, _ = cached_states(lower, "rows", [e.text for e in rows], first_only=True)
    split = np.array([e.split for e in rows])
    hand = np.array([e.source == "ml_hand" for e in rows])
    dom, jb = np.array([e.domain for e in rows]), np.array([e.jailbreak for e in rows])
    w = np.where(hand, HAND_WEIGHT, 1.0)
    tr = np.flatnonzero(split == "train")
    top = Top(lower.enc, train_layer=not args.frozen)
    train_states = [states[i] for i in tr]
    top.init_heads(train_states, dom[tr], jb[tr], w[tr])
    if not args.frozen:
        train_top(top, train_states, dom[tr], jb[tr], w[tr], args.epochs)
    top.eval()
    _, p = predict(top, states, np.arange(len(states)), len(states))
    va = split == "val"
    t = max(float(np.quantile(p[va & (jb == 0) & g], 1 - VAL_FPR)) for g in (~hand, hand))
    rep: dict = {
        "frozen": args.frozen,
        "segments": args.segments,
        "epochs": args.epochs,
        "threshold": round(t, 4),
    }
    for name, g in (("en", ~hand), ("hand", hand)):
        rep[f"val_recall_{name}"] = share(list(p[va & (jb == 1) & g] >= t))
        rep[f"val_fpr_{name}"] = share(list(p[va & (jb == 0) & g] >= t))
    d_val = va & (dom >= 0)
    pd, _ = predict(
        top, [states[i] for i in np.flatnonzero(d_val)], np.arange(d_val.sum()), int(d_val.sum())
    )
    rep["val_domain_accuracy"] = share(list(pd.argmax(1) == dom[d_val]))
    dev = dev_texts()
    preds = {}
    for name, (texts, _) in dev.items():
        if args.segments and name.startswith("a5_"):
            # the text and each of its sentence segments, as the runtime does for MiniLM
            parts = [
                (i, piece) for i, t in enumerate(texts) for piece in [t, *sentence_segments(t)]
            ]
            s, windows = cached_states(lower, name + "_seg", [t for _, t in parts], False)
            owner = np.array([i for i, _ in parts])[windows]
        else:
            s, owner = cached_states(lower, name, texts, first_only=name.endswith("_domain"))
        preds[name] = predict(top, s, owner, len(texts))
    rep["dev"] = report_dev(dev, preds, t)
    text = json.dumps(rep, indent=2)
    print(text, flush=True)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
