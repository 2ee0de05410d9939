"""One request to a demo pool, and the small helpers its API handlers share."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web

DELAY_HEADER = "x-demo-delay-ms"


@dataclass
class Call:
    """One request as the pool received it."""

    pool: str
    request: web.Request
    body: dict[str, Any]
    raw_length: int
    delay_s: float
    chunks: int

    @property
    def headers(self) -> dict[str, str]:
        return {"x-demo-pool": self.pool}

    @property
    def model(self) -> str:
        return str(self.body.get("model", ""))

    async def pause(self) -> None:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)

    def answer_text(self, prompt: str) -> str:
        return f"Demo answer from pool {self.pool} to: {prompt[:200]}"

    def json(self, data: dict[str, Any], status: int = 200) -> web.Response:
        return web.Response(
            body=orjson.dumps(data),
            status=status,
            content_type="application/json",
            headers=self.headers,
        )

    async def open_stream(self) -> web.StreamResponse:
        resp = web.StreamResponse(headers={**self.headers, "content-type": "text/event-stream"})
        await resp.prepare(self.request)
        return resp


def pieces(text: str, n: int) -> list[str]:
    """``text`` cut into about ``n`` pieces (at least one)."""
    step = max(1, len(text) // n + 1)
    return [text[i : i + step] for i in range(0, len(text), step)] or [""]


def named(name: str, payload: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(payload) + b"\n\n"


def text_of(content: Any) -> str:
    """The text of a string, or of any list of parts/blocks with ``text`` (nested
    ``content`` lists, e.g. Anthropic tool results, included)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        out = []
        for part in content:
            if isinstance(part, dict):
                if isinstance(part.get("text"), str):
                    out.append(part["text"])
                elif "content" in part:
                    out.append(text_of(part["content"]))
        return "\n".join(t for t in out if t)
    return ""


def tool_arguments(prompt: str) -> dict[str, str]:
    return {"query": prompt[:60]}


def call_id(prefix: str, seed: str) -> str:
    return prefix + hashlib.sha256(seed.encode()).hexdigest()[:24]
