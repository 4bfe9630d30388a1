"""The kombu Redis transport fix: a released connection is a connection error, not a crash."""

from __future__ import annotations

import pytest
import redis
from kombu import Connection

from akhbar.transport import Channel, Transport


def test_released_connection_raises_a_connection_error_celery_ignores() -> None:
    conn = Connection("redis://127.0.0.1:1/0", transport=Transport)
    transport = conn.transport
    channel = Channel.__new__(Channel)  # no server needed: only _connparams is exercised
    channel.connection = transport
    transport.client = None
    with pytest.raises(redis.ConnectionError):
        channel._connparams()
    assert redis.ConnectionError in Transport.connection_errors


def test_connparams_unchanged_while_connected() -> None:
    conn = Connection("redis://:secret@127.0.0.1:6390/3", transport=Transport)
    channel = Channel.__new__(Channel)
    channel.connection = conn.transport
    channel.max_connections = 10
    channel.socket_timeout = None
    channel.socket_connect_timeout = None
    channel.socket_keepalive = None
    channel.socket_keepalive_options = None
    channel.health_check_interval = 25
    channel.retry_on_timeout = None
    channel.client_name = None
    channel.credential_provider = None
    params = channel._connparams()
    assert (params["host"], params["port"], params["db"], params["password"]) == (
        "127.0.0.1",
        6390,
        3,
        "secret",
    )
