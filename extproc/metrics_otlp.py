"""Optional OTLP export of Prism's Prometheus metrics (telemetry.metrics_export_interval_s).

The Prometheus registry stays the one source of truth; every interval its samples are
translated into OTLP (counters -> cumulative monotonic sums, gauges -> gauges, histograms ->
explicit-bucket histograms) and sent to the collector over gRPC. A failed export is logged
and dropped; the next interval sends fresh cumulative values, so nothing is double counted.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import grpc
from opentelemetry.proto.collector.metrics.v1 import metrics_service_pb2, metrics_service_pb2_grpc
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.metrics.v1 import metrics_pb2 as pb
from opentelemetry.proto.resource.v1.resource_pb2 import Resource
from prometheus_client import CollectorRegistry

from extproc.periodic import Periodic

log = logging.getLogger("prism.metrics")
CUMULATIVE = pb.AGGREGATION_TEMPORALITY_CUMULATIVE


def _attrs(labels: dict[str, str]) -> list[KeyValue]:
    return [KeyValue(key=k, value=AnyValue(string_value=v)) for k, v in sorted(labels.items())]


def to_otlp(registry: CollectorRegistry, service: str, start_ns: int) -> Any:
    now = time.time_ns()
    metrics: list[pb.Metric] = []
    for family in registry.collect():
        if family.type == "counter":
            points = [
                pb.NumberDataPoint(
                    attributes=_attrs(s.labels),
                    as_double=s.value,
                    start_time_unix_nano=start_ns,
                    time_unix_nano=now,
                )
                for s in family.samples
                if s.name.endswith("_total")
            ]
            metrics.append(
                pb.Metric(
                    name=family.name + "_total",
                    description=family.documentation,
                    sum=pb.Sum(
                        data_points=points, is_monotonic=True, aggregation_temporality=CUMULATIVE
                    ),
                )
            )
        elif family.type == "gauge":
            points = [
                pb.NumberDataPoint(
                    attributes=_attrs(s.labels), as_double=s.value, time_unix_nano=now
                )
                for s in family.samples
            ]
            metrics.append(
                pb.Metric(
                    name=family.name,
                    description=family.documentation,
                    gauge=pb.Gauge(data_points=points),
                )
            )
        elif family.type == "histogram":
            metrics.append(
                pb.Metric(
                    name=family.name,
                    description=family.documentation,
                    histogram=_histogram(family.samples, start_ns, now),
                )
            )
    request = metrics_service_pb2.ExportMetricsServiceRequest()
    rm = request.resource_metrics.add()
    rm.resource.CopyFrom(Resource(attributes=_attrs({"service.name": service})))
    rm.scope_metrics.add(metrics=metrics)
    return request


def _histogram(samples: list[Any], start_ns: int, now: int) -> pb.Histogram:
    series: dict[tuple[tuple[str, str], ...], dict[str, Any]] = {}
    for s in samples:
        labels = {k: v for k, v in s.labels.items() if k != "le"}
        key = tuple(sorted(labels.items()))
        entry = series.setdefault(key, {"labels": labels, "buckets": [], "count": 0, "sum": 0.0})
        if s.name.endswith("_bucket"):
            entry["buckets"].append((float(s.labels["le"]), s.value))
        elif s.name.endswith("_count"):
            entry["count"] = int(s.value)
        elif s.name.endswith("_sum"):
            entry["sum"] = s.value
    points = []
    for entry in series.values():
        cumulative = sorted(entry["buckets"])
        bounds = [le for le, _ in cumulative if le != float("inf")]
        counts, previous = [], 0.0
        for _, value in cumulative:
            counts.append(int(value - previous))
            previous = value
        points.append(
            pb.HistogramDataPoint(
                attributes=_attrs(entry["labels"]),
                start_time_unix_nano=start_ns,
                time_unix_nano=now,
                count=entry["count"],
                sum=entry["sum"],
                bucket_counts=counts,
                explicit_bounds=bounds,
            )
        )
    return pb.Histogram(data_points=points, aggregation_temporality=CUMULATIVE)


class OtlpMetricsPusher:
    def __init__(
        self,
        registry: CollectorRegistry,
        endpoint: str,
        service: str,
        interval_s: float,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.service = service
        self.interval_s = interval_s
        self.metadata = tuple((headers or {}).items())
        target = endpoint.split("://", 1)[-1].rstrip("/")
        self.channel = grpc.aio.insecure_channel(target)
        self.stub = metrics_service_pb2_grpc.MetricsServiceStub(self.channel)
        self.start_ns = time.time_ns()
        self.sent = 0
        self.failed = 0
        self._periodic = Periodic(interval_s, self.push, "otlp-metrics")

    def start(self) -> None:
        self._periodic.start()

    async def push(self) -> bool:
        request = to_otlp(self.registry, self.service, self.start_ns)
        try:
            await self.stub.Export(request, timeout=5, metadata=self.metadata)
        except grpc.aio.AioRpcError as exc:
            self.failed += 1
            log.warning("OTLP metrics export failed", extra={"error": exc.code().name})
            return False
        self.sent += 1
        return True

    async def close(self) -> None:
        if await self._periodic.stop():
            await self.push()  # a last snapshot on shutdown
        await self.channel.close()
