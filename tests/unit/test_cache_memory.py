"""The in-memory backend: hits, thresholds, TTL, LRU bounds, compaction."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from cache.base import CacheHit, CacheKey, normalize
from cache.memory_backend import ENTRY_OVERHEAD_BYTES, MemorySemanticCache
from tests.vectors import unit, with_similarity


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def k(name: str, partition: str = "p") -> CacheKey:
    return CacheKey(partition=partition, exact=f"{partition}/{name}")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_exact_and_semantic_hits(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    vec = unit(1)
    await cache.store(k("a"), vec, b"A", 60)
    exact = await cache.lookup(k("a"), unit(2), 0.99)
    assert exact is not None and exact.exact and exact.similarity == 1.0
    near = await cache.lookup(k("b"), with_similarity(vec, 0.93), 0.92)
    assert near is not None and not near.exact and near.similarity == pytest.approx(0.93, abs=1e-5)
    assert await cache.lookup(k("b"), with_similarity(vec, 0.91), 0.92) is None
    assert await cache.lookup(k("b", partition="other"), vec, 0.0) is None


async def test_unnormalised_input_is_normalised(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    vec = unit(3)
    await cache.store(k("a"), vec * 17.0, b"A", 60)
    hit = await cache.lookup(k("b"), vec * 0.01, 0.999)
    assert hit is not None and hit.similarity == pytest.approx(1.0, abs=1e-5)


async def test_threshold_equal_to_similarity_hits(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    vec = unit(4)
    await cache.store(k("a"), vec, b"A", 60)
    query = with_similarity(vec, 0.92)
    sim = float(np.dot(normalize(query), normalize(vec)))
    assert await cache.lookup(k("b"), query, sim) is not None


async def test_dimension_mismatch_raises(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    with pytest.raises(ValueError):
        await cache.store(k("a"), np.ones(4, dtype=np.float32), b"A", 60)
    with pytest.raises(ValueError):
        await cache.store(k("a"), np.ones((2, 4), dtype=np.float32), b"A", 60)
    with pytest.raises(ValueError):
        await cache.store(k("a"), np.full(8, np.nan, dtype=np.float32), b"A", 60)


async def test_ttl(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    vec = unit(5)
    await cache.store(k("short"), vec, b"S", 10)
    await cache.store(k("long"), with_similarity(vec, 0.95), b"L", 100)
    clock.now += 9.9
    hit = await cache.lookup(k("q"), vec, 0.9)
    assert hit is not None and hit.body == b"S"
    clock.now += 0.2
    assert await cache.lookup(k("short"), vec, 0.99) is None
    hit = await cache.lookup(k("q"), vec, 0.9)  # expired best row is skipped
    assert hit is not None and hit.body == b"L"
    assert len(cache) == 1
    clock.now += 100
    await cache.store(k("new", partition="p2"), vec, b"N", 10)  # store sweeps expired
    assert len(cache) == 1


async def test_lru_by_entries(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, max_entries=3, clock=clock)
    for i in range(3):
        await cache.store(k(str(i)), unit(10 + i), str(i).encode(), 60)
    assert await cache.lookup(k("0"), unit(10), 0.99) is not None  # 0 becomes most recent
    await cache.store(k("3"), unit(13), b"3", 60)
    assert len(cache) == 3 and cache.evictions == 1
    assert await cache.lookup(k("1"), unit(11), 0.99) is None  # least recently used
    for name, seed in (("0", 10), ("2", 12), ("3", 13)):
        assert await cache.lookup(k(name), unit(seed), 0.99) is not None


async def test_lru_by_bytes(clock: FakeClock) -> None:
    per_entry = 1000 + 8 * 4 + ENTRY_OVERHEAD_BYTES
    cache = MemorySemanticCache(dim=8, max_bytes=per_entry * 2 + 10, clock=clock)
    for i in range(3):
        await cache.store(k(str(i)), unit(20 + i), b"x" * 1000, 60)
    assert len(cache) == 2 and cache.total_bytes <= per_entry * 2 + 10
    assert await cache.lookup(k("0"), unit(20), 0.99) is None
    assert await cache.lookup(k("2"), unit(22), 0.99) is not None


async def test_max_entry_bytes_and_bad_ttl(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, max_entry_bytes=100, clock=clock)
    await cache.store(k("big"), unit(1), b"x" * 101, 60)
    await cache.store(k("ttl0"), unit(2), b"ok", 0)
    await cache.store(k("fits"), unit(3), b"x" * 100, 60)
    assert len(cache) == 1
    assert await cache.lookup(k("fits"), unit(3), 0.99) is not None


async def test_replace_same_key_and_accounting(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    await cache.store(k("a"), unit(1), b"one", 60)
    await cache.store(k("a"), unit(2), b"three", 60)
    assert len(cache) == 1
    assert cache.total_bytes == len(b"three") + 8 * 4 + ENTRY_OVERHEAD_BYTES
    hit = await cache.lookup(k("b"), unit(2), 0.99)
    assert hit is not None and hit.body == b"three"
    assert await cache.lookup(k("b"), unit(1), 0.99) is None  # the old vector is gone


async def test_many_entries_growth_and_compaction(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=16, max_entries=500, clock=clock)
    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((2000, 16)).astype(np.float32)
    for i, vec in enumerate(vecs):
        await cache.store(k(str(i)), vec, str(i).encode(), 60)
    assert len(cache) == 500
    # Only the last 500 remain; each is found by its own vector; evicted ones never are.
    for i in (1500, 1777, 1999):
        hit = await cache.lookup(k("q"), vecs[i], 0.9999)
        assert hit is not None and hit.body == str(i).encode()
    assert await cache.lookup(k("q"), vecs[10], 0.9999) is None
    assert cache.matrix_bytes() <= 2 * 1024 * (16 * 4 + 8)  # dead rows were compacted


async def test_close_empties(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    await cache.store(k("a"), unit(1), b"A", 60)
    await cache.close()
    assert len(cache) == 0 and cache.total_bytes == 0
    assert await cache.lookup(k("a"), unit(1), 0.5) is None


def test_zero_vector_normalises_to_zero() -> None:
    assert not np.any(normalize(np.zeros(4)))


async def test_offloaded_scan_consistent_under_concurrent_stores(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=16, max_entries=50, clock=clock, offload_rows=1)
    rng = np.random.default_rng(1)
    vecs = rng.standard_normal((400, 16)).astype(np.float32)

    async def writer() -> None:
        for i, vec in enumerate(vecs):
            await cache.store(k(str(i)), vec, str(i).encode(), 60)
            if i % 10 == 0:
                await asyncio.sleep(0)

    async def reader() -> list[tuple[int, CacheHit | None]]:
        out = []
        for i in range(0, 400, 3):
            out.append((i, await cache.lookup(k("q"), vecs[i], 0.9999)))
        return out

    _, results = await asyncio.gather(writer(), reader())
    for i, hit in results:
        assert hit is None or hit.body == str(i).encode()  # never a wrong body
    assert await cache.lookup(k("q"), vecs[399], 0.9999) is not None
    assert await cache.lookup(k("q"), vecs[399], float("-inf")) is not None


async def test_lookup_with_no_threshold_terminates(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    await cache.store(k("a"), unit(1), b"A", 1)
    clock.now += 5
    assert await cache.lookup(k("b"), unit(1), float("-inf")) is None


async def test_two_stage_search_at_100k_finds_near_duplicates(clock: FakeClock) -> None:
    """Past PREFILTER_ROWS the projected scan must still find every near-duplicate."""
    from cache.memory_backend import PREFILTER_ROWS

    n, dim = 100_000, 384
    cache = MemorySemanticCache(dim=dim, max_entries=n, max_bytes=1 << 31, clock=clock)
    rng = np.random.default_rng(7)
    vecs = rng.standard_normal((n, dim)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    for i in range(n):
        await cache.store(CacheKey("p", f"e{i}"), vecs[i], str(i).encode(), 600)
    assert len(cache) == n >= PREFILTER_ROWS
    found = 0
    for i in rng.choice(n, 200, replace=False):
        noise = rng.standard_normal(dim).astype(np.float32)
        q = vecs[i] + 0.25 * noise / np.linalg.norm(noise)  # a paraphrase-like neighbour
        hit = await cache.lookup(CacheKey("p", "query"), q, 0.9)
        found += hit is not None and hit.body == str(i).encode()
    assert found >= 198  # approximate search: at most 1% of near-duplicates missed
    far = rng.standard_normal(dim).astype(np.float32)
    assert await cache.lookup(CacheKey("p", "query"), far, 0.9) is None


async def test_exact_tier_is_keyed_by_fingerprint_and_checks_the_partition(
    clock: FakeClock,
) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    routed_a = CacheKey(partition="route-a", exact="same request")
    routed_b = CacheKey(partition="route-b", exact="same request")
    await cache.store(routed_a, unit(1), b"A", 60)
    entry = await cache.get_exact("same request")
    assert entry is not None and (entry.partition, entry.body) == ("route-a", b"A")
    assert entry.hit_for(routed_a) == CacheHit(b"A", 1.0, True)
    assert entry.hit_for(routed_b) is None
    # The same request routed elsewhere does not get the other route's answer.
    assert await cache.lookup(routed_b, unit(1), 0.5) is None
    # The newest answer for a fingerprint replaces the older one.
    await cache.store(routed_b, unit(1), b"B", 60)
    assert len(cache) == 1
    assert (await cache.lookup(routed_b, unit(2), 0.99)) == CacheHit(b"B", 1.0, True)
    assert await cache.get_exact("unknown") is None
    clock.now += 61
    assert await cache.get_exact("same request") is None and len(cache) == 0


async def test_skip_exact_searches_vectors_only(clock: FakeClock) -> None:
    cache = MemorySemanticCache(dim=8, clock=clock)
    await cache.store(k("a"), unit(1), b"A", 60)
    assert await cache.lookup(k("a"), unit(2), 0.99, skip_exact=True) is None
    hit = await cache.lookup(k("a"), unit(1), 0.99, skip_exact=True)
    assert hit is not None and not hit.exact and hit.body == b"A"
