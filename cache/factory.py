"""Build the configured, guarded cache."""

from __future__ import annotations

from cache.base import SemanticCache
from cache.guard import GuardedCache
from cache.memory_backend import MemorySemanticCache
from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings


def create_cache(settings: CacheSettings) -> GuardedCache | None:
    """The cache for ``settings`` wrapped in :class:`GuardedCache`; ``None`` when disabled.

    Nothing connects here: the Redis client connects lazily on first use (and the index is
    created then), so start-up never blocks on, or fails because of, Redis.
    """
    backend: SemanticCache
    if settings.backend == "none":
        return None
    if settings.backend == "memory":
        backend = MemorySemanticCache(
            max_entries=settings.memory_max_entries,
            max_bytes=settings.memory_max_bytes,
            max_entry_bytes=settings.max_entry_bytes,
            dim=settings.embedding_dim,
        )
    else:
        backend = RedisSemanticCache.from_settings(settings)
    return GuardedCache(
        backend,
        timeout_ms=settings.timeout_ms,
        breaker_failures=settings.breaker_failures,
        breaker_reset_s=settings.breaker_reset_s,
        similarity_threshold=settings.similarity_threshold,
        ttl_s=settings.ttl_s,
    )
