"""OpenAI Responses: ``POST /v1/responses``.

``input`` is a string or a list of items: messages (``{"role", "content"}``, with or
without ``"type": "message"``), ``function_call`` (the model's call: its arguments) and
``function_call_output`` (what the tool returned: untrusted). ``instructions`` is the
system prompt. Streams are named events ending with ``response.completed``.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

import orjson

from extproc.errors import bad_request
from extproc.surfaces.base import Assembler, InternalRequest, Kind, Message, Surface, TextSlot
from extproc.surfaces.sse import SseReader, event, json_events
from extproc.surfaces.wire import content_slots, model_and_stream

_ROLES = frozenset({"system", "developer", "user", "assistant"})


class Responses(Surface):
    name = "responses"
    stream_end = b"event: response.completed"
    path = "/v1/responses"

    def parse(self, body: dict[str, Any]) -> InternalRequest:
        model, stream = model_and_stream(body)
        messages: list[Message] = []
        instructions = body.get("instructions")
        if isinstance(instructions, str):
            slot = [TextSlot(body, "instructions")]
            messages.append(Message(0, "system", Kind.MESSAGE, slot, "instructions"))
        elif instructions is not None:
            raise bad_request("'instructions' must be a string", "invalid_type", "instructions")
        raw = body.get("input")
        if isinstance(raw, str):
            messages.append(
                Message(len(messages), "user", Kind.MESSAGE, [TextSlot(body, "input")], "input")
            )
        elif isinstance(raw, list) and raw:
            for i, item in enumerate(raw):
                messages.extend(_item(item, f"input[{i}]", len(messages)))
        elif raw is None:
            raise bad_request("'input' is required", "missing_input", "input")
        else:
            raise bad_request(
                "'input' must be a string or a non-empty array of items", "invalid_type", "input"
            )
        return InternalRequest(self, body, model, stream, messages)

    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        item = {
            "type": "message",
            "id": "msg_" + secrets.token_hex(12),
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
        response = _response(model, [item])
        if stream:
            return _as_events(response), "text/event-stream"
        return orjson.dumps(response), "application/json"

    def set_system_prompt(self, body: dict[str, Any], prompt: str, replace: bool) -> str:
        old = body.get("instructions")
        if replace or not isinstance(old, str) or not old:
            body["instructions"] = prompt
            return "replaced instructions" if replace else "inserted instructions"
        body["instructions"] = prompt + "\n\n" + old
        return "inserted instructions"

    # -- cache ------------------------------------------------------------------------
    def cache_view(self, body: dict[str, Any]) -> dict[str, Any] | None:
        if body.get("previous_response_id") or body.get("conversation"):
            return None  # the answer depends on state stored upstream
        view = {k: v for k, v in body.items() if k not in ("input", "instructions")}
        msgs: list[Any] = []
        if isinstance(body.get("instructions"), str):
            msgs.append({"role": "system", "content": body["instructions"]})
        raw = body.get("input")
        if isinstance(raw, str):
            msgs.append({"role": "user", "content": raw})
        else:
            for item in raw or []:
                if isinstance(item, dict) and isinstance(item.get("content"), list):
                    parts = [
                        {"type": "text", "text": p["text"]}
                        if isinstance(p, dict) and isinstance(p.get("text"), str)
                        else p
                        for p in item["content"]
                    ]
                    item = {**item, "content": parts}
                msgs.append(item)
        view["messages"] = msgs
        return view

    def complete(self, response: Any) -> bool:
        return isinstance(response, dict) and response.get("status") == "completed"

    def assembler(self) -> Assembler | None:
        return _Assembler()

    def replay(self, stored: dict[str, Any], *, stream: bool, body: dict[str, Any]) -> bytes:
        fresh = {**stored, "id": "resp_" + secrets.token_hex(12), "created_at": int(time.time())}
        return _as_events(fresh) if stream else orjson.dumps(fresh)


def _item(item: Any, where: str, start: int) -> list[Message]:
    if not isinstance(item, dict):
        raise bad_request(f"{where} must be an object", "invalid_type", "input")
    kind = item.get("type", "message")
    if kind == "message":
        role = item.get("role")
        if not isinstance(role, str) or role not in _ROLES:
            raise bad_request(f"{where}.role must be one of {sorted(_ROLES)}", "invalid_role")
        slots = content_slots(item, "content", f"{where}.content")
        return [Message(start, str(role), Kind.MESSAGE, slots, where)]
    if kind == "function_call":
        if not isinstance(item.get("arguments"), str):
            raise bad_request(f"{where}.arguments must be a string", "invalid_type")
        return [Message(start, "assistant", Kind.TOOL_CALL, [TextSlot(item, "arguments")], where)]
    if isinstance(kind, str) and kind.endswith("_output"):
        slots = content_slots(item, "output", f"{where}.output") if "output" in item else []
        return [Message(start, "tool", Kind.TOOL_RESULT, slots, where)]
    if kind == "reasoning":
        summary = item.get("summary")
        slots = content_slots(item, "summary", f"{where}.summary") if summary else []
        return [Message(start, "assistant", Kind.MESSAGE, slots, where)]
    # Any other item with text in it (a future or hosted-tool item): read as a tool result,
    # so whatever text it carries is scanned like untrusted input.
    slots = content_slots(item, "content", f"{where}.content") if "content" in item else []
    return [Message(start, "tool", Kind.TOOL_RESULT, slots, where)] if slots else []


def _response(model: str, output: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "resp_" + secrets.token_hex(12),
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "model": model,
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 0,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 0,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 0,
        },
    }


def _as_events(response: dict[str, Any]) -> bytes:
    """A complete response replayed as the Responses API's stream of named events."""
    out: list[bytes] = []

    def emit(name: str, **payload: Any) -> None:
        out.append(event(name, {"type": name, "sequence_number": len(out), **payload}))

    pending = {**response, "status": "in_progress", "output": [], "usage": None}
    emit("response.created", response=pending)
    emit("response.in_progress", response=pending)
    for i, item in enumerate(response.get("output") or []):
        iid = item.get("id", "")
        if item.get("type") == "message":
            started = {**item, "content": [], "status": "in_progress"}
            emit("response.output_item.added", output_index=i, item=started)
            for k, part in enumerate(item.get("content") or []):
                where = {"item_id": iid, "output_index": i, "content_index": k}
                text = part.get("text", "") if isinstance(part, dict) else ""
                emit("response.content_part.added", **where, part={**part, "text": ""})
                emit("response.output_text.delta", **where, delta=text, logprobs=[])
                emit("response.output_text.done", **where, text=text, logprobs=[])
                emit("response.content_part.done", **where, part=part)
        elif item.get("type") == "function_call":
            args = item.get("arguments", "")
            emit("response.output_item.added", output_index=i, item={**item, "arguments": ""})
            where = {"item_id": iid, "output_index": i}
            emit("response.function_call_arguments.delta", **where, delta=args)
            emit("response.function_call_arguments.done", **where, arguments=args)
        else:
            emit("response.output_item.added", output_index=i, item=item)
        emit("response.output_item.done", output_index=i, item=item)
    emit("response.completed", response=response)
    return b"".join(out)


class _Assembler:
    """Keeps the response of ``response.completed``; any failure or cut stream is None."""

    def __init__(self) -> None:
        self._reader = SseReader()
        self._final: dict[str, Any] | None = None
        self._failed = False

    def feed(self, data: bytes) -> None:
        for name, payload in json_events(self._reader, data):
            kind = payload.get("type", name) if payload is not None else name
            if payload is None or kind in ("error", "response.failed", "response.incomplete"):
                self._failed = True
            elif kind == "response.completed" and isinstance(payload.get("response"), dict):
                self._final = payload["response"]

    def result(self) -> dict[str, Any] | None:
        if self._failed or self._final is None or self._final.get("status") != "completed":
            return None
        return self._final
