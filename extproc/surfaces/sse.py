"""Server-sent events: encode named events, and read ``(event, data)`` pairs from raw bytes
split anywhere (inside a line, or inside a UTF-8 character)."""

from __future__ import annotations

from typing import Any

import orjson


def event(name: str, payload: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(payload) + b"\n\n"


class SseReader:
    """Feed bytes; :meth:`feed` returns the events completed by them."""

    def __init__(self) -> None:
        self._buf = b""
        self._event = ""
        self._data: list[str] = []

    def feed(self, data: bytes) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        self._buf = (self._buf + data).replace(b"\r\n", b"\n")
        *lines, self._buf = self._buf.split(b"\n")
        for raw in lines:
            line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            if not line:
                if self._data:
                    out.append((self._event, "\n".join(self._data)))
                self._event, self._data = "", []
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                self._event = value
            elif name == "data":
                self._data.append(value)
        return out


def json_events(reader: SseReader, data: bytes) -> list[tuple[str, dict[str, Any] | None]]:
    """The events in ``data`` with their JSON payloads (None when not a JSON object)."""
    out: list[tuple[str, dict[str, Any] | None]] = []
    for name, raw in reader.feed(data):
        try:
            payload = orjson.loads(raw)
        except orjson.JSONDecodeError:
            payload = None
        out.append((name, payload if isinstance(payload, dict) else None))
    return out
