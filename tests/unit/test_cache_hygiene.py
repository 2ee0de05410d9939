"""Cache hygiene: only complete, successful answers are stored; entries are per tenant and
user unless a decision opts into a shared scope."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from cache import CacheSettings, GuardedCache, MemorySemanticCache, completion_to_sse
from extproc.cache_flow import storable
from extproc.pipeline import Pipeline, make_services
from extproc.processor import StreamSession
from tests.unit.ext_proc_client import (
    request_body,
    request_headers,
    response_body,
    response_headers,
)
from tests.unit.policy_helpers import FakeOutput, config_with


def completion(finish: str | None = "stop") -> dict[str, Any]:
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "finish_reason": finish,
             "message": {"role": "assistant", "content": "hi"}}
        ],
    }  # fmt: skip


def cached_pipeline(scope: str = "user") -> Pipeline:
    async def classify(_: str) -> FakeOutput:
        return FakeOutput()

    decisions = [
        {"name": "d", "rules": {"always": True}, "models": [{"model": "qwen3-8b"}],
         "plugins": {"semantic_cache": {"scope": scope}}},
    ]  # fmt: skip
    config = config_with(decisions=decisions, cache=CacheSettings().model_dump())
    services = make_services(classify=classify)
    services.cache = GuardedCache(MemorySemanticCache(dim=384), timeout_ms=5000)
    return Pipeline(config, services)


async def send(
    p: Pipeline,
    text: str,
    headers: dict[str, str] | None = None,
    answer: dict[str, Any] | None = None,
    sse: bool = False,
    **body: Any,
) -> bool:
    """Send one request; True when it was answered from the cache."""
    s = StreamSession(p, p.config.server)
    req = {"model": "auto", "messages": [{"role": "user", "content": text}], **body}
    await s.handle(request_headers(extra=headers or {}))
    out = await s.handle(request_body(json.dumps(req).encode()))
    if out.WhichOneof("response") == "immediate_response":
        s.close()
        return True
    data = answer if answer is not None else completion()
    if sse:
        await s.handle(response_headers(200, "text/event-stream"))
        await s.handle(response_body(completion_to_sse(data), True))
    else:
        await s.handle(response_headers(200))
        await s.handle(response_body(json.dumps(data).encode(), True))
    s.close()
    await asyncio.sleep(0.02)  # the store task
    return False


@pytest.mark.parametrize("sse", [False, True])
@pytest.mark.parametrize(
    ("finish", "stored"),
    [("stop", True), ("tool_calls", True), ("length", False), ("content_filter", False),
     ("abort", False), ("error", False)],
)  # fmt: skip
async def test_only_complete_successful_answers_are_stored(
    finish: str, stored: bool, sse: bool
) -> None:
    p = cached_pipeline()
    assert not await send(p, "What is a monad?", answer=completion(finish), sse=sse)
    assert await send(p, "What is a monad?") is stored


def test_storable_rules() -> None:
    assert storable(completion("stop"))
    assert not storable(completion(None))
    assert not storable({**completion("stop"), "error": {"message": "x"}})
    two = completion("stop")
    two["choices"].append({"index": 1, "finish_reason": "length", "message": {}})
    assert not storable(two)  # every choice must be complete
    assert not storable({"choices": []}) and not storable([1])


async def test_entries_are_per_user_by_default() -> None:
    p = cached_pipeline()
    alice, bob = {"x-user-id": "alice"}, {"x-user-id": "bob"}
    assert not await send(p, "What did my doctor say?", alice)
    assert not await send(p, "What did my doctor say?", bob)  # not alice's answer
    assert await send(p, "What did my doctor say?", alice)
    assert await send(p, "What did my doctor say?", bob)  # bob's own entry survived
    # the OpenAI `user` field identifies a user too
    assert not await send(p, "Summarise my notes", user="carol")
    assert not await send(p, "Summarise my notes", user="dave")
    assert await send(p, "Summarise my notes", user="carol")


async def test_tenants_never_share_and_users_share_only_on_opt_in() -> None:
    p = cached_pipeline(scope="tenant")
    assert not await send(p, "Explain TCP slow start", {"x-user-id": "a", "x-tenant-id": "t1"})
    assert await send(p, "Explain TCP slow start", {"x-user-id": "b", "x-tenant-id": "t1"})
    assert not await send(p, "Explain TCP slow start", {"x-user-id": "a", "x-tenant-id": "t2"})
