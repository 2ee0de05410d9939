"""Messages only the PII plugin reads: read after routing, only when the routed model's
policy or the cache needs them (extproc/deferred_pii.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson

from cache import GuardedCache, MemorySemanticCache
from extproc import cache_flow
from extproc.classify_memo import ClassifyMemo
from extproc.config import parse_config
from extproc.outcomes import Forward, Respond
from extproc.pipeline import Pipeline, RequestContext, make_services
from extproc.surfaces import CHAT, parse_request
from tests.unit.policy_helpers import base_config
from tests.unit.test_scopes import PiiAwareClassifier, chat_with_tool_result

LEAK = "Escalate to bob.smith@example.com"
ANSWER = b'{"choices": [{"index": 0, "finish_reason": "stop", "message": {"content": "ok"}}]}'


class FailingPii(PiiAwareClassifier):
    async def read(self, text: str, pii_only: bool) -> Any:
        if pii_only:
            raise RuntimeError("PII reading down")
        return await super().read(text, pii_only)


def pipeline(
    clf: PiiAwareClassifier | None = None, cache: bool = False, **config: Any
) -> tuple[Pipeline, PiiAwareClassifier]:
    clf = clf or PiiAwareClassifier()
    services = make_services(classify=ClassifyMemo(clf, "v", 64, clf.read))
    if cache:
        services.cache = GuardedCache(MemorySemanticCache(dim=384))
    return Pipeline(parse_config(base_config(**config)), services), clf


async def send(p: Pipeline, body: dict[str, Any], dry_run: bool = False) -> Any:
    req = parse_request(CHAT, orjson.dumps(body), max_bytes=1 << 20, max_depth=32)
    ctx = RequestContext("rid", "POST", CHAT.path, {})
    return await p.run(ctx, req, dry_run=dry_run)


def conversation(system: str, model: str = "auto") -> dict[str, Any]:
    body = chat_with_tool_result("Mail 1: lunch?", system=system)
    body["messages"].append({"role": "assistant", "content": "Bob wants lunch."})
    body["messages"].append({"role": "user", "content": "Summarise my inbox again"})
    return {**body, "model": model}


async def answered(outcome: Forward) -> None:
    """The pool's answer reaches the observers; pending stores finish."""
    for obs in outcome.observers:
        if obs.on_headers(200, {"content-type": "application/json"}):
            obs.on_body(ANSWER, True)
        obs.on_finish(True)
    for _ in range(20):
        await asyncio.sleep(0)
    await asyncio.gather(*cache_flow._pending)


def test_a_model_that_allows_pii_never_pays_for_what_only_pii_reads() -> None:
    p, clf = pipeline()  # no cache: nothing else needs those messages
    outcome, _ = asyncio.run(send(p, conversation(LEAK)))
    assert isinstance(outcome, Forward) and outcome.model == "qwen3-8b"
    assert clf.pii_calls == []  # system prompt, assistant turn, tool-call arguments
    assert "Mail 1: lunch?" in clf.calls  # the tool result: jailbreak's scope, read in full


def test_a_policy_that_acts_reads_them_before_the_pii_step() -> None:
    p, clf = pipeline()
    outcome, trace = asyncio.run(send(p, conversation(LEAK, model="partner-llm")))
    assert isinstance(outcome, Forward) and outcome.model == "qwen3-8b"  # rerouted
    assert LEAK in clf.pii_calls and "Bob wants lunch." in clf.pii_calls
    assert any("rerouted" in m for m in trace.mutations)


def test_when_they_cannot_be_read_a_policy_that_acts_refuses() -> None:
    p, _ = pipeline(FailingPii())
    outcome, _ = asyncio.run(send(p, conversation(LEAK, model="partner-llm")))
    assert isinstance(outcome, Respond) and outcome.status == 503
    allowed, _ = asyncio.run(send(p, conversation(LEAK)))  # qwen3-8b allows PII
    assert isinstance(allowed, Forward)


def test_an_answer_is_stored_only_once_they_are_read_and_hold_no_pii() -> None:
    async def go(system: str, clf: PiiAwareClassifier | None = None) -> tuple[int, Any]:
        p, clf = pipeline(clf, cache=True)
        outcome, _ = await send(p, conversation(system))
        assert isinstance(outcome, Forward) and outcome.model == "qwen3-8b"
        await answered(outcome)
        assert p.services.cache is not None
        return p.services.cache.stats.stores, clf

    stores, clf = asyncio.run(go("You are helpful."))
    assert stores == 1 and "You are helpful." in clf.pii_calls
    stores, clf = asyncio.run(go(LEAK))
    assert stores == 0 and LEAK in clf.pii_calls
    stores, _ = asyncio.run(go("You are helpful.", FailingPii()))
    assert stores == 0  # not read: not stored


def test_explain_reads_everything_and_the_token_bound_counts_them() -> None:
    p, clf = pipeline()
    asyncio.run(send(p, conversation(LEAK), dry_run=True))
    assert LEAK in clf.pii_calls
    data = base_config()
    data["signals"]["max_scan_tokens"] = 40
    small = Pipeline(parse_config(data), make_services(classify=PiiAwareClassifier()))
    long_system = "Policy: " + "keep every answer short and polite. " * 12
    outcome, _ = asyncio.run(send(small, conversation(long_system)))
    assert isinstance(outcome, Respond) and outcome.status == 413
    outcome, _ = asyncio.run(send(small, conversation("You are helpful.")))
    assert isinstance(outcome, Forward)
