"""Every store that grows with traffic is bounded by configuration and reported as a gauge."""

from __future__ import annotations

import asyncio

import numpy as np

from cache import CacheSettings, GuardedCache, MemorySemanticCache
from cache.base import CacheKey
from extproc import cache_flow
from extproc.bounds import report_bounds
from extproc.feedback import FeedbackBook
from extproc.metrics import Metrics
from extproc.pipeline import make_services
from extproc.surfaces import CHAT
from tests.unit.policy_helpers import config_with


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_feedback_book_plateaus_at_its_capacity() -> None:
    book = FeedbackBook(capacity=50, ttl_s=600)
    decision = config_with().decisions[0]
    for i in range(1000):
        book.remember(f"r{i}", decision, "m")
    assert len(book) == 50
    assert book.pop("r0") is None and book.pop("r999") is not None


def test_feedback_book_forgets_by_age() -> None:
    clock = Clock()
    book = FeedbackBook(capacity=10_000, ttl_s=60, clock=clock)
    decision = config_with().decisions[0]
    for i in range(100):
        book.remember(f"old{i}", decision, "m")
    clock.now += 30
    assert book.pop("old1") is not None  # within the window
    clock.now += 31
    book.remember("new", decision, "m")  # an insert drops what expired
    assert len(book) == 1
    assert book.pop("new") is not None
    book.remember("late", decision, "m")
    clock.now += 61
    assert book.pop("late") is None  # too old to rate


def test_bounds_are_reported_with_their_capacity() -> None:
    config = config_with(cache=CacheSettings(memory_max_entries=3).model_dump())
    services = make_services()
    services.feedback = FeedbackBook.from_settings(config.feedback)
    backend = MemorySemanticCache(max_entries=3, dim=4)
    services.cache = GuardedCache(backend)
    metrics = Metrics()
    report_bounds(metrics, services, config)
    for i in range(5):
        asyncio.run(backend.store(CacheKey("p", f"e{i}"), np.ones(4), b"x", 60))
    services.feedback.remember("r1", config.decisions[0], "m")
    value = metrics.registry.get_sample_value
    assert value("prism_bounded_entries", {"store": "cache_entries"}) == 3
    assert value("prism_bounded_capacity", {"store": "cache_entries"}) == 3
    assert value("prism_bounded_entries", {"store": "feedback"}) == 1
    assert value("prism_bounded_capacity", {"store": "feedback"}) == 20_000
    assert value("prism_bounded_capacity", {"store": "bandit_arms"}) == len(config.decisions) * len(
        config.models
    )


async def test_cache_stores_in_flight_are_bounded() -> None:
    cache = GuardedCache(MemorySemanticCache(dim=4))
    cplan = cache_flow.CachePlan(
        CacheKey("p", "e"), CHAT, np.ones(4), 0.9, 60, True, True, max_pending=0
    )
    store = cache_flow.CacheStore(cache, cplan, 1 << 16, Metrics())
    before = cache_flow.dropped_stores
    assert store.on_headers(200, {"content-type": "application/json"})
    body = b'{"choices": [{"index": 0, "finish_reason": "stop", "message": {}}]}'
    store.on_body(body, True)
    store.on_finish(True)
    await asyncio.sleep(0)
    assert cache_flow.dropped_stores == before + 1 and cache.stats.stores == 0
