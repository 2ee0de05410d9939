"""Messages only a PII plugin reads, read after routing and only when something needs them.

A system prompt, an assistant turn or a tool call's arguments is in the PII plugin's scope
(``all`` by default) but in no other signal's: it is classified for its PII spans alone.
Those spans matter in two places only, so the scan leaves such messages unread
(``Scan.deferred``) and they are read here:

* **the routed model's policy** (:func:`for_policy`): when it can act (deny, redact,
  reroute), before the PII step, within the security budget; a failure refuses the request
  (security fails closed). A model whose policy allows PII never pays for them.
* **the cache** (:func:`store_gate`): an answer is stored only when no scanned message
  holds PII (``cache.cache_pii: false``). The deferred messages are read while the pool
  generates the answer, and the store, which runs after the client has it, waits for that
  reading; if they hold PII, or cannot be read, nothing is stored. A lookup needs no such
  check: an entry's partition hashes its whole context, so a context with PII never has an
  entry to hit.

An agent's next turn therefore does not wait for its previous answer to be read, and a
fleet whose models allow PII does not read what only PII would read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from extproc.signals.failsafe import SecurityUnavailable
from extproc.signals.scan import Scan
from extproc.steps import PII_MIN_SCORE, Draft
from extproc.surfaces.base import Scope


class Reader(Protocol):
    async def read_deferred(
        self, result: Scan, scopes: set[Scope], on_clock: bool = True
    ) -> str: ...

    @property
    def retry_after_s(self) -> int: ...


async def for_policy(d: Draft, scan: Scan | None, reader: Reader) -> None:
    """Read the deferred messages in the PII plugin's scope when the routed model's policy
    can act on them; raises :class:`SecurityUnavailable` when they cannot be read."""
    p = d.routing.decision.plugins.pii
    if scan is None or not scan.deferred or p is None or not p.enabled:
        return
    if d.model.pii_policy.action == "allow":
        return
    error = await reader.read_deferred(scan, {p.scope})
    if error:
        raise SecurityUnavailable(error, ["pii_policy"], reader.retry_after_s)


def store_gate(scan: Scan | None, reader: Reader) -> Callable[[], Awaitable[bool]] | None:
    """None when nothing is deferred; else what the cache store awaits before it stores:
    whether the answer may be stored (the deferred messages all read, no PII in them). The
    reading starts now, so that it runs while the pool generates the answer."""
    if scan is None or not scan.deferred:
        return None
    late = list(scan.deferred)

    async def clean() -> bool:
        try:
            # after the answer, off the request's clock: never in a long scan's bulk lane
            if await reader.read_deferred(scan, {"all"}, on_clock=False):
                return False
            outputs = [scan.outputs[i] for i in late]
        except Exception:
            return False
        return not any(e.score >= PII_MIN_SCORE for out in outputs for e in out.pii)

    task = asyncio.get_running_loop().create_task(clean())
    _reading.add(task)  # a running task needs a reference; the store may never come
    task.add_done_callback(_reading.discard)

    async def gate() -> bool:
        return await task

    return gate


_reading: set[asyncio.Task[bool]] = set()
