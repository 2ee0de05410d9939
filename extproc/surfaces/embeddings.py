"""OpenAI Embeddings: ``POST /v1/embeddings``.

``input`` is a string, a list of strings, or token ids. Each string is a user message: the
jailbreak and PII signals scan them, the PII policy of the routed model applies (deny,
redact, reroute), and the model is chosen like any other request's. Prism never answers an
embeddings request itself: a block is always an error, and nothing is cached.
"""

from __future__ import annotations

from typing import Any

from extproc.errors import bad_request
from extproc.surfaces.base import InternalRequest, Kind, Message, Surface, TextSlot
from extproc.surfaces.wire import model_and_stream


class Embeddings(Surface):
    name = "embeddings"
    path = "/v1/embeddings"
    answers = False

    def parse(self, body: dict[str, Any]) -> InternalRequest:
        model, _ = model_and_stream({"model": body.get("model", "auto")})
        raw = body.get("input")
        if raw is None:
            raise bad_request("'input' is required", "missing_input", "input")
        slots: list[TextSlot]
        if isinstance(raw, str):
            slots = [TextSlot(body, "input")]
        elif isinstance(raw, list) and raw and all(isinstance(x, str) for x in raw):
            slots = [TextSlot(raw, i) for i in range(len(raw))]
        elif isinstance(raw, list) and raw and all(_token_ids(x) for x in raw):
            slots = []  # token ids: nothing to classify
        else:
            raise bad_request(
                "'input' must be a string, an array of strings or token ids",
                "invalid_type",
                "input",
            )
        messages = [
            Message(i, "user", Kind.MESSAGE, [s], "input" if len(slots) == 1 else f"input[{i}]")
            for i, s in enumerate(slots)
        ]
        return InternalRequest(self, body, model, False, messages)

    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        raise NotImplementedError("an embeddings request is never answered by Prism itself")


def _token_ids(x: Any) -> bool:
    if isinstance(x, int) and not isinstance(x, bool):
        return True
    return isinstance(x, list) and bool(x) and all(isinstance(t, int) for t in x)
