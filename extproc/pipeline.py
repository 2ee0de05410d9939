"""The request pipeline: request -> signals -> decision -> mutations."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from opentelemetry.trace import INVALID_SPAN, NoOpTracer, Span, Tracer

from cache import GuardedCache
from extproc import cache_flow, telemetry
from extproc.config import PrismConfig
from extproc.errors import OpenAIError
from extproc.feedback import FeedbackBook, OutcomeRecorder
from extproc.metrics import Metrics
from extproc.observers import StreamWatcher
from extproc.openai_request import AUTO_MODEL, ParsedRequest
from extproc.outcomes import Forward, Outcome, Respond, ResponseObserver
from extproc.policy import plugins
from extproc.policy.engine import PolicyEngine, Routing
from extproc.policy.selection import MemoryBanditStore, Selector
from extproc.signals import failsafe
from extproc.signals.base import ClassifierOutput, Classify, Embed, SignalInput, SignalResult
from extproc.signals.evaluator import SignalEvaluator

SELECTED_MODEL = "x-selected-model"
DECISION = "x-prism-decision"
MODEL = "x-prism-model"
REQUEST_ID = "x-prism-request-id"
CATEGORY = "x-prism-category"
DEBUG = "x-prism-debug"
PII_MIN_SCORE = 0.5


@dataclass
class RequestContext:
    request_id: str
    method: str
    path: str
    headers: dict[str, str]
    started: float = field(default_factory=time.perf_counter)
    span: Span = INVALID_SPAN

    @property
    def debug(self) -> bool:
        return self.headers.get(DEBUG, "").lower() in ("1", "true", "yes")


@dataclass
class Trace:
    """Everything Prism decided for one request (`/v1/explain`, debug headers)."""

    signals: dict[str, SignalResult] = field(default_factory=dict)
    routing: Routing | None = None
    mutations: list[str] = field(default_factory=list)
    outcome: str = ""
    category: str = ""
    cache: str = ""

    def public(self) -> dict[str, Any]:
        return {
            "signals": {k: v.public() for k, v in self.signals.items()},
            "routing": self.routing.public() if self.routing else None,
            "mutations": self.mutations,
            "outcome": self.outcome,
            "category": self.category,
            "cache": self.cache,
        }


@dataclass
class Services:
    """Long-lived parts shared by every config generation."""

    selector: Selector
    feedback: FeedbackBook
    classify: Classify | None = None
    embed: Embed | None = None
    metrics: Metrics = field(default_factory=Metrics)
    cache: GuardedCache | None = None
    tracer: Tracer = field(default_factory=NoOpTracer)
    batch_size: Callable[[], int] | None = None  # size of the classifier's latest batch
    capture_content: bool = False


def make_services(classify: Classify | None = None, embed: Embed | None = None) -> Services:
    return Services(Selector(MemoryBanditStore()), FeedbackBook(), classify, embed)


class Pipeline:
    """One config snapshot; in-flight requests keep the pipeline they started with."""

    def __init__(self, config: PrismConfig, services: Services, generation: int = 1) -> None:
        self.config = config
        self.services = services
        self.generation = generation
        self.engine = PolicyEngine(config, services.selector)
        self.evaluator = SignalEvaluator(config.signals, services.classify, services.embed)
        self.needed = set(self.engine.signals_needed)
        # The PII policy and the semantic cache read the classifier even when no decision
        # references an ML signal; it is still one pass per request.
        self.cache_possible = services.cache is not None and any(
            d.plugins.semantic_cache is not None and d.plugins.semantic_cache.enabled
            for d in config.decisions
        )
        self.classify_always = self.engine.any_pii_plugin or self.cache_possible
        self.pii_required = failsafe.pii_policy_needs_classifier(config)  # fails closed
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
        outcome, _ = await self.run(ctx, req)
        return outcome

    async def run(
        self, ctx: RequestContext, req: ParsedRequest, *, dry_run: bool = False
    ) -> tuple[Outcome, Trace]:
        """Route one request; ``dry_run`` (explain) records nothing for feedback."""
        pre = None
        if self.cache_possible and not dry_run:
            # Before classification: the exact tier is fetched while the encoder runs.
            pre = cache_flow.prefetch(
                self.services.cache,
                self.config.cache,
                req.body,
                ctx.headers,
                self.services.tracer,
                ctx.span,
            )
        try:
            return await self._run(ctx, req, dry_run, pre)
        except failsafe.SecurityUnavailable as exc:  # security signals fail closed
            metrics = None if dry_run else self.services.metrics
            return failsafe.refusal(exc, metrics), Trace(outcome="respond")
        finally:
            if pre is not None:
                pre.discard()

    async def _run(
        self,
        ctx: RequestContext,
        req: ParsedRequest,
        dry_run: bool,
        pre: cache_flow.Prefetch | None,
    ) -> tuple[Outcome, Trace]:
        trace = Trace()
        tracer, span = self.services.tracer, ctx.span
        inp = SignalInput(req.user_text, req.conversation_text, req.model, ctx.headers)
        with telemetry.child(tracer, span, "prism.signals") as sig_span:
            start_ns = time.time_ns()
            results, output = await self.evaluator.evaluate(
                self.needed,
                inp,
                force_classify=self.classify_always,
                require_classifier=self.pii_required,
            )
            if self.services.batch_size is not None and output is not None:
                sig_span.set_attribute("prism.classifier.batch_size", self.services.batch_size())
            for name, r in results.items():
                telemetry.record_past(
                    tracer,
                    sig_span,
                    f"prism.signal.{name}",
                    start_ns,
                    start_ns + int(r.latency_ms * 1e6),
                    **{
                        "prism.signal.kind": r.kind,
                        "prism.signal.matched": r.matched,
                        "prism.signal.confidence": r.confidence,
                    },
                )
        trace.signals = results
        if not dry_run:
            self._record_signals(results)
        if output is not None:
            trace.category = output.domain.label
        with telemetry.child(tracer, span, "prism.decision") as dec_span:
            routing = self.engine.decide(results, req.model)
            dec_span.set_attribute("prism.decision", routing.decision.name)
            dec_span.set_attribute("prism.selected_model", routing.model.name)
        trace.routing = routing
        with telemetry.child(tracer, span, "prism.mutation"):
            outcome = await self._apply(ctx, req, routing, output, trace, dry_run, pre)
        trace.outcome = "forward" if isinstance(outcome, Forward) else "respond"
        return outcome, trace

    async def _apply(
        self,
        ctx: RequestContext,
        req: ParsedRequest,
        routing: Routing,
        output: ClassifierOutput | None,
        trace: Trace,
        dry_run: bool,
        pre: cache_flow.Prefetch | None = None,
    ) -> Outcome:
        decision, model = routing.decision, routing.model
        p = decision.plugins
        headers = {DECISION: decision.name, REQUEST_ID: ctx.request_id}
        if trace.category:
            headers[CATEGORY] = trace.category
        if ctx.debug:
            headers.update(self._debug_headers(trace))
        if p.block is not None:
            status, answer, ctype = plugins.block_answer(
                p.block, stream=req.stream, model=model.name
            )
            trace.mutations.append(f"blocked: {p.block.code}")
            return Respond(status, answer, {**headers, "content-type": ctype}, reason="blocked")
        body: dict[str, Any] = req.body
        if p.pii is not None and p.pii.enabled and output is not None:
            spans = [e for e in output.pii if e.score >= PII_MIN_SCORE]
            policy = model.pii_policy
            spans = [e for e in spans if e.type not in policy.allowed_types]
            if spans and policy.action == "deny":
                types = ", ".join(sorted({e.type for e in spans}))
                trace.mutations.append(f"pii denied for {model.name}: {types}")
                err = OpenAIError(
                    403,
                    f"The request contains PII ({types}) that the model "
                    f"'{model.name}' may not receive.",
                    code="pii_policy_violation",
                )
                return Respond(403, err.body(), headers, reason="pii_denied")
            if spans and policy.action == "redact":
                n = plugins.redact_last_user(body, spans)
                trace.mutations.append(f"pii redacted: {n} span(s)")
            if spans and policy.action == "reroute" and policy.reroute_to:
                trace.mutations.append(f"pii rerouted: {model.name} -> {policy.reroute_to}")
                model = self.engine.models[policy.reroute_to]
                routing.model = model
                routing.reason += f"; rerouted to {model.name} (PII policy)"
        if p.system_prompt is not None:
            trace.mutations.append(plugins.apply_system_prompt(body, p.system_prompt))
        if p.reasoning is not None:
            family = self.config.families.get(model.reasoning_family or "")
            trace.mutations.append(plugins.apply_reasoning(body, p.reasoning, family))
        body_changed = any(not m.startswith("skipped") for m in trace.mutations)
        upstream = {SELECTED_MODEL: model.name}
        if ctx.span.is_recording():
            upstream.update(telemetry.inject(ctx.span))
        remove: list[str] = []
        if p.header_mutation is not None:
            add = dict(
                zip(
                    plugins.clean_header_names(list(p.header_mutation.add)),
                    p.header_mutation.add.values(),
                    strict=False,
                )
            )
            upstream.update(add)
            remove = plugins.clean_header_names(p.header_mutation.remove)
            trace.mutations.append(f"headers: +{sorted(add)} -{remove}")
        served = model.upstream_name
        if body.get("model") != served:
            trace.mutations.append(f"model: {body.get('model')!r} -> {served!r}")
            body["model"] = served
            body_changed = True
        headers.update({SELECTED_MODEL: model.name, MODEL: served})
        observers: list[ResponseObserver] = [
            OutcomeRecorder(self.services, decision, model.name, ctx.started)
        ]
        has_pii = output is not None and any(e.score >= PII_MIN_SCORE for e in output.pii)
        embedding = output.embedding if output is not None else None
        cache = self.services.cache
        cplan, why = cache_flow.plan(
            cache,
            self.config.cache,
            decision,
            model.name,
            body,
            ctx.headers,
            embedding,
            has_pii,
            exact=pre.exact if pre is not None else None,
        )
        trace.cache = why
        if cplan is not None and cache is not None and not dry_run:
            metrics = self.services.metrics
            if cplan.lookup:
                with telemetry.child(self.services.tracer, ctx.span, "prism.cache.lookup") as cs:
                    hit = await cache.lookup(
                        cplan.key,
                        cplan.embedding,
                        cplan.threshold,
                        prefetched=pre.task if pre is not None else None,
                    )
                    cs.set_attribute("prism.cache.hit", hit is not None)
                metrics.cache.labels("hit" if hit else "miss").inc()
                if hit is not None:
                    trace.cache = "hit"
                    opts = body.get("stream_options")
                    usage = isinstance(opts, dict) and bool(opts.get("include_usage"))
                    answer, ctype = cache_flow.hit_answer(
                        hit.body, stream=req.stream, include_usage=usage
                    )
                    headers.update(
                        {
                            cache_flow.STATUS: "hit",
                            "content-type": ctype,
                            cache_flow.SIMILARITY: f"{hit.similarity:.4f}",
                        }
                    )
                    return Respond(200, answer, headers, reason="cache_hit")
                headers[cache_flow.STATUS] = "miss"
                trace.cache = "miss"
            else:
                headers[cache_flow.STATUS] = "bypass"
            if cplan.store:
                max_bytes = self.config.cache.max_entry_bytes
                observers.append(cache_flow.CacheStore(cache, cplan, max_bytes, metrics))
        if req.stream:
            observers.append(StreamWatcher(ctx.request_id))
        if not dry_run:
            self.services.feedback.remember(ctx.request_id, decision, model.name)
        return Forward(
            model=model.name,
            upstream_model=served,
            decision=decision.name,
            body=orjson.dumps(body) if body_changed else None,
            upstream_headers=upstream,
            remove_headers=remove,
            response_headers=headers,
            observers=observers,
        )

    def _record_signals(self, results: dict[str, SignalResult]) -> None:
        m = self.services.metrics
        for name, r in results.items():
            m.signal_latency.labels(name).observe(r.latency_ms / 1000)
            if r.error:
                m.signal_failures.labels(name, r.error).inc()
        failsafe.count_degraded(m, results)

    @staticmethod
    def _debug_headers(trace: Trace) -> dict[str, str]:
        matched = [n for n, r in trace.signals.items() if r.matched]
        scores = "; ".join(f"{n}={r.confidence:.3f}" for n, r in sorted(trace.signals.items()))
        return {
            "x-prism-matched-signals": ",".join(sorted(matched)) or "-",
            "x-prism-signal-scores": scores or "-",
        }
