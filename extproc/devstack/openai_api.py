"""The demo pool's OpenAI endpoints: chat completions, completions, responses, embeddings."""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from typing import Any

import numpy as np
import orjson
from aiohttp import web

from extproc.devstack.call import Call, call_id, named, pieces, text_of, tool_arguments


def _data(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


# -- chat completions and completions ------------------------------------------------------
async def chat(call: Call) -> web.StreamResponse:
    return await _chat_like(call, chat=True)


async def completions(call: Call) -> web.StreamResponse:
    return await _chat_like(call, chat=False)


def _chat_turn(body: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """(the text to answer, a tool to call or None)."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not isinstance(messages[-1], dict):
        return str(body.get("prompt", "")), None
    last = messages[-1]
    prompt = text_of(last.get("content"))
    tools = body.get("tools")
    if last.get("role") == "user" and isinstance(tools, list) and tools:
        fn = tools[0].get("function", {}) if isinstance(tools[0], dict) else {}
        return prompt, {"name": fn.get("name", "tool"), "arguments": tool_arguments(prompt)}
    return prompt, None


async def _chat_like(call: Call, *, chat: bool) -> web.StreamResponse:
    body = call.body
    prompt, tool = _chat_turn(body)
    text = call.answer_text(prompt)
    if body.get("stream"):
        return await _chat_stream(call, text, tool if chat else None)
    await call.pause()
    usage = {"prompt_tokens": call.raw_length // 4, "completion_tokens": len(text) // 4}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    choice: dict[str, Any] = {"index": 0, "finish_reason": "stop", "logprobs": None}
    if chat and tool is not None:
        fn = {"name": tool["name"], "arguments": orjson.dumps(tool["arguments"]).decode()}
        tool_call = {"id": call_id("call_", prompt), "type": "function", "function": fn}
        choice["message"] = {"role": "assistant", "content": None, "tool_calls": [tool_call]}
        choice["finish_reason"] = "tool_calls"
    elif chat:
        choice["message"] = {"role": "assistant", "content": text}
    else:
        choice["text"] = text
    out = {
        "id": "chatcmpl-" + uuid.uuid4().hex,
        "object": "chat.completion" if chat else "text_completion",
        "created": int(time.time()),
        "model": call.model,
        "choices": [choice],
        "usage": usage,
    }
    return call.json(out)


async def _chat_stream(call: Call, text: str, tool: dict[str, Any] | None) -> web.StreamResponse:
    resp = await call.open_stream()
    cid, created = "chatcmpl-" + uuid.uuid4().hex, int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        base = {"id": cid, "object": "chat.completion.chunk", "created": created}
        return _data({**base, "model": call.model, "choices": [choice]})

    await resp.write(chunk({"role": "assistant", "content": ""}, None))
    if tool is not None:
        args = orjson.dumps(tool["arguments"]).decode()
        first = {"index": 0, "id": call_id("call_", text), "type": "function"}
        first["function"] = {"name": tool["name"], "arguments": ""}
        await resp.write(chunk({"tool_calls": [first]}, None))
        for piece in pieces(args, call.chunks):
            await call.pause()
            more = {"index": 0, "function": {"arguments": piece}}
            await resp.write(chunk({"tool_calls": [more]}, None))
        await resp.write(chunk({}, "tool_calls"))
    else:
        for piece in pieces(text, call.chunks):
            await call.pause()
            await resp.write(chunk({"content": piece}, None))
        await resp.write(chunk({}, "stop"))
    opts = call.body.get("stream_options")
    if isinstance(opts, dict) and opts.get("include_usage"):
        usage = {"prompt_tokens": 1, "completion_tokens": len(text) // 4}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        base = {"id": cid, "object": "chat.completion.chunk", "created": created}
        await resp.write(_data({**base, "model": call.model, "choices": [], "usage": usage}))
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


# -- responses ------------------------------------------------------------------------------
def _responses_turn(body: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    raw = body.get("input")
    if isinstance(raw, str):
        last: Any = {"role": "user", "content": raw}
    elif isinstance(raw, list) and raw and isinstance(raw[-1], dict):
        last = raw[-1]
    else:
        return "", None
    if last.get("type") == "function_call_output":
        return text_of(last.get("output")), None
    prompt = text_of(last.get("content"))
    tools = body.get("tools")
    if isinstance(tools, list) and tools and isinstance(tools[0], dict):
        name = str(tools[0].get("name", "tool"))
        return prompt, {"name": name, "arguments": tool_arguments(prompt)}
    return prompt, None


async def responses(call: Call) -> web.StreamResponse:
    prompt, tool = _responses_turn(call.body)
    text = call.answer_text(prompt)
    rid = "resp_" + uuid.uuid4().hex
    if tool is not None:
        item: dict[str, Any] = {
            "type": "function_call",
            "id": "fc_" + uuid.uuid4().hex,
            "call_id": call_id("call_", prompt),
            "name": tool["name"],
            "arguments": orjson.dumps(tool["arguments"]).decode(),
            "status": "completed",
        }
    else:
        part = {"type": "output_text", "text": text, "annotations": []}
        item = {
            "type": "message",
            "id": "msg_" + uuid.uuid4().hex,
            "status": "completed",
            "role": "assistant",
            "content": [part],
        }
    usage = {
        "input_tokens": call.raw_length // 4,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": len(text) // 4,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": call.raw_length // 4 + len(text) // 4,
    }
    final = {
        "id": rid,
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "error": None,
        "incomplete_details": None,
        "model": call.model,
        "output": [item],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": call.body.get("tools") or [],
        "usage": usage,
    }
    if not call.body.get("stream"):
        await call.pause()
        return call.json(final)
    resp = await call.open_stream()
    seq = 0

    async def emit(name: str, **payload: Any) -> None:
        nonlocal seq
        await resp.write(named(name, {"type": name, "sequence_number": seq, **payload}))
        seq += 1

    pending = {**final, "status": "in_progress", "output": [], "usage": None}
    await emit("response.created", response=pending)
    await emit("response.in_progress", response=pending)
    where = {"item_id": item["id"], "output_index": 0}
    if item["type"] == "function_call":
        await emit("response.output_item.added", output_index=0, item={**item, "arguments": ""})
        for piece in pieces(item["arguments"], call.chunks):
            await call.pause()
            await emit("response.function_call_arguments.delta", **where, delta=piece)
        await emit("response.function_call_arguments.done", **where, arguments=item["arguments"])
    else:
        started = {**item, "status": "in_progress", "content": []}
        await emit("response.output_item.added", output_index=0, item=started)
        empty = {"type": "output_text", "text": "", "annotations": []}
        await emit("response.content_part.added", **where, content_index=0, part=empty)
        for piece in pieces(text, call.chunks):
            await call.pause()
            await emit(
                "response.output_text.delta", **where, content_index=0, delta=piece, logprobs=[]
            )
        await emit("response.output_text.done", **where, content_index=0, text=text, logprobs=[])
        part = item["content"][0]
        await emit("response.content_part.done", **where, content_index=0, part=part)
    await emit("response.output_item.done", output_index=0, item=item)
    await emit("response.completed", response=final)
    await resp.write_eof()
    return resp


# -- embeddings -----------------------------------------------------------------------------
DIM = 8


def _vector(text: str) -> np.ndarray:
    seed = hashlib.sha256(text.encode()).digest()
    v = np.frombuffer(seed[: DIM * 4], dtype=np.uint32).astype(np.float32)
    return v / np.linalg.norm(v)


async def embeddings(call: Call) -> web.StreamResponse:
    raw = call.body.get("input")
    texts = [raw] if isinstance(raw, str) else [str(x) for x in raw or []]
    b64 = call.body.get("encoding_format") == "base64"
    data = []
    for i, text in enumerate(texts):
        vec = _vector(text)
        value: Any = base64.b64encode(vec.astype("<f4").tobytes()).decode() if b64 else vec.tolist()
        data.append({"object": "embedding", "index": i, "embedding": value})
    tokens = sum(len(t) // 4 + 1 for t in texts)
    await call.pause()
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return call.json({"object": "list", "data": data, "model": call.model, "usage": usage})
