"""Security signals fail closed: a request whose jailbreak or PII check could not run is
refused, never forwarded; routing signals may degrade to the default decision.

* :class:`SecurityUnavailable` is raised by the evaluator when a security signal (jailbreak,
  PII, or the classifier pass a PII policy needs) cannot be computed: the classifier timed
  out (``signals.security_budget_ms``), shed the text (admission control), failed, or is
  not loaded.
* :func:`refusal` turns it into the client's answer: 429 when shed, else 503, both with
  ``retry-after`` and an OpenAI-shaped error body; 413 (no retry) when the request has more
  new text than ``signals.max_scan_tokens``.
* :func:`count_degraded` counts requests routed without their ML routing signals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from extproc.config import PrismConfig
from extproc.errors import OpenAIError
from extproc.metrics import Metrics
from extproc.outcomes import Respond
from extproc.signals.base import SignalResult

SECURITY_KINDS = frozenset({"jailbreak", "pii"})
ROUTING_ML_KINDS = frozenset({"domain", "embedding"})


class SecurityUnavailable(Exception):
    """A security signal could not be computed; the request must not be forwarded."""

    def __init__(self, reason: str, signals: list[str], retry_after_s: int = 1) -> None:
        super().__init__(f"security signals unavailable ({reason}): {', '.join(signals)}")
        self.reason = reason  # timeout | overloaded | too_large | error | no_classifier
        self.signals = signals
        self.retry_after_s = max(1, retry_after_s)

    @property
    def status(self) -> int:
        if self.reason == "too_large":
            return 413
        return 429 if self.reason == "overloaded" else 503


def refusal(
    exc: SecurityUnavailable,
    metrics: Metrics | None = None,
    render: Callable[[OpenAIError], bytes] | None = None,
) -> Respond:
    """The client's answer for a request whose security checks could not run, in the
    request's surface shape (``render``: the surface's ``error_body``)."""
    if metrics is not None:
        metrics.security_refusals.labels(exc.reason).inc()
    if exc.status == 413:
        err = OpenAIError(
            413,
            "The request has more text to screen than Prism's limit (signals.max_scan_tokens); "
            "send a shorter conversation.",
            type="invalid_request_error",
            code="request_too_large_to_scan",
        )
        body = render(err) if render is not None else err.body()
        return Respond(413, body, {"content-type": "application/json"}, reason="security_too_large")
    if exc.status == 429:
        err = OpenAIError(
            429,
            "Prism is overloaded: the request could not be screened now. Retry later.",
            type="rate_limit_error",
            code="router_overloaded",
        )
    else:
        err = OpenAIError(
            503,
            "The request could not be screened by Prism's security checks. Retry later.",
            type="server_error",
            code="security_check_unavailable",
        )
    headers = {"retry-after": str(exc.retry_after_s), "content-type": "application/json"}
    body = render(err) if render is not None else err.body()
    return Respond(exc.status, body, headers, reason=f"security_{exc.reason}")


def pii_policy_needs_classifier(config: PrismConfig) -> bool:
    """Whether some decision applies a PII policy that can act (deny, redact, reroute):
    then every request needs the classifier pass, and cannot be forwarded without it."""
    acts = any(m.pii_policy.action != "allow" for m in config.models)
    plugin = any(d.plugins.pii is not None and d.plugins.pii.enabled for d in config.decisions)
    return acts and plugin


def classifier_errors(config: PrismConfig) -> list[str]:
    """Config errors: security checks that would refuse every request because the
    classifier is off (``classifiers.enabled: false``)."""
    if config.classifiers.enabled:
        return []
    from extproc.policy.rules import rule_signals

    referenced: set[str] = set()
    for d in config.decisions:
        referenced |= rule_signals(d.rules)
    kinds = config.signals.all()
    errors = [
        f"signals.{kinds[name][0]}: {name!r} is referenced by a decision but "
        "classifiers.enabled is false (it would refuse every request)"
        for name in sorted(referenced)
        if name in kinds and kinds[name][0] in SECURITY_KINDS
    ]
    if pii_policy_needs_classifier(config):
        errors.append(
            "classifiers.enabled: false, but a decision applies a PII policy that needs "
            "the classifier (it would refuse every request)"
        )
    return errors


def count_degraded(metrics: Metrics, results: Mapping[str, SignalResult]) -> None:
    """Count one request routed without some ML routing signal (by the first reason)."""
    reasons = sorted({r.error for r in results.values() if r.error and r.kind in ROUTING_ML_KINDS})
    if reasons:
        metrics.routing_degraded.labels(reasons[0]).inc()
