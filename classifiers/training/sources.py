"""Locate the data packages installed (with --no-deps) in the training venv."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
from pathlib import Path


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"training data package {name!r} is not installed (see train.sh)")
    return Path(spec.origin).parent


def split_of(key: str, val: float = 0.1, test: float = 0.1) -> str:
    """Deterministic train/val/test split from a stable hash of ``key``."""
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    if h < test:
        return "test"
    if h < test + val:
        return "val"
    return "train"


def template_splits(train: list[str], val: list[str], key: str) -> list[tuple[str, str]]:
    """(split, template) for a hand-written data round: every ``val`` template is
    validation, one in five of the ``train`` templates (by hash of ``key`` and index) test."""
    out = [(split_of(f"{key}:{i}", val=0.0, test=0.2), t) for i, t in enumerate(train)]
    return out + [("val", t) for t in val]


def hand_split(text: str) -> str:
    """The split of a hand-written row of the multilingual branch (and of the documents of
    ``ml_structured``): one in five, by hash of the text, is validation."""
    return "val" if hashlib.sha256(text.encode()).digest()[0] % 5 == 0 else "train"


HARMLESS_ONLY = ":harmless"


def bank_only_rows(
    split: str, module: str | tuple[str, ...] = "ml_rows_roleplay"
) -> tuple[list[str], list[int]]:
    """Rows written for the bank alone (candidate X3: harmful role-play and persona attacks
    with close harmless role-plays in eleven languages, ``ml_rows_roleplay``), or the rows
    module(s) ``module`` of ``classifiers/training`` (candidate L1: ``ml_rows_lookalike``),
    in the order given; a name ending in ``HARMLESS_ONLY`` gives its harmless rows alone
    (candidate L1h). The heads never trained on them. One in five, by hash, is validation
    (``hand_split``)."""
    names = (module,) if isinstance(module, str) else module
    source = [
        row
        for name in names
        for row in importlib.import_module(
            f"classifiers.training.{name.removesuffix(HARMLESS_ONLY)}"
        ).ROWS
        if not (name.endswith(HARMLESS_ONLY) and row[2] == "jailbreak")
    ]
    rows = [(t, int(lab == "jailbreak")) for _, _, lab, t in source if hand_split(t) == split]
    return [t for t, _ in rows], [y for _, y in rows]
