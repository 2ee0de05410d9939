"""Build models/domain_exemplars.npz: the training split's domain prompts, embedded by the
exported int8 graph (exactly as Prism embeds a request), projected onto their top principal
axes and stored as int8 rows. Run after export.py; adds the bank to classifier_config.json and
manifest.json.

Settings (chosen on the validation split, see docs/classifiers.md "Domain exemplars"):
k=10 nearest, softmax temperature 0.05 over cosine, vote weight 0.5, 192 dimensions. MMLU
questions wrapped in chat phrasing are left out: they duplicate their source question."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from classifiers.engine import CONFIG_FILE, SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.export import MODELS, write_manifest
from classifiers.training.train import all_examples

FILE = "domain_exemplars.npz"
K, TEMPERATURE, WEIGHT, DIM = 10, 0.05, 0.5, 192
LEFT_OUT_SOURCES = {"mmlu-wrapped"}


def bank_texts() -> tuple[list[str], np.ndarray]:
    ex = [
        e
        for e in all_examples()
        if e.split == "train" and e.domain >= 0 and e.source not in LEFT_OUT_SOURCES
    ]
    return [e.text for e in ex], np.array([e.domain for e in ex], dtype=np.uint8)


def project(emb: np.ndarray, dim: int) -> dict[str, np.ndarray]:
    mean = emb.mean(axis=0)
    _, _, vt = np.linalg.svd(emb - mean, full_matrices=False)
    components = np.ascontiguousarray(vt[:dim].T).astype(np.float32)
    proj = (emb - mean) @ components
    proj /= np.linalg.norm(proj, axis=1, keepdims=True)
    scale = np.abs(proj).max(axis=1) / 127.0
    q = np.clip(np.round(proj / scale[:, None]), -127, 127).astype(np.int8)
    return {
        "mean": mean.astype(np.float32),
        "components": components,
        "q": q,
        "scale": scale.astype(np.float32),
    }


def first_of_duplicates(q: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Indices of the first row of every distinct (stored vector, label) pair. The encoder is
    uncased and MMLU repeats some questions, so ~2% of the prompts embed identically; a
    repeat would only double a vote and make ties in the k-nearest search."""
    seen: set[bytes] = set()
    keep = []
    for i in range(len(q)):
        key = q[i].tobytes() + bytes([int(labels[i])])
        if key not in seen:
            seen.add(key)
            keep.append(i)
    return np.array(keep, dtype=np.int64)


def _manifest_names(models: Path) -> list[str]:
    return list(json.loads((models / "manifest.json").read_text())["files"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--models-dir", default=str(MODELS))
    args = ap.parse_args(argv)
    models = Path(args.models_dir)
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    cfg.pop("domain_exemplars", None)  # embed with the graph alone
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = [n for n in _manifest_names(models) if n != FILE]
    write_manifest(models, names)

    engine = SignalEngine.load(
        ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    )
    texts, labels = bank_texts()
    emb = engine.embed(texts)
    arrays = project(emb.astype(np.float64), DIM)
    keep = first_of_duplicates(arrays["q"], labels)
    arrays["q"], arrays["scale"], labels = arrays["q"][keep], arrays["scale"][keep], labels[keep]
    np.savez(
        models / FILE,
        labels=labels,
        mean=arrays["mean"],
        components=arrays["components"],
        q=arrays["q"],
        scale=arrays["scale"],
    )

    cfg["domain_exemplars"] = {"file": FILE, "k": K, "temperature": TEMPERATURE, "weight": WEIGHT}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    write_manifest(models, [*names, FILE])
    size_mb = (models / FILE).stat().st_size / 1e6
    print(f"{FILE}: {len(labels)} exemplars x {DIM} dims, {size_mb:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
