"""Keyword signals: patterns found in the scoped messages, each message searched once.

A keyword signal reads the text as sent plus what normalising and decoding revealed
(``normalize(text).readable()``). Its patterns are searched per message: a pattern matches
when one message holds it (a match cannot span two messages). ``match: all`` needs every
pattern somewhere in the scope, not necessarily in one message.

An agent resends its whole conversation every turn, and searching 8k tokens of tool results
with every pattern on every request is event-loop time that grows with the conversation.
Each signal therefore keeps a bounded memo of what it found per message text (least
recently used first out, keyed by a digest so that no text is held): the next turn searches
only its new messages. The memo lives as long as the config generation that compiled the
patterns.
"""

from __future__ import annotations

import re
from typing import Any

from extproc.digest_memo import DigestMemo
from extproc.signals.base import SignalInput
from extproc.signals.normalize import normalize
from extproc.surfaces.base import select

MEMO_ENTRIES = 4096
"""Message texts remembered per keyword signal (a 16-byte key and two small sets each)."""

Found = tuple[frozenset[int], frozenset[int]]
"""(patterns found in what the text says, patterns found in the text as sent), by index."""


class KeywordCheck:
    """The check of one keyword signal (``signals.keyword[]`` in the config)."""

    def __init__(self, defn: Any, memo_entries: int = MEMO_ENTRIES) -> None:
        flags = 0 if defn.case_sensitive else re.IGNORECASE
        self.scope: str = defn.scope
        self.patterns = [
            re.compile(p if defn.regex else re.escape(p), flags) for p in defn.patterns
        ]
        self.need_all = defn.match == "all"
        self._memo: DigestMemo[Found] = DigestMemo(memo_entries)
        self.searched = 0  # texts searched (memo misses), for tests and debugging

    def texts(self, inp: SignalInput) -> list[str]:
        if self.scope == "last_user":
            return [inp.user_text]
        if self.scope == "conversation" or not inp.messages:
            return [inp.conversation_text]
        return [m.text for m in select(list(inp.messages), self.scope)]  # type: ignore[arg-type]

    def found(self, text: str) -> Found:
        return self._memo.get_or(text, self._search)

    def _search(self, text: str) -> Found:
        self.searched += 1
        readable = normalize(text).readable()
        said = frozenset(i for i, p in enumerate(self.patterns) if p.search(readable))
        if readable == text:
            return said, said
        return said, frozenset(i for i in said if self.patterns[i].search(text))

    def __call__(self, inp: SignalInput) -> tuple[bool, float, Any]:
        said: set[int] = set()
        sent: set[int] = set()
        for text in self.texts(inp):
            a, b = self.found(text)
            said |= a
            sent |= b
        return self.verdict(said, sent)

    def verdict(self, said: set[int], sent: set[int]) -> tuple[bool, float, Any]:
        hits = [p.pattern for i, p in enumerate(self.patterns) if i in said]
        ok = len(said) == len(self.patterns) if self.need_all else bool(said)
        if not ok:
            return False, 0.0, hits or None
        if not said <= sent:  # explain: read (decoded, revealed), not sent as such
            return True, 1.0, {"patterns": hits, "decoded": True}
        return True, 1.0, hits
