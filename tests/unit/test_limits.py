"""Per-tenant token and request budgets on one replica (the Redis store: integration)."""

from __future__ import annotations

import pytest

from extproc.config import ConfigError, parse_config
from extproc.limits import Limiter, LimitSettings
from tests.unit.policy_helpers import base_config


class Clock:
    def __init__(self, now: float = 600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def settings(**kw: object) -> LimitSettings:
    return LimitSettings.model_validate(
        {
            "enabled": True,
            "default": {"tokens_per_minute": 1000, "requests_per_minute": 5},
            "tenants": {
                "big": {"tokens_per_minute": 100_000, "models": {"m": {"tokens_per_minute": 300}}}
            },
            **kw,
        }
    )


async def test_token_budget_per_tenant_with_retry_after_and_a_new_window():
    clock = Clock(600.0)
    lim = Limiter(settings(), clock=clock)
    assert (await lim.admit("t1", "m", 600)).ok
    clock.now = 615.2
    over = await lim.admit("t1", "m", 600)
    assert not over.ok and over.retry_after_s == 45 and "t1" in over.reason
    assert (await lim.admit("t2", "m", 600)).ok  # another tenant has its own budget
    clock.now = 660.0
    assert (await lim.admit("t1", "m", 600)).ok  # the next minute


async def test_request_budget_and_per_model_budget():
    lim = Limiter(settings(), clock=Clock())
    for _ in range(5):
        assert (await lim.admit("t", "m", 1)).ok
    assert not (await lim.admit("t", "m", 1)).ok
    assert (await lim.admit("big", "m", 200)).ok
    rejected = await lim.admit("big", "m", 200)
    assert not rejected.ok and "model 'm'" in rejected.reason
    assert (await lim.admit("big", "other", 5000)).ok  # only the tenant's own budget


async def test_settling_with_real_usage_moves_the_window():
    lim = Limiter(settings(), clock=Clock())
    adm = await lim.admit("t", "m", 100)
    await lim.settle(adm, 950)  # the answer was long: 950 tokens in all
    assert not (await lim.admit("t", "m", 100)).ok
    adm2 = await lim.admit("u", "m", 900)
    await lim.settle(adm2, 100)  # shorter than estimated: room given back
    assert (await lim.admit("u", "m", 800)).ok


async def test_a_request_larger_than_the_budget_says_so_and_no_budget_admits_all():
    lim = Limiter(settings(), clock=Clock())
    adm = await lim.admit("t", "m", 5000)
    assert not adm.ok and "exceeds the 1000 tokens/min" in adm.reason
    free = Limiter(LimitSettings(enabled=True), clock=Clock())
    assert all([(await free.admit("t", "m", 10**6)).ok for _ in range(100)])
    assert len(free.local) == 0


async def test_memory_is_bounded_by_max_tenants():
    lim = Limiter(settings(max_tenants=50), clock=Clock())
    for i in range(500):
        await lim.admit(f"tenant-{i}", "m", 1)
    assert len(lim.local) <= 50


def test_a_budget_for_an_unknown_model_is_a_config_error():
    data = base_config(limits={"tenants": {"t": {"models": {"ghost": {"tokens_per_minute": 5}}}}})
    with pytest.raises(ConfigError, match=r"limits.tenants.t.models: unknown model 'ghost'"):
        parse_config(data)
