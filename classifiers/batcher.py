"""Asyncio micro-batcher: groups concurrent classify() calls into one engine batch.

The engine call runs in a thread executor so the event loop stays free while the
ONNX session works. A batch is dispatched when it is full (``max_batch_size``) or when
its first item has waited ``max_wait_ms``."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from dataclasses import dataclass, field

from classifiers.engine import SignalEngine
from classifiers.errors import ClassifierError
from classifiers.types import Signals


@dataclass
class _Item:
    text: str
    future: asyncio.Future[Signals]
    enqueued: float = field(default_factory=time.perf_counter)


class MicroBatcher:
    def __init__(
        self,
        engine: SignalEngine,
        max_batch_size: int,
        max_wait_ms: float,
        executor: concurrent.futures.Executor | None = None,
        workers: int = 1,
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
        self._queue: asyncio.Queue[_Item] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False
        # metrics
        self.batches = 0
        self.items = 0
        self.last_batch_size = 0
        self.last_queue_wait_ms = 0.0
        self.max_batch_seen = 0

    def _ensure_worker(self) -> asyncio.Queue[_Item]:
        if self._queue is None:
            self._queue = asyncio.Queue()
        self._tasks = [t for t in self._tasks if not t.done()]
        loop = asyncio.get_running_loop()
        while len(self._tasks) < self._workers:
            self._tasks.append(loop.create_task(self._run()))
        return self._queue

    async def classify(self, text: str) -> Signals:
        if self._closed:
            raise ClassifierError("MicroBatcher is closed")
        queue = self._ensure_worker()
        fut: asyncio.Future[Signals] = asyncio.get_running_loop().create_future()
        await queue.put(_Item(text, fut))
        return await fut

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
            if not live:
                continue
            now = time.perf_counter()
            self.last_queue_wait_ms = max((now - it.enqueued) * 1000.0 for it in live)
            self.batches += 1
            self.items += len(live)
            self.last_batch_size = len(live)
            self.max_batch_seen = max(self.max_batch_seen, len(live))
            try:
                results = await loop.run_in_executor(
                    self._executor, self._engine.classify_batch, [it.text for it in live]
                )
            except Exception as exc:  # propagate to every waiter of this batch
                for it in live:
                    if not it.future.done():
                        it.future.set_exception(exc)
                continue
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
                if not it.future.done():
                    it.future.set_exception(ClassifierError("MicroBatcher closed"))
        if self._own_executor:
            self._executor.shutdown(wait=False)
