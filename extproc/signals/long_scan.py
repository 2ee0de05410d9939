"""A security pass with more to read than its deadline allows: one long scan, not retries.

An agent conversation seen for the first time brings dozens of messages nobody has read
(tool results, earlier turns): on two CPU cores an 8k-token one is several seconds of
encoder work, against a security budget of 800 ms. Refusing it (503, ``retry-after``) made
the client retry until the classifier memo held every message; that took four tries, one
more than the official OpenAI and Anthropic clients make.

Instead, when the texts still to read would take longer than half the budget at the
classifier's measured throughput, the scan is planned long:

* the request is admitted to the classifier's bulk lane as a whole
  (``MicroBatcher.admit_bulk``: when alone, or when the long scans ahead of it leave time
  to read it within the extended deadline; else 429 with ``retry-after``, at once), and
  its texts are read only while no interactive text waits or runs
  (``classifiers/lanes.py``), so short requests keep their latency meanwhile;
* Envoy's timer for this message is extended once, to ``envoy.max_message_timeout_ms``
  (``extproc/message_timer.py``), and each text may wait until shortly before it runs out.

Without a bulk lane (no classifier batcher), outside an ext_proc body (``/v1/explain``) or
with ``max_message_timeout_ms: 0``, nothing changes: the security budget holds and a scan
that misses it fails closed, as before.
"""

from __future__ import annotations

import time
from contextvars import Token
from dataclasses import dataclass, field
from typing import Protocol

from classifiers.errors import ClassifierOverloaded
from classifiers.lanes import BULK
from extproc.message_timer import CURRENT

MARGIN_S = 0.2
"""Prism answers this long before Envoy's extended timer runs out (Envoy's own timeout
answers without the caller's error shape)."""


class BulkLane(Protocol):
    def admit_bulk(self, tokens: int, within_s: float) -> None: ...

    def expected_s(self, tokens: int) -> float: ...


@dataclass
class Budget:
    """How long a scan's texts may wait for the classifier; a long scan moves it."""

    seconds: float
    deadline: float = 0.0
    """``time.perf_counter()`` by which a long scan must be done (0: not long)."""
    retry_after_s: int = 0
    """Set when the bulk lane refused the scan."""
    _bulk: Token[bool] | None = field(default=None, repr=False)

    @property
    def long(self) -> bool:
        return self.deadline > 0

    def left(self) -> float:
        """Seconds a text queued now may wait."""
        if not self.long:
            return self.seconds
        return max(self.deadline - time.perf_counter(), 0.001)

    def start_long(self, seconds: float) -> None:
        """Become a long scan with ``seconds`` from now, in the bulk lane."""
        self.deadline = time.perf_counter() + seconds
        self.resume()

    def resume(self) -> None:
        """Queue into the bulk lane again (a long scan's deferred part)."""
        if self.long and self._bulk is None:
            self._bulk = BULK.set(True)

    def end(self) -> None:
        """Leave the bulk lane (texts queued from here on are interactive again)."""
        if self._bulk is not None:
            BULK.reset(self._bulk)
            self._bulk = None


def plan(lane: BulkLane | None, budget: Budget, tokens: int) -> str:
    """Plan a security scan with ``tokens`` estimated tokens still to read: "" (go on,
    long or not) or "overloaded" (the bulk lane is full: the request is shed)."""
    timer = CURRENT.get()
    if lane is None or timer is None or timer.max_s <= budget.seconds:
        return ""
    if lane.expected_s(tokens) <= budget.seconds / 2:
        return ""
    granted = timer.extend(timer.max_s)
    if granted <= MARGIN_S:
        return ""  # this message's one extension is spent: the budget holds
    try:
        lane.admit_bulk(tokens, granted - MARGIN_S)
    except ClassifierOverloaded as exc:
        budget.retry_after_s = exc.retry_after_s
        return "overloaded"
    budget.start_long(granted - MARGIN_S)
    return ""
