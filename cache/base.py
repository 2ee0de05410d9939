"""The cache interface shared by every backend, and the one similarity definition.

Similarity
----------
Both backends use the same measure: the cosine similarity of the query embedding and
the stored embedding.  Embeddings are converted to float32 and L2-normalised on the way
in (:func:`normalize`), so cosine similarity is simply their dot product, in [-1, 1].
RediSearch reports cosine *distance* (``1 - similarity``); the Redis backend converts it.
A zero vector normalises to all zeros and therefore has similarity 0 with everything.

Hit rule
--------
A lookup hits only inside the key's ``partition``.  The exact tier is checked first: the
entry stored under the same ``exact`` fingerprint hits, with similarity 1.0, if its
partition is the key's partition.  Otherwise the most similar stored entry of the
partition hits if its similarity is ``>= threshold`` **and** its prompt agrees with the new
one on what makes them different questions (:mod:`cache.facts`: numbers, names, quoted
strings, code, negation, language, direction words), when the key carries facts; the next
most similar entry is tried otherwise.

The exact tier can also be read on its own, by fingerprint alone (:meth:`get_exact`),
before the partition is known: the pipeline fetches it while the classifier runs and
checks the partition afterwards, then asks for the vector tier only
(``lookup(..., skip_exact=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from cache.facts import QueryFacts, agree

FloatVector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class CacheKey:
    """Where an entry lives: ``partition`` scopes vector search (and must match for any
    hit), ``exact`` is the request fingerprint keying the exact tier (see
    :mod:`cache.keys`).  Both are hex sha256 digests.  ``facts`` are the query's
    :class:`cache.facts.QueryFacts`, stored with the entry and compared on every
    vector-tier hit (``None``: no check)."""

    partition: str
    exact: str
    facts: QueryFacts | None = None

    def agrees(self, stored: QueryFacts | None) -> bool:
        """Whether an entry whose prompt had ``stored`` facts may answer this key (an entry
        stored without facts may not, when the key has them)."""
        if self.facts is None:
            return True
        return stored is not None and agree(self.facts, stored)


@dataclass(frozen=True, slots=True)
class CacheHit:
    """A cached response body and how it matched."""

    body: bytes
    similarity: float
    exact: bool


@dataclass(frozen=True, slots=True)
class ExactEntry:
    """What the exact tier holds under one fingerprint: the entry's partition and body."""

    partition: str
    body: bytes

    def hit_for(self, key: CacheKey) -> CacheHit | None:
        """The exact hit for ``key``, or ``None`` when the entry is in another partition."""
        if self.partition != key.partition:
            return None
        return CacheHit(body=self.body, similarity=1.0, exact=True)


@runtime_checkable
class SemanticCache(Protocol):
    """What every backend implements.  Backends may raise; :class:`cache.guard.GuardedCache`
    turns errors and timeouts into misses."""

    async def lookup(
        self, key: CacheKey, embedding: np.ndarray, threshold: float, *, skip_exact: bool = False
    ) -> CacheHit | None: ...

    async def get_exact(self, exact: str) -> ExactEntry | None: ...

    async def store(
        self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int
    ) -> None: ...

    async def close(self) -> None: ...


def normalize(embedding: np.ndarray, dim: int | None = None) -> FloatVector:
    """Return ``embedding`` as a contiguous 1-D float32 unit vector (zeros stay zeros).

    Raises ``ValueError`` for a non-1-D input, non-finite values, or a length other than
    ``dim`` when ``dim`` is given.
    """
    vec = np.asarray(embedding, dtype=np.float32)
    if vec.ndim != 1:
        raise ValueError(f"embedding must be 1-D, got shape {vec.shape}")
    if dim is not None and vec.shape[0] != dim:
        raise ValueError(f"embedding has dimension {vec.shape[0]}, expected {dim}")
    if not np.all(np.isfinite(vec)):
        raise ValueError("embedding contains non-finite values")
    norm = float(np.linalg.norm(vec))
    if norm == 0.0:
        return np.zeros_like(vec)
    return np.ascontiguousarray(vec / norm, dtype=np.float32)
