"""Token usage, latency and cost of each answer a pool gives, for every API surface.

Usage is read from the answer itself: a JSON body's ``usage`` (OpenAI chat/completions/
embeddings: ``prompt_tokens``/``completion_tokens``; Responses and Anthropic:
``input_tokens``/``output_tokens``), or from the SSE events of a stream (OpenAI's final chunk
when ``stream_options.include_usage`` is on, Responses' ``response.completed``, Anthropic's
``message_start`` + ``message_delta``). Each count is the largest value seen, which is right
for all of them (Anthropic's output count grows from event to event).

Time to first token is measured from the request's arrival at Prism to the first body byte
of the answer; time per output token is the rest of the stream divided by the tokens after
the first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field


class UsageSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = Field(True, description="read usage, TTFT/TPOT and cost from every answer")
    stream_usage: bool = Field(
        True,
        description="ask OpenAI-style pools for usage in streams (stream_options."
        "include_usage) when the client did not; the extra chunk is removed from its stream",
    )


PROMPT_KEYS = ("prompt_tokens", "input_tokens")
COMPLETION_KEYS = ("completion_tokens", "output_tokens")
MAX_LINE = 1 << 20  # an SSE line longer than this is not inspected (bounded memory)


@dataclass
class Usage:
    prompt: int = 0
    completion: int = 0
    seen: bool = False

    def read(self, obj: Any) -> None:
        """Take the token counts of one decoded JSON object (a body or an SSE event)."""
        if not isinstance(obj, dict):
            return
        for holder in (obj, obj.get("response"), obj.get("message")):
            if isinstance(holder, dict) and isinstance(holder.get("usage"), dict):
                self._take(holder["usage"])

    def _take(self, usage: dict[str, Any]) -> None:
        for keys, attr in ((PROMPT_KEYS, "prompt"), (COMPLETION_KEYS, "completion")):
            for key in keys:
                value = usage.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                    setattr(self, attr, max(getattr(self, attr), value))
                    self.seen = True

    def cost(self, per_1m_input: float, per_1m_output: float) -> float:
        return (self.prompt * per_1m_input + self.completion * per_1m_output) / 1_000_000


def _is_usage_only_chunk(obj: Any) -> bool:
    """OpenAI's extra final chunk under ``include_usage``: no choices, only usage."""
    return (
        isinstance(obj, dict)
        and obj.get("choices") == []
        and isinstance(obj.get("usage"), dict)
        and obj.get("object") in ("chat.completion.chunk", "text_completion")
    )


@dataclass
class UsageReader:
    """Feeds on an answer's body chunks; knows its usage and timings at the end."""

    started: float
    """perf_counter() when the request reached Prism."""
    sse: bool = False
    usage: Usage = field(default_factory=Usage)
    first_byte: float | None = None
    last_byte: float | None = None
    _tail: bytes = b""
    _body: bytearray = field(default_factory=bytearray)
    _body_limit: int = 8 << 20

    def feed(self, chunk: bytes, now: float | None = None) -> None:
        t = time.perf_counter() if now is None else now
        if chunk:
            if self.first_byte is None:
                self.first_byte = t
            self.last_byte = t
        if self.sse:
            self._feed_sse(chunk)
        elif len(self._body) + len(chunk) <= self._body_limit:
            self._body += chunk

    def _feed_sse(self, chunk: bytes) -> None:
        data = self._tail + chunk
        lines = data.split(b"\n")
        self._tail = lines.pop()
        if len(self._tail) > MAX_LINE:
            self._tail = b""
        for line in lines:
            line = line.strip()
            if line.startswith(b"data:"):
                payload = line[5:].strip()
                if payload and payload != b"[DONE]":
                    try:
                        self.usage.read(orjson.loads(payload))
                    except orjson.JSONDecodeError:
                        pass

    def finish(self) -> Usage:
        if self.sse:
            self._feed_sse(b"\n")
        elif self._body:
            try:
                self.usage.read(orjson.loads(bytes(self._body)))
            except orjson.JSONDecodeError:
                pass
            self._body = bytearray()
        return self.usage

    @property
    def ttft_s(self) -> float | None:
        return None if self.first_byte is None else self.first_byte - self.started

    @property
    def tpot_s(self) -> float | None:
        """Seconds per output token after the first, for streams with at least two."""
        if not self.sse or self.first_byte is None or self.last_byte is None:
            return None
        if self.usage.completion < 2:
            return None
        return (self.last_byte - self.first_byte) / (self.usage.completion - 1)


def strip_usage_chunks(chunk: bytes) -> bytes:
    """Remove OpenAI's usage-only SSE events from a chunk of a stream whose client did not
    ask for usage (Prism asked the pool for it). Events are separated by blank lines; an event
    split across chunks is left as it is."""
    if b'"usage"' not in chunk:
        return chunk
    events = chunk.split(b"\n\n")
    kept = []
    for event in events:
        stripped = event.strip()
        if stripped.startswith(b"data:"):
            try:
                if _is_usage_only_chunk(orjson.loads(stripped[5:].strip())):
                    continue
            except orjson.JSONDecodeError:
                pass
        kept.append(event)
    return b"\n\n".join(kept)
