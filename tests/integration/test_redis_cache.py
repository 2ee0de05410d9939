"""Behaviour tests run against BOTH backends (in-memory and a real Redis with RediSearch),
plus fault-tolerance tests that stop, pause and restart a real Redis."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import numpy as np
import pytest
import redis

from cache.base import CacheKey, SemanticCache
from cache.guard import BreakerState, GuardedCache
from cache.keys import build_cache_key, request_fingerprint
from cache.memory_backend import MemorySemanticCache
from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings
from tests.integration.conftest import FreshRedisCache
from tests.redis_server import RedisServer
from tests.vectors import unit, with_similarity

pytestmark = pytest.mark.integration
THRESHOLD = 0.92


def key_for(text: str, tenant: str = "acme", system: str = "Be brief.") -> CacheKey:
    body = {
        "model": "auto",
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}],
        "temperature": 0,
    }
    key, _ = build_cache_key(body, tenant=tenant, decision="general", model="small-llm")
    return key


@pytest.fixture(params=["memory", "redis"])
async def backend(
    request: pytest.FixtureRequest, fresh_redis_cache: FreshRedisCache
) -> AsyncIterator[SemanticCache]:
    if request.param == "memory":
        mem = MemorySemanticCache(dim=8)
        yield mem
        await mem.close()
    else:
        yield await fresh_redis_cache()


async def test_exact_hit_reports_similarity_one(backend: SemanticCache) -> None:
    key, vec = key_for("What is the capital of France?"), unit(1)
    await backend.store(key, vec, b'{"answer": "Paris"}', 60)
    # The exact tier needs no similar vector at all.
    hit = await backend.lookup(key, unit(2), THRESHOLD)
    assert hit is not None
    assert (hit.body, hit.similarity, hit.exact) == (b'{"answer": "Paris"}', 1.0, True)


async def test_exact_tier_by_fingerprint_checks_the_partition(backend: SemanticCache) -> None:
    """The pipeline fetches the exact tier by fingerprint before the route is known."""
    body = {"model": "auto", "messages": [{"role": "user", "content": "Capital of France?"}]}
    exact = request_fingerprint(body, tenant="acme")
    key_a, _ = build_cache_key(body, tenant="acme", decision="general", model="a", exact=exact)
    key_b, _ = build_cache_key(body, tenant="acme", decision="general", model="b", exact=exact)
    await backend.store(key_a, unit(1), b"from a", 60)
    entry = await backend.get_exact(exact)
    assert entry is not None and entry.partition == key_a.partition and entry.body == b"from a"
    assert entry.hit_for(key_b) is None
    assert await backend.lookup(key_b, unit(1), THRESHOLD) is None  # other route: no hit
    assert await backend.lookup(key_a, unit(2), THRESHOLD, skip_exact=True) is None
    hit = await backend.lookup(key_a, unit(2), THRESHOLD)
    assert hit is not None and hit.exact and hit.body == b"from a"
    assert await backend.get_exact(request_fingerprint(body, tenant="other")) is None


async def test_similar_vector_above_threshold_hits(backend: SemanticCache) -> None:
    vec = unit(3)
    await backend.store(key_for("What is the capital of France?"), vec, b"paris", 60)
    hit = await backend.lookup(
        key_for("France's capital city?"), with_similarity(vec, 0.95), THRESHOLD
    )
    assert hit is not None
    assert hit.body == b"paris" and not hit.exact
    assert hit.similarity == pytest.approx(0.95, abs=1e-4)


async def test_similar_vector_below_threshold_misses(backend: SemanticCache) -> None:
    vec = unit(4)
    await backend.store(key_for("What is the capital of France?"), vec, b"paris", 60)
    paraphrase = key_for("Which city is the capital of France?")
    assert await backend.lookup(paraphrase, with_similarity(vec, 0.85), THRESHOLD) is None
    assert await backend.lookup(paraphrase, with_similarity(vec, 0.95), THRESHOLD) is not None


async def test_nearest_entry_wins(backend: SemanticCache) -> None:
    base = unit(5)
    await backend.store(key_for("far"), with_similarity(base, 0.93, seed=1), b"far", 60)
    await backend.store(key_for("near"), with_similarity(base, 0.99, seed=2), b"near", 60)
    hit = await backend.lookup(key_for("query"), base, THRESHOLD)
    assert hit is not None and hit.body == b"near"


async def test_other_tenant_never_hits(backend: SemanticCache) -> None:
    text, vec = "What is the capital of France?", unit(6)
    await backend.store(key_for(text, tenant="acme"), vec, b"acme-answer", 60)
    assert await backend.lookup(key_for(text, tenant="globex"), vec, THRESHOLD) is None
    assert await backend.lookup(key_for(text, tenant="globex"), vec, -1.0) is None
    assert await backend.lookup(key_for(text, system="Be verbose."), vec, THRESHOLD) is None


async def test_store_same_key_replaces_body(backend: SemanticCache) -> None:
    key, vec = key_for("q"), unit(7)
    await backend.store(key, vec, b"old", 60)
    await backend.store(key, vec, b"new", 60)
    exact = await backend.lookup(key, vec, THRESHOLD)
    semantic = await backend.lookup(key_for("other"), vec, THRESHOLD)
    assert exact is not None and exact.body == b"new"
    assert semantic is not None and semantic.body == b"new"


async def test_ttl_expiry(backend: SemanticCache) -> None:
    key, vec = key_for("short-lived"), unit(8)
    await backend.store(key, vec, b"soon gone", 1)
    await backend.store(key_for("long-lived"), unit(9), b"stays", 60)
    assert await backend.lookup(key, vec, THRESHOLD) is not None
    await asyncio.sleep(1.3)
    assert await backend.lookup(key, vec, THRESHOLD) is None
    assert await backend.lookup(key_for("paraphrase"), vec, THRESHOLD) is None
    assert await backend.lookup(key_for("x"), unit(9), THRESHOLD) is not None


async def test_oversized_body_is_not_stored(backend: SemanticCache) -> None:
    key, vec = key_for("big"), unit(10)
    await backend.store(key, vec, b"x" * (256 * 1024 + 1), 60)
    assert await backend.lookup(key, vec, THRESHOLD) is None


async def test_redis_entry_layout(fresh_redis_cache: FreshRedisCache) -> None:
    backend = await fresh_redis_cache()
    key = key_for("layout")
    await backend.store(key, unit(11), b"body", 30)
    client = backend.client
    name = backend.entry_key(key)
    assert 0 < await client.ttl(name) <= 30
    fields = await client.hgetall(name)
    assert fields[b"partition"] == key.partition.encode()
    assert len(fields[b"vec"]) == 8 * 4
    info = await client.execute_command("FT.INFO", backend.index)
    assert int(dict(zip(info[::2], info[1::2], strict=False))[b"num_docs"]) == 1


async def test_index_recreated_when_dropped(fresh_redis_cache: FreshRedisCache) -> None:
    backend = await fresh_redis_cache()
    await backend.drop_index()
    backend._index_ready = True  # pretend we did not notice (as after a silent restart)
    vec = unit(12)
    await backend.store(key_for("a"), vec, b"a", 60)  # written while no index exists
    assert await backend.lookup(key_for("b"), vec, THRESHOLD) is None  # re-creates the index
    for _ in range(100):  # RediSearch indexes the existing hashes in the background
        if await backend.lookup(key_for("b"), vec, THRESHOLD) is not None:
            break
        await asyncio.sleep(0.02)
    hit = await backend.lookup(key_for("b"), vec, THRESHOLD)
    assert hit is not None and hit.body == b"a"


# -- fault tolerance ----------------------------------------------------------------------


def guarded(url: str, index: str) -> GuardedCache:
    settings = CacheSettings(
        backend="redis",
        redis_url=url,
        redis_index=index,
        redis_prefix=f"{index}:",
        embedding_dim=8,
        timeout_ms=100,
        breaker_failures=3,
        breaker_reset_s=0.5,
    )
    return GuardedCache(
        RedisSemanticCache.from_settings(settings),
        timeout_ms=settings.timeout_ms,
        breaker_failures=settings.breaker_failures,
        breaker_reset_s=settings.breaker_reset_s,
        similarity_threshold=THRESHOLD,
    )


async def timed_lookup(cache: GuardedCache, key: CacheKey, vec: np.ndarray) -> tuple[bool, float]:
    start = time.perf_counter()
    hit = await cache.lookup(key, vec)
    return hit is not None, time.perf_counter() - start


async def test_redis_stop_and_restart() -> None:
    with RedisServer() as server:
        cache = guarded(server.url, "fault")
        key, vec = key_for("q"), unit(13)
        await cache.store(key, vec, b"cached")
        assert await cache.lookup(key, vec) is not None

        server.stop()
        for _ in range(3):  # errors, each bounded by the timeout
            hit, elapsed = await timed_lookup(cache, key, vec)
            assert not hit and elapsed < 0.3
        assert cache.breaker.state is BreakerState.OPEN
        assert cache.stats.errors + cache.stats.timeouts == 3
        hit, elapsed = await timed_lookup(cache, key, vec)  # skipped without touching Redis
        assert not hit and elapsed < 0.01
        await cache.store(key, vec, b"dropped")
        assert cache.stats.breaker_open_skips == 2

        server.start()  # comes back EMPTY (nothing persisted)
        await asyncio.sleep(0.6)  # breaker half-opens
        assert cache.breaker.state is BreakerState.HALF_OPEN
        assert await cache.lookup(key, vec) is None  # probe: miss, re-creates the index
        assert cache.breaker.state is BreakerState.CLOSED
        await cache.store(key_for("q2"), vec, b"fresh")
        hit2 = await cache.lookup(key_for("Q2"), with_similarity(vec, 0.97))
        assert hit2 is not None and hit2.body == b"fresh"
        with redis.Redis.from_url(server.url) as client:
            assert b"fault" in client.execute_command("FT._LIST")
        await cache.close()


async def test_hung_redis_times_out_and_breaker_opens() -> None:
    with RedisServer() as server:
        cache = guarded(server.url, "hang")
        key, vec = key_for("q"), unit(14)
        await cache.store(key, vec, b"cached")
        server.pause()
        try:
            for _ in range(3):
                hit, elapsed = await timed_lookup(cache, key, vec)
                assert not hit and 0.09 < elapsed < 0.3
            assert cache.stats.timeouts == 3
            assert cache.breaker.state is BreakerState.OPEN
            hit, elapsed = await timed_lookup(cache, key, vec)
            assert not hit and elapsed < 0.01
        finally:
            server.resume()
        await asyncio.sleep(0.6)
        # After the hang the probe succeeds (redis-py drops the half-read connection).
        for _ in range(3):
            if await cache.lookup(key, vec) is not None:
                break
            await asyncio.sleep(0.6)
        assert cache.breaker.state is BreakerState.CLOSED
        hit3 = await cache.lookup(key, vec)
        assert hit3 is not None and hit3.body == b"cached"
        await cache.close()
