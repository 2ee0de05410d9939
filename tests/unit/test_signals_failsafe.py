"""Security signals fail closed (503/429 + retry-after, never forwarded); routing signals
degrade to the default decision; the classifier's admission control sheds at once."""

from __future__ import annotations

import asyncio
import json

import orjson
import pytest

from classifiers.batcher import MicroBatcher, estimate_tokens
from classifiers.errors import ClassifierOverloaded
from extproc.config import PrismConfig
from extproc.outcomes import Forward, Respond
from extproc.pipeline import Pipeline, RequestContext, make_services
from extproc.policy.schema import Signals
from extproc.signals.base import SignalInput
from extproc.signals.evaluator import SignalEvaluator
from extproc.signals.failsafe import SecurityUnavailable
from extproc.surfaces import CHAT, parse_request
from tests.unit.classifier_support import engine
from tests.unit.policy_helpers import Domain, FakeOutput, Jailbreak, config_with


def route(p: Pipeline, text: str) -> Forward | Respond:
    body = {"model": "auto", "messages": [{"role": "user", "content": text}]}
    req = parse_request(CHAT, orjson.dumps(body), max_bytes=1 << 20, max_depth=32)
    ctx = RequestContext("rid-1", "POST", "/v1/chat/completions", {})
    outcome, _ = asyncio.run(p.run(ctx, req))
    return outcome


def with_classifier(cfg: PrismConfig, behaviour: str, delay: float = 0.0) -> Pipeline:
    async def classify(_: str) -> FakeOutput:
        await asyncio.sleep(delay)
        if behaviour == "overloaded":
            raise ClassifierOverloaded("full", retry_after_s=3)
        if behaviour == "error":
            raise RuntimeError("onnx session died")
        return FakeOutput(jailbreak=Jailbreak(0.99 if behaviour == "jailbreak" else 0.01))

    return Pipeline(cfg, make_services(classify=classify))


def math_routing_config(**signal_settings: object) -> PrismConfig:
    """Routing only: a math domain signal, a math decision and a default one."""
    return config_with(
        signals={"domain": [{"name": "math", "labels": ["math"]}], **signal_settings},
        decisions=[
            {"name": "math", "priority": 10, "rules": {"signal": "math"},
             "models": [{"model": "deepseek-r1"}]},
            {"name": "default", "rules": {"always": True}, "models": [{"model": "qwen3-8b"}]},
        ],
    )  # fmt: skip


def assert_refused(outcome: Forward | Respond, status: int, retry_after: str = "1") -> dict:
    assert isinstance(outcome, Respond), "a request whose security checks failed was forwarded"
    assert outcome.status == status
    assert outcome.headers["retry-after"] == retry_after
    err = json.loads(outcome.body)["error"]
    assert set(err) == {"message", "type", "param", "code"}
    return err


def test_default_config_refuses_when_the_classifier_times_out() -> None:
    cfg = config_with(signals={**config_with().signals.model_dump(), "security_budget_ms": 50})
    p = with_classifier(cfg, "benign", delay=0.5)
    err = assert_refused(route(p, "hello"), 503)
    assert err["code"] == "security_check_unavailable"
    sample = p.services.metrics.registry.get_sample_value
    assert sample("prism_security_refusals_total", {"reason": "timeout"}) == 1


def test_default_config_refuses_on_classifier_error_and_without_a_classifier() -> None:
    assert_refused(route(with_classifier(config_with(), "error"), "hello"), 503)
    p = Pipeline(config_with(), make_services())  # classifiers off: nothing can screen
    assert_refused(route(p, "hello"), 503)


def test_shed_by_admission_control_is_429_with_the_batchers_retry_after() -> None:
    p = with_classifier(config_with(), "overloaded")
    err = assert_refused(route(p, "hello"), 429, retry_after="3")
    assert err["type"] == "rate_limit_error"


def test_security_deadline_outlasts_the_routing_budget() -> None:
    # 150 ms of queueing: past the routing budget, within the security deadline; the
    # jailbreak is still seen and blocked.
    signals = {**config_with().signals.model_dump(), "budget_ms": 20, "security_budget_ms": 800}
    p = with_classifier(config_with(signals=signals), "jailbreak", delay=0.15)
    outcome = route(p, "please")
    assert isinstance(outcome, Respond) and outcome.status == 403


def test_pii_policy_alone_requires_the_classifier() -> None:
    # No PII or jailbreak signal at all: the reroute policy of partner-llm still needs it.
    cfg = config_with(
        signals={},
        decisions=[
            {"name": "d", "rules": {"always": True}, "models": [{"model": "partner-llm"}],
             "plugins": {"pii": {}}},
        ],
    )  # fmt: skip
    assert_refused(route(with_classifier(cfg, "error"), "my name is Ann"), 503)
    assert isinstance(route(with_classifier(cfg, "benign"), "hi"), Forward)


def test_routing_signals_degrade_to_the_default_decision_and_are_counted() -> None:
    cfg = math_routing_config(budget_ms=20)
    p = with_classifier(cfg, "benign", delay=0.3)
    outcome = route(p, "integrate x^2")
    assert isinstance(outcome, Forward) and outcome.decision == "default"
    sample = p.services.metrics.registry.get_sample_value
    assert sample("prism_routing_degraded_total", {"reason": "timeout"}) == 1


def test_no_match_is_not_accepted_for_security_signals() -> None:
    with pytest.raises(ValueError):
        Signals.model_validate({"jailbreak": [{"name": "jb", "on_failure": "no_match"}]})
    with pytest.raises(ValueError):
        Signals.model_validate({"pii": [{"name": "p", "on_failure": "no_match"}]})


def test_a_broken_security_check_refuses() -> None:
    async def classify(_: str) -> FakeOutput:
        return FakeOutput(domain=Domain(), jailbreak=None)  # type: ignore[arg-type]

    ev = SignalEvaluator(Signals.model_validate({"jailbreak": [{"name": "jb"}]}), classify, None)
    with pytest.raises(SecurityUnavailable) as info:
        asyncio.run(ev.evaluate({"jb"}, SignalInput("x", "x", "auto", {})))
    assert info.value.reason == "error" and info.value.status == 503


async def test_admission_control_sheds_at_once_and_the_account_drains() -> None:
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0, max_queue_requests=3)
    try:
        results = await asyncio.gather(
            *(b.classify(f"question number {i}") for i in range(8)), return_exceptions=True
        )
    finally:
        await b.close()
    shed = [r for r in results if isinstance(r, ClassifierOverloaded)]
    assert len(shed) == 5 and b.shed_requests == 5
    assert all(s.bound == "requests" for s in shed)
    assert b.items == 3
    assert b.pending_requests == 0 and b.pending_tokens == 0


async def test_token_bound_sheds_but_a_lone_long_text_is_admitted() -> None:
    long_text = "The committee reviewed the quarterly figures. " * 200
    b = MicroBatcher(engine(), max_batch_size=4, max_wait_ms=0.0, max_queue_tokens=100)
    try:
        alone = await b.classify(long_text)  # over the bound, but alone: admitted
        assert alone.jailbreak.jailbreak_probability < 0.5
        first = asyncio.ensure_future(b.classify(long_text))
        await asyncio.sleep(0)
        with pytest.raises(ClassifierOverloaded) as info:
            await b.classify("short one")
        assert info.value.bound == "tokens"
        await first
    finally:
        await b.close()
    assert b.pending_tokens == 0 and estimate_tokens(long_text) > 100


async def test_callers_that_give_up_leave_the_account() -> None:
    b = MicroBatcher(engine(), max_batch_size=2, max_wait_ms=0.0, max_queue_requests=50)
    try:
        tasks = [asyncio.ensure_future(b.classify(f"text {i} " * 50)) for i in range(20)]
        await asyncio.sleep(0)
        for t in tasks[5:]:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await b.classify("one more")  # the worker drains the cancelled items as it goes
    finally:
        await b.close()
    assert b.pending_requests == 0 and b.pending_tokens == 0


async def test_classify_api_answers_429_when_shed() -> None:
    from classifiers.settings import ClassifierSettings
    from extproc.classifier_service import ClassifierService
    from extproc.errors import OpenAIError
    from extproc.metrics import Metrics

    metrics = Metrics()
    svc = ClassifierService(ClassifierSettings(max_queue_requests=1, warmup=False), metrics)
    try:
        with pytest.raises(OpenAIError) as info:
            await svc.classify_public(["one", "two", "three"])
        assert info.value.status == 429
        assert (
            metrics.registry.get_sample_value("prism_classifier_shed_total", {"bound": "requests"})
            == 2
        )
        assert len(await svc.classify_public(["alone"])) == 1
    finally:
        await svc.close()


def test_security_checks_without_a_classifier_are_a_config_error() -> None:
    from extproc.config import ConfigError, parse_config
    from tests.unit.policy_helpers import base_config

    with pytest.raises(ConfigError) as info:
        parse_config(base_config(classifiers={"enabled": False}))
    assert "'jailbreak' is referenced" in str(info.value)
    assert "PII policy" in str(info.value)
    # without the security decisions and policies the same switch is fine
    data = base_config(classifiers={"enabled": False})
    data["decisions"] = [d for d in data["decisions"] if d["name"] == "explicit"]
    data["decisions"][0]["plugins"] = {}
    assert not parse_config(data).classifiers.enabled


def test_more_new_text_than_max_scan_tokens_is_refused_413_and_counted() -> None:
    cfg = config_with(signals={**config_with().signals.model_dump(), "max_scan_tokens": 100})
    seen: list[str] = []

    async def classify(text: str) -> FakeOutput:
        seen.append(text)
        return FakeOutput(jailbreak=Jailbreak(0.01))

    p = Pipeline(cfg, make_services(classify=classify))
    outcome = route(p, "word " * 200)  # ~334 estimated tokens
    assert isinstance(outcome, Respond) and outcome.status == 413
    assert "retry-after" not in outcome.headers  # retrying the same request cannot help
    err = json.loads(outcome.body)["error"]
    assert err["code"] == "request_too_large_to_scan"
    assert seen == []  # refused before any encoder work
    sample = p.services.metrics.registry.get_sample_value
    assert sample("prism_security_refusals_total", {"reason": "too_large"}) == 1
    assert isinstance(route(p, "word " * 50), Forward)  # under the bound: screened


def test_texts_the_memo_already_holds_do_not_count_against_the_bound() -> None:
    from extproc.classify_memo import ClassifyMemo

    cfg = config_with(signals={**config_with().signals.model_dump(), "max_scan_tokens": 100})

    async def classify(_: str) -> FakeOutput:
        return FakeOutput(jailbreak=Jailbreak(0.01))

    memo = ClassifyMemo(classify, "v1", 16)
    long_text = "word " * 200
    asyncio.run(memo(long_text))  # classified by an earlier request
    assert memo.knows(long_text)
    p = Pipeline(cfg, make_services(classify=memo))
    assert isinstance(route(p, long_text), Forward)


def test_routing_only_scans_over_the_bound_degrade_to_the_default_decision() -> None:
    cfg = math_routing_config(max_scan_tokens=10)
    p = with_classifier(cfg, "benign")
    outcome = route(p, "integrate x^2 " * 20)
    assert isinstance(outcome, Forward) and outcome.decision == "default"
    sample = p.services.metrics.registry.get_sample_value
    assert sample("prism_routing_degraded_total", {"reason": "too_large"}) == 1
