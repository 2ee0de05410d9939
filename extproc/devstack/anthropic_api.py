"""The demo pool's Anthropic Messages endpoint: ``POST /v1/messages``, streaming and not."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from aiohttp import web

from extproc.devstack.call import Call, call_id, named, pieces, text_of, tool_arguments


def _turn(body: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """(the text to answer, a tool to call or None)."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not isinstance(messages[-1], dict):
        return "", None
    content = messages[-1].get("content")
    blocks = content if isinstance(content, list) else []
    results = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"]
    if results:
        return text_of(results[-1].get("content")), None
    prompt = text_of(content)
    tools = body.get("tools")
    if isinstance(tools, list) and tools and isinstance(tools[0], dict):
        name = str(tools[0].get("name", "tool"))
        return prompt, {"name": name, "input": tool_arguments(prompt)}
    return prompt, None


async def messages(call: Call) -> web.StreamResponse:
    if "max_tokens" not in call.body:
        error = {"type": "invalid_request_error", "message": "max_tokens: Field required"}
        return call.json({"type": "error", "error": error}, status=400)
    prompt, tool = _turn(call.body)
    text = call.answer_text(prompt)
    block: dict[str, Any]
    if tool is not None:
        block = {"type": "tool_use", "id": call_id("toolu_", prompt), **tool}
        stop = "tool_use"
    else:
        block = {"type": "text", "text": text}
        stop = "end_turn"
    usage = {"input_tokens": call.raw_length // 4, "output_tokens": len(text) // 4}
    message = {
        "id": "msg_" + uuid.uuid4().hex,
        "type": "message",
        "role": "assistant",
        "model": call.model,
        "content": [block],
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": usage,
    }
    if not call.body.get("stream"):
        await call.pause()
        return call.json(message)
    resp = await call.open_stream()

    async def emit(name: str, **payload: Any) -> None:
        await resp.write(named(name, {"type": name, **payload}))

    start = {**message, "content": [], "stop_reason": None, "usage": {**usage, "output_tokens": 1}}
    await emit("message_start", message=start)
    if tool is not None:
        await emit("content_block_start", index=0, content_block={**block, "input": {}})
        await emit("ping")
        for piece in pieces(orjson.dumps(tool["input"]).decode(), call.chunks):
            await call.pause()
            delta = {"type": "input_json_delta", "partial_json": piece}
            await emit("content_block_delta", index=0, delta=delta)
    else:
        await emit("content_block_start", index=0, content_block={"type": "text", "text": ""})
        await emit("ping")
        for piece in pieces(text, call.chunks):
            await call.pause()
            await emit("content_block_delta", index=0, delta={"type": "text_delta", "text": piece})
    await emit("content_block_stop", index=0)
    end: dict[str, Any] = {"stop_reason": stop, "stop_sequence": None}
    await emit("message_delta", delta=end, usage={"output_tokens": usage["output_tokens"]})
    await emit("message_stop")
    await resp.write_eof()
    return resp
