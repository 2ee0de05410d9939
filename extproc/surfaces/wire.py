"""Shared wire-level checks: size, UTF-8, JSON, depth, ``model`` and ``stream``, and the
text-bearing content parts every surface reads."""

from __future__ import annotations

from typing import Any

import orjson

from extproc.errors import RouterError, bad_request
from extproc.json_keys import reject_duplicate_keys
from extproc.surfaces.base import AUTO_MODEL, InternalRequest, Surface, TextSlot


def decode(raw: bytes, *, max_bytes: int, max_depth: int) -> dict[str, Any]:
    if len(raw) > max_bytes:
        raise RouterError(
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
    return body


def parse_request(
    surface: Surface, raw: bytes, *, max_bytes: int, max_depth: int
) -> InternalRequest:
    """Decode and validate ``raw`` for ``surface``; every failure is a RouterError."""
    return surface.parse(decode(raw, max_bytes=max_bytes, max_depth=max_depth))


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


def model_and_stream(body: dict[str, Any], *, default_model: str = AUTO_MODEL) -> tuple[str, bool]:
    model = body.get("model", default_model)
    if not isinstance(model, str) or not model:
        raise bad_request("'model' must be a non-empty string", "invalid_type", "model")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean", "invalid_type", "stream")
    return model, stream


def content_slots(holder: Any, key: str | int, where: str) -> list[TextSlot]:
    """The text slots of ``holder[key]``: a string, null, or a list of content parts.

    Every part with a string ``text`` counts, whatever its ``type`` (``text``,
    ``input_text``, ``output_text``, ...): a pool reads them all as text.
    """
    content = holder[key] if _has(holder, key) else None
    if content is None:
        return []
    if isinstance(content, str):
        return [TextSlot(holder, key)]
    if not isinstance(content, list):
        raise bad_request(f"{where} must be a string, an array or null", "invalid_type")
    slots: list[TextSlot] = []
    for j, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise bad_request(f"{where}[{j}] must be an object with a 'type'", "invalid_type")
        if "text" in part:
            if not isinstance(part["text"], str):
                raise bad_request(f"{where}[{j}].text must be a string", "invalid_type")
            slots.append(TextSlot(part, "text"))
    return slots


def _has(holder: Any, key: str | int) -> bool:
    if isinstance(holder, dict):
        return key in holder
    return isinstance(key, int) and 0 <= key < len(holder)


def require_list(body: dict[str, Any], key: str, code: str) -> list[Any]:
    value = body.get(key)
    if value is None:
        raise bad_request(f"'{key}' is required", code, key)
    if not isinstance(value, list):
        raise bad_request(f"'{key}' must be an array", "invalid_type", key)
    if not value:
        raise bad_request(f"'{key}' must not be empty", f"empty_{key}", key)
    return value
