"""Partition and fingerprint rules of cache.keys."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from cache.keys import build_cache_key, is_cacheable_request, request_fingerprint


def request(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello!"},
            {"role": "user", "content": "What is the capital of France?"},
        ],
        "temperature": 0.2,
        "max_tokens": 64,
    }
    body.update(overrides)
    return body


def key(body: dict[str, Any], tenant: str = "t1", decision: str = "d", model: str = "m"):
    return build_cache_key(body, tenant=tenant, decision=decision, model=model)


def test_embeds_last_user_text_and_is_deterministic() -> None:
    k1, text = key(request())
    k2, _ = key(copy.deepcopy(request()))
    assert text == "What is the capital of France?"
    assert k1 == k2
    assert len(k1.partition) == 64 and int(k1.partition, 16) >= 0
    assert len(k1.exact) == 64 and k1.exact != k1.partition


def test_text_parts_are_joined() -> None:
    body = request()
    body["messages"][-1]["content"] = [
        {"type": "text", "text": "line one"},
        {"type": "text", "text": "line two"},
    ]
    _, text = key(body)
    assert text == "line one\nline two"


def test_last_user_text_changes_exact_not_partition() -> None:
    base, _ = key(request())
    body = request()
    body["messages"][-1]["content"] = "Capital city of France?"
    other, _ = key(body)
    assert other.partition == base.partition
    assert other.exact != base.exact


@pytest.mark.parametrize(
    ("tenant", "decision", "model"), [("t2", "d", "m"), ("t1", "d2", "m"), ("t1", "d", "m2")]
)
def test_tenant_decision_model_change_partition(tenant: str, decision: str, model: str) -> None:
    assert key(request())[0].partition != key(request(), tenant, decision, model)[0].partition


def _edit(body: dict[str, Any], index: int, content: str) -> dict[str, Any]:
    body["messages"][index]["content"] = content
    return body


@pytest.mark.parametrize(
    "changed",
    [
        _edit(request(), 0, "You are verbose."),  # system prompt
        _edit(request(), 1, "Hey"),  # earlier user turn
        _edit(request(), 2, "Bonjour!"),  # earlier assistant turn
        request(messages=request()["messages"][2:]),  # fewer earlier turns
        request(messages=[{"role": "developer", "content": "x"}, *request()["messages"]]),
        request(temperature=0.9),
        request(top_p=0.5),
        request(max_tokens=65),
        request(max_completion_tokens=10),
        request(tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}]),
        request(tool_choice="none"),
        request(response_format={"type": "json_object"}),
        request(stop=["\n"]),
        request(seed=7),
        request(presence_penalty=0.5),
        request(frequency_penalty=0.5),
        request(logit_bias={"50256": -100}),
        request(reasoning_effort="high"),
        request(chat_template_kwargs={"enable_thinking": False}),
        request(some_future_param=True),
    ],
)
def test_context_and_params_change_partition(changed: dict[str, Any]) -> None:
    assert key(changed)[0].partition != key(request())[0].partition


@pytest.mark.parametrize(
    "same",
    [
        request(stream=True),
        request(stream=True, stream_options={"include_usage": True}),
        request(user="someone"),
        request(model="gpt-4o"),
        dict(reversed(list(request().items()))),  # key order
    ],
)
def test_transport_fields_do_not_change_key(same: dict[str, Any]) -> None:
    assert key(same)[0] == key(request())[0]


def test_image_part_of_last_message_changes_partition() -> None:
    def with_image(url: str) -> dict[str, Any]:
        body = request()
        body["messages"][-1]["content"] = [
            {"type": "text", "text": "What is in this picture?"},
            {"type": "image_url", "image_url": {"url": url}},
        ]
        return body

    a, text = key(with_image("https://x/a.png"))
    b, _ = key(with_image("https://x/b.png"))
    assert text == "What is in this picture?"
    assert a.partition != b.partition


def test_messages_after_last_user_are_in_partition() -> None:
    tool_turns = [
        {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                                              "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
    ]  # fmt: skip
    body = request()
    body["messages"] += tool_turns
    other = copy.deepcopy(body)
    other["messages"][-1]["content"] = "43"
    k1, text = key(body)
    assert text == "What is the capital of France?"
    assert k1.partition != key(other)[0].partition
    assert k1.partition != key(request())[0].partition


def test_query_text_cannot_collide_with_placeholder_position() -> None:
    # Moving the same text from an earlier turn into the last turn must change the partition.
    a = request(messages=[{"role": "user", "content": "A"}, {"role": "user", "content": "B"}])
    b = request(messages=[{"role": "user", "content": "B"}, {"role": "user", "content": "A"}])
    assert key(a)[0].partition != key(b)[0].partition


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        (request(), True),
        (request(stream=True), True),
        (request(n=1), True),
        (request(n=2), False),
        (request(messages=[]), False),
        (request(messages=[{"role": "system", "content": "only system"}]), False),
        (request(messages=[{"role": "user", "content": "   "}]), False),
        (request(messages=[{"role": "user", "content": [{"type": "image_url"}]}]), False),
        ({"model": "x"}, False),
    ],
)
def test_is_cacheable_request(body: dict[str, Any], ok: bool) -> None:
    assert is_cacheable_request(body) is ok


def test_build_cache_key_rejects_uncacheable() -> None:
    with pytest.raises(ValueError):
        key(request(messages=[{"role": "system", "content": "x"}]))


def test_request_fingerprint_is_the_request_as_sent_per_tenant() -> None:
    base = request_fingerprint(request(), tenant="t1")
    assert len(base) == 64
    # Transport-only fields and key order do not change it ...
    same = request(stream=True, user="u", stream_options={"include_usage": True}, model="other")
    assert request_fingerprint(same, tenant="t1") == base
    reordered = dict(reversed(list(request().items())))
    assert request_fingerprint(reordered, tenant="t1") == base
    # ... while the tenant, the query, earlier turns and parameters do.
    assert request_fingerprint(request(), tenant="t2") != base
    assert request_fingerprint(request(temperature=0.3), tenant="t1") != base
    changed = request()
    changed["messages"][-1]["content"] = "Capital city of France?"
    assert request_fingerprint(changed, tenant="t1") != base


def test_key_takes_the_fingerprint_of_the_body_before_mutation() -> None:
    received = request()
    exact = request_fingerprint(received, tenant="t1")
    routed = copy.deepcopy(received)
    routed["messages"].insert(0, {"role": "system", "content": "Think step by step."})
    k, _ = build_cache_key(routed, tenant="t1", decision="d", model="m", exact=exact)
    assert k.exact == exact
    assert k.partition == key(routed)[0].partition != key(received)[0].partition


def test_unencodable_body_is_not_cacheable_and_hashing_raises_type_error() -> None:
    body = request(metadata={"tag": object()})  # not JSON: cannot be hashed canonically
    assert is_cacheable_request(body) is False
    # the shape is fine; the caller that hashes next gets the TypeError instead
    assert is_cacheable_request(body, check_encoding=False) is True
    with pytest.raises(TypeError):
        request_fingerprint(body, tenant="t")
    with pytest.raises(TypeError):
        key(body)
