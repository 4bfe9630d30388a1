"""kombu's Redis transport with one fix: a worker that loses Redis must not die.

kombu 5.7.0: when the connection drops, closing the channel tries to restore unacknowledged
messages through a client built from ``self.connection.client``, which is already ``None``; the
resulting ``AttributeError`` is not a connection error, so Celery treats it as unrecoverable and
the worker exits. Here that case raises ``redis.ConnectionError`` instead, which Celery ignores
while it reconnects. The messages stay in Redis's unacked index and come back after the
visibility timeout, as with any lost connection. ``SentinelTransport`` carries the same fix for
``sentinel://`` URLs.
"""

from __future__ import annotations

from typing import Any

import redis
from kombu.transport import redis as kombu_redis


class _ReleasedIsConnectionError:
    def _connparams(self, asynchronous: bool = False) -> dict[str, Any]:
        if self.connection.client is None:  # type: ignore[attr-defined]
            raise redis.ConnectionError("connection already released; messages restore later")
        params: dict[str, Any] = super()._connparams(asynchronous)  # type: ignore[misc]
        return params


class Channel(_ReleasedIsConnectionError, kombu_redis.Channel):
    pass


class SentinelChannel(_ReleasedIsConnectionError, kombu_redis.SentinelChannel):
    pass


class Transport(kombu_redis.Transport):
    Channel = Channel


class SentinelTransport(kombu_redis.SentinelTransport):
    Channel = SentinelChannel
