"""Free repeats: an exact repeat is answered from the cache's exact tier before any
classification. The exact tier is keyed by the request as the client sent it (surface,
tenant and user scope, every message and parameter but the transport ones). A repeat of a
request whose answer was stored went through the same signals then: the classifier is
deterministic, and the key also carries a digest of the running config, the classifier's
model version and the operator exemplar file's content (a reload, a new model or an edited
allow/deny list starts afresh) and the values of the headers that header signals read
(another tier, another decision). So the stored answer is what this request would be routed
to and allowed, and it is replayed at once in the surface's shape, without the encoder pass.
Only decisions with the ``semantic_cache`` plugin ever store, so only they are answered
early; ``no-cache`` skips it. A miss costs the exact-tier probe before classification starts
(a dict lookup, or one Redis HMGET), and never more than ``EARLY_WAIT_S``: a slower probe
goes on in the background and the request is classified meanwhile, as before (the lookup
after the decision still uses it).
"""

from __future__ import annotations

import asyncio
import hashlib

import orjson
from opentelemetry.trace import Span, Tracer

from cache import GuardedCache
from extproc import cache_flow, telemetry
from extproc import headers as hdr
from extproc.config import PrismConfig
from extproc.metrics import Metrics
from extproc.outcomes import Respond, Verdict
from extproc.surfaces.base import InternalRequest

EARLY_WAIT_S = 0.005


def config_digest(config: PrismConfig, model_version: str) -> str:
    """Changes with any config key and with the classifier's weights."""
    text = config.model_dump_json() + "\x00" + model_version
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def context(digest: str, config: PrismConfig, headers: dict[str, str]) -> str:
    """What the exact key needs beyond the body: the config digest and the header signals'
    inputs."""
    names = sorted({s.header.lower() for s in config.signals.header})
    values = [headers.get(n, "") for n in names]
    return digest + ":" + orjson.dumps(values).decode() if names else digest


async def answer(
    pre: cache_flow.Prefetch | None,
    req: InternalRequest,
    request_id: str,
    metrics: Metrics,
    tracer: Tracer,
    span: Span,
    cache: GuardedCache | None = None,
) -> Respond | None:
    """The stored answer of an exact repeat, replayed in the surface's shape, or None."""
    if pre is None or pre.task is None:
        return None
    try:  # shielded: a slow probe keeps running for the lookup after the decision
        entry = await asyncio.wait_for(asyncio.shield(pre.task), EARLY_WAIT_S)
    except (TimeoutError, asyncio.CancelledError):
        return None
    except Exception:  # a failed probe is a miss; GuardedCache already counted it
        return None
    if entry is None:
        return None
    with telemetry.child(tracer, span, "prism.cache.lookup") as cs:
        cs.set_attribute("prism.cache.hit", True)
        cs.set_attribute("prism.cache.exact_repeat", True)
    body, ctype = cache_flow.hit_answer(req.surface, entry.body, stream=req.stream, body=req.body)
    metrics.cache.labels("hit").inc()
    if cache is not None:
        cache.stats.hits += 1
    headers = {
        hdr.REQUEST_ID: request_id,
        hdr.CACHE_STATUS: "hit",
        hdr.CACHE_SIMILARITY: "1.0000",
        hdr.CONTENT_TYPE: ctype,
    }
    verdict = Verdict(reason="cache_hit", cache_status="hit", surface=req.surface.name)
    return Respond(200, body, headers, reason="cache_hit", verdict=verdict)
