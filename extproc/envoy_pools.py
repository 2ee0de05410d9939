"""Pools and models in Envoy's config: one cluster per pool (circuit breakers, outlier
ejection, the endpoint metadata the failover filter reads), one route per model on
`x-selected-model` (retries; an aggregate chain cluster for a model with `fallbacks`), and a
last route to the default model's pool."""

from __future__ import annotations

import warnings
from typing import Any

from extproc import envoy_edge
from extproc import envoy_failover as failover
from extproc.config import Model, Pool, PrismConfig
from extproc.envoy_proto import _address, _any, _is_ip, _load_assignment, _secs, to_data
from extproc.headers import SELECTED_MODEL

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.cluster.v3 import (
        CircuitBreakers,
        CircuitBreakersThresholds,
        Cluster,
        ClusterDiscoveryType,
        ClusterLbPolicy,
    )
    from envoy_data_plane.envoy.config.core.v3 import (
        HealthCheck,
        HealthCheckHttpHealthCheck,
        TransportSocket,
    )
    from envoy_data_plane.envoy.config.route.v3 import (
        HeaderMatcher,
        Route,
        RouteAction,
        RouteMatch,
    )
    from envoy_data_plane.envoy.extensions.transport_sockets.tls.v3 import UpstreamTlsContext
    from envoy_data_plane.envoy.type.matcher.v3 import StringMatcher


def pool_cluster_message(pool: Pool, settings: failover.FailoverSettings | None = None) -> Cluster:
    settings = settings or failover.FailoverSettings()
    host, port = pool.host_port
    cluster = Cluster(
        name=pool.cluster,
        # Kubernetes Service names resolve through DNS; STRICT_DNS keeps every A record.
        type=ClusterDiscoveryType.STATIC if _is_ip(host) else ClusterDiscoveryType.STRICT_DNS,
        connect_timeout=_secs(pool.connect_timeout_s),
        lb_policy=ClusterLbPolicy.LEAST_REQUEST,
        load_assignment=_load_assignment(
            pool.cluster, _address(host, port), failover.pool_metadata(pool.name)
        ),
        circuit_breakers=CircuitBreakers(
            thresholds=[
                CircuitBreakersThresholds(
                    max_connections=settings.max_connections,
                    max_pending_requests=settings.max_pending_requests,
                    max_requests=settings.max_requests,
                    max_retries=settings.max_retries_in_flight,
                )
            ]
        ),
        outlier_detection=failover.outlier_detection(settings),
    )
    if pool.health_path:
        cluster.health_checks = [
            HealthCheck(
                timeout=_secs(2),
                interval=_secs(5),
                unhealthy_threshold=3,
                healthy_threshold=1,
                http_health_check=HealthCheckHttpHealthCheck(path=pool.health_path),
            )
        ]
    if pool.tls:
        cluster.transport_socket = TransportSocket(
            name="envoy.transport_sockets.tls", typed_config=_any(UpstreamTlsContext(sni=host))
        )
    return cluster


def pool_cluster(pool: Pool) -> dict[str, Any]:
    return to_data(pool_cluster_message(pool))


def chain_of(config: PrismConfig, model: Model) -> list[tuple[str, str, str]]:
    """(pool, model, served name) of a model and its fallbacks, in order."""
    names = [model.name, *model.fallbacks]
    out = []
    for name in names:
        m = config.model(name)
        assert m is not None  # validated
        out.append((m.pool, m.name, m.upstream_name))
    return out


def chain_clusters(config: PrismConfig) -> list[Cluster]:
    return [
        failover.chain_cluster(m.name, [config.pool(p).cluster for p, _, _ in chain_of(config, m)])
        for m in config.models
        if m.fallbacks
    ]


def route_messages(config: PrismConfig) -> list[Route]:
    timeout = _secs(config.envoy.upstream_timeout_s)
    f = config.envoy.failover
    out = envoy_edge.admin_path_routes()
    for m in config.models:
        chained = bool(m.fallbacks)
        out.append(
            Route(
                name=f"model_{m.name}",
                match=RouteMatch(
                    prefix="/",
                    headers=[
                        HeaderMatcher(name=SELECTED_MODEL, string_match=StringMatcher(exact=m.name))
                    ],
                ),
                route=RouteAction(
                    cluster=failover.chain_cluster_name(m.name)
                    if chained
                    else config.pool(m.pool).cluster,
                    timeout=timeout,
                    retry_policy=failover.retry_policy(f, across_pools=chained),
                ),
                request_headers_to_add=[failover.chain_header(chain_of(config, m))]
                if chained
                else [],
            )
        )
    default = config.model(config.default_model)
    assert default is not None
    out.append(
        Route(
            name="fallback",
            match=RouteMatch(prefix="/"),
            route=RouteAction(cluster=config.pool(default.pool).cluster, timeout=timeout),
        )
    )
    return out


def routes(config: PrismConfig) -> list[dict[str, Any]]:
    return [to_data(r) for r in route_messages(config)]
