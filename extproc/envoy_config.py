"""Generate Envoy's bootstrap from Prism's config: one source of truth for routes.

pools -> clusters, models -> routes on `x-selected-model`, the ext_proc filter, admin on
loopback. The output is plain data, dumped as YAML and checked with `envoy --mode validate`.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import yaml

from extproc.config import Pool, PrismConfig
from extproc.pipeline import SELECTED_MODEL

EXTPROC_CLUSTER = "prism_extproc"
EXT_PROC_FILTER = "envoy.filters.http.ext_proc"
TYPE = "type.googleapis.com/"
HTTP2 = {
    "envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
        "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
        "explicit_http_config": {"http2_protocol_options": {}},
    }
}


def _secs(value: float) -> str:
    return f"{value:g}s"


def _address(host: str, port: int) -> dict[str, Any]:
    return {"socket_address": {"address": host, "port_value": port}}


def extproc_target(config: PrismConfig) -> str:
    """Where Envoy reaches Prism: `unix:PATH` or `host:port`."""
    if config.envoy.extproc_target:
        return config.envoy.extproc_target
    s = config.server
    if s.grpc_uds:
        return f"unix:{s.grpc_uds}"
    host = "127.0.0.1" if s.grpc_host in ("0.0.0.0", "::", "") else s.grpc_host
    return f"{host}:{s.grpc_port}"


def extproc_cluster(target: str) -> dict[str, Any]:
    if target.startswith("unix:"):
        address: dict[str, Any] = {"pipe": {"path": target.removeprefix("unix:")}}
        kind = "STATIC"
    else:
        host, _, port = target.rpartition(":")
        address = _address(host, int(port))
        kind = "STATIC" if _is_ip(host) else "STRICT_DNS"
    return {
        "name": EXTPROC_CLUSTER,
        "type": kind,
        "connect_timeout": "1s",
        "typed_extension_protocol_options": HTTP2,
        "load_assignment": {
            "cluster_name": EXTPROC_CLUSTER,
            "endpoints": [{"lb_endpoints": [{"endpoint": {"address": address}}]}],
        },
    }


def extproc_filter(config: PrismConfig) -> dict[str, Any]:
    e = config.envoy
    return {
        "name": EXT_PROC_FILTER,
        "typed_config": {
            "@type": TYPE + "envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor",
            "grpc_service": {
                "envoy_grpc": {"cluster_name": EXTPROC_CLUSTER},
                "timeout": _secs(max(e.message_timeout_ms / 1000, 1.0)),
            },
            # Fail closed by default: a request Prism did not see keeps any spoofed routing
            # header and skips blocking, so it must not reach a pool (see docs/operations.md).
            "failure_mode_allow": e.failure_mode_allow,
            "message_timeout": f"{e.message_timeout_ms / 1000:g}s",
            "allow_mode_override": True,
            "processing_mode": {
                "request_header_mode": "SEND",
                "request_body_mode": "BUFFERED",
                "response_header_mode": "SEND",
                "response_body_mode": "NONE",
                "request_trailer_mode": "SKIP",
                "response_trailer_mode": "SKIP",
            },
        },
    }


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def pool_cluster(pool: Pool) -> dict[str, Any]:
    host, port = pool.host_port
    cluster: dict[str, Any] = {
        "name": pool.cluster,
        "type": "STATIC" if _is_ip(host) else "STRICT_DNS",
        "connect_timeout": _secs(pool.connect_timeout_s),
        "lb_policy": "LEAST_REQUEST",
        "load_assignment": {
            "cluster_name": pool.cluster,
            "endpoints": [{"lb_endpoints": [{"endpoint": {"address": _address(host, port)}}]}],
        },
        "circuit_breakers": {
            "thresholds": [
                {
                    "max_connections": 4096,
                    "max_pending_requests": 4096,
                    "max_requests": 4096,
                    "max_retries": 3,
                }
            ]
        },
    }
    if pool.health_path:
        cluster["health_checks"] = [
            {
                "timeout": "2s",
                "interval": "5s",
                "unhealthy_threshold": 3,
                "healthy_threshold": 1,
                "http_health_check": {"path": pool.health_path},
            }
        ]
    if pool.tls:
        cluster["transport_socket"] = {
            "name": "envoy.transport_sockets.tls",
            "typed_config": {
                "@type": TYPE + "envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext",
                "sni": host,
            },
        }
    return cluster


def routes(config: PrismConfig) -> list[dict[str, Any]]:
    timeout = _secs(config.envoy.upstream_timeout_s)
    out: list[dict[str, Any]] = []
    for m in config.models:
        out.append(
            {
                "name": f"model_{m.name}",
                "match": {
                    "prefix": "/",
                    "headers": [{"name": SELECTED_MODEL, "string_match": {"exact": m.name}}],
                },
                "route": {"cluster": config.pool(m.pool).cluster, "timeout": timeout},
            }
        )
    default = config.model(config.default_model)
    assert default is not None
    out.append(
        {
            "name": "fallback",
            "match": {"prefix": "/"},
            "route": {"cluster": config.pool(default.pool).cluster, "timeout": timeout},
        }
    )
    return out


def bootstrap(config: PrismConfig) -> dict[str, Any]:
    e = config.envoy
    hcm = {
        "@type": TYPE
        + "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
        "stat_prefix": "prism_ingress",
        "codec_type": "AUTO",
        "generate_request_id": True,
        "route_config": {
            "name": "prism_routes",
            "virtual_hosts": [{"name": "llm_pools", "domains": ["*"], "routes": routes(config)}],
        },
        "http_filters": [
            extproc_filter(config),
            {
                "name": "envoy.filters.http.router",
                "typed_config": {
                    "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"
                },
            },
        ],
    }
    listener = {
        "name": "prism_listener",
        "address": _address(e.listener_host, e.listener_port),
        # Above Prism's own body limit, so an oversized body gets Prism's OpenAI-shaped 413.
        "per_connection_buffer_limit_bytes": config.server.max_body_bytes * 2 + 65536,
        "filter_chains": [
            {
                "filters": [
                    {"name": "envoy.filters.network.http_connection_manager", "typed_config": hcm}
                ]
            }
        ],
    }
    clusters = [extproc_cluster(extproc_target(config))]
    clusters += [pool_cluster(p) for p in config.pools]
    return {
        "admin": {"address": _address("127.0.0.1", e.admin_port)},
        "static_resources": {"listeners": [listener], "clusters": clusters},
    }


def filter_snippet(config: PrismConfig) -> dict[str, Any]:
    """The pieces an operator pastes into an existing Envoy: the filter and Prism's cluster."""
    return {
        "http_filters": [extproc_filter(config)],
        "clusters": [extproc_cluster(extproc_target(config))],
        "routes": routes(config),
    }


def to_yaml(data: dict[str, Any], header: str = "") -> str:
    text = yaml.safe_dump(data, sort_keys=False, default_flow_style=False, width=100)
    return (header + text) if header else text
