"""The processor on every surface: one endpoint-table lookup, answers and errors in the
surface's own shape, over a real in-process gRPC channel."""

from __future__ import annotations

import json

from envoy.extensions.filters.http.ext_proc.v3.processing_mode_pb2 import ProcessingMode
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.pipeline import Pipeline
from tests.unit.ext_proc_client import (
    request_body,
    request_headers,
    response_body,
    response_headers,
    set_headers,
)
from tests.unit.test_processor import exchange, stub
from tests.unit.test_processor_fuzz import run

__all__ = ["stub"]
ANTHROPIC = {"anthropic-version": "2023-06-01", "x-api-key": "k"}


def claude(model: str = "auto", **extra: object) -> bytes:
    body = {"model": model, "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    return json.dumps({**body, **extra}).encode()


async def test_anthropic_errors_have_anthropic_shape(stub) -> None:
    headers = request_headers("/v1/messages", extra=ANTHROPIC)
    _, resp = await exchange(stub, headers, request_body(claude("gpt-17")))
    imm = resp.immediate_response
    assert imm.status.code == 404
    assert json.loads(imm.body)["type"] == "error"
    assert json.loads(imm.body)["error"]["type"] == "not_found_error"
    _, resp = await exchange(stub, headers, request_body(b"{nope"))
    assert json.loads(resp.immediate_response.body)["error"]["type"] == "invalid_request_error"
    (resp,) = await exchange(stub, request_headers("/v1/messages", end_of_stream=True))
    assert resp.immediate_response.status.code == 400
    assert json.loads(resp.immediate_response.body)["type"] == "error"


async def test_an_internal_error_is_a_500_in_the_surface_shape(stub, monkeypatch) -> None:
    async def broken(*_: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(Pipeline, "route", broken)
    headers = request_headers("/v1/messages", extra=ANTHROPIC)
    _, resp = await exchange(stub, headers, request_body(claude()))
    assert resp.immediate_response.status.code == 500
    assert json.loads(resp.immediate_response.body)["error"]["type"] == "api_error"
    _, resp = await exchange(stub, request_headers("/v1/responses"), request_body(b'{"input":"x"}'))
    assert json.loads(resp.immediate_response.body)["error"]["code"] == "internal_error"


async def test_models_list_shape_follows_the_client_family(stub) -> None:
    (resp,) = await exchange(stub, request_headers("/v1/models", "GET", end_of_stream=True))
    assert json.loads(resp.immediate_response.body)["object"] == "list"
    anthropic = request_headers("/v1/models", "GET", extra=ANTHROPIC, end_of_stream=True)
    (resp,) = await exchange(stub, anthropic)
    page = json.loads(resp.immediate_response.body)
    assert page["data"][0]["type"] == "model" and page["has_more"] is False


async def test_every_surface_is_routed_through_the_body_phase(stub) -> None:
    bodies = {
        "/v1/messages": claude(),
        "/v1/responses": b'{"model": "auto", "input": "hello"}',
        "/v1/embeddings": b'{"model": "auto", "input": ["hello"]}',
        "/v1/completions": b'{"model": "auto", "prompt": "hello"}',
    }
    for path, body in bodies.items():
        hdr, resp = await exchange(stub, request_headers(path), request_body(body))
        # routed: the body is buffered to Prism and the response headers come back to it
        assert hdr.mode_override.request_body_mode == ProcessingMode.BUFFERED, path
        assert hdr.mode_override.response_header_mode == ProcessingMode.SEND, path
        assert set_headers(resp, "request_body")["x-selected-model"] == "qwen3-8b", path
        sent = json.loads(resp.request_body.response.body_mutation.body)
        assert sent["model"] == "Qwen/Qwen3-8B", path


SURFACE_BODIES = [
    claude(stream=True),
    json.dumps({"input": [{"type": "function_call_output", "output": "x"}], "stream": True}),
    json.dumps({"input": ["a", "b"]}),
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["/v1/messages", "/v1/responses", "/v1/embeddings"]),
    st.sampled_from(SURFACE_BODIES).map(lambda b: b if isinstance(b, bytes) else b.encode()),
    st.integers(0, 400),
    st.lists(st.sampled_from(["headers", "body", "resp_headers", "resp_body"]), max_size=6),
)
def test_any_surface_sequence_gets_an_answer_per_message(
    path: str, body: bytes, cut: int, tail: list[str]
) -> None:
    """A surface's request, whole or truncated, then anything: one answer per message."""
    made = {
        "headers": lambda: request_headers(path),
        "body": lambda: request_body(body[:cut]),
        "resp_headers": lambda: response_headers(200, "text/event-stream", False),
        "resp_body": lambda: response_body(b"event: message_stop\ndata: {}\n\n", True),
    }
    seq = [request_headers(path), request_body(body[:cut] if cut < len(body) else body)]
    run([*seq, *(made[k]() for k in tail)])
