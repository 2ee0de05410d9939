"""extproc/stack.py: ports for local stacks and tests come from below the ephemeral range,
are free when handed out, and are never handed out twice in one process."""

from __future__ import annotations

import socket

from extproc.stack import free_port


def test_ports_are_distinct_bindable_and_outside_the_ephemeral_range() -> None:
    ports = [free_port() for _ in range(50)]
    assert len(set(ports)) == 50
    assert all(20000 <= p < 32000 for p in ports)
    with socket.socket() as s:
        s.bind(("127.0.0.1", ports[-1]))


def test_a_port_in_use_is_skipped() -> None:
    from extproc import stack

    start = free_port() + 1  # the next port in line, held by another process
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", start))
        busy.listen()
        stack._next[0] = start
        got = free_port()
    assert got != start and 20000 <= got < 32000
