"""Asyncio micro-batcher: groups concurrent classify() calls into one engine batch.

The engine call runs in a thread executor so the event loop stays free while the
ONNX session works. A batch is dispatched when it is full (``max_batch_size``) or when
its first item has waited ``max_wait_ms``.

Admission control: the texts waiting or running are bounded by ``max_queue_requests``, by
``max_queue_tokens`` (estimated, :func:`estimate_tokens`) and by the time they are expected
to take (``max_wait_s``, at the measured throughput). A text that would exceed a bound is
refused at once with :class:`ClassifierOverloaded` instead of queueing into a timeout; a
lone text is always admitted, however long, so a long prompt is never refused on an idle
classifier. A text leaves the account when its batch finished, or when it is
skipped because its caller gave up.

A long scan's texts (``classifiers/lanes.py``: the caller's context says so) join the bulk
lane instead: the request was admitted as a whole, by time (:meth:`MicroBatcher.admit_bulk`), its
texts are not counted against the interactive bounds, and they are read only when no
interactive text waits or runs. The batcher measures its own throughput (estimated tokens per
second of engine time, over batches that ran with no other in flight) so that a scan can
tell how long its own texts will take (:meth:`MicroBatcher.expected_s`)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from dataclasses import dataclass, field

from classifiers.engine import SignalEngine
from classifiers.errors import ClassifierError, ClassifierOverloaded
from classifiers.lanes import BULK, Lanes
from classifiers.types import Signals

INITIAL_TOKENS_PER_S = 3000.0
"""Throughput assumed before the first batch is measured (two CPU cores' order of magnitude:
errs towards treating a request as long)."""


def estimate_tokens(text: str) -> int:
    """Encoder tokens a text costs, estimated without tokenising: one per 3 UTF-8 bytes
    (English runs ~4 bytes a token, CJK 3), so the estimate errs towards shedding early."""
    return len(text.encode("utf-8", "surrogatepass")) // 3 + 1


@dataclass
class _Item:
    text: str
    future: asyncio.Future[Signals]
    tokens: int = 0
    enqueued: float = field(default_factory=time.perf_counter)
    pii_only: bool = False
    bulk: bool = False


class MicroBatcher:
    def __init__(
        self,
        engine: SignalEngine,
        max_batch_size: int,
        max_wait_ms: float,
        executor: concurrent.futures.Executor | None = None,
        workers: int = 1,
        max_queue_requests: int = 0,
        max_queue_tokens: int = 0,
        retry_after_s: int = 1,
    ) -> None:
        if max_batch_size < 1:
            raise ValueError("max_batch_size must be >= 1")
        self._engine = engine
        self._max_batch = max_batch_size
        self._max_wait = max(max_wait_ms, 0.0) / 1000.0
        self._own_executor = executor is None
        self._workers = max(1, workers)
        self._executor = executor or concurrent.futures.ThreadPoolExecutor(
            max_workers=self._workers, thread_name_prefix="prism-classify"
        )
        self._max_requests = max_queue_requests  # 0 = unbounded
        self._max_tokens = max_queue_tokens  # 0 = unbounded
        self._retry_after_s = retry_after_s
        self._lanes: Lanes[_Item] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False
        # metrics
        self.batches = 0
        self.items = 0
        self.last_batch_size = 0
        self.last_queue_wait_ms = 0.0
        self.max_batch_seen = 0
        self.pending_requests = 0  # admitted texts waiting or running (both lanes)
        self.pending_tokens = 0
        self.bulk_requests = 0  # of which in the bulk lane
        self.bulk_tokens = 0
        self.tokens_per_s = INITIAL_TOKENS_PER_S  # moving average over batches run alone
        self._in_flight = 0  # batches running
        self.bulk_admitted = 0  # long scans admitted / refused by admit_bulk
        self.bulk_shed = 0
        self.shed_requests = 0  # refused by admission control, by bound
        self.shed_tokens = 0
        self.shed_wait = 0
        self.max_wait_s = 0.0
        """Shed an interactive text expected to wait longer than this (the queued
        interactive tokens and its own at the measured throughput; 0 = no such bound). The
        server sets it to the security budget: a text that would miss it makes its request
        a refusal anyway, and is better refused at once (429) than after the budget (503)."""

    def _ensure_worker(self) -> Lanes[_Item]:
        if self._lanes is None:
            self._lanes = Lanes()
        self._tasks = [t for t in self._tasks if not t.done()]
        loop = asyncio.get_running_loop()
        while len(self._tasks) < self._workers:
            self._tasks.append(loop.create_task(self._run()))
        return self._lanes

    async def classify(self, text: str, pii_only: bool = False) -> Signals:
        """``text``'s signals; ``pii_only``: see ``SignalEngine.classify_batch``."""
        if self._closed:
            raise ClassifierError("MicroBatcher is closed")
        tokens = estimate_tokens(text)
        bulk = BULK.get()
        if not bulk:
            self._admit(tokens)
        lanes = self._ensure_worker()
        fut: asyncio.Future[Signals] = asyncio.get_running_loop().create_future()
        self._count(1, tokens, bulk)
        lanes.put(_Item(text, fut, tokens, pii_only=pii_only, bulk=bulk), bulk)
        return await fut

    def _admit(self, tokens: int) -> None:
        requests = self.pending_requests - self.bulk_requests
        queued = self.pending_tokens - self.bulk_tokens
        if requests == 0:
            return  # a lone text is always admitted
        if self._max_requests and requests >= self._max_requests:
            self.shed_requests += 1
            raise ClassifierOverloaded(
                f"classifier queue full ({requests} requests)", self._retry_after_s
            )
        if self._max_tokens and queued + tokens > self._max_tokens:
            self.shed_tokens += 1
            raise ClassifierOverloaded(
                f"classifier queue full ({queued} tokens)", self._retry_after_s, "tokens"
            )
        if self.max_wait_s and self.expected_s(queued + tokens) > self.max_wait_s:
            self.shed_wait += 1
            raise ClassifierOverloaded(
                f"classifier queue too slow ({queued} tokens ahead)", self._retry_after_s, "wait"
            )

    def admit_bulk(self, tokens: int, within_s: float) -> None:
        """Admit a long scan of ``tokens`` estimated tokens as a whole, or raise
        :class:`ClassifierOverloaded`: a lone long scan is always admitted; another when the
        bulk lane, read in order, would finish it within 80 % of ``within_s`` at the
        measured throughput (it waits behind the long scans admitted before it; the rest is
        the estimate's margin)."""
        if self.bulk_tokens and self.expected_s(self.bulk_tokens + tokens) > 0.8 * within_s:
            self.bulk_shed += 1
            raise ClassifierOverloaded(
                f"the long scans ahead ({self.bulk_tokens} tokens) would not leave time for "
                "this one",
                self._retry_after_s,
                "tokens",
            )
        self.bulk_admitted += 1

    def expected_s(self, tokens: int) -> float:
        """Seconds the encoder needs for ``tokens`` estimated tokens at the measured
        throughput: the request's own work. What waits ahead of it is overload, which
        admission control answers (a request is not made long by a busy queue)."""
        return tokens / self.tokens_per_s

    def _count(self, n: int, tokens: int, bulk: bool) -> None:
        self.pending_requests += n
        self.pending_tokens += tokens
        if bulk:
            self.bulk_requests += n
            self.bulk_tokens += tokens

    def _release(self, items: list[_Item]) -> None:
        for it in items:
            self._count(-1, -it.tokens, it.bulk)

    def _measure(self, tokens: int, seconds: float) -> None:
        if tokens >= 32 and seconds > 0:
            self.tokens_per_s += 0.2 * (tokens / seconds - self.tokens_per_s)

    async def _run(self) -> None:
        assert self._lanes is not None
        lanes = self._lanes
        loop = asyncio.get_running_loop()
        while True:
            batch = await lanes.take(self._max_batch, self._max_wait, time.perf_counter)
            try:
                await self._run_batch(batch, loop)
            finally:
                lanes.done(batch[0].bulk)

    async def _run_batch(self, batch: list[_Item], loop: asyncio.AbstractEventLoop) -> None:
        live = [it for it in batch if not it.future.done()]
        self._release([it for it in batch if it.future.done()])  # callers gave up
        if not live:
            return
        now = time.perf_counter()
        self._in_flight += 1
        alone = self._in_flight == 1
        self.last_queue_wait_ms = max((now - it.enqueued) * 1000.0 for it in live)
        self.batches += 1
        self.items += len(live)
        self.last_batch_size = len(live)
        self.max_batch_seen = max(self.max_batch_seen, len(live))
        try:
            texts = [it.text for it in live]
            flags = [it.pii_only for it in live]
            results = await loop.run_in_executor(
                self._executor,
                self._engine.classify_batch,
                texts,
                flags if any(flags) else None,
            )
            if alone and self._in_flight == 1:  # the encoder's own speed, not contention's
                self._measure(sum(it.tokens for it in live), time.perf_counter() - now)
        except Exception as exc:  # propagate to every waiter of this batch
            for it in live:
                if not it.future.done():
                    it.future.set_exception(exc)
            return
        finally:
            self._in_flight -= 1
            self._release(live)
        for it, res in zip(live, results, strict=True):
            if not it.future.done():
                it.future.set_result(res)

    async def close(self) -> None:
        self._closed = True
        for task in self._tasks:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._tasks = []
        if self._lanes is not None:
            for it in self._lanes.drain():
                self._release([it])
                if not it.future.done():
                    it.future.set_exception(ClassifierError("MicroBatcher closed"))
        if self._own_executor:
            self._executor.shutdown(wait=False)
