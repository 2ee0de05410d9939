"""One ext_proc stream = one HTTP request: a state machine over ProcessingRequests.

Every message Envoy sends gets exactly one answer (or a clean end of stream), whatever
arrives: unexpected, repeated or truncated messages never crash the stream or hang it.
"""

from __future__ import annotations

import functools
import logging
import time
import uuid

from envoy.service.ext_proc.v3.external_processor_pb2 import (
    HttpBody,
    HttpHeaders,
    ProcessingRequest,
    ProcessingResponse,
    TrailersResponse,
)

from extproc import ext_proc_messages as msg
from extproc import telemetry
from extproc.config import ServerSettings
from extproc.debug_gate import debug_allowed
from extproc.errors import OpenAIError, bad_request, internal_error
from extproc.openai_request import Endpoint, endpoint_for, parse_request
from extproc.outcomes import Forward, Respond, ResponseObserver
from extproc.paths import DEFAULT_ROUTES, MODELS_KEY, PathMatcher
from extproc.pipeline import REQUEST_ID, SELECTED_MODEL, Pipeline, RequestContext

log = logging.getLogger("prism.processor")

PASS_THROUGH_MODE = msg.mode(request_body=msg.BODY_NONE, response_headers=msg.SKIP)
# Envoy's default skips response headers (so its own local replies, e.g. to a malformed
# request, never wait on Prism); a request Prism routes turns them on.
ROUTED_MODE = msg.mode()
STREAM_BODY_MODE = msg.mode(response_headers=msg.SEND, response_body=msg.STREAMED)
BUFFER_BODY_MODE = msg.mode(response_headers=msg.SEND, response_body=msg.BUFFERED)


@functools.cache
def _matcher(passthrough: tuple[str, ...]) -> PathMatcher:
    return PathMatcher.build(DEFAULT_ROUTES, passthrough)


def matcher_for(settings: ServerSettings) -> PathMatcher:
    return _matcher(tuple(settings.passthrough_paths))


def unsupported_route(method: str, path: str) -> OpenAIError:
    """A known API route Prism cannot classify yet: refused, never forwarded unchecked."""
    return OpenAIError(
        404, f"{method} {path} is not supported by this router", code="unsupported_endpoint"
    )


def is_spoofable(name: str) -> bool:
    """Headers only Prism may set: a client cannot choose a pool by sending them."""
    return name == SELECTED_MODEL or name.startswith("x-prism-")


class StreamSession:
    def __init__(self, pipeline: Pipeline, settings: ServerSettings) -> None:
        self.pipeline = pipeline
        self.settings = settings
        self.ctx: RequestContext | None = None
        self.endpoint: Endpoint | None = None
        self.removed: list[str] = []
        self.forward: Forward | None = None
        self.answered: Respond | None = None
        self.status = 0
        self.requested_model = ""
        self.observing: list[ResponseObserver] = []
        self.finished = False
        self.error = ""

    # -- dispatch ---------------------------------------------------------------------
    async def handle(self, req: ProcessingRequest) -> ProcessingResponse | None:
        kind = req.WhichOneof("request")
        try:
            if kind == "request_headers":
                return self._on_request_headers(req.request_headers)
            if kind == "request_body":
                return await self._on_request_body(req.request_body)
            if kind == "response_headers":
                return self._on_response_headers(req.response_headers)
            if kind == "response_body":
                return self._on_response_body(req.response_body)
            if kind == "request_trailers":
                return ProcessingResponse(request_trailers=TrailersResponse())
            if kind == "response_trailers":
                return ProcessingResponse(response_trailers=TrailersResponse())
            return None  # nothing Prism answers (e.g. an empty or unknown message)
        except OpenAIError as exc:
            return self._error_reply(kind, exc)
        except Exception as exc:  # a bug must not crash the stream or hang the client
            log.exception("processing %s failed", kind)
            self.error = type(exc).__name__
            return self._error_reply(kind, internal_error())

    def _error_reply(self, kind: str | None, exc: OpenAIError) -> ProcessingResponse:
        if kind in ("request_headers", "request_body"):
            reason = exc.code or "error"
            return self._respond(Respond(exc.status, exc.body(), exc.headers, reason=reason))
        if kind == "response_headers":
            return msg.response_headers_response(msg.common())
        return msg.response_body_response()

    # -- request phase ----------------------------------------------------------------
    def _on_request_headers(self, headers: HttpHeaders) -> ProcessingResponse:
        h = msg.headers_to_dict(headers.headers)
        method, path = h.get(":method", ""), h.get(":path", "")
        # Prism's own id: a client-sent x-request-id is logged beside it, never used as it.
        self.ctx = RequestContext(uuid.uuid4().hex, method, path, h)
        self.ctx.debug = debug_allowed(self.settings.debug_headers, h)
        self.removed = [k for k in h if is_spoofable(k)]
        target = matcher_for(self.settings).match(method, path)  # or a 4xx OpenAIError
        if target.passthrough:
            # The operator's pass-through path: strip spoofed headers, ask for nothing more.
            resp = msg.common(remove=self.removed, clear_route_cache=bool(self.removed))
            return msg.request_headers_response(resp, PASS_THROUGH_MODE)
        if target.key == MODELS_KEY:
            return self._respond(self.pipeline.models_list())
        self.endpoint = endpoint_for(method, target.path)
        if self.endpoint is None:
            raise unsupported_route(method, target.path)
        tracer = self.pipeline.services.tracer
        self.ctx.span = telemetry.start_server_span(tracer, f"{method} {target.path}", h)
        if headers.end_of_stream:
            raise bad_request("request body is empty; expected a JSON object", "invalid_json")
        return msg.request_headers_response(msg.common(remove=self.removed), ROUTED_MODE)

    async def _on_request_body(self, body: HttpBody) -> ProcessingResponse:
        if self.ctx is None or self.endpoint is None or self.forward or self.answered:
            return msg.request_body_response(msg.common())  # not a request Prism routes
        s = self.settings
        with telemetry.child(self.pipeline.services.tracer, self.ctx.span, "prism.parse"):
            parsed = parse_request(
                self.endpoint, body.body, max_bytes=s.max_body_bytes, max_depth=s.max_json_depth
            )
        self.requested_model = parsed.model
        if self.pipeline.services.capture_content:
            self.ctx.span.set_attribute("gen_ai.prompt", parsed.user_text[:1000])
        t0 = time.perf_counter()
        try:
            outcome = await self.pipeline.route(self.ctx, parsed)
        finally:
            self.pipeline.services.metrics.routing_latency.observe(time.perf_counter() - t0)
        if isinstance(outcome, Respond):
            return self._respond(outcome)
        self.forward = outcome
        set_headers = dict(outcome.upstream_headers)
        if outcome.body is not None:
            set_headers["content-length"] = str(len(outcome.body))
        resp = msg.common(
            set_headers,
            self.removed + outcome.remove_headers,
            body=outcome.body,
            clear_route_cache=True,
        )
        return msg.request_body_response(resp)

    def _respond(self, answer: Respond) -> ProcessingResponse:
        self.answered = answer
        self.status = answer.status
        self.finished = True
        headers = dict(answer.headers)
        if self.ctx is not None:
            headers[REQUEST_ID] = self.ctx.request_id
        return msg.immediate(answer.status, answer.body, headers, details=answer.reason)

    # -- response phase ---------------------------------------------------------------
    def _on_response_headers(self, headers: HttpHeaders) -> ProcessingResponse:
        fwd = self.forward
        if fwd is None:
            return msg.response_headers_response(msg.common())
        h = msg.headers_to_dict(headers.headers)
        try:
            self.status = int(h.get(":status", "0"))
        except ValueError:
            self.status = 0
        mode = None
        self.observing = [o for o in fwd.observers if o.on_headers(self.status, h)]
        if self.observing and not headers.end_of_stream:
            sse = h.get("content-type", "").startswith("text/event-stream")
            mode = STREAM_BODY_MODE if sse else BUFFER_BODY_MODE
        if headers.end_of_stream or not self.observing:
            self.finished = True
        return msg.response_headers_response(msg.common(fwd.response_headers), mode)

    def _on_response_body(self, body: HttpBody) -> ProcessingResponse:
        if self.observing and not self.finished:
            for observer in self.observing:
                observer.on_body(body.body, body.end_of_stream)
            if body.end_of_stream:
                self.finished = True
                for observer in self.observing:
                    observer.on_finish(True)
        elif body.end_of_stream:
            self.finished = True
        return msg.response_body_response()

    # -- end of stream ----------------------------------------------------------------
    def close(self) -> None:
        """The gRPC stream ended (normally, or cut by Envoy or the client)."""
        fwd = self.forward
        if self.observing and not self.finished:
            for observer in self.observing:
                observer.on_finish(False)
        if self.ctx is None:
            return
        ctx = self.ctx
        m = self.pipeline.services.metrics
        decision = fwd.decision if fwd else ""
        if self.answered is not None:
            decision = self.answered.headers.get("x-prism-decision", self.answered.reason)
        if fwd or self.answered:
            m.requests.labels(decision, fwd.model if fwd else "", str(self.status)).inc()
        if self.answered is not None and self.answered.reason in ("blocked", "pii_denied"):
            m.blocked.labels(self.answered.reason).inc()
        self._end_span(fwd, decision)
        log.info(
            "request",
            extra={
                "request_id": ctx.request_id,
                "x_request_id": ctx.headers.get("x-request-id", ""),
                "trace_id": telemetry.trace_id_hex(ctx.span),
                "method": ctx.method,
                "path": ctx.path.split("?", 1)[0],
                "status": self.status,
                "decision": fwd.decision
                if fwd
                else (self.answered.reason if self.answered else ""),
                "model": fwd.model if fwd else "",
                "outcome": "forward" if fwd else ("respond" if self.answered else "pass"),
                "completed": self.finished,
                "duration_ms": round((time.perf_counter() - ctx.started) * 1000, 3),
                **({"error": self.error} if self.error else {}),
            },
        )

    def _end_span(self, fwd: Forward | None, decision: str) -> None:
        assert self.ctx is not None
        span = self.ctx.span
        if not span.is_recording():
            return
        attrs: dict[str, str | int | bool] = {
            "http.response.status_code": self.status,
            "gen_ai.operation.name": "chat" if self.endpoint is Endpoint.CHAT else "completion",
            "gen_ai.request.model": self.requested_model,
            "prism.decision": decision,
            "prism.request_id": self.ctx.request_id,
        }
        if fwd is not None:
            attrs["prism.selected_model"] = fwd.model
            attrs["gen_ai.response.model"] = fwd.upstream_model
            attrs["prism.cache.hit"] = False
            if "x-prism-category" in fwd.response_headers:
                attrs["prism.category"] = fwd.response_headers["x-prism-category"]
        elif self.answered is not None:
            attrs["prism.cache.hit"] = self.answered.reason == "cache_hit"
            if self.answered.reason != "cache_hit":
                attrs["prism.blocked_reason"] = self.answered.reason
            if "x-selected-model" in self.answered.headers:
                attrs["prism.selected_model"] = self.answered.headers["x-selected-model"]
        span.set_attributes(attrs)
        span.end()
