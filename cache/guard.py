"""Make any cache backend safe to call on the request path.

:class:`GuardedCache` bounds every backend call with ``asyncio.wait_for(timeout_ms)`` and
puts a circuit breaker in front of it:

* **closed** - calls go through; ``breaker_failures`` consecutive errors/timeouts open it;
* **open** - calls are skipped at once (lookup = miss, store dropped) for ``breaker_reset_s``;
* **half-open** - after that, exactly one call is let through as a probe while others keep
  being skipped; success closes the breaker, failure opens it for another period.

It never raises to the caller: a failed, timed-out or skipped lookup returns ``None`` and
a failed store is dropped.  Counters are kept in :class:`CacheStats`.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import TypeVar

import numpy as np

from cache.base import CacheHit, CacheKey, ExactEntry, SemanticCache

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(slots=True)
class CacheStats:
    """Monotonic counters for metrics.

    ``errors`` counts lookups that raised; ``timeouts`` counts timed-out calls (lookups and
    stores); ``store_errors`` counts stores that raised or timed out; ``breaker_open_skips``
    counts calls (lookups and stores) skipped by an open breaker.
    """

    hits: int = 0
    misses: int = 0
    errors: int = 0
    timeouts: int = 0
    breaker_open_skips: int = 0
    stores: int = 0
    store_errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class BreakerState(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Consecutive-failure circuit breaker with a single half-open probe."""

    def __init__(
        self, failures: int, reset_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._threshold = failures
        self._reset_s = reset_s
        self._clock = clock
        self._failures = 0
        self._opened_at = 0.0
        self._state = BreakerState.CLOSED
        self._probe_in_flight = False

    @property
    def state(self) -> BreakerState:
        if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self._reset_s:
            return BreakerState.HALF_OPEN
        return self._state

    def try_acquire(self) -> bool:
        """Whether a call may proceed now (reserving the probe slot when half-open)."""
        state = self.state
        if state is BreakerState.CLOSED:
            return True
        if state is BreakerState.HALF_OPEN and not self._probe_in_flight:
            self._state = BreakerState.HALF_OPEN
            self._probe_in_flight = True
            return True
        return False

    def release(self) -> None:
        """Give back a probe slot without judging the backend (the call was cancelled)."""
        self._probe_in_flight = False

    def on_success(self) -> None:
        self._failures = 0
        self._probe_in_flight = False
        self._state = BreakerState.CLOSED

    def on_failure(self) -> None:
        self._failures += 1
        was_probe = self._probe_in_flight
        self._probe_in_flight = False
        if was_probe or self._failures >= self._threshold:
            if self._state is not BreakerState.OPEN or was_probe:
                log.warning("semantic cache circuit breaker open (%d failures)", self._failures)
            self._state = BreakerState.OPEN
            self._opened_at = self._clock()


class GuardedCache:
    """Timeouts + circuit breaker + counters around a :class:`SemanticCache` backend."""

    def __init__(
        self,
        backend: SemanticCache,
        *,
        timeout_ms: float = 50.0,
        breaker_failures: int = 5,
        breaker_reset_s: float = 10.0,
        similarity_threshold: float = 0.92,
        ttl_s: int = 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.backend = backend
        self.timeout_s = timeout_ms / 1000.0
        self.similarity_threshold = similarity_threshold
        self.ttl_s = ttl_s
        self.breaker = CircuitBreaker(breaker_failures, breaker_reset_s, clock)
        self.stats = CacheStats()

    async def get_exact(self, exact: str) -> ExactEntry | None:
        """The exact tier's entry for a request fingerprint; ``None`` on miss or failure.

        Counts no hit or miss: :meth:`lookup` does, once the partition is known.
        """
        _, entry = await self._call(lambda: self.backend.get_exact(exact), store=False)
        return entry

    async def lookup(
        self,
        key: CacheKey,
        embedding: np.ndarray,
        threshold: float | None = None,
        *,
        prefetched: Awaitable[ExactEntry | None] | None = None,
    ) -> CacheHit | None:
        """The backend's hit, or ``None`` on miss, error, timeout or open breaker.

        ``prefetched`` is a :meth:`get_exact` for ``key.exact`` started earlier (the
        pipeline starts it before classification): its entry is used for the exact tier
        and the backend is then asked for the vector tier only.
        """
        thr = self.similarity_threshold if threshold is None else threshold
        skip_exact = False
        if prefetched is not None:
            entry = await prefetched
            hit = entry.hit_for(key) if entry is not None else None
            if hit is not None:
                self.stats.hits += 1
                return hit
            skip_exact = True
        ok, hit = await self._call(
            lambda: self.backend.lookup(key, embedding, thr, skip_exact=skip_exact), store=False
        )
        if ok and hit is not None:
            self.stats.hits += 1
            return hit
        if ok:
            self.stats.misses += 1
        return None

    async def store(
        self, key: CacheKey, embedding: np.ndarray, body: bytes, ttl_s: int | None = None
    ) -> None:
        """Store a response body; failures are counted and dropped."""
        ttl = self.ttl_s if ttl_s is None else ttl_s
        ok, _ = await self._call(lambda: self.backend.store(key, embedding, body, ttl), store=True)
        if ok:
            self.stats.stores += 1

    async def close(self) -> None:
        try:
            await asyncio.wait_for(self.backend.close(), timeout=max(self.timeout_s, 1.0))
        except Exception:  # closing must never fail the caller
            log.debug("semantic cache close failed", exc_info=True)

    async def _call(
        self, make: Callable[[], Awaitable[T]], *, store: bool
    ) -> tuple[bool, T | None]:
        if not self.breaker.try_acquire():
            self.stats.breaker_open_skips += 1
            return False, None
        try:
            result = await asyncio.wait_for(make(), timeout=self.timeout_s)
        except TimeoutError:
            self.breaker.on_failure()
            self.stats.timeouts += 1
            if store:
                self.stats.store_errors += 1
            return False, None
        except asyncio.CancelledError:
            self.breaker.release()  # the caller was cancelled: not the backend's fault
            raise
        except Exception as exc:
            self.breaker.on_failure()
            if store:
                self.stats.store_errors += 1
            else:
                self.stats.errors += 1
            log.debug("semantic cache %s failed: %r", "store" if store else "lookup", exc)
            return False, None
        self.breaker.on_success()
        return True, result
