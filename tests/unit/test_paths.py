"""Path normalisation and matching: Prism serves only canonical spellings of known routes."""

from __future__ import annotations

import pytest
import yaml

from extproc.config import DEFAULT_CONFIG_PATH, ConfigError, parse_config
from extproc.errors import OpenAIError
from extproc.paths import DEFAULT_ROUTES, PathError, PathMatcher, canonical

MATCHER = PathMatcher.build(DEFAULT_ROUTES, ["/health"])
CHAT = "/v1/chat/completions"


@pytest.mark.parametrize(
    ("raw", "canon"),
    [
        (CHAT, CHAT),
        ("/V1/Chat/Completions", CHAT),
        ("/v1//chat/completions", CHAT),
        ("//v1/chat/completions", CHAT),
        ("/v1/%63hat/completions", CHAT),
        ("/v1/%63%68at/completions?x=%2F", CHAT),
        ("/v1/./chat/completions", CHAT),
        ("/v1/x/../chat/completions", CHAT),
        ("/../v1/chat/completions", CHAT),
        ("/v1/chat/completions;a=b", CHAT),
        ("/v1;x/chat/completions/", CHAT),
        ("/v1/chat/completions/", CHAT),
        ("/v1/chat%2Fcompletions", "/v1/chat%2fcompletions"),
        ("/", "/"),
    ],
)
def test_canonical_form(raw: str, canon: str):
    assert canonical(raw) == canon


@pytest.mark.parametrize("raw", ["/v1/%zz", "/v1/%6", "/v1/chat%"])
def test_malformed_escapes_are_400(raw: str):
    with pytest.raises(OpenAIError) as info:
        canonical(raw)
    assert info.value.status == 400 and info.value.code == "invalid_path"


def test_known_routes_match_exactly():
    assert MATCHER.match("POST", CHAT).key == "chat"
    assert MATCHER.match("POST", CHAT + "?stream=1").key == "chat"
    assert MATCHER.match("POST", "/v1/completions").key == "completions"
    assert MATCHER.match("GET", "/v1/models").key == "models"
    assert MATCHER.match("POST", "/v1/responses").key == "responses"


@pytest.mark.parametrize(
    "raw",
    [
        "/V1/chat/completions",
        "/v1//chat/completions",
        "//v1/chat/completions",
        "/v1/%63hat/completions",
        "/v1/./chat/completions",
        "/v1/x/../chat/completions",
        "/v1/chat/completions;a=b",
        "/v1/chat/completions/",
        "/v1/chat%2Fcompletions",
    ],
)
def test_non_canonical_spellings_are_refused(raw: str):
    with pytest.raises(OpenAIError) as info:
        MATCHER.match("POST", raw)
    assert info.value.status == 404 and info.value.code == "unknown_path"


@pytest.mark.parametrize("method", ["PUT", "PATCH", "GET", "DELETE", "post", "HEAD"])
def test_other_methods_on_a_route_are_405_with_allow(method: str):
    with pytest.raises(OpenAIError) as info:
        MATCHER.match(method, CHAT)
    assert info.value.status == 405 and info.value.headers == {"allow": "POST"}


@pytest.mark.parametrize(
    "raw", ["/v1/explain", "/v1/classify", "/v1/feedback", "/metrics", "/healthz", "/readyz"]
)
def test_admin_paths_are_never_routed(raw: str):
    for method in ("GET", "POST"):
        with pytest.raises(OpenAIError) as info:
            MATCHER.match(method, raw)
        assert info.value.status == 404


def test_unknown_paths_are_404_and_passthrough_is_opt_in():
    for raw in ("/", "/v2/chat/completions", "/v1", "/health/x", "*", "/v1/models/x"):
        with pytest.raises(OpenAIError) as info:
            MATCHER.match("GET", raw if raw.startswith("/") else "/" + raw)
        assert info.value.status == 404
    target = MATCHER.match("GET", "/health")
    assert target.passthrough and target.path == "/health"
    with pytest.raises(OpenAIError):
        MATCHER.match("GET", "/Health")
    with pytest.raises(OpenAIError) as info:
        MATCHER.match("GET", "relative")
    assert info.value.status == 400


@pytest.mark.parametrize(
    "paths", [["/Health"], ["/health/"], ["health"], ["/metrics"], ["/v1/chat/completions"]]
)
def test_bad_passthrough_paths_are_config_errors(paths: list[str]):
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    data["server"]["passthrough_paths"] = paths
    with pytest.raises(ConfigError, match="passthrough_paths"):
        parse_config(data)


def test_refusals_name_the_route_a_path_spells():
    """So the caller can answer in that route's own error shape."""
    with pytest.raises(PathError) as info:
        MATCHER.match("GET", "/v1/messages")
    assert info.value.status == 405 and info.value.route == "messages"
    with pytest.raises(PathError) as info:
        MATCHER.match("POST", "/v1/messages/")
    assert info.value.status == 404 and info.value.route == "messages"
    with pytest.raises(PathError) as info:
        MATCHER.match("POST", "/v2/messages")
    assert info.value.route == ""
