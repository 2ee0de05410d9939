"""Envoy's per-message timer, and the one extension Envoy grants while Prism works on it.

Envoy waits ``envoy.message_timeout_ms`` for Prism's answer to each message. With
``envoy.max_message_timeout_ms`` set (Envoy's ``max_message_timeout``), Prism may send one
``override_message_timeout`` per message, restarting that timer with a longer value (Envoy
ignores a second one, or one above the maximum). Prism uses it for a request whose
security checks must read more text than fits in the deadline (an agent conversation seen
for the first time): rather than refuse it and let the client retry until the memo holds
every message, it tells Envoy to wait and reads it in one go
(``extproc/signals/long_scan.py``).

The servicer sets :data:`CURRENT` for the request body it is answering; code below it asks
:meth:`MessageTimer.extend`, which hands the override to the servicer to send at once.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from envoy.service.ext_proc.v3.external_processor_pb2 import ProcessingResponse
from google.protobuf.duration_pb2 import Duration


@dataclass
class MessageTimer:
    max_s: float
    """Envoy's ``max_message_timeout`` (0: Envoy accepts no override)."""
    send: Callable[[ProcessingResponse], None]
    granted_s: float = 0.0

    def extend(self, seconds: float) -> float:
        """Ask Envoy to wait ``seconds`` from now (at most ``max_s``); the seconds granted,
        0.0 when none can be (no maximum, or this message's one override already spent)."""
        if self.granted_s or self.max_s <= 0 or seconds <= 0:
            return 0.0
        granted = min(seconds, self.max_s)
        self.granted_s = granted
        self.send(override(granted))
        return granted


def override(seconds: float) -> ProcessingResponse:
    ms = max(1, int(seconds * 1000))
    timeout = Duration(seconds=ms // 1000, nanos=(ms % 1000) * 1_000_000)
    return ProcessingResponse(override_message_timeout=timeout)


CURRENT: ContextVar[MessageTimer | None] = ContextVar("prism_message_timer", default=None)
"""The timer of the request body being answered, while the servicer answers it."""
