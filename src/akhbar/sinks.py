"""Where results and dead letters go: one narrow interface, a Redis implementation and an honest
in-memory one for unit tests.

Publishing is idempotent: a Lua script sets a key per (article id, content hash) and appends to
the results stream in one atomic step, so a redelivered article never yields a second result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import redis

from akhbar import keys

_PUBLISH_ONCE = """
-- KEYS[1] dedup key, KEYS[2] stream; ARGV[1] ttl seconds, ARGV[2] field, ARGV[3] json, ARGV[4] id
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then
  return redis.call('XADD', KEYS[2], '*', ARGV[2], ARGV[3], 'id', ARGV[4])
end
return false
"""


class Sink(Protocol):
    """Publishes results and dead letters. Both return True when a new entry was written."""

    def publish_result(self, article_id: str, content_hash: str, result_json: str) -> bool: ...

    def publish_dead(self, payload_hash: str, article_id: str | None, letter_json: str) -> bool: ...

    def count_attempt(self, payload_hash: str) -> int:
        """Record one more delivery of this payload; return the count so far."""
        ...

    def forget_attempts(self, payload_hash: str) -> None:
        """The payload reached a final outcome: drop its delivery count."""
        ...


class RedisSink:
    """Results on ``results_stream`` (field ``result``), dead letters on ``dead_stream``
    (field ``dead``)."""

    def __init__(
        self, client: redis.Redis, results_stream: str, dead_stream: str, dedup_ttl_s: int
    ) -> None:
        self._client = client
        self._results = results_stream
        self._dead = dead_stream
        self._ttl = dedup_ttl_s
        self._publish_once = client.register_script(_PUBLISH_ONCE)

    def publish_result(self, article_id: str, content_hash: str, result_json: str) -> bool:
        key = keys.published(article_id, content_hash)
        entry = self._publish_once(
            keys=[key, self._results], args=[self._ttl, "result", result_json, article_id]
        )
        return entry is not None

    def publish_dead(self, payload_hash: str, article_id: str | None, letter_json: str) -> bool:
        key = keys.dead_lettered(payload_hash)
        entry = self._publish_once(
            keys=[key, self._dead], args=[self._ttl, "dead", letter_json, article_id or ""]
        )
        return entry is not None

    def count_attempt(self, payload_hash: str) -> int:
        key = keys.attempts(payload_hash)
        pipe = self._client.pipeline()
        pipe.incr(key)
        pipe.expire(key, self._ttl)
        count, _ = pipe.execute()
        return int(count)

    def forget_attempts(self, payload_hash: str) -> None:
        self._client.delete(keys.attempts(payload_hash))


@dataclass
class MemorySink:
    """In-memory sink with the same once-only semantics, for tests and ``akhbar process``."""

    results: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    attempts: dict[str, int] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)

    def publish_result(self, article_id: str, content_hash: str, result_json: str) -> bool:
        return self._once(keys.published(article_id, content_hash), self.results, result_json)

    def publish_dead(self, payload_hash: str, article_id: str | None, letter_json: str) -> bool:
        return self._once(keys.dead_lettered(payload_hash), self.dead, letter_json)

    def count_attempt(self, payload_hash: str) -> int:
        self.attempts[payload_hash] = self.attempts.get(payload_hash, 0) + 1
        return self.attempts[payload_hash]

    def forget_attempts(self, payload_hash: str) -> None:
        self.attempts.pop(payload_hash, None)

    def _once(self, key: str, into: list[str], value: str) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        into.append(value)
        return True
