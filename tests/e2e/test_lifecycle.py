"""Process lifecycle through the real Envoy: SIGTERM drain, Unix domain socket, health."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import grpc
import httpx
import openai
from grpc_health.v1 import health_pb2, health_pb2_grpc

from extproc.config import ServerSettings
from extproc.stack import Stack
from tests.e2e.conftest import base_url

MSG = [{"role": "user", "content": "a long streamed answer please"}]


def test_sigterm_drains_in_flight_stream(make_stack: Callable[..., Stack]):
    stack = make_stack(warmup_peak=True)
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    admin = f"http://127.0.0.1:{stack.config.server.admin_port}"
    assert httpx.get(admin + "/readyz").status_code == 200
    received: list[str] = []
    with client.chat.completions.create(
        model="auto", messages=MSG, stream=True, extra_headers={"x-demo-delay-ms": "250"}
    ) as stream:
        it = iter(stream)
        first = next(it)  # the stream is in flight
        received.append(first.choices[0].delta.content or "")
        prism = stack.procs["prism"]
        prism.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        assert prism.poll() is None, "Prism exited while a stream was in flight"
        assert httpx.get(admin + "/readyz").status_code == 503
        for chunk in it:
            if chunk.choices:
                received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "Demo answer from pool general to: " + MSG[0]["content"]
    assert prism.wait(timeout=15) == 0


def test_unix_domain_socket_transport(make_stack: Callable[..., Stack], tmp_path):
    sock = str(tmp_path / "prism.sock")
    stack = make_stack(warmup_peak=True, grpc_port=0, grpc_uds=sock)
    client = openai.OpenAI(base_url=base_url(stack) + "/v1", api_key="x", max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="deepseek-r1", messages=MSG)
    assert raw.headers["x-demo-pool"] == "reasoning"
    assert raw.headers["x-prism-decision"] == "explicit"


def test_grpc_health_and_admin_probes(stack: Stack):
    s = stack.config.server
    with grpc.insecure_channel(f"127.0.0.1:{s.grpc_port}") as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for service in ("", "envoy.service.ext_proc.v3.ExternalProcessor"):
            resp = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
            assert resp.status == health_pb2.HealthCheckResponse.SERVING
    admin = f"http://127.0.0.1:{s.admin_port}"
    assert httpx.get(admin + "/healthz").json() == {"status": "ok"}
    assert httpx.get(admin + "/readyz").json()["status"] == "ready"


def test_concurrent_requests_all_succeed(stack: Stack, client: openai.OpenAI):
    errors: list[BaseException] = []

    def one(i: int) -> None:
        try:
            model = "auto" if i % 2 else "deepseek-r1"
            out = client.chat.completions.create(model=model, messages=MSG, stream=bool(i % 3))
            if i % 3:
                list(out)  # type: ignore[arg-type]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


CHAT_BODY = {"model": "auto", "messages": MSG}


def assert_router_unavailable(resp: httpx.Response) -> None:
    assert resp.status_code == 503, resp.text
    assert resp.headers["retry-after"] == "1"
    err = resp.json()["error"]
    assert err["code"] == "router_unavailable" and err["type"] == "server_error"


def test_stalled_or_killed_prism_gives_503_with_retry_after(make_stack: Callable[..., Stack]):
    stack = make_stack(warmup_peak=True)
    url = base_url(stack) + "/v1/chat/completions"
    prism = stack.procs["prism"]
    assert httpx.post(url, json=CHAT_BODY, timeout=15).status_code == 200
    prism.send_signal(signal.SIGSTOP)  # stalled: Envoy's message timeout (1 s) fires
    try:
        assert_router_unavailable(httpx.post(url, json=CHAT_BODY, timeout=15))
    finally:
        prism.send_signal(signal.SIGCONT)
    prism.kill()
    prism.wait(timeout=15)
    assert_router_unavailable(httpx.post(url, json=CHAT_BODY, timeout=15))
    models = httpx.get(base_url(stack) + "/v1/models", timeout=15)
    assert_router_unavailable(models)
    # An Anthropic Messages client gets Anthropic's error shape from Envoy too.
    anthropic = httpx.post(base_url(stack) + "/v1/messages", json=CHAT_BODY, timeout=15)
    assert anthropic.status_code == 503 and anthropic.headers["retry-after"] == "1"
    assert anthropic.json()["type"] == "error"
    assert anthropic.json()["error"]["type"] == "api_error"
    assert "router_unavailable" in anthropic.json()["error"]["message"]


def test_sigterm_keeps_serving_new_requests_through_the_default_drain_delay(
    make_stack: Callable[..., Stack],
):
    """Readiness turns first; new requests keep being served for the default drain delay
    (no chart needed); after it, clients get 503 + retry-after, never a bare 500."""
    default_delay = ServerSettings().drain_delay_s
    assert default_delay > 0
    stack = make_stack(warmup_peak=True, drain_delay_s=default_delay)
    url = base_url(stack) + "/v1/chat/completions"
    admin = f"http://127.0.0.1:{stack.config.server.admin_port}"
    prism = stack.procs["prism"]
    prism.send_signal(signal.SIGTERM)
    for _ in range(200):
        if httpx.get(admin + "/readyz", timeout=5).status_code == 503:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("/readyz did not turn 503 after SIGTERM")
    statuses: list[int] = []
    while prism.poll() is None and len(statuses) < 2000:
        resp = httpx.post(url, json=CHAT_BODY, timeout=15)
        statuses.append(resp.status_code)
        if resp.status_code != 200:
            assert_router_unavailable(resp)
    assert statuses and statuses[0] == 200, statuses[:5]
    assert prism.wait(timeout=15) == 0
    assert_router_unavailable(httpx.post(url, json=CHAT_BODY, timeout=15))
