"""Feedback for the bandit: automatic (status, latency) and explicit (`/v1/feedback`)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from extproc.policy.schema import Decision

if TYPE_CHECKING:
    from extproc.pipeline import Services


class FeedbackSettings(BaseModel):
    """How long, and for how many requests, `/v1/feedback` can still rate a request."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_entries: int = Field(
        20_000, ge=0, description="request ids remembered for feedback; 0 = none"
    )
    ttl_s: float = Field(600.0, gt=0, description="feedback older than this is ignored")


@dataclass(frozen=True)
class Routed:
    decision: Decision
    model: str
    at: float = 0.0


class FeedbackBook:
    """Recent request ids -> what was routed. Bounded by ``capacity`` (oldest forgotten
    first) and by age (``ttl_s``): entries are kept in arrival order, so expired ones are
    dropped from the front on every insert and the map plateaus at the smaller of
    ``capacity`` and ``ttl_s`` x request rate."""

    def __init__(
        self,
        capacity: int = 20_000,
        ttl_s: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = capacity
        self.ttl_s = ttl_s
        self._clock = clock
        self._items: OrderedDict[str, Routed] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: FeedbackSettings) -> FeedbackBook:
        return cls(settings.max_entries, settings.ttl_s)

    def __len__(self) -> int:
        return len(self._items)

    def remember(self, request_id: str, decision: Decision, model: str) -> None:
        if self.capacity <= 0:
            return
        now = self._clock()
        self._items.pop(request_id, None)  # a repeated id moves to the back
        self._items[request_id] = Routed(decision, model, now)
        self._expire(now)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def pop(self, request_id: str) -> Routed | None:
        routed = self._items.pop(request_id, None)
        if routed is None or self._clock() - routed.at > self.ttl_s:
            return None
        return routed

    def _expire(self, now: float) -> None:
        items = self._items
        while items:
            oldest = next(iter(items.values()))
            if now - oldest.at <= self.ttl_s:
                return
            items.popitem(last=False)


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
