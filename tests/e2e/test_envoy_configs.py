"""Every Envoy config we ship or generate passes the real `envoy --mode validate`."""

from __future__ import annotations

import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from extproc.cli import main as prism
from extproc.config import DEFAULT_CONFIG_PATH, load_config, parse_config
from extproc.envoy_config import bootstrap, to_yaml
from extproc.stack import find_envoy, free_port, wait_http

ROOT = Path(__file__).resolve().parents[2]


def validate(path: Path) -> None:
    proc = subprocess.run(
        [find_envoy(), "--mode", "validate", "-c", str(path), "--disable-hot-restart"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def test_generated_bootstrap_validates(tmp_path: Path):
    path = tmp_path / "envoy.yaml"
    path.write_text(to_yaml(bootstrap(load_config(DEFAULT_CONFIG_PATH))))
    validate(path)


def test_uds_dns_and_tls_variants_validate(tmp_path: Path):
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    data["server"]["grpc_uds"] = "/tmp/prism-test.sock"
    data["pools"][0].update(
        address="vllm-general.llm.svc.cluster.local:8000", health_path="/health"
    )
    data["pools"][1].update(address="api.example.com:443", tls=True)
    path = tmp_path / "envoy.yaml"
    path.write_text(to_yaml(bootstrap(parse_config(data))))
    validate(path)


def test_invalid_config_is_rejected_by_envoy(tmp_path: Path):
    data = bootstrap(load_config(DEFAULT_CONFIG_PATH))
    data["static_resources"]["clusters"][0]["type"] = "NOT_A_TYPE"
    path = tmp_path / "bad.yaml"
    path.write_text(to_yaml(data))
    with pytest.raises(AssertionError):
        validate(path)


@pytest.mark.parametrize("name", ["envoy.yaml", "ext_proc_filter.yaml"])
def test_shipped_configs_are_current_and_valid(tmp_path: Path, name: str):
    shipped = ROOT / "envoy" / name
    out = tmp_path / name
    args = ["envoy-config", "--out", str(out)] + (["--snippet"] if "filter" in name else [])
    assert prism(args) == 0
    assert shipped.read_text() == out.read_text(), f"regenerate envoy/{name} (make envoy-config)"
    if name == "envoy.yaml":
        validate(shipped)
    else:
        snippet = yaml.safe_load(shipped.read_text())
        full = bootstrap(load_config(DEFAULT_CONFIG_PATH))
        hcm = full["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
        hcm["typed_config"]["http_filters"][:-1] = snippet["http_filters"]  # all but the router
        hcm["typed_config"].update(snippet["http_connection_manager"])
        full["static_resources"]["clusters"][0] = snippet["clusters"][0]
        path = tmp_path / "with-snippet.yaml"
        path.write_text(to_yaml(full))
        validate(path)


def test_tcp_dns_target_and_ready_listener_validate(tmp_path: Path):
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    data["envoy"].update(extproc_target="prism.llm.svc.cluster.local:50051", ready_port=9902)
    data["envoy"]["failure_mode_allow"] = True
    config = parse_config(data)
    full = bootstrap(config)
    extproc = full["static_resources"]["clusters"][0]
    assert extproc["type"] == "STRICT_DNS"
    hcm = full["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]
    assert hcm["typed_config"]["http_filters"][1]["typed_config"]["failure_mode_allow"] is True
    ready = full["static_resources"]["listeners"][1]
    assert ready["address"]["socket_address"] == {"address": "0.0.0.0", "port_value": 9902}
    path = tmp_path / "envoy.yaml"
    path.write_text(to_yaml(full))
    validate(path)


def test_fail_closed_is_the_default():
    """Proto3 JSON omits false: the typed message must still say fail closed."""
    ext_proc = bootstrap(load_config(DEFAULT_CONFIG_PATH))["static_resources"]["listeners"][0]
    hcm = ext_proc["filter_chains"][0]["filters"][0]["typed_config"]
    typed = hcm["http_filters"][1]["typed_config"]
    assert typed["@type"].endswith("ext_proc.v3.ExternalProcessor")
    assert typed.get("failure_mode_allow", False) is False
    assert typed["processing_mode"]["request_body_mode"] == "BUFFERED"


def test_ready_listener_serves_only_ready_and_stats(tmp_path: Path):
    """The 0.0.0.0 probe listener proxies GET /ready and /stats/prometheus to the loopback
    admin, and nothing else (no /quitquitquit, no /config_dump)."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    ready_port, admin_port = free_port(), free_port()
    data["envoy"].update(listener_port=free_port(), admin_port=admin_port, ready_port=ready_port)
    path = tmp_path / "envoy.yaml"
    path.write_text(to_yaml(bootstrap(parse_config(data))))
    args = [find_envoy(), "-c", str(path), "--disable-hot-restart", "--log-level", "warn"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{ready_port}"
        wait_http(base + "/ready", proc=proc)
        with urllib.request.urlopen(base + "/stats/prometheus", timeout=5) as resp:
            assert b"envoy_server_live" in resp.read()
        for bad in ("/config_dump", "/quitquitquit", "/ready/x"):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(urllib.request.Request(base + bad, method="POST"), timeout=5)
            assert err.value.code == 404
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(10)


def _ext_proc(config_data: dict) -> dict:
    listener = bootstrap(parse_config(config_data))["static_resources"]["listeners"][0]
    hcm = listener["filter_chains"][0]["filters"][0]["typed_config"]
    return hcm["http_filters"][1]["typed_config"]


def test_the_message_timer_may_be_extended_only_as_configured():
    """Prism extends one message's timer for a long scan (extproc/message_timer.py): Envoy
    must allow it (max_message_timeout), and only when the operator leaves it on."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    assert _ext_proc(data)["max_message_timeout"] == "8s"
    data["envoy"] = {"max_message_timeout_ms": 0}
    assert "max_message_timeout" not in _ext_proc(data)
    data["envoy"] = {"max_message_timeout_ms": 900}  # not above message_timeout_ms: off
    assert "max_message_timeout" not in _ext_proc(data)
    data["envoy"] = {"max_message_timeout_ms": 12000}  # past the request's own timeout
    assert _ext_proc(data)["max_message_timeout"] == "9.500s"
    data["envoy"] = {"max_message_timeout_ms": 8000, "request_timeout_s": 1.2}
    assert "max_message_timeout" not in _ext_proc(data)
