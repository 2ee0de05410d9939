"""Metrics of the fleet side: tokens, cost, TTFT/TPOT, budgets, session affinity.

Tenant labels are bounded: the first ``MAX_TENANT_LABELS`` tenants seen keep their own
series, later ones are counted under ``other``, so a client that invents tenant ids cannot
grow Prism's memory or Prometheus' series without limit.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

MAX_TENANT_LABELS = 100
TTFT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
TPOT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5)


class FleetMetrics:
    def __init__(self, r: CollectorRegistry) -> None:
        self._tenants: set[str] = set()
        self.tokens = Counter(
            "prism_tokens",
            "Tokens of answers from pools, by model, decision, tenant and type (prompt|completion)",
            ["model", "decision", "tenant", "type"],
            registry=r,
        )
        self.cost = Counter(
            "prism_cost_usd",
            "Cost of answers from models' cost_per_1m_input/output, by model, decision, tenant",
            ["model", "decision", "tenant"],
            registry=r,
        )
        self.ttft = Histogram(
            "prism_time_to_first_token_seconds",
            "From the request's arrival at Prism to the answer's first byte",
            ["model"],
            buckets=TTFT_BUCKETS,
            registry=r,
        )
        self.tpot = Histogram(
            "prism_time_per_output_token_seconds",
            "Stream time after the first byte per output token after the first",
            ["model"],
            buckets=TPOT_BUCKETS,
            registry=r,
        )
        self.usage_missing = Counter(
            "prism_usage_missing",
            "Answers from pools that reported no usage, by model",
            ["model"],
            registry=r,
        )
        self.retried = Counter(
            "prism_retried_requests",
            "Forwarded requests Envoy retried (attempts > 1), by the routed model",
            ["model"],
            registry=r,
        )
        self.failovers = Counter(
            "prism_failovers",
            "Answers served by a fallback model, by the routed and the serving model",
            ["model", "served_by"],
            registry=r,
        )
        self.limit_rejections = Counter(
            "prism_limit_rejections",
            "Requests refused with 429 by a tenant budget, by tenant",
            ["tenant"],
            registry=r,
        )
        self.limit_store_errors = Gauge(
            "prism_limit_store_errors",
            "Budget store (Redis) calls that failed and were counted on this replica",
            registry=r,
        )
        self.sessions = Gauge(
            "prism_affinity_sessions", "Sessions remembered by session affinity", registry=r
        )
        self.affinity = Counter(
            "prism_affinity_decisions",
            "Session affinity outcomes (kept the session's model, or switched to a better one)",
            ["result"],
            registry=r,
        )

    def tenant(self, tenant: str) -> str:
        """The label for ``tenant``: itself while few tenants are seen, else ``other``."""
        name = tenant or "none"
        if name in self._tenants:
            return name
        if len(self._tenants) < MAX_TENANT_LABELS:
            self._tenants.add(name)
            return name
        return "other"
