"""The bandit's counts shared through a real Redis, and its behaviour when Redis is down."""

from __future__ import annotations

import uuid

from extproc.policy.bandit_redis import BanditSettings, RedisBanditStore
from tests.redis_server import RedisServer


def store(url: str, prefix: str) -> RedisBanditStore:
    return RedisBanditStore(url, BanditSettings(store="redis", key_prefix=prefix, timeout_ms=200))


async def test_two_replicas_share_counts(redis_server: RedisServer):
    if not redis_server.running:
        redis_server.start()
    prefix = f"test-bandit-{uuid.uuid4().hex[:8]}:"
    a, b = store(redis_server.url, prefix), store(redis_server.url, prefix)
    for _ in range(3):
        a.record("math", "deepseek-r1", True)
    a.record("math", "qwen3-8b", False)
    assert a.counts("math") == {"deepseek-r1": (3.0, 0.0), "qwen3-8b": (0.0, 1.0)}
    assert await a.sync()
    b.record("math", "deepseek-r1", True)
    assert await b.sync()
    assert b.counts("math") == {"deepseek-r1": (4.0, 0.0), "qwen3-8b": (0.0, 1.0)}
    assert await a.sync()
    assert a.counts("math")["deepseek-r1"] == (4.0, 0.0)
    await a.close()
    await b.close()


async def test_redis_down_keeps_learning_locally_and_resends():
    server = RedisServer()
    server.start()
    s = store(server.url, f"test-bandit-{uuid.uuid4().hex[:8]}:")
    s.record("d", "m", True)
    assert await s.sync()
    server.stop()
    s.record("d", "m", True)
    assert await s.sync() is False and s.errors == 1
    assert s.counts("d") == {"m": (2.0, 0.0)}  # still learning locally
    server.start()  # comes back empty (no persistence)
    assert await s.sync()
    assert s.counts("d") == {"m": (1.0, 0.0)}  # only the increment it could not send survived
    await s.close()
    server.close()
