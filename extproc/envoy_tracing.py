"""Envoy's own OTLP tracer (same collector as Prism), so both join the client's trace."""

from __future__ import annotations

import warnings
from datetime import timedelta

import betterproto2

from extproc.config import PrismConfig

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.core.v3 import GrpcService, GrpcServiceEnvoyGrpc
    from envoy_data_plane.envoy.config.trace.v3 import OpenTelemetryConfig, TracingHttp
    from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3 import (
        HttpConnectionManagerTracing,
    )
    from envoy_data_plane.envoy.type.v3 import Percent
    from envoy_data_plane.google.protobuf import Any as AnyMessage

OTEL_CLUSTER = "otel_collector"


def _secs(value: float) -> timedelta:
    return timedelta(seconds=value)


def _any(message: betterproto2.Message) -> AnyMessage:
    return AnyMessage.pack(message)


def envoy_tracing(config: PrismConfig) -> tuple[HttpConnectionManagerTracing | None, str]:
    """The HCM tracing block and the collector's host:port, or (None, "") when off."""
    t = config.telemetry
    if not (t.enabled and t.envoy_tracing and t.exporter == "otlp_grpc"):
        return None, ""
    target = t.endpoint.split("://", 1)[-1].rstrip("/")
    otel = OpenTelemetryConfig(
        grpc_service=GrpcService(
            envoy_grpc=GrpcServiceEnvoyGrpc(cluster_name=OTEL_CLUSTER), timeout=_secs(1)
        ),
        service_name=f"{t.service_name}-envoy",
    )
    tracing = HttpConnectionManagerTracing(
        provider=TracingHttp(name="envoy.tracers.opentelemetry", typed_config=_any(otel)),
        random_sampling=Percent(value=t.sampling_ratio * 100),
    )
    return tracing, target
