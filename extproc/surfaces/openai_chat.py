"""OpenAI Chat Completions: ``POST /v1/chat/completions``."""

from __future__ import annotations

import time
from typing import Any

import orjson

from cache.sse import StreamAssembler, completion_to_sse, new_completion_id, refresh_completion
from extproc.errors import bad_request
from extproc.surfaces.base import Assembler, InternalRequest, Kind, Message, Surface, TextSlot
from extproc.surfaces.wire import content_slots, model_and_stream, require_list

_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
SSE = "text/event-stream"
JSON = "application/json"


class ChatCompletions(Surface):
    name = "chat"
    path = "/v1/chat/completions"
    reasoning = True

    def parse(self, body: dict[str, Any]) -> InternalRequest:
        model, stream = model_and_stream(body)
        raw = require_list(body, "messages", "missing_messages")
        messages: list[Message] = []
        for i, msg in enumerate(raw):
            where = f"messages[{i}]"
            if not isinstance(msg, dict):
                raise bad_request(f"{where} must be an object", "invalid_type", "messages")
            role = msg.get("role")
            if not isinstance(role, str) or role not in _ROLES:
                raise bad_request(f"{where}.role must be one of {sorted(_ROLES)}", "invalid_role")
            slots = content_slots(msg, "content", f"{where}.content")
            if role in ("tool", "function"):
                messages.append(Message(len(messages), "tool", Kind.TOOL_RESULT, slots, where))
            else:
                messages.append(Message(len(messages), role, Kind.MESSAGE, slots, where))
            messages.extend(_tool_calls(msg, where, len(messages)))
        return InternalRequest(self, body, model, stream, messages)

    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        completion = {
            "id": new_completion_id(),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "logprobs": None,
                    "message": {"role": "assistant", "content": text},
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
        if stream:
            return completion_to_sse(completion), SSE
        return orjson.dumps(completion), JSON

    def set_system_prompt(self, body: dict[str, Any], prompt: str, replace: bool) -> str:
        messages = body["messages"]
        system = {"role": "system", "content": prompt}
        if replace:
            kept = [m for m in messages if not (isinstance(m, dict) and m.get("role") == "system")]
            body["messages"] = [system, *kept]
            return "replaced system prompt"
        body["messages"] = [system, *messages]
        return "inserted system prompt"

    def cache_view(self, body: dict[str, Any]) -> dict[str, Any] | None:
        return body

    def complete(self, response: Any) -> bool:
        return isinstance(response, dict) and bool(response.get("choices"))

    def assembler(self) -> Assembler | None:
        return StreamAssembler()

    def replay(self, stored: dict[str, Any], *, stream: bool, body: dict[str, Any]) -> bytes:
        if not stream:
            return orjson.dumps(refresh_completion(stored))
        opts = body.get("stream_options")
        usage = isinstance(opts, dict) and bool(opts.get("include_usage"))
        return completion_to_sse(stored, include_usage=usage)


def _tool_calls(msg: dict[str, Any], where: str, start: int) -> list[Message]:
    """The arguments of an assistant's ``tool_calls`` (and legacy ``function_call``)."""
    out: list[Message] = []
    calls = msg.get("tool_calls")
    if isinstance(calls, list):
        for j, call in enumerate(calls):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                slot = [TextSlot(fn, "arguments")]
                w = f"{where}.tool_calls[{j}]"
                out.append(Message(start + len(out), "assistant", Kind.TOOL_CALL, slot, w))
    fn = msg.get("function_call")
    if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
        w = f"{where}.function_call"
        slot = [TextSlot(fn, "arguments")]
        out.append(Message(start + len(out), "assistant", Kind.TOOL_CALL, slot, w))
    return out
