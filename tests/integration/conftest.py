"""Real parts: a private redis-server on a free port and real `celery worker` processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import redis

from akhbar.devredis import RedisServer

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


def worker_env(url: str, state_dir: str, **overrides: Any) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AKHBAR_")}
    env.update(
        AKHBAR_REDIS_URL=url,
        AKHBAR_STATE_DIR=state_dir,
        AKHBAR_VISIBILITY_TIMEOUT="6",
        AKHBAR_RESTORE_INTERVAL_S="1",
        AKHBAR_TASK_SOFT_TIME_LIMIT="3",
        AKHBAR_TASK_TIME_LIMIT="5",
        AKHBAR_BRIDGE_CLAIM_IDLE_MS="2000",
        AKHBAR_LOG_FORMAT="json",
        AKHBAR_LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update({f"AKHBAR_{k.upper()}": str(v) for k, v in overrides.items()})
    return env


class Worker:
    """A `celery worker` subprocess in its own process group."""

    def __init__(
        self,
        url: str,
        concurrency: int = 1,
        name: str | None = None,
        app: str = "akhbar.worker",
        **overrides: Any,
    ):
        self.app = app
        self.name = name or f"w{uuid.uuid4().hex[:6]}"
        self.state_dir = tempfile.mkdtemp(prefix=f"akhbar-{self.name}-")
        self.log_path = Path(self.state_dir) / "worker.log"
        self.env = worker_env(url, self.state_dir, concurrency=concurrency, **overrides)
        self.concurrency = concurrency
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> Worker:
        ready = Path(self.state_dir) / "ready"
        ready.unlink(missing_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                self.app,
                "worker",
                "-Q",
                "akhbar",
                "-c",
                str(self.concurrency),
                "-n",
                f"{self.name}@%h",
                "--without-mingle",
                "--without-gossip",
            ],
            env=self.env,
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready.exists():
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited:\n{self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"worker not ready in {timeout}s:\n{self.log()}")

    def started(self) -> list[Path]:
        """Marker files written by the fault-injection app when a task starts."""
        return sorted(Path(self.state_dir).glob("started-*"))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-6000:]

    def children(self) -> list[int]:
        assert self.proc is not None
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def signal(self, sig: int) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)

    def kill(self) -> None:
        """kill -9 the whole worker (main process and children)."""
        self.signal(signal.SIGKILL)
        if self.proc:
            self.proc.wait(10)

    def stop(self, timeout: float = 30.0) -> None:
        """Warm shutdown (SIGTERM), then kill if it hangs."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()


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
