"""Token and request budgets per tenant (and per tenant and model), per minute.

Each request is admitted against fixed one-minute windows before it is forwarded, with the
prompt's token estimate; when the answer's real usage is known the window is settled by the
difference. With ``store: redis`` every replica shares the counters (one atomic Lua script per
admission, keys hash-tagged by tenant so a Redis Cluster keeps them on one shard); a Redis
call that fails or times out falls back to this replica's own counters, counted in
``prism_limit_store_errors_total``, so a Redis outage neither blocks traffic nor lifts the
budgets. With ``store: memory`` each replica enforces the budget alone (N replicas admit up
to N times it); /readyz says which.

Fixed windows let a tenant spend up to twice its budget across a window boundary; budgets are
a guard rail, not a billing meter.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import redis.asyncio as aioredis
from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger("prism.limits")
WINDOW_S = 60
ANY_MODEL = "*"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Budget(Strict):
    tokens_per_minute: int | None = Field(None, ge=1)
    requests_per_minute: int | None = Field(None, ge=1)


class TenantBudget(Budget):
    models: dict[str, Budget] = Field(
        default_factory=dict, description="model -> budget, on top of the tenant's own"
    )


class LimitSettings(Strict):
    enabled: bool = False
    store: str = Field("memory", pattern="^(memory|redis)$")
    redis_url: str = Field("", description="empty = the cache's redis_url")
    redis_password_env: str = ""
    key_prefix: str = "prism:limits:"
    timeout_ms: float = Field(50.0, gt=0)
    default: TenantBudget = Field(
        default_factory=TenantBudget, description="each tenant not listed gets this budget"
    )
    tenants: dict[str, TenantBudget] = Field(default_factory=dict)
    max_tenants: int = Field(10_000, ge=1, description="bound on tenants tracked in memory")


@dataclass(frozen=True)
class Bucket:
    tenant: str
    model: str
    budget: Budget

    def key(self, prefix: str, window: int) -> str:
        return f"{prefix}{{{self.tenant}}}:{self.model}:{window}"


@dataclass
class Admission:
    ok: bool
    tenant: str
    window: int = 0
    tokens: int = 0
    buckets: list[Bucket] = field(default_factory=list)
    retry_after_s: int = 0
    reason: str = ""


CHECK_AND_ADD = """
local est = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local n = #KEYS / 2
for i = 1, n do
  local tpm = tonumber(ARGV[1 + 2 * i])
  local rpm = tonumber(ARGV[2 + 2 * i])
  local t = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  local r = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  if (tpm >= 0 and t + est > tpm) or (rpm >= 0 and r + 1 > rpm) then return i end
end
for i = 1, n do
  redis.call('INCRBY', KEYS[2 * i - 1], est)
  redis.call('EXPIRE', KEYS[2 * i - 1], ttl)
  redis.call('INCR', KEYS[2 * i])
  redis.call('EXPIRE', KEYS[2 * i], ttl)
end
return 0
"""


class MemoryCounters:
    """This replica's counters: window -> key -> [tokens, requests]; old windows dropped."""

    def __init__(self, max_keys: int) -> None:
        self.max_keys = max_keys
        self._windows: dict[int, dict[str, list[int]]] = {}

    def __len__(self) -> int:
        return sum(len(w) for w in self._windows.values())

    def check_and_add(self, window: int, keys: list[str], budgets: list[Budget], est: int) -> int:
        for w in [w for w in self._windows if w < window - 1]:
            del self._windows[w]
        counts = self._windows.setdefault(window, {})
        for i, (key, budget) in enumerate(zip(keys, budgets, strict=True), start=1):
            tokens, requests = counts.get(key, (0, 0))
            if _over(budget, tokens + est, requests + 1):
                return i
        for key in keys:
            if key not in counts and len(counts) >= self.max_keys:
                counts.pop(next(iter(counts)))  # bounded: the oldest tracked key goes
            c = counts.setdefault(key, [0, 0])
            c[0] += est
            c[1] += 1
        return 0

    def settle(self, window: int, keys: list[str], delta: int) -> None:
        counts = self._windows.get(window, {})
        for key in keys:
            if key in counts:
                counts[key][0] = max(0, counts[key][0] + delta)


def _over(budget: Budget, tokens: int, requests: int) -> bool:
    tpm, rpm = budget.tokens_per_minute, budget.requests_per_minute
    return (tpm is not None and tokens > tpm) or (rpm is not None and requests > rpm)


class Limiter:
    def __init__(
        self,
        settings: LimitSettings,
        cache_url: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.local = MemoryCounters(settings.max_tenants)
        self.redis: aioredis.Redis | None = None
        self.script = None
        self.store_errors = 0
        self.rejected = 0
        if settings.store == "redis":
            env = settings.redis_password_env
            password = os.environ.get(env) if env else None
            timeout = settings.timeout_ms / 1000
            self.redis = aioredis.Redis.from_url(
                settings.redis_url or cache_url,
                password=password,
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
            )
            self.script = self.redis.register_script(CHECK_AND_ADD)

    @property
    def shared(self) -> bool:
        return self.redis is not None

    def buckets(self, tenant: str, model: str) -> list[Bucket]:
        s = self.settings
        budget = s.tenants.get(tenant, s.default)
        out = []
        if budget.tokens_per_minute or budget.requests_per_minute:
            out.append(Bucket(tenant, ANY_MODEL, budget))
        per_model = budget.models.get(model)
        if per_model is not None:
            out.append(Bucket(tenant, model, per_model))
        return out

    async def admit(self, tenant: str, model: str, est_tokens: int) -> Admission:
        now = self.clock()
        window = int(now // WINDOW_S)
        buckets = self.buckets(tenant, model)
        adm = Admission(True, tenant, window, est_tokens, buckets)
        if not buckets:
            return adm
        keys = [b.key(self.settings.key_prefix, window) for b in buckets]
        hit = await self._check_and_add(window, keys, [b.budget for b in buckets], est_tokens)
        if hit:
            b = buckets[hit - 1]
            adm.ok = False
            adm.retry_after_s = max(1, math.ceil((window + 1) * WINDOW_S - now))
            tpm = b.budget.tokens_per_minute
            what = f"tenant '{tenant or 'anonymous'}'" + (
                f", model '{b.model}'" if b.model != ANY_MODEL else ""
            )
            if tpm is not None and est_tokens > tpm:
                adm.reason = (
                    f"the request (~{est_tokens} tokens) exceeds the {tpm} tokens/min of {what}"
                )
            else:
                adm.reason = f"the per-minute budget of {what} is spent"
            self.rejected += 1
        return adm

    async def _check_and_add(
        self, window: int, keys: list[str], budgets: list[Budget], est: int
    ) -> int:
        if self.script is not None:
            redis_keys = [k + suffix for k in keys for suffix in (":t", ":r")]
            args: list[int] = [est, WINDOW_S * 2]
            for b in budgets:
                args += [_or_none(b.tokens_per_minute), _or_none(b.requests_per_minute)]
            try:
                result = await asyncio.wait_for(
                    self.script(keys=redis_keys, args=args), self.settings.timeout_ms / 1000
                )
                return int(result)
            except (aioredis.RedisError, OSError, TimeoutError) as exc:
                self.store_errors += 1
                log.warning("limit store unavailable, counting on this replica: %s", exc)
        return self.local.check_and_add(window, keys, budgets, est)

    async def settle(self, adm: Admission, actual_tokens: int) -> None:
        """Correct the window by the answer's real token count (prompt + completion)."""
        delta = actual_tokens - adm.tokens
        if not adm.ok or not adm.buckets or delta == 0:
            return
        keys = [b.key(self.settings.key_prefix, adm.window) for b in adm.buckets]
        self.local.settle(adm.window, keys, delta)
        if self.redis is not None:
            try:
                async with self.redis.pipeline(transaction=False) as pipe:
                    for key in keys:
                        pipe.incrby(key + ":t", delta)
                    await asyncio.wait_for(pipe.execute(), self.settings.timeout_ms / 1000 * 4)
            except (aioredis.RedisError, OSError, TimeoutError):
                self.store_errors += 1

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


def _or_none(value: int | None) -> int:
    return -1 if value is None else value
