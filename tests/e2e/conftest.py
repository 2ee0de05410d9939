"""Spawn the real stack (demo pools, Prism, Envoy) on free loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
import yaml

from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.stack import Stack, free_port

TOP_LEVEL = {
    "telemetry",
    "cache",
    "classifiers",
    "signals",
    "decisions",
    "models",
    "limits",
    "session_affinity",
    "usage",
}

# A benign ~100-token prompt (budget and context-window tests); the classifier reads it as
# harmless, unlike repetitive filler.
MEETING_NOTES = (
    "Please summarise these meeting notes. The team reviewed the quarterly budget and "
    "agreed to move the product launch to March. Marketing will prepare a new campaign "
    "for the spring season, and engineering will finish the billing migration first. "
    "Sales reported steady growth in the northern region but slower orders in the south. "
    "The next review is planned for the second week of February."
)


def stack_config(tmp: Path, warmup_peak: bool = False, **server: Any) -> Path:
    """The demo config on free ports; keyword arguments go to `server`, or top-level
    sections (telemetry, cache, classifiers, signals, decisions, models), or `envoy=` (merged
    into the envoy section).

    The classifier's warm-up runs every path, but not its largest run in every worker
    (`classifiers.warmup_peak`, ~10 s a start on 2 cores, which sizes the memory arena and
    changes no answer) unless `warmup_peak=True`: the lifecycle tests, the Helm pod and the
    wheel start as shipped."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    # Tests count pool requests, so the cache is off unless a test turns it on.
    data["cache"] = {"backend": "none"}
    for key in TOP_LEVEL & set(server):
        data[key] = server.pop(key)
    data.setdefault("classifiers", {}).setdefault("warmup_peak", warmup_peak)
    envoy = server.pop("envoy", {})
    for pool in data["pools"]:
        pool["address"] = f"127.0.0.1:{free_port()}"
    data["server"].update(
        {
            "grpc_port": free_port(),
            "admin_port": free_port(),
            "max_body_bytes": 256 * 1024,
            "drain_grace_s": 10.0,
            # Teardown need not wait; test_lifecycle checks the default delay on its own stack.
            "drain_delay_s": 0.0,
            **server,
        }
    )
    data["envoy"] = {"listener_port": free_port(), "admin_port": free_port(), **envoy}
    path = tmp / "prism.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def start_logged(stack: Stack) -> Stack:
    """Start the stack; if it fails, print the tail of every process's log first."""
    try:
        stack.start()
    except Exception:
        for log in sorted(stack.workdir.glob("*.log")):
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}")
        raise
    return stack


@pytest.fixture(scope="module")
def make_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Stack]]:
    started: list[Stack] = []

    def make(**server: Any) -> Stack:
        path = stack_config(tmp_path_factory.mktemp("stack"), **server)
        stack = Stack(load_config(path), path)
        started.append(stack)
        return start_logged(stack)

    yield make
    for stack in started:
        stack.stop()


@pytest.fixture(scope="module")
def stack(make_stack: Callable[..., Stack]) -> Stack:
    return make_stack()


def base_url(stack: Stack) -> str:
    return f"http://127.0.0.1:{stack.config.envoy.listener_port}"


@pytest.fixture(scope="module")
def client(stack: Stack) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=base_url(stack) + "/v1", api_key="test", max_retries=0, timeout=30
    )


def pool_url(stack: Stack, name: str) -> str:
    host, port = stack.config.pool(name).host_port
    return f"http://{host}:{port}"
