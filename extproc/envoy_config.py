"""Generate Envoy's bootstrap from Prism's config: one source of truth for routes.

pools -> clusters, models -> routes on `x-selected-model`, the ext_proc filter, admin on
loopback. The config is built from typed Envoy API classes (PyPI `envoy-data-plane`,
betterproto2 dataclasses generated from Envoy's protos), so a misspelt field or a wrong type
fails here rather than in Envoy. It is serialised with proto3 JSON rules (snake_case keys,
`@type` on every `Any`, durations as "1.5s") and dumped as YAML; `envoy --mode validate`
checks the result in the tests.

Proto3 JSON leaves out fields that hold their default value (false, 0, an enum's first
value): `failure_mode_allow: false`, `codec_type: AUTO` and `response_body_mode: NONE` are
meant, not missing.
"""

from __future__ import annotations

import warnings
from typing import Any

import yaml

from extproc import envoy_edge
from extproc.config import PrismConfig
from extproc.envoy_pools import chain_clusters, pool_cluster_message, route_messages, routes
from extproc.envoy_proto import _address, _any, _is_ip, _load_assignment, _secs, to_data
from extproc.envoy_tracing import OTEL_CLUSTER, envoy_tracing

# envoy-data-plane's generated classes trip pydantic deprecation warnings at import.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.bootstrap.v3 import (
        Admin,
        Bootstrap,
        BootstrapStaticResources,
    )
    from envoy_data_plane.envoy.config.cluster.v3 import (
        Cluster,
        ClusterDiscoveryType,
    )
    from envoy_data_plane.envoy.config.core.v3 import (
        Address,
        GrpcService,
        GrpcServiceEnvoyGrpc,
        Http2ProtocolOptions,
        Pipe,
    )
    from envoy_data_plane.envoy.config.listener.v3 import Filter, FilterChain, Listener
    from envoy_data_plane.envoy.config.route.v3 import (
        HeaderMatcher,
        Route,
        RouteAction,
        RouteConfiguration,
        RouteMatch,
        VirtualHost,
    )
    from envoy_data_plane.envoy.extensions.filters.http.ext_proc.v3 import (
        ExternalProcessor,
        ProcessingMode,
        ProcessingModeBodySendMode,
        ProcessingModeHeaderSendMode,
    )
    from envoy_data_plane.envoy.extensions.filters.http.router.v3 import Router
    from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3 import (
        HttpConnectionManager,
        HttpConnectionManagerCodecType,
        HttpFilter,
    )
    from envoy_data_plane.envoy.extensions.upstreams.http.v3 import (
        HttpProtocolOptions,
        HttpProtocolOptionsExplicitHttpConfig,
    )
    from envoy_data_plane.envoy.type.matcher.v3 import StringMatcher
    from envoy_data_plane.envoy.type.v3 import HttpStatus, StatusCode


EXTPROC_CLUSTER = "prism_extproc"
ADMIN_CLUSTER = "envoy_admin"
READY_PATHS = ("/ready", "/stats/prometheus")
EXT_PROC_FILTER = "envoy.filters.http.ext_proc"
HTTP_PROTOCOL_OPTIONS = "envoy.extensions.upstreams.http.v3.HttpProtocolOptions"


def extproc_target(config: PrismConfig) -> str:
    """Where Envoy reaches Prism: `unix:PATH` or `host:port`."""
    if config.envoy.extproc_target:
        return config.envoy.extproc_target
    s = config.server
    if s.grpc_uds:
        return f"unix:{s.grpc_uds}"
    host = "127.0.0.1" if s.grpc_host in ("0.0.0.0", "::", "") else s.grpc_host
    return f"{host}:{s.grpc_port}"


def extproc_cluster_message(target: str) -> Cluster:
    return grpc_cluster_message(EXTPROC_CLUSTER, target)


def grpc_cluster_message(name: str, target: str) -> Cluster:
    """An HTTP/2 cluster to one gRPC server at `host:port` or `unix:PATH`."""
    if target.startswith("unix:"):
        address = Address(pipe=Pipe(path=target.removeprefix("unix:")))
        kind = ClusterDiscoveryType.STATIC
    else:
        host, _, port = target.rpartition(":")
        address = _address(host, int(port))
        kind = ClusterDiscoveryType.STATIC if _is_ip(host) else ClusterDiscoveryType.STRICT_DNS
    http2 = HttpProtocolOptions(
        explicit_http_config=HttpProtocolOptionsExplicitHttpConfig(
            http2_protocol_options=Http2ProtocolOptions()
        )
    )
    return Cluster(
        name=name,
        type=kind,
        connect_timeout=_secs(1),
        typed_extension_protocol_options={HTTP_PROTOCOL_OPTIONS: _any(http2)},
        load_assignment=_load_assignment(name, address),
    )


def extproc_cluster(target: str) -> dict[str, Any]:
    return to_data(extproc_cluster_message(target))


def extproc_filter_message(config: PrismConfig) -> HttpFilter:
    e = config.envoy
    send, skip = ProcessingModeHeaderSendMode.SEND, ProcessingModeHeaderSendMode.SKIP
    processor = ExternalProcessor(
        grpc_service=GrpcService(
            envoy_grpc=GrpcServiceEnvoyGrpc(cluster_name=EXTPROC_CLUSTER),
            timeout=_secs(max(e.message_timeout_ms / 1000, 1.0)),
        ),
        # Fail closed by default: a request Prism did not see keeps any spoofed routing
        # header and skips blocking, so it must not reach a pool (see docs/architecture.md).
        failure_mode_allow=e.failure_mode_allow,
        # Prism down, stalled or draining: 503 (envoy_edge maps it to OpenAI shape + retry-after).
        status_on_error=HttpStatus(code=StatusCode.ServiceUnavailable),
        message_timeout=_secs(e.message_timeout_ms / 1000),
        # Prism extends one message's timer up to this for a long scan (extproc/message_timer.py)
        max_message_timeout=_secs(e.extension_s) if e.extension_s else None,
        allow_mode_override=True,
        processing_mode=ProcessingMode(
            request_header_mode=send,
            request_body_mode=ProcessingModeBodySendMode.BUFFERED,
            # Off until Prism asks for them on a request it routes (processor.ROUTED_MODE):
            # Envoy's own local replies (a malformed request) then never wait on Prism.
            response_header_mode=skip,
            response_body_mode=ProcessingModeBodySendMode.NONE,
            request_trailer_mode=skip,
            response_trailer_mode=skip,
        ),
    )
    return HttpFilter(name=EXT_PROC_FILTER, typed_config=_any(processor))


def extproc_filter(config: PrismConfig) -> dict[str, Any]:
    return to_data(extproc_filter_message(config))


def _hcm_filter(hcm: HttpConnectionManager) -> Filter:
    return Filter(name="envoy.filters.network.http_connection_manager", typed_config=_any(hcm))


def ready_listener(config: PrismConfig) -> Listener:
    """Kubelet probes and Prometheus reach the pod IP, but the admin API stays on loopback:
    this listener proxies only GET /ready and /stats/prometheus to it; other paths get 404."""
    router = HttpFilter(name="envoy.filters.http.router", typed_config=_any(Router()))
    hcm = HttpConnectionManager(
        stat_prefix="prism_ready",
        route_config=RouteConfiguration(
            name="prism_ready",
            virtual_hosts=[
                VirtualHost(
                    name="admin",
                    domains=["*"],
                    routes=[
                        Route(
                            match=RouteMatch(
                                path=path,
                                headers=[
                                    HeaderMatcher(
                                        name=":method", string_match=StringMatcher(exact="GET")
                                    )
                                ],
                            ),
                            route=RouteAction(cluster=ADMIN_CLUSTER),
                        )
                        for path in READY_PATHS
                    ],
                )
            ],
        ),
        http_filters=[router],
    )
    return Listener(
        name="prism_ready",
        address=_address("0.0.0.0", config.envoy.ready_port),
        filter_chains=[FilterChain(filters=[_hcm_filter(hcm)])],
    )


def admin_cluster(config: PrismConfig) -> Cluster:
    return Cluster(
        name=ADMIN_CLUSTER,
        type=ClusterDiscoveryType.STATIC,
        connect_timeout=_secs(1),
        load_assignment=_load_assignment(
            ADMIN_CLUSTER, _address("127.0.0.1", config.envoy.admin_port)
        ),
    )


def bootstrap_message(config: PrismConfig) -> Bootstrap:
    e = config.envoy
    tracing, collector_target = envoy_tracing(config)
    collector = grpc_cluster_message(OTEL_CLUSTER, collector_target) if collector_target else None
    hcm = envoy_edge.harden(
        HttpConnectionManager(
            stat_prefix="prism_ingress",
            codec_type=HttpConnectionManagerCodecType.AUTO,
            generate_request_id=True,
            tracing=tracing,
            route_config=RouteConfiguration(
                name="prism_routes",
                virtual_hosts=[
                    VirtualHost(
                        name="llm_pools",
                        domains=["*"],
                        routes=route_messages(config),
                        # x-envoy-attempt-count on the answer: Prism reports the attempts
                        include_attempt_count_in_response=True,
                    )
                ],
            ),
            http_filters=[
                envoy_edge.body_limit_filter(config),
                extproc_filter_message(config),
                HttpFilter(name="envoy.filters.http.router", typed_config=_any(Router())),
            ],
        ),
        config,
    )
    listener = Listener(
        name="prism_listener",
        address=_address(e.listener_host, e.listener_port),
        # Envoy buffers each request body for Prism up to this; a larger one gets Envoy's 413,
        # mapped to OpenAI shape (envoy_edge.local_reply_config). Prism's gRPC receive limit
        # sits above it (server.py), so no body that fits here fails as a gRPC error.
        per_connection_buffer_limit_bytes=config.server.max_body_bytes,
        filter_chains=[FilterChain(filters=[_hcm_filter(hcm)])],
    )
    listeners = [listener]
    clusters = [extproc_cluster_message(extproc_target(config))]
    clusters += [pool_cluster_message(p, e.failover) for p in config.pools]
    clusters += chain_clusters(config)
    if collector is not None:
        clusters.append(collector)
    if e.ready_port:
        listeners.append(ready_listener(config))
        clusters.append(admin_cluster(config))
    return Bootstrap(
        admin=Admin(address=_address("127.0.0.1", e.admin_port)),
        overload_manager=envoy_edge.overload_manager(config),
        static_resources=BootstrapStaticResources(listeners=listeners, clusters=clusters),
    )


def bootstrap(config: PrismConfig) -> dict[str, Any]:
    return to_data(bootstrap_message(config))


def filter_snippet(config: PrismConfig) -> dict[str, Any]:
    """The pieces an operator pastes into an existing Envoy: the filter, Prism's cluster, the
    routes, and the connection-manager fields of Prism's edge (normalisation, limits, errors)."""
    edge = to_data(envoy_edge.harden(HttpConnectionManager(), config))
    return {
        "http_filters": [to_data(envoy_edge.body_limit_filter(config)), extproc_filter(config)],
        "clusters": [extproc_cluster(extproc_target(config))]
        + [to_data(c) for c in chain_clusters(config)],
        "routes": routes(config),
        "http_connection_manager": {k: v for k, v in edge.items() if k != "@type"},
    }


def to_yaml(data: dict[str, Any], header: str = "") -> str:
    text = yaml.safe_dump(data, sort_keys=False, default_flow_style=False, width=100)
    return (header + text) if header else text
