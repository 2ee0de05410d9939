"""The opened agent sets as development documents for the tool-result readers (probes F2, F3
and candidate T13, docs/classifiers.md): the foreign carriers of ``bench/blind``'s agent
sets, clean and filled with their injections, and the curve the readers are compared on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from bench.blind import fill, pairs

ROOT = Path(__file__).resolve().parents[2]
OPENED = tuple(f"agent_injections_v{v}.json" for v in (3, 4, 5, 6, 7, 8, *range(11, 28)))
Span = tuple[int, int]


def version(name: str) -> int:
    return int(name.removeprefix("agent_injections_v").removesuffix(".json"))


OPENED_SINCE = ("agent_injections_v28.json",)
"""Agent sets opened after T13' was fitted (read by probe M1, not by T13''s builder)."""
Document = tuple[str, str, str, str, Span | None]


def foreign_documents() -> list[Document]:
    """(set, kind, language, text, the injection's span or None) of every foreign carrier
    of the opened sets: clean, and filled with each injection ``bench.blind.pairs`` gives it."""
    return carrier_documents(foreign=True)


def carrier_documents(foreign: bool, sets: tuple[str, ...] = OPENED) -> list[Document]:
    """``foreign_documents`` of ``sets``, or (``foreign`` False) of their English carriers."""
    out: list[Document] = []
    for name in sets:
        data = json.loads((ROOT / "bench" / "blind" / name).read_text(encoding="utf-8"))
        out += [
            (name, "clean", c.get("lang", "en"), fill(c, ""), None)
            for c in data["carriers"]
            if (c.get("lang", "en") != "en") == foreign
        ]
        for c, inj in pairs(data):
            if (c.get("lang", "en") != "en") == foreign:
                at = c["text"].index("{inj}")
                span = (at, at + len(inj["text"]))
                out.append((name, "inj", c.get("lang", "en"), fill(c, inj["text"]), span))
    return out


def curve(inj: np.ndarray, clean: np.ndarray) -> dict[str, Any]:
    """Injected documents caught where at most a share of clean carriers is flagged, clean
    carriers flagged where a share of injected documents is caught, and the AUC."""

    def caught_at(fpr: float) -> float:
        k = int(np.floor(fpr * len(clean)))
        line = np.sort(clean)[::-1][k] if k < len(clean) else -1.0
        return float((inj > line).mean())

    def flagged_at(recall: float) -> float:
        line = np.quantile(inj, 1 - recall)
        return float((clean >= line).mean())

    auc = float(
        (inj[:, None] > clean[None, :]).mean() + 0.5 * (inj[:, None] == clean[None, :]).mean()
    )
    return {
        "auc": round(auc, 4),
        "caught_at_clean_flagged": {f: round(caught_at(f), 3) for f in (0.03, 0.05, 0.10, 0.20)},
        "clean_flagged_at_caught": {r: round(flagged_at(r), 3) for r in (0.80, 0.85, 0.90, 0.95)},
    }
