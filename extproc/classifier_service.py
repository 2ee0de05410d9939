"""The shared-encoder classifier inside Prism: load once, micro-batch, expose to signals."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from classifiers.batcher import MicroBatcher
from classifiers.engine import SignalEngine
from classifiers.errors import ClassifierOverloaded
from classifiers.language import detect_language
from classifiers.settings import ClassifierSettings
from classifiers.types import Signals, signals_to_public
from extproc.errors import OpenAIError
from extproc.metrics import Metrics

log = logging.getLogger("prism.classifier")


class ClassifierService:
    def __init__(self, settings: ClassifierSettings, metrics: Metrics) -> None:
        t0 = time.perf_counter()
        self.settings = settings
        self.engine = SignalEngine.load(settings)
        self.batcher = MicroBatcher(
            self.engine,
            settings.max_batch_size,
            settings.max_wait_ms,
            workers=settings.batch_workers,
            max_queue_requests=settings.max_queue_requests,
            max_queue_tokens=settings.max_queue_tokens,
            retry_after_s=settings.retry_after_s,
        )
        self.metrics = metrics
        self._seen_batches = 0
        manifest = (self.engine.models_dir / "manifest.json").read_bytes()
        self.model_version = (
            hashlib.sha256(manifest).hexdigest()[:16]
            + f"/{self.engine.precision}/{settings.max_tokens}"
            + ("/ml" if settings.multilingual else "")
        )
        """Changes with the weights, precision, truncation or the multilingual branch: keys
        the classifier memo."""
        metrics.bind_classifier_queue(self.batcher)
        log.info(
            "classifier loaded",
            extra={
                "providers": self.engine.providers_in_use,
                **self.engine.precision_choice.public(),
                "load_ms": round((time.perf_counter() - t0) * 1000, 1),
            },
        )

    async def classify(self, text: str, pii_only: bool = False) -> Signals:
        """``text``'s signals; ``pii_only`` (a message only a PII policy reads) skips the
        jailbreak-only work (``SignalEngine.classify_batch``)."""
        started = time.perf_counter()
        try:
            result = await self.batcher.classify(text, pii_only)
        except ClassifierOverloaded as exc:
            self.metrics.classifier_shed.labels(exc.bound).inc()
            raise
        self._observe(time.perf_counter() - started)
        return result

    def _observe(self, waited_s: float) -> None:
        b = self.batcher
        if b.batches != self._seen_batches:
            self._seen_batches = b.batches
            self.metrics.batch_size.observe(b.last_batch_size)
            self.metrics.queue_wait.observe(b.last_queue_wait_ms / 1000)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.engine.embed(list(texts))

    async def classify_public(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        """Public results with each text's language; a shed text makes the call a 429
        (``OpenAIError``), once the admitted texts have finished (none is left running
        unawaited)."""
        results = await asyncio.gather(*(self.classify(t) for t in texts), return_exceptions=True)
        for r in results:
            if isinstance(r, ClassifierOverloaded):
                raise OpenAIError(
                    429,
                    f"the classifier is overloaded: {r}",
                    type="rate_limit_error",
                    code="router_overloaded",
                ) from r
            if isinstance(r, BaseException):
                raise r
        return [
            signals_to_public(r, detect_language(t)[0])
            for t, r in zip(texts, results, strict=True)
            if not isinstance(r, BaseException)
        ]

    async def close(self) -> None:
        await self.batcher.close()
