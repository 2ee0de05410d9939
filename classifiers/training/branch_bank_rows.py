"""Candidate Y2: the branch's domain vote gains hand-written questions in the ten languages
that candidate L5 added (docs/classifiers.md).

The branch's domain bank (``ml_domain_exemplars.npz``, candidate Y) holds the training
split's domain prompts in e5's space, and none of them is in vi, id, ro, hu, da, nb, fi, ca,
sk or hr. This script:
* embeds ``ml_rows_domain_ten.ROWS`` as Prism reads a text (the branch's first window);
* projects them on the bank's own axes and stores them as int8 rows beside the others;
* records their number in ``classifier_config.json``.

The vote's k, temperature and weight stay as chosen for Y, and the heads are untouched.

Usage: ``python -m classifiers.training.branch_bank_rows MODELS_DIR``. It runs once per
bank: it refuses a bank that already holds the rows (rebuild with ``branch_exemplars``)."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from classifiers.engine import CONFIG_FILE
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.ml_rows_domain_ten import ROWS

SOURCE = "ml_rows_domain_ten"


def stored_rows(emb: np.ndarray, mean: np.ndarray, components: np.ndarray) -> dict:
    """(n, 384) embeddings -> the bank's int8 rows and per-row scales, on its axes."""
    proj = (emb.astype(np.float64) - mean) @ components
    proj /= np.linalg.norm(proj, axis=1, keepdims=True)
    scale = np.abs(proj).max(axis=1) / 127.0
    q = np.clip(np.round(proj / scale[:, None]), -127, 127).astype(np.int8)
    return {"q": q, "scale": scale.astype(np.float32)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    models = ap.parse_args(argv).models_dir
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    entry = ml["domain_exemplars"]
    if entry.get("added_rows", {}).get("source") == SOURCE:
        raise SystemExit(f"{entry['file']} already holds {SOURCE}")
    path = models / entry["file"]
    with np.load(path) as z:
        bank = {k: z[k] for k in z.files}
    texts = [t for _, _, t in ROWS]
    labels = np.array([DOMAINS.index(d) for _, d, _ in ROWS], dtype=np.uint8)
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, settings.intra_op_threads, ["CPUExecutionProvider"])
    reader = MultilingualBranch(
        models, BranchConfig.from_json(ml), opts, len(DOMAINS), settings.max_batch_tokens
    )
    emb = reader.embed(texts)
    new = stored_rows(emb, bank["mean"], bank["components"])
    bank["q"] = np.concatenate([bank["q"], new["q"]])
    bank["scale"] = np.concatenate([bank["scale"], new["scale"]])
    bank["labels"] = np.concatenate([bank["labels"], labels])
    np.savez(path, **bank)
    entry["added_rows"] = {"source": SOURCE, "rows": len(ROWS)}
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    manifest = json.loads((models / "manifest.json").read_text())
    for name in (entry["file"], CONFIG_FILE):  # what changed; the rest is as listed
        data = (models / name).read_bytes()
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    (models / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"{entry['file']}: {len(bank['labels'])} exemplars ({len(ROWS)} added)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
