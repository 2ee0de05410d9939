"""Prometheus metrics (one registry per server), exposed at /metrics on the admin port."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from extproc.fleet_metrics import FleetMetrics

LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        self.fleet = FleetMetrics(r)
        self.requests = Counter(
            "prism_requests",
            "Requests handled, by decision, model and status",
            ["decision", "model", "status"],
            registry=r,
        )
        self.routing_latency = Histogram(
            "prism_routing_latency_seconds",
            "Time from request body to Prism's answer",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.signal_latency = Histogram(
            "prism_signal_latency_seconds",
            "Per-signal latency",
            ["signal"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.signal_failures = Counter(
            "prism_signal_failures",
            "Signals that failed or timed out",
            ["signal", "reason"],
            registry=r,
        )
        self.cache = Counter(
            "prism_cache_requests", "Semantic cache lookups by result", ["result"], registry=r
        )
        self.cache_stores = Counter(
            "prism_cache_stores", "Responses stored in the cache", registry=r
        )
        self.cache_errors = Gauge(
            "prism_cache_backend_errors",
            "Cache backend failures since start (Redis included), by kind",
            ["kind"],
            registry=r,
        )
        self.batch_size = Histogram(
            "prism_classifier_batch_size",
            "Classifier batch sizes",
            buckets=BATCH_BUCKETS,
            registry=r,
        )
        self.queue_wait = Histogram(
            "prism_classifier_queue_wait_seconds",
            "Wait before a text enters a classifier batch",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.reloads = Counter(
            "prism_config_reloads", "Config reloads by result", ["result"], registry=r
        )
        self.blocked = Counter(
            "prism_blocked", "Requests answered without a pool, by reason", ["reason"], registry=r
        )
        self.in_flight = Gauge("prism_in_flight_streams", "ext_proc streams in flight", registry=r)
        self.config_generation = Gauge(
            "prism_config_generation", "Config generation serving", registry=r
        )
        self.config_restart_required = Gauge(
            "prism_config_restart_required",
            "Changed config keys a restart must apply (the running values are served)",
            registry=r,
        )

        self.memo_entries = Gauge(
            "prism_classifier_memo_entries",
            "Classifier outputs kept in the per-text memo",
            registry=r,
        )
        self.memo_lookups = Gauge(
            "prism_classifier_memo_lookups",
            "Classifier memo lookups since start, by result",
            ["result"],
            registry=r,
        )
        self.reading_memo_entries = Gauge(
            "prism_reading_memo_entries",
            "Message readings kept by the current configuration generation's reading memo",
            registry=r,
        )
        self.reading_memo_lookups = Gauge(
            "prism_reading_memo_lookups",
            "Reading memo lookups since the last configuration reload, by result",
            ["result"],
            registry=r,
        )
        self.classifier_queue_requests = Gauge(
            "prism_classifier_queue_requests",
            "Texts waiting or running in the classifier (admission control bounds it)",
            registry=r,
        )
        self.classifier_queue_tokens = Gauge(
            "prism_classifier_queue_tokens",
            "Estimated tokens waiting or running in the classifier",
            registry=r,
        )
        self.classifier_bulk_tokens = Gauge(
            "prism_classifier_bulk_queue_tokens",
            "Estimated tokens of long scans waiting or running in the classifier's bulk lane "
            "(included in prism_classifier_queue_tokens)",
            registry=r,
        )
        self.long_scans = Gauge(
            "prism_long_scans",
            "Security scans with more to read than signals.security_budget_ms allows, given "
            "an extended deadline (envoy.max_message_timeout_ms) since start: admitted to the "
            "bulk lane, or shed (429) because the long scans ahead left no time for it",
            ["result"],
            registry=r,
        )
        self.classifier_shed = Counter(
            "prism_classifier_shed",
            "Texts refused by classifier admission control, by the bound hit (each refuses the "
            "requests waiting on it: 429 where a security signal needed it)",
            ["bound"],
            registry=r,
        )
        self.security_refusals = Counter(
            "prism_security_refusals",
            "Requests refused because a security signal (jailbreak, PII) could not be computed",
            ["reason"],
            registry=r,
        )
        self.routing_degraded = Counter(
            "prism_routing_degraded",
            "Requests routed without their ML routing signals (domain, embedding), by reason",
            ["reason"],
            registry=r,
        )
        self.bounded_entries = Gauge(
            "prism_bounded_entries",
            "Entries held by each bounded in-process store (caches, maps, memos)",
            ["store"],
            registry=r,
        )
        self.bounded_capacity = Gauge(
            "prism_bounded_capacity",
            "The configured bound of each in-process store (same unit as prism_bounded_entries)",
            ["store"],
            registry=r,
        )
        self.cache_dropped_stores = Gauge(
            "prism_cache_dropped_stores",
            "Cache stores skipped because cache.max_pending_stores were in flight (since start)",
            registry=r,
        )
        self.cache_facts_rejects = Gauge(
            "prism_cache_facts_rejects",
            "Vector-tier candidates above the threshold refused as a different question "
            "(numbers, names, negation, ...; since start)",
            registry=r,
        )

    def bind_memo(self, memo: Any) -> None:
        """Expose the classifier memo's size and hit/miss counts."""
        self.memo_entries.set_function(lambda: float(len(memo)))
        self.memo_lookups.labels("hit").set_function(_reader(memo, "hits"))
        self.memo_lookups.labels("miss").set_function(_reader(memo, "misses"))
        self.memo_lookups.labels("joined").set_function(_reader(memo, "joined"))

    def bind_readings(self, current: Callable[[], Any]) -> None:
        """Expose the reading memo of the generation in service (``current()`` returns it:
        a reload builds a new one)."""
        self.reading_memo_entries.set_function(lambda: float(len(current())))
        self.reading_memo_lookups.labels("hit").set_function(lambda: float(current().hits))
        self.reading_memo_lookups.labels("miss").set_function(lambda: float(current().misses))

    def bind_classifier_queue(self, batcher: Any) -> None:
        """Expose the classifier's admission-control account (read at scrape time)."""
        self.classifier_queue_requests.set_function(_reader(batcher, "pending_requests"))
        self.classifier_queue_tokens.set_function(_reader(batcher, "pending_tokens"))
        self.classifier_bulk_tokens.set_function(_reader(batcher, "bulk_tokens"))
        self.long_scans.labels("admitted").set_function(_reader(batcher, "bulk_admitted"))
        self.long_scans.labels("shed").set_function(_reader(batcher, "bulk_shed"))

    def bind_bounded(
        self, store: str, size: Callable[[], float], capacity: Callable[[], float]
    ) -> None:
        """Report one bounded store: its current size and its configured bound."""
        self.bounded_entries.labels(store).set_function(size)
        self.bounded_capacity.labels(store).set_function(capacity)

    def bind_cache_stats(self, stats: Any) -> None:
        """Expose the cache guard's own counters (errors, timeouts, breaker skips)."""
        for kind in ("errors", "timeouts", "breaker_open_skips", "store_errors"):
            self.cache_errors.labels(kind).set_function(_reader(stats, kind))

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


def _reader(obj: Any, attr: str) -> Callable[[], float]:
    return lambda: float(getattr(obj, attr))
