"""Responses, Anthropic Messages and Embeddings: parse into messages with roles and trust,
render Prism's answers in each surface's own JSON and SSE, rebuild streams for the cache."""

from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extproc.errors import RouterError
from extproc.surfaces import (
    CHAT,
    EMBEDDINGS,
    MESSAGES,
    MODELS,
    RESPONSES,
    Kind,
    Surface,
    parse_request,
)
from extproc.surfaces.sse import SseReader
from tests.unit.policy_helpers import config_with


def parse(surface: Surface, body: dict):
    return parse_request(surface, orjson.dumps(body), max_bytes=1 << 20, max_depth=32)


def error_of(surface: Surface, body: dict) -> RouterError:
    with pytest.raises(RouterError) as info:
        parse(surface, body)
    return info.value


def roles(req) -> list[tuple[str, str, str]]:
    return [(m.role, m.kind.value, m.text) for m in req.messages]


def test_responses_items_become_messages_with_trust() -> None:
    req = parse(
        RESPONSES,
        {
            "model": "auto",
            "instructions": "be brief",
            "input": [
                {"role": "user", "content": "find my mail"},
                {"type": "function_call", "call_id": "c1", "name": "mail", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "c1", "output": "mail body"},
                {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": "summarise it"}],
                },
            ],
        },
    )
    assert roles(req) == [
        ("system", "message", "be brief"),
        ("user", "message", "find my mail"),
        ("assistant", "tool_call", "{}"),
        ("tool", "tool_result", "mail body"),
        ("user", "message", "summarise it"),
    ]
    assert req.user_text == "summarise it"
    assert [m.text for m in req.scoped("untrusted")] == [
        "find my mail",
        "mail body",
        "summarise it",
    ]
    assert [m.text for m in req.scoped("user")] == ["find my mail", "summarise it"]
    assert len(req.scoped("all")) == 5


def test_responses_string_input_and_bad_input() -> None:
    req = parse(RESPONSES, {"input": "hello", "stream": True})
    assert req.user_text == "hello" and req.stream and req.model == "auto"
    assert error_of(RESPONSES, {"model": "m"}).code == "missing_input"
    assert error_of(RESPONSES, {"input": 3}).code == "invalid_type"
    assert error_of(RESPONSES, {"input": [{"role": "robot", "content": "x"}]}).code == (
        "invalid_role"
    )
    assert error_of(RESPONSES, {"input": "x", "instructions": 1}).param == "instructions"


def test_anthropic_blocks_split_tool_results_and_calls() -> None:
    body = {
        "model": "claude",
        "max_tokens": 100,
        "system": [{"type": "text", "text": "sys"}],
        "messages": [
            {"role": "user", "content": "what is in ticket 7?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Let me look."},
                    {"type": "tool_use", "id": "t1", "name": "ticket", "input": {"id": 7}},
                ],
            },
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "t1",
                        "content": [{"type": "text", "text": "ticket text"}],
                    },
                    {"type": "image", "source": {"type": "base64", "data": "AAAA"}},
                ],
            },
        ],
    }
    req = parse(MESSAGES, body)
    assert roles(req) == [
        ("system", "message", "sys"),
        ("user", "message", "what is in ticket 7?"),
        ("assistant", "message", "Let me look."),
        ("assistant", "tool_call", '{"id":7}'),
        ("tool", "tool_result", "ticket text"),
    ]
    # The last user turn carries only a tool result: the last *user message* is the question.
    assert req.user_text == "what is in ticket 7?"
    assert req.scoped("untrusted")[-1].kind is Kind.TOOL_RESULT
    # Slots write back into the wire body (what PII redaction does).
    req.messages[4].slots[0].set("[REDACTED]")
    req.messages[3].slots[0].set('{"id": "[ID]"}')
    wire = req.body["messages"]
    assert wire[2]["content"][0]["content"][0]["text"] == "[REDACTED]"
    assert wire[1]["content"][1]["input"] == {"id": "[ID]"}


def test_anthropic_bad_bodies_are_400() -> None:
    assert error_of(MESSAGES, {"messages": []}).code == "empty_messages"
    assert error_of(MESSAGES, {"messages": [{"role": "system", "content": "x"}]}).code == (
        "invalid_role"
    )
    bad_block = {"messages": [{"role": "user", "content": [{"text": "no type"}]}]}
    assert error_of(MESSAGES, bad_block).code == "invalid_type"
    bad_tool = {"messages": [{"role": "assistant", "content": [{"type": "tool_use", "input": 1}]}]}
    assert error_of(MESSAGES, bad_tool).code == "invalid_type"


def test_anthropic_error_shape() -> None:
    err = RouterError(403, "blocked", code="jailbreak_detected")
    data = json.loads(MESSAGES.error_body(err))
    assert data == {
        "type": "error",
        "error": {"type": "permission_error", "message": "blocked (jailbreak_detected)"},
    }
    assert json.loads(MESSAGES.error_body(RouterError(500, "x")))["error"]["type"] == "api_error"
    assert json.loads(RESPONSES.error_body(err))["error"]["code"] == "jailbreak_detected"


def test_embeddings_inputs() -> None:
    req = parse(EMBEDDINGS, {"model": "e", "input": ["a", "b"]})
    assert [m.text for m in req.messages] == ["a", "b"] and req.user_text == "b"
    assert parse(EMBEDDINGS, {"input": "one"}).user_text == "one"
    assert parse(EMBEDDINGS, {"input": [[1, 2], [3]]}).messages == []
    assert error_of(EMBEDDINGS, {"input": [1, "a"]}).code == "invalid_type"
    assert error_of(EMBEDDINGS, {}).code == "missing_input"
    assert not EMBEDDINGS.answers


def events(raw: bytes) -> list[tuple[str, dict]]:
    return [(name, json.loads(data)) for name, data in SseReader().feed(raw)]


def test_responses_fast_answer_json_and_stream_round_trip() -> None:
    body, ctype = RESPONSES.answer("hi there", model="m", stream=False)
    resp = json.loads(body)
    assert ctype == "application/json" and resp["object"] == "response"
    assert resp["output"][0]["content"][0] == {
        "type": "output_text",
        "text": "hi there",
        "annotations": [],
    }
    raw, ctype = RESPONSES.answer("hi there", model="m", stream=True)
    evs = events(raw)
    assert ctype == "text/event-stream"
    assert evs[0][0] == "response.created" and evs[-1][0] == "response.completed"
    assert [e["sequence_number"] for _, e in evs] == list(range(len(evs)))
    deltas = "".join(e["delta"] for n, e in evs if n == "response.output_text.delta")
    assert deltas == "hi there"
    # The cache's assembler keeps exactly the completed response, fed in 7-byte pieces.
    asm = RESPONSES.assembler()
    assert asm is not None
    for i in range(0, len(raw), 7):
        asm.feed(raw[i : i + 7])
    assert asm.result() == evs[-1][1]["response"]
    cut = RESPONSES.assembler()
    assert cut is not None
    cut.feed(raw[: raw.index(b"event: response.completed")])
    assert cut.result() is None


def test_anthropic_stream_round_trip_with_tool_use() -> None:
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [
            {"type": "text", "text": "Calling."},
            {"type": "tool_use", "id": "t", "name": "f", "input": {"q": "é"}},
        ],
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 5},
    }
    raw = MESSAGES.replay(message, stream=True, body={})
    names = [n for n, _ in events(raw)]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    asm = MESSAGES.assembler()
    assert asm is not None
    for i in range(0, len(raw), 5):
        asm.feed(raw[i : i + 5])
    rebuilt = asm.result()
    assert rebuilt is not None
    assert rebuilt["content"] == message["content"]
    assert rebuilt["stop_reason"] == "tool_use" and rebuilt["usage"]["output_tokens"] == 5
    assert MESSAGES.complete(rebuilt)
    cut = MESSAGES.assembler()
    assert cut is not None
    cut.feed(raw[: raw.index(b"event: message_stop")])
    assert cut.result() is None
    fresh = json.loads(MESSAGES.replay(message, stream=False, body={}))
    assert fresh["id"] != "msg_1" and fresh["content"] == message["content"]


def test_system_prompt_per_surface() -> None:
    body: dict = {"system": "old", "messages": []}
    assert MESSAGES.set_system_prompt(body, "new", False) == "inserted system prompt"
    assert body["system"] == "new\n\nold"
    assert MESSAGES.set_system_prompt(body, "only", True) == "replaced system prompt"
    assert body["system"] == "only"
    rbody: dict = {"input": "x"}
    RESPONSES.set_system_prompt(rbody, "be kind", False)
    assert rbody["instructions"] == "be kind"
    assert EMBEDDINGS.set_system_prompt({}, "x", False).startswith("skipped")


def test_models_list_for_both_families() -> None:
    cfg = config_with()
    openai_list = json.loads(MODELS.render(cfg, {}))
    assert openai_list["object"] == "list"
    assert [m["id"] for m in openai_list["data"]][:2] == ["auto", "qwen3-8b"]
    anthropic_list = json.loads(MODELS.render(cfg, {"anthropic-version": "2023-06-01"}))
    assert anthropic_list["has_more"] is False
    assert {m["type"] for m in anthropic_list["data"]} == {"model"}
    assert anthropic_list["last_id"] == "partner-llm"


def test_cache_views() -> None:
    view = RESPONSES.cache_view(
        {"input": [{"role": "user", "content": [{"type": "input_text", "text": "q"}]}]}
    )
    assert view is not None and view["messages"][0]["content"] == [{"type": "text", "text": "q"}]
    assert RESPONSES.cache_view({"input": "q", "previous_response_id": "r"}) is None
    view = MESSAGES.cache_view({"system": "s", "messages": [{"role": "user", "content": "q"}]})
    assert view is not None and view["messages"][0] == {"role": "system", "content": "s"}
    assert EMBEDDINGS.cache_view({"input": "q"}) is None
    assert CHAT.cache_view({"messages": []}) == {"messages": []}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "model",
                    "messages",
                    "role",
                    "content",
                    "input",
                    "instructions",
                    "system",
                    "type",
                    "text",
                    "output",
                    "arguments",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.sampled_from(["message", "tool_result", "tool_use", "function_call"]))
def test_random_bodies_never_crash(value: object, kind: str) -> None:
    block = {"role": "user", "content": [{"type": kind, "content": value}]}
    for surface in (RESPONSES, MESSAGES, EMBEDDINGS):
        for body in (value, {"input": [value]}, {"messages": [block]}, {"input": [block]}):
            raw = json.dumps(body).encode()
            try:
                req = parse_request(surface, raw, max_bytes=1 << 20, max_depth=32)
            except RouterError as err:
                assert 400 <= err.status < 500
            else:
                assert all(isinstance(m.text, str) for m in req.messages)


def test_sse_reader_handles_any_split_and_crlf() -> None:
    raw = b'event: a\r\ndata: {"x":1}\r\n\r\n: keep-alive\n\ndata: {"y":\ndata: 2}\n\n'
    whole = SseReader().feed(raw)
    assert whole == [("a", '{"x":1}'), ("", '{"y":\n2}')]
    for cut in range(1, len(raw)):
        reader = SseReader()
        assert reader.feed(raw[:cut]) + reader.feed(raw[cut:]) == whole, cut


def test_anthropic_documents_and_search_results_are_untrusted_text() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarise these"},
                    {
                        "type": "document",
                        "source": {"type": "text", "media_type": "text/plain", "data": "doc body"},
                    },
                    {
                        "type": "search_result",
                        "source": "https://example.com",
                        "title": "t",
                        "content": [{"type": "text", "text": "found text"}],
                    },
                    {"type": "document", "source": {"type": "base64", "data": "JVBERi0="}},
                ],
            }
        ]
    }
    req = parse(MESSAGES, body)
    assert roles(req) == [
        ("user", "message", "Summarise these"),
        ("tool", "tool_result", "doc body"),
        ("tool", "tool_result", "found text"),
    ]
    assert [m.text for m in req.scoped("untrusted")] == [
        "Summarise these",
        "doc body",
        "found text",
    ]
