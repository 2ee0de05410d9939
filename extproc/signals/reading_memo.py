"""A bounded memo of message readings, so an agent's next turn reads only its new messages.

The classifier's memo (``extproc/classify_memo.py``) spares the encoder; what it does not
spare is the host-side reading around it (``extproc/signals/reading.py``): normalising each
message, decoding what it encodes, telling its language and applying operator exemplars,
about half a millisecond per message. An agent resends its whole conversation every turn,
so on a 50-message conversation that was most of a turn's cost once the encoder work was
memoised. This memo keeps the finished reading of each text.

It belongs to one ``SignalEvaluator``, which is rebuilt on every configuration reload, so
new operator exemplars never meet an old reading; the classifier's weights change only with
a restart. Least recently used entries go first once ``max_entries`` readings or
``max_chars`` characters of text are held (a reading holds its text about twice: as sent and
normalised), so its memory stays bounded whatever the message sizes; ``0`` turns it off. A
failed reading is never stored.
"""

from __future__ import annotations

from collections import OrderedDict

from extproc.signals.reading import Reading

DEFAULT_ENTRIES = 2048
DEFAULT_CHARS = 4_000_000  # ~16 MB of text at most (str of mixed scripts, twice)


class ReadingMemo:
    def __init__(self, max_entries: int = DEFAULT_ENTRIES, max_chars: int = DEFAULT_CHARS) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self.chars = 0
        self._entries: OrderedDict[tuple[bool, str], Reading] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def has(self, text: str, pii_only: bool) -> bool:
        """Whether ``get`` would find it (no hit or miss counted)."""
        return (pii_only, text) in self._entries

    def get(self, text: str, pii_only: bool) -> Reading | None:
        key = (pii_only, text)
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return found

    def put(self, text: str, pii_only: bool, reading: Reading) -> None:
        if self.max_entries <= 0 or len(text) > self.max_chars:
            return
        key = (pii_only, text)
        if key not in self._entries:
            self.chars += len(text)
        self._entries[key] = reading
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries or self.chars > self.max_chars:
            (_, old), _ = self._entries.popitem(last=False)
            self.chars -= len(old)
