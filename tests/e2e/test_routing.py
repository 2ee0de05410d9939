"""Through the real Envoy with the official openai client: routing, rewrite, streaming."""

from __future__ import annotations

import httpx
import openai

from extproc.stack import Stack
from tests.e2e.conftest import base_url, pool_url

MSG = [{"role": "user", "content": "hi"}]


def pool_requests(stack: Stack, pool: str) -> int:
    return int(httpx.get(pool_url(stack, pool) + "/stats").json()["requests"])


def last_seen(stack: Stack, pool: str) -> dict:
    return httpx.get(pool_url(stack, pool) + "/last").json()


def test_auto_goes_to_default_pool_with_routing_headers(stack: Stack, client: openai.OpenAI):
    before = pool_requests(stack, "general")
    raw = client.chat.completions.with_raw_response.create(model="auto", messages=MSG)
    completion = raw.parse()
    assert raw.headers["x-selected-model"] == "qwen3-8b"
    assert raw.headers["x-prism-decision"] == "default"
    assert raw.headers["x-prism-model"] == "Qwen/Qwen3-8B"
    assert raw.headers["x-demo-pool"] == "general"
    assert completion.model == "Qwen/Qwen3-8B"  # the pool received the rewritten name
    assert completion.choices[0].message.content.startswith("Demo answer from pool general")
    assert pool_requests(stack, "general") == before + 1


def test_explicit_model_routes_to_its_pool(stack: Stack, client: openai.OpenAI):
    before = pool_requests(stack, "reasoning")
    raw = client.chat.completions.with_raw_response.create(model="deepseek-r1", messages=MSG)
    assert raw.headers["x-demo-pool"] == "reasoning"
    assert raw.parse().model == "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"
    assert pool_requests(stack, "reasoning") == before + 1
    seen = last_seen(stack, "reasoning")
    assert seen["body"]["model"] == "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"
    assert int(seen["headers"]["Content-Length"]) == seen["raw_length"]


def test_streaming_chat_completion(stack: Stack, client: openai.OpenAI):
    with client.chat.completions.with_streaming_response.create(
        model="deepseek-r1", messages=MSG, stream=True, stream_options={"include_usage": True}
    ) as resp:
        assert resp.headers["x-demo-pool"] == "reasoning"
        assert resp.headers["x-selected-model"] == "deepseek-r1"
        chunks = list(resp.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Demo answer from pool reasoning to: hi"
    assert chunks[-1].usage is not None
    assert {c.model for c in chunks} == {"deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"}


def test_legacy_completions_are_routed(client: openai.OpenAI):
    raw = client.completions.with_raw_response.create(model="auto", prompt="say hi")
    assert raw.headers["x-demo-pool"] == "general"
    assert raw.parse().choices[0].text.endswith("say hi")


def test_models_list_answered_by_prism(stack: Stack, client: openai.OpenAI):
    before = pool_requests(stack, "general") + pool_requests(stack, "reasoning")
    ids = [m.id for m in client.models.list()]
    assert ids == ["auto", "qwen3-8b", "deepseek-r1", "partner-llm"]
    assert pool_requests(stack, "general") + pool_requests(stack, "reasoning") == before


def test_client_cannot_pick_a_pool_by_spoofing_headers(stack: Stack, client: openai.OpenAI):
    raw = client.chat.completions.with_raw_response.create(
        model="auto",
        messages=MSG,
        extra_headers={
            "x-selected-model": "deepseek-r1",
            "x-prism-decision": "vip",
            "x-prism-anything": "1",
        },
    )
    assert raw.headers["x-demo-pool"] == "general"
    assert raw.headers["x-prism-decision"] == "default"
    seen = {k.lower(): v for k, v in last_seen(stack, "general")["headers"].items()}
    assert seen["x-selected-model"] == "qwen3-8b"
    assert not [k for k in seen if k.startswith("x-prism-")]


def test_paths_prism_does_not_route_are_refused_not_forwarded(stack: Stack):
    # /stats is not an LLM path and not in server.passthrough_paths: 404 from Prism, no pool
    resp = httpx.get(base_url(stack) + "/stats", headers={"x-selected-model": "deepseek-r1"})
    assert resp.status_code == 404
    assert resp.json()["error"]["code"] == "unknown_path"
    assert "x-demo-pool" not in resp.headers
