"""Hot reload: watch the config file (ConfigMap symlink swaps included), validate, swap."""

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
    ) -> None:
        self.on_result = on_result
        self.path = path
        self.apply = apply
        self.current = current
        self.interval_s = interval_s
        self.generation = 1
        self.ok = 0
        self.failed = 0
        self.last_error = ""
        self.last_reload = time.time()
        self._digest = self._read_digest()
        self._periodic = Periodic(interval_s, self.check, "config-watcher")

    def _read_digest(self) -> str:
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError:
            return ""

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
            await loop.run_in_executor(None, self.apply, config)
        except ConfigError as exc:
            self._failed(str(exc))
            return False
        except Exception as exc:  # a config that validates but cannot be built
            self._failed(f"{type(exc).__name__}: {exc}")
            return False
        if _routes_changed(self.current, config):
            log.warning("pools or models changed: regenerate Envoy's config and restart Envoy")
        self.current = config
        self.generation += 1
        self.ok += 1
        self.last_error = ""
        self.last_reload = time.time()
        if self.on_result is not None:
            self.on_result(True)
        log.info("config reloaded", extra={"generation": self.generation})
        return True

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
        }


def _routes_changed(old: PrismConfig, new: PrismConfig) -> bool:
    return old.pools != new.pools or [(m.name, m.pool) for m in old.models] != [
        (m.name, m.pool) for m in new.models
    ]
