"""The fleet's steps in the request pipeline: session key, tenant budget, usage accounting.

The cache's tenant header (``cache.tenant_header``) names the tenant for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extproc import headers as hdr
from extproc.config import PrismConfig
from extproc.errors import RouterError
from extproc.limits import Admission
from extproc.outcomes import Respond
from extproc.policy.affinity import session_key
from extproc.steps import Draft, error
from extproc.surfaces.base import InternalRequest, Kind
from extproc.usage import strip_usage_chunks
from extproc.usage_recorder import UsageRecorder

if TYPE_CHECKING:
    from extproc.pipeline import RequestContext, Services

STREAM_USAGE_SURFACES = frozenset({"chat", "completions"})


def tenant_of(config: PrismConfig, headers: dict[str, str]) -> str:
    return headers.get(config.cache.tenant_header.lower(), "")


def session_of(config: PrismConfig, headers: dict[str, str], req: InternalRequest) -> str | None:
    """The conversation's session key when session affinity is on (see policy/affinity)."""
    settings = config.session_affinity
    if not settings.enabled:
        return None
    if settings.header.lower() not in headers and not any(
        m.role == "assistant" for m in req.messages
    ):
        # without the client's id, a conversation is tied from its second turn on: a
        # single-turn request (most API traffic) keeps no session entry at all
        return None
    system = next((m.text for m in req.messages if m.role in ("system", "developer")), "")
    first = next((m.text for m in req.messages if m.role == "user" and m.kind is Kind.MESSAGE), "")
    return session_key(
        config.session_affinity, headers, tenant_of(config, headers), (system, first)
    )


async def admit(
    d: Draft, services: Services, tenant: str, est_tokens: int
) -> tuple[Respond | None, Admission | None]:
    """The tenant's budget: a 429 in the surface's shape (with ``retry-after``) when spent."""
    limiter = services.limiter
    if limiter is None:
        return None, None
    adm = await limiter.admit(tenant, d.model.name, est_tokens)
    services.metrics.fleet.limit_store_errors.set(limiter.store_errors)
    if adm.ok:
        return None, adm
    services.metrics.fleet.limit_rejections.labels(services.metrics.fleet.tenant(tenant)).inc()
    d.headers[hdr.RETRY_AFTER] = str(adm.retry_after_s)
    err = RouterError(429, adm.reason, type="rate_limit_error", code="rate_limit_exceeded")
    return error(d, err, "rate_limited"), None


def account(
    d: Draft,
    config: PrismConfig,
    services: Services,
    ctx: RequestContext,
    tenant: str,
    admission: Admission | None,
) -> None:
    """Attach the usage recorder; ask OpenAI-style pools for usage in streams."""
    if not config.usage.enabled:
        return
    d.observers.append(
        UsageRecorder(
            services.metrics.fleet,
            d.model,
            d.routing.decision.name,
            tenant,
            ctx.started,
            d.verdict,
            ctx.span,
            services.limiter,
            admission,
            {m.name: m for m in config.models},
        )
    )
    req = d.req
    if not (config.usage.stream_usage and req.stream and req.surface.name in STREAM_USAGE_SURFACES):
        return
    opts = d.body.get("stream_options")
    if isinstance(opts, dict) and opts.get("include_usage") is True:
        return  # the client asked: it gets the usage chunk
    d.body["stream_options"] = {**(opts if isinstance(opts, dict) else {}), "include_usage": True}
    d.body_changed = True
    d.rewrite_chunk = strip_usage_chunks
