"""OpenTelemetry tracing: W3C context from Envoy's headers in, one server span per request,
child spans per stage, context injected into the upstream request. Off by default."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased
from opentelemetry.trace import NonRecordingSpan, Span, SpanKind, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger("prism.telemetry")
PROPAGATOR = TraceContextTextMapPropagator()


class TelemetrySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = False
    service_name: str = "prism"
    exporter: Literal["otlp_grpc", "otlp_http"] = "otlp_grpc"
    endpoint: str = Field("127.0.0.1:4317", description="host:port (gRPC) or URL (HTTP)")
    headers: dict[str, str] = Field(default_factory=dict)
    insecure: bool = True
    sampling_ratio: float = Field(1.0, ge=0, le=1)
    capture_content: bool = Field(
        False, description="opt-in: put prompt text in spans (never on by default)"
    )
    envoy_tracing: bool = Field(True, description="also configure Envoy's own OTLP tracer")
    metrics_export_interval_s: float = Field(
        0.0, ge=0, description="also push metrics over OTLP/gRPC every N seconds; 0 = off"
    )


def build_tracer(
    settings: TelemetrySettings, exporter: SpanExporter | None = None
) -> tuple[Tracer, TracerProvider | None]:
    """Prism's tracer and its provider; a no-op tracer when off and no exporter is given."""
    if not settings.enabled and exporter is None:
        return trace.NoOpTracer(), None
    if exporter is None:
        exporter = _exporter(settings)
    provider = TracerProvider(
        resource=Resource.create({"service.name": settings.service_name}),
        sampler=ParentBased(TraceIdRatioBased(settings.sampling_ratio)),
    )
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=200))
    return provider.get_tracer("prism"), provider


def _exporter(settings: TelemetrySettings) -> SpanExporter:
    if settings.exporter == "otlp_http":
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
            OTLPSpanExporter as HttpExporter,
        )

        return HttpExporter(endpoint=settings.endpoint, headers=settings.headers)
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter(
        endpoint=settings.endpoint,
        insecure=settings.insecure,
        headers=tuple(settings.headers.items()),
    )


def extract(headers: dict[str, str]) -> Context:
    return PROPAGATOR.extract(headers)


def inject(span: Span) -> dict[str, str]:
    carrier: dict[str, str] = {}
    PROPAGATOR.inject(carrier, context=trace.set_span_in_context(span))
    return carrier


def trace_id_hex(span: Span) -> str:
    ctx = span.get_span_context()
    return format(ctx.trace_id, "032x") if ctx.is_valid else ""


def start_server_span(tracer: Tracer, name: str, headers: dict[str, str]) -> Span:
    return tracer.start_span(name, context=extract(headers), kind=SpanKind.SERVER)


@contextmanager
def child(tracer: Tracer, parent: Span | None, name: str, **attrs: Any) -> Iterator[Span]:
    if parent is None or (isinstance(parent, NonRecordingSpan) and not parent.is_recording()):
        yield trace.INVALID_SPAN
        return
    ctx = trace.set_span_in_context(parent)
    with tracer.start_as_current_span(name, context=ctx, attributes=attrs or None) as span:
        yield span


def record_past(
    tracer: Tracer, parent: Span, name: str, start_ns: int, end_ns: int, **attrs: Any
) -> None:
    """A child span for work already done (e.g. one signal within a shared classifier pass)."""
    if not parent.is_recording():
        return
    span = tracer.start_span(
        name,
        context=trace.set_span_in_context(parent),
        start_time=start_ns,
        attributes=attrs or None,
    )
    span.end(end_time=end_ns)
