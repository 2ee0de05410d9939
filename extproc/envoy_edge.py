"""The client-facing edge of Envoy's listener: path normalisation, size and time limits,
connection limits, and every reply Envoy makes itself turned into an OpenAI error.

Prism answers most errors itself (its immediate responses carry `x-prism-request-id`).
What remains are replies Envoy generates before or instead of asking Prism: a body over the
buffer limit (413), a request that does not arrive in time (408), a malformed or escaped-slash
path (400), HTTP/1.0 (426), oversized headers (431), and Prism itself being down, stalled or
draining (the ext_proc filter fails closed). `local_reply_config` maps each of them to
`{"error": {"message", "type", "param", "code"}}`; the Prism-down cases become 503 with
`retry-after`. A reply that already carries Prism's request id is left as it is.

Normalisation choices (docs/architecture.md, "Paths"): RFC 3986 normalisation (dot segments,
percent-decoding of unreserved characters), merged slashes, and escaped slashes
(`%2F`, `%5C`) rejected with 400 rather than unescaped and redirected: no OpenAI-style path
contains one, and a redirect would hand the client a 3xx for a POST that most SDKs do not
follow. Prism then matches the normalised path exactly (extproc/paths.py).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import timedelta

from extproc.config import PrismConfig
from extproc.paths import ADMIN_PATHS

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.accesslog.v3 import (
        AccessLogFilter,
        AndFilter,
        ComparisonFilter,
        ComparisonFilterOp,
        ExtensionFilter,
        HeaderFilter,
        StatusCodeFilter,
    )
    from envoy_data_plane.envoy.config.core.v3 import (
        HeaderValue,
        HeaderValueOption,
        Http1ProtocolOptions,
        Http2ProtocolOptions,
        HttpProtocolOptions,
        RuntimeUInt32,
        SubstitutionFormatString,
    )
    from envoy_data_plane.envoy.config.overload.v3 import OverloadManager, ResourceMonitor
    from envoy_data_plane.envoy.config.route.v3 import (
        DirectResponseAction,
        HeaderMatcher,
        Route,
        RouteMatch,
    )
    from envoy_data_plane.envoy.extensions.access_loggers.filters.cel.v3 import ExpressionFilter
    from envoy_data_plane.envoy.extensions.filters.http.buffer.v3 import Buffer
    from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3 import (
        HttpConnectionManager,
        HttpConnectionManagerPathWithEscapedSlashesAction,
        HttpFilter,
        LocalReplyConfig,
        ResponseMapper,
    )
    from envoy_data_plane.envoy.extensions.resource_monitors.downstream_connections.v3 import (
        DownstreamConnectionsConfig,
    )
    from envoy_data_plane.envoy.type.matcher.v3 import StringMatcher
    from envoy_data_plane.google.protobuf import Any as AnyMessage
    from envoy_data_plane.google.protobuf import Struct

PRISM_REPLY_HEADER = "x-prism-request-id"
"""Every reply Prism makes carries it; Envoy's own local replies do not."""

NOT_FROM_PRISM = f"!('{PRISM_REPLY_HEADER}' in response.headers)"
EXT_PROC_FAILED = "response.code_details.startsWith('ext_proc_error')"
CEL_FILTER = "envoy.access_loggers.extension_filters.cel"
BUFFER_FILTER = "envoy.filters.http.buffer"

DETAILS = "%RESPONSE_CODE_DETAILS%"
ANTHROPIC_PATH = "/v1/messages"
"""Requests on the Anthropic Messages surface get Anthropic's error shape
`{"type": "error", "error": {"type", "message"}}`; every other path the OpenAI shape."""


@dataclass(frozen=True)
class EdgeError:
    """One kind of reply Envoy makes itself, and how clients see it."""

    match: AccessLogFilter
    openai_type: str
    code: str
    message: str
    status: int = 0
    """Status to answer with; 0 keeps Envoy's."""
    retry: bool = False

    @property
    def anthropic_type(self) -> str:
        """The type Anthropic's API uses for this error (as surfaces/anthropic_messages)."""
        if self.openai_type == "server_error":
            return "api_error"
        if self.code == "request_too_large":
            return "request_too_large"
        return "not_found_error" if self.status == 404 else "invalid_request_error"


def _secs(value: float) -> timedelta:
    return timedelta(seconds=value)


def _json(body: dict[str, object]) -> SubstitutionFormatString:
    return SubstitutionFormatString(
        json_format=Struct.from_dict(body), content_type="application/json"
    )


def _openai_format(err: EdgeError) -> SubstitutionFormatString:
    fields = {"message": err.message, "type": err.openai_type, "param": None, "code": err.code}
    return _json({"error": fields})


def _anthropic_format(err: EdgeError) -> SubstitutionFormatString:
    message = f"{err.message} ({err.code})"
    return _json({"type": "error", "error": {"type": err.anthropic_type, "message": message}})


def _cel(expression: str) -> AccessLogFilter:
    return AccessLogFilter(
        extension_filter=ExtensionFilter(
            name=CEL_FILTER, typed_config=AnyMessage.pack(ExpressionFilter(expression=expression))
        )
    )


def _status(op: ComparisonFilterOp, code: int) -> AccessLogFilter:
    value = RuntimeUInt32(default_value=code, runtime_key=f"prism.local_reply.{op.name}.{code}")
    return AccessLogFilter(
        status_code_filter=StatusCodeFilter(comparison=ComparisonFilter(op=op, value=value))
    )


def _on_anthropic_path() -> AccessLogFilter:
    path = HeaderMatcher(name=":path", string_match=StringMatcher(prefix=ANTHROPIC_PATH))
    return AccessLogFilter(header_filter=HeaderFilter(header=path))


def _envoy_reply(*also: AccessLogFilter) -> AccessLogFilter:
    return AccessLogFilter(and_filter=AndFilter(filters=[_cel(NOT_FROM_PRISM), *also]))


def edge_errors(config: PrismConfig) -> list[EdgeError]:
    """In match order: the first that fits a reply decides its body."""
    eq, ge = ComparisonFilterOp.EQ, ComparisonFilterOp.GE
    limit = config.server.max_body_bytes
    client = "invalid_request_error"
    return [
        EdgeError(
            _cel(EXT_PROC_FAILED),
            "server_error",
            "router_unavailable",
            "the router is unavailable; retry shortly",
            status=503,
            retry=True,
        ),
        EdgeError(_status(eq, 400), client, "invalid_request", f"malformed request ({DETAILS})"),
        EdgeError(_status(eq, 404), client, "not_found", "no route for this path", status=404),
        EdgeError(
            _status(eq, 408), client, "request_timeout", "the request was not received in time"
        ),
        EdgeError(
            _status(eq, 413),
            client,
            "request_too_large",
            f"request body exceeds the limit of {limit} bytes",
        ),
        EdgeError(
            _status(eq, 426),
            client,
            "unsupported_protocol",
            "HTTP/1.0 is not supported; use HTTP/1.1 or HTTP/2",
        ),
        EdgeError(_status(eq, 431), client, "headers_too_large", "request headers are too large"),
        EdgeError(
            _status(eq, 503),
            "server_error",
            "upstream_unavailable",
            "%LOCAL_REPLY_BODY%",
            retry=True,
        ),
        EdgeError(_status(ge, 500), "server_error", DETAILS, "%LOCAL_REPLY_BODY%"),
        EdgeError(_status(ge, 400), client, DETAILS, "%LOCAL_REPLY_BODY%"),
    ]


def local_reply_config(config: PrismConfig) -> LocalReplyConfig:
    """Envoy's own replies in the caller's error shape; Prism's replies pass unchanged."""
    retry_after = HeaderValue(key="retry-after", value=str(config.envoy.retry_after_s))
    mappers = []
    for err in edge_errors(config):
        shapes = [([_on_anthropic_path()], _anthropic_format(err)), ([], _openai_format(err))]
        for extra, body in shapes:
            mappers.append(
                ResponseMapper(
                    filter=_envoy_reply(err.match, *extra),
                    status_code=err.status or None,
                    headers_to_add=[HeaderValueOption(header=retry_after)] if err.retry else [],
                    body_format_override=body,
                )
            )
    return LocalReplyConfig(mappers=mappers)


def body_limit_filter(config: PrismConfig) -> HttpFilter:
    """Buffers each request body up to `server.max_body_bytes` ahead of ext_proc, and answers
    413 above it, whatever the protocol. (Over HTTP/2 a stream's buffer limit is its
    flow-control window, 256 MiB by default, not the listener's per-connection limit: without
    this filter an HTTP/2 client's oversized body went whole to Prism, past its gRPC limit.)"""
    limit = Buffer(max_request_bytes=config.server.max_body_bytes)
    return HttpFilter(name=BUFFER_FILTER, typed_config=AnyMessage.pack(limit))


def harden(hcm: HttpConnectionManager, config: PrismConfig) -> HttpConnectionManager:
    """Normalisation, limits and error mapping on the client-facing connection manager."""
    e = config.envoy
    hcm.normalize_path = True
    hcm.merge_slashes = True
    hcm.path_with_escaped_slashes_action = (
        HttpConnectionManagerPathWithEscapedSlashesAction.REJECT_REQUEST
    )
    hcm.request_headers_timeout = _secs(e.request_headers_timeout_s)
    hcm.request_timeout = _secs(e.request_timeout_s)
    hcm.max_request_headers_kb = e.max_request_headers_kb
    hcm.common_http_protocol_options = HttpProtocolOptions(
        idle_timeout=_secs(e.idle_timeout_s), max_headers_count=e.max_headers_count
    )
    hcm.http_protocol_options = Http1ProtocolOptions(accept_http_10=False)
    hcm.http2_protocol_options = Http2ProtocolOptions(
        max_concurrent_streams=e.max_concurrent_streams
    )
    hcm.local_reply_config = local_reply_config(config)
    return hcm


def overload_manager(config: PrismConfig) -> OverloadManager:
    """A process-wide cap on client connections: above it Envoy stops accepting more."""
    limit = DownstreamConnectionsConfig(
        max_active_downstream_connections=config.envoy.max_connections
    )
    monitor = ResourceMonitor(
        name="envoy.resource_monitors.global_downstream_max_connections",
        typed_config=AnyMessage.pack(limit),
    )
    return OverloadManager(resource_monitors=[monitor])


def admin_path_routes() -> list[Route]:
    """Prism's admin paths answered 404 by Envoy itself, ahead of every pool route: even with
    `failure_mode_allow: true` and Prism down, they never reach a pool (Prism refuses them
    too when it is up). Case-insensitive, as some pools route."""
    return [
        Route(
            name="prism_admin_" + path.strip("/").replace("/", "_"),
            match=RouteMatch(path=path, case_sensitive=False),
            direct_response=DirectResponseAction(status=404),
        )
        for path in sorted(ADMIN_PATHS)
    ]
