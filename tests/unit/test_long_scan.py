"""A security pass with more to read than its budget: one long scan in the bulk lane, with
Envoy's timer extended once (extproc/signals/long_scan.py, extproc/message_timer.py)."""

from __future__ import annotations

import asyncio
import time

import pytest
from envoy.service.ext_proc.v3.external_processor_pb2 import ProcessingResponse

from classifiers.errors import ClassifierOverloaded
from classifiers.lanes import BULK
from extproc.message_timer import CURRENT, MessageTimer, override
from extproc.policy.schema import Signals
from extproc.signals.base import SignalInput
from extproc.signals.evaluator import SignalEvaluator
from extproc.signals.failsafe import SecurityUnavailable
from extproc.signals.long_scan import MARGIN_S, Budget, plan
from extproc.surfaces.base import Kind, Message, TextSlot
from tests.unit.policy_helpers import FakeOutput, Jailbreak


class FakeLane:
    def __init__(self, seconds_per_token: float, full: bool = False) -> None:
        self.seconds_per_token = seconds_per_token
        self.full = full
        self.admitted: list[int] = []
        self.within: list[float] = []

    def admit_bulk(self, tokens: int, within_s: float) -> None:
        self.within.append(within_s)
        if self.full:
            raise ClassifierOverloaded("a long scan is running", 4, "tokens")
        self.admitted.append(tokens)

    def expected_s(self, tokens: int) -> float:
        return tokens * self.seconds_per_token


def timer(max_s: float = 8.0) -> tuple[MessageTimer, list[ProcessingResponse]]:
    sent: list[ProcessingResponse] = []
    return MessageTimer(max_s, sent.append), sent


def test_the_timer_is_extended_once_and_never_past_envoys_maximum() -> None:
    t, sent = timer(8.0)
    assert t.extend(20.0) == 8.0
    assert t.extend(5.0) == 0.0  # Envoy accepts one override per message
    assert len(sent) == 1 and sent[0].override_message_timeout.seconds == 8
    none, nothing = timer(0.0)
    assert none.extend(5.0) == 0.0 and not nothing
    d = override(1.25).override_message_timeout
    assert (d.seconds, d.nanos) == (1, 250_000_000)


def test_a_scan_that_fits_its_budget_is_not_long() -> None:
    t, sent = timer()
    budget = Budget(0.8)
    token = CURRENT.set(t)
    try:
        assert plan(FakeLane(0.0001), budget, 1000) == ""  # 0.1 s expected
    finally:
        CURRENT.reset(token)
    assert not budget.long and not sent and not BULK.get()


def test_a_long_scan_extends_envoys_timer_and_joins_the_bulk_lane() -> None:
    t, sent = timer(8.0)
    lane = FakeLane(0.001)
    budget = Budget(0.8)
    token = CURRENT.set(t)
    try:
        before = time.perf_counter()
        assert plan(lane, budget, 5000) == ""  # 5 s expected
        assert BULK.get()
        budget.end()
        assert not BULK.get()
    finally:
        CURRENT.reset(token)
    assert len(sent) == 1 and lane.admitted == [5000]
    assert lane.within == [pytest.approx(8.0 - MARGIN_S)]  # in the time Envoy granted
    assert budget.long
    assert budget.deadline == pytest.approx(before + 8.0 - MARGIN_S, abs=0.05)
    assert 7.0 < budget.left() <= 8.0 - MARGIN_S


def test_a_second_long_scan_is_shed_with_the_lanes_retry_after() -> None:
    t, _ = timer()
    budget = Budget(0.8)
    token = CURRENT.set(t)
    try:
        assert plan(FakeLane(0.001, full=True), budget, 5000) == "overloaded"
    finally:
        CURRENT.reset(token)
    assert budget.retry_after_s == 4 and not budget.long and not BULK.get()


def test_outside_an_ext_proc_body_or_without_a_lane_nothing_changes() -> None:
    budget = Budget(0.8)
    assert plan(FakeLane(0.001), budget, 5000) == ""  # no timer (e.g. /v1/explain)
    t, sent = timer()
    token = CURRENT.set(t)
    try:
        assert plan(None, budget, 5000) == ""
    finally:
        CURRENT.reset(token)
    assert not budget.long and not sent


def conversation(n: int) -> SignalInput:
    msgs = [
        Message(i, "tool", Kind.TOOL_RESULT, [TextSlot({"text": f"result {i} " * 200}, "text")], "")
        for i in range(n)
    ]
    last = f"summarise the {n} results"
    msgs.append(Message(n, "user", Kind.MESSAGE, [TextSlot({"text": last}, "text")], ""))
    return SignalInput(last, last, "auto", {}, messages=msgs)


def evaluator(delay_s: float, lanes: list[bool]) -> SignalEvaluator:
    async def classify(_: str) -> FakeOutput:
        lanes.append(BULK.get())
        await asyncio.sleep(delay_s)
        return FakeOutput(jailbreak=Jailbreak(0.01))

    spec = Signals.model_validate(
        {
            "budget_ms": 100,
            "security_budget_ms": 100,
            "jailbreak": [{"name": "jb", "scope": "untrusted"}],
        }
    )
    return SignalEvaluator(spec, classify, None, FakeLane(0.001))


async def test_a_long_scan_answers_past_the_security_budget_in_one_pass() -> None:
    lanes: list[bool] = []
    ev = evaluator(0.3, lanes)  # each text takes 3x the 100 ms budget
    t, sent = timer(2.0)
    token = CURRENT.set(t)
    try:
        results, scan = await ev.evaluate({"jb"}, conversation(6))
    finally:
        CURRENT.reset(token)
    assert not results["jb"].matched
    assert scan is not None and len(scan.outputs) == 7
    assert len(sent) == 1 and lanes and all(lanes)  # every text in the bulk lane
    assert not BULK.get()


async def test_without_the_extension_the_same_scan_fails_closed() -> None:
    lanes: list[bool] = []
    ev = evaluator(0.3, lanes)
    with pytest.raises(SecurityUnavailable) as info:
        await ev.evaluate({"jb"}, conversation(6))  # no timer: no ext_proc message to extend
    assert info.value.reason == "timeout" and not any(lanes)


async def test_the_deferred_part_of_a_long_scan_is_long_only_on_the_requests_clock() -> None:
    lanes: list[bool] = []

    async def classify(_: str) -> FakeOutput:
        lanes.append(BULK.get())
        await asyncio.sleep(0.15)  # past the 100 ms budget
        return FakeOutput(jailbreak=Jailbreak(0.01))

    spec = Signals.model_validate(
        {"budget_ms": 100, "security_budget_ms": 100, "jailbreak": [{"name": "jb"}]}
    )
    ev = SignalEvaluator(spec, classify, None, FakeLane(0.001))
    msgs = list(conversation(6).messages)
    system = [TextSlot({"text": "You are the reports agent. " * 30}, "text")]
    msgs.insert(0, Message(-1, "system", Kind.MESSAGE, system, ""))
    inp = SignalInput("summarise", "summarise", "auto", {}, messages=msgs)
    t, _ = timer(2.0)
    token = CURRENT.set(t)
    try:
        _, scan = await ev.evaluate(
            {"jb"},
            inp,
            force_classify=True,
            defer_pii_scopes=frozenset({"all"}),
        )
    finally:
        CURRENT.reset(token)
    assert scan is not None and scan.budget is not None and list(scan.deferred) == [-1]
    lanes.clear()
    # the cache store's reading, after the answer: interactive lane, the plain budget
    assert await ev.read_deferred(scan, {"all"}, on_clock=False) == "timeout"
    assert lanes == [False]
    # the PII policy's reading, before the answer: in the long scan's lane and time
    lanes.clear()
    assert await ev.read_deferred(scan, {"all"}) == ""
    assert lanes and all(lanes) and not BULK.get()
