"""Prism's classifiers: domain, jailbreak, PII and the sentence embedding, from one encoder.

Heavy modules (onnxruntime) are imported lazily by ``classifiers.engine``."""

from __future__ import annotations

from classifiers.errors import ClassifierError, ModelArtifactError
from classifiers.settings import ClassifierSettings
from classifiers.types import (
    DomainResult,
    JailbreakResult,
    PiiEntity,
    Signals,
    signals_to_public,
)

__all__ = [
    "ClassifierError",
    "ClassifierSettings",
    "DomainResult",
    "JailbreakResult",
    "ModelArtifactError",
    "PiiEntity",
    "Signals",
    "signals_to_public",
]
