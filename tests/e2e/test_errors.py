"""Every bad request gets an OpenAI-shaped 4xx through Envoy; no pool is called."""

from __future__ import annotations

import httpx
import openai
import pytest

from extproc.stack import Stack
from tests.e2e.conftest import base_url, pool_url

CHAT = "/v1/chat/completions"


def total_pool_requests(stack: Stack) -> int:
    return sum(
        int(httpx.get(pool_url(stack, p.name) + "/stats").json()["requests"])
        for p in stack.config.pools
    )


def test_unknown_model_is_404_model_not_found(client: openai.OpenAI):
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-17", messages=[{"role": "user", "content": "x"}])
    assert info.value.code == "model_not_found"


def test_empty_messages_is_400(client: openai.OpenAI):
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="auto", messages=[])
    assert info.value.code == "empty_messages"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{this is not json", 400, "invalid_json"),
        (b'{"model":"auto"}', 400, "missing_messages"),
        (b'{"model":"auto","messages":"hello"}', 400, "invalid_type"),
        (b'{"model":"auto","messages":[{"role":"user","content":7}]}', 400, "invalid_type"),
        (
            b'{"model":"auto","messages":[{"role":"user","content":"\xff\xfe"}]}',
            400,
            "invalid_encoding",
        ),
        (b'{"model":"auto","messages":' + b"[" * 5000 + b"]" * 5000 + b"}", 400, None),
        (
            b'{"model":"auto","messages":[{"role":"user","content":"' + b"a" * 300_000 + b'"}]}',
            413,
            "request_too_large",
        ),
    ],
    ids=["malformed", "missing", "wrong-type", "content-type", "non-utf8", "bomb", "too-large"],
)
def test_bad_bodies(stack: Stack, body: bytes, status: int, code: str | None):
    before = total_pool_requests(stack)
    resp = httpx.post(
        base_url(stack) + CHAT,
        content=body,
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert resp.status_code == status
    err = resp.json()["error"]
    assert err["message"] and err["type"] == "invalid_request_error"
    if code:
        assert err["code"] == code
    if status != 413:  # a body over the limit is refused by Envoy before Prism sees it
        assert resp.headers["x-prism-request-id"]
    assert total_pool_requests(stack) == before


def test_empty_post_is_400(stack: Stack):
    resp = httpx.post(base_url(stack) + CHAT, content=b"")
    assert resp.status_code == 400
    assert resp.json()["error"]["code"] == "invalid_json"
