"""The failover part of Envoy's generated config (the e2e test runs it for real)."""

from __future__ import annotations

import pytest

from extproc.config import ConfigError, parse_config
from extproc.envoy_config import bootstrap
from tests.unit.policy_helpers import base_config, config_with


def clusters(data: dict) -> dict[str, dict]:
    return {c["name"]: c for c in data["static_resources"]["clusters"]}


def test_models_with_fallbacks_route_to_an_ordered_chain_with_retries():
    data = bootstrap(config_with())
    c = clusters(data)
    chain = c["chain_qwen3_8b"]
    assert chain["cluster_type"]["typed_config"]["clusters"] == ["pool_general", "pool_reasoning"]
    filters = [
        f["name"]
        for f in chain["typed_extension_protocol_options"][
            "envoy.extensions.upstreams.http.v3.HttpProtocolOptions"
        ]["http_filters"]
    ]
    assert filters == [
        "envoy.filters.http.header_mutation",
        "envoy.filters.http.lua",
        "envoy.filters.http.upstream_codec",
    ]
    assert c["pool_general"]["outlier_detection"]["consecutive_5xx"] == 5
    endpoint = c["pool_general"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
    assert endpoint["metadata"]["filter_metadata"]["prism"] == {"pool": "general"}
    vhost = data["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0][
        "typed_config"
    ]["route_config"]["virtual_hosts"][0]
    assert vhost["include_attempt_count_in_response"] is True
    route = next(r for r in vhost["routes"] if r["name"] == "model_qwen3-8b")
    assert route["route"]["cluster"] == "chain_qwen3_8b"
    retry = route["route"]["retry_policy"]
    assert retry["retry_priority"]["name"] == "envoy.retry_priorities.previous_priorities"
    assert retry["retriable_status_codes"] == [429, 500, 502, 503, 504]
    breakers = c["pool_general"]["circuit_breakers"]["thresholds"][0]
    assert breakers["max_requests"] == 4096 and breakers["max_retries"] == 64
    assert route["request_headers_to_add"][0]["header"]["value"] == (
        "general=qwen3-8b=Qwen/Qwen3-8B;"
        "reasoning=deepseek-r1=deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"
    )


def test_a_model_without_fallbacks_retries_within_its_pool():
    data = base_config()
    for m in data["models"]:
        m.pop("fallbacks", None)
    routes = bootstrap(parse_config(data))["static_resources"]["listeners"][0]["filter_chains"][0][
        "filters"
    ][0]["typed_config"]["route_config"]["virtual_hosts"][0]["routes"]
    route = next(r for r in routes if r["name"] == "model_qwen3-8b")
    assert route["route"]["cluster"] == "pool_general"
    assert "retry_priority" not in route["route"]["retry_policy"]
    assert not any(
        c["name"].startswith("chain_") for c in clusters(bootstrap(parse_config(data))).values()
    )


@pytest.mark.parametrize(
    ("fallbacks", "error"),
    [
        (["ghost"], "unknown model 'ghost'"),
        (["partner-llm"], "already in this chain"),  # the same pool as qwen3-8b
    ],
)
def test_fallbacks_must_name_models_on_other_pools(fallbacks: list[str], error: str):
    data = base_config()
    data["models"][0]["fallbacks"] = fallbacks
    with pytest.raises(ConfigError, match=error):
        parse_config(data)
