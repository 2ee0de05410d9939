"""Train the segment screen (``classifiers/segment_screen.py``) on MiniLM's own segment scores.

1. Every jailbreak-labelled row of the training data (``all_examples``) is cut the way the
   engine cuts it; each sentence-segment row is run through the shipped MiniLM graph
   (``models/``), whose jailbreak probability is the target. The label of the row does not
   matter: the screen learns what MiniLM would say, not what is true.
2. A bag of pieces and hashed piece bigrams (``FEATURE_DIM``-wide vectors, mean-pooled) and a
   two-layer perceptron are fitted to that probability on the training split (soft binary
   cross-entropy, segments MiniLM scores >= 0.5 weighted ``POSITIVE_WEIGHT`` times).
3. The threshold is set on the validation split alone: the highest at which the screen still
   passes ``KEEP_RECALL`` of the validation segments MiniLM scores at least
   ``FLAGGED_AT``. The test split is reported, never used.

Writes ``models/segment_screen.npz``, its entry in classifier_config.json, the manifest, and
``models/segment_screen_metrics.json``. Fixed seeds; about five minutes on two cores."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

import classifiers  # noqa: F401  (onnxruntime before torch's own libraries)
from classifiers.engine import SignalEngine
from classifiers.segment_screen import SegmentScreen, screen_features
from classifiers.settings import ClassifierSettings
from classifiers.training.export import MODELS, write_manifest
from classifiers.training.train import all_examples

SCREEN_FILE = "segment_screen.npz"
BUCKETS = 1 << 16
FEATURE_DIM = 16
EPOCHS = 6
POSITIVE_WEIGHT = 10.0
FLAGGED_AT = 0.8
KEEP_RECALL = 0.995
SEED = 0


def segment_rows(engine: SignalEngine, texts: list[str]) -> list[tuple[int, list[int]]]:
    """(text index, piece ids) of every sentence-segment row the engine would run."""
    out: list[tuple[int, list[int]]] = []
    for i, text in enumerate(texts):
        toks, rows = engine._encode_rows([text])
        out += [(i, engine._tok.row_ids(toks[0], r)) for r in rows if not (r.classify or r.pii)]
    return out


def minilm_scores(engine: SignalEngine, rows: list[list[int]]) -> np.ndarray:
    order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
    out = np.zeros(len(rows), dtype=np.float32)
    for i in range(0, len(order), 32):
        chunk = order[i : i + 32]
        out[chunk] = engine._run([rows[k] for k in chunk])["jailbreak_prob"]
    return out


class ScreenNet(torch.nn.Module):
    def __init__(self, vocab: int) -> None:
        super().__init__()
        self.table = torch.nn.EmbeddingBag(vocab + BUCKETS, FEATURE_DIM, mode="mean")
        torch.nn.init.normal_(self.table.weight, std=0.05)
        self.hidden = torch.nn.Linear(FEATURE_DIM, FEATURE_DIM)
        self.out = torch.nn.Linear(FEATURE_DIM, 1)

    def forward(self, feats: torch.Tensor, starts: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.hidden(self.table(feats, starts)))
        return self.out(h).squeeze(-1)


def _batch(rows: list[list[int]], vocab: int) -> tuple[torch.Tensor, torch.Tensor]:
    feats = [screen_features(r, vocab, BUCKETS) for r in rows]
    starts = np.cumsum([0] + [len(f) for f in feats[:-1]])
    return torch.from_numpy(np.concatenate(feats)), torch.from_numpy(starts)


def fit(rows: list[list[int]], target: np.ndarray, vocab: int) -> ScreenNet:
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    net = ScreenNet(vocab)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    y_all = torch.from_numpy(target)
    for _ in range(EPOCHS):
        net.train()
        perm = rng.permutation(len(rows))
        for i in range(0, len(rows), 256):
            idx = perm[i : i + 256]
            feats, starts = _batch([rows[k] for k in idx], vocab)
            y = y_all[idx]
            weight = 1.0 + (POSITIVE_WEIGHT - 1.0) * (y >= 0.5).float()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                net(feats, starts), y, weight=weight
            )
            opt.zero_grad()
            loss.backward()
            opt.step()
    net.eval()
    return net


def choose_threshold(scores: np.ndarray, minilm: np.ndarray) -> float:
    flagged = np.sort(scores[minilm >= FLAGGED_AT])
    return float(flagged[int(np.floor((1.0 - KEEP_RECALL) * len(flagged)))])


def report(scores: np.ndarray, minilm: np.ndarray, threshold: float) -> dict[str, float]:
    flagged = minilm >= FLAGGED_AT
    quiet = minilm < 0.5
    return {
        "segments": len(scores),
        "flagged_by_minilm": int(flagged.sum()),
        "flagged_kept": float(np.mean(scores[flagged] >= threshold)),
        "flagged_lost": int(np.sum(scores[flagged] < threshold)),
        "skipped": float(np.mean(scores < threshold)),
        "skipped_of_quiet": float(np.mean(scores[quiet] < threshold)),
    }


def main(out_dir: Path = MODELS) -> None:
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))
    t0 = time.time()
    # every segment, as MiniLM reads it without a screen
    engine = SignalEngine.load(
        ClassifierSettings(warmup=False, models_dir=str(out_dir), segment_screen=False)
    )
    vocab = int(engine._words.shape[0])
    data: dict[str, tuple[list[list[int]], np.ndarray]] = {}
    examples = [e for e in all_examples() if e.jailbreak >= 0]
    for split in ("train", "val", "test"):
        texts = [e.text for e in examples if e.split == split]
        rows = [ids for _, ids in segment_rows(engine, texts)]
        data[split] = (rows, minilm_scores(engine, rows))
        print(f"{split}: {len(texts)} texts, {len(rows)} segments ({time.time() - t0:.0f} s)")
    net = fit(*data["train"], vocab)
    arrays = {
        "table": net.table.weight.detach().numpy().astype(np.float16),
        "w1": net.hidden.weight.detach().numpy().T.astype(np.float16),
        "b1": net.hidden.bias.detach().numpy().astype(np.float16),
        "w2": net.out.weight.detach().numpy()[0].astype(np.float16),
        "b2": np.float32(net.out.bias.item()),
        "vocab": np.int64(vocab),
    }
    np.savez_compressed(out_dir / SCREEN_FILE, **arrays)  # type: ignore[arg-type]
    # scored as the engine scores: the stored float16 weights, numpy
    screen = SegmentScreen.load(out_dir / SCREEN_FILE, 0.0)
    val_scores = screen.scores(data["val"][0])
    threshold = choose_threshold(val_scores, data["val"][1])
    metrics = {
        "threshold": threshold,
        "val": report(val_scores, data["val"][1], threshold),
        "test": report(screen.scores(data["test"][0]), data["test"][1], threshold),
    }
    print(json.dumps(metrics, indent=2))
    cfg_path = out_dir / "classifier_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["segment_screen"] = {"file": SCREEN_FILE, "threshold": round(threshold, 6)}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    (out_dir / "segment_screen_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    names = list(json.loads((out_dir / "manifest.json").read_text())["files"])
    write_manifest(out_dir, list(dict.fromkeys([*names, "classifier_config.json", SCREEN_FILE])))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODELS)
