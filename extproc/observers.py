"""Response observers that need only the response stream (no other component)."""

from __future__ import annotations

import logging

from extproc import headers as hdr

log = logging.getLogger("prism.stream")
DONE = b"data: [DONE]"


class StreamWatcher:
    """Follows an SSE stream to tell a finished stream from a cut one."""

    def __init__(self, request_id: str, end: bytes = DONE) -> None:
        self.request_id = request_id
        self.end = end
        """What only a finished stream contains (the surface's last event)."""
        self.chunks = 0
        self.bytes = 0
        self.saw_done = False
        self._tail = b""

    def on_headers(self, status: int, headers: dict[str, str]) -> bool:
        return 200 <= status < 300 and headers.get(hdr.CONTENT_TYPE, "").startswith(
            "text/event-stream"
        )

    def on_body(self, chunk: bytes, end_of_stream: bool) -> None:
        self.chunks += 1
        self.bytes += len(chunk)
        window = self._tail + chunk
        if self.end in window:
            self.saw_done = True
        self._tail = window[-len(self.end) :]

    def on_finish(self, completed: bool) -> None:
        if not (completed and self.saw_done):
            log.warning(
                "stream ended early",
                extra={"request_id": self.request_id, "chunks": self.chunks, "bytes": self.bytes},
            )
