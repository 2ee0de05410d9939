"""Candidate T3's extra term for the pooled branch (docs/classifiers.md, "Anchored to the
shipped model: candidate T3"): on every training row of the shipped recipe's sources, the
divergence of the candidate's domain and jailbreak outputs from the shipped pooled branch's
(the same frozen layer-5 states in, so the shipped outputs are one layer away). The rows of
the candidate rounds (structured, soft, imperative, notice, rule-attack) get their labels
only, so the new data moves what it was written for and the rest stays where it was.

Only with ``PRISM_TRAIN_ANCHOR=W`` (W > 0) in ``classifiers.training.train``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import torch
from torch.nn import functional as F

from classifiers.training.data_domain import Example
from classifiers.training.model import PrismNet

# sources that only the candidate rounds add (train.all_examples' PRISM_TRAIN_* flags)
CANDIDATE_ROUND_SOURCES = frozenset(
    {
        "structured-benign",
        "structured-inj",
        "soft-inj",
        "soft-benign",
        "imperative-benign",
        "notice-benign",
        "rule-attack",
    }
)
SHIPPED_FLOAT = Path(__file__).resolve().parents[2] / "models" / "prism_signals.float.onnx"

# (domain logits, jailbreak logits, h, mask, the batch's item indices) -> loss
PooledAnchor = Callable[
    [torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, list[int]], torch.Tensor
]


def shipped_anchor(
    shipped: PrismNet,
    examples: list[Example],
    weight: float,
    label_only: frozenset[str] = CANDIDATE_ROUND_SOURCES,
) -> PooledAnchor:
    """A batch's item indices are rows of ``examples`` (``train`` encodes every row); rows of
    the ``label_only`` sources are not anchored."""
    keep_row = [e.source not in label_only for e in examples]
    shipped.eval()

    def term(
        d_logits: torch.Tensor,
        j_logits: torch.Tensor,
        h: torch.Tensor,
        mask: torch.Tensor,
        batch: list[int],
    ) -> torch.Tensor:
        keep = torch.tensor([keep_row[i] for i in batch])
        if not keep.any():
            return torch.zeros(())
        with torch.no_grad():
            d_ship, j_ship = shipped.pooled(h[keep], mask[keep])
        target = d_ship.log_softmax(-1)
        dom = (target.exp() * (target - d_logits[keep].log_softmax(-1))).sum(-1).mean()
        jb = F.binary_cross_entropy_with_logits(j_logits[keep], torch.sigmoid(j_ship))
        jb = jb - F.binary_cross_entropy_with_logits(j_ship, torch.sigmoid(j_ship))
        return weight * (dom + jb)

    return term


def load_shipped_anchor(examples: list[Example], weight: float) -> PooledAnchor:
    from classifiers.training.train_pii import net_from_float_graph  # imports train

    return shipped_anchor(net_from_float_graph(SHIPPED_FLOAT), examples, weight)
