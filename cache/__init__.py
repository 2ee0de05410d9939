"""Prism's semantic cache: one interface, an in-memory and a Redis backend, and helpers.

Typical use on the request path::

    cache = create_cache(settings)            # GuardedCache | None
    if cache is not None and is_cacheable_request(body):
        exact = request_fingerprint(body, tenant=t)         # before classification
        prefetch = asyncio.create_task(cache.get_exact(exact))
        ...                                                 # classify, decide, mutate body
        key, text = build_cache_key(body, tenant=t, decision=d, model=m, exact=exact)
        hit = await cache.lookup(key, embed(text), prefetched=prefetch)  # never raises
"""

from cache.base import CacheHit, CacheKey, ExactEntry, SemanticCache, normalize
from cache.factory import create_cache
from cache.guard import BreakerState, CacheStats, CircuitBreaker, GuardedCache
from cache.keys import (
    TRANSPORT_FIELDS,
    build_cache_key,
    is_cacheable_request,
    request_fingerprint,
)
from cache.memory_backend import MemorySemanticCache
from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings
from cache.sse import StreamAssembler, completion_to_sse, new_completion_id, refresh_completion

__all__ = [
    "TRANSPORT_FIELDS",
    "BreakerState",
    "CacheHit",
    "CacheKey",
    "CacheSettings",
    "CacheStats",
    "CircuitBreaker",
    "ExactEntry",
    "GuardedCache",
    "MemorySemanticCache",
    "RedisSemanticCache",
    "SemanticCache",
    "StreamAssembler",
    "build_cache_key",
    "completion_to_sse",
    "create_cache",
    "is_cacheable_request",
    "new_completion_id",
    "normalize",
    "refresh_completion",
    "request_fingerprint",
]
