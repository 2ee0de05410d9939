"""Which config keys hot reload applies, and which only a restart does.

Everything the request pipeline reads per request (signals, decisions, models and their
policies, cache thresholds/TTL/tenant header) is rebuilt on reload. The parts built once at
start-up (the gRPC and admin servers, the classifier sessions, the cache backend, the bandit
store, the tracer) and Envoy's own config keep their running values until a restart: a reload
that changes them reports them as "restart required" instead of claiming success for them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from extproc.config import PrismConfig

# Whole sections read once at start-up.
RESTART_SECTIONS = (
    "server",
    "envoy",
    "telemetry",
    "classifiers",
    "bandit",
    "session_affinity",
    "limits",
)
# Cache keys that build the backend; the rest (thresholds, TTL, tenant header, ...) is hot.
CACHE_RESTART_KEYS = (
    "backend",
    "memory_max_entries",
    "memory_max_bytes",
    "redis_url",
    "redis_password_env",
    "redis_index",
    "redis_prefix",
    "timeout_ms",
    "breaker_failures",
    "breaker_reset_s",
    "embedding_dim",
    "hnsw_m",
    "hnsw_ef_construction",
    "hnsw_ef_runtime",
)
ENVOY_ROUTES = "pools/models routes (regenerate Envoy's config and restart Envoy)"


def _diff(prefix: str, old: BaseModel, new: BaseModel, keys: tuple[str, ...] | None) -> list[str]:
    names = keys if keys is not None else tuple(type(old).model_fields)
    return [f"{prefix}.{k}" for k in names if getattr(old, k) != getattr(new, k)]


def restart_required(running: PrismConfig, new: PrismConfig) -> list[str]:
    """The keys of ``new`` that differ from the running process and need a restart."""
    keys: list[str] = []
    for section in RESTART_SECTIONS:
        keys += _diff(section, getattr(running, section), getattr(new, section), None)
    keys += _diff("cache", running.cache, new.cache, CACHE_RESTART_KEYS)
    if routes(running) != routes(new):
        keys.append(ENVOY_ROUTES)
    return keys


def routes(config: PrismConfig) -> tuple[Any, ...]:
    """What Envoy's generated routes and clusters depend on."""
    return (tuple(config.pools), tuple((m.name, m.pool) for m in config.models))


def effective(running: PrismConfig, new: PrismConfig) -> PrismConfig:
    """``new`` with every restart-only key kept at its running value (what is served)."""
    kept: dict[str, Any] = {s: getattr(running, s) for s in RESTART_SECTIONS}
    kept["cache"] = new.cache.model_copy(
        update={k: getattr(running.cache, k) for k in CACHE_RESTART_KEYS}
    )
    return new.model_copy(update=kept)
