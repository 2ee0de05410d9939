"""The generated bootstrap carries Prism's edge: normalisation, the body limit, and error
mapping that never touches Prism's own replies. (Behaviour is checked through the real Envoy
in tests/e2e/test_edges.py; this pins the settings a refactor could drop silently.)"""

from __future__ import annotations

from typing import Any

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.envoy_config import bootstrap
from extproc.envoy_edge import ANTHROPIC_PATH, NOT_FROM_PRISM
from extproc.paths import ADMIN_PATHS

CONFIG = load_config(DEFAULT_CONFIG_PATH)


def listener_and_hcm() -> tuple[dict[str, Any], dict[str, Any]]:
    listener = bootstrap(CONFIG)["static_resources"]["listeners"][0]
    return listener, listener["filter_chains"][0]["filters"][0]["typed_config"]


def test_envoy_normalises_and_limits_like_prism():
    listener, hcm = listener_and_hcm()
    assert listener["per_connection_buffer_limit_bytes"] == CONFIG.server.max_body_bytes
    assert hcm["normalize_path"] is True and hcm["merge_slashes"] is True
    assert hcm["path_with_escaped_slashes_action"] == "REJECT_REQUEST"
    assert hcm["request_timeout"] == f"{CONFIG.envoy.request_timeout_s:g}s"
    assert hcm["request_headers_timeout"] == f"{CONFIG.envoy.request_headers_timeout_s:g}s"
    assert hcm["http_protocol_options"].get("accept_http_10", False) is False


def test_the_body_limit_filter_runs_first_for_every_protocol():
    _, hcm = listener_and_hcm()
    first = hcm["http_filters"][0]
    assert first["name"] == "envoy.filters.http.buffer"
    assert first["typed_config"]["max_request_bytes"] == CONFIG.server.max_body_bytes
    assert [f["name"] for f in hcm["http_filters"][1:]] == [
        "envoy.filters.http.ext_proc",
        "envoy.filters.http.router",
    ]


def test_every_error_mapper_leaves_prisms_own_replies_alone():
    _, hcm = listener_and_hcm()
    mappers = hcm["local_reply_config"]["mappers"]
    assert len(mappers) >= 16
    for mapper in mappers:
        filters = mapper["filter"]["and_filter"]["filters"]
        assert filters[0]["extension_filter"]["typed_config"]["expression"] == NOT_FROM_PRISM
        body = mapper["body_format_override"]["json_format"]
        on_anthropic_path = any("header_filter" in f for f in filters)
        if on_anthropic_path:
            header = filters[-1]["header_filter"]["header"]
            assert header == {"name": ":path", "string_match": {"prefix": ANTHROPIC_PATH}}
            assert body["type"] == "error" and set(body["error"]) == {"type", "message"}
        else:
            assert set(body["error"]) == {"message", "type", "param", "code"}
    for unavailable in mappers[:2]:  # Prism unreachable, in both shapes
        assert unavailable["status_code"] == 503
        assert unavailable["headers_to_add"][0]["header"]["key"] == "retry-after"


def test_ext_proc_fails_with_503_and_skips_response_headers_until_asked():
    _, hcm = listener_and_hcm()
    ext_proc = hcm["http_filters"][1]["typed_config"]
    assert ext_proc["status_on_error"] == {"code": "ServiceUnavailable"}
    assert ext_proc["processing_mode"]["response_header_mode"] == "SKIP"


def test_admin_paths_are_answered_by_envoy_before_any_pool_route():
    _, hcm = listener_and_hcm()
    routes = hcm["route_config"]["virtual_hosts"][0]["routes"]
    first = routes[: len(ADMIN_PATHS)]
    assert {r["match"]["path"] for r in first} == ADMIN_PATHS
    assert all(r["direct_response"]["status"] == 404 for r in first)
    assert all("route" in r for r in routes[len(ADMIN_PATHS) :])
