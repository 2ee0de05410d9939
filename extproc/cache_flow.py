"""The semantic cache on the request path.

1. :func:`prefetch`, as the request arrives: the request fingerprint is taken from the body
   as the client sent it and the exact tier is fetched in the background, concurrently
   with classification (it needs neither the decision nor the embedding).
2. :func:`plan`, after the decision: the partition (surface, tenant, decision, model,
   routed body)
   and the embedding from the classifier pass; the lookup then uses the prefetched exact
   entry (a hit only in the same partition) and otherwise searches the vectors.
3. :class:`CacheStore`, at response end: stores a complete 2xx completion whose every
   choice finished with ``stop`` or ``tool_calls`` (never ``length``, ``content_filter``, an
   error or a cut stream).

Scope: entries are per tenant (``cache.tenant_header``) and per user (``cache.user_header``,
else the OpenAI ``user`` field) by default; a decision opts into sharing across the users
of a tenant with ``semantic_cache: {scope: tenant}``. The exact fingerprint is always per
user, so one user's answer replaces only their own entry.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson
from opentelemetry.trace import Span, Tracer

from cache import (
    CacheKey,
    ExactEntry,
    GuardedCache,
    build_cache_key,
    is_cacheable_request,
    request_fingerprint,
)
from cache.settings import CacheSettings
from extproc import headers as hdr
from extproc import telemetry
from extproc.metrics import Metrics
from extproc.policy.schema import Decision
from extproc.surfaces.base import Assembler, Surface

log = logging.getLogger("prism.cache")
_pending: set[asyncio.Task[None]] = set()  # stores in flight (bounded: max_pending_stores)
dropped_stores = 0  # stores skipped because max_pending_stores were in flight
#: Answers worth replaying: complete, successful generations only.
STORABLE_FINISH = frozenset({"stop", "tool_calls"})


def pending_stores() -> int:
    """Cache stores in flight (bounded by ``cache.max_pending_stores``)."""
    return len(_pending)


def scope_of(
    settings: CacheSettings, headers: dict[str, str], body: dict[str, Any], *, shared: bool
) -> str:
    """The cache scope of a request: its tenant, plus its user unless ``shared``."""
    tenant = headers.get(settings.tenant_header.lower(), "")
    if shared:
        return tenant
    user = headers.get(settings.user_header.lower()) or body.get("user")
    if not isinstance(user, str) or not user:
        return tenant
    return orjson.dumps([tenant, user]).decode()


def storable(completion: Any) -> bool:
    """Whether a completion is complete and successful: choices, each finished with
    ``stop`` or ``tool_calls``, and no error."""
    if not isinstance(completion, dict) or completion.get("error") is not None:
        return False
    choices = completion.get("choices")
    return (
        isinstance(choices, list)
        and bool(choices)
        and all(isinstance(c, dict) and c.get("finish_reason") in STORABLE_FINISH for c in choices)
    )


@dataclass
class Prefetch:
    """The request fingerprint, and the exact-tier fetch running since the request arrived
    (``None`` when ``no-cache`` forbids a lookup)."""

    exact: str
    task: asyncio.Task[ExactEntry | None] | None

    def discard(self) -> None:
        """Cancel the fetch if nobody used it (blocked request, decision without cache)."""
        if self.task is not None and not self.task.done():
            self.task.cancel()


def _control(headers: dict[str, str]) -> set[str]:
    return {c.strip() for c in headers.get(hdr.CACHE_CONTROL, "").lower().split(",")}


async def _fetch_exact(
    cache: GuardedCache, exact: str, tracer: Tracer, span: Span | None
) -> ExactEntry | None:
    with telemetry.child(tracer, span, "prism.cache.exact_fetch") as fetch_span:
        entry = await cache.get_exact(exact)
        fetch_span.set_attribute("prism.cache.exact_found", entry is not None)
        return entry


def prefetch(
    cache: GuardedCache | None,
    settings: CacheSettings,
    surface: Surface,
    body: dict[str, Any],
    headers: dict[str, str],
    tracer: Tracer,
    span: Span | None = None,
    context: str = "",
) -> Prefetch | None:
    """Fingerprint the request before anything mutates it and start the exact-tier fetch.
    ``context`` (exact_repeat.context) joins the user scope in the fingerprint."""
    view = surface.cache_view(body) if surface.answers else None
    if cache is None or view is None or not is_cacheable_request(view, check_encoding=False):
        return None
    try:
        exact = request_fingerprint(
            view,
            tenant=scope_of(settings, headers, body, shared=False) + "\x00" + context,
            surface=surface.name,
        )
    except TypeError:  # a value the canonical encoding cannot hash: not cacheable
        return None
    task = None
    if "no-cache" not in _control(headers):
        fetch = _fetch_exact(cache, exact, tracer, span)
        task = asyncio.get_running_loop().create_task(fetch)
    return Prefetch(exact, task)


@dataclass(frozen=True)
class CachePlan:
    """What the cache does for one request, decided before the lookup."""

    key: CacheKey
    surface: Surface
    embedding: np.ndarray
    threshold: float
    ttl_s: int
    lookup: bool
    store: bool
    max_pending: int = 256  # stores in flight at once (cache.max_pending_stores)


def plan(
    cache: GuardedCache | None,
    settings: CacheSettings,
    decision: Decision,
    model: str,
    surface: Surface,
    body: dict[str, Any],
    headers: dict[str, str],
    embedding: np.ndarray | None,
    has_pii: bool,
    exact: str | None = None,
) -> tuple[CachePlan | None, str]:
    """(plan, reason); a None plan means the cache is not used for this request.

    ``body`` is the routed (mutated) body; ``exact`` the fingerprint :func:`prefetch` took
    of the body as received.
    """
    plugin = decision.plugins.semantic_cache
    if cache is None or plugin is None or not plugin.enabled:
        return None, "off"
    if embedding is None:
        return None, "no_embedding"
    if has_pii and not settings.cache_pii:
        return None, "pii"
    view = surface.cache_view(body) if surface.answers else None
    if view is None or not is_cacheable_request(view, check_encoding=False):
        return None, "uncacheable"
    control = _control(headers)
    lookup, store = "no-cache" not in control, "no-store" not in control
    if not (lookup or store):
        return None, "bypass"
    tenant = scope_of(settings, headers, body, shared=plugin.scope == "tenant")
    try:  # the body is serialised once here (partition key), not again to check it
        key, _ = build_cache_key(
            view,
            tenant=tenant,
            decision=decision.name,
            model=model,
            exact=exact,
            surface=surface.name,
            vocabulary=settings.facts_vocabulary,
        )
    except TypeError:
        return None, "uncacheable"
    threshold = plugin.threshold if plugin.threshold is not None else settings.similarity_threshold
    ttl = plugin.ttl_s if plugin.ttl_s is not None else settings.ttl_s
    cplan = CachePlan(
        key, surface, embedding, threshold, ttl, lookup, store, settings.max_pending_stores
    )
    return cplan, "planned"


def hit_answer(
    surface: Surface, stored: bytes, *, stream: bool, body: dict[str, Any]
) -> tuple[bytes, str]:
    """The stored response in the surface's own shape (fresh id), as JSON or SSE."""
    replayed = surface.replay(orjson.loads(stored), stream=stream, body=body)
    return replayed, "text/event-stream" if stream else "application/json"


class CacheStore:
    """Response observer: keeps a complete 2xx response and stores it at end of stream (a
    stream only when it finished: its surface's assembler saw the end)."""

    def __init__(
        self,
        cache: GuardedCache,
        cplan: CachePlan,
        max_bytes: int,
        metrics: Metrics,
        gate: Callable[[], Awaitable[bool]] | None = None,
    ):
        self.cache = cache
        self.plan = cplan
        self.gate = gate
        """Awaited before storing: False when the answer may not be stored (the messages
        only PII reads, read now, hold PII: extproc/deferred_pii.py)."""
        self.max_bytes = max_bytes
        self.metrics = metrics
        self.sse: Assembler | None = None
        self.chunks: list[bytes] = []
        self.size = 0

    def on_headers(self, status: int, headers: dict[str, str]) -> bool:
        if not 200 <= status < 300:
            return False
        ctype = headers.get(hdr.CONTENT_TYPE, "")
        if ctype.startswith("text/event-stream"):
            self.sse = self.plan.surface.assembler()
            return self.sse is not None
        return ctype.startswith("application/json")

    def on_body(self, chunk: bytes, end_of_stream: bool) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes * 4:
            return  # far too large to keep; on_finish drops it
        if self.sse is not None:
            self.sse.feed(chunk)
        else:
            self.chunks.append(chunk)

    def on_finish(self, completed: bool) -> None:
        if not completed or self.size > self.max_bytes * 4:
            return
        body = self._completion()
        if body is None or len(body) > self.max_bytes:
            return
        if len(_pending) >= self.plan.max_pending:  # the backend is slower than the traffic
            global dropped_stores
            dropped_stores += 1
            return
        task = asyncio.get_running_loop().create_task(self._store(body))
        _pending.add(task)
        task.add_done_callback(_pending.discard)

    def _completion(self) -> bytes | None:
        if self.sse is not None:
            data: Any = self.sse.result()
        else:
            try:
                data = orjson.loads(b"".join(self.chunks))
            except orjson.JSONDecodeError:
                return None
        if data is None or not self.plan.surface.complete(data):
            return None
        if isinstance(data, dict) and "choices" in data and not storable(data):
            return None  # OpenAI shapes: every choice must have finished (stop/tool_calls)
        return orjson.dumps(data)

    async def _store(self, body: bytes) -> None:
        if self.gate is not None and not await self.gate():
            return
        before = self.cache.stats.stores
        await self.cache.store(self.plan.key, self.plan.embedding, body, self.plan.ttl_s)
        if self.cache.stats.stores > before:
            self.metrics.cache_stores.inc()
