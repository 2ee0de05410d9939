"""Anthropic Messages: ``POST /v1/messages``.

``system`` is a string or text blocks; each message's ``content`` is a string or blocks:
``text``, ``image``, ``tool_use`` (the model's call: its ``input``) and ``tool_result``
(what the tool returned: untrusted, a message of its own). Errors are
``{"type": "error", "error": {"type", "message"}}``; streams are named events from
``message_start`` to ``message_stop``.
"""

from __future__ import annotations

import secrets
from typing import Any

import orjson

from extproc.errors import RouterError, bad_request
from extproc.surfaces.base import (
    Assembler,
    InternalRequest,
    JsonSlot,
    Kind,
    Message,
    Surface,
    TextSlot,
)
from extproc.surfaces.sse import SseReader, event, json_events
from extproc.surfaces.wire import content_slots, model_and_stream, require_list

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def error_type(status: int) -> str:
    return _ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")


class AnthropicMessages(Surface):
    name = "messages"
    stream_end = b"event: message_stop"
    path = "/v1/messages"

    def parse(self, body: dict[str, Any]) -> InternalRequest:
        model, stream = model_and_stream(body)
        messages: list[Message] = []
        if "system" in body:
            slots = content_slots(body, "system", "system")
            messages.append(Message(0, "system", Kind.MESSAGE, slots, "system"))
        for i, msg in enumerate(require_list(body, "messages", "missing_messages")):
            where = f"messages[{i}]"
            if not isinstance(msg, dict):
                raise bad_request(f"{where} must be an object", "invalid_type", "messages")
            role = msg.get("role")
            if role not in ("user", "assistant"):
                raise bad_request(f"{where}.role must be 'user' or 'assistant'", "invalid_role")
            messages.extend(_blocks(msg, str(role), where, len(messages)))
        return InternalRequest(self, body, model, stream, messages)

    def error_body(self, err: RouterError) -> bytes:
        message = err.message if not err.code else f"{err.message} ({err.code})"
        error = {"type": error_type(err.status), "message": message}
        return orjson.dumps({"type": "error", "error": error})

    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        message = _message(model, [{"type": "text", "text": text}])
        if stream:
            return _as_events(message), "text/event-stream"
        return orjson.dumps(message), "application/json"

    def set_system_prompt(self, body: dict[str, Any], prompt: str, replace: bool) -> str:
        old = body.get("system")
        if replace or not old:
            body["system"] = prompt
            return "replaced system prompt" if replace else "inserted system prompt"
        if isinstance(old, list):
            body["system"] = [{"type": "text", "text": prompt}, *old]
        else:
            body["system"] = prompt + "\n\n" + str(old)
        return "inserted system prompt"

    # -- cache ------------------------------------------------------------------------
    def cache_view(self, body: dict[str, Any]) -> dict[str, Any] | None:
        view = {k: v for k, v in body.items() if k not in ("system", "messages")}
        system = body.get("system")
        msgs = [{"role": "system", "content": system}] if system else []
        view["messages"] = msgs + list(body.get("messages") or [])
        return view

    def complete(self, response: Any) -> bool:
        return (
            isinstance(response, dict)
            and response.get("type") == "message"
            and response.get("stop_reason") in ("end_turn", "tool_use", "stop_sequence")
        )  # never max_tokens, refusal or an error: only complete answers are replayed

    def assembler(self) -> Assembler | None:
        return _Assembler()

    def replay(self, stored: dict[str, Any], *, stream: bool, body: dict[str, Any]) -> bytes:
        fresh = {**stored, "id": "msg_" + secrets.token_hex(12)}
        return _as_events(fresh) if stream else orjson.dumps(fresh)


def _blocks(msg: dict[str, Any], role: str, where: str, start: int) -> list[Message]:
    content = msg.get("content")
    if isinstance(content, str):
        return [Message(start, role, Kind.MESSAGE, [TextSlot(msg, "content")], where)]
    if not isinstance(content, list):
        raise bad_request(f"{where}.content must be a string or an array", "invalid_type")
    text: list[TextSlot] = []
    extra: list[tuple[str, Kind, list[TextSlot], str]] = []
    for j, block in enumerate(content):
        w = f"{where}.content[{j}]"
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise bad_request(f"{w} must be an object with a 'type'", "invalid_type")
        kind = block["type"]
        if kind == "tool_result":
            slots = content_slots(block, "content", f"{w}.content") if "content" in block else []
            extra.append(("tool", Kind.TOOL_RESULT, slots, w))
        elif kind == "tool_use":
            if not isinstance(block.get("input"), dict):
                raise bad_request(f"{w}.input must be an object", "invalid_type")
            extra.append(("assistant", Kind.TOOL_CALL, [JsonSlot(block, "input")], w))
        elif "text" in block:
            if not isinstance(block["text"], str):
                raise bad_request(f"{w}.text must be a string", "invalid_type")
            text.append(TextSlot(block, "text"))
        elif kind in ("document", "search_result"):
            # Retrieved content the client passes on: read like a tool's result.
            slots = _document_slots(block, w)
            if slots:
                extra.append(("tool", Kind.TOOL_RESULT, slots, w))
    out: list[Message] = []
    if text or not extra:
        out.append(Message(start, role, Kind.MESSAGE, text, where))
    for r, k, slots, w in extra:
        out.append(Message(start + len(out), r, k, slots, w))
    return out


def _document_slots(block: dict[str, Any], where: str) -> list[TextSlot]:
    """A document's plain-text source (``source.type == "text"``, or ``content`` blocks),
    or a search result's text blocks."""
    source = block.get("source")
    if isinstance(source, dict) and source.get("type") == "text":
        if isinstance(source.get("data"), str):
            return [TextSlot(source, "data")]
    if isinstance(source, dict) and source.get("type") == "content" and "content" in source:
        return content_slots(source, "content", f"{where}.source.content")
    if "content" in block:
        return content_slots(block, "content", f"{where}.content")
    return []


def _message(model: str, content: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "msg_" + secrets.token_hex(12),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }


def _as_events(message: dict[str, Any]) -> bytes:
    """A complete message replayed as Anthropic's stream of named events."""
    out: list[bytes] = []

    def emit(name: str, **payload: Any) -> None:
        out.append(event(name, {"type": name, **payload}))

    usage = message.get("usage") or {}
    start = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    emit("message_start", message=start)
    for i, block in enumerate(message.get("content") or []):
        kind = block.get("type")
        if kind == "text":
            emit("content_block_start", index=i, content_block={**block, "text": ""})
            delta = {"type": "text_delta", "text": block.get("text", "")}
            emit("content_block_delta", index=i, delta=delta)
        elif kind == "tool_use":
            emit("content_block_start", index=i, content_block={**block, "input": {}})
            partial = orjson.dumps(block.get("input") or {}).decode()
            delta = {"type": "input_json_delta", "partial_json": partial}
            emit("content_block_delta", index=i, delta=delta)
        elif kind == "thinking":
            emit("content_block_start", index=i, content_block={**block, "thinking": ""})
            delta = {"type": "thinking_delta", "thinking": block.get("thinking", "")}
            emit("content_block_delta", index=i, delta=delta)
        else:
            emit("content_block_start", index=i, content_block=block)
        emit("content_block_stop", index=i)
    stop = {
        "stop_reason": message.get("stop_reason"),
        "stop_sequence": message.get("stop_sequence"),
    }
    emit("message_delta", delta=stop, usage={"output_tokens": usage.get("output_tokens", 0)})
    emit("message_stop")
    return b"".join(out)


class _Assembler:
    """Rebuilds the message from its events; a cut stream or an error event is None."""

    def __init__(self) -> None:
        self._reader = SseReader()
        self._message: dict[str, Any] | None = None
        self._json: dict[int, list[str]] = {}
        self._done = False
        self._failed = False

    def feed(self, data: bytes) -> None:
        for name, payload in json_events(self._reader, data):
            if payload is None or self._failed:
                self._failed = self._failed or name != "ping"
                continue
            try:
                self._apply(str(payload.get("type", name)), payload)
            except (KeyError, TypeError, IndexError, AttributeError, orjson.JSONDecodeError):
                self._failed = True

    def _apply(self, kind: str, p: dict[str, Any]) -> None:
        if kind == "message_start":
            self._message = {**p["message"], "content": list(p["message"].get("content") or [])}
            return
        if kind in ("ping",):
            return
        msg = self._message
        if msg is None or kind == "error":
            self._failed = True
            return
        if kind == "content_block_start":
            msg["content"].append(dict(p["content_block"]))
        elif kind == "content_block_delta":
            block, delta = msg["content"][p["index"]], p["delta"]
            if delta["type"] == "text_delta":
                block["text"] = block.get("text", "") + delta["text"]
            elif delta["type"] == "input_json_delta":
                self._json.setdefault(p["index"], []).append(delta["partial_json"])
            elif delta["type"] == "thinking_delta":
                block["thinking"] = block.get("thinking", "") + delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = block.get("signature", "") + delta["signature"]
        elif kind == "content_block_stop":
            parts = self._json.pop(p["index"], None)
            if parts is not None:
                msg["content"][p["index"]]["input"] = orjson.loads("".join(parts) or "{}")
        elif kind == "message_delta":
            msg.update(p.get("delta") or {})
            msg["usage"] = {**(msg.get("usage") or {}), **(p.get("usage") or {})}
        elif kind == "message_stop":
            self._done = True

    def result(self) -> dict[str, Any] | None:
        msg = self._message
        if self._failed or not self._done or msg is None or msg.get("stop_reason") is None:
            return None
        return msg
