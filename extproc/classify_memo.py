"""A bounded memo of classifier outputs, keyed by sha256(model version + text).

An agent resends its whole conversation every turn; with the memo, only the messages it has
not sent before reach the encoder. Least recently used entries go first once ``max_entries``
is reached; ``0`` turns the memo off. The key includes the model version, so new weights
never serve an old result.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from extproc.signals.base import ClassifierOutput, Classify


class ClassifyMemo:
    def __init__(self, classify: Classify, version: str, max_entries: int) -> None:
        self._classify = classify
        self._prefix = version.encode() + b"\x00"
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, ClassifierOutput] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def key(self, text: str) -> bytes:
        return hashlib.sha256(self._prefix + text.encode("utf-8", "surrogatepass")).digest()

    def knows(self, text: str) -> bool:
        """Whether ``text``'s output is stored (it would cost no encoder work)."""
        return self.max_entries > 0 and self.key(text) in self._entries

    async def __call__(self, text: str) -> ClassifierOutput:
        if self.max_entries <= 0:
            return await self._classify(text)
        key = self.key(text)
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
            self.hits += 1
            return found
        self.misses += 1
        output = await self._classify(text)  # a failure raises and stores nothing
        self._entries[key] = output
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return output
