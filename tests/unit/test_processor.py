"""The ext_proc processor over a real in-process gRPC channel."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from envoy.extensions.filters.http.ext_proc.v3.processing_mode_pb2 import ProcessingMode
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc
from envoy.service.ext_proc.v3.external_processor_pb2 import (
    ProcessingRequest,
    ProcessingResponse,
)

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.pipeline import Pipeline, make_services
from extproc.processor import StreamSession
from tests.unit.ext_proc_client import (
    removed_headers,
    request_body,
    request_headers,
    response_body,
    response_headers,
    served,
    set_headers,
)
from tests.unit.policy_helpers import benign_classify

CONFIG = load_config(DEFAULT_CONFIG_PATH)


@pytest.fixture
async def stub() -> AsyncIterator[ext_proc_grpc.ExternalProcessorStub]:
    async with served(Pipeline(CONFIG, make_services(benign_classify)), CONFIG.server) as s:
        yield s


async def exchange(
    stub: ext_proc_grpc.ExternalProcessorStub, *messages: ProcessingRequest
) -> list[ProcessingResponse]:
    call = stub.Process()
    out: list[ProcessingResponse] = []
    for m in messages:
        await call.write(m)
        out.append(await call.read())
    await call.done_writing()
    return out


def chat(model: str = "auto", **extra: object) -> bytes:
    return json.dumps(
        {"model": model, "messages": [{"role": "user", "content": "hello"}], **extra}
    ).encode()


async def test_auto_routes_to_default_model_and_rewrites_body(stub) -> None:
    hdr, body = await exchange(stub, request_headers(), request_body(chat()))
    assert hdr.WhichOneof("response") == "request_headers"
    common = body.request_body.response
    assert common.clear_route_cache
    new_body = json.loads(common.body_mutation.body)
    assert new_body["model"] == "Qwen/Qwen3-8B"
    headers = set_headers(body, "request_body")
    assert headers["x-selected-model"] == "qwen3-8b"
    assert headers["content-length"] == str(len(common.body_mutation.body))


async def test_known_model_and_served_name_route_to_themselves(stub) -> None:
    _, body = await exchange(stub, request_headers(), request_body(chat("deepseek-r1")))
    assert set_headers(body, "request_body")["x-selected-model"] == "deepseek-r1"
    _, body = await exchange(stub, request_headers(), request_body(chat("Qwen/Qwen3-8B")))
    assert set_headers(body, "request_body")["x-selected-model"] == "qwen3-8b"
    # qwen3-8b has fallbacks: the body is sent with "model" first, as Envoy's per-attempt
    # rewrite expects (envoy_failover), even when the name is already the served one
    sent = body.request_body.response.body_mutation.body
    assert sent.startswith(b'{"model":"Qwen/Qwen3-8B"')


async def test_unknown_model_is_404_model_not_found(stub) -> None:
    _, resp = await exchange(stub, request_headers(), request_body(chat("gpt-17")))
    imm = resp.immediate_response
    assert imm.status.code == 404
    assert json.loads(imm.body)["error"]["code"] == "model_not_found"


async def test_spoofed_routing_headers_are_removed(stub) -> None:
    spoof = {"x-selected-model": "deepseek-r1", "x-prism-decision": "vip", "x-other": "keep"}
    hdr, body = await exchange(stub, request_headers(extra=spoof), request_body(chat()))
    assert set(removed_headers(hdr, "request_headers")) == {"x-selected-model", "x-prism-decision"}
    assert "x-selected-model" in removed_headers(body, "request_body")
    assert set_headers(body, "request_body")["x-selected-model"] == "qwen3-8b"


async def test_models_list_is_answered_by_prism(stub) -> None:
    (resp,) = await exchange(stub, request_headers("/v1/models", "GET", end_of_stream=True))
    imm = resp.immediate_response
    assert imm.status.code == 200
    ids = [m["id"] for m in json.loads(imm.body)["data"]]
    assert ids == ["auto", "qwen3-8b", "deepseek-r1", "partner-llm"]


def test_every_known_route_has_a_surface_that_parses_it() -> None:
    """The path matcher's routes and the surfaces agree: no known route is forwarded
    without being parsed and classified."""
    from extproc.paths import DEFAULT_ROUTES, MODELS_KEY
    from extproc.surfaces import BY_NAME

    for (method, path), key in DEFAULT_ROUTES.items():
        assert key == MODELS_KEY or (BY_NAME[key].path == path and method == "POST")


async def test_an_unknown_path_with_a_spoofed_route_header_is_refused(stub) -> None:
    (resp,) = await exchange(
        stub, request_headers("/health", extra={"x-selected-model": "deepseek-r1"})
    )
    imm = resp.immediate_response
    assert imm.status.code == 404
    assert json.loads(imm.body)["error"]["type"] == "invalid_request_error"


async def test_unknown_paths_and_methods_are_refused(stub) -> None:
    (resp,) = await exchange(stub, request_headers("/v2/anything"))
    assert resp.immediate_response.status.code == 404
    (resp,) = await exchange(stub, request_headers("/v1/chat/completions", "PUT"))
    imm = resp.immediate_response
    assert imm.status.code == 405
    assert json.loads(imm.body)["error"]["code"] == "method_not_allowed"
    allow = {h.header.key: h.header.raw_value for h in imm.headers.set_headers}["allow"]
    assert allow == b"POST"


async def test_routed_requests_turn_response_headers_on(stub) -> None:
    (resp,) = await exchange(stub, request_headers())
    assert resp.mode_override.response_header_mode == ProcessingMode.SEND
    assert resp.mode_override.request_body_mode == ProcessingMode.BUFFERED


async def test_passthrough_paths_skip_later_phases() -> None:
    config = CONFIG.model_copy(
        update={"server": CONFIG.server.model_copy(update={"passthrough_paths": ["/health"]})}
    )
    session = StreamSession(Pipeline(config, make_services()), config.server)
    resp = await session.handle(
        request_headers("/health", "GET", extra={"x-selected-model": "deepseek-r1"})
    )
    assert resp is not None
    assert resp.mode_override.request_body_mode == ProcessingMode.NONE
    assert resp.mode_override.response_header_mode == ProcessingMode.SKIP
    assert removed_headers(resp, "request_headers") == ["x-selected-model"]
    assert resp.request_headers.response.clear_route_cache


async def test_response_headers_carry_decision(stub) -> None:
    _, _, resp = await exchange(
        stub, request_headers(), request_body(chat()), response_headers(200)
    )
    headers = set_headers(resp, "response_headers")
    assert headers["x-prism-decision"] == "default"
    assert headers["x-prism-model"] == "Qwen/Qwen3-8B"
    assert headers["x-selected-model"] == "qwen3-8b"
    # usage accounting reads every 2xx answer as it streams past (JSON included)
    assert resp.mode_override.response_body_mode == ProcessingMode.STREAMED


async def test_event_stream_response_asks_for_streamed_body(stub) -> None:
    _, _, resp, chunk1, chunk2 = await exchange(
        stub,
        request_headers(),
        request_body(chat(stream=True)),
        response_headers(200, "text/event-stream"),
        response_body(b'data: {"x":1}\n\n', False),
        response_body(b"data: [DONE]\n\n", True),
    )
    assert resp.mode_override.response_body_mode == ProcessingMode.STREAMED
    assert chunk1.WhichOneof("response") == "response_body"
    assert chunk2.WhichOneof("response") == "response_body"


async def test_post_without_body_is_400(stub) -> None:
    (resp,) = await exchange(stub, request_headers(end_of_stream=True))
    assert resp.immediate_response.status.code == 400
