"""The OpenAI surfaces' parsers: valid bodies parse; every bad body is a clear RouterError."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc import surfaces
from extproc.errors import RouterError
from extproc.surfaces import CHAT, COMPLETIONS, EMBEDDINGS, SURFACES, Surface, parse_request


def parse(raw: bytes, endpoint: Surface = CHAT, max_bytes: int = 1 << 20):
    return parse_request(endpoint, raw, max_bytes=max_bytes, max_depth=32)


def error_of(raw: bytes, endpoint: Surface = CHAT, max_bytes: int = 1 << 20) -> RouterError:
    with pytest.raises(RouterError) as info:
        parse(raw, endpoint, max_bytes)
    return info.value


def test_chat_request_parses_texts_and_flags() -> None:
    body = {
        "model": "auto",
        "stream": True,
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": [{"type": "text", "text": "first"}]},
            {"role": "assistant", "content": None},
            {"role": "user", "content": "second question"},
        ],
    }
    req = parse(json.dumps(body).encode())
    assert req.model == "auto"
    assert req.stream is True
    assert req.user_text == "second question"
    assert "be brief" in req.conversation_text and "first" in req.conversation_text


def test_completions_prompt_forms() -> None:
    assert parse(b'{"model":"m","prompt":"hello"}', COMPLETIONS).user_text == "hello"
    assert parse(b'{"prompt":["a","b"]}', COMPLETIONS).user_text == "a\nb"
    assert error_of(b'{"model":"m"}', COMPLETIONS).code == "missing_prompt"


def test_missing_model_means_auto() -> None:
    assert parse(b'{"messages":[{"role":"user","content":"x"}]}').model == "auto"


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (b"{not json", 400, "invalid_json"),
        (b"", 400, "invalid_json"),
        (b"[1,2]", 400, "invalid_json"),
        (b"\xff\xfe{}", 400, "invalid_encoding"),
        (b'{"model":"m"}', 400, "missing_messages"),
        (b'{"model":"m","messages":[]}', 400, "empty_messages"),
        (b'{"model":"m","messages":"hi"}', 400, "invalid_type"),
        (b'{"model":5,"messages":[{"role":"user","content":"x"}]}', 400, "invalid_type"),
        (
            b'{"model":"m","stream":"yes","messages":[{"role":"user","content":"x"}]}',
            400,
            "invalid_type",
        ),
        (b'{"model":"m","messages":[{"role":"wizard","content":"x"}]}', 400, "invalid_role"),
        (b'{"model":"m","messages":[{"role":"user","content":7}]}', 400, "invalid_type"),
        (b'{"model":"m","messages":[1]}', 400, "invalid_type"),
        (
            b'{"messages":[{"role":"user","content":[{"type":"text","text":1}]}]}',
            400,
            "invalid_type",
        ),
    ],
)
def test_bad_bodies_get_openai_errors(raw: bytes, status: int, code: str) -> None:
    err = error_of(raw)
    assert (err.status, err.code) == (status, code)
    shaped = json.loads(err.body())["error"]
    assert shaped["message"] and shaped["type"] == "invalid_request_error"
    assert shaped["code"] == code


def test_nested_json_bomb_is_rejected() -> None:
    bomb = b'{"messages":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert error_of(bomb).code in {"invalid_json", "json_too_deep"}
    moderate = b'{"messages":[{"role":"user","content":"x"}],"x":' + b"[" * 40 + b"]" * 40 + b"}"
    assert error_of(moderate).code == "json_too_deep"


def test_body_over_limit_is_413() -> None:
    err = error_of(
        b'{"messages":[{"role":"user","content":"' + b"a" * 5000 + b'"}]}', max_bytes=1024
    )
    assert err.status == 413 and err.code == "request_too_large"


def test_endpoint_matching() -> None:
    assert surfaces.lookup("POST", "/v1/chat/completions?x=1") is CHAT
    assert surfaces.lookup("POST", "/v1/completions") is COMPLETIONS
    assert surfaces.lookup("GET", "/v1/chat/completions") is None
    assert surfaces.lookup("POST", "/v1/embeddings") is EMBEDDINGS
    assert surfaces.lookup("GET", "/v1/models") is surfaces.MODELS
    assert surfaces.lookup("POST", "/v1/unknown") is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(raw: bytes) -> None:
    for endpoint in SURFACES:
        try:
            parse(raw, endpoint)
        except RouterError as err:
            assert 400 <= err.status < 500


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "model",
                    "messages",
                    "role",
                    "content",
                    "prompt",
                    "stream",
                    "type",
                    "text",
                    "input",
                    "system",
                    "output",
                    "tool_calls",
                    "function",
                    "arguments",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_random_json_never_crashes(value: object) -> None:
    raw = json.dumps(value).encode()
    for endpoint in SURFACES:
        try:
            req = parse(raw, endpoint)
        except RouterError as err:
            assert 400 <= err.status < 500
        else:
            assert isinstance(req.user_text, str)
