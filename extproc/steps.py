"""The named steps that turn a decision into an outcome, each touching one concern:
block -> PII -> body plugins -> header plugin -> model rewrite -> (cache) -> forward.

They work on a :class:`Draft` (the request as the steps shape it) and never know which API
surface the request came in on: the surface renders every answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from extproc import headers as hdr
from extproc.config import Model
from extproc.errors import RouterError
from extproc.outcomes import Forward, Respond, ResponseObserver, Verdict
from extproc.policy import plugins
from extproc.policy.engine import Routing
from extproc.policy.schema import ReasoningFamily
from extproc.signals.base import PiiOut
from extproc.signals.scan import Scan
from extproc.surfaces.base import InternalRequest, Message

PII_MIN_SCORE = 0.5


class TraceLike(Protocol):
    """What the steps record (``pipeline.Trace``)."""

    mutations: list[str]


@dataclass
class Draft:
    req: InternalRequest
    body: dict[str, Any]
    routing: Routing
    verdict: Verdict = field(default_factory=Verdict)
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers (to the client)."""
    upstream: dict[str, str] = field(default_factory=dict)
    """Headers set on the request to the pool."""
    remove: list[str] = field(default_factory=list)
    body_changed: bool = False
    observers: list[ResponseObserver] = field(default_factory=list)
    rewrite_chunk: Callable[[bytes], bytes] | None = None
    """Rewrites each chunk of the streamed answer (e.g. drops a usage chunk Prism asked for)."""

    @property
    def model(self) -> Model:
        return self.routing.model


def respond(d: Draft, status: int, body: bytes, reason: str) -> Respond:
    d.verdict.reason = reason
    return Respond(status, body, d.headers, reason=reason, verdict=d.verdict)


def error(d: Draft, err: RouterError, reason: str) -> Respond:
    d.headers[hdr.CONTENT_TYPE] = "application/json"
    return respond(d, err.status, d.req.surface.error_body(err), reason)


def block(d: Draft, trace: TraceLike) -> Respond | None:
    p = d.routing.decision.plugins.block
    if p is None:
        return None
    trace.mutations.append(f"blocked: {p.code}")
    surface = d.req.surface
    if p.fast_response is not None and surface.answers:
        body, ctype = surface.answer(p.fast_response, model=d.model.name, stream=d.req.stream)
        d.headers[hdr.CONTENT_TYPE] = ctype
        return respond(d, 200, body, "blocked")
    return error(d, RouterError(p.status, p.message, code=p.code), "blocked")


def pii(
    d: Draft, scan: Scan | None, trace: TraceLike, models: Mapping[str, Model]
) -> Respond | None:
    """The routed model's PII policy over every message in the plugin's scope."""
    p = d.routing.decision.plugins.pii
    if p is None or not p.enabled or scan is None:
        return None
    policy = d.model.pii_policy
    found: list[tuple[Message, list[PiiOut]]] = []
    for message, output in scan.of(p.scope):
        spans: list[PiiOut] = [
            e for e in output.pii if e.score >= PII_MIN_SCORE and e.type not in policy.allowed_types
        ]
        if spans:
            found.append((message, spans))
    if not found:
        return None
    name = d.model.name
    types = ", ".join(sorted({e.type for _, spans in found for e in spans}))
    where = ", ".join(m.label for m, _ in found)
    if policy.action == "deny":
        trace.mutations.append(f"pii denied for {name}: {types} (messages {where})")
        text = f"The request contains PII ({types}) that the model '{name}' may not receive."
        return error(d, RouterError(403, text, code="pii_policy_violation"), "pii_denied")
    if policy.action == "redact":
        n = sum(plugins.redact_message(m, spans) for m, spans in found)
        trace.mutations.append(f"pii redacted: {n} span(s) in messages {where}")
        d.body_changed = d.body_changed or n > 0
    if policy.action == "reroute" and policy.reroute_to:
        trace.mutations.append(f"pii rerouted: {name} -> {policy.reroute_to}")
        d.routing.model = models[policy.reroute_to]
        d.routing.reason += f"; rerouted to {d.model.name} (PII policy)"
        d.verdict.model = d.model.name
    return None


def body_plugins(d: Draft, trace: TraceLike, families: Mapping[str, ReasoningFamily]) -> None:
    p = d.routing.decision.plugins
    surface = d.req.surface
    if p.system_prompt is not None:
        note = surface.set_system_prompt(
            d.body, p.system_prompt.prompt, p.system_prompt.mode == "replace"
        )
        trace.mutations.append(note)
        d.body_changed = d.body_changed or not note.startswith("skipped")
    if p.reasoning is not None:
        if not surface.reasoning:
            trace.mutations.append(f"skipped reasoning: not on {surface.name}")
        else:
            family = families.get(d.model.reasoning_family or "")
            note = plugins.apply_reasoning(d.body, p.reasoning, family)
            trace.mutations.append(note)
            d.body_changed = d.body_changed or not note.startswith("skipped")


def header_plugin(d: Draft, trace: TraceLike) -> None:
    p = d.routing.decision.plugins.header_mutation
    if p is None:
        return
    add = dict(zip(plugins.clean_header_names(list(p.add)), p.add.values(), strict=False))
    d.upstream.update(add)
    d.remove = plugins.clean_header_names(p.remove)
    trace.mutations.append(f"headers: +{sorted(add)} -{d.remove}")


def model_rewrite(d: Draft, trace: TraceLike) -> None:
    served = d.model.upstream_name
    if d.body.get("model") != served:
        trace.mutations.append(f"model: {d.body.get('model')!r} -> {served!r}")
        d.body["model"] = served
        d.body_changed = True
    if d.model.fallbacks and next(iter(d.body)) != "model":
        # Envoy's per-attempt filter rewrites the leading "model" for a fallback pool
        # (envoy_failover): serialise it first.
        rest = {k: v for k, v in d.body.items() if k != "model"}
        d.body.clear()
        d.body.update({"model": served, **rest})
        d.body_changed = True
    elif d.model.fallbacks:
        d.body_changed = True
    d.upstream[hdr.SELECTED_MODEL] = d.model.name
    d.headers.update({hdr.SELECTED_MODEL: d.model.name, hdr.MODEL: served})
    d.verdict.model = d.model.name


def forward(d: Draft) -> Forward:
    d.verdict.reason = "forward"
    return Forward(
        model=d.model.name,
        upstream_model=d.model.upstream_name,
        decision=d.routing.decision.name,
        body=orjson.dumps(d.body) if d.body_changed else None,
        upstream_headers=d.upstream,
        remove_headers=d.remove,
        response_headers=d.headers,
        observers=d.observers,
        verdict=d.verdict,
        rewrite_chunk=d.rewrite_chunk,
    )
