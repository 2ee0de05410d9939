"""Build ext_proc messages the way Envoy sends them, and serve a pipeline over a real
in-process gRPC channel, for tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import grpc
from envoy.config.core.v3.base_pb2 import HeaderMap, HeaderValue
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc
from envoy.service.ext_proc.v3.external_processor_pb2 import (
    HttpBody,
    HttpHeaders,
    ProcessingRequest,
    ProcessingResponse,
)


def header_map(headers: dict[str, str]) -> HeaderMap:
    return HeaderMap(headers=[HeaderValue(key=k, raw_value=v.encode()) for k, v in headers.items()])


def request_headers(
    path: str = "/v1/chat/completions",
    method: str = "POST",
    extra: dict[str, str] | None = None,
    end_of_stream: bool = False,
) -> ProcessingRequest:
    h = {
        ":method": method,
        ":path": path,
        ":authority": "localhost",
        "content-type": "application/json",
        **(extra or {}),
    }
    return ProcessingRequest(
        request_headers=HttpHeaders(headers=header_map(h), end_of_stream=end_of_stream)
    )


def request_body(body: bytes) -> ProcessingRequest:
    return ProcessingRequest(request_body=HttpBody(body=body, end_of_stream=True))


def response_headers(
    status: int = 200, content_type: str = "application/json", end_of_stream: bool = False
) -> ProcessingRequest:
    h = {":status": str(status), "content-type": content_type}
    return ProcessingRequest(
        response_headers=HttpHeaders(headers=header_map(h), end_of_stream=end_of_stream)
    )


def response_body(chunk: bytes, end_of_stream: bool) -> ProcessingRequest:
    return ProcessingRequest(response_body=HttpBody(body=chunk, end_of_stream=end_of_stream))


def set_headers(resp: ProcessingResponse, phase: str) -> dict[str, str]:
    common = getattr(resp, phase).response
    return {
        o.header.key: (o.header.raw_value.decode() or o.header.value)
        for o in common.header_mutation.set_headers
    }


def removed_headers(resp: ProcessingResponse, phase: str) -> list[str]:
    return list(getattr(resp, phase).response.header_mutation.remove_headers)


@asynccontextmanager
async def served(pipeline: Any, server_settings: Any) -> AsyncIterator[Any]:
    """An ``ExternalProcessorStub`` on a loopback channel to ``pipeline``."""
    from extproc.servicer import ExternalProcessor

    server = grpc.aio.server()
    ext_proc_grpc.add_ExternalProcessorServicer_to_server(
        ExternalProcessor(lambda: pipeline, server_settings), server
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    try:
        yield ext_proc_grpc.ExternalProcessorStub(channel)
    finally:
        await channel.close()
        await server.stop(None)
