"""Bandit counts in Redis, shared by every Prism replica.

Reads never wait on Redis: `counts()` serves a local mirror that a background task
refreshes every `sync_interval_s` (HGETALL per decision). `record()` updates the mirror at
once and sends HINCRBYFLOAT with a short timeout; when Redis is down the bandit keeps
learning locally and the increments it could not send are retried on the next sync.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import defaultdict

import redis.asyncio as aioredis
from pydantic import BaseModel, ConfigDict, Field

from extproc.periodic import Periodic

log = logging.getLogger("prism.bandit")


class BanditSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    store: str = Field("memory", pattern="^(memory|redis)$")
    redis_url: str = Field("", description="empty = the cache's redis_url")
    redis_password_env: str = ""
    key_prefix: str = "prism:bandit:"
    timeout_ms: float = Field(50.0, gt=0)
    sync_interval_s: float = Field(1.0, gt=0)


class RedisBanditStore:
    def __init__(self, url: str, settings: BanditSettings, password: str | None = None) -> None:
        self.settings = settings
        self.client = aioredis.Redis.from_url(
            url,
            password=password,
            socket_timeout=settings.timeout_ms / 1000,
            socket_connect_timeout=settings.timeout_ms / 1000,
        )
        self._mirror: dict[str, dict[str, list[float]]] = defaultdict(dict)
        self._unsent: dict[tuple[str, str, int], float] = defaultdict(float)
        self._periodic = Periodic(settings.sync_interval_s, self.sync, "bandit-sync")
        self.errors = 0

    @classmethod
    def from_settings(cls, settings: BanditSettings, cache_url: str) -> RedisBanditStore:
        env = settings.redis_password_env
        password = os.environ.get(env) if env else None
        return cls(settings.redis_url or cache_url, settings, password)

    def _key(self, decision: str) -> str:
        return self.settings.key_prefix + decision

    def arms(self) -> int:
        """(decision, model) pairs mirrored: bounded by the config's decisions x models."""
        return sum(len(models) for models in self._mirror.values())

    def counts(self, decision: str) -> dict[str, tuple[float, float]]:
        return {m: (c[0], c[1]) for m, c in self._mirror[decision].items()}

    def record(self, decision: str, model: str, success: bool) -> None:
        slot = 0 if success else 1
        self._mirror[decision].setdefault(model, [0.0, 0.0])[slot] += 1.0
        self._unsent[(decision, model, slot)] += 1.0
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (tests, CLI): the next sync sends it

    def start(self) -> None:
        self._periodic.start()

    async def close(self) -> None:
        await self._periodic.stop()
        await self.sync()
        await self.client.aclose()

    async def sync(self) -> bool:
        """Send unsent increments, then refresh the mirror; False when Redis failed."""
        pending, self._unsent = self._unsent, defaultdict(float)
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for (decision, model, slot), n in pending.items():
                    pipe.hincrbyfloat(self._key(decision), f"{model}:{'sf'[slot]}", n)
                decisions = list(self._mirror)
                for decision in decisions:
                    pipe.hgetall(self._key(decision))
                replies = await asyncio.wait_for(
                    pipe.execute(), self.settings.timeout_ms / 1000 * 4
                )
        except (aioredis.RedisError, OSError, TimeoutError) as exc:
            for k, n in pending.items():
                self._unsent[k] += n
            self.errors += 1
            log.debug("bandit sync failed: %s", exc)
            return False
        for decision, raw in zip(decisions, replies[len(pending) :], strict=True):
            mirror: dict[str, list[float]] = {}
            for field, value in raw.items():
                model, _, kind = field.decode().rpartition(":")
                mirror.setdefault(model, [0.0, 0.0])[0 if kind == "s" else 1] = float(value)
            for (d, model, slot), n in self._unsent.items():  # recorded during the round trip
                if d == decision:
                    mirror.setdefault(model, [0.0, 0.0])[slot] += n
            self._mirror[decision] = mirror
        return True
