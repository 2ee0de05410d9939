"""Typed Envoy messages as the plain data Envoy reads, and the small builders every part of
the generated config shares (durations, addresses, endpoint assignments, `Any` packing)."""

from __future__ import annotations

import ipaddress
import warnings
from datetime import timedelta
from typing import Any

import betterproto2

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.core.v3 import Address, Metadata, SocketAddress
    from envoy_data_plane.envoy.config.endpoint.v3 import (
        ClusterLoadAssignment,
        Endpoint,
        LbEndpoint,
        LocalityLbEndpoints,
    )
    from envoy_data_plane.google.protobuf import Any as AnyMessage


def to_data(message: betterproto2.Message) -> dict[str, Any]:
    """A typed Envoy message as the plain data Envoy reads from YAML (proto3 JSON, snake_case)."""
    return _proto_names(message.to_dict(casing=betterproto2.Casing.SNAKE))


def _proto_names(data: Any) -> Any:
    """Snake-casing splits a digit from its suffix (``consecutive_5xx`` ->
    ``consecutive_5_xx``); put the proto's own field names back."""
    if isinstance(data, dict):
        return {k.replace("_5_xx", "_5xx"): _proto_names(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_proto_names(v) for v in data]
    return data


def _any(message: betterproto2.Message) -> AnyMessage:
    return AnyMessage.pack(message)


def _secs(value: float) -> timedelta:
    return timedelta(seconds=value)


def _address(host: str, port: int) -> Address:
    return Address(socket_address=SocketAddress(address=host, port_value=port))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _load_assignment(
    name: str, address: Address, metadata: Metadata | None = None
) -> ClusterLoadAssignment:
    endpoint = LbEndpoint(endpoint=Endpoint(address), metadata=metadata)
    return ClusterLoadAssignment(
        cluster_name=name, endpoints=[LocalityLbEndpoints(lb_endpoints=[endpoint])]
    )
