"""Redis semantic cache backend (redis.asyncio + the RediSearch module).

Layout, for ``prefix = "prism:cache:"``:

* one hash per entry, ``prism:cache:h:<exact>``, with fields ``partition`` (TAG),
  ``vec`` (FLOAT32 bytes of the L2-normalised embedding), ``body`` (the response) and
  ``facts`` (the query's :class:`cache.facts.QueryFacts` as JSON), written atomically with
  its own ``EXPIRE`` (MULTI/EXEC);
* one RediSearch index (``FT.CREATE <index> ON HASH PREFIX 1 prism:cache:h:``) with a TAG
  field for the partition and a ``VECTOR HNSW FLOAT32 COSINE`` field.

Lookup first tries the exact tier: the entry hash is keyed by the request fingerprint, so
``HMGET <key> partition body`` finds an exact repeat without touching the index (and works
even while the index is being rebuilt); it hits when the stored partition is the key's.
:meth:`get_exact` is that HMGET alone, for a fetch that starts before the partition is
known.  Otherwise one KNN query restricted to the
partition tag, ``(@partition:{p})=>[KNN k @vec $v EF_RUNTIME <ef> AS dist]`` (DIALECT 2;
the search breadth is sent with every query, so a changed ``hnsw_ef_runtime`` applies to
an index created earlier, after a restart), returns the ``k`` (``redis_knn``) nearest
entries; RediSearch reports cosine *distance*, converted with ``similarity = 1 - distance``.
The nearest one above the threshold whose stored facts agree with the query's hits; only
its body is then read (``HGET``), so the other candidates cost a few hundred bytes each.

The index is created when missing ("Index already exists" is fine).  After a connection
error, or when a search answers "no such index" (Redis restarted empty), the index is
re-created; RediSearch then also indexes any hashes that were written meanwhile.
"""

from __future__ import annotations

import os
import re

import numpy as np
import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.typing import EncodableT, FieldT

from cache.base import CacheHit, CacheKey, ExactEntry, normalize
from cache.facts import QueryFacts
from cache.settings import CacheSettings

#: Tolerance for float rounding when comparing a similarity with the threshold.
SIMILARITY_EPS = 1e-6
_TAG_SAFE = re.compile(r"[A-Za-z0-9_]")


def escape_tag(value: str) -> str:
    """Escape a TAG value for a RediSearch query (hex digests need no escaping)."""
    return "".join(ch if _TAG_SAFE.fullmatch(ch) else "\\" + ch for ch in value)


def _is_missing_index(exc: ResponseError) -> bool:
    msg = str(exc).lower()
    return "no such index" in msg or "unknown index" in msg


class RedisSemanticCache:
    """The Redis :class:`cache.base.SemanticCache` backend."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        index: str = "prism-cache",
        prefix: str = "prism:cache:",
        dim: int = 384,
        hnsw_m: int = 16,
        hnsw_ef_construction: int = 200,
        hnsw_ef_runtime: int = 128,
        max_entry_bytes: int = 256 * 1024,
        knn: int = 8,
    ) -> None:
        self.client = client
        self.index = index
        self.prefix = prefix
        self.entry_prefix = f"{prefix}h:"
        self.dim = dim
        self._hnsw = (hnsw_m, hnsw_ef_construction, hnsw_ef_runtime)
        self._max_entry_bytes = max_entry_bytes
        self._index_ready = False
        self._knn = knn
        self.facts_rejects = 0  # similar enough, but a different question (cache.facts)

    @classmethod
    def from_settings(cls, settings: CacheSettings) -> RedisSemanticCache:
        """Build a client from ``settings.redis_url`` (password from ``redis_password_env``)."""
        password = (
            os.environ.get(settings.redis_password_env) if settings.redis_password_env else None
        )
        socket_timeout = max(settings.timeout_ms / 1000.0 * 4, 0.5)
        client = redis.Redis.from_url(
            settings.redis_url,
            password=password or None,
            protocol=2,
            decode_responses=False,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
            retry=Retry(NoBackoff(), 1),
            health_check_interval=30,
        )
        return cls(
            client,
            index=settings.redis_index,
            prefix=settings.redis_prefix,
            dim=settings.embedding_dim,
            hnsw_m=settings.hnsw_m,
            hnsw_ef_construction=settings.hnsw_ef_construction,
            hnsw_ef_runtime=settings.hnsw_ef_runtime,
            max_entry_bytes=settings.max_entry_bytes,
            knn=settings.redis_knn,
        )

    def entry_key(self, key: CacheKey | str) -> str:
        """The entry hash's name for a key (or for a request fingerprint)."""
        exact = key if isinstance(key, str) else key.exact
        return f"{self.entry_prefix}{exact}"

    async def ensure_index(self) -> None:
        """Create the index if it does not exist."""
        m, ef_construction, ef_runtime = self._hnsw
        try:
            await self.client.execute_command(
                "FT.CREATE", self.index, "ON", "HASH", "PREFIX", 1, self.entry_prefix,
                "SCHEMA",
                "partition", "TAG",
                "vec", "VECTOR", "HNSW", 12,
                "TYPE", "FLOAT32", "DIM", self.dim, "DISTANCE_METRIC", "COSINE",
                "M", m, "EF_CONSTRUCTION", ef_construction, "EF_RUNTIME", ef_runtime,
            )  # fmt: skip
        except ResponseError as exc:
            if "already exists" not in str(exc).lower():
                raise
        self._index_ready = True

    async def drop_index(self, *, delete_documents: bool = True) -> None:
        """Drop the index (and its entry hashes); used by tests and maintenance."""
        args: list[str] = ["FT.DROPINDEX", self.index]
        if delete_documents:
            args.append("DD")
        try:
            await self.client.execute_command(*args)
        except ResponseError as exc:
            if not _is_missing_index(exc):
                raise
        self._index_ready = False

    async def lookup(
        self, key: CacheKey, embedding: np.ndarray, threshold: float, *, skip_exact: bool = False
    ) -> CacheHit | None:
        try:
            if not skip_exact:
                entry = await self.get_exact(key.exact)
                hit = entry.hit_for(key) if entry is not None else None
                if hit is not None:
                    return hit
            return await self._search(key, embedding, threshold)
        except (RedisConnectionError, RedisTimeoutError, OSError):
            self._index_ready = False  # Redis may come back empty: re-check the index
            raise

    async def get_exact(self, exact: str) -> ExactEntry | None:
        partition, body = await self.client.hmget(self.entry_key(exact), ["partition", "body"])
        if not isinstance(body, bytes) or not isinstance(partition, bytes):
            return None
        return ExactEntry(partition.decode(), body)

    async def store(self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int) -> None:
        if ttl_s <= 0 or len(body) > self._max_entry_bytes:
            return
        vec = normalize(embedding, self.dim)
        try:
            if not self._index_ready:
                await self.ensure_index()
            async with self.client.pipeline(transaction=True) as pipe:
                name = self.entry_key(key)
                fields: dict[FieldT, EncodableT] = {
                    "partition": key.partition,
                    "vec": vec.tobytes(),
                    "body": body,
                }
                if key.facts is not None:
                    fields["facts"] = key.facts.encode()
                pipe.hset(name, mapping=fields)
                pipe.expire(name, int(ttl_s))
                await pipe.execute()
        except (RedisConnectionError, RedisTimeoutError, OSError):
            self._index_ready = False
            raise

    async def close(self) -> None:
        await self.client.aclose()

    async def _search(
        self, key: CacheKey, embedding: np.ndarray, threshold: float
    ) -> CacheHit | None:
        query = normalize(embedding, self.dim)
        if not self._index_ready:
            await self.ensure_index()
        try:
            res = await self.client.execute_command(
                "FT.SEARCH", self.index,
                f"(@partition:{{{escape_tag(key.partition)}}})"
                f"=>[KNN {self._knn} @vec $v EF_RUNTIME {self._hnsw[2]} AS dist]",
                "PARAMS", 2, "v", query.tobytes(),
                "RETURN", 2, "dist", "facts",
                "SORTBY", "dist", "LIMIT", 0, self._knn,
                "DIALECT", 2,
            )  # fmt: skip
        except ResponseError as exc:
            if not _is_missing_index(exc):
                raise
            self._index_ready = False
            await self.ensure_index()
            return None
        picked = self._pick(key, res, threshold)
        if picked is None:
            return None
        doc, similarity = picked
        body = await self.client.hget(doc, "body")  # only the winner's body crosses the wire
        if not isinstance(body, bytes):
            return None  # expired since the search
        return CacheHit(body=body, similarity=similarity, exact=False)

    def _pick(
        self, key: CacheKey, res: list[object], threshold: float
    ) -> tuple[bytes, float] | None:
        """(entry key, similarity) of the nearest candidate above the threshold whose facts
        agree with the key's."""
        # RESP2 reply: [total, doc_key, [field, value, ...], doc_key, [...], ...]
        if not isinstance(res, list):
            return None
        for doc, raw in zip(res[1::2], res[2::2], strict=False):
            if not isinstance(raw, list) or not isinstance(doc, bytes):
                continue
            fields = {
                (k.decode() if isinstance(k, bytes) else str(k)): v
                for k, v in zip(raw[::2], raw[1::2], strict=True)
            }
            dist, facts = fields.get("dist"), fields.get("facts")
            if dist is None:
                continue
            similarity = 1.0 - float(dist.decode() if isinstance(dist, bytes) else str(dist))
            if similarity < threshold - SIMILARITY_EPS:
                return None  # sorted by distance: nothing further is close enough
            stored = QueryFacts.decode(facts) if isinstance(facts, bytes) else None
            if not key.agrees(stored):
                self.facts_rejects += 1
                continue
            return doc, max(-1.0, min(similarity, 1.0))
        return None
