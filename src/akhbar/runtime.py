"""Per-process resources (pipeline, Redis client, sink), built once and reused by every task."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from akhbar.pipeline import Pipeline
from akhbar.settings import Settings, get_settings
from akhbar.sinks import RedisSink


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    pipeline: Pipeline
    client: redis.Redis
    sink: RedisSink


def redis_client(url: str) -> redis.Redis:
    """A client that retries connection errors with backoff (about 15 s) before giving up."""
    return redis.Redis.from_url(
        url,
        retry=Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=12),
        retry_on_error=[redis.ConnectionError, redis.TimeoutError],
        health_check_interval=30,
        socket_keepalive=True,
        socket_connect_timeout=5,
    )


@lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    """Build this process's runtime on first use (worker children warm it at start-up)."""
    settings = get_settings()
    client = redis_client(settings.redis_url)
    sink = RedisSink(client, settings.results_stream, settings.dead_stream, settings.dedup_ttl_s)
    return Runtime(settings, Pipeline(settings.ner_backend), client, sink)
