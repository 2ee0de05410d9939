"""MicroBatcher groups concurrent calls and returns the same results as direct calls."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from classifiers.batcher import MicroBatcher
from classifiers.errors import ClassifierError
from classifiers.types import signals_to_public
from tests.unit.classifier_support import engine

TEXTS = [f"Question {i}: what is {i} plus {i * 3}?" for i in range(12)] + [
    "Write a Go function that parses JSON.",
    "Email me at bob@example.com",
]


async def test_groups_concurrent_calls() -> None:
    b = MicroBatcher(engine(), max_batch_size=8, max_wait_ms=50.0)
    try:
        results = await asyncio.gather(*(b.classify(t) for t in TEXTS))
    finally:
        await b.close()
    assert len(results) == len(TEXTS)
    assert b.items == len(TEXTS)
    assert b.batches < len(TEXTS)  # grouped, not one call per text
    assert b.max_batch_seen > 1 and b.max_batch_seen <= 8
    direct = engine().classify_batch(TEXTS)
    for r, d in zip(results, direct, strict=True):
        assert r.domain.label == d.domain.label
        assert float(np.dot(r.embedding, d.embedding)) > 0.9999
        assert [(e.type, e.start, e.end) for e in r.pii] == [
            (e.type, e.start, e.end) for e in d.pii
        ]


async def test_single_call_is_not_held_long() -> None:
    b = MicroBatcher(engine(), max_batch_size=16, max_wait_ms=1.0)
    try:
        s = await asyncio.wait_for(b.classify("hello there"), timeout=5.0)
    finally:
        await b.close()
    assert signals_to_public(s)["jailbreak"]["label"] == "benign"
    assert b.batches == 1 and b.last_batch_size == 1


async def test_event_loop_stays_free_while_classifying() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.001)

    t = asyncio.create_task(ticker())
    try:
        await asyncio.gather(*(b.classify("x " * 400) for _ in range(8)))
    finally:
        t.cancel()
        await b.close()
    assert ticks > 3


async def test_closed_batcher_refuses() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=1.0)
    await b.close()
    with pytest.raises(ClassifierError):
        await b.classify("hi")


async def test_opportunistic_batching_with_parallel_workers() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0, workers=2)
    try:
        results = await asyncio.gather(*(b.classify(t) for t in TEXTS))
    finally:
        await b.close()
    assert b.items == len(TEXTS)
    assert 1 < b.max_batch_seen <= 4  # batches formed from what queued, never above the cap
    direct = engine().classify_batch(TEXTS)
    for r, d in zip(results, direct, strict=True):
        assert r.domain.label == d.domain.label
        assert float(np.dot(r.embedding, d.embedding)) > 0.9999
