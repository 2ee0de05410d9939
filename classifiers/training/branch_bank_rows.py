"""Candidates Y2 and Y3: the branch's domain vote gains hand-written questions in languages
its bank had none of (docs/classifiers.md).

The branch's domain bank (``ml_domain_exemplars.npz``, candidate Y) holds the training
split's domain prompts in e5's space, and none of them is in vi, id, ro, hu, da, nb, fi, ca,
sk or hr. This script:
* embeds the ``ROWS`` of a rows module (``ml_rows_domain_ten``: the ten languages L5 added,
  Y2; ``ml_rows_domain_eight``: pl, tr, sv, cs, el, he, hi, th, Y3; ``ml_rows_domain_more``:
  a second batch in all eighteen, Y4; ``ml_rows_domain_short``: short questions in twelve
  languages, Y5; ``ml_rows_domain_weak``: fi, he, ko, el, ar, Y6;
  ``ml_rows_domain_weak2``: he, el, ar, fi, Y7; ``ml_rows_domain_terse``: terse queries in
  26 languages, Y8) as Prism reads a text (the branch's first window);
* projects them on the bank's own axes and stores them as int8 rows beside the others;
* records their number in ``classifier_config.json``.

The vote's k, temperature and weight stay as chosen for Y, and the heads are untouched.

Usage: ``python -m classifiers.training.branch_bank_rows MODELS_DIR [--rows MODULE]``. It
refuses a bank that already holds a module's rows (rebuild with ``branch_exemplars``)."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.engine import CONFIG_FILE
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings

SOURCES = (
    "ml_rows_domain_ten",
    "ml_rows_domain_eight",
    "ml_rows_domain_more",
    "ml_rows_domain_short",
    "ml_rows_domain_weak",
    "ml_rows_domain_weak2",
    "ml_rows_domain_terse",
)


def rows_of(source: str) -> list[tuple[str, str, str]]:
    """(language, domain, text) rows of a rows module under classifiers/training."""
    return list(importlib.import_module(f"classifiers.training.{source}").ROWS)


def stored_rows(emb: np.ndarray, mean: np.ndarray, components: np.ndarray) -> dict:
    """(n, 384) embeddings -> the bank's int8 rows and per-row scales, on its axes."""
    proj = (emb.astype(np.float64) - mean) @ components
    proj /= np.linalg.norm(proj, axis=1, keepdims=True)
    scale = np.abs(proj).max(axis=1) / 127.0
    q = np.clip(np.round(proj / scale[:, None]), -127, 127).astype(np.int8)
    return {"q": q, "scale": scale.astype(np.float32)}


def save_rows(
    models: Path,
    cfg: dict,
    entry: dict,
    bank: dict,
    new: dict,
    labels: np.ndarray,
    source: str,
    note: dict[str, Any] | None = None,
) -> None:
    """Append ``new`` rows (``stored_rows``) with their ``labels`` to ``bank``, save it as
    ``entry``'s file, record ``source`` (and ``note``'s keys) in ``entry["added_rows"]`` and
    the config, and update the manifest's checksums of what changed."""
    bank["q"] = np.concatenate([bank["q"], new["q"]])
    bank["scale"] = np.concatenate([bank["scale"], new["scale"]])
    bank["labels"] = np.concatenate([bank["labels"], labels])
    np.savez(models / entry["file"], **bank)
    record = {"source": source, "rows": len(labels), **(note or {})}
    entry.setdefault("added_rows", []).append(record)
    (models / CONFIG_FILE).write_text(json.dumps(cfg, indent=2) + "\n")
    manifest = json.loads((models / "manifest.json").read_text())
    for name in (entry["file"], CONFIG_FILE):  # what changed; the rest is as listed
        data = (models / name).read_bytes()
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    (models / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


def open_bank(
    argv: list[str] | None, description: str, sources: tuple[str, ...], keys: tuple[str, ...]
) -> tuple[Path, str, dict, dict, dict]:
    """Parse ``MODELS_DIR [--rows MODULE]``; return the models folder, the rows module, the
    config, its bank entry (at ``keys``) and the bank's arrays. Refuses a bank that already
    holds the module's rows."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--rows", choices=sources, default=sources[0])
    args = ap.parse_args(argv)
    models, source = args.models_dir, args.rows
    cfg = json.loads((models / CONFIG_FILE).read_text())
    entry = cfg
    for key in keys:
        entry = entry[key]
    if any(a["source"] == source for a in entry.get("added_rows", [])):
        raise SystemExit(f"{entry['file']} already holds {source}")
    with np.load(models / entry["file"]) as z:
        bank = {k: z[k] for k in z.files}
    return models, source, cfg, entry, bank


def main(argv: list[str] | None = None) -> int:
    models, source, cfg, entry, bank = open_bank(
        argv, __doc__.splitlines()[0], SOURCES, ("multilingual", "domain_exemplars")
    )
    ml = cfg["multilingual"]
    rows = rows_of(source)
    texts = [t for _, _, t in rows]
    labels = np.array([DOMAINS.index(d) for _, d, _ in rows], dtype=np.uint8)
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, settings.intra_op_threads, ["CPUExecutionProvider"])
    reader = MultilingualBranch(
        models, BranchConfig.from_json(ml), opts, len(DOMAINS), settings.max_batch_tokens
    )
    emb = reader.embed(texts)
    new = stored_rows(emb, bank["mean"], bank["components"])
    save_rows(models, cfg, entry, bank, new, labels, source)
    print(f"{entry['file']}: {len(bank['labels'])} exemplars ({len(rows)} added)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
