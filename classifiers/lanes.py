"""The micro-batcher's two queues: interactive texts first, a long scan's texts after them.

A request whose texts would take the encoder longer than its deadline (an agent
conversation seen for the first time: dozens of tool results) is read in the *bulk* lane.
Its texts are taken only when no interactive text waits or runs, a few at a time and one
bulk batch at a time (the other batch worker stays free for interactive texts), so a short
request that arrives meanwhile waits for no bulk batch, and shares the CPU with at most
the one in flight. Which lane a text joins is the caller's context (:data:`BULK`), set by the
scan that planned the long read (``extproc/signals/long_scan.py``), so the classify calls
in between need no extra argument.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from contextvars import ContextVar
from typing import Protocol

BULK: ContextVar[bool] = ContextVar("prism_bulk_lane", default=False)
"""True while a long scan's texts are being queued: they join the bulk lane."""

BULK_BATCH_TOKENS = 256
"""A bulk batch stops growing past this many estimated tokens (at least one text): the
longest an interactive text waits behind the bulk lane is one such batch."""


class Queued(Protocol):
    tokens: int
    enqueued: float


class Lanes[T: Queued]:
    """Two FIFO lanes and one wake-up; :meth:`take` serves the interactive lane first."""

    def __init__(self) -> None:
        self.fast: deque[T] = deque()
        self.bulk: deque[T] = deque()
        self.bulk_running = False
        """A bulk batch is in flight (taken, not yet :meth:`done`)."""
        self.fast_running = 0
        """Interactive batches in flight."""
        self._ready = asyncio.Event()

    def __len__(self) -> int:
        return len(self.fast) + len(self.bulk)

    def put(self, item: T, bulk: bool) -> None:
        (self.bulk if bulk else self.fast).append(item)
        self._ready.set()

    def _work(self) -> bool:
        if self.fast:
            return True
        return bool(self.bulk) and not self.bulk_running and not self.fast_running

    async def wait(self) -> None:
        """Until there is an item this worker may take."""
        while not self._work():
            self._ready.clear()
            await self._ready.wait()

    def done(self, bulk: bool) -> None:
        """A batch :meth:`take` gave out has run."""
        if bulk:
            self.bulk_running = False
        else:
            self.fast_running -= 1
        self._ready.set()

    async def take(self, max_batch: int, max_wait_s: float, clock: Callable[[], float]) -> list[T]:
        """The next batch: interactive items (up to ``max_batch``; waiting up to
        ``max_wait_s`` after the first was queued for more), or, when none waits, bulk
        items up to :data:`BULK_BATCH_TOKENS`. The caller calls :meth:`done` once it has
        run the batch."""
        await self.wait()
        if not self.fast:
            return self._take_bulk(max_batch)
        self.fast_running += 1
        batch = [self.fast.popleft()]
        if max_wait_s == 0:
            # opportunistic: no added latency when idle; under load, what queued while the
            # previous batch ran goes into the next one
            await asyncio.sleep(0)
            self._drain_fast(batch, max_batch)
            return batch
        deadline = batch[0].enqueued + max_wait_s
        while len(batch) < max_batch:
            self._drain_fast(batch, max_batch)
            left = deadline - clock()
            if len(batch) >= max_batch or left <= 0:
                break
            self._ready.clear()
            try:
                await asyncio.wait_for(self._ready.wait(), left)
            except TimeoutError:
                self._drain_fast(batch, max_batch)
                break
        return batch

    def _drain_fast(self, batch: list[T], max_batch: int) -> None:
        while self.fast and len(batch) < max_batch:
            batch.append(self.fast.popleft())

    def _take_bulk(self, max_batch: int) -> list[T]:
        self.bulk_running = True
        batch = [self.bulk.popleft()]
        tokens = batch[0].tokens
        while self.bulk and len(batch) < max_batch:
            if tokens + self.bulk[0].tokens > BULK_BATCH_TOKENS:
                break
            item = self.bulk.popleft()
            tokens += item.tokens
            batch.append(item)
        return batch

    def drain(self) -> list[T]:
        """Every queued item, removed (on close)."""
        items = [*self.fast, *self.bulk]
        self.fast.clear()
        self.bulk.clear()
        return items
