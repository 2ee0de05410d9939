"""Failover through the real Envoy with the embedded default config: every model has a
fallback on the other demo pool; a pool that is down or hung (stopped, not closed) does not
fail the requests routed to it."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable

import httpx
import openai
import pytest

from extproc.stack import Stack
from tests.e2e.conftest import base_url, pool_url
from tests.e2e.test_fleet import metric

HELLO = [{"role": "user", "content": "Give me three tips for a good night's sleep"}]


@pytest.fixture(scope="module")
def stack(make_stack: Callable[..., Stack]) -> Stack:
    # A hung pool is given up after 1.5 s without a byte (the default is 30 s).
    return make_stack(envoy={"failover": {"per_try_idle_timeout_s": 1.5}})


def client(stack: Stack) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0, timeout=20)


def ask(stack: Stack, n: int, stream: bool = False) -> list[tuple[str, float, int]]:
    """(serving model, seconds, attempts) of ``n`` default-decision requests."""
    out = []
    for _ in range(n):
        t0 = time.monotonic()
        if stream:
            with client(stack).chat.completions.with_streaming_response.create(
                model="auto", messages=HELLO, stream=True
            ) as raw:
                text = "".join(raw.iter_lines())
                assert "[DONE]" in text
                headers = raw.headers
        else:
            raw = client(stack).chat.completions.with_raw_response.create(
                model="auto", messages=HELLO
            )
            assert raw.parse().choices[0].message.content
            headers = raw.headers
        took = time.monotonic() - t0
        out.append((headers["x-selected-model"], took, int(headers["x-envoy-attempt-count"])))
    return out


def test_healthy_pools_serve_the_routed_model_in_one_attempt(stack: Stack):
    assert {(m, a) for m, _, a in ask(stack, 3)} == {("qwen3-8b", 1)}


def test_a_hung_pool_fails_over_to_the_fallback_model(stack: Stack):
    pool = stack.procs["pool-general"]
    before = metric(stack, "prism_failovers_total", model="qwen3-8b", served_by="deepseek-r1")
    pool.send_signal(signal.SIGSTOP)
    try:
        answers = ask(stack, 4) + ask(stack, 2, stream=True)
    finally:
        pool.send_signal(signal.SIGCONT)
    assert all(m == "deepseek-r1" for m, _, _ in answers), answers
    assert all(took < 5 for _, took, _ in answers), answers  # within a few seconds each
    sent = httpx.get(pool_url(stack, "reasoning") + "/last").json()["body"]
    assert sent["model"] == "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"  # rewritten per attempt
    after = metric(stack, "prism_failovers_total", model="qwen3-8b", served_by="deepseek-r1")
    assert after - before == 6


def test_a_pool_that_is_down_fails_over_and_its_host_is_ejected(stack: Stack):
    stack.stop_one("pool-general")
    answers = ask(stack, 20)
    served = [m for m, _, _ in answers]
    assert served.count("deepseek-r1") >= 19  # >= 95 % answered (here: all, by the fallback)
    # after consecutive failures Envoy ejects the pool: later requests go straight to the
    # fallback in one attempt
    assert answers[-1][2] == 1
    text = httpx.get(f"http://127.0.0.1:{stack.config.envoy.admin_port}/stats").text
    assert "cluster.pool_general.outlier_detection.ejections_active: 1" in text
