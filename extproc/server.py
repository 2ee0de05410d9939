"""Prism's process: the gRPC server (ext_proc + health), the admin server, graceful drain."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path
from typing import Any

import grpc
from aiohttp import web
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer

from cache import create_cache
from extproc.admin import AdminServer
from extproc.admin_api import explain_handler, feedback_handler
from extproc.bounds import report_bounds
from extproc.classifier_service import ClassifierService
from extproc.classify_api import add_classifier_service, classify_handler
from extproc.classify_memo import ClassifyMemo
from extproc.config import PrismConfig
from extproc.feedback import FeedbackBook
from extproc.limits import Limiter
from extproc.metrics_otlp import OtlpMetricsPusher
from extproc.native_memory import HeapTrimmer, cap_arenas, fix_mmap_threshold
from extproc.pipeline import Pipeline, make_services
from extproc.policy.affinity import SessionAffinity
from extproc.policy.bandit_redis import RedisBanditStore
from extproc.policy.selection import Selector
from extproc.reload import ConfigWatcher
from extproc.servicer import ExternalProcessor
from extproc.telemetry import build_tracer

log = logging.getLogger("prism.server")
EXT_PROC_SERVICE = "envoy.service.ext_proc.v3.ExternalProcessor"


class PrismServer:
    def __init__(self, config: PrismConfig, config_path: Path | None = None) -> None:
        self.config = config
        # Before onnxruntime and gRPC start their threads: each would get its own arena.
        cap_arenas(config.server.malloc_arena_max)
        fix_mmap_threshold(config.server.malloc_mmap_threshold_kib)
        self.heap_trimmer = HeapTrimmer(config.server.malloc_trim_interval_s)
        self.services = make_services()
        self.services.feedback = FeedbackBook.from_settings(config.feedback)
        self.classifier: ClassifierService | None = None
        if config.classifiers.enabled:
            self.classifier = ClassifierService(config.classifiers, self.services.metrics)
            self.memo = ClassifyMemo(
                self.classifier.classify,
                self.classifier.model_version,
                config.classifiers.memo_entries,
                self.classifier.classify,
            )
            self.services.metrics.bind_memo(self.memo)
            self.services.model_version = self.classifier.model_version
            self.services.memo = self.memo
            self.services.classify = self.memo
            self.services.embed = self.classifier.embed
            batcher = self.classifier.batcher
            self.services.lane = batcher
            self.services.batch_size = lambda: batcher.last_batch_size
        self.bandit_store: RedisBanditStore | None = None
        if config.bandit.store == "redis":
            self.bandit_store = RedisBanditStore.from_settings(
                config.bandit, config.cache.redis_url
            )
            self.services.selector = Selector(self.bandit_store)
        self.services.tracer, self._tracer_provider = build_tracer(config.telemetry)
        self.services.capture_content = config.telemetry.capture_content
        t = config.telemetry
        self.metrics_pusher: OtlpMetricsPusher | None = None
        if t.enabled and t.metrics_export_interval_s > 0:
            self.metrics_pusher = OtlpMetricsPusher(
                self.services.metrics.registry,
                t.endpoint,
                t.service_name,
                t.metrics_export_interval_s,
                t.headers,
            )
        if config.session_affinity.enabled:
            fleet = self.services.metrics.fleet
            affinity = SessionAffinity(
                config.session_affinity, on_result=lambda r: fleet.affinity.labels(r).inc()
            )
            self.services.affinity = affinity
            fleet.sessions.set_function(lambda: len(affinity))
        if config.limits.enabled:
            self.services.limiter = Limiter(config.limits, config.cache.redis_url)
        self.services.cache = create_cache(config.cache)
        if self.services.cache is not None:
            self.services.metrics.bind_cache_stats(self.services.cache.stats)
        self.pipeline = Pipeline(config, self.services)
        self._bound_waits(config)
        self.services.metrics.bind_readings(lambda: self.pipeline.evaluator.readings)
        report_bounds(
            self.services.metrics,
            self.services,
            config,
            self.classifier.batcher if self.classifier is not None else None,
        )
        s = config.server
        self.processor = ExternalProcessor(lambda: self.pipeline, s, config.envoy.extension_s)
        self.health = HealthServicer()
        self.admin = AdminServer(s.admin_host, s.admin_port, self.readiness)
        self.admin.add_route("POST", "/v1/explain", explain_handler(lambda: self.pipeline))
        self.admin.add_route("POST", "/v1/feedback", feedback_handler(lambda: self.pipeline))
        self.admin.add_route("GET", "/metrics", self._metrics)
        self.admin.add_route("POST", "/v1/classify", classify_handler(lambda: self.classifier))
        self.watcher = (
            ConfigWatcher(
                config_path,
                self.apply_config,
                config,
                s.reload_interval_s,
                lambda ok: self.services.metrics.reloads.labels("ok" if ok else "failed").inc(),
                lambda keys: self.services.metrics.config_restart_required.set(len(keys)),
            )
            if config_path is not None and s.reload_interval_s > 0
            else None
        )
        self.grpc_port = 0
        self.draining = False
        self._grpc: grpc.aio.Server | None = None
        self._stopped = asyncio.Event()

    async def _metrics(self, _: web.Request) -> web.Response:
        m = self.services.metrics
        if self.watcher is not None:
            m.config_generation.set(self.watcher.generation)
        body, ctype = m.render()
        return web.Response(body=body, headers={"content-type": ctype})

    def apply_config(self, config: PrismConfig) -> None:
        """Build the new generation fully, then swap it in with one assignment."""
        generation = self.pipeline.generation + 1
        self.pipeline = Pipeline(config, self.services, generation)
        self._bound_waits(config)

    def _bound_waits(self, config: PrismConfig) -> None:
        """Admission control sheds an interactive text that would wait past the security
        budget (classifiers/batcher.py), since its request would be refused anyway."""
        if self.classifier is not None:
            self.classifier.batcher.max_wait_s = config.signals.security_budget_ms / 1000

    def readiness(self) -> tuple[bool, dict[str, Any]]:
        ready = self._grpc is not None and not self.draining
        detail: dict[str, Any] = {"draining": self.draining, "in_flight": self.processor.in_flight}
        if self.classifier is not None:
            engine = self.classifier.engine
            detail["classifier"] = {
                "providers": engine.providers_in_use,
                **engine.precision_choice.public(),
            }
        if self.watcher is not None:
            detail["config"] = self.watcher.status()
        if self.services.limiter is not None:
            shared = self.services.limiter.shared
            detail["limits"] = {"store": "redis (shared)" if shared else "memory (per replica)"}
        return ready, detail

    async def start(self) -> None:
        s = self.config.server
        # Envoy buffers at most max_body_bytes per request (envoy_edge); one message carries
        # that body plus headers and framing, so the gRPC limit must sit above it, or a body
        # that passed Envoy would fail here as a gRPC error (an empty 500 before).
        limit = s.max_body_bytes + 1024 * 1024
        server = grpc.aio.server(
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", limit),
                ("grpc.so_reuseport", 0),
                ("grpc.keepalive_permit_without_calls", 1),
            ]
        )
        ext_proc_grpc.add_ExternalProcessorServicer_to_server(self.processor, server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        if self.classifier is not None:
            add_classifier_service(server, self.classifier)
        if s.grpc_port or not s.grpc_uds:
            self.grpc_port = server.add_insecure_port(f"{s.grpc_host}:{s.grpc_port}")
        if s.grpc_uds:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(s.grpc_uds)
            server.add_insecure_port(f"unix:{s.grpc_uds}")
        await server.start()
        self._grpc = server
        for name in ("", EXT_PROC_SERVICE):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        await self.admin.start()
        if self.watcher is not None:
            self.watcher.start()
        if self.bandit_store is not None:
            self.bandit_store.start()
        if self.metrics_pusher is not None:
            self.metrics_pusher.start()
        self.heap_trimmer.start()
        log.info(
            "prism started",
            extra={"grpc_port": self.grpc_port, "grpc_uds": s.grpc_uds, "admin": self.admin.port},
        )

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(self.stop()))

    async def stop(self) -> None:
        """Drain: report not-ready, finish in-flight streams (up to the grace period), exit."""
        if self.draining:
            return
        self.draining = True
        s = self.config.server
        log.info("draining", extra={"in_flight": self.processor.in_flight})
        await self.health.enter_graceful_shutdown()
        if self.watcher is not None:
            await self.watcher.stop()
        await self.heap_trimmer.stop()
        if s.drain_delay_s > 0:
            await asyncio.sleep(s.drain_delay_s)
        if self._grpc is not None:
            await self._grpc.stop(grace=s.drain_grace_s)
        await self.admin.stop()
        if self.services.cache is not None:
            await self.services.cache.close()
        if self.bandit_store is not None:
            await self.bandit_store.close()
        if self.services.limiter is not None:
            await self.services.limiter.close()
        if self.classifier is not None:
            await self.classifier.close()
        if self.metrics_pusher is not None:
            await self.metrics_pusher.close()
        if self._tracer_provider is not None:
            self._tracer_provider.shutdown()  # flushes spans still in the batch
        if s.grpc_uds:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(s.grpc_uds)
        log.info("stopped", extra={"served": self.processor.total})
        self._stopped.set()

    async def wait(self) -> None:
        await self._stopped.wait()


async def serve(config: PrismConfig, config_path: Path | None = None) -> None:
    server = PrismServer(config, config_path)
    await server.start()
    server.install_signal_handlers()
    await server.wait()
