"""The request pipeline: request -> signals -> decision -> mutations."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import orjson

from extproc.config import PrismConfig
from extproc.observers import StreamWatcher
from extproc.openai_request import AUTO_MODEL, ParsedRequest
from extproc.outcomes import Forward, Outcome, Respond
from extproc.routing import choose_model

SELECTED_MODEL = "x-selected-model"
DECISION = "x-prism-decision"
MODEL = "x-prism-model"
REQUEST_ID = "x-prism-request-id"


@dataclass
class RequestContext:
    request_id: str
    method: str
    path: str
    headers: dict[str, str]
    started: float = field(default_factory=time.perf_counter)


class Pipeline:
    """Holds one config snapshot; in-flight requests keep the pipeline they started with."""

    def __init__(self, config: PrismConfig) -> None:
        self.config = config
        self._models_body = self._render_models()

    def _render_models(self) -> bytes:
        created = 1_700_000_000
        data = [{"id": AUTO_MODEL, "object": "model", "created": created, "owned_by": "prism"}]
        data += [
            {"id": m.name, "object": "model", "created": created, "owned_by": m.pool}
            for m in self.config.models
        ]
        return orjson.dumps({"object": "list", "data": data})

    def models_list(self) -> Respond:
        return Respond(200, self._models_body, reason="models")

    async def route(self, ctx: RequestContext, req: ParsedRequest) -> Outcome:
        choice = choose_model(self.config, req.model)
        upstream = choice.model.upstream_name
        body = req.body
        new_body: bytes | None = None
        if body.get("model") != upstream:
            body["model"] = upstream
            new_body = orjson.dumps(body)
        routing_headers = {
            SELECTED_MODEL: choice.model.name,
            DECISION: choice.decision,
            MODEL: upstream,
        }
        return Forward(
            model=choice.model.name,
            upstream_model=upstream,
            decision=choice.decision,
            body=new_body,
            upstream_headers={SELECTED_MODEL: choice.model.name},
            response_headers={**routing_headers, REQUEST_ID: ctx.request_id},
            observer=StreamWatcher(ctx.request_id) if req.stream else None,
        )
