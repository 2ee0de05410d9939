"""Plugins: pure mutations of the request body and headers, and block answers."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Any

import orjson

from extproc.errors import error_body
from extproc.openai_request import content_text
from extproc.policy.schema import (
    BlockPlugin,
    ReasoningFamily,
    ReasoningPlugin,
    SystemPromptPlugin,
)
from extproc.signals.base import PiiOut

PROTECTED_HEADERS = frozenset({"x-selected-model", "content-length", "host", "content-type"})
REDACTION = "[{type}]"


def apply_system_prompt(body: dict[str, Any], plugin: SystemPromptPlugin) -> str:
    messages = body.get("messages")
    if not isinstance(messages, list):
        return "skipped: not a chat request"
    system = {"role": "system", "content": plugin.prompt}
    if plugin.mode == "replace":
        kept = [m for m in messages if not (isinstance(m, dict) and m.get("role") == "system")]
        body["messages"] = [system, *kept]
        return "replaced system prompt"
    body["messages"] = [system, *messages]
    return "inserted system prompt"


def apply_reasoning(
    body: dict[str, Any], plugin: ReasoningPlugin, family: ReasoningFamily | None
) -> str:
    if family is None:
        return "skipped: model has no reasoning family"
    if family.type == "chat_template_kwargs":
        kwargs = body.get("chat_template_kwargs")
        if not isinstance(kwargs, dict):
            kwargs = {}
        kwargs[family.parameter] = plugin.enabled  # explicit false when off
        body["chat_template_kwargs"] = kwargs
        return f"chat_template_kwargs.{family.parameter}={str(plugin.enabled).lower()}"
    if family.type == "reasoning_effort":
        if plugin.enabled:
            body[family.parameter] = plugin.effort
            return f"{family.parameter}={plugin.effort}"
        body.pop(family.parameter, None)
        return f"{family.parameter} removed"
    body[family.parameter] = plugin.enabled
    return f"{family.parameter}={str(plugin.enabled).lower()}"


def clean_header_names(names: Sequence[str]) -> list[str]:
    return [
        n.lower() for n in names if n.lower() not in PROTECTED_HEADERS and not n.startswith(":")
    ]


def redact_spans(text: str, spans: Sequence[PiiOut]) -> str:
    out, last = [], 0
    for s in sorted(spans, key=lambda e: e.start):
        if s.start < last:
            continue
        out.append(text[last : s.start])
        out.append(REDACTION.format(type=s.type))
        last = s.end
    out.append(text[last:])
    return "".join(out)


def redact_last_user(body: dict[str, Any], spans: Sequence[PiiOut]) -> int:
    """Replace PII spans (offsets into the last user message's text) in the body."""
    if not spans:
        return 0
    messages = body.get("messages")
    if isinstance(messages, list):
        for msg in reversed(messages):
            if isinstance(msg, dict) and msg.get("role") == "user":
                _redact_message(msg, spans)
                return len(spans)
        return 0
    prompt = body.get("prompt")
    if isinstance(prompt, str):
        body["prompt"] = redact_spans(prompt, spans)
        return len(spans)
    return 0


def _redact_message(msg: dict[str, Any], spans: Sequence[PiiOut]) -> None:
    content = msg.get("content")
    if isinstance(content, str):
        msg["content"] = redact_spans(content, spans)
        return
    if not isinstance(content, list):
        return
    # The classified text is the text parts joined by "\n": map spans back to each part.
    offset = 0
    for part in content:
        if not (isinstance(part, dict) and part.get("type") == "text"):
            continue
        text = content_text([part], "content")
        end = offset + len(text)
        local = [_Shifted(s, offset) for s in spans if s.start < end and s.end > offset]
        if local:
            part["text"] = redact_spans(text, local)
        offset = end + 1


class _Shifted:
    def __init__(self, span: PiiOut, offset: int) -> None:
        self.type = span.type
        self.score = span.score
        self.start = max(0, span.start - offset)
        self.end = span.end - offset


def block_answer(plugin: BlockPlugin, *, stream: bool, model: str) -> tuple[int, bytes, str]:
    """(status, body, content-type) for a blocked request."""
    if plugin.fast_response is None:
        return (
            plugin.status,
            error_body(plugin.message, type="invalid_request_error", code=plugin.code),
            "application/json",
        )
    completion = {
        "id": "chatcmpl-" + uuid.uuid4().hex,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": plugin.fast_response},
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
    if stream:
        return 200, completion_as_sse(completion), "text/event-stream"
    return 200, orjson.dumps(completion), "application/json"


def completion_as_sse(completion: dict[str, Any]) -> bytes:
    """A non-streamed chat completion replayed as an SSE stream of chunks."""
    base = {k: completion[k] for k in ("id", "created", "model")}
    base["object"] = "chat.completion.chunk"
    events: list[bytes] = []
    for choice in completion.get("choices", []):
        msg = choice.get("message", {})
        idx = choice.get("index", 0)
        first = {"role": "assistant", "content": ""}
        events.append(_event(base, [{"index": idx, "delta": first, "finish_reason": None}]))
        delta: dict[str, Any] = {}
        if msg.get("content"):
            delta["content"] = msg["content"]
        if msg.get("tool_calls"):
            delta["tool_calls"] = [{"index": i, **tc} for i, tc in enumerate(msg["tool_calls"])]
        if delta:
            events.append(_event(base, [{"index": idx, "delta": delta, "finish_reason": None}]))
        finish = [{"index": idx, "delta": {}, "finish_reason": choice.get("finish_reason")}]
        events.append(_event(base, finish))
    return b"".join(events) + b"data: [DONE]\n\n"


def _event(base: dict[str, Any], choices: list[dict[str, Any]]) -> bytes:
    return b"data: " + orjson.dumps({**base, "choices": choices}) + b"\n\n"
