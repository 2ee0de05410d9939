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

import importlib
import sys

import numpy as np

from classifiers.engine import SignalEngine
from classifiers.labels import DOMAINS
from classifiers.settings import ClassifierSettings
from classifiers.training.branch_bank_rows import open_bank, save_rows, stored_rows

SOURCES = ("rows_domain_terse_en",)


def rows_of(source: str) -> list[tuple[str, str]]:
    """(domain, text) rows of a rows module under classifiers/training."""
    return list(importlib.import_module(f"classifiers.training.{source}").ROWS)


def main(argv: list[str] | None = None) -> int:
    models, source, cfg, entry, bank = open_bank(
        argv, __doc__.splitlines()[0], SOURCES, ("domain_exemplars",)
    )
    rows = rows_of(source)
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
