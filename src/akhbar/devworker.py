"""A real ``celery worker`` subprocess for tests, benchmarks and ``make run``.

Started in its own process group with a private state dir; ready when the worker writes its
readiness file (see ``akhbar.health``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def worker_env(url: str, state_dir: str, **overrides: Any) -> dict[str, str]:
    """The environment for a worker: ours without AKHBAR_*, plus the given settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AKHBAR_")}
    env.update(AKHBAR_REDIS_URL=url, AKHBAR_STATE_DIR=state_dir, PYTHONUNBUFFERED="1")
    env.update({f"AKHBAR_{k.upper()}": str(v) for k, v in overrides.items()})
    return env


class WorkerProcess:
    """``celery -A APP worker`` with ``concurrency`` children, node name ``NAME@host``."""

    def __init__(
        self,
        url: str,
        concurrency: int = 1,
        name: str | None = None,
        app: str = "akhbar.worker",
        loglevel: str = "INFO",
        **overrides: Any,
    ) -> None:
        self.app = app
        self.name = name or f"w{uuid.uuid4().hex[:6]}"
        self.state_dir = tempfile.mkdtemp(prefix=f"akhbar-{self.name}-")
        self.log_path = Path(self.state_dir) / "worker.log"
        self.env = worker_env(url, self.state_dir, concurrency=concurrency, **overrides)
        self.concurrency = concurrency
        self.loglevel = loglevel
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> WorkerProcess:
        ready = Path(self.state_dir) / "ready"
        ready.unlink(missing_ok=True)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", self.app, "worker", "-Q", "akhbar",
                 "-c", str(self.concurrency), "-n", f"{self.name}@%h", "-l", self.loglevel,
                 "--without-mingle", "--without-gossip"],
                env=self.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if ready.exists():
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited:\n{self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"worker not ready in {timeout}s:\n{self.log()}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def started(self) -> list[Path]:
        """Marker files written by the fault-injection test app when a task starts."""
        return sorted(Path(self.state_dir).glob("started-*"))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-6000:]

    def kill(self) -> None:
        """kill -9 the whole worker (main process and children)."""
        if self.alive():
            assert self.proc is not None
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self, timeout: float = 30.0) -> None:
        """Warm shutdown (SIGTERM), then kill if it hangs."""
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
