"""Shared helpers for the classifier tests: one real engine per test session."""

from __future__ import annotations

import functools
import json
from pathlib import Path

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
