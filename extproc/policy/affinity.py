"""Session affinity: the turns of one conversation stay on one model.

A session is named by the client (``x-session-id`` by default) or, when it sends none, by a
hash of the tenant and the conversation's opening (first system and first user message),
which every later turn repeats. While a session's decision stays the same, its model is kept
(weighted and bandit selection included) unless the newly chosen model is better by more than
``switch_margin`` (static and cost selection: its quality; bandit: its expected success rate;
weighted selection ranks no model above another, so a session never moves), or the kept model
no longer fits the prompt. Entries expire after
``ttl_s`` idle and at most ``max_sessions`` are kept (least recently used dropped first), so
memory is bounded whatever the traffic. Per replica: a session that lands on another replica
starts again there.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from extproc import headers as hdr

if TYPE_CHECKING:  # selection imports the config, which imports these settings
    from extproc.policy.selection import Candidate

MAX_KEY_CHARS = 256


class AffinitySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = False
    header: str = Field(hdr.SESSION_ID, description="the client's session id header")
    derive: bool = Field(True, description="without the header, key on the opening messages")
    ttl_s: float = Field(1800.0, gt=0, description="an idle session is forgotten after this")
    max_sessions: int = Field(100_000, ge=1, description="bound on remembered sessions")
    switch_margin: float = Field(
        0.15, ge=0, le=1, description="switch only to a model this much better in quality"
    )


@dataclass
class _Entry:
    decision: str
    model: str
    expires: float


def session_key(
    settings: AffinitySettings, headers: dict[str, str], tenant: str, opening: tuple[str, str]
) -> str | None:
    """The session's key, or None when the request names none and cannot be tied to one."""
    given = headers.get(settings.header.lower(), "").strip()
    if given:
        return "h:" + tenant + "\x00" + given[:MAX_KEY_CHARS]
    system, first_user = opening
    if not settings.derive or not first_user:
        return None
    digest = hashlib.sha256("\x00".join((tenant, system, first_user)).encode()).hexdigest()
    return "d:" + digest[:32]


class SessionAffinity:
    """Bounded LRU + TTL map: session -> (decision, model)."""

    def __init__(
        self,
        settings: AffinitySettings,
        clock: Callable[[], float] = time.monotonic,
        on_result: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.on_result = on_result  # "kept" or "switched", for metrics
        self._items: OrderedDict[str, _Entry] = OrderedDict()
        self.kept = 0
        self.switched = 0

    def __len__(self) -> int:
        return len(self._items)

    def choose(
        self,
        key: str,
        decision: str,
        chosen: Candidate,
        fitting: list[Candidate],
        score: Callable[[Candidate], float] | None = None,
    ) -> tuple[Candidate, str]:
        """The candidate to serve: the session's model when it still applies, else ``chosen``.
        ``score`` ranks candidates for the switch margin (None: never switch)."""
        now = self.clock()
        entry = self._items.get(key)
        result, why = chosen, ""
        if entry is not None and entry.expires > now and entry.decision == decision:
            sticky = next((c for c in fitting if c.model.name == entry.model), None)
            gain = score(chosen) - score(sticky) if sticky is not None and score else 0.0
            if sticky is not None and gain <= self.settings.switch_margin:
                result, why = sticky, "session affinity"
                self.kept += 1
                if self.on_result is not None:
                    self.on_result("kept")
            elif sticky is not None:
                why = f"session moved to a better model (+{gain:.2f})"
                self.switched += 1
                if self.on_result is not None:
                    self.on_result("switched")
        self._remember(key, _Entry(decision, result.model.name, now + self.settings.ttl_s))
        return result, why

    def _remember(self, key: str, entry: _Entry) -> None:
        self._items[key] = entry
        self._items.move_to_end(key)
        while len(self._items) > self.settings.max_sessions:
            self._items.popitem(last=False)
        # drop a few expired entries from the old end on each call (amortised clean-up)
        now = self.clock()
        for _ in range(2):
            oldest = next(iter(self._items.items()), None)
            if oldest is None or oldest[1].expires > now:
                break
            self._items.popitem(last=False)
