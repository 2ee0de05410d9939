"""Feedback for the bandit: automatic (status, latency) and explicit (`/v1/feedback`)."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extproc.policy.schema import Decision

if TYPE_CHECKING:
    from extproc.pipeline import Services


@dataclass(frozen=True)
class Routed:
    decision: Decision
    model: str


class FeedbackBook:
    """Recent request ids -> what was routed, bounded (oldest forgotten first)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, Routed] = OrderedDict()

    def remember(self, request_id: str, decision: Decision, model: str) -> None:
        self._items[request_id] = Routed(decision, model)
        if len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def pop(self, request_id: str) -> Routed | None:
        return self._items.pop(request_id, None)


class OutcomeRecorder:
    """On response headers: a 2xx within the latency target is a success for the bandit."""

    def __init__(self, services: Services, decision: Decision, model: str, started: float):
        self.services = services
        self.decision = decision
        self.model = model
        self.started = started

    def on_headers(self, status: int, headers: dict[str, str]) -> bool:
        latency_ms = (time.perf_counter() - self.started) * 1000
        target = self.decision.selection.latency_target_ms
        ok = 200 <= status < 300 and latency_ms <= target
        self.services.selector.feedback(self.decision, self.model, ok)
        return False

    def on_body(self, chunk: bytes, end_of_stream: bool) -> None:
        return None

    def on_finish(self, completed: bool) -> None:
        return None
