"""Read results downstream with a consumer group: validated ``EnrichedArticle`` objects, acked
once you are done with them.

    with consume(client, "search-indexer", "indexer-1") as results:
        for article in results:
            index(article)          # acked when the loop asks for the next one

Acknowledgement semantics (at-least-once):

- The article in hand is XACKed when you request the next one, so it is acked only after your
  loop body finished with it.
- Leaving a ``with`` block normally (including ``break``) or calling ``.close()`` acks the last
  article. Leaving it by an exception does **not**: that article stays pending in the group.
  So does a ``break`` without ``with`` or ``.close()``: nothing is acked behind your back.
- With ``idle_timeout_s`` the loop ends by itself once no entry came for that long; the last
  article is acked as the loop ends.
- Entries read ahead (up to ``count`` per read) are pending too until they have been yielded
  and acked; whatever is pending when a consumer stops is its to finish later.
- Pending entries are delivered again first on the next ``consume`` with the same consumer
  name, so an article whose processing crashed is seen again (handle duplicates by ``id``).
- An entry that does not validate as ``EnrichedArticle`` is logged, acked and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import pydantic
import redis
import structlog

from akhbar.schemas import EnrichedArticle
from akhbar.settings import get_settings
from akhbar.streams import ensure_group

log = structlog.get_logger("akhbar.consumer")


class ResultConsumer(Iterator[EnrichedArticle]):
    """The iterator ``consume`` returns; also a context manager (see the module docstring)."""

    def __init__(
        self,
        client: redis.Redis,
        group: str,
        consumer: str,
        stream: str,
        block_ms: int,
        count: int,
        idle_timeout_s: float | None,
    ) -> None:
        self.client, self.group, self.consumer, self.stream = client, group, consumer, stream
        self.block_ms, self.count, self.idle_timeout_s = block_ms, count, idle_timeout_s
        self._buffer: list[tuple[str, dict[bytes, bytes]]] = []
        self._in_hand: str | None = None
        self._history: str | None = "0"  # own pending entries first, then new ones (">")
        self._closed = False
        self._socket_timeout = _socket_timeout(client)
        ensure_group(client, stream, group)

    def __iter__(self) -> ResultConsumer:
        return self

    def __next__(self) -> EnrichedArticle:
        self._ack_in_hand()
        if self._closed:
            raise StopIteration
        while True:
            if not self._buffer and not self._fill():
                raise StopIteration
            entry_id, fields = self._buffer.pop(0)
            try:
                article = EnrichedArticle.model_validate_json(fields[b"result"])
            except (KeyError, pydantic.ValidationError) as exc:
                log.warning("invalid_result_skipped", entry_id=entry_id, error=str(exc)[:500])
                self.client.xack(self.stream, self.group, entry_id)
                continue
            self._in_hand = entry_id
            return article

    def _fill(self) -> bool:
        """Read the next entries; False when the idle timeout passed without any."""
        waited_since = time.monotonic()
        while True:
            start = self._history if self._history is not None else ">"
            try:
                reply: Any = self.client.xreadgroup(
                    self.group,
                    self.consumer,
                    {self.stream: start},
                    count=self.count,
                    block=None if self._history is not None else self._block(waited_since),
                )
            except redis.TimeoutError:  # entries may have been delivered: re-read our own
                self._history = "0"
                continue
            raw = [(_text(eid), f) for eid, f in (reply[0][1] if reply else [])]
            gone = [eid for eid, f in raw if not f]  # pending, but trimmed from the stream
            if gone:
                self.client.xack(self.stream, self.group, *gone)
            if self._history is not None:
                self._history = raw[-1][0] if raw else None
            entries = [(eid, f) for eid, f in raw if f]
            if entries:
                self._buffer.extend(entries)
                return True
            if raw or self._history is not None:
                continue
            idle = time.monotonic() - waited_since
            if self.idle_timeout_s is not None and idle >= self.idle_timeout_s:
                return False

    def _block(self, waited_since: float) -> int:
        """Wait per read: ``block_ms``, within the idle timeout and the client's socket timeout."""
        block = self.block_ms
        if self.idle_timeout_s is not None:
            left_ms = (self.idle_timeout_s - (time.monotonic() - waited_since)) * 1000
            block = min(block, int(left_ms))
        if self._socket_timeout:
            block = min(block, int(self._socket_timeout * 1000 * 0.8))
        return max(1, block)

    def _ack_in_hand(self) -> None:
        if self._in_hand is not None:
            self.client.xack(self.stream, self.group, self._in_hand)
            self._in_hand = None

    def close(self) -> None:
        """Ack the article in hand and stop."""
        self._ack_in_hand()
        self._closed = True

    def __enter__(self) -> ResultConsumer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._ack_in_hand()
        self._closed = True


def _socket_timeout(client: redis.Redis) -> float | None:
    """The client's read timeout (redis-py 8 defaults to 5 s): a longer BLOCK would fail."""
    pool = client.connection_pool
    connection = pool.get_connection()
    try:
        timeout = getattr(connection, "socket_timeout", None)
    finally:
        pool.release(connection)
    return float(timeout) if timeout else None


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def consume(
    client: redis.Redis,
    group: str,
    consumer: str,
    *,
    stream: str | None = None,
    block_ms: int = 5000,
    count: int = 10,
    idle_timeout_s: float | None = None,
) -> ResultConsumer:
    """Yield results from ``stream`` (default ``AKHBAR_RESULTS_STREAM``) for ``group``, which is
    created (reading from the start of the stream) if missing. ``block_ms``: longest wait per
    read; ``count``: entries fetched per read; ``idle_timeout_s``: stop after that long without
    a new entry (None: wait forever)."""
    return ResultConsumer(
        client,
        group,
        consumer,
        stream or get_settings().results_stream,
        block_ms,
        count,
        idle_timeout_s,
    )
