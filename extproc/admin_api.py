"""Operator APIs on the admin port: explain a routing decision, feedback for the bandit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import orjson
from aiohttp import web

from extproc import surfaces
from extproc.errors import OpenAIError, bad_request
from extproc.outcomes import Forward
from extproc.pipeline import Pipeline, RequestContext
from extproc.surfaces import Surface, parse_request


def _surface(path: Any, body: dict[str, Any]) -> Surface:
    """The surface named by ``path`` (e.g. ``/v1/messages``), else guessed from the body."""
    if path is None:
        guess = "/v1/chat/completions" if "messages" in body else "/v1/completions"
        path = "/v1/responses" if "input" in body else guess
    endpoint = surfaces.lookup("POST", str(path))
    if not isinstance(endpoint, Surface):
        raise bad_request(f"'path' {path!r} is not an API surface Prism routes", param="path")
    return endpoint


def _error(exc: OpenAIError) -> web.Response:
    return web.Response(status=exc.status, body=exc.body(), content_type="application/json")


async def _json(request: web.Request) -> Any:
    try:
        return orjson.loads(await request.read())
    except orjson.JSONDecodeError as exc:
        raise bad_request(f"body is not valid JSON: {exc}", "invalid_json") from None


def explain_handler(pipeline: Callable[[], Pipeline]) -> Callable[..., Any]:
    async def explain(request: web.Request) -> web.Response:
        """Body: a chat-completion body, or {"request": body, "headers": {...}, "path": str}
        (``path`` names the surface, e.g. ``/v1/messages``; default: from the body)."""
        try:
            data = await _json(request)
            if not isinstance(data, dict):
                raise bad_request("body must be a JSON object")
            body, headers, path = data, dict[str, Any](), None
            if "request" in data:
                body, headers = data["request"], data.get("headers") or {}
                path = data.get("path")
            if not isinstance(headers, dict):
                raise bad_request("'headers' must be an object")
            if not isinstance(body, dict):
                raise bad_request("'request' must be a JSON object")
            headers = {str(k).lower(): str(v) for k, v in headers.items()}
            surface = _surface(path, body)
            p = pipeline()
            s = p.config.server
            parsed = parse_request(
                surface, orjson.dumps(body), max_bytes=s.max_body_bytes, max_depth=s.max_json_depth
            )
            ctx = RequestContext("explain-" + uuid.uuid4().hex, "POST", surface.path, headers)
            outcome, trace = await p.run(ctx, parsed, dry_run=True)
        except OpenAIError as exc:
            return _error(exc)
        result: dict[str, Any] = {
            "config_generation": p.generation,
            "surface": surface.name,
            **trace.public(),
        }
        if isinstance(outcome, Forward):
            result["forward"] = {
                "model": outcome.model,
                "upstream_model": outcome.upstream_model,
                "upstream_headers": outcome.upstream_headers,
                "removed_headers": outcome.remove_headers,
                "response_headers": outcome.response_headers,
                "body": orjson.loads(outcome.body) if outcome.body else None,
            }
        else:
            result["respond"] = {
                "status": outcome.status,
                "headers": outcome.headers,
                "body": outcome.body.decode("utf-8", "replace"),
            }
        return web.Response(body=orjson.dumps(result), content_type="application/json")

    return explain


def feedback_handler(pipeline: Callable[[], Pipeline]) -> Callable[..., Any]:
    async def feedback(request: web.Request) -> web.Response:
        """Body: {"request_id": str, "rating": number}; rating > 0 is a success."""
        try:
            data = await _json(request)
            if not isinstance(data, dict) or not isinstance(data.get("request_id"), str):
                raise bad_request("'request_id' (string) is required")
            rating = data.get("rating")
            if isinstance(rating, bool) or not isinstance(rating, int | float):
                raise bad_request("'rating' (number) is required")
        except OpenAIError as exc:
            return _error(exc)
        p = pipeline()
        routed = p.services.feedback.pop(data["request_id"])
        if routed is None:
            return _error(OpenAIError(404, "unknown or expired request_id", code="not_found"))
        p.services.selector.feedback(routed.decision, routed.model, rating > 0)
        return web.json_response(
            {"recorded": True, "decision": routed.decision.name, "model": routed.model}
        )

    return feedback
