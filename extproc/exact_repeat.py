"""Free repeats: an exact repeat is answered from the cache's exact tier before any
classification.

The exact tier is keyed by the request as the client sent it (surface, tenant and user scope,
every message and parameter but the transport ones). A repeat of a request whose answer was
stored went through the same signals then: the classifier is deterministic, and the key also
carries a digest of the running config and the classifier's model version (a reload or a new
model starts afresh) and the values of the headers that header signals read (another tier,
another decision). So the stored answer is what this request would be routed to and allowed,
and it is replayed at once in the surface's shape, without the encoder pass. Only decisions
with the ``semantic_cache`` plugin ever store, so only they are answered early; ``no-cache``
skips it. A miss costs the exact-tier probe (a dict lookup, or one Redis HMGET under
``cache.timeout_ms``) before classification starts.
"""

from __future__ import annotations

import hashlib

import orjson

from extproc import cache_flow
from extproc import headers as hdr
from extproc.config import PrismConfig
from extproc.metrics import Metrics
from extproc.outcomes import Respond, Verdict
from extproc.surfaces.base import InternalRequest


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
    pre: cache_flow.Prefetch | None, req: InternalRequest, request_id: str, metrics: Metrics
) -> Respond | None:
    """The stored answer of an exact repeat, replayed in the surface's shape, or None."""
    if pre is None or pre.task is None:
        return None
    try:
        entry = await pre.task
    except Exception:  # a failed probe is a miss; GuardedCache already counted it
        return None
    if entry is None:
        return None
    body, ctype = cache_flow.hit_answer(req.surface, entry.body, stream=req.stream, body=req.body)
    metrics.cache.labels("hit").inc()
    headers = {
        hdr.REQUEST_ID: request_id,
        hdr.CACHE_STATUS: "hit",
        hdr.CACHE_SIMILARITY: "1.0000",
        hdr.CONTENT_TYPE: ctype,
    }
    verdict = Verdict(reason="cache_hit", cache_status="hit", surface=req.surface.name)
    return Respond(200, body, headers, reason="cache_hit", verdict=verdict)
