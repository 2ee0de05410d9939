"""Pure helpers that read and build Envoy ext_proc protobuf messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from envoy.config.core.v3.base_pb2 import HeaderMap, HeaderValue, HeaderValueOption
from envoy.extensions.filters.http.ext_proc.v3.processing_mode_pb2 import ProcessingMode
from envoy.service.ext_proc.v3.external_processor_pb2 import (
    BodyMutation,
    BodyResponse,
    CommonResponse,
    HeaderMutation,
    HeadersResponse,
    ImmediateResponse,
    ProcessingResponse,
)
from envoy.type.v3.http_status_pb2 import HttpStatus

from extproc import headers as hdr

JSON = "application/json"
OVERWRITE = HeaderValueOption.OVERWRITE_IF_EXISTS_OR_ADD
SEND = ProcessingMode.SEND
SKIP = ProcessingMode.SKIP
BODY_NONE = ProcessingMode.NONE
BUFFERED = ProcessingMode.BUFFERED
STREAMED = ProcessingMode.STREAMED


def headers_to_dict(header_map: HeaderMap) -> dict[str, str]:
    """Lower-cased header names to values; repeated headers are joined with ','."""
    out: dict[str, str] = {}
    for h in header_map.headers:
        value = h.raw_value.decode("utf-8", "replace") if h.raw_value else h.value
        key = h.key.lower()
        out[key] = f"{out[key]},{value}" if key in out else value
    return out


def header_mutation(
    set_headers: Mapping[str, str] | None = None, remove: Iterable[str] = ()
) -> HeaderMutation:
    return HeaderMutation(
        set_headers=[
            HeaderValueOption(
                header=HeaderValue(key=k, raw_value=v.encode("utf-8")), append_action=OVERWRITE
            )
            for k, v in (set_headers or {}).items()
        ],
        remove_headers=list(remove),
    )


def common(
    set_headers: Mapping[str, str] | None = None,
    remove: Iterable[str] = (),
    *,
    body: bytes | None = None,
    clear_route_cache: bool = False,
) -> CommonResponse:
    resp = CommonResponse(clear_route_cache=clear_route_cache)
    remove = list(remove)
    if set_headers or remove:
        resp.header_mutation.CopyFrom(header_mutation(set_headers, remove))
    if body is not None:
        resp.status = CommonResponse.CONTINUE
        resp.body_mutation.CopyFrom(BodyMutation(body=body))
    return resp


def request_headers_response(
    response: CommonResponse, mode: ProcessingMode | None = None
) -> ProcessingResponse:
    out = ProcessingResponse(request_headers=HeadersResponse(response=response))
    if mode is not None:
        out.mode_override.CopyFrom(mode)
    return out


def request_body_response(response: CommonResponse) -> ProcessingResponse:
    return ProcessingResponse(request_body=BodyResponse(response=response))


def response_headers_response(
    response: CommonResponse, mode: ProcessingMode | None = None
) -> ProcessingResponse:
    out = ProcessingResponse(response_headers=HeadersResponse(response=response))
    if mode is not None:
        out.mode_override.CopyFrom(mode)
    return out


def response_body_response(response: CommonResponse | None = None) -> ProcessingResponse:
    return ProcessingResponse(response_body=BodyResponse(response=response or CommonResponse()))


def immediate(
    status: int, body: bytes, headers: Mapping[str, str] | None = None, details: str = ""
) -> ProcessingResponse:
    all_headers = {hdr.CONTENT_TYPE: JSON, **(headers or {})}
    return ProcessingResponse(
        immediate_response=ImmediateResponse(
            status=HttpStatus(code=status),  # type: ignore[arg-type]
            headers=header_mutation(all_headers),
            body=body,
            details=details,
        )
    )


def mode(
    *,
    request_body: int = BUFFERED,
    response_headers: int = SEND,
    response_body: int = BODY_NONE,
) -> ProcessingMode:
    return ProcessingMode(
        request_header_mode=SEND,
        request_body_mode=request_body,  # type: ignore[arg-type]
        response_header_mode=response_headers,  # type: ignore[arg-type]
        response_body_mode=response_body,  # type: ignore[arg-type]
        request_trailer_mode=SKIP,
        response_trailer_mode=SKIP,
    )
