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
from extproc import headers as hdr
from extproc import telemetry
from extproc.config import ServerSettings
from extproc.debug_gate import debug_allowed
from extproc.errors import RouterError, bad_request, internal_error
from extproc.headers import is_spoofable
from extproc.outcomes import Forward, Respond, ResponseObserver, Verdict
from extproc.paths import DEFAULT_ROUTES, MODELS_KEY, PathMatcher
from extproc.pipeline import Pipeline, RequestContext
from extproc.surfaces import BY_NAME, Surface, parse_request

log = logging.getLogger("prism.processor")

PASS_THROUGH_MODE = msg.mode(request_body=msg.BODY_NONE, response_headers=msg.SKIP)
# Envoy's default skips response headers (so its own local replies, e.g. to a malformed
# request, never wait on Prism); a request Prism routes turns them on.
ROUTED_MODE = msg.mode()
STREAM_BODY_MODE = msg.mode(response_headers=msg.SEND, response_body=msg.STREAMED)


__all__ = ["StreamSession", "is_spoofable", "matcher_for"]


@functools.cache
def _matcher(passthrough: tuple[str, ...]) -> PathMatcher:
    return PathMatcher.build(DEFAULT_ROUTES, passthrough)


def matcher_for(settings: ServerSettings) -> PathMatcher:
    return _matcher(tuple(settings.passthrough_paths))


class StreamSession:
    def __init__(self, pipeline: Pipeline, settings: ServerSettings) -> None:
        self.pipeline = pipeline
        self.settings = settings
        self.ctx: RequestContext | None = None
        self.surface: Surface | None = None
        self.removed: list[str] = []
        self.forward: Forward | None = None
        self.answered: Respond | None = None
        self.status = 0
        self.requested_model = ""
        self.verdict = Verdict()
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
        except RouterError as exc:
            return self._error_reply(kind, exc)
        except Exception as exc:  # a bug must not crash the stream or hang the client
            log.exception("processing %s failed", kind)
            self.error = type(exc).__name__
            return self._error_reply(kind, internal_error())

    def _error_reply(self, kind: str | None, exc: RouterError) -> ProcessingResponse:
        if kind in ("request_headers", "request_body"):
            # a refused spelling of a surface's path answers in that surface's shape
            surface = self.surface or BY_NAME.get(getattr(exc, "route", ""))
            body = surface.error_body(exc) if surface is not None else exc.body()
            reason = exc.code or "error"
            return self._respond(Respond(exc.status, body, exc.headers, reason=reason))
        if kind == "response_headers":
            return msg.response_headers_response(msg.common())
        return msg.response_body_response()

    # -- request phase ----------------------------------------------------------------
    def _on_request_headers(self, headers: HttpHeaders) -> ProcessingResponse:
        h = msg.headers_to_dict(headers.headers)
        method, path = h.get(hdr.METHOD, ""), h.get(hdr.PATH, "")
        # Prism's own id: a client-sent x-request-id is logged beside it, never used as it.
        self.ctx = RequestContext(uuid.uuid4().hex, method, path, h)
        self.ctx.debug = debug_allowed(self.settings.debug_headers, h)
        self.removed = [k for k in h if is_spoofable(k)]
        target = matcher_for(self.settings).match(method, path)  # or a 4xx RouterError
        if target.passthrough:
            # The operator's pass-through path: strip spoofed headers, ask for nothing more.
            resp = msg.common(remove=self.removed, clear_route_cache=bool(self.removed))
            return msg.request_headers_response(resp, PASS_THROUGH_MODE)
        if target.key == MODELS_KEY:
            return self._respond(self.pipeline.models_list(h))
        endpoint = BY_NAME[target.key]  # every routed key names a surface
        self.surface = endpoint
        self.verdict.surface = endpoint.name
        tracer = self.pipeline.services.tracer
        self.ctx.span = telemetry.start_server_span(tracer, f"{method} {endpoint.path}", h)
        if headers.end_of_stream:
            raise bad_request("request body is empty; expected a JSON object", "invalid_json")
        return msg.request_headers_response(msg.common(remove=self.removed), ROUTED_MODE)

    async def _on_request_body(self, body: HttpBody) -> ProcessingResponse:
        if self.ctx is None or self.surface is None or self.forward or self.answered:
            return msg.request_body_response(msg.common())  # not a request Prism routes
        s = self.settings
        with telemetry.child(self.pipeline.services.tracer, self.ctx.span, "prism.parse"):
            parsed = parse_request(
                self.surface, body.body, max_bytes=s.max_body_bytes, max_depth=s.max_json_depth
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
        self.verdict = outcome.verdict
        set_headers = dict(outcome.upstream_headers)
        if outcome.body is not None:
            set_headers[hdr.CONTENT_LENGTH] = str(len(outcome.body))
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
        if answer.verdict is not None:
            self.verdict = answer.verdict
        else:
            self.verdict.reason = answer.reason
        headers = dict(answer.headers)
        if self.ctx is not None:
            headers[hdr.REQUEST_ID] = self.ctx.request_id
        return msg.immediate(answer.status, answer.body, headers, details=answer.reason)

    # -- response phase ---------------------------------------------------------------
    def _on_response_headers(self, headers: HttpHeaders) -> ProcessingResponse:
        fwd = self.forward
        if fwd is None:
            return msg.response_headers_response(msg.common())
        h = msg.headers_to_dict(headers.headers)
        try:
            self.status = int(h.get(hdr.STATUS, "0"))
        except ValueError:
            self.status = 0
        mode = None
        self._note_failover(fwd, h)
        self.observing = [o for o in fwd.observers if o.on_headers(self.status, h)]
        if self.observing and not headers.end_of_stream:
            # STREAMED for JSON too: observers take chunks, and a JSON answer larger than
            # Envoy's buffer limit would fail in BUFFERED mode.
            mode = STREAM_BODY_MODE
        if headers.end_of_stream or not self.observing:
            self.finished = True
        return msg.response_headers_response(msg.common(fwd.response_headers), mode)

    def _note_failover(self, fwd: Forward, h: dict[str, str]) -> None:
        """Which model served and in how many attempts (Envoy's retries and fallbacks)."""
        try:
            self.verdict.attempts = max(1, int(h.get(hdr.ATTEMPT_COUNT, "1")))
        except ValueError:
            self.verdict.attempts = 1
        served = h.get(hdr.SERVED_MODEL, "")
        fleet = self.pipeline.services.metrics.fleet
        if self.verdict.attempts > 1:
            fleet.retried.labels(fwd.model).inc()
        if served and served != fwd.model:
            fleet.failovers.labels(fwd.model, served).inc()
            self.verdict.routed_model = fwd.model
            self.verdict.model = served
            fwd.response_headers[hdr.SELECTED_MODEL] = served
            model = self.pipeline.config.model(served)
            if model is not None:
                fwd.response_headers[hdr.MODEL] = model.upstream_name

    def _on_response_body(self, body: HttpBody) -> ProcessingResponse:
        replaced: bytes | None = None
        if self.observing and not self.finished:
            for observer in self.observing:
                observer.on_body(body.body, body.end_of_stream)
            if body.end_of_stream:
                self.finished = True
                for observer in self.observing:
                    observer.on_finish(True)
            rewrite = self.forward.rewrite_chunk if self.forward is not None else None
            if rewrite is not None and body.body:
                out = rewrite(body.body)
                replaced = out if out != body.body else None
        elif body.end_of_stream:
            self.finished = True
        if replaced is not None:
            return msg.response_body_response(msg.common(body=replaced))
        return msg.response_body_response()

    # -- end of stream ----------------------------------------------------------------
    def close(self) -> None:
        """The gRPC stream ended (normally, or cut by Envoy or the client)."""
        if self.observing and not self.finished:
            for observer in self.observing:
                observer.on_finish(False)
        if self.ctx is None:
            return
        ctx, v = self.ctx, self.verdict
        m = self.pipeline.services.metrics
        handled = self.forward is not None or self.answered is not None
        label = v.decision or v.reason
        if handled:
            m.requests.labels(label, v.model if self.forward else "", str(self.status)).inc()
        if self.answered is not None and v.reason in ("blocked", "pii_denied"):
            m.blocked.labels(v.reason).inc()
        self._end_span()
        log.info(
            "request",
            extra={
                "request_id": ctx.request_id,
                "x_request_id": ctx.headers.get("x-request-id", ""),
                "trace_id": telemetry.trace_id_hex(ctx.span),
                "method": ctx.method,
                "path": ctx.path.split("?", 1)[0],
                "surface": v.surface,
                "status": self.status,
                "decision": v.decision if self.forward else v.reason,
                "model": v.model if self.forward else "",
                "category": v.category,
                "cache": v.cache_status,
                "outcome": "forward" if self.forward else ("respond" if handled else "pass"),
                "completed": self.finished,
                "duration_ms": round((time.perf_counter() - ctx.started) * 1000, 3),
                **({"attempts": v.attempts} if v.attempts > 1 else {}),
                **({"routed_model": v.routed_model} if v.routed_model else {}),
                **v.usage,
                **({"error": self.error} if self.error else {}),
            },
        )

    def _end_span(self) -> None:
        assert self.ctx is not None
        span, v, fwd = self.ctx.span, self.verdict, self.forward
        if not span.is_recording():
            return
        operation = {"chat": "chat", "messages": "chat", "embeddings": "embeddings"}
        attrs: dict[str, str | int | bool] = {
            "http.response.status_code": self.status,
            "gen_ai.operation.name": operation.get(v.surface, "completion"),
            "gen_ai.request.model": self.requested_model,
            "prism.decision": v.decision or v.reason,
            "prism.request_id": self.ctx.request_id,
            "prism.surface": v.surface,
            "prism.cache.hit": v.cache_status == "hit",
        }
        if v.model:
            attrs["prism.selected_model"] = v.model
        if v.category:
            attrs["prism.category"] = v.category
        if fwd is not None:
            served = self.pipeline.config.model(v.model) if v.routed_model else None
            attrs["gen_ai.response.model"] = (
                served.upstream_name if served is not None else fwd.upstream_model
            )
            attrs["prism.attempts"] = v.attempts
            if v.routed_model:
                attrs["prism.routed_model"] = v.routed_model
        elif self.answered is not None and v.reason != "cache_hit":
            attrs["prism.blocked_reason"] = v.reason
        span.set_attributes(attrs)
        span.end()
