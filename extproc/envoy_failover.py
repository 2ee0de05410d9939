"""Failover in Envoy's config: retries per pool, outlier ejection, and fallback across models.

A model with ``fallbacks`` is routed to an aggregate cluster of its pool and its fallbacks'
pools, in that order (one priority level each). The route's retry policy retries a failed
attempt (connect failure, reset, refused stream, 429/502/503/504, or no byte for
``per_try_idle_timeout_s``) on the next priority (``previous_priorities``), waiting what a
429/503's ``retry-after`` asks (``rate_limited_retry_back_off``). An answer whose headers
reached the client is never replayed: Envoy retries only before the first response byte.

The body's ``model`` must match the pool that finally serves: the aggregate cluster's
upstream filters run once per attempt, after Envoy picked the host. A header-mutation filter
copies the host's ``prism.pool`` endpoint metadata into a request header; a short Lua filter
reads it with the route's ``x-prism-chain`` header (pool=model=served name, in order; kept
in the request's dynamic metadata for later attempts and removed, with the pool header,
before the request leaves) and rewrites the body's leading ``"model"`` (Prism serialises a
body with fallbacks with ``model`` first) and sets ``x-prism-served-model`` on the answer.
Prism reads that header and ``x-envoy-attempt-count`` back (processor), so headers, metrics
and the trace say which model served and in how many attempts. Envoy AI Gateway rewrites
per attempt with an upstream ext_proc call instead; a local script costs no gRPC round trip
per attempt.
"""

from __future__ import annotations

import warnings
from datetime import timedelta

from pydantic import BaseModel, ConfigDict, Field

from extproc import headers as hdr

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from envoy_data_plane.envoy.config.cluster.v3 import (
        Cluster,
        ClusterCustomClusterType,
        ClusterLbPolicy,
        OutlierDetection,
    )
    from envoy_data_plane.envoy.config.common.mutation_rules.v3 import HeaderMutation
    from envoy_data_plane.envoy.config.core.v3 import (
        DataSource,
        HeaderValue,
        HeaderValueOption,
        HeaderValueOptionHeaderAppendAction,
        Http1ProtocolOptions,
        Metadata,
    )
    from envoy_data_plane.envoy.config.route.v3 import (
        RetryPolicy,
        RetryPolicyRateLimitedRetryBackOff,
        RetryPolicyResetHeader,
        RetryPolicyResetHeaderFormat,
        RetryPolicyRetryHostPredicate,
        RetryPolicyRetryPriority,
    )
    from envoy_data_plane.envoy.extensions.clusters.aggregate.v3 import ClusterConfig
    from envoy_data_plane.envoy.extensions.filters.http.header_mutation.v3 import (
        HeaderMutation as HeaderMutationFilter,
    )
    from envoy_data_plane.envoy.extensions.filters.http.header_mutation.v3 import Mutations
    from envoy_data_plane.envoy.extensions.filters.http.lua.v3 import Lua
    from envoy_data_plane.envoy.extensions.filters.http.upstream_codec.v3 import UpstreamCodec
    from envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3 import (
        HttpFilter,
    )
    from envoy_data_plane.envoy.extensions.retry.host.previous_hosts.v3 import (
        PreviousHostsPredicate,
    )
    from envoy_data_plane.envoy.extensions.retry.priority.previous_priorities.v3 import (
        PreviousPrioritiesConfig,
    )
    from envoy_data_plane.envoy.extensions.upstreams.http.v3 import (
        HttpProtocolOptions,
        HttpProtocolOptionsExplicitHttpConfig,
    )
    from envoy_data_plane.google.protobuf import Any as AnyMessage
    from envoy_data_plane.google.protobuf import Struct, Value

ATTEMPT_POOL = "x-prism-attempt-pool"
CHAIN = "x-prism-chain"
HTTP_PROTOCOL_OPTIONS = "envoy.extensions.upstreams.http.v3.HttpProtocolOptions"
RETRY_ON = "connect-failure,refused-stream,reset,retriable-status-codes"

CHAIN_LUA = f"""
function envoy_on_request(h)
  local hs = h:headers()
  local md = h:streamInfo():dynamicMetadata()
  local pool = hs:get("{ATTEMPT_POOL}")
  -- the chain header is read on the first attempt and kept in the request's metadata
  -- (shared by its attempts), so no Prism header reaches a pool
  local chain = hs:get("{CHAIN}")
  local kept = md:get("prism")
  if chain == nil and kept ~= nil then chain = kept["chain"] end
  if chain ~= nil then md:set("prism", "chain", chain) end
  hs:remove("{CHAIN}")
  hs:remove("{ATTEMPT_POOL}")
  if pool == nil or chain == nil then return end
  local name, served
  for p, m, s in chain:gmatch("([^=;]+)=([^=;]+)=([^;]+)") do
    if p == pool then name, served = m, s end
  end
  if name == nil then return end
  md:set("prism", "served", name)
  local body = h:body()
  if body == nil then return end
  local text = body:getBytes(0, body:length())
  local prefix = '{{"model":"'
  if text:sub(1, #prefix) ~= prefix then return end
  local close = text:find('"', #prefix + 1, true)
  if close == nil or text:sub(#prefix + 1, close - 1) == served then return end
  local rewritten = prefix .. served .. text:sub(close)
  body:setBytes(rewritten)
  hs:replace("content-length", tostring(#rewritten))
end

function envoy_on_response(h)
  local md = h:streamInfo():dynamicMetadata():get("prism")
  if md ~= nil and md["served"] ~= nil then
    h:headers():replace("{hdr.SERVED_MODEL}", md["served"])
  end
end
"""


class FailoverSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    retries: int = Field(2, ge=0, le=10, description="retries per request (0 = none)")
    per_try_idle_timeout_s: float = Field(
        30.0,
        gt=0,
        description="an attempt that receives no byte for this long is retried elsewhere "
        "(a hung pool); keep it above a non-streaming answer's time to first byte",
    )
    retry_status_codes: list[int] = Field(default_factory=lambda: [429, 500, 502, 503, 504])
    retry_after_max_s: float = Field(
        10.0, gt=0, description="longest wait a retry-after may ask before a retry"
    )
    consecutive_errors: int = Field(
        5, ge=1, description="5xx/connect errors in a row that eject a pool host"
    )
    ejection_s: float = Field(30.0, gt=0, description="base ejection time of a failing host")
    max_connections: int = Field(4096, ge=1, description="circuit breaker: connections per pool")
    max_pending_requests: int = Field(
        4096, ge=1, description="circuit breaker: requests queued for a connection, per pool"
    )
    max_requests: int = Field(
        4096, ge=1, description="circuit breaker: requests in flight per pool"
    )
    max_retries_in_flight: int = Field(
        64, ge=0, description="circuit breaker: retries in flight per pool (a retry storm's cap)"
    )


def _any(message: object) -> AnyMessage:
    return AnyMessage.pack(message)  # type: ignore[arg-type]


def _secs(value: float) -> timedelta:
    return timedelta(seconds=value)


def chain_cluster_name(model: str) -> str:
    return "chain_" + "".join(c if c.isalnum() or c == "_" else "_" for c in model)


def pool_metadata(pool_name: str) -> Metadata:
    """Endpoint metadata naming the pool: the upstream filter reads it per attempt."""
    return Metadata(
        filter_metadata={"prism": Struct(fields={"pool": Value(string_value=pool_name)})}
    )


def outlier_detection(s: FailoverSettings) -> OutlierDetection:
    return OutlierDetection(
        consecutive_5xx=s.consecutive_errors,
        consecutive_gateway_failure=s.consecutive_errors,
        interval=_secs(5),
        base_ejection_time=_secs(s.ejection_s),
        max_ejection_percent=100,
    )


def retry_policy(s: FailoverSettings, across_pools: bool) -> RetryPolicy:
    policy = RetryPolicy(
        retry_on=RETRY_ON,
        num_retries=s.retries,
        per_try_idle_timeout=_secs(s.per_try_idle_timeout_s),
        retriable_status_codes=list(s.retry_status_codes),
        rate_limited_retry_back_off=RetryPolicyRateLimitedRetryBackOff(
            reset_headers=[
                RetryPolicyResetHeader(
                    name=hdr.RETRY_AFTER, format=RetryPolicyResetHeaderFormat.SECONDS
                )
            ],
            max_interval=_secs(s.retry_after_max_s),
        ),
        # another host of the pool when it has several
        retry_host_predicate=[
            RetryPolicyRetryHostPredicate(
                name="envoy.retry_host_predicates.previous_hosts",
                typed_config=_any(PreviousHostsPredicate()),
            )
        ],
        host_selection_retry_max_attempts=3,
    )
    if across_pools:  # each retry moves to the next pool of the chain
        policy.retry_priority = RetryPolicyRetryPriority(
            name="envoy.retry_priorities.previous_priorities",
            typed_config=_any(PreviousPrioritiesConfig(update_frequency=1)),
        )
    return policy


def chain_header(chain: list[tuple[str, str, str]]) -> HeaderValueOption:
    """(pool, model, served name) in order, for the Lua filter."""
    value = ";".join(f"{pool}={model}={served}" for pool, model, served in chain)
    return HeaderValueOption(
        header=HeaderValue(key=CHAIN, value=value),
        append_action=HeaderValueOptionHeaderAppendAction.OVERWRITE_IF_EXISTS_OR_ADD,
    )


def chain_cluster(model: str, pool_clusters: list[str]) -> Cluster:
    """An aggregate cluster over the chain's pools, with the per-attempt rewrite filters."""
    mark = HeaderMutationFilter(
        mutations=Mutations(
            request_mutations=[
                HeaderMutation(
                    append=HeaderValueOption(
                        header=HeaderValue(
                            key=ATTEMPT_POOL, value="%UPSTREAM_METADATA(prism:pool)%"
                        ),
                        append_action=HeaderValueOptionHeaderAppendAction.OVERWRITE_IF_EXISTS_OR_ADD,
                    )
                )
            ]
        )
    )
    lua = Lua(default_source_code=DataSource(inline_string=CHAIN_LUA))
    options = HttpProtocolOptions(
        explicit_http_config=HttpProtocolOptionsExplicitHttpConfig(
            http_protocol_options=Http1ProtocolOptions()
        ),
        http_filters=[
            HttpFilter(name="envoy.filters.http.header_mutation", typed_config=_any(mark)),
            HttpFilter(name="envoy.filters.http.lua", typed_config=_any(lua)),
            HttpFilter(
                name="envoy.filters.http.upstream_codec", typed_config=_any(UpstreamCodec())
            ),
        ],
    )
    return Cluster(
        name=chain_cluster_name(model),
        connect_timeout=_secs(2),
        lb_policy=ClusterLbPolicy.CLUSTER_PROVIDED,
        cluster_type=ClusterCustomClusterType(
            name="envoy.clusters.aggregate",
            typed_config=_any(ClusterConfig(clusters=pool_clusters)),
        ),
        typed_extension_protocol_options={HTTP_PROTOCOL_OPTIONS: _any(options)},
    )
