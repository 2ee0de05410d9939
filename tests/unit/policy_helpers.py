"""Config builders and a stand-in classifier output for policy unit tests.

The stand-in returns fixed signals so that each rule and plugin is tested in isolation;
the real ONNX classifier is exercised by the classifier tests and the e2e tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import yaml

from extproc.config import DEFAULT_CONFIG_PATH, PrismConfig, parse_config


def base_config(**overrides: Any) -> dict[str, Any]:
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    data.update(overrides)
    return data


def config_with(**overrides: Any) -> PrismConfig:
    return parse_config(base_config(**overrides))


@dataclass
class Domain:
    label: str = "other"
    score: float = 0.9
    probs: dict[str, float] = field(default_factory=dict)


@dataclass
class Jailbreak:
    jailbreak_probability: float = 0.01
    tool_result_probability: float | None = None


@dataclass
class Span:
    type: str
    start: int
    end: int
    score: float = 0.95


@dataclass
class FakeOutput:
    domain: Domain = field(default_factory=Domain)
    jailbreak: Jailbreak = field(default_factory=Jailbreak)
    pii: list[Span] = field(default_factory=list)
    embedding: np.ndarray = field(default_factory=lambda: unit(0))


def unit(i: int, dim: int = 384) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[i] = 1.0
    return v


async def benign_classify(text: str) -> FakeOutput:
    """A classifier that finds nothing: no jailbreak, no PII, the first domain."""
    return FakeOutput()
