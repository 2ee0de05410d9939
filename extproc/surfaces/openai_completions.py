"""OpenAI (legacy) Completions: ``POST /v1/completions``."""

from __future__ import annotations

import time
from typing import Any

import orjson

from cache.sse import new_completion_id
from extproc.errors import bad_request
from extproc.surfaces.base import InternalRequest, Kind, Message, Surface, TextSlot
from extproc.surfaces.wire import model_and_stream


class Completions(Surface):
    name = "completions"
    path = "/v1/completions"
    reasoning = True

    def parse(self, body: dict[str, Any]) -> InternalRequest:
        model, stream = model_and_stream(body)
        prompt = body.get("prompt")
        if prompt is None:
            raise bad_request("'prompt' is required", "missing_prompt", "prompt")
        slots: list[TextSlot]
        if isinstance(prompt, str):
            slots = [TextSlot(body, "prompt")]
        elif isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
            slots = [TextSlot(prompt, i) for i in range(len(prompt))]
        elif isinstance(prompt, list) and prompt and all(isinstance(p, int) for p in prompt):
            slots = []  # token ids: nothing to classify
        else:
            raise bad_request(
                "'prompt' must be a string or an array of strings", "invalid_type", "prompt"
            )
        messages = [Message(0, "user", Kind.MESSAGE, slots, "prompt")]
        return InternalRequest(self, body, model, stream, messages)

    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        cid, created = new_completion_id().replace("chatcmpl", "cmpl"), int(time.time())
        base = {"id": cid, "object": "text_completion", "created": created, "model": model}
        choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": "stop"}
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        if not stream:
            return orjson.dumps({**base, "choices": [choice], "usage": usage}), "application/json"
        first = {**choice, "finish_reason": None}
        last = {**choice, "text": ""}
        events = [orjson.dumps({**base, "choices": [c]}) for c in (first, last)]
        out = b"".join(b"data: " + e + b"\n\n" for e in events) + b"data: [DONE]\n\n"
        return out, "text/event-stream"
