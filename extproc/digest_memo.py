"""A bounded LRU of small values keyed by a digest of a text: remembers what was computed
about long texts (an agent resends them every turn) without holding the texts."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class DigestMemo[V]:
    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries  # 0: nothing is remembered
        self._entries: OrderedDict[bytes, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get_or(self, text: str, compute: Callable[[str], V]) -> V:
        """``compute(text)``, from the memo when ``text`` was seen (least recently used out)."""
        key = digest(text)
        got = self._entries.get(key)
        if got is not None:
            self._entries.move_to_end(key)
            return got
        value = compute(text)
        if self.max_entries > 0:
            self._entries[key] = value
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value
