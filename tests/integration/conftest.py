"""Real parts: a private redis-server on a free port and real `celery worker` processes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import redis

from akhbar.devredis import RedisServer
from akhbar.devworker import WorkerProcess

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer(appendonly=True).start()
    yield server
    server.stop()


@pytest.fixture()
def r(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A client on the private server, flushed before each test."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    yield client
    client.close()


TEST_SETTINGS = {
    "visibility_timeout": 6,
    "restore_interval_s": 1,
    "task_soft_time_limit": 3,
    "task_time_limit": 5,
    "bridge_claim_idle_ms": 2000,
    "log_format": "json",
    "log_level": "INFO",
}


class Worker(WorkerProcess):
    """A worker with short timeouts, so redelivery after a crash happens in seconds."""

    def __init__(self, url: str, **overrides: Any) -> None:
        super().__init__(url, **{**TEST_SETTINGS, **overrides})


@pytest.fixture()
def start_worker(redis_server: RedisServer) -> Iterator[Callable[..., Worker]]:
    started: list[Worker] = []

    def _start(**kwargs: Any) -> Worker:
        worker = Worker(redis_server.url, **kwargs).start()
        started.append(worker)
        return worker

    yield _start
    for worker in started:
        worker.stop(10)


FAULTY = "tests.integration.faulty_app"


def read_stream(client: redis.Redis, stream: str, field: bytes) -> list[dict[str, Any]]:
    return [orjson.loads(f[field]) for _, f in client.xrange(stream)]


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


def settle(
    client: redis.Redis, expected: int, timeout: float = 60.0, quiet: float = 2.0
) -> tuple[int, int]:
    """Wait until results + dead letters reach ``expected`` and then stay unchanged ``quiet`` s."""

    def total() -> int:
        return int(client.xlen("akhbar:results")) + int(client.xlen("akhbar:dead"))

    wait_for(lambda: total() >= expected, timeout)
    time.sleep(quiet)
    return int(client.xlen("akhbar:results")), int(client.xlen("akhbar:dead"))
