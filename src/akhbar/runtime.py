"""Per-process resources (pipeline, Redis client, sink), built once and reused by every task."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel

from akhbar.pipeline import Pipeline
from akhbar.settings import Settings, get_settings
from akhbar.sinks import RedisSink

# Python's cyclic collector, made to run less often: the pipeline frees almost everything by
# reference counting, yet at the default (700, 10, 10) it spent 4.3% of article CPU collecting,
# including full passes of ~75 ms over the tagger's word caches; at these thresholds, 0.1%
# (bench/RESULTS.md). Cycles are still collected, later.
GC_THRESHOLDS = (10_000, 10, 10)


def tune_gc() -> None:
    """Set GC_THRESHOLDS for a long-running NLP process (worker child, ``akhbar process``)."""
    gc.set_threshold(*GC_THRESHOLDS)


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    pipeline: Pipeline
    client: redis.Redis
    sink: RedisSink


def redis_client(settings: Settings, retries: int = 12, **options: Any) -> redis.Redis:
    """A client for the configured Redis: ``redis_url``, or for ``sentinel://`` URLs the
    current master of ``sentinel_master`` (looked up again after a fail-over). Connection errors
    are retried with backoff (about 15 s at the default ``retries``) before giving up;
    ``options`` override connection keywords (e.g. ``socket_timeout``)."""
    kwargs: dict[str, Any] = {
        "retry": Retry(ExponentialBackoff(cap=2.0, base=0.1), retries),
        "retry_on_error": [redis.ConnectionError, redis.TimeoutError],
        "health_check_interval": 30,
        "socket_keepalive": True,
        "socket_connect_timeout": 5,
        **options,
    }
    if not settings.uses_sentinel:
        return redis.Redis.from_url(settings.redis_url, **kwargs)
    nodes, target = parse_sentinel_url(settings.redis_url)
    sentinel_kwargs: dict[str, Any] = {"socket_connect_timeout": kwargs["socket_connect_timeout"]}
    if settings.sentinel_password:
        sentinel_kwargs["password"] = settings.sentinel_password
    sentinel = Sentinel(nodes, sentinel_kwargs=sentinel_kwargs)  # type: ignore[no-untyped-call]
    client: redis.Redis = sentinel.master_for(  # type: ignore[no-untyped-call]
        settings.sentinel_master, **target, **kwargs
    )
    return client


def parse_sentinel_url(url: str) -> tuple[list[tuple[str, int]], dict[str, Any]]:
    """``sentinel://[user:password@]host:port[/db];sentinel://host2:port2…`` (kombu's form) ->
    the Sentinel nodes, and the db, username and password of the master (from the first URL
    that gives them)."""
    nodes: list[tuple[str, int]] = []
    target: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in url.split(";"))):
        parsed = urlsplit(part)
        if parsed.scheme != "sentinel" or not parsed.hostname:
            raise ValueError(f"not a sentinel://host:port URL: {part!r}")
        nodes.append((parsed.hostname, parsed.port or 26379))
        db = parsed.path.strip("/")
        if db and "db" not in target:
            target["db"] = int(db)
        if parsed.password and "password" not in target:
            target["password"] = unquote(parsed.password)
            if parsed.username:
                target["username"] = unquote(parsed.username)
    return nodes, target


@lru_cache(maxsize=1)
def get_runtime() -> Runtime:
    """Build this process's runtime on first use (worker children warm it at start-up)."""
    tune_gc()
    settings = get_settings()
    client = redis_client(settings)
    sink = RedisSink(client, settings.results_stream, settings.dead_stream, settings.dedup_ttl_s)
    return Runtime(settings, Pipeline.from_settings(settings), client, sink)
