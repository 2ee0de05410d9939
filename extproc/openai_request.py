"""Parse and validate OpenAI-style request bodies; every failure is an OpenAIError."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import orjson

from extproc.errors import OpenAIError, bad_request
from extproc.json_keys import reject_duplicate_keys

CHAT_PATH = "/v1/chat/completions"
COMPLETIONS_PATH = "/v1/completions"
MODELS_PATH = "/v1/models"
AUTO_MODEL = "auto"

_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})


class Endpoint(StrEnum):
    CHAT = "chat"
    COMPLETIONS = "completions"


def endpoint_for(method: str, path: str) -> Endpoint | None:
    """The endpoint Prism routes, or None for paths it passes through untouched."""
    if method != "POST":
        return None
    route = path.split("?", 1)[0].rstrip("/")
    if route == CHAT_PATH:
        return Endpoint.CHAT
    if route == COMPLETIONS_PATH:
        return Endpoint.COMPLETIONS
    return None


@dataclass
class ParsedRequest:
    endpoint: Endpoint
    body: dict[str, Any]
    model: str
    stream: bool
    user_text: str
    """The last user message (chat) or the prompt (completions): what is classified."""
    conversation_text: str = ""
    """Every message's text joined, for signals that look at the whole context."""
    extras: dict[str, Any] = field(default_factory=dict)


def parse_request(
    endpoint: Endpoint, raw: bytes, *, max_bytes: int, max_depth: int
) -> ParsedRequest:
    if len(raw) > max_bytes:
        raise OpenAIError(
            413,
            f"request body of {len(raw)} bytes exceeds the limit of {max_bytes} bytes",
            code="request_too_large",
        )
    if not raw.strip():
        raise bad_request("request body is empty; expected a JSON object", "invalid_json")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad_request(
            f"request body is not valid UTF-8 (byte {exc.start})", "invalid_encoding"
        ) from None
    try:
        body = orjson.loads(raw)
    except (orjson.JSONDecodeError, RecursionError) as exc:
        raise bad_request(f"request body is not valid JSON: {exc}", "invalid_json") from None
    if not isinstance(body, dict):
        raise bad_request("request body must be a JSON object", "invalid_json")
    _check_depth(body, max_depth)
    reject_duplicate_keys(raw)

    model = body.get("model", AUTO_MODEL)
    if not isinstance(model, str) or not model:
        raise bad_request("'model' must be a non-empty string", "invalid_type", "model")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean", "invalid_type", "stream")

    if endpoint is Endpoint.CHAT:
        user_text, conversation = _chat_texts(body)
    else:
        user_text = conversation = _prompt_text(body)
    return ParsedRequest(endpoint, body, model, stream, user_text, conversation)


def _check_depth(value: Any, max_depth: int) -> None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise bad_request(f"request body nests deeper than {max_depth} levels", "json_too_deep")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))


def content_text(content: Any, where: str) -> str:
    """Text of a message's content: a string, null, or a list of content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts: list[str] = []
        for j, part in enumerate(content):
            if not isinstance(part, dict) or not isinstance(part.get("type"), str):
                raise bad_request(
                    f"{where}.content[{j}] must be an object with a 'type'", "invalid_type"
                )
            if part["type"] == "text":
                text = part.get("text")
                if not isinstance(text, str):
                    raise bad_request(f"{where}.content[{j}].text must be a string", "invalid_type")
                texts.append(text)
        return "\n".join(texts)
    raise bad_request(f"{where}.content must be a string, an array or null", "invalid_type")


def _chat_texts(body: dict[str, Any]) -> tuple[str, str]:
    messages = body.get("messages")
    if messages is None:
        raise bad_request("'messages' is required", "missing_messages", "messages")
    if not isinstance(messages, list):
        raise bad_request("'messages' must be an array", "invalid_type", "messages")
    if not messages:
        raise bad_request("'messages' must not be empty", "empty_messages", "messages")
    last_user = ""
    parts: list[str] = []
    for i, msg in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(msg, dict):
            raise bad_request(f"{where} must be an object", "invalid_type", "messages")
        role = msg.get("role")
        if not isinstance(role, str) or role not in _ROLES:
            raise bad_request(f"{where}.role must be one of {sorted(_ROLES)}", "invalid_role")
        text = content_text(msg.get("content"), where)
        parts.append(text)
        if role == "user":
            last_user = text
    return last_user, "\n".join(parts)


def _prompt_text(body: dict[str, Any]) -> str:
    prompt = body.get("prompt")
    if prompt is None:
        raise bad_request("'prompt' is required", "missing_prompt", "prompt")
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        return "\n".join(prompt)
    if isinstance(prompt, list) and prompt and all(isinstance(p, int) for p in prompt):
        return ""  # token ids: nothing to classify
    raise bad_request("'prompt' must be a string or an array of strings", "invalid_type", "prompt")
