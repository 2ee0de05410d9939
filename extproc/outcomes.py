"""What the request pipeline decides: forward to a pool, or answer the client itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol


class ResponseObserver(Protocol):
    """Sees the upstream response (e.g. to store it in the cache)."""

    def on_headers(self, status: int, headers: dict[str, str]) -> bool:
        """Return True to receive the response body."""
        ...

    def on_body(self, chunk: bytes, end_of_stream: bool) -> None: ...

    def on_finish(self, completed: bool) -> None:
        """The stream ended; ``completed`` is False when it was cut short."""
        ...


@dataclass
class Verdict:
    """What Prism decided for one request; the processor turns it into headers, metrics,
    the access log and the span (it never reads its own response headers back)."""

    decision: str = ""
    model: str = ""
    category: str = ""
    cache_status: str = ""
    """hit, miss, bypass, or empty when the cache was not used."""
    reason: str = ""
    """forward, blocked, pii_denied, cache_hit, fast_response, models, or an error code."""
    surface: str = ""
    attempts: int = 1
    """Envoy's attempts (retries and fallbacks included) for a forwarded request."""
    routed_model: str = ""
    """The model Prism routed to, when a fallback (``model``) served instead."""
    usage: dict[str, float] = field(default_factory=dict)
    """prompt_tokens, completion_tokens, cost_usd, ttft_ms, tpot_ms of the answer, when known."""


@dataclass
class Forward:
    """Send the (mutated) request to a pool through Envoy's routes."""

    model: str
    upstream_model: str
    decision: str
    body: bytes | None
    upstream_headers: dict[str, str] = field(default_factory=dict)
    remove_headers: list[str] = field(default_factory=list)
    response_headers: dict[str, str] = field(default_factory=dict)
    observers: list[ResponseObserver] = field(default_factory=list)
    verdict: Verdict = field(default_factory=Verdict)
    rewrite_chunk: Callable[[bytes], bytes] | None = None
    """Applied to each chunk of a streamed answer before the client gets it."""


@dataclass
class Respond:
    """Answer the client directly (cache hit, block, error, /v1/models)."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    verdict: Verdict | None = None


Outcome = Forward | Respond
