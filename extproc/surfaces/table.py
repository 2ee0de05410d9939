"""The endpoint table: (method, path) -> what Prism does with it, in one place.

Every surface Prism routes is listed here; a path that is not is none of Prism's business
(see ``processor._on_request_headers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from extproc import headers
from extproc.surfaces.anthropic_messages import AnthropicMessages
from extproc.surfaces.base import AUTO_MODEL, Surface
from extproc.surfaces.embeddings import Embeddings
from extproc.surfaces.openai_chat import ChatCompletions
from extproc.surfaces.openai_completions import Completions
from extproc.surfaces.openai_responses import Responses

if TYPE_CHECKING:
    from extproc.config import PrismConfig

CHAT = ChatCompletions()
COMPLETIONS = Completions()
RESPONSES = Responses()
MESSAGES = AnthropicMessages()
EMBEDDINGS = Embeddings()
SURFACES: tuple[Surface, ...] = (CHAT, COMPLETIONS, RESPONSES, MESSAGES, EMBEDDINGS)
BY_NAME = {s.name: s for s in SURFACES}
MODELS_PATH = "/v1/models"


class ModelsList:
    """``GET /v1/models``: Prism's models in OpenAI's list shape, or Anthropic's when the
    request carries ``anthropic-version`` (every Anthropic SDK request does)."""

    def render(self, config: PrismConfig, request_headers: dict[str, str]) -> bytes:
        names = [(AUTO_MODEL, "prism"), *((m.name, m.pool) for m in config.models)]
        if headers.ANTHROPIC_VERSION in request_headers:
            data: list[dict[str, Any]] = [
                {
                    "type": "model",
                    "id": name,
                    "display_name": name,
                    "created_at": "2023-11-14T22:13:20Z",
                }
                for name, _ in names
            ]
            page = {"data": data, "has_more": False, "first_id": names[0][0]}
            return orjson.dumps({**page, "last_id": names[-1][0]})
        created = 1_700_000_000
        data = [
            {"id": name, "object": "model", "created": created, "owned_by": owner}
            for name, owner in names
        ]
        return orjson.dumps({"object": "list", "data": data})


MODELS = ModelsList()
Endpoint = Surface | ModelsList
ENDPOINTS: dict[tuple[str, str], Endpoint] = {
    **{("POST", s.path): s for s in SURFACES},
    ("GET", MODELS_PATH): MODELS,
}


def route_of(path: str) -> str:
    return path.split("?", 1)[0].rstrip("/")


def lookup(method: str, path: str) -> Endpoint | None:
    """What Prism does with ``method path``; None: not a path Prism routes."""
    return ENDPOINTS.get((method, route_of(path)))
