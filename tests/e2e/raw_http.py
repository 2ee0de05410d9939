"""A raw HTTP/1.x exchange over a socket: the bytes go out exactly as written (no client-side
path normalisation, any method, any Content-Length), and the reply is read until it is
complete (by its Content-Length or final chunk), the server closes, or the deadline passes."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass, field

import orjson


@dataclass
class Reply:
    status: int
    """0 when nothing parseable came back."""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    timed_out: bool = False

    def error(self) -> dict:
        """The OpenAI error object; fails the test if the body is not that shape."""
        err = orjson.loads(self.body)["error"]
        assert isinstance(err["message"], str) and err["message"], self
        assert isinstance(err["type"], str) and err["type"], self
        assert "code" in err and "param" in err, self
        return err


def request(
    method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> bytes:
    """An HTTP/1.1 request that asks the server to close after answering."""
    h = {"host": "prism.test", "content-type": "application/json", "connection": "close"}
    h.update(headers or {})
    if body and "content-length" not in h:
        h["content-length"] = str(len(body))
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in h.items())
    return head.encode("latin-1") + b"\r\n" + body


def _dechunk(body: bytes) -> bytes:
    out, rest = b"", body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2 :]
    return out


def _complete(received: bytes) -> bool:
    head, sep, body = received.partition(b"\r\n\r\n")
    if not sep:
        return False
    fields = {}
    for line in head.decode("latin-1").split("\r\n")[1:]:
        k, _, v = line.partition(":")
        fields[k.strip().lower()] = v.strip()
    if "content-length" in fields and fields["content-length"].isdigit():
        return len(body) >= int(fields["content-length"])
    if fields.get("transfer-encoding", "").lower() == "chunked":
        return body.endswith(b"0\r\n\r\n")
    return False


def exchange(port: int, data: bytes, timeout: float = 15.0) -> Reply:
    deadline = time.monotonic() + timeout
    received = b""
    timed_out = False
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(data)
        except OSError:
            pass  # the server may answer and close before taking the whole body
        while True:
            sock.settimeout(max(deadline - time.monotonic(), 0.01))
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                timed_out = True
                break
            except OSError:
                break
            if not chunk:
                break
            received += chunk
            if _complete(received):
                break  # do not wait for the server's delayed close
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[1].isdigit():
        return Reply(0, body=received, timed_out=timed_out)
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _dechunk(body)
    return Reply(int(parts[1]), headers, body, timed_out)
