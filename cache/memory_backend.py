"""In-process semantic cache: bounded by entries and bytes, per-entry TTL, LRU eviction.

Vectors live in one contiguous float32 matrix per partition (amortised doubling growth),
so a lookup is a single matrix-vector product over that partition.  Removed rows are
marked dead and skipped; a partition is compacted once more than half of its rows are
dead.  Expired entries are dropped lazily (when touched) and by a min-heap of expiry
times that is drained on every store, so they never pile up.

All state changes happen under one lock without awaiting, so the backend is safe to share
inside one event loop (and across threads).  The matrix-vector product of a lookup runs
outside the lock, on a snapshot of the partition; for partitions of ``offload_rows`` or
more it runs in a worker thread, so the event loop stays responsive (see docs/cache.md).
"""

from __future__ import annotations

import asyncio
import heapq
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from cache.base import CacheHit, CacheKey, ExactEntry, FloatVector, normalize

#: Fixed per-entry bookkeeping estimate (objects, dict slots, heap item), in bytes.
ENTRY_OVERHEAD_BYTES = 320
#: Tolerance for float32 rounding when comparing a similarity with the threshold.
SIMILARITY_EPS = 1e-6
#: Partitions with at least this many rows are scanned in a worker thread (numpy releases
#: the GIL), so a big scan neither blocks the event loop nor outlives the guard's timeout.
OFFLOAD_ROWS = 20_000
#: Partitions with at least this many rows are searched in two stages: a scan of a random
#: projection to ``PROJECTED_DIM`` dimensions picks ``CANDIDATES`` rows, whose exact cosine
#: then decides.  Approximate like HNSW: a near-duplicate (similarity >= ~0.8) is found with
#: very high probability; a miss is only a cache miss, never a wrong answer.
PREFILTER_ROWS = 20_000
PROJECTED_DIM = 96
CANDIDATES = 64
_MIN_CAPACITY = 16


def _projection(dim: int) -> npt.NDArray[np.float32]:
    """A fixed random projection; none (width 0) for small dimensions, where it cannot pay."""
    width = PROJECTED_DIM if dim >= 2 * PROJECTED_DIM else 0
    rng = np.random.default_rng(0x5EED)  # fixed: the same projection for every partition
    return (rng.standard_normal((dim, width)) / np.sqrt(max(width, 1))).astype(np.float32)


_COMPACT_MIN_DEAD = 64


_Snapshot = tuple[
    FloatVector, FloatVector, npt.NDArray[np.float32], npt.NDArray[np.int64], FloatVector
]


def _two_stage(
    vecs: FloatVector,
    proj: FloatVector,
    projection: npt.NDArray[np.float32],
    ids: npt.NDArray[np.int64],
    query: FloatVector,
) -> tuple[npt.NDArray[np.int64], FloatVector]:
    """Candidate rows from the projected scan, with their exact similarities."""
    coarse = proj @ (query @ projection)
    coarse[ids < 0] = -np.inf
    k = min(CANDIDATES, len(coarse))
    rows = np.argpartition(coarse, -k)[-k:]
    return ids[rows].copy(), vecs[rows] @ query


@dataclass(slots=True)
class _Entry:
    key: CacheKey
    body: bytes
    expires_at: float
    nbytes: int
    row: int  # the key's facts (cache.facts) are kept with it, for the agreement check


class _Partition:
    """Contiguous vectors of one partition; ``ids[row] == -1`` marks a dead row."""

    def __init__(self, dim: int, projection: npt.NDArray[np.float32]) -> None:
        self.dim = dim
        self.projection = projection
        self.vecs: npt.NDArray[np.float32] = np.empty((_MIN_CAPACITY, dim), dtype=np.float32)
        self.proj: npt.NDArray[np.float32] = np.empty(
            (_MIN_CAPACITY, projection.shape[1]), dtype=np.float32
        )
        self.ids: npt.NDArray[np.int64] = np.full(_MIN_CAPACITY, -1, dtype=np.int64)
        self.size = 0
        self.live = 0

    def append(self, vec: FloatVector, entry_id: int) -> int:
        if self.size == self.vecs.shape[0]:
            cap = self.vecs.shape[0] * 2
            vecs = np.empty((cap, self.dim), dtype=np.float32)
            vecs[: self.size] = self.vecs[: self.size]
            proj = np.empty((cap, self.proj.shape[1]), dtype=np.float32)
            proj[: self.size] = self.proj[: self.size]
            ids = np.full(cap, -1, dtype=np.int64)
            ids[: self.size] = self.ids[: self.size]
            self.vecs, self.proj, self.ids = vecs, proj, ids
        row = self.size
        self.vecs[row] = vec
        self.proj[row] = vec @ self.projection
        self.ids[row] = entry_id
        self.size += 1
        self.live += 1
        return row

    def remove(self, row: int) -> None:
        self.ids[row] = -1
        self.live -= 1

    def needs_compaction(self) -> bool:
        dead = self.size - self.live
        return dead >= _COMPACT_MIN_DEAD and dead > self.live

    def compact(self, entries: OrderedDict[int, _Entry]) -> None:
        keep = np.flatnonzero(self.ids[: self.size] >= 0)
        cap = max(_MIN_CAPACITY, 1 << int(max(len(keep), 1) - 1).bit_length())
        vecs = np.empty((cap, self.dim), dtype=np.float32)
        vecs[: len(keep)] = self.vecs[keep]
        proj = np.empty((cap, self.proj.shape[1]), dtype=np.float32)
        proj[: len(keep)] = self.proj[keep]
        ids = np.full(cap, -1, dtype=np.int64)
        ids[: len(keep)] = self.ids[keep]
        self.vecs, self.proj, self.ids = vecs, proj, ids
        self.size = self.live = len(keep)
        for row, entry_id in enumerate(ids[: self.size].tolist()):
            entries[entry_id].row = row

    def nbytes(self) -> int:
        return int(self.vecs.nbytes + self.proj.nbytes + self.ids.nbytes)


class MemorySemanticCache:
    """The in-memory :class:`cache.base.SemanticCache` backend."""

    def __init__(
        self,
        *,
        max_entries: int = 10000,
        max_bytes: int = 256 * 1024 * 1024,
        max_entry_bytes: int = 256 * 1024,
        dim: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        offload_rows: int = OFFLOAD_ROWS,
    ) -> None:
        if max_entries <= 0 or max_bytes <= 0 or max_entry_bytes <= 0:
            raise ValueError("limits must be positive")
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._max_entry_bytes = max_entry_bytes
        self._dim = dim
        self._clock = clock
        self._offload_rows = offload_rows
        self._lock = threading.Lock()
        self._entries: OrderedDict[int, _Entry] = OrderedDict()  # LRU order: oldest first
        self._exact: dict[str, int] = {}  # request fingerprint -> entry
        self._partitions: dict[str, _Partition] = {}
        self._projections: dict[int, npt.NDArray[np.float32]] = {}
        self._expiry: list[tuple[float, int]] = []
        self._bytes = 0
        self._next_id = 0
        self.evictions = 0
        self.facts_rejects = 0  # similar enough, but a different question (cache.facts)

    # -- introspection (tests, metrics, benchmark) --------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    @property
    def total_bytes(self) -> int:
        """Accounted bytes: bodies + vectors + fixed overhead per entry."""
        return self._bytes

    def matrix_bytes(self) -> int:
        """Bytes actually allocated for vector matrices (including spare capacity)."""
        return sum(p.nbytes() for p in self._partitions.values())

    # -- SemanticCache -------------------------------------------------------------------
    async def lookup(
        self, key: CacheKey, embedding: np.ndarray, threshold: float, *, skip_exact: bool = False
    ) -> CacheHit | None:
        with self._lock:
            exact, snapshot = self._lookup_begin(key, embedding, skip_exact)
        if exact is not None or snapshot is None:
            return exact
        vecs, proj, projection, ids, query = snapshot
        if len(ids) >= PREFILTER_ROWS and projection.shape[1] > 0:
            ids, sims = await asyncio.to_thread(_two_stage, vecs, proj, projection, ids, query)
        elif len(ids) >= self._offload_rows:  # big scan: keep the event loop responsive
            sims = await asyncio.to_thread(np.dot, vecs, query)
        else:
            sims = vecs @ query
        with self._lock:
            return self._lookup_finish(key, ids, sims, threshold)

    async def get_exact(self, exact: str) -> ExactEntry | None:
        with self._lock:
            entry = self._exact_entry(exact)
            return None if entry is None else ExactEntry(entry.key.partition, entry.body)

    async def store(self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int) -> None:
        with self._lock:
            self._store(key, embedding, body, ttl_s)

    async def close(self) -> None:
        with self._lock:
            self._entries.clear()
            self._exact.clear()
            self._partitions.clear()
            self._expiry.clear()
            self._bytes = 0

    # -- internals (lock held) -------------------------------------------------------------
    def _exact_entry(self, exact: str) -> _Entry | None:
        """The live entry stored under a request fingerprint (touched for LRU)."""
        entry_id = self._exact.get(exact)
        if entry_id is None:
            return None
        entry = self._entries[entry_id]
        if entry.expires_at <= self._clock():
            self._remove(entry_id)
            return None
        self._entries.move_to_end(entry_id)
        return entry

    def _lookup_begin(
        self, key: CacheKey, embedding: np.ndarray, skip_exact: bool
    ) -> tuple[CacheHit | None, _Snapshot | None]:
        """Exact tier, or a snapshot (views) of the partition to scan outside the lock.

        The views stay valid: rows are only appended past ``size``, growth and compaction
        allocate new arrays, and a removal only marks ``ids[row] = -1``.
        """
        entry = None if skip_exact else self._exact_entry(key.exact)
        if entry is not None and entry.key.partition == key.partition:
            return CacheHit(body=entry.body, similarity=1.0, exact=True), None
        part = self._partitions.get(key.partition)
        if part is None or part.live == 0:
            return None, None
        query = normalize(embedding, part.dim)
        size = part.size
        snapshot = (part.vecs[:size], part.proj[:size], part.projection, part.ids[:size], query)
        return None, snapshot

    def _lookup_finish(
        self, key: CacheKey, ids: npt.NDArray[np.int64], sims: FloatVector, threshold: float
    ) -> CacheHit | None:
        now = self._clock()
        sims[ids < 0] = -np.inf
        while len(sims):
            row = int(np.argmax(sims))
            sim = float(sims[row])
            if not sim > -np.inf or sim < threshold - SIMILARITY_EPS:
                return None
            sims[row] = -np.inf
            entry_id = int(ids[row])
            entry = self._entries.get(entry_id)  # may have gone while the lock was released
            if entry is None:
                continue
            if entry.expires_at > now:
                if not key.agrees(entry.key.facts):
                    self.facts_rejects += 1
                    continue  # a different question: try the next most similar entry
                self._entries.move_to_end(entry_id)
                return CacheHit(body=entry.body, similarity=min(sim, 1.0), exact=False)
            self._remove(entry_id)  # expired: drop it and try the next best row
        return None

    def _store(self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int) -> None:
        if ttl_s <= 0 or len(body) > self._max_entry_bytes:
            return
        part = self._partitions.get(key.partition)
        dim = part.dim if part is not None else self._dim
        vec = normalize(embedding, dim)
        now = self._clock()
        self._drop_expired(now)

        old = self._exact.get(key.exact)
        if old is not None:  # one entry per fingerprint: the newest answer replaces it
            self._remove(old)
            part = self._partitions.get(key.partition)
        if part is None:
            dim = vec.shape[0]
            projection = self._projections.get(dim)
            if projection is None:
                projection = self._projections[dim] = _projection(dim)
            part = self._partitions[key.partition] = _Partition(dim, projection)

        entry_id = self._next_id
        self._next_id += 1
        facts_bytes = len(key.facts.encode()) if key.facts is not None else 0
        nbytes = len(body) + vec.nbytes + facts_bytes + ENTRY_OVERHEAD_BYTES
        row = part.append(vec, entry_id)
        expires_at = now + ttl_s
        self._entries[entry_id] = _Entry(key, bytes(body), expires_at, nbytes, row)
        self._exact[key.exact] = entry_id
        heapq.heappush(self._expiry, (expires_at, entry_id))
        self._bytes += nbytes
        while self._entries and (
            len(self._entries) > self._max_entries or self._bytes > self._max_bytes
        ):
            oldest = next(iter(self._entries))
            self._remove(oldest)
            self.evictions += 1

    def _drop_expired(self, now: float) -> None:
        heap = self._expiry
        while heap and heap[0][0] <= now:
            expires_at, entry_id = heapq.heappop(heap)
            entry = self._entries.get(entry_id)
            if entry is not None and entry.expires_at == expires_at:
                self._remove(entry_id)
        if len(heap) > 2 * len(self._entries) + 1024:  # stale heap items of removed entries
            self._expiry = [(e.expires_at, i) for i, e in self._entries.items()]
            heapq.heapify(self._expiry)

    def _remove(self, entry_id: int) -> None:
        entry = self._entries.pop(entry_id)
        if self._exact.get(entry.key.exact) == entry_id:
            del self._exact[entry.key.exact]
        self._bytes -= entry.nbytes
        part = self._partitions[entry.key.partition]
        part.remove(entry.row)
        if part.live == 0:
            del self._partitions[entry.key.partition]
        elif part.needs_compaction():
            part.compact(self._entries)
