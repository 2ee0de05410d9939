"""The branch's reading of foreign stretches inside English text, kept on an earlier head
(candidate L1s, docs/classifiers.md "Foreign stretches keep their head").

The branch graph's jailbreak head is a logistic line on the graph's ``embedding`` output
(``sigmoid(embedding . w + b)``, checked to float precision). L1a refitted that line on whole
foreign user messages; a foreign sentence inside an English text (a German instruction in an
English mail or tool result, ``MultilingualBranch.stretch_scores``) is a different reader's
job, which the earlier line did better on the opened agent sets. With ``stretch_head`` in the
branch config, those stretches are scored host-side by the stored line on the embedding the
pass returns, against the stored segment line, instead of by the graph's head: no extra pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.errors import ModelArtifactError
from classifiers.jailbreak_vote import shifted


@dataclass(frozen=True)
class StretchSettings:
    file: str
    segment_shift: float

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> StretchSettings | None:
        if not raw:
            return None
        return cls(file=str(raw["file"]), segment_shift=float(raw["segment_shift"]))


@dataclass(frozen=True)
class StretchHead:
    weight: np.ndarray  # (d,) float64
    bias: float
    segment_shift: float

    @classmethod
    def load(cls, models_dir: Path, settings: StretchSettings) -> StretchHead:
        path = models_dir / settings.file
        try:
            with np.load(path) as npz:
                w = np.asarray(npz["w"], dtype=np.float64).reshape(-1)
                b = float(np.asarray(npz["b"]).reshape(-1)[0])
        except (OSError, KeyError, ValueError) as exc:
            raise ModelArtifactError(f"stretch head {path}: {exc}") from exc
        return cls(weight=w, bias=b, segment_shift=settings.segment_shift)

    def scores(self, emb: np.ndarray) -> np.ndarray:
        """Each segment row's jailbreak probability from its embedding, segment line applied."""
        if emb.shape[1] != self.weight.shape[0]:
            raise ModelArtifactError(
                f"stretch head reads {self.weight.shape[0]} dims, the graph returns {emb.shape[1]}"
            )
        z = emb.astype(np.float64) @ self.weight + self.bias
        p = (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
        return shifted(p, self.segment_shift)
