"""The branch's reading of foreign stretches inside English text, kept on an earlier head
(candidate L1s, docs/classifiers.md "Foreign stretches keep their head").

The branch graph's jailbreak head is a logistic line on the graph's ``embedding`` output
(``sigmoid(embedding . w + b)``, checked to float precision). L1a refitted that line on whole
foreign user messages; a foreign sentence inside an English text (a German instruction in an
English mail or tool result, ``MultilingualBranch.stretch_scores``) is a different reader's
job, which the earlier line did better on the opened agent sets. With ``stretch_head`` in the
branch config, those stretches are scored host-side by the stored line on the embedding the
pass returns, against the stored segment line, instead of by the graph's head: no extra pass.

With ``machine_share`` (candidate L1k, docs/classifiers.md "Machine text keeps the stored
line"), a whole text the branch reads whose visible characters are at least that share
machine-shaped (``classifiers.machine_shape``: README badges, HTML, logs, ``curl`` lines,
commit headers) is read by the stored line too, its windows unshifted and its segments
against the stored segment line: such text has no language for a head fitted on people's
messages to read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.errors import ModelArtifactError
from classifiers.jailbreak_vote import shifted
from classifiers.machine_shape import machine_shaped


@dataclass(frozen=True)
class StretchSettings:
    file: str
    segment_shift: float
    machine_share: float | None = None

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> StretchSettings | None:
        if not raw:
            return None
        share = raw.get("machine_share")
        return cls(
            file=str(raw["file"]),
            segment_shift=float(raw["segment_shift"]),
            machine_share=float(share) if share is not None else None,
        )


@dataclass(frozen=True)
class StretchHead:
    weight: np.ndarray  # (d,) float64
    bias: float
    segment_shift: float
    machine_share: float | None = None

    @classmethod
    def load(cls, models_dir: Path, settings: StretchSettings) -> StretchHead:
        path = models_dir / settings.file
        try:
            with np.load(path) as npz:
                w = np.asarray(npz["w"], dtype=np.float64).reshape(-1)
                b = float(np.asarray(npz["b"]).reshape(-1)[0])
        except (OSError, KeyError, ValueError) as exc:
            raise ModelArtifactError(f"stretch head {path}: {exc}") from exc
        return cls(
            weight=w,
            bias=b,
            segment_shift=settings.segment_shift,
            machine_share=settings.machine_share,
        )

    def machine(self, texts: Sequence[str]) -> frozenset[int]:
        """The indices of ``texts`` that are machine-shaped (none without ``machine_share``)."""
        share = self.machine_share
        if share is None:
            return frozenset()
        return frozenset(i for i, t in enumerate(texts) if machine_shaped(t, share))

    def probabilities(self, emb: np.ndarray) -> np.ndarray:
        """Each row's jailbreak probability from its embedding, by the stored line."""
        if emb.shape[1] != self.weight.shape[0]:
            raise ModelArtifactError(
                f"stretch head reads {self.weight.shape[0]} dims, the graph returns {emb.shape[1]}"
            )
        z = emb.astype(np.float64) @ self.weight + self.bias
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    def scores(self, emb: np.ndarray) -> np.ndarray:
        """Each segment row's jailbreak probability from its embedding, segment line applied."""
        return shifted(self.probabilities(emb), self.segment_shift)

    def rescore_owners(
        self,
        jb: np.ndarray,
        emb: np.ndarray,
        owner: Sequence[int],
        segment: Sequence[bool],
        owners: frozenset[int],
    ) -> None:
        """Every row of ``owners`` read by the stored line, in place: whole windows as they
        are, segments against the stored segment line (L1k's machine-shaped texts)."""
        whole = [k for k, i in enumerate(owner) if i in owners and not segment[k]]
        part = [k for k, i in enumerate(owner) if i in owners and segment[k]]
        if whole:
            jb[whole] = self.probabilities(emb[whole])
        if part:
            jb[part] = self.scores(emb[part])
