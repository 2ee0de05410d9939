"""Every in-process store that grows with traffic, reported with its configured bound.

``prism_bounded_entries{store}`` / ``prism_bounded_capacity{store}`` (read at scrape time):

* ``feedback`` - request ids `/v1/feedback` can still rate (``feedback.max_entries``, and
  ``feedback.ttl_s`` of age);
* ``cache_entries`` / ``cache_bytes`` - the in-memory semantic cache
  (``cache.memory_max_entries`` / ``cache.memory_max_bytes``; Redis holds its own);
* ``cache_pending_stores`` - cache stores in flight (``cache.max_pending_stores``);
* ``classifier_queue`` - texts waiting or running in the classifier
  (``classifiers.max_queue_requests``);
* ``bandit_arms`` - (decision, model) success/failure counters: one per pair the config
  names, so bounded by the config itself (capacity = decisions x models);
* ``classifier_memo`` - classifier outputs kept by text hash (``classifiers.memo_entries``,
  ~3 KB each);
* ``affinity_sessions`` - sessions remembered by session affinity
  (``session_affinity.max_sessions``);
* ``limit_counters`` - per-tenant budget windows counted on this replica
  (``limits.max_tenants`` per window, two windows kept).

The classifier queue's tokens, the cache's dropped stores and its facts rejections have
their own series (docs/operations.md).

Bounded without a gauge of their own: Prometheus label sets (decision, model, signal and
status names come from the config and a fixed set of reasons, never from a request id or a
prompt), the span exporter's queue (OpenTelemetry's BatchSpanProcessor drops past its
2048-span queue), per-request buffers (a cache store keeps at most 4 x
``cache.max_entry_bytes``; bodies are bounded by ``server.max_body_bytes``), and the cache
facts' vocabulary (one per configured path).
"""

from __future__ import annotations

from typing import Any

from cache.memory_backend import MemorySemanticCache
from extproc import cache_flow
from extproc.config import PrismConfig
from extproc.metrics import Metrics


def report_bounds(
    metrics: Metrics, services: Any, config: PrismConfig, batcher: Any | None = None
) -> None:
    """Bind the gauges of every bounded store ``services`` holds (call once, at start)."""
    feedback = services.feedback
    metrics.bind_bounded("feedback", lambda: len(feedback), lambda: feedback.capacity)
    cache = services.cache
    backend = cache.backend if cache is not None else None
    if isinstance(backend, MemorySemanticCache):
        settings = config.cache
        metrics.bind_bounded(
            "cache_entries", lambda: len(backend), lambda: settings.memory_max_entries
        )
        metrics.bind_bounded(
            "cache_bytes", lambda: backend.total_bytes, lambda: settings.memory_max_bytes
        )
    if cache is not None:
        pending = config.cache.max_pending_stores
        metrics.bind_bounded("cache_pending_stores", cache_flow.pending_stores, lambda: pending)
        metrics.cache_dropped_stores.set_function(lambda: cache_flow.dropped_stores)
        metrics.cache_facts_rejects.set_function(lambda: getattr(backend, "facts_rejects", 0))
    if batcher is not None:
        limit = config.classifiers.max_queue_requests
        metrics.bind_bounded("classifier_queue", lambda: batcher.pending_requests, lambda: limit)
    memo = getattr(services, "memo", None)
    if memo is not None:
        metrics.bind_bounded("classifier_memo", lambda: len(memo), lambda: memo.max_entries)
    affinity = services.affinity
    if affinity is not None:
        cap = config.session_affinity.max_sessions
        metrics.bind_bounded("affinity_sessions", lambda: len(affinity), lambda: cap)
    limiter = services.limiter
    if limiter is not None:
        cap2 = 2 * config.limits.max_tenants
        metrics.bind_bounded("limit_counters", lambda: len(limiter.local), lambda: cap2)
    store = services.selector.store
    arms = len(config.decisions) * len(config.models)
    if hasattr(store, "arms"):
        metrics.bind_bounded("bandit_arms", lambda: store.arms(), lambda: arms)
