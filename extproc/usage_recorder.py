"""The response observer that accounts each answer: tokens, cost, TTFT/TPOT, budgets.

It reads the answer as it streams past (``extproc.usage``), then records the Prometheus
series, the OTel GenAI span attributes and the access-log fields (through the request's
:class:`Verdict`), and settles the tenant's token budget with the real count.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping
from typing import Any

from opentelemetry.trace import Span

from extproc import headers as hdr
from extproc.config import Model
from extproc.fleet_metrics import FleetMetrics
from extproc.limits import Admission, Limiter
from extproc.outcomes import Verdict
from extproc.usage import UsageReader

log = logging.getLogger("prism.usage")
_pending: set[asyncio.Task[None]] = set()


def _spawn(coro: Coroutine[Any, Any, None]) -> None:
    try:
        task = asyncio.get_running_loop().create_task(coro)
    except RuntimeError:  # no loop (unit tests calling on_finish directly)
        coro.close()
        return
    _pending.add(task)
    task.add_done_callback(_pending.discard)


class UsageRecorder:
    def __init__(
        self,
        metrics: FleetMetrics,
        model: Model,
        decision: str,
        tenant: str,
        started: float,
        verdict: Verdict,
        span: Span,
        limiter: Limiter | None = None,
        admission: Admission | None = None,
        models: Mapping[str, Model] | None = None,
    ) -> None:
        self.models = models or {}
        self.metrics = metrics
        self.model = model
        self.decision = decision
        self.tenant = tenant
        self.verdict = verdict
        self.span = span
        self.limiter = limiter
        self.admission = admission
        self.reader = UsageReader(started)
        self.status = 0

    def on_headers(self, status: int, headers: dict[str, str]) -> bool:
        self.status = status
        served = headers.get(hdr.SERVED_MODEL, "")
        if served and served != self.model.name and served in self.models:
            self.model = self.models[served]  # a fallback served: its tokens and prices
        self.reader.sse = headers.get("content-type", "").startswith("text/event-stream")
        return 200 <= status < 300

    def on_body(self, chunk: bytes, end_of_stream: bool) -> None:
        self.reader.feed(chunk)

    def on_finish(self, completed: bool) -> None:
        usage = self.reader.finish()
        name = self.model.name
        m = self.metrics
        ttft, tpot = self.reader.ttft_s, self.reader.tpot_s
        if ttft is not None:
            m.ttft.labels(name).observe(ttft)
            self.verdict.usage["ttft_ms"] = round(ttft * 1000, 3)
        if tpot is not None:
            m.tpot.labels(name).observe(tpot)
            self.verdict.usage["tpot_ms"] = round(tpot * 1000, 3)
        if not usage.seen:
            m.usage_missing.labels(name).inc()
            return
        tenant = m.tenant(self.tenant)
        m.tokens.labels(name, self.decision, tenant, "prompt").inc(usage.prompt)
        m.tokens.labels(name, self.decision, tenant, "completion").inc(usage.completion)
        cost = usage.cost(self.model.cost_per_1m_input, self.model.cost_per_1m_output)
        m.cost.labels(name, self.decision, tenant).inc(cost)
        self.verdict.usage.update(
            prompt_tokens=usage.prompt, completion_tokens=usage.completion, cost_usd=cost
        )
        if self.span.is_recording():
            self.span.set_attributes(
                {
                    "gen_ai.usage.input_tokens": usage.prompt,
                    "gen_ai.usage.output_tokens": usage.completion,
                    "prism.cost_usd": cost,
                }
            )
        if self.limiter is not None and self.admission is not None:
            _spawn(self.limiter.settle(self.admission, usage.prompt + usage.completion))
