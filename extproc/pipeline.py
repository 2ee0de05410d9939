"""The request pipeline: request -> signals -> decision -> mutations."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.trace import INVALID_SPAN, NoOpTracer, Span, Tracer

from cache import GuardedCache
from extproc import cache_flow, deferred_pii, exact_repeat, fleet_steps, steps, telemetry
from extproc import headers as hdr
from extproc.config import PrismConfig
from extproc.feedback import FeedbackBook, OutcomeRecorder
from extproc.limits import Limiter
from extproc.metrics import Metrics
from extproc.observers import StreamWatcher
from extproc.outcomes import Outcome, Respond, Verdict
from extproc.policy.affinity import SessionAffinity
from extproc.policy.engine import PolicyEngine, Routing
from extproc.policy.selection import MemoryBanditStore, Selector
from extproc.signals import failsafe
from extproc.signals.base import Classify, Embed, SignalInput, SignalResult
from extproc.signals.evaluator import SignalEvaluator
from extproc.signals.long_scan import BulkLane
from extproc.signals.reading import Reading
from extproc.signals.scan import Scan
from extproc.steps import PII_MIN_SCORE, Draft
from extproc.surfaces import MODELS, InternalRequest, Scope
from extproc.token_estimate import estimate_conversation


@dataclass
class RequestContext:
    request_id: str
    method: str
    path: str
    headers: dict[str, str]
    started: float = field(default_factory=time.perf_counter)
    span: Span = INVALID_SPAN
    debug: bool = False
    """Signal scores in response headers: set only for the operator's secret (debug_gate)."""


@dataclass
class Trace:
    """Everything Prism decided for one request (`/v1/explain`, debug headers)."""

    signals: dict[str, SignalResult] = field(default_factory=dict)
    routing: Routing | None = None
    mutations: list[str] = field(default_factory=list)
    outcome: str = ""
    category: str = ""
    cache: str = ""
    language: dict[str, Any] | None = None
    """The last user message's language as the classifier pass told it (code, confidence)."""

    def public(self) -> dict[str, Any]:
        return {
            "signals": {k: v.public() for k, v in self.signals.items()},
            "routing": self.routing.public() if self.routing else None,
            "mutations": self.mutations,
            "outcome": self.outcome,
            "category": self.category,
            "cache": self.cache,
            "language": self.language,
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
    affinity: SessionAffinity | None = None
    limiter: Limiter | None = None
    model_version: str = ""  # the classifier's weights (exact-repeat keys)
    memo: Any = None  # the classifier memo (bounded; reported by extproc/bounds.py)
    lane: BulkLane | None = None  # the classifier's bulk lane (long scans)


def make_services(classify: Classify | None = None, embed: Embed | None = None) -> Services:
    return Services(Selector(MemoryBanditStore()), FeedbackBook(), classify, embed)


class Pipeline:
    """One config snapshot; in-flight requests keep the pipeline they started with."""

    def __init__(self, config: PrismConfig, services: Services, generation: int = 1) -> None:
        self.config = config
        self.services = services
        self.generation = generation
        self.engine = PolicyEngine(config, services.selector, services.affinity)
        self.evaluator = SignalEvaluator(
            config.signals, services.classify, services.embed, services.lane
        )
        self.needed = set(self.engine.signals_needed)
        # The PII policy and the semantic cache read the classifier even when no decision
        # references an ML signal; it is still one pass per request.
        self.cache_possible = services.cache is not None and any(
            d.plugins.semantic_cache is not None and d.plugins.semantic_cache.enabled
            for d in config.decisions
        )
        self.classify_always = self.engine.any_pii_plugin or self.cache_possible
        # What the PII policy and the cache read even when no signal needs the classifier:
        # the PII plugins' scopes, and the last user message (category, cache embedding).
        pii_scopes: set[Scope] = set()
        for d in config.decisions:
            if d.plugins.pii is not None and d.plugins.pii.enabled:
                pii_scopes.add(d.plugins.pii.scope)
        self.scopes: frozenset[Scope] = frozenset({"last_user"})
        self.pii_scopes = frozenset(pii_scopes)
        self.pii_required = failsafe.pii_policy_needs_classifier(config)  # fails closed
        corrections = self.evaluator.corrections
        self.exact_digest = exact_repeat.config_digest(
            config,
            services.model_version + (corrections.digest if corrections is not None else ""),
        )

    def models_list(self, request_headers: dict[str, str]) -> Respond:
        body = MODELS.render(self.config, request_headers)
        return Respond(200, body, {hdr.CONTENT_TYPE: "application/json"}, reason="models")

    async def route(self, ctx: RequestContext, req: InternalRequest) -> Outcome:
        outcome, _ = await self.run(ctx, req)
        return outcome

    async def run(
        self, ctx: RequestContext, req: InternalRequest, *, dry_run: bool = False
    ) -> tuple[Outcome, Trace]:
        """Route one request; ``dry_run`` (explain) records nothing for feedback."""
        pre = None
        if self.cache_possible and not dry_run:
            # Before classification: the exact tier is fetched while the encoder runs.
            pre = cache_flow.prefetch(
                self.services.cache,
                self.config.cache,
                req.surface,
                req.body,
                ctx.headers,
                self.services.tracer,
                ctx.span,
                exact_repeat.context(self.exact_digest, self.config, ctx.headers),
            )
            # An exact repeat is answered before any classification (exact_repeat).
            early = await exact_repeat.answer(
                pre,
                req,
                ctx.request_id,
                self.services.metrics,
                self.services.tracer,
                ctx.span,
                self.services.cache,
            )
            if early is not None:
                return early, Trace(outcome="respond", cache="hit")
        try:
            return await self._run(ctx, req, dry_run, pre)
        except failsafe.SecurityUnavailable as exc:  # security signals fail closed
            metrics = None if dry_run else self.services.metrics
            answer = failsafe.refusal(exc, metrics, req.surface.error_body)
            return answer, Trace(outcome="respond")
        finally:
            if pre is not None:
                pre.discard()

    async def _run(
        self,
        ctx: RequestContext,
        req: InternalRequest,
        dry_run: bool,
        pre: cache_flow.Prefetch | None,
    ) -> tuple[Outcome, Trace]:
        trace = Trace()
        tracer, span = self.services.tracer, ctx.span
        inp = SignalInput(
            req.user_text, req.conversation_text, req.model, ctx.headers, messages=req.messages
        )
        with telemetry.child(tracer, span, "prism.signals") as sig_span:
            start_ns = time.time_ns()
            results, scan = await self.evaluator.evaluate(
                self.needed,
                inp,
                force_classify=self.classify_always,
                force_scopes=self.scopes,
                # What only a PII plugin reads waits for the routed model and the cache
                # (extproc/deferred_pii.py); explain reads everything at once.
                force_pii_scopes=self.pii_scopes if dry_run else frozenset(),
                defer_pii_scopes=frozenset() if dry_run else self.pii_scopes,
                require_classifier=self.pii_required,
            )
            output = scan.primary if scan is not None else None
            if self.services.batch_size is not None and scan is not None:
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
        if isinstance(output, Reading):
            trace.language = output.public_language()
        with telemetry.child(tracer, span, "prism.decision") as dec_span:
            tokens = 0
            if self.engine.context_limited:
                tokens = estimate_conversation(m.text for m in req.messages)
            session = fleet_steps.session_of(self.config, ctx.headers, req)
            routing = self.engine.decide(results, req.model, tokens, session)
            dec_span.set_attribute("prism.decision", routing.decision.name)
            dec_span.set_attribute("prism.selected_model", routing.model.name)
        trace.routing = routing
        with telemetry.child(tracer, span, "prism.mutation"):
            outcome = await self._apply(ctx, req, routing, scan, trace, dry_run, pre)
        trace.outcome = "respond" if isinstance(outcome, Respond) else "forward"
        return outcome, trace

    async def _apply(
        self,
        ctx: RequestContext,
        req: InternalRequest,
        routing: Routing,
        scan: Scan | None,
        trace: Trace,
        dry_run: bool,
        pre: cache_flow.Prefetch | None = None,
    ) -> Outcome:
        """The decision's steps, in order; a step that answers the client ends the request."""
        d = Draft(req, req.body, routing)
        d.verdict = Verdict(
            routing.decision.name, routing.model.name, trace.category, surface=req.surface.name
        )
        d.headers = {hdr.DECISION: routing.decision.name, hdr.REQUEST_ID: ctx.request_id}
        if trace.category:
            d.headers[hdr.CATEGORY] = trace.category
        if ctx.debug:
            d.headers.update(self._debug_headers(trace))
        answer = steps.block(d, trace)
        if answer is not None:
            return answer
        await deferred_pii.for_policy(d, scan, self.evaluator)
        answer = steps.pii(d, scan, trace, self.engine.models)
        if answer is not None:
            return answer
        steps.body_plugins(d, trace, self.config.families)
        steps.header_plugin(d, trace)
        steps.model_rewrite(d, trace)
        if ctx.span.is_recording():
            d.upstream.update(telemetry.inject(ctx.span))
        d.observers.append(
            OutcomeRecorder(self.services, routing.decision, d.model.name, ctx.started)
        )
        answer = await self._cache(ctx, d, scan, trace, dry_run, pre)
        if answer is not None:
            return answer
        if req.stream:
            d.observers.append(StreamWatcher(ctx.request_id, req.surface.stream_end))
        if not dry_run:
            tenant = fleet_steps.tenant_of(self.config, ctx.headers)
            est = estimate_conversation(m.text for m in req.messages)
            answer, admission = await fleet_steps.admit(d, self.services, tenant, est)
            if answer is not None:
                return answer
            fleet_steps.account(d, self.config, self.services, ctx, tenant, admission)
            self.services.feedback.remember(ctx.request_id, routing.decision, d.model.name)
        return steps.forward(d)

    async def _cache(
        self,
        ctx: RequestContext,
        d: Draft,
        scan: Scan | None,
        trace: Trace,
        dry_run: bool,
        pre: cache_flow.Prefetch | None,
    ) -> Respond | None:
        """Look the routed request up in the semantic cache; on a miss, store the answer."""
        has_pii = scan is not None and any(
            e.score >= PII_MIN_SCORE for out in scan.outputs.values() for e in out.pii
        )
        output = scan.primary if scan is not None else None
        embedding = output.embedding if output is not None else None
        cache = self.services.cache
        cplan, why = cache_flow.plan(
            cache,
            self.config.cache,
            d.routing.decision,
            d.model.name,
            d.req.surface,
            d.body,
            ctx.headers,
            embedding,
            has_pii,
            exact=pre.exact if pre is not None else None,
        )
        trace.cache = why
        if cplan is None or cache is None or dry_run:
            return None
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
                trace.cache = d.verdict.cache_status = "hit"
                answer, ctype = cache_flow.hit_answer(
                    d.req.surface, hit.body, stream=d.req.stream, body=d.body
                )
                d.headers.update(
                    {
                        hdr.CACHE_STATUS: "hit",
                        hdr.CONTENT_TYPE: ctype,
                        hdr.CACHE_SIMILARITY: f"{hit.similarity:.4f}",
                    }
                )
                return steps.respond(d, 200, answer, "cache_hit")
            trace.cache = d.verdict.cache_status = "miss"
        else:
            d.verdict.cache_status = "bypass"
        d.headers[hdr.CACHE_STATUS] = d.verdict.cache_status
        if cplan.store:
            max_bytes = self.config.cache.max_entry_bytes
            gate = None
            if not self.config.cache.cache_pii:
                gate = deferred_pii.store_gate(scan, self.evaluator)
            d.observers.append(cache_flow.CacheStore(cache, cplan, max_bytes, metrics, gate))
        return None

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
        where = "; ".join(f"{n}={r.message}" for n, r in sorted(trace.signals.items()) if r.message)
        return {
            hdr.MATCHED_SIGNALS: ",".join(sorted(matched)) or "-",
            hdr.SIGNAL_SCORES: scores or "-",
            hdr.SIGNAL_MESSAGES: where or "-",
        }
