"""The sealed and opened sets, and how an agent-injection set becomes texts (shared by
``bench.blind_scan`` and the training probes, so it imports nothing heavy)."""

from __future__ import annotations

from typing import Any

# Carrier c is paired with injection i when (c + i) % STRIDE == 0: with 28 carriers and 33
# injections every injection lands in two carriers (66 pairs, 330 conversations).
STRIDE = 14


def fill(carrier: dict[str, Any], injection: str) -> str:
    # str.replace, not str.format: JSON and code carriers contain braces of their own.
    return carrier["text"].replace("{inj}", injection.replace('"', "'"))


def pairs(data: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [
        (c, inj)
        for ci, c in enumerate(data["carriers"])
        for ii, inj in enumerate(data["injections"])
        if (ci + ii) % STRIDE == 0
    ]
