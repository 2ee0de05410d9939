"""Budgets shared by replicas through a real Redis; a Redis outage falls back per replica."""

from __future__ import annotations

import uuid

from extproc.limits import Limiter, LimitSettings
from tests.redis_server import RedisServer


def limiter(url: str, prefix: str, clock: object) -> Limiter:
    settings = LimitSettings.model_validate(
        {
            "enabled": True,
            "store": "redis",
            "redis_url": url,
            "key_prefix": prefix,
            "timeout_ms": 200,
            "default": {"tokens_per_minute": 1000, "requests_per_minute": 100},
        }
    )
    return Limiter(settings, clock=clock)  # type: ignore[arg-type]


async def test_two_replicas_share_one_budget(redis_server: RedisServer):
    if not redis_server.running:
        redis_server.start()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    a = limiter(redis_server.url, prefix, lambda: 1200.0)
    b = limiter(redis_server.url, prefix, lambda: 1210.0)
    try:
        assert (await a.admit("t", "m", 600)).ok
        over = await b.admit("t", "m", 600)  # the other replica sees the first's tokens
        assert not over.ok and over.retry_after_s == 50
        adm = await b.admit("t", "m", 300)
        assert adm.ok
        await b.settle(adm, 100)  # the answer used 100: 200 tokens given back in Redis
        assert (await a.admit("t", "m", 250)).ok
        assert a.store_errors == b.store_errors == 0
    finally:
        await a.close()
        await b.close()


async def test_redis_down_counts_on_the_replica_and_recovers(redis_server: RedisServer):
    if not redis_server.running:
        redis_server.start()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    a = limiter(redis_server.url, prefix, lambda: 1200.0)
    try:
        assert (await a.admit("t", "m", 100)).ok
        redis_server.stop()
        assert (await a.admit("t", "m", 800)).ok  # locally: 800 of 1000
        assert not (await a.admit("t", "m", 800)).ok  # the budget still holds locally
        assert a.store_errors == 2
        redis_server.start()
        assert (await a.admit("t2", "m", 100)).ok
        assert a.store_errors == 2
    finally:
        await a.close()
