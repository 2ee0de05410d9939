"""Prism's classifiers: domain, jailbreak, PII and the sentence embedding, from one encoder.

Heavy modules (onnxruntime) are imported lazily by ``classifiers.engine``."""

from __future__ import annotations

import os

# numpy's OpenBLAS would start one spinning thread per core for the few small matrix
# products on the request path (the domain exemplar vote, the in-memory cache search);
# they compete with onnxruntime's own threads and cost ~10% of classified throughput on
# 2 cores (docs/classifiers.md, "Domain exemplars"). Set before numpy loads; an operator's
# own OPENBLAS_NUM_THREADS wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

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
