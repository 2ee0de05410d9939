"""Candidate E-T: MiniLM's domain vote gains hand-written English rows (docs/classifiers.md).

MiniLM's domain bank (``domain_exemplars.npz``, "Domain exemplars") holds the training
split's domain prompts: questions and requests, few bare noun phrases. This script embeds
the ``ROWS`` of a rows module (``rows_domain_terse_en``: terse English queries) with the
shipped int8 graph, as Prism embeds a request, projects them on the bank's own axes, stores
them as int8 rows beside the others (``branch_bank_rows.stored_rows``) and records their
number in ``classifier_config.json``. The vote's k, temperature and weight and the heads
are untouched.

Usage: ``python -m classifiers.training.exemplar_bank_rows MODELS_DIR [--rows MODULE]``. It
refuses a bank that already holds a module's rows (rebuild with ``exemplars``)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np

from classifiers.engine import CONFIG_FILE, SignalEngine
from classifiers.labels import DOMAINS
from classifiers.settings import ClassifierSettings
from classifiers.training.branch_bank_rows import save_rows, stored_rows

SOURCES = ("rows_domain_terse_en",)


def rows_of(source: str) -> list[tuple[str, str]]:
    """(domain, text) rows of a rows module under classifiers/training."""
    return list(importlib.import_module(f"classifiers.training.{source}").ROWS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--rows", choices=SOURCES, default=SOURCES[0])
    args = ap.parse_args(argv)
    models, source = args.models_dir, args.rows
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    entry = cfg["domain_exemplars"]
    if any(a["source"] == source for a in entry.get("added_rows", [])):
        raise SystemExit(f"{entry['file']} already holds {source}")
    rows = rows_of(source)
    path = models / entry["file"]
    with np.load(path) as z:
        bank = {k: z[k] for k in z.files}
    engine = SignalEngine.load(
        ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    )
    emb = engine.embed([t for _, t in rows]).astype(np.float64)
    new = stored_rows(emb, bank["mean"], bank["components"])
    labels = np.array([DOMAINS.index(d) for d, _ in rows], dtype=np.uint8)
    save_rows(models, cfg, entry, bank, new, labels, source)
    print(f"{entry['file']}: {len(bank['labels'])} exemplars ({len(rows)} added)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
