"""Fit the second opinion (``classifiers/second_opinion.py``) on MiniLM's own rows.

1. Texts: the jailbreak-labelled rows of the shipped recipe (``all_examples``; the large
   benign sources sampled), the harmless structured documents of candidate S
   (``data_structured``: READMEs and source files of permissively licensed packages,
   generated logs, configs, tables, invites; whole documents, cut at ``MAX_CHARS``), and
   some of the generated documents again with a training injection at a line break of
   their opening (``structured-inj``, in the injection's split), so that structure says
   nothing either way.
2. Every row the engine plans for a text (whole windows and sentence segments) is run
   through the shipped MiniLM graph, which returns the row's embedding and jailbreak
   probability. Rows MiniLM scores below ``FIT_FLOOR`` are left out. A row of a harmless
   text is a negative; a row of an attack text is a positive when MiniLM scores it at
   least 0.5; in a document carrying an injection, a row is a positive when it holds the
   injection and a negative when it holds none of it.
3. A 385-32-1 perceptron is fitted on the training split (balanced classes, fixed seed).
   Its threshold is set on the validation split alone: the highest at which the attack
   texts flagged at ``FLAGGED_AT`` (a text's highest row, as the engine counts it) fall by
   at most ``LOSS_TEXTS``. The test split is reported, never used.

Writes ``models/second_opinion.npz``, its entry in classifier_config.json, the manifest and
``models/second_opinion_metrics.json``. Row features are cached under ``build/`` (delete to
recompute; about 40 minutes on two cores)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

import classifiers  # noqa: F401  (onnxruntime before torch's own libraries)
from classifiers.engine import SignalEngine
from classifiers.second_opinion import LOGIT_SCALE, SecondOpinion
from classifiers.settings import ClassifierSettings
from classifiers.training.data_domain import Example
from classifiers.training.data_structured import _injected, code_files, package_readmes
from classifiers.training.export import MODELS, write_manifest
from classifiers.training.sources import split_of
from classifiers.training.structured_synth import synthetic_docs
from classifiers.training.train import all_examples

FILE = "second_opinion.npz"
CACHE = Path(__file__).resolve().parents[2] / "build" / "second_opinion"
MAX_CHARS = 3000
FIT_FLOOR = 0.1
FLAGGED_AT = 0.8
LOSS_TEXTS = 0.0025
APPLY_FLOOR = 0.5  # the runtime leaves rows MiniLM scores below this as they are
HIDDEN = 32
EPOCHS = 60
BIG = ("mmlu", "mmlu-wrapped", "s-labs", "pii-own", "pii-presidio")
TRAIN_CAPS = {
    "mmlu": 500,
    "mmlu-wrapped": 400,
    "fragment-benign": 1000,
    "s-labs": 800,
    "pii-own": 400,
    "pii-presidio": 300,
    "neuralchemy": 800,
    "agentic-benign": 1000,
}
TRAIN_POSITIVES = 3500
VAL_BIG_SHARE = 0.25
INJECTED_SHARE = 0.25


@dataclass(frozen=True)
class Item:
    text: str
    y: int
    src: str
    inj: tuple[int, int] | None = None  # the injection's characters in a structured-inj text


def documents() -> list[tuple[str, str, str]]:
    """(key, text, split) of candidate S's harmless documents."""
    docs = package_readmes() + code_files() + synthetic_docs(1900, seed=44)
    return [(k, t, split_of(f"structured:{k}", val=0.1, test=0.15)) for k, t in docs]


_EXAMPLES: list[Example] = []


def examples() -> list[Example]:
    """The shipped recipe's rows (built once)."""
    if not _EXAMPLES:
        _EXAMPLES.extend(all_examples(structured=False))
    return _EXAMPLES


def injected_documents(split: str) -> list[Item]:
    """Generated documents carrying a training injection (the injection's split decides)."""
    injections = sorted(
        (
            e
            for e in examples()
            if e.source == "agentic-inj" and e.jailbreak == 1 and len(e.text) < 400
        ),
        key=lambda e: text_key(e.text),
    )
    rng = random.Random(46)
    out: list[Item] = []
    for key, text in synthetic_docs(1900, seed=44):
        if rng.random() >= INJECTED_SHARE:
            continue
        inj = rng.choice(injections)
        ex = _injected(key, text, inj, rng)
        if ex.split != split:
            continue
        at = ex.text.index(inj.text)
        out.append(Item(ex.text[:MAX_CHARS], 1, "structured-inj", (at, at + len(inj.text))))
    return out


def texts_of(split: str) -> list[Item]:
    # sorted by content first: the order of all_examples varies with the hash seed
    rows = sorted(
        (e for e in examples() if e.jailbreak >= 0 and e.split == split),
        key=lambda e: (text_key(e.text), e.source, e.jailbreak),
    )
    out: list[Item] = []
    if split == "train":
        rng = random.Random(8)
        rng.shuffle(rows)
        taken: Counter[str] = Counter()
        for e in rows:
            key = "positive" if e.jailbreak == 1 else e.source
            cap = TRAIN_POSITIVES if e.jailbreak == 1 else TRAIN_CAPS.get(e.source)
            if cap is not None and taken[key] >= cap:
                continue
            taken[key] += 1
            out.append(Item(e.text, e.jailbreak, e.source))
    else:
        rng = random.Random(7)
        for e in rows:
            if e.jailbreak == 0 and e.source in BIG and rng.random() > VAL_BIG_SHARE:
                continue
            out.append(Item(e.text, e.jailbreak, e.source))
    out += [Item(t, 0, "structured-doc") for _, t, s in documents() if s == split]
    return out + injected_documents(split)


def row_features(engine: SignalEngine, items: list[Item]) -> dict[str, np.ndarray]:
    """Every planned row of every text: embedding, jailbreak probability, whether it is a
    sentence segment, its text's index, its characters."""
    emb, prob, seg, item, span = [], [], [], [], []
    for n, it in enumerate(items):
        text = it.text[:MAX_CHARS]
        toks, rows = engine._encode_rows([text])
        ids = [engine._tok.row_ids(toks[0], r) for r in rows]
        order = sorted(range(len(rows)), key=lambda k: len(ids[k]))
        off = toks[0].offsets
        for c in range(0, len(order), 16):
            chunk = order[c : c + 16]
            out = engine._run([ids[k] for k in chunk])
            for j, k in enumerate(chunk):
                r = rows[k]
                emb.append(out["embedding"][j].astype(np.float16))
                prob.append(float(out["jailbreak_prob"][j]))
                seg.append(not (r.classify or r.pii))
                item.append(n)
                span.append((off[r.start][0], off[r.stop - 1][1]))
    return {
        "emb": np.array(emb),
        "p": np.array(prob, dtype=np.float32),
        "seg": np.array(seg),
        "item": np.array(item),
        "span": np.array(span, dtype=np.int64).reshape(-1, 2),
    }


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def cached_features(engine: SignalEngine, items: list[Item], path: Path) -> dict[str, np.ndarray]:
    """``row_features`` of ``items``, with every text's rows kept in ``path`` (by the text's
    hash): a text already there is not run again."""
    have: dict[str, dict[str, np.ndarray]] = {}
    if path.exists():
        with np.load(path) as npz:
            keys = [str(k) for k in npz["keys"]]
            for n, key in enumerate(keys):
                sel = npz["item"] == n
                have[key] = {k: npz[k][sel] for k in ("emb", "p", "seg", "span")}
    wanted = [text_key(it.text[:MAX_CHARS]) for it in items]
    missing = [n for n, key in enumerate(wanted) if key not in have]
    if missing:
        new = row_features(engine, [items[n] for n in missing])
        for j, n in enumerate(missing):
            sel = new["item"] == j
            have[wanted[n]] = {k: new[k][sel] for k in ("emb", "p", "seg", "span")}
        keys = sorted(have)
        parts = [have[k] for k in keys]
        np.savez(
            path,
            keys=np.array(keys),
            item=np.concatenate([np.full(len(v["p"]), n) for n, v in enumerate(parts)]),
            **{k: np.concatenate([v[k] for v in parts]) for k in ("emb", "p", "seg", "span")},
        )  # type: ignore[arg-type]
    parts = [have[k] for k in wanted]
    out = {k: np.concatenate([v[k] for v in parts]) for k in ("emb", "p", "seg", "span")}
    out["item"] = np.concatenate([np.full(len(v["p"]), n) for n, v in enumerate(parts)])
    return out


def labels(items: list[Item], f: dict[str, np.ndarray]) -> np.ndarray:
    """1 attack row, 0 harmless row, -1 left out (see the module's docstring)."""
    y = np.full(len(f["p"]), -1, dtype=np.int64)
    for r, (n, p) in enumerate(zip(f["item"], f["p"], strict=True)):
        it = items[n]
        if p < FIT_FLOOR:
            continue
        if it.inj is not None:
            lo, hi = f["span"][r]
            if hi <= it.inj[0] or lo >= it.inj[1]:
                y[r] = 0
            elif lo <= it.inj[0] and hi >= it.inj[1] and p >= 0.5:
                y[r] = 1
        elif it.y == 0:
            y[r] = 0
        elif p >= 0.5:
            y[r] = 1
    return y


def inputs(f: dict[str, np.ndarray]) -> np.ndarray:
    p = np.clip(f["p"].astype(np.float64), 1e-6, 1 - 1e-6)
    logit = np.log(p / (1 - p)) / LOGIT_SCALE
    return np.concatenate([f["emb"].astype(np.float32), logit[:, None]], 1).astype(np.float32)


def fit(x: np.ndarray, y: np.ndarray) -> torch.nn.Sequential:
    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], HIDDEN), torch.nn.ReLU(), torch.nn.Linear(HIDDEN, 1)
    )
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-3)
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.float32))
    weight = torch.where(yt > 0, 0.5 / yt.mean(), 0.5 / (1 - yt.mean()))
    for _ in range(EPOCHS):
        perm = torch.randperm(len(xt))
        for b in range(0, len(perm), 512):
            i = perm[b : b + 512]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                net(xt[i]).squeeze(-1), yt[i], weight=weight[i]
            )
            opt.zero_grad()
            loss.backward()
            opt.step()
    return net.eval()


def text_scores(items: list[Item], f: dict[str, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """Each text's highest row score."""
    out = np.zeros(len(items))
    np.maximum.at(out, f["item"], rows)
    return out


def choose_threshold(
    path: Path, items: list[Item], f: dict[str, np.ndarray], y: np.ndarray
) -> float:
    """The highest threshold at which the flagged attack texts of ``items`` fall by at most
    ``LOSS_TEXTS`` (candidates: quantiles of the perceptron on the flagged attack rows)."""
    emb = f["emb"].astype(np.float32)
    probe = SecondOpinion.load(path, 0.5, APPLY_FLOOR)
    v = 1.0 / (1.0 + np.exp(-probe.logits(emb, f["p"])))
    attack = np.array([it.y == 1 for it in items])
    flagged = attack & (text_scores(items, f, f["p"]) >= FLAGGED_AT)
    allowed = int(np.floor(LOSS_TEXTS * flagged.sum()))
    candidates = np.quantile(v[(y == 1) & (f["p"] >= FLAGGED_AT)], np.linspace(0.0, 0.02, 81))
    best = float(candidates[0])
    for t in sorted(candidates):
        after = SecondOpinion.load(path, float(t), APPLY_FLOOR).adjust(emb, f["p"])
        lost = int((flagged & (text_scores(items, f, after) < FLAGGED_AT)).sum())
        if lost <= allowed:
            best = float(t)
    return best


def report(
    items: list[Item], f: dict[str, np.ndarray], y: np.ndarray, second: SecondOpinion
) -> dict[str, object]:
    """Rows and texts flagged at ``FLAGGED_AT`` before and after the second opinion (the
    highest row of a text standing for the text, as in the engine without the branch)."""
    after = second.adjust(f["emb"].astype(np.float32), f["p"])
    flagged = f["p"] >= FLAGGED_AT
    out: dict[str, object] = {
        "attack_rows_flagged": int((flagged & (y == 1)).sum()),
        "attack_rows_lost": int((flagged & (y == 1) & (after < FLAGGED_AT)).sum()),
        "harmless_rows_flagged": int((flagged & (y == 0)).sum()),
        "harmless_rows_cleared": int((flagged & (y == 0) & (after < FLAGGED_AT)).sum()),
    }
    before_t = np.zeros(len(items))
    after_t = np.zeros(len(items))
    np.maximum.at(before_t, f["item"], f["p"])
    np.maximum.at(after_t, f["item"], after)
    by: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        c = by.setdefault(f"{it.src}:{it.y}", [0, 0, 0])
        c[0] += 1
        c[1] += int(before_t[n] >= FLAGGED_AT)
        c[2] += int(after_t[n] >= FLAGGED_AT)
    out["texts (n, flagged before, after)"] = dict(sorted(by.items()))
    return out


def main(out_dir: Path = MODELS, splits: tuple[str, ...] = ("train", "val", "test")) -> None:
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))
    t0 = time.time()
    engine = SignalEngine.load(
        ClassifierSettings(warmup=False, models_dir=str(MODELS), second_opinion=False)
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    data = {}
    for split in splits:
        items = texts_of(split)
        f = cached_features(engine, items, CACHE / f"{split}.npz")
        data[split] = (items, f, labels(items, f))
        print(f"{split}: {len(items)} texts, {len(f['p'])} rows ({time.time() - t0:.0f} s)")
    _, f, y = data["train"]
    keep = y >= 0
    net = fit(inputs(f)[keep], y[keep])
    w1, b1 = net[0].weight.detach().numpy().T, net[0].bias.detach().numpy()
    w2, b2 = net[2].weight.detach().numpy()[0], float(net[2].bias.item())
    np.savez_compressed(out_dir / FILE, w1=w1, b1=b1, w2=w2, b2=np.float32(b2))
    threshold = choose_threshold(out_dir / FILE, *data["val"])
    second = SecondOpinion.load(out_dir / FILE, threshold, APPLY_FLOOR)
    metrics = {
        "threshold": threshold,
        "floor": APPLY_FLOOR,
        "val": report(*data["val"], second),
    }
    if "test" in data:
        metrics["test"] = report(*data["test"], second)
    print(json.dumps(metrics, indent=2))
    cfg_path = out_dir / "classifier_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["second_opinion"] = {"file": FILE, "threshold": round(threshold, 6), "floor": APPLY_FLOOR}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    (out_dir / "second_opinion_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    names = list(json.loads((out_dir / "manifest.json").read_text())["files"])
    write_manifest(out_dir, list(dict.fromkeys([*names, "classifier_config.json", FILE])))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--no-test"]
    main(
        Path(args[0]) if args else MODELS,
        ("train", "val") if "--no-test" in sys.argv else ("train", "val", "test"),
    )
