"""The processes under test: the Prism stack, an Envoy without ext_proc, a LiteLLM proxy.

Everything runs on free loopback ports in a throw-away work directory; every process is
started here and stopped by its own pid.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from extproc.config import DEFAULT_CONFIG_PATH, PrismConfig, load_config
from extproc.envoy_config import EXT_PROC_FILTER, bootstrap, to_yaml
from extproc.stack import Stack, find_envoy, free_port, wait_http

ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / ".venv-bench"
LITELLM_KEY = "sk-prism-bench-" + secrets.token_hex(16)


def bench_config(workdir: Path, classifiers: dict[str, Any] | None = None) -> Path:
    """The default (demo) config on free ports, with the semantic cache on every decision
    that forwards to a model, so (c) runs the cache lookup+store path and (d) can hit.
    ``classifiers`` overrides settings of the ``classifiers`` section (an A/B run)."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text())
    if classifiers:
        data.setdefault("classifiers", {}).update(classifiers)
    for pool in data["pools"]:
        pool["address"] = f"127.0.0.1:{free_port()}"
    data["server"].update({"grpc_port": free_port(), "admin_port": free_port()})
    data["server"]["reload_interval_s"] = 0.0
    data["envoy"] = {"listener_port": free_port(), "admin_port": free_port()}
    data["cache"] = {"backend": "memory"}
    for decision in data["decisions"]:
        if "block" not in decision.get("plugins", {}):
            decision.setdefault("plugins", {})["semantic_cache"] = {}
    path = workdir / "prism.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def drop_filter(node: Any, name: str) -> int:
    """Remove every ``{"name": name, ...}`` item from lists inside ``node``; count removed."""
    removed = 0
    if isinstance(node, dict):
        for value in node.values():
            removed += drop_filter(value, name)
    elif isinstance(node, list):
        keep = [x for x in node if not (isinstance(x, dict) and x.get("name") == name)]
        removed += len(node) - len(keep)
        node[:] = keep
        for x in node:
            removed += drop_filter(x, name)
    return removed


def rss_kib(pids: list[int]) -> dict[str, int]:
    """Summed VmRSS and VmHWM (peak) of processes from /proc, in KiB."""
    out = {"VmRSS": 0, "VmHWM": 0}
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in out:
                    out[key] += int(value.split()[0])
        except OSError:
            pass
    return out


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (scans /proc once)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
        except (OSError, IndexError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def find_tool(name: str) -> str | None:
    """A console script from the project venv, the bench venv, or PATH."""
    for d in (Path(sys.executable).parent, BENCH_VENV / "bin"):
        if (d / name).exists():
            return str(d / name)
    return shutil.which(name)


def stop_proc(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class Procs:
    """All processes of one benchmark run."""

    workdir: Path
    config: PrismConfig = field(init=False)
    stack: Stack = field(init=False)
    plain_envoy_port: int = 0
    litellm_port: int = 0
    litellm_error: str = ""
    extra: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    classifiers: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        path = bench_config(self.workdir, self.classifiers)
        self.config = load_config(path)
        self.stack = Stack(self.config, path, workdir=self.workdir)

    @property
    def pool_port(self) -> int:
        return self.config.pool(self.config.pools[0].name).host_port[1]

    @property
    def envoy_port(self) -> int:
        return self.config.envoy.listener_port

    @property
    def prism_pid(self) -> int:
        return self.stack.procs["prism"].pid

    def pids(self) -> dict[str, int]:
        out = {name: p.pid for name, p in self.stack.procs.items()}
        out.update({name: p.pid for name, p in self.extra.items()})
        return out

    def _spawn(self, name: str, args: list[str], env: dict[str, str] | None = None) -> None:
        with open(self.workdir / f"{name}.log", "wb") as log:  # the child keeps its own fd
            self.extra[name] = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )

    def start(self, litellm: bool = True) -> None:
        self.stack.start()
        self.start_plain_envoy()
        if litellm:
            try:
                self.start_litellm()
            except (RuntimeError, TimeoutError) as exc:
                self.litellm_error = str(exc)
                if "litellm" in self.extra:
                    stop_proc(self.extra.pop("litellm"))

    def start_plain_envoy(self) -> None:
        """Scenario (b): the same Envoy bootstrap minus the ext_proc HTTP filter."""
        envoy = self.config.envoy.model_copy(
            update={"listener_port": free_port(), "admin_port": free_port()}
        )
        data = bootstrap(self.config.model_copy(update={"envoy": envoy}))
        if drop_filter(data, EXT_PROC_FILTER) != 1:
            raise RuntimeError("expected exactly one ext_proc filter in the bootstrap")
        path = self.workdir / "envoy-plain.yaml"
        path.write_text(to_yaml(data))
        args = [find_envoy(), "-c", str(path), "--log-level", "warn", "--concurrency", "2"]
        self._spawn("envoy-plain", [*args, "--disable-hot-restart", "--base-id", "7"])
        wait_http(f"http://127.0.0.1:{envoy.admin_port}/ready", proc=self.extra["envoy-plain"])
        self.plain_envoy_port = envoy.listener_port

    def start_litellm(self) -> None:
        """Scenario (e): LiteLLM's proxy with one model pointing at the same demo pool."""
        exe = find_tool("litellm")
        if exe is None:
            raise RuntimeError(
                "litellm not installed (pip install -e '.[bench]' or python -m bench --setup)"
            )
        port = free_port()
        cfg = {
            "model_list": [
                {
                    "model_name": "qwen3-8b",
                    "litellm_params": {
                        "model": "openai/qwen3-8b",
                        "api_base": f"http://127.0.0.1:{self.pool_port}/v1",
                        "api_key": "bench",
                    },
                }
            ],
            "litellm_settings": {"drop_params": True, "telemetry": False},
            # LiteLLM refuses to start without a master key; clients send it as a Bearer token.
            "general_settings": {"master_key": LITELLM_KEY},
        }
        path = self.workdir / "litellm.yaml"
        path.write_text(yaml.safe_dump(cfg))
        env = {
            **os.environ,
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # no network fetch of the price list
            "LITELLM_LOG": "ERROR",
            "LITELLM_TELEMETRY": "False",
            "DISABLE_SCHEMA_UPDATE": "True",
        }
        args = [exe, "--config", str(path), "--host", "127.0.0.1", "--port", str(port)]
        self._spawn("litellm", [*args, "--num_workers", "1"], env)
        try:
            wait_http(
                f"http://127.0.0.1:{port}/health/liveliness",
                timeout=180,
                proc=self.extra["litellm"],
            )
        except (RuntimeError, TimeoutError) as exc:
            tail = (self.workdir / "litellm.log").read_text(errors="replace")[-1500:]
            raise RuntimeError(f"LiteLLM proxy did not start: {exc}\n{tail}") from None
        self.litellm_port = port

    def stop(self) -> None:
        for name in list(self.extra):
            stop_proc(self.extra.pop(name))
        self.stack.stop()
