"""bench.ext_proc_direct plays Envoy on real gRPC streams: what it reads back is Prism's answer."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc

from bench.ext_proc_direct import GpuUtil, chat, send, summary, write_config
from extproc.config import DEFAULT_CONFIG_PATH, load_config
from extproc.pipeline import Pipeline, make_services
from tests.unit.ext_proc_client import served
from tests.unit.policy_helpers import benign_classify

CONFIG = load_config(DEFAULT_CONFIG_PATH)


@pytest.fixture
async def stub() -> AsyncIterator[ext_proc_grpc.ExternalProcessorStub]:
    async with served(Pipeline(CONFIG, make_services(benign_classify)), CONFIG.server) as s:
        yield s


async def test_send_reads_a_pass_and_an_immediate_answer(stub) -> None:
    ms, kind, wait = await send(stub, chat([{"role": "user", "content": "What is a monad?"}]))
    assert (kind, wait) == ("pass", 0.0) and ms > 0
    body = json.dumps({"model": "gpt-17", "messages": [{"role": "user", "content": "hi"}]})
    _, kind, _ = await send(stub, body.encode())
    assert kind == "404"


def test_config_names_the_providers_and_the_checkout_models(tmp_path) -> None:
    path, port = write_config(tmp_path, ["CUDAExecutionProvider", "CPUExecutionProvider"])
    config = load_config(path)
    assert config.server.grpc_port == port
    assert config.classifiers.providers == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    assert (Path(config.classifiers.models_dir) / "manifest.json").is_file()


def test_summary_counts_answers_and_cpu_per_request() -> None:
    util = GpuUtil()
    util.mean = None
    got = summary([3.0, 1.0, 2.0, 10.0], ["pass x1"] * 3 + ["403 x1"], 0.02, util)
    assert got["p50_ms"] == 2.5 and got["p99_ms"] == 10.0
    assert got["answers"] == {"403 x1": 1, "pass x1": 3}
    assert got["prism_cpu_ms_per_request"] == 5.0
