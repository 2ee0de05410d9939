"""A background coroutine run every N seconds, stopped cleanly (config watch, syncs, pushes)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable


class Periodic:
    def __init__(self, interval_s: float, tick: Callable[[], Awaitable[object]], name: str):
        self.interval_s = interval_s
        self.tick = tick
        self.name = name
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            await self.tick()

    async def stop(self) -> bool:
        """Cancel the loop and wait for it; True when it had been started."""
        if self._task is None:
            return False
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None
        return True
