"""A bounded malformed-request fuzz through the real Envoy and Prism (seeded, ~300 requests,
stops by itself): random and invalid bodies, wrong Content-Length, oversized bodies, odd
methods and paths, HTTP/1.0, header junk. Every answer arrives within 15 s, none is a 5xx,
every error is an OpenAI-shaped JSON error, and Prism stays up and ready."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import orjson
import pytest

from extproc.stack import Stack
from tests.e2e.raw_http import Reply, exchange, request

SEED = 1721
ROUNDS = 300
CHAT = "/v1/chat/completions"
PATHS = [
    CHAT,
    "/v1/completions",
    "/v1/models",
    "/v1/responses",
    "/v1/embeddings",
    "/v1/chat/completions/",
    "/V1/CHAT/COMPLETIONS",
    "/v1/%2e%2e/v1/chat/completions",
    "/v1/chat%2Fcompletions",
    "/v1/chat/completions%00",
    "/v1/chat/completions;x",
    "/v1/chat/completions?stream=true&x=%ZZ",
    "/%",
    "/%zz",
    "/" + "a" * 5000,
    "/v1/" + "../" * 20,
    "/metrics",
    "/v1/explain",
    "*",
    "http://evil.example/v1/chat/completions",
    "/\u00e9t\u00e9",
]
METHODS = [
    "POST",
    "GET",
    "HEAD",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
    "TRACE",
    "CONNECT",
    "post",
    "FOO",
    "M-SEARCH",
]


def body_for(rng: random.Random, max_bytes: int) -> bytes:
    kind = rng.randrange(10)
    if kind == 0:
        return rng.randbytes(rng.randrange(1, 400))
    if kind == 1:
        good = orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": "hi"}]})
        return good[: rng.randrange(1, len(good))]  # truncated JSON
    if kind == 2:
        return rng.choice([b"[]", b"null", b"1e999", b'"x"', b"{}", b"{" * 3000, b"\xff\xfe{}"])
    if kind == 3:
        value = rng.choice([None, 1, [], {}, "x" * 10, [{"role": 7}], [{"role": "user"}]])
        return orjson.dumps({"model": rng.choice(["auto", "", 5, None]), "messages": value})
    if kind == 4:
        return b'{"model":"auto","model":"x","messages":[{"role":"user","content":"hi"}]}'
    if kind == 5:
        return b"x" * rng.choice([max_bytes + 1, 2 * max_bytes, 3 * 1024 * 1024 + 7])
    if kind == 6:
        return orjson.dumps({"model": "auto", "prompt": rng.choice(["hi", ["a"], [1, 2], {}])})
    if kind == 7:
        content = [
            {"type": rng.choice(["text", "image_url", "x", 1]), "text": rng.choice([1, "t"])}
        ]
        return orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": content}]})
    if kind == 8:
        return b""
    return orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": "hello"}]})


def one_request(rng: random.Random, i: int, max_bytes: int) -> tuple[str, bytes]:
    method = rng.choice(METHODS) if rng.random() < 0.4 else "POST"
    path = rng.choice(PATHS) if rng.random() < 0.5 else CHAT
    body = body_for(rng, max_bytes)
    headers: dict[str, str] = {}
    shape = rng.randrange(12)
    if shape == 0:  # Content-Length larger than the body: must be cut, not held
        headers["content-length"] = str(len(body) + rng.randrange(1, 5000))
    elif shape == 1:  # smaller: the rest reads as a second, malformed request
        headers["content-length"] = str(max(len(body) - 3, 0))
    elif shape == 2:
        headers["content-length"] = rng.choice(["-1", "abc", "1, 2", "99999999999999999999"])
    elif shape == 3:
        headers["transfer-encoding"] = "chunked"
        headers["content-length"] = str(len(body))
    elif shape == 4:
        headers[rng.choice(["x-selected-model", "x-prism-debug", "x-request-id"])] = "spoof"
    elif shape == 5:
        headers["content-type"] = rng.choice(["text/plain", "application/x-www-form-urlencoded"])
    data = request(method, path, body, headers)
    if shape == 6:  # HTTP/1.0
        data = data.replace(b" HTTP/1.1\r\n", b" HTTP/1.0\r\n", 1)
    elif shape == 7:  # junk header line
        data = data.replace(b"\r\n", b"\r\nbad header line\r\n", 1)
    return f"#{i} {method} {path[:60]} shape={shape} body={len(body)}B", data


@pytest.fixture(scope="module")
def stack(make_stack: Callable[..., Stack]) -> Stack:
    return make_stack(envoy={"request_timeout_s": 2})


def check(label: str, reply: Reply) -> None:
    assert not reply.timed_out, f"{label}: no complete answer within 15 s"
    assert reply.status != 0, f"{label}: no HTTP status line: {reply.body[:200]!r}"
    assert reply.status < 500, f"{label}: {reply.status} {reply.body[:300]!r}"
    if reply.status >= 400 and " HEAD " not in label:  # a reply to HEAD has no body
        try:
            reply.error()
        except Exception as exc:
            raise AssertionError(f"{label}: not an OpenAI error: {reply.body[:300]!r}") from exc


def test_malformed_requests_never_5xx_hang_or_break_prism(stack: Stack):
    rng = random.Random(SEED)
    port = stack.config.envoy.listener_port
    max_bytes = stack.config.server.max_body_bytes
    statuses: dict[int, int] = {}
    for i in range(ROUNDS):
        label, data = one_request(rng, i, max_bytes)
        reply = exchange(port, data, timeout=15)
        check(label, reply)
        statuses[reply.status] = statuses.get(reply.status, 0) + 1
    assert stack.procs["prism"].poll() is None, "Prism exited during the fuzz"
    admin = f"http://127.0.0.1:{stack.config.server.admin_port}"
    assert httpx.get(admin + "/readyz").status_code == 200
    assert len(statuses) >= 6, statuses  # the fuzz reached many different answers
