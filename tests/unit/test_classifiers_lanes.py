"""The batcher's two lanes: interactive texts first, a long scan's texts behind them."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import pytest

from classifiers.batcher import MicroBatcher, estimate_tokens
from classifiers.errors import ClassifierOverloaded
from classifiers.lanes import BULK, BULK_BATCH_TOKENS, Lanes
from tests.unit.classifier_support import engine


@dataclass
class Item:
    name: str
    tokens: int = 10
    enqueued: float = field(default_factory=time.perf_counter)


async def test_interactive_items_are_taken_before_bulk_ones() -> None:
    lanes: Lanes[Item] = Lanes()
    lanes.put(Item("b1"), bulk=True)
    lanes.put(Item("f1"), bulk=False)
    lanes.put(Item("f2"), bulk=False)
    first = await lanes.take(8, 0.0, time.perf_counter)
    assert [i.name for i in first] == ["f1", "f2"]
    lanes.done(bulk=False)
    second = await lanes.take(8, 0.0, time.perf_counter)
    assert [i.name for i in second] == ["b1"]


async def test_a_bulk_batch_stops_at_its_token_cap_and_one_runs_at_a_time() -> None:
    lanes: Lanes[Item] = Lanes()
    for n in range(4):
        lanes.put(Item(f"b{n}", tokens=BULK_BATCH_TOKENS // 2), bulk=True)
    batch = await lanes.take(8, 0.0, time.perf_counter)
    assert [i.name for i in batch] == ["b0", "b1"]  # a third would pass the cap
    # while it runs, a second worker gets no bulk batch...
    waiting = asyncio.ensure_future(lanes.take(8, 0.0, time.perf_counter))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    # ...but an interactive item at once
    lanes.put(Item("f1"), bulk=False)
    assert [i.name for i in await asyncio.wait_for(waiting, 1)] == ["f1"]
    # and the bulk lane waits for the interactive batch too, then goes on
    lanes.done(bulk=True)
    after = asyncio.ensure_future(lanes.take(8, 0.0, time.perf_counter))
    await asyncio.sleep(0.01)
    assert not after.done()
    lanes.done(bulk=False)
    assert [i.name for i in await asyncio.wait_for(after, 1)] == ["b2", "b3"]


async def test_one_long_item_is_a_batch_of_its_own() -> None:
    lanes: Lanes[Item] = Lanes()
    lanes.put(Item("long", tokens=BULK_BATCH_TOKENS * 4), bulk=True)
    lanes.put(Item("next"), bulk=True)
    assert [i.name for i in await lanes.take(8, 0.0, time.perf_counter)] == ["long"]


async def test_waiting_for_more_interactive_items_until_max_wait() -> None:
    lanes: Lanes[Item] = Lanes()
    lanes.put(Item("f1"), bulk=False)

    async def later() -> None:
        await asyncio.sleep(0.01)
        lanes.put(Item("f2"), bulk=False)
        lanes.put(Item("b1"), bulk=True)

    task = asyncio.ensure_future(later())
    batch = await lanes.take(8, 0.2, time.perf_counter)
    await task
    assert [i.name for i in batch] == ["f1", "f2"]
    assert [i.name for i in lanes.drain()] == ["b1"] and len(lanes) == 0


async def _bulk_classify(b: MicroBatcher, text: str) -> object:
    token = BULK.set(True)
    try:
        return await b.classify(text)
    finally:
        BULK.reset(token)


async def test_a_long_scan_is_read_after_interactive_texts_and_outside_their_bound() -> None:
    long_texts = [f"Tool result {n}: the quarterly figures were reviewed. " * 20 for n in range(6)]
    # the bound is far below the long scan's tokens: bulk texts do not count against it
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0, max_queue_tokens=100)
    finished: list[str] = []

    async def bulk(n: int) -> None:
        await _bulk_classify(b, long_texts[n])
        finished.append(f"bulk{n}")

    async def interactive() -> None:
        await b.classify("What is 2 plus 2?")
        finished.append("interactive")

    try:
        b.admit_bulk(sum(estimate_tokens(t) for t in long_texts), within_s=8.0)
        tasks = [asyncio.ensure_future(bulk(n)) for n in range(6)]
        await asyncio.sleep(0)  # the long scan is queued (its first batch may start)
        assert b.bulk_tokens > 100
        await asyncio.gather(interactive(), *tasks)
    finally:
        await b.close()
    # the interactive text overtook the queued bulk ones: at most the bulk batches already
    # running when it arrived (one) finished before it
    assert finished.index("interactive") <= 1, finished
    assert b.bulk_tokens == b.bulk_requests == b.pending_tokens == b.pending_requests == 0
    assert b.bulk_admitted == 1


async def test_a_second_long_scan_is_admitted_only_if_the_lane_leaves_it_time() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0)
    text = "The committee reviewed the quarterly figures. " * 40
    b.tokens_per_s = 1000.0  # as measured
    try:
        b.admit_bulk(50_000, within_s=1.0)  # alone: admitted, however long
        first = asyncio.ensure_future(_bulk_classify(b, text))
        await asyncio.sleep(0)
        ahead = b.bulk_tokens
        assert ahead > 0
        need = (ahead + 2000) / 1000 / 0.8  # with the estimate's 20 % margin
        b.admit_bulk(2000, within_s=need + 0.1)  # it fits behind
        with pytest.raises(ClassifierOverloaded) as info:
            b.admit_bulk(2000, within_s=need - 0.1)  # it would not
        assert info.value.bound == "tokens"
        await first
        b.admit_bulk(50_000, within_s=1.0)  # the lane is free again
    finally:
        await b.close()
    assert (b.bulk_admitted, b.bulk_shed) == (3, 1)


async def test_expected_seconds_follow_the_measured_throughput() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0)
    try:
        before = b.tokens_per_s
        await b.classify("The committee reviewed the quarterly figures. " * 30)
    finally:
        await b.close()
    assert b.tokens_per_s != before  # one batch of >= 32 tokens moved the average
    assert b.expected_s(3000) == pytest.approx(3000 / b.tokens_per_s)


async def test_an_interactive_text_that_would_wait_past_the_budget_is_shed_at_once() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0, max_queue_tokens=100_000)
    b.max_wait_s = 0.5
    b.tokens_per_s = 1000.0  # as measured
    text = "The committee reviewed the quarterly figures. " * 20  # ~300 estimated tokens
    try:
        first = asyncio.ensure_future(b.classify(text))  # alone: admitted
        await asyncio.sleep(0)
        with pytest.raises(ClassifierOverloaded) as info:
            await b.classify(text)  # 600 tokens ahead and its own: 0.6 s > 0.5 s
        assert info.value.bound == "wait"
        await b.classify("What is 2 plus 2?")  # a short one still fits
        await first
        b.max_wait_s = 0.0  # off: only the token bound holds
        second = asyncio.ensure_future(b.classify(text))
        await asyncio.sleep(0)
        await b.classify(text)
        await second
    finally:
        await b.close()
    assert b.shed_wait == 1 and b.pending_tokens == 0
