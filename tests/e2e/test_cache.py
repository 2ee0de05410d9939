"""The semantic cache through the real Envoy, against both backends (memory, real Redis)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import openai
import pytest

from extproc.stack import Stack
from tests.e2e.conftest import base_url, pool_url
from tests.redis_server import RedisServer

Q = "What is the capital of France?"
PARAPHRASE = "What's the capital city of France?"
OTHER = "What is the capital of Germany?"


def pool_total(stack: Stack) -> int:
    return sum(
        int(httpx.get(pool_url(stack, p.name) + "/stats").json()["requests"])
        for p in stack.config.pools
    )


def ask(client: openai.OpenAI, text: str, **headers: str):
    return client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": text}], extra_headers=headers or None
    )


@pytest.fixture(scope="module", params=["memory", "redis"])
def cached(request, make_stack: Callable[..., Stack]) -> tuple[Stack, openai.OpenAI]:
    cache: dict = {"backend": request.param}
    if request.param == "redis":
        server: RedisServer = request.getfixturevalue("redis_server")
        if not server.running:
            server.start()
        cache.update(
            redis_url=server.url,
            redis_index=f"e2e-{time.time_ns()}",
            redis_prefix=f"e2e-{time.time_ns()}:",
            timeout_ms=200,
            breaker_reset_s=0.5,
        )
    stack = make_stack(cache=cache)
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    return stack, client


def wait_for_store(stack: Stack, client: openai.OpenAI, text: str, tenant: str = "t1") -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the store runs after the response ends
        if ask(client, text, **{"x-tenant-id": tenant}).headers.get("x-prism-cache") == "hit":
            return
        time.sleep(0.05)
    raise AssertionError("the response was never stored")


def test_repeat_and_paraphrase_hit_without_calling_a_pool(cached):
    stack, client = cached
    first = ask(client, Q, **{"x-tenant-id": "t1"})
    assert first.headers["x-prism-cache"] == "miss"
    answer = first.parse().choices[0].message.content
    wait_for_store(stack, client, Q)
    before = pool_total(stack)
    hit = ask(client, Q, **{"x-tenant-id": "t1"})
    assert hit.headers["x-prism-cache"] == "hit"
    assert float(hit.headers["x-prism-cache-similarity"]) == pytest.approx(1.0)
    completion = hit.parse()
    assert completion.choices[0].message.content == answer
    assert completion.id != first.parse().id  # fresh id
    para = ask(client, PARAPHRASE, **{"x-tenant-id": "t1"})
    assert para.headers["x-prism-cache"] == "hit"
    assert 0.92 <= float(para.headers["x-prism-cache-similarity"]) < 1.0
    assert pool_total(stack) == before
    assert ask(client, OTHER, **{"x-tenant-id": "t1"}).headers["x-prism-cache"] == "miss"


def memo_lookups(stack: Stack) -> float:
    """Lookups in the classifier's memo and in the reading memo (a text read before is
    answered from the latter without asking the classifier)."""
    text = httpx.get(f"http://127.0.0.1:{stack.config.server.admin_port}/metrics").text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(("prism_classifier_memo_lookups{", "prism_reading_memo_lookups{"))
    )


def test_an_exact_repeat_is_answered_before_any_classification(cached):
    stack, client = cached
    text = "What is the boiling point of water at sea level in Fahrenheit?"
    ask(client, text, **{"x-tenant-id": "t1"})
    wait_for_store(stack, client, text)
    lookups, pools = memo_lookups(stack), pool_total(stack)
    repeat = ask(client, text, **{"x-tenant-id": "t1"})
    assert repeat.headers["x-prism-cache"] == "hit"
    assert "x-prism-decision" not in repeat.headers  # answered before any decision
    assert memo_lookups(stack) == lookups  # the classifier was not asked at all
    assert pool_total(stack) == pools
    # another value of a header a signal reads (x-user-tier: premium) is another request
    premium = ask(client, text, **{"x-tenant-id": "t1", "x-user-tier": "premium"})
    assert premium.headers["x-prism-decision"] == "premium"
    assert premium.headers.get("x-prism-cache") != "hit"
    assert memo_lookups(stack) > lookups


def test_other_tenant_never_hits(cached):
    stack, client = cached
    ask(client, Q, **{"x-tenant-id": "t1"})
    wait_for_store(stack, client, Q)
    assert ask(client, Q, **{"x-tenant-id": "t2"}).headers["x-prism-cache"] == "miss"
    assert ask(client, Q).headers["x-prism-cache"] == "miss"  # no tenant is its own partition


def test_streamed_hit_parses_with_the_openai_client(cached):
    stack, client = cached
    text = "Name three primary colours."
    ask(client, text, **{"x-tenant-id": "s"})
    wait_for_store(stack, client, text, tenant="s")
    before = pool_total(stack)
    with client.chat.completions.with_streaming_response.create(
        model="auto",
        messages=[{"role": "user", "content": text}],
        stream=True,
        extra_headers={"x-tenant-id": "s"},
    ) as resp:
        assert resp.headers["x-prism-cache"] == "hit"
        chunks = list(resp.parse())
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert content == "Demo answer from pool general to: " + text
    assert pool_total(stack) == before


def test_streamed_miss_is_reassembled_and_stored(cached):
    stack, client = cached
    text = "List the planets of the solar system."
    stream = client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": text}],
        stream=True,
        extra_headers={"x-tenant-id": "sm"},
    )
    streamed = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    wait_for_store(stack, client, text, tenant="sm")
    hit = ask(client, text, **{"x-tenant-id": "sm"}).parse()
    assert hit.choices[0].message.content == streamed
    assert hit.choices[0].finish_reason == "stop"


def test_cache_control_headers(cached):
    stack, client = cached
    text = "What is the boiling point of water at sea level?"
    r = ask(client, text, **{"x-tenant-id": "cc", "x-prism-cache-control": "no-store"})
    assert r.headers["x-prism-cache"] == "miss"
    time.sleep(0.3)
    assert ask(client, text, **{"x-tenant-id": "cc"}).headers["x-prism-cache"] == "miss"
    wait_for_store(stack, client, text, tenant="cc")
    before = pool_total(stack)
    r = ask(client, text, **{"x-tenant-id": "cc", "x-prism-cache-control": "no-cache"})
    assert r.headers["x-prism-cache"] == "bypass" and pool_total(stack) == before + 1


def test_pii_requests_are_not_cached(cached):
    _, client = cached
    text = "Please email john.smith@example.com the report"
    ask(client, text, **{"x-tenant-id": "p"})
    time.sleep(0.3)
    assert "x-prism-cache" not in ask(client, text, **{"x-tenant-id": "p"}).headers


def test_killing_redis_mid_traffic_fails_no_request(make_stack):
    server = RedisServer()
    server.start()
    stack = make_stack(
        cache={
            "backend": "redis",
            "redis_url": server.url,
            "timeout_ms": 100,
            "breaker_failures": 3,
            "breaker_reset_s": 0.5,
        }
    )
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    failures: list[BaseException] = []
    statuses: list[str] = []
    stop = threading.Event()

    def load(worker: int) -> None:
        i = 0
        while not stop.is_set():
            i += 1
            try:
                r = ask(client, f"Question {worker}-{i % 5}: what is {i % 5} plus {worker}?")
                statuses.append(r.headers.get("x-prism-cache", ""))
            except BaseException as exc:
                failures.append(exc)

    threads = [threading.Thread(target=load, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    try:
        time.sleep(1.0)
        server.stop()  # Redis dies mid-traffic
        time.sleep(1.5)
        server.start()  # and comes back empty
        time.sleep(1.5)
    finally:
        stop.set()
        for t in threads:
            t.join()
        server.close()
    assert failures == []
    assert len(statuses) > 20 and "hit" in statuses
