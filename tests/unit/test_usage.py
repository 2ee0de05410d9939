"""Usage, TTFT/TPOT and cost read from answers of every surface, JSON and SSE."""

from __future__ import annotations

import orjson

from extproc.usage import Usage, UsageReader, strip_usage_chunks


def sse(*events: dict, done: bool = True) -> bytes:
    out = b"".join(b"data: " + orjson.dumps(e) + b"\n\n" for e in events)
    return out + (b"data: [DONE]\n\n" if done else b"")


def test_json_answers_of_each_surface():
    for body, want in [
        ({"usage": {"prompt_tokens": 12, "completion_tokens": 30, "total_tokens": 42}}, (12, 30)),
        ({"object": "response", "usage": {"input_tokens": 7, "output_tokens": 9}}, (7, 9)),
        ({"type": "message", "usage": {"input_tokens": 5, "output_tokens": 3}}, (5, 3)),
        ({"object": "list", "usage": {"prompt_tokens": 8, "total_tokens": 8}}, (8, 0)),
    ]:
        reader = UsageReader(started=0.0)
        raw = orjson.dumps(body)
        reader.feed(raw[:5], now=0.1)
        reader.feed(raw[5:], now=0.2)
        usage = reader.finish()
        assert (usage.prompt, usage.completion) == want and usage.seen
        assert reader.ttft_s == 0.1 and reader.tpot_s is None  # no per-token time for JSON


def test_openai_stream_usage_chunk_split_across_body_chunks():
    stream = sse(
        {"object": "chat.completion.chunk", "choices": [{"delta": {"content": "Hi"}}]},
        {"object": "chat.completion.chunk", "choices": [{"delta": {"content": " there"}}]},
        {
            "object": "chat.completion.chunk",
            "choices": [],
            "usage": {"prompt_tokens": 4, "completion_tokens": 11},
        },
    )
    reader = UsageReader(started=1.0, sse=True)
    for i in range(0, len(stream), 7):
        reader.feed(stream[i : i + 7], now=1.5 + i / 1000)
    usage = reader.finish()
    assert (usage.prompt, usage.completion) == (4, 11)
    assert reader.ttft_s == 0.5
    assert reader.tpot_s is not None and abs(reader.tpot_s - (reader.last_byte - 1.5) / 10) < 1e-9


def test_anthropic_and_responses_streams():
    anthropic = (
        b'event: message_start\ndata: {"type":"message_start","message":{"usage":'
        b'{"input_tokens":25,"output_tokens":1}}}\n\n'
        b'event: content_block_delta\ndata: {"type":"content_block_delta","delta":'
        b'{"type":"text_delta","text":"Hello"}}\n\n'
        b'event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":15}}\n\n'
        b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    )
    reader = UsageReader(started=0.0, sse=True)
    reader.feed(anthropic)
    assert (reader.finish().prompt, reader.usage.completion) == (25, 15)
    responses = sse(
        {"type": "response.output_text.delta", "delta": "Hi"},
        {
            "type": "response.completed",
            "response": {"usage": {"input_tokens": 3, "output_tokens": 2}},
        },
        done=False,
    )
    reader = UsageReader(started=0.0, sse=True)
    reader.feed(responses)
    assert (reader.finish().prompt, reader.usage.completion) == (3, 2)


def test_no_usage_and_junk_are_not_counted():
    reader = UsageReader(started=0.0, sse=True)
    reader.feed(b"data: {not json\n\ndata: [DONE]\n\n")
    assert not reader.finish().seen
    reader = UsageReader(started=0.0)
    reader.feed(b'{"usage": {"prompt_tokens": -3, "completion_tokens": true}}')
    assert not reader.finish().seen


def test_cost_from_per_million_prices():
    assert abs(Usage(1_000_000, 500_000, True).cost(0.3, 1.2) - 0.9) < 1e-12


def test_usage_only_chunks_are_removed_from_what_the_client_sees():
    content = {"object": "chat.completion.chunk", "choices": [{"delta": {"content": "x"}}]}
    only = {"object": "chat.completion.chunk", "choices": [], "usage": {"prompt_tokens": 1}}
    chunk = sse(content, only)
    assert strip_usage_chunks(chunk) == sse(content)
    assert strip_usage_chunks(sse(content)) == sse(content)
    # a content chunk that happens to carry usage stays
    both = {**content, "usage": {"prompt_tokens": 1}}
    assert strip_usage_chunks(sse(both)) == sse(both)
