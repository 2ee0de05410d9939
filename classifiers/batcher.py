"""Asyncio micro-batcher: groups concurrent classify() calls into one engine batch.

The engine call runs in a thread executor so the event loop stays free while the
ONNX session works. A batch is dispatched when it is full (``max_batch_size``) or when
its first item has waited ``max_wait_ms``.

Admission control: the texts waiting or running are bounded by ``max_queue_requests`` and
by ``max_queue_tokens`` (estimated, :func:`estimate_tokens`). A text that would exceed a
bound is refused at once with :class:`ClassifierOverloaded` instead of queueing into a
timeout; a lone text is always admitted, however long, so a long prompt is never refused
on an idle classifier. A text leaves the account when its batch finished, or when it is
skipped because its caller gave up."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from dataclasses import dataclass, field

from classifiers.engine import SignalEngine
from classifiers.errors import ClassifierError, ClassifierOverloaded
from classifiers.types import Signals


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
        self._queue: asyncio.Queue[_Item] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False
        # metrics
        self.batches = 0
        self.items = 0
        self.last_batch_size = 0
        self.last_queue_wait_ms = 0.0
        self.max_batch_seen = 0
        self.pending_requests = 0  # admitted texts waiting or running
        self.pending_tokens = 0
        self.shed_requests = 0  # refused by admission control, by bound
        self.shed_tokens = 0

    def _ensure_worker(self) -> asyncio.Queue[_Item]:
        if self._queue is None:
            self._queue = asyncio.Queue()
        self._tasks = [t for t in self._tasks if not t.done()]
        loop = asyncio.get_running_loop()
        while len(self._tasks) < self._workers:
            self._tasks.append(loop.create_task(self._run()))
        return self._queue

    async def classify(self, text: str, pii_only: bool = False) -> Signals:
        """``text``'s signals; ``pii_only``: see ``SignalEngine.classify_batch``."""
        if self._closed:
            raise ClassifierError("MicroBatcher is closed")
        tokens = estimate_tokens(text)
        self._admit(tokens)
        queue = self._ensure_worker()
        fut: asyncio.Future[Signals] = asyncio.get_running_loop().create_future()
        self.pending_requests += 1
        self.pending_tokens += tokens
        queue.put_nowait(_Item(text, fut, tokens, pii_only=pii_only))
        return await fut

    def _admit(self, tokens: int) -> None:
        if self.pending_requests == 0:
            return  # a lone text is always admitted
        if self._max_requests and self.pending_requests >= self._max_requests:
            self.shed_requests += 1
            raise ClassifierOverloaded(
                f"classifier queue full ({self.pending_requests} requests)", self._retry_after_s
            )
        if self._max_tokens and self.pending_tokens + tokens > self._max_tokens:
            self.shed_tokens += 1
            raise ClassifierOverloaded(
                f"classifier queue full ({self.pending_tokens} tokens)",
                self._retry_after_s,
                "tokens",
            )

    def _release(self, items: list[_Item]) -> None:
        self.pending_requests -= len(items)
        self.pending_tokens -= sum(it.tokens for it in items)

    async def _collect(self, queue: asyncio.Queue[_Item]) -> list[_Item]:
        first = await queue.get()
        batch = [first]
        if self._max_wait == 0:
            # Opportunistic batching: no added latency when idle; under load, everything
            # that queued while the previous batch ran goes into the next one.
            await asyncio.sleep(0)
            while len(batch) < self._max_batch and not queue.empty():
                batch.append(queue.get_nowait())
            return batch
        deadline = first.enqueued + self._max_wait
        while len(batch) < self._max_batch:
            try:
                batch.append(queue.get_nowait())
                continue
            except asyncio.QueueEmpty:
                pass
            left = deadline - time.perf_counter()
            if left <= 0:
                break
            try:
                batch.append(await asyncio.wait_for(queue.get(), timeout=left))
            except TimeoutError:
                break
        return batch

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            batch = await self._collect(self._queue)
            live = [it for it in batch if not it.future.done()]
            self._release([it for it in batch if it.future.done()])  # callers gave up
            if not live:
                continue
            now = time.perf_counter()
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
            except Exception as exc:  # propagate to every waiter of this batch
                for it in live:
                    if not it.future.done():
                        it.future.set_exception(exc)
                continue
            finally:
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
        if self._queue is not None:
            while not self._queue.empty():
                it = self._queue.get_nowait()
                self._release([it])
                if not it.future.done():
                    it.future.set_exception(ClassifierError("MicroBatcher closed"))
        if self._own_executor:
            self._executor.shutdown(wait=False)
