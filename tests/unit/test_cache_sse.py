"""StreamAssembler (SSE -> completion) and completion_to_sse (completion -> SSE)."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
from hypothesis import given, settings
from hypothesis import strategies as st
from openai.lib.streaming.chat._completions import ChatCompletionStreamState

from cache.sse import StreamAssembler, completion_to_sse, refresh_completion

BASE = {"id": "chatcmpl-upstream", "object": "chat.completion.chunk", "created": 1764000000,
        "model": "small-llm", "system_fingerprint": "fp_1"}  # fmt: skip


def chunk(delta: dict[str, Any], finish: str | None = None, index: int = 0, **extra: Any) -> dict:
    return {**BASE, "choices": [{"index": index, "delta": delta, "finish_reason": finish}], **extra}


USAGE = {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21}
CHUNKS: list[dict[str, Any]] = [
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "Grüße, "}),
    chunk({"content": "Welt 🌍!"}),
    chunk({"tool_calls": [{"index": 0, "id": "call_a", "type": "function",
                           "function": {"name": "get_weather", "arguments": ""}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": "Pa'}}]}),
    chunk({"tool_calls": [{"index": 1, "id": "call_b", "type": "function",
                           "function": {"name": "get_time", "arguments": "{}"}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ris"}'}}]}),
    chunk({}, "tool_calls"),
    {**BASE, "choices": [], "usage": USAGE},
]  # fmt: skip


def sse(chunks: list[dict[str, Any]], *, done: bool = True, sep: bytes = b"\n") -> bytes:
    events = [b"data: " + json.dumps(c, ensure_ascii=False).encode() for c in chunks]
    if done:
        events.append(b"data: [DONE]")
    return b"".join(e + sep + sep for e in events)


def assemble(*pieces: bytes) -> dict[str, Any] | None:
    asm = StreamAssembler()
    for piece in pieces:
        asm.feed(piece)
    return asm.result()


def test_assembles_content_tool_calls_usage() -> None:
    result = assemble(sse(CHUNKS))
    assert result is not None
    assert result["object"] == "chat.completion"
    assert (result["id"], result["model"], result["created"]) == (
        "chatcmpl-upstream",
        "small-llm",
        1764000000,
    )
    assert result["system_fingerprint"] == "fp_1"
    assert result["usage"] == USAGE
    (choice,) = result["choices"]
    assert choice["finish_reason"] == "tool_calls"
    msg = choice["message"]
    assert msg["role"] == "assistant" and msg["content"] == "Grüße, Welt 🌍!"
    assert msg["tool_calls"] == [
        {"id": "call_a", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
        {"id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": "{}"}},
    ]  # fmt: skip


def test_crlf_comments_event_field_and_multiple_choices() -> None:
    chunks = [
        chunk({"role": "assistant", "content": "A"}, index=0),
        chunk({"role": "assistant", "content": "B"}, index=1),
        chunk({"content": "a"}, "stop", index=0),
        chunk({"content": "b"}, "length", index=1),
    ]
    raw = b": keep-alive\r\n\r\n" + sse(chunks, sep=b"\r\n").replace(
        b"data: ", b"event: message\r\ndata: ", 1
    )
    result = assemble(raw)
    assert result is not None
    assert [c["message"]["content"] for c in result["choices"]] == ["Aa", "Bb"]
    assert [c["finish_reason"] for c in result["choices"]] == ["stop", "length"]
    assert "usage" not in result


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from([b"\n", b"\r\n", b"\r"]))
def test_random_chunk_splits_give_same_result(data: st.DataObject, sep: bytes) -> None:
    raw = sse(CHUNKS, sep=sep)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=30)))
    pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    assert assemble(*pieces) == assemble(raw)
    assert assemble(*pieces) is not None


def test_byte_by_byte() -> None:
    raw = sse(CHUNKS)
    assert assemble(*(raw[i : i + 1] for i in range(len(raw)))) == assemble(raw)


def test_aborted_and_failed_streams_give_none() -> None:
    assert assemble(sse(CHUNKS, done=False)) is None  # connection dropped
    assert assemble(sse(CHUNKS)[:-5]) is None  # cut inside "[DONE]"
    assert assemble(sse(CHUNKS[:3])) is None  # [DONE] but no finish_reason
    error = {"error": {"message": "overloaded", "type": "server_error"}}
    assert assemble(sse([*CHUNKS[:3], error, *CHUNKS[3:]])) is None
    assert assemble(b"event: error\ndata: {}\n\n" + sse(CHUNKS)) is None
    assert assemble(b"data: {not json\n\n" + sse(CHUNKS)) is None
    assert assemble(b"data: [DONE]\n\n") is None  # no choices at all
    assert assemble(b"") is None


def test_data_after_done_is_ignored_and_final_line_without_newline() -> None:
    raw = sse([*CHUNKS[:3], chunk({}, "stop")], done=False) + b"data: [DONE]"
    result = assemble(raw + b"")
    assert result is not None
    late = sse([*CHUNKS[:3], chunk({}, "stop")]) + sse([chunk({"content": "late"})], done=False)
    again = assemble(late)
    assert again is not None and again["choices"][0]["message"]["content"] == "Grüße, Welt 🌍!"


def test_replay_round_trip_with_fresh_id() -> None:
    original = assemble(sse(CHUNKS))
    assert original is not None
    replay1 = completion_to_sse(original, include_usage=True)
    replay2 = completion_to_sse(original, include_usage=True)
    assert replay1.endswith(b"data: [DONE]\n\n")
    again = assemble(replay1)
    assert again is not None
    assert again["id"] != original["id"] and again["id"].startswith("chatcmpl-")
    assert assemble(replay2)["id"] != again["id"]  # type: ignore[index]
    strip = ("id", "created")
    assert {k: v for k, v in again.items() if k not in strip} == {
        k: v for k, v in original.items() if k not in strip
    }
    without_usage = assemble(completion_to_sse(original))
    assert without_usage is not None and "usage" not in without_usage


def test_refresh_completion() -> None:
    original = assemble(sse(CHUNKS))
    assert original is not None
    fresh = refresh_completion(original)
    assert fresh["id"] != original["id"] and original["id"] == "chatcmpl-upstream"
    assert fresh["choices"] == original["choices"]


# -- the official openai client parses what we produce -------------------------------------


def openai_client(payload: bytes, content_type: str) -> openai.OpenAI:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=payload, headers={"content-type": content_type})

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return openai.OpenAI(api_key="test", base_url="http://prism.test/v1", http_client=http)


def test_openai_client_parses_replayed_stream() -> None:
    original = assemble(sse(CHUNKS))
    assert original is not None
    client = openai_client(completion_to_sse(original, include_usage=True), "text/event-stream")
    stream = client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    state = ChatCompletionStreamState()
    ids = set()
    for part in stream:
        ids.add(part.id)
        state.handle_chunk(part)
    final = state.get_final_completion()
    assert len(ids) == 1 and ids != {original["id"]}
    msg = final.choices[0].message
    assert msg.content == "Grüße, Welt 🌍!"
    assert final.choices[0].finish_reason == "tool_calls"
    assert [(c.id, c.function.name, c.function.arguments) for c in msg.tool_calls or []] == [
        ("call_a", "get_weather", '{"city": "Paris"}'),
        ("call_b", "get_time", "{}"),
    ]
    assert final.usage is not None and final.usage.total_tokens == 21


def test_openai_client_parses_refreshed_completion() -> None:
    original = assemble(sse(CHUNKS))
    assert original is not None
    body = json.dumps(refresh_completion(original)).encode()
    client = openai_client(body, "application/json")
    completion = client.chat.completions.create(
        model="auto", messages=[{"role": "user", "content": "hi"}]
    )
    assert completion.choices[0].message.content == "Grüße, Welt 🌍!"
    assert completion.id != original["id"]
    assert completion.usage is not None and completion.usage.prompt_tokens == 12
