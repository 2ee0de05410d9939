"""A minimal HTTP/2 (cleartext, prior knowledge) client that keeps the server's answer even
when the server answers before the request body is complete and then resets the stream with
NO_ERROR, as RFC 9113 section 8.1 allows (Envoy does this for a body over its limit; httpx
and curl drop such answers)."""

from __future__ import annotations

import select
import socket
import time

import h2.config
import h2.connection
import h2.events
import h2.exceptions

from tests.e2e.raw_http import Reply


def post(port: int, path: str, body: bytes, timeout: float = 15.0) -> Reply:
    deadline = time.monotonic() + timeout
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    sid = conn.get_next_available_stream_id()
    conn.send_headers(
        sid,
        [
            (":method", "POST"),
            (":path", path),
            (":scheme", "http"),
            (":authority", "prism.test"),
            ("content-type", "application/json"),
            ("content-length", str(len(body))),
        ],
    )
    reply, sent, sending, done = Reply(0), 0, True, False
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(conn.data_to_send())
        while not done:
            left = deadline - time.monotonic()
            if left <= 0:
                reply.timed_out = True
                break
            if sending and sent < len(body):
                size = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size)
                size = min(size, len(body) - sent)
                if size > 0:
                    try:
                        conn.send_data(sid, body[sent : sent + size], sent + size == len(body))
                        sent += size
                    except h2.exceptions.StreamClosedError:
                        sending = False
                    sock.sendall(conn.data_to_send())
            wait = 0 if sending and sent < len(body) else left
            readable, _, _ = select.select([sock], [], [], wait)
            if not readable:
                continue
            data = sock.recv(65536)
            if not data:
                break
            for event in conn.receive_data(data):
                if isinstance(event, h2.events.ResponseReceived):
                    headers = {k.decode(): v.decode() for k, v in event.headers}
                    reply.status, reply.headers = int(headers[":status"]), headers
                elif isinstance(event, h2.events.DataReceived):
                    reply.body += event.data
                    conn.acknowledge_received_data(event.flow_controlled_length, sid)
                elif isinstance(event, h2.events.StreamEnded | h2.events.StreamReset):
                    done = done or event.stream_id == sid
                    sending = False
            sock.sendall(conn.data_to_send())
    return reply
