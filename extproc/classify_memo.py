"""A bounded memo of classifier outputs, keyed by sha256(model version + text).

An agent resends its whole conversation every turn; with the memo, only the messages it has
not sent before reach the encoder. Least recently used entries go first once ``max_entries``
is reached; ``0`` turns the memo off. The key includes the model version, so new weights
never serve an old result.

A message that only a PII policy reads (a system prompt, an assistant turn) is classified
with ``pii_only`` (no sentence segments, no multilingual branch: ``read_pii``) and stored
under a key of its own; a full result of the same text serves it too, never the reverse.

Work once started is kept: a text's classification runs as its own task, and a request that
gives up on it (its signal deadline passed, the client went away) leaves it running; the
result is stored when it lands. A long agent conversation that does not fit one request's
deadline is then refused (503 + ``retry-after``) only until its messages are classified,
and its retry, or its next turn, pays only for what is still missing. A text already being
classified for another request is awaited, not classified twice. The work in flight stays
bounded by the classifier's admission bounds (a text it refuses is not started).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from extproc.signals.base import ClassifierOutput, Classify

ClassifyPii = Callable[[str, bool], Awaitable[ClassifierOutput]]


class ClassifyMemo:
    def __init__(
        self,
        classify: Classify,
        version: str,
        max_entries: int,
        classify_pii: ClassifyPii | None = None,
    ) -> None:
        self._classify = classify
        self._classify_pii = classify_pii
        self._prefix = version.encode() + b"\x00"
        self._pii_prefix = version.encode() + b"\x00pii\x00"
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, ClassifierOutput] = OrderedDict()
        self._running: dict[bytes, asyncio.Future[ClassifierOutput]] = {}
        self.hits = 0
        self.misses = 0
        self.joined = 0  # texts already being classified for another request

    def __len__(self) -> int:
        return len(self._entries)

    def key(self, text: str, pii_only: bool = False) -> bytes:
        prefix = self._pii_prefix if pii_only else self._prefix
        return hashlib.sha256(prefix + text.encode("utf-8", "surrogatepass")).digest()

    def knows(self, text: str, pii_only: bool = False) -> bool:
        """Whether ``text``'s output is stored (it would cost no encoder work)."""
        if self.max_entries <= 0:
            return False
        keys = [self.key(text)] + ([self.key(text, True)] if pii_only else [])
        return any(k in self._entries for k in keys)

    async def read_pii(self, text: str) -> ClassifierOutput:
        """``text``'s output for a PII policy alone: a stored or running full result if
        there is one, else a ``pii_only`` classification (``SignalEngine.classify_batch``)."""
        if self._classify_pii is None:
            return await self(text)
        if self.max_entries <= 0:
            return await self._classify_pii(text, True)
        full = self.key(text)
        if full in self._entries or full in self._running:
            return await self(text)
        return await self._lookup(self.key(text, True), lambda: self._pii(text))

    def _pii(self, text: str) -> Awaitable[ClassifierOutput]:
        assert self._classify_pii is not None
        return self._classify_pii(text, True)

    async def __call__(self, text: str) -> ClassifierOutput:
        if self.max_entries <= 0:
            return await self._classify(text)
        return await self._lookup(self.key(text), lambda: self._classify(text))

    async def _lookup(
        self, key: bytes, start: Callable[[], Awaitable[ClassifierOutput]]
    ) -> ClassifierOutput:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
            self.hits += 1
            return found
        running = self._running.get(key)
        if running is None:
            self.misses += 1
            running = asyncio.ensure_future(start())
            self._running[key] = running
            running.add_done_callback(functools.partial(self._settle, key))
        else:
            self.joined += 1
        # shielded: a caller that gives up does not cancel the work other callers (or its
        # own retry) will want
        return await asyncio.shield(running)

    def _settle(self, key: bytes, done: asyncio.Future[ClassifierOutput]) -> None:
        self._running.pop(key, None)
        if done.cancelled() or done.exception() is not None:
            return  # a failure stores nothing (and is raised to whoever still waits)
        self._entries[key] = done.result()
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
