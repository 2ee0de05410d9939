"""Hot reload: watch the config file (ConfigMap symlink swaps included), validate, swap.

The files the config names (``signals.operator_exemplars.file``) are watched with it: a
change to one of them rebuilds the pipeline from the same config, which re-reads it.

Keys that only a restart applies (extproc/reload_scope.py) keep their running values; a
reload that changes them says so in the log, in `/readyz` (`config.restart_required`) and in
the `prism_config_restart_required` gauge."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extproc.config import ConfigError, PrismConfig, load_config
from extproc.periodic import Periodic
from extproc.reload_scope import effective, restart_required

log = logging.getLogger("prism.reload")


class ConfigWatcher:
    """Polls the file's content (through any symlinks) and applies a valid new config.

    Polling the resolved content, not inotify on the file, sees Kubernetes' atomic
    `..data` symlink swap in a mounted ConfigMap directory as well as in-place edits.
    """

    def __init__(
        self,
        path: Path,
        apply: Callable[[PrismConfig], None],
        current: PrismConfig,
        interval_s: float = 1.0,
        on_result: Callable[[bool], None] | None = None,
        on_pending: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.on_result = on_result
        self.on_pending = on_pending
        self.running = current  # what the process was started with
        self.restart_pending: list[str] = []
        self.path = path
        self.apply = apply
        self.current = current
        self.interval_s = interval_s
        self.generation = 1
        self.ok = 0
        self.failed = 0
        self.last_error = ""
        self.last_reload = time.time()
        self._attempted: PrismConfig | None = None
        self._digest = self._read_digest()
        self._periodic = Periodic(interval_s, self.check, "config-watcher")

    def watched(self) -> list[Path]:
        """The config file, then the files the current config names (and those of a newer
        config that failed to build, so that creating its missing file retries it)."""
        paths = [self.path]
        for config in (self.current, self._attempted):
            ops = config.signals.operator_exemplars if config is not None else None
            if ops is not None and Path(ops.file) not in paths:
                paths.append(Path(ops.file))
        return paths

    def _read_digest(self) -> str:
        digest = hashlib.sha256()
        for i, path in enumerate(self.watched()):
            try:
                digest.update(path.read_bytes())
            except OSError:
                if i == 0:
                    return ""
                digest.update(b"\x00missing")  # a reload then fails and says why
            digest.update(b"\x00")
        return digest.hexdigest()

    def start(self) -> None:
        self._periodic.start()

    async def stop(self) -> None:
        await self._periodic.stop()

    async def check(self) -> bool:
        """Reload if the content changed; True when a new config was applied."""
        digest = self._read_digest()
        if not digest or digest == self._digest:
            return False
        self._digest = digest
        loop = asyncio.get_running_loop()
        try:
            config = await loop.run_in_executor(None, load_config, self.path)
        except ConfigError as exc:
            self._failed(str(exc))
            return False
        try:
            pending = restart_required(self.running, config)
            config = effective(self.running, config)
            await loop.run_in_executor(None, self.apply, config)
        except Exception as exc:  # a config that validates but cannot be built
            self._failed(f"{type(exc).__name__}: {exc}")
            self._watch(self.current, config)
            return False
        self._watch(config, None)
        self.restart_pending = pending
        if self.on_pending is not None:
            self.on_pending(pending)
        if pending:
            log.warning(
                "config reloaded; these changes need a restart and are not applied: %s",
                ", ".join(pending),
                extra={"restart_required": pending},
            )
        self.generation += 1
        self.ok += 1
        self.last_error = ""
        self.last_reload = time.time()
        if self.on_result is not None:
            self.on_result(True)
        log.info("config reloaded", extra={"generation": self.generation})
        return True

    def _watch(self, current: PrismConfig, attempted: PrismConfig | None) -> None:
        """Watch the files these configs name; a changed set takes a new digest (else the
        one taken before loading stays, so a change made meanwhile is still seen)."""
        before = self.watched()
        self.current, self._attempted = current, attempted
        if self.watched() != before:
            self._digest = self._read_digest()

    def _failed(self, error: str) -> None:
        self.failed += 1
        self.last_error = error
        if self.on_result is not None:
            self.on_result(False)
        log.error("config reload failed; keeping the last good config", extra={"error": error})

    def status(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "reloads_ok": self.ok,
            "reloads_failed": self.failed,
            "last_error": self.last_error,
            "restart_required": self.restart_pending,
        }
