"""GuardedCache: timeouts, circuit breaker, counters; plus settings and the factory."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pydantic
import pytest

from cache import (
    BreakerState,
    CacheHit,
    CacheKey,
    CacheSettings,
    ExactEntry,
    GuardedCache,
    MemorySemanticCache,
    RedisSemanticCache,
    SemanticCache,
    create_cache,
)

KEY = CacheKey(partition="p", exact="e")
VEC = np.ones(4, dtype=np.float32)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class FakeBackend:
    """A backend whose behaviour the test switches: ok, fail, or slow."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.calls = 0
        self.hit: CacheHit | None = CacheHit(b"body", 0.95, False)
        self.exact: ExactEntry | None = None
        self.skip_exact: list[bool] = []
        self.release = asyncio.Event()

    async def _act(self) -> None:
        self.calls += 1
        if self.mode == "fail":
            raise ConnectionError("backend down")
        if self.mode == "slow":
            await asyncio.sleep(10)
        if self.mode == "block":
            await self.release.wait()

    async def lookup(
        self, key: CacheKey, embedding: np.ndarray, threshold: float, *, skip_exact: bool = False
    ):
        await self._act()
        self.skip_exact.append(skip_exact)
        return self.hit

    async def get_exact(self, exact: str) -> ExactEntry | None:
        await self._act()
        return self.exact

    async def store(self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int) -> None:
        await self._act()

    async def close(self) -> None:
        await self._act()


def guarded(backend: SemanticCache, clock: FakeClock, timeout_ms: float = 20) -> GuardedCache:
    return GuardedCache(
        backend, timeout_ms=timeout_ms, breaker_failures=3, breaker_reset_s=5.0, clock=clock
    )


def test_fake_backend_satisfies_protocol() -> None:
    assert isinstance(FakeBackend(), SemanticCache)
    assert isinstance(MemorySemanticCache(), SemanticCache)


async def test_hits_misses_stores_counted() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock)
    assert await cache.lookup(KEY, VEC) == backend.hit
    backend.hit = None
    assert await cache.lookup(KEY, VEC) is None
    await cache.store(KEY, VEC, b"x")
    assert cache.stats.as_dict() == {
        "hits": 1, "misses": 1, "errors": 0, "timeouts": 0,
        "breaker_open_skips": 0, "stores": 1, "store_errors": 0,
    }  # fmt: skip


async def test_failures_open_breaker_then_half_open_probe_closes_it() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock)
    backend.mode = "fail"
    for _ in range(2):
        assert await cache.lookup(KEY, VEC) is None
    await cache.store(KEY, VEC, b"x")  # store failures count towards the breaker too
    assert cache.breaker.state is BreakerState.OPEN
    assert (cache.stats.errors, cache.stats.store_errors) == (2, 1)

    calls = backend.calls
    assert await cache.lookup(KEY, VEC) is None
    await cache.store(KEY, VEC, b"x")
    assert backend.calls == calls  # skipped without touching the backend
    assert cache.stats.breaker_open_skips == 2

    clock.now += 5.0
    assert cache.breaker.state is BreakerState.HALF_OPEN
    assert await cache.lookup(KEY, VEC) is None  # failing probe re-opens at once
    assert cache.breaker.state is BreakerState.OPEN and backend.calls == calls + 1

    clock.now += 5.0
    backend.mode = "ok"
    assert await cache.lookup(KEY, VEC) is not None  # successful probe closes
    assert cache.breaker.state is BreakerState.CLOSED
    assert await cache.lookup(KEY, VEC) is not None


async def test_success_resets_consecutive_failure_count() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock)
    for _ in range(5):
        backend.mode = "fail"
        await cache.lookup(KEY, VEC)
        await cache.lookup(KEY, VEC)
        backend.mode = "ok"
        await cache.lookup(KEY, VEC)
    assert cache.breaker.state is BreakerState.CLOSED


async def test_slow_backend_is_bounded_by_timeout_and_does_not_pile_up() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock, timeout_ms=20)
    backend.mode = "slow"
    start = time.perf_counter()
    results = await asyncio.gather(*(cache.lookup(KEY, VEC) for _ in range(3)))
    assert results == [None, None, None]
    assert time.perf_counter() - start < 5  # cut at 20 ms, far below the 10 s backend sleep
    assert cache.stats.timeouts == 3 and cache.breaker.state is BreakerState.OPEN
    start = time.perf_counter()
    await asyncio.gather(*(cache.lookup(KEY, VEC) for _ in range(100)))
    assert time.perf_counter() - start < 5  # skipped at once: the 10 s backend is never reached
    assert backend.calls == 3 and cache.stats.breaker_open_skips == 100


async def test_half_open_allows_exactly_one_probe() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock, timeout_ms=1000)
    backend.mode = "fail"
    for _ in range(3):
        await cache.lookup(KEY, VEC)
    clock.now += 5.0
    backend.mode = "block"
    probe = asyncio.create_task(cache.lookup(KEY, VEC))
    await asyncio.sleep(0)
    others = await asyncio.gather(*(cache.lookup(KEY, VEC) for _ in range(5)))
    assert others == [None] * 5 and cache.stats.breaker_open_skips == 5
    backend.release.set()
    assert await probe is not None
    assert cache.breaker.state is BreakerState.CLOSED


async def test_cancelled_probe_releases_the_slot() -> None:
    backend, clock = FakeBackend(), FakeClock()
    cache = guarded(backend, clock, timeout_ms=1000)
    backend.mode = "fail"
    for _ in range(3):
        await cache.lookup(KEY, VEC)
    clock.now += 5.0
    backend.mode = "block"
    probe = asyncio.create_task(cache.lookup(KEY, VEC))
    await asyncio.sleep(0)
    probe.cancel()
    with pytest.raises(asyncio.CancelledError):
        await probe
    backend.mode = "ok"
    assert await cache.lookup(KEY, VEC) is not None


async def test_backend_value_errors_never_reach_caller() -> None:
    cache = GuardedCache(MemorySemanticCache(dim=4), timeout_ms=50)
    await cache.store(KEY, np.ones(3, dtype=np.float32), b"x")  # wrong dimension
    assert await cache.lookup(KEY, np.ones(3, dtype=np.float32)) is None
    assert cache.stats.store_errors == 1 and cache.stats.errors == 0  # exact-tier miss first
    await cache.store(KEY, VEC, b"x")
    assert await cache.lookup(CacheKey("p", "other"), np.ones(5, dtype=np.float32)) is None
    assert cache.stats.errors == 1


async def test_close_never_raises() -> None:
    backend = FakeBackend()
    backend.mode = "fail"
    await GuardedCache(backend).close()


def test_settings_defaults_and_forbid_extra() -> None:
    settings = CacheSettings()
    assert (settings.backend, settings.similarity_threshold, settings.embedding_dim) == (
        "memory",
        0.92,
        384,
    )
    with pytest.raises(pydantic.ValidationError):
        CacheSettings.model_validate({"backend": "memory", "typo_field": 1})
    with pytest.raises(pydantic.ValidationError):
        CacheSettings(backend="memcached")  # type: ignore[arg-type]


async def test_factory() -> None:
    assert create_cache(CacheSettings(backend="none")) is None
    mem = create_cache(CacheSettings(backend="memory", ttl_s=7, similarity_threshold=0.8))
    assert mem is not None and isinstance(mem.backend, MemorySemanticCache)
    assert (mem.ttl_s, mem.similarity_threshold) == (7, 0.8)
    red = create_cache(CacheSettings(backend="redis", redis_url="redis://127.0.0.1:1/0"))
    assert red is not None and isinstance(red.backend, RedisSemanticCache)
    assert await red.lookup(KEY, np.ones(384, dtype=np.float32)) is None  # nothing listens
    assert red.stats.errors == 1
    await red.close()


async def test_redis_password_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRISM_TEST_REDIS_PW", "s3cret")
    settings = CacheSettings(backend="redis", redis_password_env="PRISM_TEST_REDIS_PW")
    backend = RedisSemanticCache.from_settings(settings)
    assert backend.client.connection_pool.connection_kwargs["password"] == "s3cret"
    plain = RedisSemanticCache.from_settings(CacheSettings(backend="redis"))
    assert plain.client.connection_pool.connection_kwargs.get("password") is None
    await backend.close()
    await plain.close()


async def test_prefetched_exact_entry_hits_only_in_its_partition() -> None:
    backend = FakeBackend()
    backend.exact = ExactEntry("p", b"exact body")
    cache = guarded(backend, FakeClock())
    hit = await cache.lookup(KEY, VEC, prefetched=asyncio.ensure_future(cache.get_exact("e")))
    assert hit == CacheHit(b"exact body", 1.0, True)
    assert backend.calls == 1  # the vector tier was not asked
    assert cache.stats.hits == 1

    backend.exact = ExactEntry("another partition", b"other route")
    hit = await cache.lookup(KEY, VEC, prefetched=asyncio.ensure_future(cache.get_exact("e")))
    assert hit == backend.hit  # the vector tier answered, without repeating the exact tier
    assert backend.skip_exact == [True]


async def test_failed_prefetch_still_searches_and_never_raises() -> None:
    backend = FakeBackend()
    cache = guarded(backend, FakeClock())
    backend.mode = "fail"
    prefetch = asyncio.ensure_future(cache.get_exact("e"))
    assert await prefetch is None and cache.stats.errors == 1
    backend.mode = "ok"
    assert await cache.lookup(KEY, VEC, prefetched=prefetch) == backend.hit
    assert cache.stats.hits == 1
