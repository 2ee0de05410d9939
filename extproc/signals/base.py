"""Signal results and the classifier interface the ML signals read."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from extproc.surfaces.base import Message


@dataclass(frozen=True)
class SignalResult:
    name: str
    kind: str
    matched: bool
    confidence: float = 0.0
    value: Any = None
    latency_ms: float = 0.0
    error: str = ""
    message: str = ""
    """For a matched ML signal: the message that fired it, ``where:role`` (e.g.
    ``messages[3]:tool``: the wire body's ``messages[3]``, a tool result)."""

    def public(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "matched": self.matched,
            "confidence": round(self.confidence, 4),
            "latency_ms": round(self.latency_ms, 3),
        }
        if self.value is not None:
            out["value"] = self.value
        if self.error:
            out["error"] = self.error
        if self.message:
            where, _, role = self.message.rpartition(":")
            index = re.search(r"\[(\d+)\]", where)
            out["message"] = {
                "index": int(index.group(1)) if index else None,
                "role": role,
                "where": where,
            }
        return out


@dataclass(frozen=True)
class SignalInput:
    user_text: str
    conversation_text: str
    requested_model: str
    headers: dict[str, str]
    extras: dict[str, Any] = field(default_factory=dict)
    messages: Sequence[Message] = ()
    """Every message of the request, for the ML signals' scopes."""


class DomainOut(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def probs(self) -> dict[str, float]: ...


class JailbreakOut(Protocol):
    @property
    def jailbreak_probability(self) -> float: ...


class PiiOut(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


class ClassifierOutput(Protocol):
    """What the shared-encoder classifier returns for one text (classifiers.types.Signals)."""

    @property
    def domain(self) -> DomainOut: ...
    @property
    def jailbreak(self) -> JailbreakOut: ...
    @property
    def pii(self) -> Sequence[PiiOut]: ...
    @property
    def embedding(self) -> np.ndarray: ...


Classify = Callable[[str], Awaitable[ClassifierOutput]]
Embed = Callable[[Sequence[str]], np.ndarray]
