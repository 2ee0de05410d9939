"""Shared helpers for the classifier tests: one real engine per test session."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models"
SMOKE = REPO / "tests" / "fixtures" / "classifier_smoke.jsonl"


def branch_raw(languages: list[str], **extra: object) -> dict[str, object]:
    """A minimal branch config as classifier_config.json's ``multilingual`` holds it, for
    tests of ``BranchConfig.from_json``."""
    return {
        "onnx": "m.onnx",
        "word_embeddings": "w.npz",
        "tokenizer": "t.json",
        "bos_id": 0,
        "eos_id": 2,
        "prefix": "query: ",
        "max_tokens": 128,
        "languages": languages,
        **extra,
    }


@functools.cache
def engine(precision: str = "auto") -> SignalEngine:
    """MiniLM alone (``classifiers.multilingual: false``). ``auto`` (the shipped default) is
    int8 or float depending on this machine's CPU."""
    settings = ClassifierSettings(precision=precision, multilingual=False)  # type: ignore[arg-type]
    return SignalEngine.load(settings)


@functools.cache
def multilingual_engine() -> SignalEngine:
    """The engine as shipped: the multilingual branch on (``classifiers.multilingual``)."""
    return SignalEngine.load(ClassifierSettings(multilingual=True))


def smoke_rows() -> list[dict]:
    return [json.loads(line) for line in SMOKE.read_text(encoding="utf-8").splitlines() if line]


def last_rows_vote_for_their_labels(bank_file: Path, n: int = 3) -> None:
    """A bank's last ``n`` stored rows, back in embedding space, are their own nearest
    neighbours: the vote names their labels (classifiers/domain_exemplars.py)."""
    import numpy as np

    from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
    from classifiers.labels import DOMAINS

    with np.load(bank_file) as z:
        labels = z["labels"][-n:].tolist()
        back = (z["q"][-n:].astype(np.float32) * z["scale"][-n:, None]) @ z["components"].T
        back += z["mean"]
    bank = DomainExemplars.load(
        bank_file, len(DOMAINS), ExemplarSettings(bank_file.name, 1, 0.05, 1.0)
    )
    assert bank.vote(back).argmax(axis=1).tolist() == labels


def bank_arrays(vectors: Any, labels: list[int]) -> dict[str, Any]:
    """An exemplar bank's arrays (the layout of ``domain_exemplars.py``) holding ``vectors``
    as int8 rows on identity axes, with their ``labels``."""
    import numpy as np

    d = vectors.shape[1]
    scale = (np.abs(vectors).max(axis=1) / 127.0).astype(np.float32)
    return {
        "mean": np.zeros(d, dtype=np.float32),
        "components": np.eye(d, dtype=np.float32),
        "q": np.round(vectors / scale[:, None]).astype(np.int8),
        "scale": scale,
        "labels": np.array(labels, dtype=np.uint8),
    }


def unvoted_branch() -> Any:
    """The shipped branch without its jailbreak vote and segment shift: its head's reading."""
    import dataclasses

    import onnxruntime as ort

    from classifiers.multilingual import MultilingualBranch

    cfg = multilingual_engine().cfg.multilingual
    assert cfg is not None
    base = dataclasses.replace(cfg, segment_shift=None, jailbreak_exemplars=None)
    n_domains = len(multilingual_engine().cfg.domains)
    return MultilingualBranch(MODELS, base, ort.SessionOptions(), n_domains, 4096)


def voted_branch(folder: Path, vote: Any) -> Any:
    """``unvoted_branch`` with the jailbreak vote ``vote`` (``VoteSettings``), its banks'
    files written in ``folder`` beside links to the shipped artefacts."""
    import dataclasses

    import onnxruntime as ort

    from classifiers.multilingual import MultilingualBranch

    head = unvoted_branch()
    cfg = dataclasses.replace(head.cfg, jailbreak_exemplars=vote)
    for f in MODELS.iterdir():
        if not (folder / f.name).exists():
            (folder / f.name).symlink_to(f)
    return MultilingualBranch(folder, cfg, ort.SessionOptions(), head.n_domains, 4096)
