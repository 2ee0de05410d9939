"""Candidate X: build the multilingual branch's jailbreak vote (``classifiers/jailbreak_vote.py``).

Probe X (``branch_jailbreak_vote.py``) chose k 25, temperature 0.05 and weight 0.7 on a
full-size bank (28,748 prompts x 384 float dims). The artefact budget leaves about 4 MB,
so this script:

1. stores the branch's tokenizer gzip-compressed (``ml_tokenizer.json.gz``: 3.8 -> 0.8 MB;
   ``tokenization.load_tokenizer``),
2. with ``--bank-only-rows`` (candidate X3, not shipped), adds ``ml_rows_roleplay``
   (harmful role-play and persona attacks and close harmless role-plays) to the bank; their
   validation fifth joins the hand-written validation rows,
3. projects the bank onto its top DIMS principal axes as int8 rows (the layout of
   ``ml_domain_exemplars.npz``) and runs the probe's validation grid for each size; it
   keeps the smallest size whose best validation score (mean of the English and the
   hand-written recall at 1 % false positives, each group at its own threshold) is within
   TOLERANCE of the largest size's,
4. calibrates the blend as the head was: a logit ``shift`` so that the blended probability
   crosses the policy's 0.8 where it flags 1 % of the harmless validation prompts (the
   stricter of the two groups),
5. writes the bank, the config entry ``multilingual.jailbreak_exemplars`` and the manifest.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.branch_jailbreak_bank
MODELS_DIR`` (the probe's bank embeddings are cached in ``.train-cache/``; the validation
rows' too, after the first run)."""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
from classifiers.engine import CONFIG_FILE
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training import branch_jailbreak_vote as probe
from classifiers.training.exemplars import first_of_duplicates, project
from classifiers.training.export import write_manifest
from classifiers.training.sources import bank_only_rows
from classifiers.training.train import CACHE

FILE = "ml_jailbreak_exemplars.npz"
DIMS = (48, 64, 96)
TOLERANCE = 0.01
POLICY = 0.8
VAL_CACHE = CACHE / "jailbreak_vote_val.npz"


def head_reader(models: Path, ml: dict[str, Any]) -> MultilingualBranch:
    """The branch as shipped before the vote: its jailbreak score is the head's."""
    raw = {k: v for k, v in ml.items() if k != "jailbreak_exemplars"}
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, 2, ["CPUExecutionProvider"])
    return MultilingualBranch(
        models, BranchConfig.from_json(raw), opts, len(DOMAINS), settings.max_batch_tokens
    )


def with_bank_only_rows(
    r: MultilingualBranch,
    emb: np.ndarray,
    y: np.ndarray,
    split: str,
    module: str | tuple[str, ...] = "ml_rows_roleplay",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``emb`` and ``y`` with the bank-only rows of ``split`` appended, and their heads."""
    texts, labels = bank_only_rows(split, module)
    head, extra = probe.read(r, texts)
    return (
        np.concatenate([emb, extra]),
        np.concatenate([y, np.array(labels, dtype=y.dtype)]),
        head,
    )


def validation(
    r: MultilingualBranch, bank_only: bool, module: str | tuple[str, ...] = "ml_rows_roleplay"
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(head probability, embedding, label, is hand-written) of the probe's validation rows
    and, with ``bank_only``, the validation split of the bank-only rows (``module``),
    counted as hand-written."""
    if VAL_CACHE.exists():
        with np.load(VAL_CACHE) as z:
            head, emb, y, hand = z["head"], z["emb"], z["y"], z["hand"]
        if not bank_only:
            return head, emb, y, hand
        emb2, y2, head2 = with_bank_only_rows(r, emb, y, "val", module)
        hand2 = np.concatenate([hand, np.ones(len(y2) - len(y), dtype=bool)])
        return np.concatenate([head, head2]), emb2, y2, hand2
    vt, vy = probe.english("val")
    ht, hy = probe.hand("val")
    head, emb = probe.read(r, vt + ht)
    y = np.array(vy + hy, dtype=np.int64)
    hand = np.array([False] * len(vt) + [True] * len(ht))
    np.savez(VAL_CACHE, head=head, emb=emb, y=y, hand=hand)
    return validation(r, bank_only, module)


def blended(ex: DomainExemplars, head: np.ndarray, emb: np.ndarray) -> np.ndarray:
    w = ex.settings.weight
    return (1 - w) * head + w * ex.vote(emb)[:, 1]


def search(
    bank: dict[str, np.ndarray], head: np.ndarray, emb: np.ndarray, y: np.ndarray, hand: np.ndarray
) -> tuple[float, ExemplarSettings, dict[str, float]]:
    stored = bank["q"].astype(np.float32) * bank["scale"][:, None]
    best: tuple[float, ExemplarSettings, dict[str, float]] | None = None
    for k, t, w in itertools.product(probe.GRID_K, probe.GRID_T, probe.GRID_W):
        s = ExemplarSettings(FILE, k, t, w)
        ex = DomainExemplars(bank["mean"], bank["components"], stored, bank["labels"], 2, s)
        got = probe.group_recall(blended(ex, head, emb), y, hand)
        score = (got["english"] + got["hand"]) / 2
        if best is None or score > best[0]:
            best = (score, s, got)
    assert best is not None
    return best


def compress_tokenizer(models: Path, ml: dict[str, Any]) -> None:
    name = ml["tokenizer"]
    if name.endswith(".gz"):
        return
    raw = (models / name).read_bytes()
    (models / f"{name}.gz").write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    (models / name).unlink()
    ml["tokenizer"] = f"{name}.gz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--bank-only-rows", action="store_true", help="candidate X3's bank")
    args = ap.parse_args(argv)
    models = args.models_dir
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    r = head_reader(models, ml)
    bank_emb, bank_y = probe.bank(r)
    if args.bank_only_rows:
        bank_emb, bank_y, _ = with_bank_only_rows(r, bank_emb, bank_y, "train")
    head, emb, y, hand = validation(r, args.bank_only_rows)
    report: dict[str, Any] = {"head": probe.group_recall(head, y, hand), "sizes": {}}
    found: dict[int, tuple[float, ExemplarSettings, dict[str, Any]]] = {}
    for dim in DIMS:
        arrays = project(bank_emb.astype(np.float64), dim)
        keep = first_of_duplicates(arrays["q"], bank_y.astype(np.uint8))
        bank: dict[str, Any] = {
            "labels": bank_y[keep].astype(np.uint8),
            "mean": arrays["mean"],
            "components": arrays["components"],
            "q": arrays["q"][keep],
            "scale": arrays["scale"][keep],
        }
        score, s, got = search(bank, head, emb, y, hand)
        found[dim] = (score, s, bank)
        report["sizes"][str(dim)] = {
            "rows": len(keep),
            "k": s.k,
            "t": s.temperature,
            "w": s.weight,
            **got,
        }
        print(dim, report["sizes"][str(dim)], flush=True)
    top = found[max(DIMS)][0]
    dim = min(d for d in DIMS if found[d][0] >= top - TOLERANCE)
    _, s, bank = found[dim]
    stored = bank["q"].astype(np.float32) * bank["scale"][:, None]
    ex = DomainExemplars(bank["mean"], bank["components"], stored, bank["labels"], 2, s)
    b = blended(ex, head, emb)
    th = max(probe.threshold(b[m], y[m]) for m in (~hand, hand))
    shift = math.log(POLICY / (1 - POLICY)) - math.log(th / (1 - th))
    np.savez(models / FILE, **bank)
    compress_tokenizer(models, ml)
    ml["jailbreak_exemplars"] = {
        "file": FILE,
        "k": s.k,
        "temperature": s.temperature,
        "weight": s.weight,
        "shift": round(shift, 6),
        "validation": {
            "dims": dim,
            "rows": len(bank["labels"]),
            "raw_threshold": round(th, 6),
            "head_recall_at_1pct_fpr": report["head"],
            "blend_recall_at_1pct_fpr": report["sizes"][str(dim)],
            "sizes": report["sizes"],
            "english_rows": int((~hand).sum()),
            "hand_rows": int(hand.sum()),
        },
    }
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = [n for n in json.loads((models / "manifest.json").read_text())["files"]]
    names = [ml["tokenizer"] if n == ml["tokenizer"].removesuffix(".gz") else n for n in names]
    write_manifest(models, list(dict.fromkeys([*names, FILE])))
    print(json.dumps(ml["jailbreak_exemplars"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
