"""Lookup latency and memory per entry of the semantic cache backends.

Run from the repository root (takes minutes; spawns its own throw-away Redis):

    .venv/bin/python -m bench.bench_cache                       # 10k, 100k, 1M
    .venv/bin/python -m bench.bench_cache --sizes 10000 100000 --redis-load-budget-s 300

All entries go into ONE partition (the worst case: every lookup scans or searches all of
them).  Vectors are random unit float32 vectors (dim 384); each lookup query is a stored
vector perturbed to cosine similarity ~0.95, so it should hit; its exact key never matches,
so every lookup runs the vector search.  Latency is measured end to end through the async
backend API, one lookup at a time.  The backends are filled incrementally: the 100k point
reuses the first 10k entries, and so on.  Redis loading uses pipelines; when the load
budget runs out, the last size is reported at the count that was reached.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import platform
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import numpy as np
import redis

from cache.base import CacheHit, CacheKey, normalize
from cache.memory_backend import MemorySemanticCache
from cache.redis_backend import RedisSemanticCache
from cache.settings import CacheSettings
from tests.redis_server import RedisServer

DIM = 384
BODY = b"x" * 1024
PARTITION = hashlib.sha256(b"bench").hexdigest()
BATCH = 10_000


@dataclass
class Row:
    backend: str
    entries: int
    p50_ms: float
    p99_ms: float
    hit_rate: float
    bytes_per_entry: float
    note: str = ""


def batch_vectors(batch: int) -> np.ndarray:
    vecs = np.random.default_rng(10_000_000 + batch).standard_normal((BATCH, DIM))
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs.astype(np.float32)


def near(vec: np.ndarray, rng: np.random.Generator, similarity: float = 0.95) -> np.ndarray:
    noise = rng.standard_normal(DIM)
    noise -= np.dot(noise, vec) * vec
    noise /= np.linalg.norm(noise)
    return (similarity * vec + np.sqrt(1 - similarity**2) * noise).astype(np.float32)


def body(i: int) -> bytes:
    """A distinct 1 KiB body per entry (so memory per entry includes a real body copy)."""
    return BODY[:-12] + b"%012d" % i


def key(i: int) -> CacheKey:
    return CacheKey(partition=PARTITION, exact=hashlib.sha256(str(i).encode()).hexdigest())


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def measure(
    lookup: Callable[[CacheKey, np.ndarray], Awaitable[CacheHit | None]],
    loaded: int,
    queries: int,
) -> tuple[float, float, float]:
    rng = np.random.default_rng(42)
    picks = rng.integers(0, loaded, size=queries)
    stored = {int(b): batch_vectors(int(b)) for b in set((picks // BATCH).tolist())}
    qs = [near(stored[int(p) // BATCH][int(p) % BATCH], rng) for p in picks]
    for q in qs[:5]:  # warm-up
        await lookup(key(-1), q)
    times, hits = [], 0
    for q in qs:
        t0 = time.perf_counter()
        hit = await lookup(key(-1), q)
        times.append(time.perf_counter() - t0)
        hits += hit is not None
    ms = np.array(times) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99)), hits / queries


def n_queries(entries: int) -> int:
    return 1000 if entries <= 100_000 else 200


async def bench_memory(sizes: list[int]) -> list[Row]:
    rows: list[Row] = []
    cache = MemorySemanticCache(
        max_entries=max(sizes), max_bytes=1 << 40, dim=DIM, max_entry_bytes=len(BODY)
    )
    base_rss, loaded = rss_bytes(), 0
    for size in sizes:
        while loaded < size:
            vecs = batch_vectors(loaded // BATCH)
            for j in range(BATCH):
                await cache.store(key(loaded + j), vecs[j], body(loaded + j), 3600)
            loaded += BATCH
        p50, p99, rate = await measure(
            lambda k, v: cache.lookup(k, v, 0.92), loaded, n_queries(size)
        )
        per_entry = (rss_bytes() - base_rss) / loaded
        rows.append(Row("memory", loaded, p50, p99, rate, per_entry, "RSS delta / entries"))
        print(rows[-1], flush=True)
    await cache.close()
    return rows


def redis_used_memory(server: RedisServer) -> int:
    with redis.Redis(host=server.host, port=server.port) as client:
        return int(client.info("memory")["used_memory"])


def redis_load(server: RedisServer, prefix: str, start: int, end: int) -> None:
    with redis.Redis(host=server.host, port=server.port) as client:
        for b0 in range(start, end, BATCH):
            vecs = batch_vectors(b0 // BATCH)
            pipe = client.pipeline(transaction=False)
            for j in range(BATCH):
                name = f"{prefix}h:{key(b0 + j).exact}"
                blob = normalize(vecs[j]).tobytes()
                pipe.hset(name, mapping={"partition": PARTITION, "vec": blob, "body": body(b0 + j)})
                pipe.expire(name, 86400)
                if j % 1000 == 999:
                    pipe.execute()
            pipe.execute()


async def bench_redis(sizes: list[int], budget_s: float) -> list[Row]:
    rows: list[Row] = []
    with RedisServer() as server:
        settings = CacheSettings(
            backend="redis", redis_url=server.url, embedding_dim=DIM, timeout_ms=1000
        )
        backend = RedisSemanticCache.from_settings(settings)
        await backend.ensure_index()
        base_mem, loaded, t_start = redis_used_memory(server), 0, time.monotonic()
        for size in sizes:
            note = ""
            while loaded < size:
                if time.monotonic() - t_start > budget_s:
                    note = f"load budget {budget_s:.0f}s spent: measured at {loaded} of {size}"
                    break
                t0 = time.monotonic()
                redis_load(server, settings.redis_prefix, loaded, loaded + BATCH)
                loaded += BATCH
                if loaded % 100_000 == 0:
                    rate = BATCH / (time.monotonic() - t0)
                    print(f"redis loaded {loaded} ({rate:.0f}/s)", flush=True)
            load_s = time.monotonic() - t_start
            p50, p99, rate = await measure(
                lambda k, v: backend.lookup(k, v, 0.92), loaded, n_queries(loaded)
            )
            per_entry = (redis_used_memory(server) - base_mem) / loaded
            note = note or f"used_memory delta / entries; cumulative load {load_s:.0f}s"
            rows.append(Row("redis-hnsw", loaded, p50, p99, rate, per_entry, note))
            print(rows[-1], flush=True)
            if loaded < size:
                break
        await backend.close()
    return rows


def table(rows: list[Row]) -> str:
    lines = [
        "| backend | entries | lookup p50 (ms) | lookup p99 (ms) | hit rate | bytes/entry | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.backend} | {r.entries:,} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | "
            f"{r.hit_rate:.1%} | {r.bytes_per_entry:,.0f} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["memory", "redis"])
    parser.add_argument("--redis-load-budget-s", type=float, default=600.0)
    args = parser.parse_args(argv)
    sizes = sorted(max(BATCH, (s // BATCH) * BATCH) for s in args.sizes)
    print(
        f"machine: {platform.machine()} {os.cpu_count()} CPUs, python {platform.python_version()}"
    )
    rows: list[Row] = []
    if "memory" in args.backends:
        rows += asyncio.run(bench_memory(sizes))
    if "redis" in args.backends:
        rows += asyncio.run(bench_redis(sizes, args.redis_load_budget_s))
    print(table(rows))


if __name__ == "__main__":
    main()
