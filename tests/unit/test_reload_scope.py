"""Hot reload applies what the pipeline reads per request and reports the rest as
"restart required", serving the running values for those keys."""

from __future__ import annotations

from pathlib import Path

import yaml

from extproc.config import PrismConfig, load_config
from extproc.reload import ConfigWatcher
from extproc.reload_scope import ENVOY_ROUTES, effective, restart_required
from tests.unit.policy_helpers import base_config, config_with


def test_hot_keys_need_no_restart():
    running = config_with()
    new = config_with(
        default_model="deepseek-r1",
        cache={"similarity_threshold": 0.97, "ttl_s": 60, "tenant_header": "x-org"},
        signals={"keyword": [{"name": "k", "patterns": ["x"]}]},
        decisions=[],
    )
    assert restart_required(running, new) == []
    served = effective(running, new)
    assert served.cache.similarity_threshold == 0.97 and served.default_model == "deepseek-r1"


def test_restart_only_keys_are_reported_and_keep_running_values():
    running = config_with()
    data = base_config()
    data["server"] = {**data["server"], "max_body_bytes": 4096, "log_level": "DEBUG"}
    data["telemetry"] = {"enabled": True, "endpoint": "http://127.0.0.1:4317"}
    data["classifiers"] = {"max_batch_size": 4}
    data["bandit"] = {"sync_interval_s": 2.0}
    data["cache"] = {"backend": "redis", "similarity_threshold": 0.9}
    data["envoy"] = {"listener_port": 9999}
    data["pools"][0]["address"] = "127.0.0.1:9001"
    new = PrismConfig.model_validate(data)
    keys = restart_required(running, new)
    assert set(keys) == {
        "server.max_body_bytes",
        "server.log_level",
        "telemetry.enabled",
        "telemetry.endpoint",
        "classifiers.max_batch_size",
        "bandit.sync_interval_s",
        "cache.backend",
        "envoy.listener_port",
        ENVOY_ROUTES,
    }
    served = effective(running, new)
    assert served.server == running.server and served.telemetry == running.telemetry
    assert served.classifiers == running.classifiers and served.bandit == running.bandit
    assert served.envoy == running.envoy
    assert served.cache.backend == running.cache.backend  # the running backend is kept
    assert served.cache.similarity_threshold == 0.9  # a hot key in the same section applies


async def test_watcher_reports_restart_required_then_clears_it(tmp_path: Path):
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(base_config()))
    applied: list[PrismConfig] = []
    pending: list[list[str]] = []
    watcher = ConfigWatcher(path, applied.append, load_config(path), on_pending=pending.append)
    changed = base_config(default_model="deepseek-r1")
    changed["server"] = {**changed["server"], "max_json_depth": 8}
    path.write_text(yaml.safe_dump(changed))
    assert await watcher.check() is True
    assert applied[-1].default_model == "deepseek-r1"  # the hot part applied
    assert applied[-1].server.max_json_depth == 64  # the running value is served
    assert watcher.status()["restart_required"] == ["server.max_json_depth"]
    assert pending == [["server.max_json_depth"]]
    path.write_text(yaml.safe_dump(base_config(default_model="deepseek-r1")))  # reverted
    assert await watcher.check() is True
    assert watcher.status()["restart_required"] == [] and pending[-1] == []
