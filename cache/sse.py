"""Convert between OpenAI chat-completion SSE streams and non-streaming completions.

* :class:`StreamAssembler` turns the raw bytes of a ``chat.completion.chunk`` stream (split
  anywhere, even inside a line or a UTF-8 character) into the equivalent ``chat.completion``
  object, so a streamed answer can be cached.  It returns ``None`` for a stream that did
  not finish cleanly: no ``data: [DONE]``, an error event, unparsable data, or a choice
  without ``finish_reason``.
* :func:`completion_to_sse` replays a cached completion as a valid stream, and
  :func:`refresh_completion` re-issues a non-streamed one; both give the answer a fresh
  ``id`` and ``created`` so clients never see two responses with the same id.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

import orjson

_DONE = "[DONE]"
_TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")


def new_completion_id() -> str:
    return "chatcmpl-" + secrets.token_hex(12)


class _Choice:
    __slots__ = ("finish_reason", "logprobs", "role", "text", "tool_calls")

    def __init__(self) -> None:
        self.role = "assistant"
        self.text: dict[str, list[str]] = {}
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.logprobs: dict[str, list[Any]] | None = None

    def apply(self, choice: dict[str, Any]) -> None:
        delta = choice.get("delta") or {}
        if isinstance(delta.get("role"), str):
            self.role = delta["role"]
        for field in _TEXT_FIELDS:
            piece = delta.get(field)
            if isinstance(piece, str):
                self.text.setdefault(field, []).append(piece)
        for call in delta.get("tool_calls") or []:
            self._apply_tool_call(call)
        if choice.get("finish_reason") is not None:
            self.finish_reason = choice["finish_reason"]
        logprobs = choice.get("logprobs")
        if isinstance(logprobs, dict):
            merged = self.logprobs if self.logprobs is not None else {}
            for name, items in logprobs.items():
                if isinstance(items, list):
                    merged.setdefault(name, []).extend(items)
            self.logprobs = merged

    def _apply_tool_call(self, call: dict[str, Any]) -> None:
        index = int(call.get("index", len(self.tool_calls)))
        acc = self.tool_calls.setdefault(
            index, {"id": None, "type": "function", "name": [], "arguments": []}
        )
        if call.get("id"):
            acc["id"] = call["id"]
        if call.get("type"):
            acc["type"] = call["type"]
        function = call.get("function") or {}
        if isinstance(function.get("name"), str):
            acc["name"].append(function["name"])
        if isinstance(function.get("arguments"), str):
            acc["arguments"].append(function["arguments"])

    def message(self) -> dict[str, Any]:
        msg: dict[str, Any] = {"role": self.role}
        msg["content"] = "".join(self.text["content"]) if "content" in self.text else None
        msg["refusal"] = "".join(self.text["refusal"]) if "refusal" in self.text else None
        for field in ("reasoning_content", "reasoning"):
            if field in self.text:
                msg[field] = "".join(self.text[field])
        if self.tool_calls:
            msg["tool_calls"] = [
                {
                    "id": acc["id"],
                    "type": acc["type"],
                    "function": {
                        "name": "".join(acc["name"]),
                        "arguments": "".join(acc["arguments"]),
                    },
                }
                for _, acc in sorted(self.tool_calls.items())
            ]
        return msg


class StreamAssembler:
    """Feed raw SSE bytes with :meth:`feed`; read the completion with :meth:`result`."""

    def __init__(self) -> None:
        self._buf = b""
        self._data: list[str] = []
        self._event = ""
        self._done = False
        self._error = False
        self._meta: dict[str, Any] = {}
        self._usage: dict[str, Any] | None = None
        self._choices: dict[int, _Choice] = {}

    @property
    def done(self) -> bool:
        """Whether ``data: [DONE]`` has been seen."""
        return self._done

    @property
    def failed(self) -> bool:
        """Whether an error event or unparsable data has been seen."""
        return self._error

    def feed(self, data: bytes) -> None:
        """Consume the next piece of the stream (any split is fine)."""
        buf = self._buf + data
        pos, size = 0, len(buf)
        next_cr = buf.find(b"\r")
        while pos < size:
            if 0 <= next_cr < pos:
                next_cr = buf.find(b"\r", pos)
            lf = buf.find(b"\n", pos)
            if lf < 0 and next_cr < 0:
                break
            cut = lf if next_cr < 0 else next_cr if lf < 0 else min(lf, next_cr)
            if cut == next_cr:
                if cut + 1 == size:
                    break  # a CR at the end may be the first half of CRLF: wait for more
                end = cut + 2 if buf[cut + 1] == 0x0A else cut + 1
            else:
                end = cut + 1
            self._line(buf[pos:cut])
            pos = end
        self._buf = buf[pos:]

    def result(self) -> dict[str, Any] | None:
        """The equivalent ``chat.completion``, or ``None`` if the stream was incomplete."""
        if self._buf:  # a final line without terminator
            line, self._buf = self._buf.rstrip(b"\r"), b""
            self._line(line)
        self._dispatch()
        if not self._done or self._error or not self._choices:
            return None
        if any(c.finish_reason is None for c in self._choices.values()):
            return None
        completion: dict[str, Any] = {
            "id": self._meta.get("id") or new_completion_id(),
            "object": "chat.completion",
            "created": self._meta.get("created") or int(time.time()),
            "model": self._meta.get("model", ""),
            "choices": [
                {
                    "index": index,
                    "message": choice.message(),
                    "logprobs": choice.logprobs,
                    "finish_reason": choice.finish_reason,
                }
                for index, choice in sorted(self._choices.items())
            ],
        }
        for field in ("system_fingerprint", "service_tier"):
            if self._meta.get(field) is not None:
                completion[field] = self._meta[field]
        if self._usage is not None:
            completion["usage"] = self._usage
        return completion

    # -- SSE framing ------------------------------------------------------------------
    def _line(self, raw: bytes) -> None:
        if not raw:
            self._dispatch()
            return
        line = raw.decode("utf-8", errors="replace")
        if line.startswith(":"):
            return  # comment / keep-alive
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value

    def _dispatch(self) -> None:
        data, event = "\n".join(self._data), self._event
        self._data, self._event = [], ""
        if not data:
            return
        if self._done:
            return
        if data.strip() == _DONE:
            self._done = True
            return
        if event == "error":
            self._error = True
            return
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            self._error = True
            return
        if not isinstance(chunk, dict) or chunk.get("error") is not None:
            self._error = True
            return
        self._chunk(chunk)

    def _chunk(self, chunk: dict[str, Any]) -> None:
        for field in ("id", "created", "model", "system_fingerprint", "service_tier"):
            if chunk.get(field) is not None and field not in self._meta:
                self._meta[field] = chunk[field]
        if isinstance(chunk.get("usage"), dict):
            self._usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            if isinstance(choice, dict):
                self._choices.setdefault(int(choice.get("index", 0)), _Choice()).apply(choice)


def _event(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def completion_to_sse(completion: dict[str, Any], *, include_usage: bool = False) -> bytes:
    """Replay ``completion`` as ``chat.completion.chunk`` SSE events, ending with ``[DONE]``.

    Per choice: a role chunk, reasoning/content/refusal chunks, one chunk per tool call and a
    finish chunk; then, if ``include_usage`` and usage is known, a usage chunk with empty
    ``choices`` (other chunks then carry ``"usage": null``, as OpenAI does).
    """
    base: dict[str, Any] = {
        "id": new_completion_id(),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": completion.get("model", ""),
    }
    for field in ("system_fingerprint", "service_tier"):
        if completion.get(field) is not None:
            base[field] = completion[field]
    usage = completion.get("usage")
    if include_usage:
        base["usage"] = None

    def chunk(index: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
        choice.update(extra)
        return _event({**base, "choices": [choice]})

    out: list[bytes] = []
    for choice in completion.get("choices") or []:
        index = int(choice.get("index", 0))
        msg = choice.get("message") or {}
        out.append(chunk(index, {"role": msg.get("role", "assistant"), "content": ""}))
        for field in ("reasoning_content", "reasoning"):
            if msg.get(field):
                out.append(chunk(index, {field: msg[field]}))
        if msg.get("content"):
            out.append(chunk(index, {"content": msg["content"]}, logprobs=choice.get("logprobs")))
        if msg.get("refusal"):
            out.append(chunk(index, {"refusal": msg["refusal"]}))
        for i, call in enumerate(msg.get("tool_calls") or []):
            function = call.get("function") or {}
            delta_call = {
                "index": i,
                "id": call.get("id"),
                "type": call.get("type", "function"),
                "function": {
                    "name": function.get("name", ""),
                    "arguments": function.get("arguments", ""),
                },
            }
            out.append(chunk(index, {"tool_calls": [delta_call]}))
        out.append(chunk(index, {}, choice.get("finish_reason") or "stop"))
    if include_usage and isinstance(usage, dict):
        out.append(_event({**base, "choices": [], "usage": usage}))
    out.append(b"data: [DONE]\n\n")
    return b"".join(out)


def refresh_completion(completion: dict[str, Any]) -> dict[str, Any]:
    """A copy of a stored non-streamed completion with a fresh ``id`` and ``created``."""
    return {**completion, "id": new_completion_id(), "created": int(time.time())}
