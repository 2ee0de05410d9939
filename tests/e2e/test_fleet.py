"""The fleet side through the real Envoy with the embedded default config: usage, TTFT/TPOT
and cost in /metrics, per-tenant token budgets (429 + retry-after), session affinity."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable

import httpx
import openai
import pytest
import redis

from extproc.stack import Stack
from tests.e2e.conftest import MEETING_NOTES, base_url, pool_url
from tests.redis_server import RedisServer


def admin(stack: Stack) -> str:
    return f"http://127.0.0.1:{stack.config.server.admin_port}"


def metric(stack: Stack, name: str, **labels: str) -> float:
    """The sum of a metric's samples whose labels include ``labels``."""
    total = 0.0
    for line in httpx.get(admin(stack) + "/metrics").text.splitlines():
        m = re.match(rf"^{name}(?:\{{(.*)\}})? (\S+)$", line)
        if not m:
            continue
        have = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1) or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total += float(m.group(2))
    return total


HELLO = [{"role": "user", "content": "Give me three tips for a good night's sleep"}]


def test_usage_ttft_tpot_and_cost_move_with_traffic(stack: Stack, client: openai.OpenAI):
    tokens0 = metric(stack, "prism_tokens_total", model="qwen3-8b", type="completion")
    cost0 = metric(stack, "prism_cost_usd_total", model="qwen3-8b")
    ttft0 = metric(stack, "prism_time_to_first_token_seconds_count", model="qwen3-8b")
    tpot0 = metric(stack, "prism_time_per_output_token_seconds_count", model="qwen3-8b")
    answer = client.chat.completions.create(model="auto", messages=HELLO)
    assert answer.usage is not None
    # a stream whose client did not ask for usage: Prism asks the pool, the client sees none
    chunks = list(client.chat.completions.create(model="auto", messages=HELLO, stream=True))
    assert chunks and all(c.usage is None and c.choices for c in chunks)
    sent = httpx.get(pool_url(stack, "general") + "/last").json()["body"]
    assert sent["stream_options"] == {"include_usage": True}
    # a client that asks gets its usage chunk as usual
    asked = list(
        client.chat.completions.create(
            model="auto", messages=HELLO, stream=True, stream_options={"include_usage": True}
        )
    )
    assert asked[-1].usage is not None and asked[-1].usage.completion_tokens > 0
    tokens = metric(stack, "prism_tokens_total", model="qwen3-8b", type="completion")
    assert tokens - tokens0 >= answer.usage.completion_tokens + asked[-1].usage.completion_tokens
    assert metric(stack, "prism_cost_usd_total", model="qwen3-8b") > cost0
    assert metric(stack, "prism_time_to_first_token_seconds_count", model="qwen3-8b") == ttft0 + 3
    assert metric(stack, "prism_time_per_output_token_seconds_count", model="qwen3-8b") >= tpot0 + 2


def test_a_tenant_over_its_token_budget_gets_429_and_others_do_not(
    stack: Stack, client: openai.OpenAI
):
    long = [{"role": "user", "content": MEETING_NOTES}]
    trial = {"x-tenant-id": "trial"}

    def exhaust() -> openai.RateLimitError:
        for _ in range(40):  # the trial tenant has 1,000 tokens a minute; each request ~250
            try:
                client.chat.completions.create(model="auto", messages=long, extra_headers=trial)
            except openai.RateLimitError as exc:
                return exc
        raise AssertionError("the trial tenant was never refused")

    refused = exhaust()
    wait = int(refused.response.headers["retry-after"])
    assert 1 <= wait <= 60
    if wait < 5:  # the minute is about to roll over: spend the next one instead
        time.sleep(wait + 0.5)
        refused = exhaust()
    assert refused.code == "rate_limit_exceeded" and "trial" in refused.message
    before = httpx.get(pool_url(stack, "general") + "/stats").json()["requests"]
    with pytest.raises(openai.RateLimitError):  # the same window: still spent
        client.chat.completions.create(model="auto", messages=long, extra_headers=trial)
    assert httpx.get(pool_url(stack, "general") + "/stats").json()["requests"] == before
    other = client.chat.completions.with_raw_response.create(
        model="auto", messages=long, extra_headers={"x-tenant-id": "acme"}
    )
    assert other.status_code == 200
    assert metric(stack, "prism_limit_rejections_total", tenant="trial") >= 2
    ready = httpx.get(admin(stack) + "/readyz").json()
    assert ready["limits"] == {"store": "memory (per replica)"}


def test_one_session_stays_on_one_model_while_sessions_spread(stack: Stack):
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    premium = {"x-user-tier": "premium"}

    def served(session: str, turns: int) -> list[str]:
        history: list[dict[str, str]] = []
        models = []
        for turn in range(turns):
            ask = f"Suggest a name for a pet goldfish, idea number {turn}"
            history.append({"role": "user", "content": ask})
            raw = client.chat.completions.with_raw_response.create(
                model="auto", messages=history, extra_headers={**premium, "x-session-id": session}
            )
            assert raw.headers["x-prism-decision"] == "premium"
            models.append(raw.headers["x-selected-model"])
            history.append({"role": "assistant", "content": raw.parse().choices[0].message.content})
        return models

    assert len(set(served("conversation-1", 10))) == 1
    firsts = {served(f"conversation-{i}", 1)[0] for i in range(2, 26)}
    assert firsts == {"qwen3-8b", "deepseek-r1"}  # weighted 1:1 over new sessions
    assert metric(stack, "prism_affinity_decisions_total", result="kept") >= 9
    assert metric(stack, "prism_affinity_sessions") >= 25


def test_usage_of_anthropic_and_responses_answers_streams_included(stack: Stack):
    import anthropic

    claude = anthropic.Anthropic(base_url=base_url(stack), api_key="x", max_retries=0)
    oai = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    before = metric(stack, "prism_tokens_total", model="qwen3-8b", type="completion")
    msg = claude.messages.create(
        model="auto", max_tokens=100, messages=[{"role": "user", "content": "Name a colour"}]
    )
    with claude.messages.stream(
        model="auto", max_tokens=100, messages=[{"role": "user", "content": "Name a fruit"}]
    ) as stream:
        streamed = stream.get_final_message()
    answer = oai.responses.create(model="auto", input="Name a river")
    spent = msg.usage.output_tokens + streamed.usage.output_tokens
    assert answer.usage is not None
    spent += answer.usage.output_tokens
    after = metric(stack, "prism_tokens_total", model="qwen3-8b", type="completion")
    assert after - before == spent


def test_budgets_shared_through_redis(make_stack: Callable[..., Stack], redis_server: RedisServer):
    if not redis_server.running:
        redis_server.start()
    prefix = f"e2e-{uuid.uuid4().hex[:8]}:"
    limits = {
        "enabled": True,
        "store": "redis",
        "redis_url": redis_server.url,
        "key_prefix": prefix,
        "timeout_ms": 200,
        "tenants": {"trial": {"requests_per_minute": 3}},
    }
    stack = make_stack(limits=limits)
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    trial = {"x-tenant-id": "trial"}
    for _ in range(3):
        client.chat.completions.create(model="auto", messages=HELLO, extra_headers=trial)
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="auto", messages=HELLO, extra_headers=trial)
    keys = redis.Redis.from_url(redis_server.url).keys(prefix + "*")
    assert keys  # the counters live in Redis, where every replica reads them
    assert httpx.get(admin(stack) + "/readyz").json()["limits"] == {"store": "redis (shared)"}
    assert metric(stack, "prism_limit_store_errors") == 0
