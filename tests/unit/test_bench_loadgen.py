"""Smoke test of the benchmark load generator against an in-process aiohttp server."""

from __future__ import annotations

import itertools

import orjson
from aiohttp import web
from aiohttp.test_utils import TestServer

from bench.loadgen import PromptSet, Target, percentile, run_closed, run_open


async def _server(fail_every: int) -> TestServer:
    counter = itertools.count(1)

    async def chat(request: web.Request) -> web.Response:
        body = orjson.loads(await request.read())
        assert body["messages"][0]["content"]
        if fail_every and next(counter) % fail_every == 0:
            return web.json_response({"error": "boom"}, status=500)
        return web.json_response({"ok": True}, headers={"x-prism-cache": "miss"})

    async def chunked(request: web.Request) -> web.StreamResponse:
        await request.read()
        resp = web.StreamResponse()
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        await resp.write(b'{"ok":')
        await resp.write(b"true}")
        await resp.write_eof()
        return resp

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/chunked", chunked)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


def _check(stats: dict[str, object]) -> None:
    assert stats["requests"] == stats["ok"] + stats["errors"]  # type: ignore[operator]
    p50, p90, p99, mx = (stats[k] for k in ("p50_ms", "p90_ms", "p99_ms", "max_ms"))
    assert 0 < p50 <= p90 <= p99 <= mx  # type: ignore[operator]


async def test_closed_loop_counts_and_percentiles() -> None:
    server = await _server(fail_every=0)
    try:
        target = Target("127.0.0.1", server.port or 0, watch_header="x-prism-cache")
        prompts = PromptSet(64, "m", seed=1)
        rec = await run_closed(target, prompts.next, concurrency=4, duration_s=0.8, warmup_s=0.2)
        stats = rec.stats()
        assert stats["ok"] > 10
        assert stats["errors"] == 0
        assert stats["watched"] == {"miss": stats["ok"]}
        assert stats["rps"] > 0
        _check(stats)
    finally:
        await server.close()


async def test_errors_are_counted() -> None:
    server = await _server(fail_every=3)
    try:
        target = Target("127.0.0.1", server.port or 0)
        rec = await run_closed(
            target, PromptSet(16, "m").next, concurrency=2, duration_s=0.5, warmup_s=0
        )
        stats = rec.stats()
        assert stats["errors"] > 0
        assert stats["error_kinds"] == {"http_500": stats["errors"]}
        assert stats["ok"] > stats["errors"]
        _check(stats)
    finally:
        await server.close()


async def test_open_loop_and_chunked() -> None:
    server = await _server(fail_every=0)
    try:
        target = Target("127.0.0.1", server.port or 0, path="/chunked")
        rec = await run_open(target, PromptSet(16, "m").next, rate=100, duration_s=0.5, warmup_s=0)
        stats = rec.stats()
        assert stats["errors"] == 0
        assert 40 <= stats["ok"] <= 60
        _check(stats)
    finally:
        await server.close()


def test_prompts_distinct_or_repeated() -> None:
    distinct = PromptSet(512, "m", seed=3)
    bodies = [distinct.next() for _ in range(50)]
    assert len(set(bodies)) == 50
    words = len(orjson.loads(bodies[0])["messages"][0]["content"].split())
    assert 420 <= words <= 460  # 512 tokens at 0.88 words per token
    again = PromptSet(512, "m", seed=3)
    assert [again.next() for _ in range(50)] == bodies
    repeated = PromptSet(64, "m", distinct=False, repeat=4)
    assert len({repeated.next() for _ in range(40)}) == 4


def test_percentile() -> None:
    values = [float(i) for i in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([], 50) == 0.0


def test_plain_envoy_bootstrap_drops_only_ext_proc() -> None:
    from bench.procs import drop_filter
    from extproc.config import DEFAULT_CONFIG_PATH, load_config
    from extproc.envoy_config import EXT_PROC_FILTER, bootstrap

    data = bootstrap(load_config(DEFAULT_CONFIG_PATH))
    assert drop_filter(data, EXT_PROC_FILTER) == 1
    text = orjson.dumps(data)
    assert EXT_PROC_FILTER.encode() not in text
    assert b"envoy.filters.http.router" in text


def test_profile_summary() -> None:
    from bench.profiling import summarize

    raw = (
        "run (extproc/cli.py:10);Handle._run (asyncio/events.py:84) 6\n"
        "run (extproc/cli.py:10);check (extproc/signals/evaluator.py:5) 3\n"
        "_bootstrap (threading.py:1);poll (libc.so.6) 5\n"
        "not a stack line\n"
    )
    prof = summarize(raw)
    assert prof["samples"] == 9
    assert prof["idle_samples_dropped"] == 5
    assert prof["self"][0]["name"] == "Handle._run (asyncio/events.py)"
    buckets = {b["name"]: b["pct"] for b in prof["buckets"]}
    assert buckets["signals (keyword/regex/header)"] == round(100 * 3 / 9, 1)
