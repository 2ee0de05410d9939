"""A classifier output with a given jailbreak score, for the reading's tests."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np


def fake_output(p: float) -> SimpleNamespace:
    """Domain "other", no PII, a zero embedding and jailbreak probability ``p``."""
    return SimpleNamespace(
        domain=SimpleNamespace(label="other", score=1.0, probs={}),
        jailbreak=SimpleNamespace(jailbreak_probability=p),
        pii=(),
        embedding=np.zeros(4, dtype=np.float32),
    )
